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
import { type DigitRun, viewDigitRuns } from './internal/digit-runs.js'
import { mapSpan, type OffsetText } from './internal/offset-text.js'
import { overlapsSpan } from './internal/sorted-positions.js'
import type { PiiFinding, PiiType } from './pii-types.js'

/** Types a caller corrects by saying the whole value again. */
const RESTATED_TYPES: ReadonlySet<PiiType> = new Set(['account_number', 'us_social_security_number', 'phone_number', 'credit_card_number', 'banking_information', 'passport_number', 'drivers_license'])
/** Words that take back what was just said. */
const CORRECTION = /\b(?:no|nope|sorry|actually|wait|i mean|scratch that|correction|my mistake|my bad|mine is|mine's|mine ends)\b/i
/** How far (source characters) after a value its corrected form may start. */
const REACH = 100
/** The corrected value's first digits that must be the value's own: a restatement, not another number. */
const SHARED_PREFIX = 3
const MIN_DIGITS = 5
/** A number's last four digits, said to tell which one it is ("the card ending 5206", "last four of the social"). */
const LAST_FOUR = 4
/** "it ends in" right before a phone's last four said again, or "at the end" right after them. */
const ENDS_IN_BEFORE = /\bends? (?:in|with)\s*$/i
const AT_THE_END_AFTER = /^\s*at the end\b/i
/** Words that say the right value comes next, right before it. */
const RESTATED_RIGHT_BEFORE = /(?:\bmine is|\bmine's|\bmine ends in|\bit's|\bit is|\bi mean|\bshould be|\bmake that|\bactually|^[,.]?\s*(?:(?:sorry|no|oops|wait)[,.]?\s*){1,3})[,:]?\s*$/i
/** The corrected value said once more right after itself ("No, sorry, 3778. 3778."). */
const SAID_AGAIN = /^[,.]?\s+(\d{4})(?![\d/:.,]\d)/
/**
 * Words that put another value in the first one's place, right before it ("wait no that's the old one the new
 * one is ...", "the correct one is"): any digits of the same length, not only a restatement of the first.
 */
const REPLACED_RIGHT_BEFORE = /\b(?:the (?:new|right|correct|current|real|actual|updated) (?:one|number)(?: is|'s| would be)|it should be|make that)[,:]?\s*$/i
/**
 * ... or nothing but the talk of taking the first value back between the two ("no wait  hold on  ...", "wait no that's my
 * old one  hang on  it's ..."): the value after it is the one meant, whatever its digits. Any other word (a number
 * named, "my phone is") says the digits after it are something else.
 */
const CORRECTION_TALK: ReadonlySet<string> = new Set([
  'no', 'nope', 'wait', 'hold', 'hang', 'on', 'sorry', 'oops', 'actually', 'that', "that's", 'thats', 'is', 'was', 'it', "it's",
  'its', 'my', 'the', 'old', 'one', 'expired', 'previous', 'other', 'wrong', 'a', 'sec', 'second', 'let', 'me', 'check', 'um', 'uh',
  'er', 'erm', 'oh', 'yeah', 'ok', 'okay', 'right', 'so',
])
const TAKEN_BACK = /\b(?:wait|hold on|hang on|old one|wrong one|expired one|sorry)\b/i
function onlyCorrectionTalk(between: string): boolean {
  const words = between.toLowerCase().match(/[a-z'’]+/g)
  return words !== null && words.length <= 12 && words.every((w) => CORRECTION_TALK.has(w.replace('’', "'"))) && TAKEN_BACK.test(between)
}
const CONFIDENCE = 0.75

/** `findings`: resolved (sorted by start, none overlapping). */
export function correctedRestatements(view: OffsetText, text: string, findings: readonly PiiFinding[]): Candidate[] {
  // (only values with a correction word after them: the digit runs are read for those alone)
  const values = findings.filter((f) => RESTATED_TYPES.has(f.type) && CORRECTION.test(text.slice(f.end, f.end + REACH)))
  if (values.length === 0) return []
  const runs = viewDigitRuns(view)
  // each run's source span and digits, worked out only for the runs looked at
  const srcOf: ({ start: number; end: number } | undefined)[] = []
  const src = (k: number): { start: number; end: number } => {
    let span = srcOf[k]
    if (span === undefined) {
      const groups = (runs[k] as DigitRun).groups
      span = mapSpan(view, (groups[0] as { start: number }).start, (groups[groups.length - 1] as { end: number }).end)
      srcOf[k] = span
    }
    return span
  }
  const digitsOf = (k: number): string => (runs[k] as DigitRun).groups.map((g) => view.text.slice(g.start, g.end)).join('')
  const out: Candidate[] = []
  let first = 0
  for (const f of values.sort((a, b) => a.start - b.start)) {
    // the value's digits: the runs inside its span
    while (first < runs.length && src(first).end <= f.start) first++
    let k = first
    let digits = ''
    for (; k < runs.length && src(k).start < f.end; k++) if (src(k).start >= f.start && src(k).end <= f.end) digits += digitsOf(k)
    // (a last four said again must be said as the right one: "Last four of the Social is 5385. Wait, no, that's my husband's. Mine is 5377.")
    const lastFour = digits.length === LAST_FOUR
    if (digits.length < MIN_DIGITS && !lastFour) continue
    for (; k < runs.length; k++) {
      const r = src(k)
      if (r.start - f.end > REACH) break
      const between = text.slice(f.end, r.start)
      // (another number in between is what was corrected, if anything)
      if (!CORRECTION.test(between) || /\d/.test(between)) continue
      let said = digitsOf(k)
      let end = r.end
      // (a phone's last four said again: "613-859-2430. Oh, wait, no, sorry, it's 2403 at the end", "it ends in 4160")
      const first = (runs[k] as DigitRun).groups[0] as { start: number; end: number }
      const endsAgain = f.type === 'phone_number' && first.end - first.start === LAST_FOUR && (ENDS_IN_BEFORE.test(between) || AT_THE_END_AFTER.test(text.slice(mapSpan(view, first.start, first.end).end).slice(0, 16)))
      if (lastFour || endsAgain) {
        // (the run's first group alone: "Sorry, 3284. 3284, not 3248." joins what was said twice)
        said = view.text.slice(first.start, first.end)
        end = mapSpan(view, first.start, first.end).end
        if (said.length !== LAST_FOUR || said === digits.slice(-LAST_FOUR) || (!endsAgain && !RESTATED_RIGHT_BEFORE.test(between))) break
      } else if (Math.abs(said.length - digits.length) > 1 || said === digits || (said.slice(0, SHARED_PREFIX) !== digits.slice(0, SHARED_PREFIX) && !(said.length === digits.length && (REPLACED_RIGHT_BEFORE.test(between) || onlyCorrectionTalk(between))))) break
      if (overlapsSpan(findings, r.start, end)) break
      // an account number's letters said again with it ("T X, 551, 20")
      const viewStart = ((runs[k] as DigitRun).groups[0] as { start: number }).start
      const letters = f.type === 'account_number' ? letterPrefixStart(view.text, viewStart) : viewStart
      const start = letters < viewStart ? mapSpan(view, letters, viewStart).start : r.start
      out.push({ type: f.type, start, end, confidence: Math.min(f.confidence, CONFIDENCE), detector: 'corrected-restatement', validated: false })
      const again = lastFour ? SAID_AGAIN.exec(text.slice(end, end + 12)) : null
      if (again !== null && again[1] === said) {
        const at = end + again[0].length - said.length
        if (!overlapsSpan(findings, at, at + said.length)) out.push({ type: f.type, start: at, end: at + said.length, confidence: Math.min(f.confidence, CONFIDENCE), detector: 'corrected-restatement', validated: false })
      }
      break
    }
  }
  return out
}
