/**
 * US social security numbers in digit windows, whole or by their last four digits when one is asked for.
 *
 * @module
 */
import { ssnValid } from '../internal/checksums.js'
import { ACCOUNT_WORDS, CARD_WORDS, OTHER_NUMBER_WORDS, PHONE_WORDS, SSN_WORDS } from '../internal/context-lexicon.js'
import { boost, hasAny } from '../internal/context-words.js'
import type { DigitWindow } from '../internal/digit-runs.js'
import { type Classifier, labelledAfter, namedRightBefore, ok, type WindowContext } from './classifier-context.js'

export const classifySsn: Classifier = (w, ctx) => {
  if (w.digitCount !== 9) return null
  const grouped = w.shape === '3-2-4' && w.uniformSepClass !== null
  // a transcript's own grouping of nine digits read out after "social" ("my social is 823 4823 52")
  // ... and Canada's SIN in its threes ("SIN is 631-234-234")
  const readOut = (w.uniformSepClass === ' ' || (w.shape === '3-3-3' && w.uniformSepClass !== null)) && w.groupCount <= 3 && hasAny(ctx.before, SSN_WORDS)
  if (!grouped && w.groupCount !== 1 && !ctx.spoken(w) && !readOut) return null
  const context = hasAny(ctx.before, SSN_WORDS) || labelledAfter(w, ctx, SSN_LABELS) || ssnAskedFurther(w, ctx)
  // A number the speaker calls their social (or taxpayer) number is redacted even when the SSA would
  // never issue it (9xx ITINs, 123-45-6789): a redactor that is told "my SSN is" should not argue.
  const valid = ssnValid(w.digits)
  if (!valid && !context) return null
  // "Replacement kit 504-47-5320-B", "part RX-115-91-7872": a part number's digits, unless called a social
  if (!context && ctx.glued(w)) return null
  // "the tracking number is 1Z 4F7 839 03 1184 2297": the groups of a code of letters and digits
  if (!context && ctx.codeGroupBefore(w)) return null
  // "case no 554-34-7557", "ticket 554-34-7557": named as another kind right before it, unless called a social
  if (!context && namedRightBefore(ctx.before)) return null
  let score = grouped ? (w.uniformSepClass === '-' ? 0.85 : 0.5) : 0.3
  if (!valid) score *= 0.8
  if (!context && !grouped && (hasAny(ctx.before, ACCOUNT_WORDS) || hasAny(ctx.before, CARD_WORDS))) score = 0
  return score === 0 ? null : ok('us_social_security_number', boost(score, context), 'ssn', false)
}

/** How many words back a social security number asked for is looked for ("I'll need the full Social Security number to pull up the file. Okay. It's ..."). */
const SSN_ASKED_REACH = 16
/** Words that name another kind of number between the social's name and the digits. */
const SSN_OTHER_WORDS: ReadonlySet<string> = new Set([...PHONE_WORDS, ...CARD_WORDS, ...ACCOUNT_WORDS, ...OTHER_NUMBER_WORDS])

/**
 * "Social security number" said further back than the usual context, by whoever asked for it, with
 * no other kind of number named in between: nine digits read out whole after it are that number.
 */
function ssnAskedFurther(w: DigitWindow, ctx: WindowContext): boolean {
  if (!w.whole || !ctx.spoken(w)) return false
  const near = ctx.wordsBefore(w, SSN_ASKED_REACH)
  for (let k = 0; k < near.length; k++) {
    const b = near[k] as string
    if (b === 'security' && near[k + 1] === 'social') return true
    if (b === 'ssn' || b === 'sin') return true
    // ("number" of "social security number" names no other kind)
    if (b !== 'number' && SSN_OTHER_WORDS.has(b)) return false
  }
  return false
}

/**
 * The last four digits of a social security number, named so ("last four of my social, 3593", "SSN
 * last 4: 6988", "the last four digits of my social security are 9804"): what callers are asked for to
 * prove who they are, as sensitive as the whole number in a transcript. Nothing nearer may name it
 * another number's ("the last four of the card").
 */
export const classifySsnLastFour: Classifier = (w, ctx) => {
  // ("last five of emirates id 55477", "the last seven digits of my Emirates ID are 4170082": as many as said)
  if (w.digitCount > 4 && w.digitCount <= 7) return lastDigitsCounted(w, ctx)
  if (w.digitCount === 3) return lastThreeOfId(w, ctx) ? ok('us_social_security_number', 0.8, 'id-last-three', false) : null
  if (w.digitCount !== 4 || !(w.whole || afterLastFourDigit(w, ctx)) || ctx.amount(w)) return null
  // ("Verified last 4 of SSN (3307) and DOB. Explained grace period ends 11/30.": digits apart by a slash are a date)
  if (w.seps.includes('/')) return null
  // (further back than the usual context: "the last four digits of your social security number ... you entered 7 1 3 3")
  const near = ctx.wordsBefore(w, LAST_FOUR_REACH)
  const ssnAt = near.findIndex((b) => LAST_FOUR_SSN_WORDS.has(b))
  // "SSN ending 0742", "social ending in 4471": the digits it ends with
  // ... or the answer to a question that asked for them ("Can you verify the last 4 of your Social?\nSpeaker B: Oh, sorry, 5739.")
  if (ssnAt < 0 || !near.some((b) => LAST_WORDS.has(b))) {
    if (w.whole && ctx.numberAsked() === 'ssn-last-four') return ok('us_social_security_number', 0.8, 'ssn-last-four-asked', false)
    // ... or named so right after them ("6720, that's the last four of my Social")
    if (w.whole && SSN_LAST_FOUR_AFTER.test(ctx.textAfter(w, 60))) return ok('us_social_security_number', 0.8, 'ssn-last-four-after', false)
    // ... or asked for further back, no number said since ("You asked me to confirm the last four digits of my
    // social security number. I'm not thrilled about sending it by email, but fine: 2828.")
    if (w.whole && w.groupCount === 1 && SSN_LAST_FOUR_EARLIER.test(ctx.textBefore(w, 240))) return ok('us_social_security_number', 0.8, 'ssn-last-four-earlier', false)
    // ... or "last four" alone, no number's kind said, where a caller proves who they are by a birth date:
    // what callers are verified with is a social's last four ("So I have last four 1934 and date of birth 07/21/53")
    return loneLastFourVerifying(w, ctx, near) ? ok('us_social_security_number', 0.75, 'ssn-last-four-verifying', false) : null
  }
  // (another kind's word nearer than the social's; "number" of "social security number" is none)
  const other = near.findIndex((b) => b !== 'number' && (CARD_WORDS.has(b) || ACCOUNT_WORDS.has(b) || PHONE_WORDS.has(b)))
  // (unless those words came after the question's social: "the last four of your social for the credit check?")
  if (other >= 0 && other < ssnAt && !(w.whole && ctx.numberAsked() === 'ssn-last-four')) return null
  // ("last 4 SSN 9795. Requesting reprint of 2023 W-2": the last four were given; a year in the next sentence is a year)
  if (YEAR.test(w.digits) && ANSWERED_BEFORE.test(ctx.textBefore(w, 80))) return null
  return ok('us_social_security_number', 0.8, 'ssn-last-four', false)
}
/** Four digits that read as a year of this century or the last. */
const YEAR = /^(?:19|20)\d\d$/
/** Digits said, then a new sentence of two words or more with no digit and no correction in it, up to the window. */
const ANSWERED_BEFORE = /\d[.!?]\s+(?![^\d]*\b(?:sorry|no|wait|mean|actually|correction|rather|not|oops)\b)[^\d\s]+\s+[^\d]*$/i
/**
 * The words naming a social security number (not "security" alone: "the last four of the security code"), and
 * the other national numbers whose last four prove who a caller is: Canada's SIN, India's Aadhaar, Singapore's
 * NRIC, Australia's TFN, Ireland's PPS, the Philippines' SSS ("last 4 of Aadhaar 6502", "my SIN ends in 4471").
 */
const LAST_FOUR_ID_NAMES = ['ssn', 'social', 'ss', 'sin', 'aadhaar', 'aadhar', 'nric', 'ic', 'mykad', 'nik', 'tfn', 'pps', 'ppsn', 'sss', 'itin', 'cnic', 'iqama', 'qid', 'nic', 'nid', 'emirates', 'eid', 'citizenship']

/**
 * Five to seven digits said as an identity number's last so many ("last five of emirates id 55477", "the last
 * seven digits of my Emirates ID are 4170082"): the count said must be the digits', and an identity number's
 * name must follow it, with no other number named between.
 */
function lastDigitsCounted(w: DigitWindow, ctx: WindowContext): ReturnType<Classifier> {
  if (!w.whole || w.groupCount !== 1 || ctx.amount(w)) return null
  const named = LAST_COUNTED_OF_ID.get(w.digitCount)
  return named?.test(ctx.textBefore(w, 80)) === true ? ok('us_social_security_number', 0.8, 'id-last-digits', false) : null
}
export const LAST_FOUR_SSN_WORDS: ReadonlySet<string> = new Set(LAST_FOUR_ID_NAMES)
const LAST_FOUR_ID_NAME = `(?:${LAST_FOUR_ID_NAMES.join('|')})`
/** "last five of emirates id", "the last 7 digits of my CNIC are", by the digits counted. */
const LAST_COUNTED_OF_ID: ReadonlyMap<number, RegExp> = new Map(
  ([[5, '(?:5|five)'], [6, '(?:6|six)'], [7, '(?:7|seven)']] as const).map(([n, count]) => [
    n,
    new RegExp(String.raw`\blast ${count}(?: digits)? (?:of|on|for|from) (?:the |my |your |his |her |their )?${LAST_FOUR_ID_NAME}\b(?: id| security)?(?: number| no\.?| #| card)?(?: (?:is|are|was|were))?[ ,:]*$`, 'i'),
  ]),
)
/** Texts without one of these hold no last four `classifySsnLastFour` could name. */
export const SSN_LAST_FOUR_GATE = new RegExp(String.raw`ssn|social|tax file|\b${LAST_FOUR_ID_NAME}\b|\blast (?:4|four)\b`, 'i')
/** After the digits, the words naming them a social's last four ("..., that's the last four of my Social", "- last 4 of SSN"). */
const SSN_LAST_FOUR_AFTER = new RegExp(
  String.raw`^[ ,.;:-]*(?:(?:that's|that is|those are|it's|which is|which are|is|are|as|being|for|=|-)\s+)?(?:the |my |your |his |her |their )?last (?:4|four)(?: digits)? (?:of|on|for|from) (?:the |my |your |his |her |their )?(?:${LAST_FOUR_ID_NAME}|ss ?#?)\b(?:(?: security)?(?: number| no\.?| #)?)(?![ ,:]*(?:is|was|are|were|=)?[ ,:]*\d)`,
  'i',
)
/** A social's last four named, then no digit until the window. */
const SSN_LAST_FOUR_EARLIER = new RegExp(String.raw`\blast (?:4|four)(?: digits)? (?:of|on|for|from) (?:the |my |your |his |her |their )?${LAST_FOUR_ID_NAME}\b[^\d]*$`, 'i')
/** "SSN last 4 8239": the window is a run's second and last group, after a lone "4" (the count, not a digit of it). */
function afterLastFourDigit(w: DigitWindow, ctx: WindowContext): boolean {
  // (a pause in raw speech-to-text doubles the blank: "my social  last four  six one two oh")
  return w.first === 1 && w.last === 2 && w.run.groups.length === 2 && /^ {1,2}$/.test(w.run.seps[0] ?? '') && ctx.groupText(w, 0) === '4'
}
/**
 * Three digits said as an identity number's last three ("the last 3 digits of TFN (212)", "the last three of my tax
 * file number  seven six eight", "TFN: ends 487"), its name within reach and no other number's kind nearer.
 */
function lastThreeOfId(w: DigitWindow, ctx: WindowContext): boolean {
  if (!w.whole || w.groupCount !== 1 || ctx.amount(w)) return false
  const near = ctx.wordsBefore(w, LAST_FOUR_REACH)
  const idAt = near.findIndex((b, k) => LAST_FOUR_SSN_WORDS.has(b) || (b === 'file' && near[k + 1] === 'tax'))
  if (idAt < 0) return false
  const other = near.findIndex((b) => b !== 'number' && (CARD_WORDS.has(b) || ACCOUNT_WORDS.has(b) || PHONE_WORDS.has(b) || OTHER_NUMBER_WORDS.has(b)))
  if (other >= 0 && other < idAt) return false
  const lead = near[0] === 'in' ? 1 : 0
  const ended = (near[lead] === 'ends' || near[lead] === 'ending') && idAt > lead
  return ended || LAST_THREE_BEFORE.test(ctx.textBefore(w, 100))
}
/** "last three", "the last 3 digits", then no digit up to the window (view text: "three" may be "3"). */
const LAST_THREE_BEFORE = /\blast (?:3|three)\b[^\d]*$/i

/** "last four", "the last 4 digits are", right before the digits (view text; "4" may be the run's first group). */
const LONE_LAST_FOUR = /\blast (?:4|four)(?: digits)?(?: (?:are|is|were|was))?[ ,:]*$/i
/** A birth date named, or the caller's identity checked, around the digits. */
const VERIFYING = /\b(?:date of birth|dob|birth ?date|birthday|born|verif(?:y|ied|ication)|identity)\b/i

/**
 * "last four" right before the digits, no word near them naming another number's kind, and a birth date
 * or a verification named in the same stretch of text.
 */
function loneLastFourVerifying(w: DigitWindow, ctx: WindowContext, near: readonly string[]): boolean {
  if (!((w.whole && w.groupCount === 1) || afterLastFourDigit(w, ctx)) || !LONE_LAST_FOUR.test(ctx.textBefore(w, 60))) return false
  if (near.some((b) => CARD_WORDS.has(b) || ACCOUNT_WORDS.has(b) || PHONE_WORDS.has(b))) return false
  return VERIFYING.test(ctx.textBefore(w, 160)) || VERIFYING.test(ctx.textAfter(w, 80))
}
/** How many words before the digits "last four ... social" is looked for in ("the last four digits of your social security number, you entered ..."). */
const LAST_FOUR_REACH = 10
/** Words saying the digits are a number's last ones ("last four", "ending 0742"). */
const LAST_WORDS: ReadonlySet<string> = new Set(['last', 'ending', 'ends', 'ultimos', 'últimos', 'termina', 'terminan'])

/** What a social security number is called after it ("... for the social"). */
const SSN_LABELS: ReadonlySet<string> = new Set(['social', 'ssn', 'security'])
