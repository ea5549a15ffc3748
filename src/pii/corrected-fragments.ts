/**
 * The abandoned half of a self-correction: "720, no, sorry, 729-30-5061", "5394... No wait, 5393
 * 2628 9100 2461", "oh nine six nine five actually no nine eight one eight oh four". A caller who
 * starts a number, breaks off and says it again has said part of the same value: the digits before
 * the correction are masked as that value's type.
 *
 * @module
 */
import type { Candidate } from './detectors/detector.js'
import type { PiiFinding } from './pii-types.js'

const SPOKEN_DIGIT = String.raw`(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)`
/** A fragment (2-12 digits written, or 2-12 digit words), then the correction, then nothing before the value. */
const FRAGMENT_BEFORE = new RegExp(
  String.raw`(?:(?<![\w+])(\+?\d[\d -]{0,14}\d|[A-Z]{2,4}-?\d{2,6})|\b(${SPOKEN_DIGIT}(?: ${SPOKEN_DIGIT}){1,11}))(?:\.{2,3}|…|[,.])?\s+(?:(?:no|sorry|actually|wait|hang on|i mean|scratch that)[,.!]?\s+){1,3}(?:(?:it's|it is|that's|so)\s+)?$`,
  'i',
)
/** A correction word near the end of the text before a value. */
const CORRECTION_NEAR = /\b(?:no|sorry|actually|wait|hang on|i mean|scratch that)\b/i
const CORRECTION_REACH = 40
/** How far before a value its broken-off start is looked for. */
const REACH = 80
/** Types whose start a caller breaks off and says again. */
const CORRECTED_TYPES: ReadonlySet<string> = new Set(['us_social_security_number', 'credit_card_number', 'phone_number', 'account_number', 'banking_information'])

/** The broken-off starts of the values found (see above), as candidates of their values' types. */
export function correctedFragments(text: string, found: readonly PiiFinding[]): Candidate[] {
  const out: Candidate[] = []
  for (const f of found) {
    if (!CORRECTED_TYPES.has(f.type)) continue
    const from = Math.max(0, f.start - REACH)
    const before = text.slice(from, f.start)
    // (a correction word right before the value first: most values have none, and the pattern costs more)
    if (!CORRECTION_NEAR.test(before.slice(-CORRECTION_REACH))) continue
    const m = FRAGMENT_BEFORE.exec(before)
    if (m === null) continue
    const fragment = (m[1] ?? m[2]) as string
    const start = from + m.index + m[0].indexOf(fragment)
    out.push({ type: f.type, start, end: start + fragment.length, confidence: Math.min(f.confidence, 0.6), detector: `${f.detector}-corrected`, validated: false })
  }
  return out
}
