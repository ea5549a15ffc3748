/**
 * A record's birth date right after the person's name: "Pt F. Kavanagh, 4 November 1949, known type 2
 * diabetes", "Drew Nguyen / 03-08-1951 / social security number ...". Registers, handovers and exports
 * write a person's name and then their birth date with no label between. A date there is taken for a
 * birth date only when its year lies at least `MIN_AGE` years before the clock's: a visit's or a
 * letter's date after a name is recent.
 *
 * @module
 */
import type { Candidate } from './detectors/detector.js'
import { FULL_DATE, yearOf } from './detectors/lifespan-detector.js'
import { overlapsSpan } from './internal/sorted-positions.js'
import type { PiiFinding } from './pii-types.js'

/** A separator (a comma, a slash, a bar, a bracket or a dash) and a full date right after a name. */
const DATE_AFTER_NAME = new RegExp(String.raw`^[ \t]*(?:[,/|;(]|[–—-](?!\d))[ \t]*(${FULL_DATE})(?![\p{L}\p{N}]|[/.-]\d)`, 'iu')
/** How many years before the clock's a birth date's year lies at least (a visit last year is no birth). */
const MIN_AGE = 16
/** ... and at most. */
const MAX_AGE = 120
const CONFIDENCE = 0.8

/** Birth dates written right after the names in `findings` (resolved, sorted by start), as of `year`. */
export function datesAfterNames(text: string, findings: readonly PiiFinding[], year: number): Candidate[] {
  const out: Candidate[] = []
  for (const f of findings) {
    if (f.type !== 'person_name') continue
    const m = DATE_AFTER_NAME.exec(text.slice(f.end, f.end + 48))
    if (m === null) continue
    const date = m[1] as string
    const born = yearOf(date)
    if (born > year - MIN_AGE || born < year - MAX_AGE) continue
    const start = f.end + m[0].length - date.length
    if (overlapsSpan(findings, start, start + date.length)) continue
    out.push({ type: 'date_of_birth', start, end: start + date.length, confidence: CONFIDENCE, detector: 'date-after-name', validated: false })
  }
  return out
}
