/**
 * Another person's value said right after one's own: "the UK passport is 548203917, and my husband's is
 * 561 092 448", "my social is ... and my wife aisling hers is ...". The words that named the first value
 * are not said again; "my husband's is" and "hers is" say the digits after them are the same kind of
 * number, someone else's. They are taken when they have as many digits as the value found.
 *
 * @module
 */
import type { Candidate } from './detectors/detector.js'
import { type DigitRun, viewDigitRuns } from './internal/digit-runs.js'
import { mapSpan, type OffsetText } from './internal/offset-text.js'
import { overlapsSpan } from './internal/sorted-positions.js'
import type { PiiFinding, PiiType } from './pii-types.js'

/** Kinds of number one person holds and a relative holds one of too. */
const HELD_TYPES: ReadonlySet<PiiType> = new Set(['account_number', 'healthcare_number', 'passport_number', 'drivers_license', 'us_social_security_number', 'phone_number'])
/**
 * Right before the other value: a relative's possessive, or "his", "hers", "theirs", then "is" ("and my
 * husband's is", "my wife aisling hers is", "my son Omar's one is", "his is"). "My X's" needs its "my" (or
 * "his", "her", "their", "our"): "it's", "that's" are no one's.
 */
const THEIRS_RIGHT_BEFORE =
  /(?:\b(?:my|his|her|their|our)\s+(?:\p{L}+\s+)?\p{L}+['’]s|\b(?:his|hers|theirs))(?:\s+(?:one|number))?(?:\s+is|\s*['’]s)?[,:]?\s*$/iu
/** Texts without any of these words hold no such value. */
const TRIGGER = /['’]s\b|\bhers\b|\bhis\b|\btheirs\b/i
/** How far (source characters) after the value found the other one may start. */
const REACH = 80
/** (five: a staff or member number of five digits, "Staff no 20563, hers is 20871", has as many as the value found) */
const MIN_DIGITS = 5
const CONFIDENCE = 0.8

/** `findings`: resolved (sorted by start, none overlapping). */
export function othersValues(view: OffsetText, text: string, findings: readonly PiiFinding[]): Candidate[] {
  if (!TRIGGER.test(text)) return []
  const values = findings.filter((f) => HELD_TYPES.has(f.type) && TRIGGER.test(text.slice(f.end, f.end + REACH)))
  if (values.length === 0) return []
  const runs = viewDigitRuns(view)
  const spanOf = (r: DigitRun): { start: number; end: number } => mapSpan(view, (r.groups[0] as { start: number }).start, (r.groups[r.groups.length - 1] as { end: number }).end)
  const digitsOf = (r: DigitRun): string => r.groups.map((g) => view.text.slice(g.start, g.end)).join('')
  const spans = runs.map(spanOf)
  const out: Candidate[] = []
  // (values come sorted by start: one pointer walks the runs alongside them, so a text of many numbers stays linear)
  let k = 0
  for (const f of values) {
    let digits = ''
    while (k < runs.length && (spans[k] as { end: number }).end <= f.start) k++
    for (; k < runs.length && (spans[k] as { start: number }).start < f.end; k++) {
      const s = spans[k] as { start: number; end: number }
      if (s.start >= f.start && s.end <= f.end) digits += digitsOf(runs[k] as DigitRun)
    }
    if (digits.length < MIN_DIGITS || k >= runs.length) continue
    // the next run after the value, with nothing numbered between
    const next = spans[k] as { start: number; end: number }
    const between = text.slice(f.end, next.start)
    if (next.start - f.end > REACH || /\d/.test(between) || !THEIRS_RIGHT_BEFORE.test(between)) continue
    if (digitsOf(runs[k] as DigitRun).length !== digits.length || overlapsSpan(findings, next.start, next.end)) continue
    out.push({ type: f.type, start: next.start, end: next.end, confidence: Math.min(f.confidence, CONFIDENCE), detector: 'others-value', validated: false })
  }
  return out
}
