import { describe, expect, it } from 'vitest'
import { contextWords, substringTrigger } from './context-words.js'

describe('context words', () => {
  it('reads whole lower-cased words around a span, nearest first, possessives stripped', () => {
    const text = "The Driver's licence number: D1234567, thanks"
    const start = text.indexOf('D1')
    expect(contextWords(text, start, start + 8, 3, 1)).toEqual({ before: ['number', 'licence', 'driver'], after: ['thanks'] })
  })

  it('builds a substring trigger that any whole context word passes, in any case', () => {
    const trigger = substringTrigger(new Set(['dob', 'b-day']), new Set(['passport']))
    expect(trigger.test('my DOB is')).toBe(true)
    expect(trigger.test('happy B-Day')).toBe(true)
    expect(trigger.test('Passports please')).toBe(true)
    expect(trigger.test('nothing to see here')).toBe(false)
  })
})
