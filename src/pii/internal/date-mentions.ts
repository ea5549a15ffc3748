/**
 * Full dates (day, month and year) mentioned in a view's text, each with the calendar date it names:
 * "March 31st, 1975", "the 4th of June 1955" (spoken forms after the normaliser), "9/18/1960",
 * "1960-09-18". What a date of birth said again is compared by (read-backs.ts).
 *
 * Every such date holds a four-digit year: the text is searched for years (one cheap pass), and the
 * date forms are tried only around each, so a long text with few dates costs little.
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

/** An English month's name or abbreviation (regex source, no group): what the date detectors read. */
/** Eras of Japan's and the Republic of China's calendars, said before a year ("Showa 63", "Minguo 75"), in lower case. */
export const CALENDAR_ERAS: readonly string[] = ['showa', 'shōwa', 'heisei', 'reiwa', 'taisho', 'taishō', 'meiji', 'minguo']
export const MONTH_NAME = '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)'
/** A day of the month's number, and the ordinal suffix it may take (regex sources, no group). */
export const DAY_NUMBER = '(?:[12]\\d|3[01]|0?[1-9])'
export const ORDINAL_SUFFIX = '(?:st|nd|rd|th)?'
const M = `(${MONTH_NAME})\\.?`
const DAY = `(${DAY_NUMBER})${ORDINAL_SUFFIX}`
const SP = '[ \\t]{1,3}'
/** The forms that end with the year, anchored at the year's end (tried on the text just before it). */
const MONTH_FIRST = new RegExp(`(?<![\\w])${M}${SP}(?:the${SP})?${DAY},?${SP}(?:of${SP})?((?:19|20)\\d{2})$`, 'i')
const DAY_FIRST = new RegExp(`(?<![\\w])${DAY}${SP}(?:day${SP})?(?:of${SP})?${M},?${SP}((?:19|20)\\d{2})$`, 'i')
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)\d{2})$/
/** The ISO form starts with the year (tried on the text from it). */
const ISO = /^((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?![\d-])/
const YEAR = /(?<!\d)(?:19|20)\d\d(?!\d)/g
/** Longest text a date takes before its year ("september the 31st of "). */
const REACH = 40

const monthOf = (word: string): number => MONTH_WORDS.get(word.toLowerCase()) ?? 0

function key(y: number, m: number, d: number): string | undefined {
  return m >= 1 && m <= 12 && d >= 1 && d <= 31 ? `${y}-${m}-${d}` : undefined
}

/** At least two four-digit years in the text: what two full dates need (a cheap test before `dateMentions`). */
export function hasTwoYears(text: string): boolean {
  YEAR.lastIndex = 0
  return YEAR.exec(text) !== null && YEAR.exec(text) !== null
}

export function dateMentions(text: string): DateMention[] {
  const out: DateMention[] = []
  const push = (start: number, end: number, keys: (string | undefined)[]): void => {
    const kept = [...new Set(keys.filter((k): k is string => k !== undefined))]
    if (kept.length > 0) out.push({ start, end, keys: kept })
  }
  YEAR.lastIndex = 0
  for (let y = YEAR.exec(text); y !== null; y = YEAR.exec(text)) {
    const end = y.index + 4
    const from = Math.max(0, y.index - REACH)
    const before = text.slice(from, end)
    let m = MONTH_FIRST.exec(before)
    if (m !== null) push(from + m.index, end, [key(Number(m[3]), monthOf(m[1] as string), Number(m[2]))])
    else if ((m = DAY_FIRST.exec(before)) !== null) push(from + m.index, end, [key(Number(m[3]), monthOf(m[2] as string), Number(m[1]))])
    else if ((m = NUMERIC.exec(before)) !== null) {
      const [a, b, yy] = [Number(m[1]), Number(m[3]), Number(m[4])]
      push(from + m.index, end, [key(yy, a, b), key(yy, b, a)])
    } else if ((m = ISO.exec(text.slice(y.index, y.index + 10))) !== null) {
      push(y.index, y.index + m[0].length, [key(Number(m[1]), Number(m[2]), Number(m[3]))])
    }
  }
  return out
}
