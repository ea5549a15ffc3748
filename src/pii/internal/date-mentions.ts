/**
 * Full dates (day, month and year) mentioned in a view's text, each with the calendar date it names:
 * "March 31st, 1975", "the 4th of June 1955" (spoken forms after the normaliser), "9/18/1960",
 * "1960-09-18". What a date of birth said again is compared by (read-backs.ts).
 *
 * @module
 */
import { MONTH_WORDS } from './number-words.js'

export interface DateMention {
  /** View offsets. */
  readonly start: number
  readonly end: number
  /** `yyyy-m-d` for each reading of the date (a numeric `4/6/1990` reads both ways). */
  readonly keys: readonly string[]
}

const M = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\\.?'
const DAY = '([12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?'
const YEAR = '((?:19|20)\\d{2})'
const SP = '[ \\t]{1,3}'
const MONTH_FIRST = new RegExp(`\\b${M}${SP}(?:the${SP})?${DAY},?${SP}(?:of${SP})?${YEAR}\\b`, 'gi')
const DAY_FIRST = new RegExp(`\\b${DAY}${SP}(?:day${SP})?(?:of${SP})?${M},?${SP}${YEAR}\\b`, 'gi')
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/.-]*\d)/g
const ISO = /(?<![\d/.-])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d-])/g

const monthOf = (word: string): number => MONTH_WORDS.get(word.toLowerCase()) ?? 0

function key(y: number, m: number, d: number): string | undefined {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${m}-${d}` : undefined
}

export function dateMentions(text: string): DateMention[] {
  const out: DateMention[] = []
  const push = (start: number, end: number, keys: (string | undefined)[]): void => {
    const kept = [...new Set(keys.filter((k): k is string => k !== undefined))]
    if (kept.length > 0) out.push({ start, end, keys: kept })
  }
  for (const m of text.matchAll(MONTH_FIRST)) push(m.index, m.index + m[0].length, [key(Number(m[3]), monthOf(m[1] as string), Number(m[2]))])
  for (const m of text.matchAll(DAY_FIRST)) push(m.index, m.index + m[0].length, [key(Number(m[3]), monthOf(m[2] as string), Number(m[1]))])
  for (const m of text.matchAll(NUMERIC)) {
    const [a, b, y] = [Number(m[1]), Number(m[3]), Number(m[4])]
    push(m.index, m.index + m[0].length, [key(y, a, b), key(y, b, a)])
  }
  for (const m of text.matchAll(ISO)) push(m.index, m.index + m[0].length, [key(Number(m[1]), Number(m[2]), Number(m[3]))])
  return out
}
