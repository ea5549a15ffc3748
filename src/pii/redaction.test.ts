import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { redact, scan } from './index.js'

const text = 'Hi, it is Maria Lopez, call 415-555-0192 or mail maria.lopez@example.com.'

describe('redact', () => {
  it('entity_name substitutes AssemblyAI labels by default', () => {
    expect(redact(text).text).toBe('Hi, it is [PERSON_NAME], call [PHONE_NUMBER] or mail [EMAIL_ADDRESS].')
  })

  it('hash replaces every character with # and keeps spaces, like AssemblyAI', () => {
    expect(redact(text, { sub: 'hash' }).text).toBe('Hi, it is ##### #####, call ############ or mail #######################.')
  })

  it('mask gives stable keyed tokens; spoken and written forms of one value join', () => {
    const a = redact('call 415-555-0192', { sub: 'mask', maskKey: 'k1' }).text
    const b = redact('call four one five five five five oh one nine two', { sub: 'mask', maskKey: 'k1' }).text
    const other = redact('call 415-555-0192', { sub: 'mask', maskKey: 'k2' }).text
    expect(a).toMatch(/^call \[PHONE_NUMBER:[0-9a-f]{8}\]$/)
    expect(b).toBe(a)
    expect(other).not.toBe(a)
    expect(redact('call 415-555-0199', { sub: 'mask', maskKey: 'k1' }).text).not.toBe(a)
  })

  it('mask without a key is a validation error', () => {
    expect(() => redact(text, { sub: 'mask' })).toThrow(ValidationError)
  })

  it('findings carry offsets, confidence and detector but never the value', () => {
    const { findings } = redact(text)
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(['confidence', 'detector', 'end', 'start', 'type'])
      expect(JSON.stringify(f)).not.toContain('415')
    }
  })
})

describe('scan options', () => {
  it('types filters, names:false disables the names stage, minConfidence raises the bar', () => {
    expect(scan(text, { types: ['phone_number'] }).map((f) => f.type)).toEqual(['phone_number'])
    expect(scan(text, { names: false }).map((f) => f.type)).toEqual(['phone_number', 'email_address'])
    expect(scan('order 4155550192 for my phone', { minConfidence: 0.99 })).toEqual([])
  })

  it('returns nothing for empty text', () => {
    expect(scan('')).toEqual([])
    expect(redact('')).toEqual({ text: '', findings: [] })
  })
})
