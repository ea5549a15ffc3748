/**
 * Numbers said again: on a call a number is read back ("Let me read that back: 0 double 1 7 9 double
 * 2 5636?") or repeated, often far from the words that made the first mention a phone or a card. Once
 * the detectors have found a number, any other digit sequence in the text with exactly its digits
 * (seven or more) is the same value and gets the same type.
 *
 * @module
 */
import type { Candidate } from './detectors/detector.js'
import { viewDigitRuns } from './internal/digit-runs.js'
import { mapSpan, type OffsetText } from './internal/offset-text.js'
import type { PiiFinding, PiiType } from './pii-types.js'

/** Types whose value is a number the read-back can be compared by. */
const NUMBER_TYPES: ReadonlySet<PiiType> = new Set(['phone_number', 'credit_card_number', 'us_social_security_number', 'account_number'])
/** Shorter numbers repeat by chance (amounts, times, counts). */
const MIN_DIGITS = 7
const READ_BACK_CONFIDENCE = 0.85

/** Candidates for the other mentions of numbers already found (`findings`: resolved, in source offsets). */
export function readBacks(view: OffsetText, findings: readonly PiiFinding[]): Candidate[] {
  const numbers = findings.filter((f) => NUMBER_TYPES.has(f.type)).sort((a, b) => a.start - b.start)
  if (numbers.length === 0) return []
  const text = view.text
  const runs = viewDigitRuns(view)
  // each number's digits: the digit groups of the view that lie inside its span, in order (groups come
  // in text order, so one pointer walks the numbers alongside them)
  const digitsOf = new Map<PiiFinding, string>()
  const spans: { start: number; end: number; digits: string }[][] = []
  let p = 0
  for (const run of runs) {
    // a run of fewer digits than a read-back's can hold none (most runs: times, amounts, counts)
    let count = 0
    for (const g of run.groups) count += g.end - g.start
    if (count < MIN_DIGITS) continue
    const groups: { start: number; end: number; digits: string }[] = []
    for (const g of run.groups) {
      const src = mapSpan(view, g.start, g.end)
      const digits = text.slice(g.start, g.end)
      groups.push({ start: src.start, end: src.end, digits })
      while (p < numbers.length && (numbers[p] as PiiFinding).end <= src.start) p++
      const owner = numbers[p]
      if (owner !== undefined && src.start >= owner.start && src.end <= owner.end) digitsOf.set(owner, (digitsOf.get(owner) ?? '') + digits)
    }
    spans.push(groups)
  }
  const known = new Map<string, PiiType>()
  let longest = 0
  for (const [f, digits] of digitsOf) {
    if (digits.length < MIN_DIGITS) continue
    known.set(digits, f.type)
    longest = Math.max(longest, digits.length)
  }
  if (known.size === 0) return []
  const taken = (start: number, end: number): boolean => findings.some((f) => f.start < end && f.end > start)
  const out: Candidate[] = []
  for (const groups of spans) {
    for (let a = 0; a < groups.length; a++) {
      let digits = ''
      for (let b = a; b < groups.length; b++) {
        digits += (groups[b] as { digits: string }).digits
        if (digits.length > longest) break
        const type = known.get(digits)
        if (type === undefined) continue
        const start = (groups[a] as { start: number }).start
        const end = (groups[b] as { end: number }).end
        if (!taken(start, end)) out.push({ type, start, end, confidence: READ_BACK_CONFIDENCE, detector: 'read-back', validated: false })
        a = b
        break
      }
    }
  }
  return out
}
