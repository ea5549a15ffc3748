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

  it('skips turn labels, also where a transcript runs its turns together ("... to Speaker 2: 773 ...", "B:")', () => {
    const at = (text: string, value: string, n = 4): string[] => contextWords(text, text.indexOf(value), text.indexOf(value) + value.length, n, 0).before
    expect(at('a number we can text the confirmation to Speaker 2: 773-555-0128', '773')).toEqual(['to', 'confirmation', 'the', 'text'])
    expect(at('the confirmation to B: 773-555-0128', '773', 2)).toEqual(['to', 'confirmation'])
    expect(at('Debtor: yes it is 4471', '4471')).toEqual(['is', 'it', 'yes'])
    // a field's label is no speaker's: it names what follows
    expect(at('Member: 44712231', '4471', 2)).toEqual(['member'])
    expect(at('Caller: sure 4471', '4471', 2)).toEqual(['sure'])
    // a time's colon is no label's, nor is a word glued to a letter
    expect(at('from 6:30 to 7:45 call 4471', '4471')).toEqual(['call', 'to', 'from'])
  })

  it('reads "in case" as the idiom it is, unless a number is named so ("case number", "in case 4471")', () => {
    const at = (text: string, value: string): string[] => contextWords(text, text.indexOf(value), text.indexOf(value) + value.length, 4, 0).before
    expect(at('a number in case we get cut off: 07490 016899', '07490')).toEqual(['off', 'cut', 'get', 'we'])
    expect(at('in case we get 07490 016899', '07490')).toEqual(['get', 'we', 'in'])
    expect(at('filed in case 44123381', '4412')).toEqual(['case', 'in', 'filed'])
    expect(at('in case number 44123381', '4412')).toEqual(['number', 'case', 'in'])
  })

  it('builds a substring trigger that any whole context word passes, in any case', () => {
    const trigger = substringTrigger(new Set(['dob', 'b-day']), new Set(['passport']))
    expect(trigger.test('my DOB is')).toBe(true)
    expect(trigger.test('happy B-Day')).toBe(true)
    expect(trigger.test('Passports please')).toBe(true)
    expect(trigger.test('nothing to see here')).toBe(false)
  })
})
