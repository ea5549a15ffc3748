/**
 * The value said again after a correction: "member number 33184402. No wait, that's my husband's.
 * Mine is 33184419", "client number T X 551 02... no, sorry, T X 551 20". The corrected value has
 * the shape of the one the caller started with (as many digits, give or take one, the same first
 * digits) but not its digits, so neither the read-backs nor the detectors' context words find it:
 * it is the found value's type because the caller said it is the same thing, corrected.
 *
 * @module
 */
import { letterPrefixStart } from './detectors/account-letters.js'
import type { Candidate } from './detectors/detector.js'
import { viewDigitRuns } from './internal/digit-runs.js'
import { mapSpan, type OffsetText } from './internal/offset-text.js'
import type { PiiFinding, PiiType } from './pii-types.js'

/** Types a caller corrects by saying the whole value again. */
const RESTATED_TYPES: ReadonlySet<PiiType> = new Set(['account_number', 'us_social_security_number', 'phone_number', 'credit_card_number', 'banking_information'])
/** Words that take back what was just said. */
const CORRECTION = /\b(?:no|nope|sorry|actually|wait|i mean|scratch that|correction|my mistake|my bad|mine is|mine's)\b/i
/** How far (source characters) after a value its corrected form may start. */
const REACH = 100
/** The corrected value's first digits that must be the value's own: a restatement, not another number. */
const SHARED_PREFIX = 3
const MIN_DIGITS = 5
const CONFIDENCE = 0.75

export function correctedRestatements(view: OffsetText, text: string, findings: readonly PiiFinding[]): Candidate[] {
  const values = findings.filter((f) => RESTATED_TYPES.has(f.type))
  if (values.length === 0 || !CORRECTION.test(text)) return []
  const runs = viewDigitRuns(view).map((run) => {
    const first = run.groups[0] as { start: number }
    const last = run.groups[run.groups.length - 1] as { end: number }
    return { viewStart: first.start, src: mapSpan(view, first.start, last.end), digits: run.groups.map((g) => view.text.slice(g.start, g.end)).join('') }
  })
  const out: Candidate[] = []
  for (const f of values) {
    // the value's digits: the runs inside its span
    const digits = runs.filter((r) => r.src.start >= f.start && r.src.end <= f.end).map((r) => r.digits).join('')
    if (digits.length < MIN_DIGITS) continue
    for (const r of runs) {
      if (r.src.start < f.end) continue
      if (r.src.start - f.end > REACH) break
      const between = text.slice(f.end, r.src.start)
      // (another number in between is what was corrected, if anything)
      if (!CORRECTION.test(between) || /\d/.test(between)) continue
      if (Math.abs(r.digits.length - digits.length) > 1 || r.digits === digits || r.digits.slice(0, SHARED_PREFIX) !== digits.slice(0, SHARED_PREFIX)) break
      if (findings.some((g) => g.start < r.src.end && g.end > r.src.start)) break
      // an account number's letters said again with it ("T X, 551, 20")
      const letters = f.type === 'account_number' ? letterPrefixStart(view.text, r.viewStart) : r.viewStart
      const start = letters < r.viewStart ? mapSpan(view, letters, r.viewStart).start : r.src.start
      out.push({ type: f.type, start, end: r.src.end, confidence: Math.min(f.confidence, CONFIDENCE), detector: 'corrected-restatement', validated: false })
      break
    }
  }
  return out
}
