import { describe, expect, it } from 'vitest'
import { contextWords, substringTrigger } from './context-words.js'

describe('context words', () => {
  it('reads whole lower-cased words around a span, nearest first, possessives stripped', () => {
    const text = "The Driver's licence number: D1234567, thanks"
    const start = text.indexOf('D1')
    expect(contextWords(text, start, start + 8, 3, 1)).toEqual({ before: ['number', 'licence', 'driver'], after: ['thanks'] })
  })

  it('keeps accented letters inside a word ("numéro", "teléfono")', () => {
    const text = 'mon numéro de téléphone est 06 12 34 56 78'
    const start = text.indexOf('06')
    expect(contextWords(text, start, text.length, 4, 0).before).toEqual(['est', 'téléphone', 'de', 'numéro'])
  })

  it('builds a substring trigger that any whole context word passes, in any case', () => {
    const trigger = substringTrigger(new Set(['dob', 'b-day']), new Set(['passport']))
    expect(trigger.test('my DOB is')).toBe(true)
    expect(trigger.test('happy B-Day')).toBe(true)
    expect(trigger.test('Passports please')).toBe(true)
    expect(trigger.test('nothing to see here')).toBe(false)
  })
})
