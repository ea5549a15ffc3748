/**
 * A life's two dates: "In loving memory of Hamish Duffy, 03/12/1949 – 28 June 2024", "Obituary: Ruth
 * Ames (April 2, 1931 - May 9, 2024)". A memorial, an obituary or a death's notice gives the dates a
 * person was born and died, joined by a dash, with no birth word: the first is the birth date.
 *
 * @module
 */
import { DAY_NUMBER, MONTH_NAME, ORDINAL_SUFFIX } from '../internal/date-mentions.js'
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

/** A full date: numeric with a four-digit year (day or month first, or ISO), or with its month's name (regex source). */
export const FULL_DATE = String.raw`(?:${DAY_NUMBER}[/.-]${DAY_NUMBER}[/.-](?:19|20)\d{2}|(?:19|20)\d{2}-\d{2}-\d{2}|${DAY_NUMBER}${ORDINAL_SUFFIX}\s+(?:of\s+)?${MONTH_NAME}\.?,?\s+(?:19|20)\d{2}|${MONTH_NAME}\.?\s+${DAY_NUMBER}${ORDINAL_SUFFIX},?\s+(?:19|20)\d{2})`
/** Two full dates joined by a dash, maybe in brackets: both are captured. */
const LIFESPAN = new RegExp(String.raw`(?<![\p{L}\p{N}])(${FULL_DATE})\s*[–—-]\s*(${FULL_DATE})(?![\p{L}\p{N}])`, 'giu')
/** Words of a memorial, an obituary or a death's notice, in the sentence before the dates. */
const MEMORIAL_BEFORE = /\b(?:in (?:loving )?memory|memoriam|obituary|obituaries|funeral|celebration of (?:the )?life|remembering|passed away|rest in peace|r\.i\.p\b)[^.!?\n]{0,80}$/i
/** A full date's year (its four digits: `FULL_DATE` writes no other four in a row). */
const YEAR = /(?:19|20)\d{2}(?!\d)/
export const yearOf = (date: string): number => Number(YEAR.exec(date)?.[0] ?? 0)
/** A quick test: no dash after a digit, no lifespan. */
const TRIGGER = /\d\s*[–—-]\s*[\p{L}\d]/u

export const lifespanDetector: Detector = {
  name: 'lifespan',
  detect({ view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    const v = view.text
    if (!TRIGGER.test(v)) return out
    for (const m of v.matchAll(LIFESPAN)) {
      const born = m[1] as string
      // (a life's years: the birth's before the death's, "1 March 2024 to 30 March 2024" is a period's)
      if (yearOf(born) >= yearOf(m[2] as string) || !MEMORIAL_BEFORE.test(v.slice(Math.max(0, m.index - 120), m.index))) continue
      out.push({ type: 'date_of_birth', ...mapSpan(view, m.index, m.index + born.length), confidence: 0.85, detector: 'lifespan', validated: false })
    }
    return out
  },
}
