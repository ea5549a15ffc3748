/**
 * Payment cards in digit windows: the card number (Luhn, issuer prefix, shape), its security code and its
 * expiry.
 *
 * @module
 */
import { luhnValid, plausibleCardPrefix } from '../internal/checksums.js'
import {
  CARD_WORDS, CVV_CODE_WORDS, CVV_WORDS, EXPIRY_WORDS, LOOKING_WORDS, NOT_CARD_NEAR_WORDS, NOT_CARD_WORDS,
  OTHER_CODES, OTHER_EXPIRY_OWNERS, RECORD_WORDS, STRONG_EXPIRY_WORDS, TRACKING_WORDS,
} from '../internal/context-lexicon.js'
import { hasAny } from '../internal/context-words.js'
import type { DigitWindow } from '../internal/digit-runs.js'
import { MONTH_WORDS } from '../internal/number-words.js'
import { type Classifier, firstIndex, firstIndexOr, ID_DOCUMENT_NOUNS, ok } from './classifier-context.js'

const CARD_SHAPES = /^(?:\d+|4-4-4|4-4-4-4|4-4-4-4-[1-4]|4-4-4-[1-4]|4-6-5|4-6-4|4-4-4-4-4)$/

export const classifyCard: Classifier = (w, ctx) => {
  const n = w.digitCount
  if (n < 12 || n > 19) return null
  // Spoken grouping carries no meaning ("forty five thirty two ..." -> "45 32 ..."): any shape will do;
  // nor does a transcript's grouping of digits a caller read out after a card word ("the number is
  // 47166 7638 247 2383"), when the digits pass the Luhn check below
  const anyGrouping = ctx.spoken(w) || (w.uniformSepClass === ' ' && hasAny(ctx.before, CARD_WORDS))
  if ((!CARD_SHAPES.test(w.shape) || w.uniformSepClass === null) && !anyGrouping) return null
  // "Track it with 9400 2953 7845 2575 6716 31": sixteen digits inside a longer number written in the
  // same groups (a parcel's tracking number) are no card of their own
  if (w.first > 0 && !ctx.spoken(w) && continuesPast(w, true)) return null
  // ... and so are the first sixteen of such a number ("IBAN PL56 2357 4600 2326 0541 8845 5133": the
  // country letters stand glued outside the run)
  if (w.last < w.run.groups.length && !ctx.spoken(w) && continuesPast(w, false)) return null
  // "The SIM card ICCID is 8901 2601 2345 6789 012": a SIM's card, not a payment card
  if (simCardBefore(ctx.before)) return null
  const context = hasAny(ctx.all, CARD_WORDS)
  // "the IMEI is 3505 2044 2322 908": device numbers pass the Luhn check by design
  // ... and a card word further away than the word that names the number does not change that ("Paid
  // with Visa ending 8513. Track it with 9400 ...")
  // (unless it has a card's four groups of four, an issuer's prefix and a check digit that holds, after a card named a
  // sentence or two before: "I need to cancel my card. I put the number into one of those parcel websites. It's 4556 7320
  // 1948 8129.")
  const cardShaped = w.shape === '4-4-4-4' && w.uniformSepClass === ' ' && plausibleCardPrefix(w.digits) && luhnValid(w.digits) && /\bcards?\b/i.test(ctx.textBefore(w, 160))
  if (!context && !cardShaped && (hasAny(ctx.before, NOT_CARD_WORDS) || hasAny(ctx.before.slice(0, 3), NOT_CARD_NEAR_WORDS) || hasAny(ctx.before.slice(0, 5), RECORD_WORDS))) return null
  const tracked = firstIndex(ctx.before, TRACKING_WORDS)
  if (tracked >= 0 && tracked < firstIndexOr(ctx.before, CARD_WORDS, Infinity) && !cardShaped) return null
  // ("Debit acct: ... Amount: ... (trace 014647635725301)": an ACH entry's trace number, right after its name)
  if (ctx.before[0] === 'trace' || ctx.before[0] === 'arn') return null
  // "my driver's licence number is i 3993 4936 9744 97": digits a licence or passport word names right
  // before (and no card word nearer) are that document's, whatever the Luhn check says (one number in ten passes it)
  const document = firstIndex(ctx.before, ID_DOCUMENT_NOUNS)
  if (document >= 0 && document < 4 && document < firstIndexOr(ctx.before, CARD_WORDS, Infinity)) return null
  // ... and so are the digits answering a question that asked for one ("what's the licence number customer: uh deepika kulkarni k 2578 ...")
  if (!hasAny(ctx.before, CARD_WORDS)) {
    const asked = ctx.numberAsked()
    if (asked === 'licence' || asked === 'passport') return null
  }
  // Maestro numbers start at 12 digits: those, and unusual prefixes, only with card words.
  if (n === 12 && !context) return null
  if (luhnValid(w.digits) && (plausibleCardPrefix(w.digits) || context)) {
    const bare = w.last - w.first === 1 && !ctx.spoken(w)
    return ok('credit_card_number', context || !bare ? 1 : 0.75, 'card-luhn', true)
  }
  if (context && (n === 15 || n === 16)) return ok('credit_card_number', 0.6, 'card-context', false)
  // "charge it to 4929 5123 8840 1176, expiry 09/27", "that'd be 4916 ..., expiring 04/26": sixteen digits in a
  // card's four groups with an issuer's prefix, its expiry said right after, or a charge asked for before,
  // are a card misheard by a digit (the Luhn check fails one in ten times for a wrong digit)
  if (n === 16 && w.shape === '4-4-4-4' && plausibleCardPrefix(w.digits) && (hasAny(ctx.after.slice(0, 3), STRONG_EXPIRY_WORDS) || hasAny(ctx.before.slice(0, 6), PAYMENT_ASKED_WORDS))) {
    return ok('credit_card_number', 0.6, 'card-context', false)
  }
  return null
}

/**
 * The run goes on past the window's edge (`before`: its first group; else its last) in the same
 * pattern: the group outside has as many digits as the edge group, joined by the window's separator.
 */
function continuesPast(w: DigitWindow, before: boolean): boolean {
  const { groups, seps } = w.run
  const edge = before ? w.first : w.last - 1
  const outside = groups[before ? edge - 1 : edge + 1]
  const inner = groups[edge]
  if (outside === undefined || inner === undefined || outside.end - outside.start !== inner.end - inner.start) return false
  const sep = seps[before ? edge - 1 : edge]
  return sep !== undefined && (w.groupCount === 1 || seps[before ? edge : edge - 1] === sep)
}

/** After three or four digits, the words naming them a card's security code: its name, or its digits on the back (or an Amex's front). */
const CVV_NAMED_AFTER =
  /^[ \t]*,?[ \t]*(?:that's|that is|thats|is|being|which is|those are|are)[ \t]+(?:the |my |its |it's )?(?:(?:cvv2?|cvc2?|cv2|csc|security code|card security code)\b|(?:(?:three|four|3|4)[ -]digits?|digits|code|numbers?)(?: code)? on the (?:back|front)(?=[ \t]*(?:[,.;:!?)]|$|(?:of|on) (?:the|my|your|it|this) card\b|if\b|and\b|too\b|as well\b)))/i
export const classifyCvv: Classifier = (w, ctx) => {
  // ("The payment of $482 has been applied": a sum, whatever was asked before)
  // ("6 3 7": a code read out one digit at a time)
  const oneByOne = w.groupCount === w.digitCount && w.uniformSepClass !== null
  if (!w.whole || (w.groupCount !== 1 && !oneByOne) || w.digitCount < 3 || w.digitCount > 4 || ctx.amount(w)) return null
  // ("the cvv  975  i'll charge 1749 now": a sum charged, whatever was named before it)
  const before = ctx.before
  if (CHARGE_WORDS.has(before[0] ?? '')) return null
  // ("the CVV is 904, and the expiry July 2027": a year after its month)
  if (MONTH_WORDS.has(before[0] ?? '')) return null
  // ... or named before the caller looked for it ("the CVV is, hold on, let me flip it over, 4 1 9")
  const direct = hasAny(before, CVV_WORDS) || namedPastLooking(ctx.wordsBefore(w, 14))
  // ("error code KYC-8823": a code's digits after its letters, unless the security code is named right there)
  if (!direct && ctx.codePrefixed(w)) return null
  const near = before.slice(0, 6)
  // "the code on the back", "the security code"; "expires october 2025 and the code is 804": the code
  // said after a card's expiry is its security code
  // ("the Amex, 3714 ..., and the code on the front's 4821": an Amex card's code is printed on its front)
  const front = (near.includes('front') || near.includes("front's")) && hasAny(ctx.wordsBefore(w, 16), CARD_WORDS)
  const codeAt = near.indexOf('code')
  // (not another code on the back: "the zip code on the back?")
  const code = codeAt >= 0 && !OTHER_CODES.has(near[codeAt + 1] ?? '') && (hasAny(before, CVV_CODE_WORDS) || front || hasAny(ctx.wordsBefore(w, 12), STRONG_EXPIRY_WORDS))
  // "the three digits on the back are 771"
  // ... "the 4 digits on the front are 4821" (an Amex's), and "the three on the back as well? It's 5 0 8" after a card's number
  // (read only where the back or the front is named)
  const cardBefore = (): boolean => hasAny(ctx.wordsBefore(w, 16), CARD_WORDS) || CARD_NUMBER_ANYWHERE.test(ctx.textBefore(w, 160))
  // "The card's a Mastercard, 5555 ..., and the code's 5 5 1": the code said after a card's number (not a post code)
  const codeAfterCard = codeAt >= 0 && codeAt <= 1 && !OTHER_CODES.has(near[codeAt + 1] ?? '') && CARD_NUMBER_ANYWHERE.test(ctx.textBefore(w, 120))
  // ... "The security code, the three on the back, is, uh, 6 0 2"
  const backDigits = (near.includes('back') && (hasAny(near, DIGITS_WORDS) || before.includes('security') || cardBefore())) || (near.includes('front') && hasAny(near, DIGITS_WORDS) && cardBefore())
  // "security number 309", "the security number is 7254" (not a social security number)
  const s = before[0] === 'is' || before[0] === "it's" ? 1 : 0
  // ... "card number ..., expiry 04/27, security 448": "security" alone after a card's expiry
  const securityNumber = (before[s] === 'number' && before[s + 1] === 'security' && before[s + 2] !== 'social') || (before[s] === 'security' && hasAny(ctx.wordsBefore(w, 12), STRONG_EXPIRY_WORDS))
  // "the amex number is ... and the four digits are 7261": the card's three or four digits, with a card named before
  // (the count, "four", is a number and no word of `before`)
  // ... or with no verb, right after the card's number ("read him my card, 4368 ..., and the three digits 169")
  const countedDigits = ((before[0] === 'are' || before[0] === 'is') && DIGITS_WORDS.has(before[1] ?? '') && before[2] === 'the' && hasAny(ctx.wordsBefore(w, 16), CARD_WORDS)) || (before[0] === 'digits' && before[1] === 'the' && CARD_NUMBER_ANYWHERE.test(ctx.textBefore(w, 80)))
  // "expiry march 2029 and 882 on the back": digits said to be on the back, after a card or its expiry
  const onTheBack = ctx.after[0] === 'on' && ctx.after[1] === 'the' && ctx.after[2] === 'back' && (hasAny(ctx.wordsBefore(w, 12), STRONG_EXPIRY_WORDS) || hasAny(ctx.wordsBefore(w, 12), CARD_WORDS))
  // "4012 8888 8888 1881, 03/27, and 216": three or four digits after a card's number and its expiry
  const afterCardAndExpiry = w.groupCount === 1 && CARD_AND_EXPIRY_BEFORE.test(ctx.textBefore(w, 96))
  // ... or the answer to a question that asked for it ("And the three-digit code on the back?\nCustomer: Hold on, the light's bad in here. 957.")
  const answered = (): boolean => ctx.numberAsked() === 'cvv'
  // "324, that's the three digits on the back", "812 is the security code": named so right after them
  const namedAfter = (): boolean => CVV_NAMED_AFTER.test(ctx.textAfter(w, 60))
  return direct || code || codeAfterCard || backDigits || onTheBack || securityNumber || countedDigits || afterCardAndExpiry || answered() || namedAfter() ? ok('credit_card_cvv', 0.85, 'cvv-context', false) : null
}

/**
 * A card's expiry read out right after its number, joined to it in one run of digits by the comma between
 * ("4833 0746 2686 2700, 02-27, security code 317"), or by a space when a slash writes it ("... 7653 07/2026
 * 176"), or its month said as a word ("..., Jun 2027, ..."); and the security code that ends such a run.
 */
export const classifyCardDetailsInRun: Classifier = (w, ctx) => {
  if (ctx.amount(w)) return null
  // "this card 5503 3269 2820 7653 07/2026 176": three or four digits ending the run, after the card and its expiry
  if (!w.whole && w.groupCount === 1 && (w.digitCount === 3 || w.digitCount === 4) && w.first > 0 && w.last === w.run.groups.length) {
    const card = CARD_THEN_SLASHED_EXPIRY_BEFORE.exec(ctx.textBefore(w, 64))
    if (card !== null && luhnValid((card[1] as string).replace(/\D/g, ''))) return ok('credit_card_cvv', 0.8, 'cvv-after-card', false)
  }
  // ("..., Jun 2027"): a month's name, then a year in full, right after the card's number
  if (w.whole && w.shape === '4' && /^20[2-4]\d$/.test(w.digits) && luhnCardIn(CARD_THEN_MONTH_BEFORE.exec(ctx.textBefore(w, 64)))) return { ...ok('credit_card_expiration', 0.8, 'expiry-after-card', false), withWordBefore: true }
  // the window after the card's groups, apart from them by a comma, ending its run or before another comma
  if (w.whole || w.first === 0 || w.groupCount !== 2 || !/^(?:1|2)-(?:2|4)$/.test(w.shape) || (w.seps[0] !== '/' && w.seps[0] !== '-')) return null
  // (apart from the card and from what follows by a comma, or by a space when a slash joins month and year)
  const apart = (sep: string): boolean => sep.startsWith(',') || (sep === ' ' && w.seps[0] === '/')
  if (!apart(w.run.seps[w.first - 1] ?? '') || (w.last < w.run.groups.length && !apart(w.run.seps[w.last - 1] ?? ''))) return null
  const month = Number(ctx.groupText(w, w.first))
  const year = ctx.groupText(w, w.first + 1)
  if (month < 1 || month > 12 || (year.length === 4 && !year.startsWith('20'))) return null
  return luhnCardIn(CARD_NUMBER_BEFORE.exec(ctx.textBefore(w, 64))) ? ok('credit_card_expiration', 0.8, 'expiry-after-card', false) : null
}

/** The match starts with a card's number whose check digit holds (an order's or a tracking number's seldom does). */
function luhnCardIn(m: RegExpExecArray | null): boolean {
  return m !== null && luhnValid((CARD_DIGITS_AT_START.exec(m[0])?.[0] ?? '').replace(/\D/g, ''))
}

export const classifyExpiry: Classifier = (w, ctx) => {
  if (!w.whole || !/^(?:2-2|2-4|1-2|1-4|4)$/.test(w.shape) || ctx.amount(w)) return null
  // ("Expiration? 06/27 ... I'll charge 9.99 now": a sum charged, whatever was named before it)
  const before = ctx.before
  if (CHARGE_WORDS.has(before[0] ?? '')) return null
  // "the card is 4012 8888 8888 1881, uh, 03/27, and 216": a month and a year with a slash, right after a card's number
  // ("..., 12/2028": the year in full too)
  if ((w.shape === '2-2' || (w.shape === '2-4' && ctx.groupText(w, w.first + 1).startsWith('20'))) && w.seps[0] === '/' && CARD_NUMBER_BEFORE.test(ctx.textBefore(w, 64))) {
    const month = Number(w.digits.slice(0, 2))
    if (month >= 1 && month <= 12) return ok('credit_card_expiration', 0.8, 'expiry-after-card', false)
  }
  // "01-28 is the expiry and 444 on the back": a month and a year named so right after them
  if (w.groupCount === 2 && (w.seps[0] === '/' || w.seps[0] === '-') && EXPIRY_NAMED_AFTER.test(ctx.textAfter(w, 40))) {
    const month = Number(ctx.groupText(w, w.first))
    if (month >= 1 && month <= 12) return ok('credit_card_expiration', 0.85, 'expiry-named-after', false)
  }
  if (!hasAny(before, EXPIRY_WORDS) && !hasAny(before.slice(0, 3), CARD_WORDS)) return null
  const month = Number(w.digits.slice(0, w.shape.startsWith('1') ? 1 : 2))
  if (month < 1 || month > 12) return null
  // "closes at eight thirty pm", "until six forty in the morning": a time of day; "between four fifty
  // and five p m": a time range
  // ... and "valid for ninety days in any one eighty day period": a length of time
  if (TIME_AFTER.has(ctx.after[0] ?? '') || DURATION_AFTER.has(ctx.after[0] ?? '') || (before[0] === 'between' && ctx.after[0] === 'and')) return null
  // "through", "until" and "valid" alone say when anything ends ("the drive through closes at ..."): a
  // card's expiry only with a card word, or as "valid through"/"valid until"
  const strong = before.some((x) => EXPIRY_WORDS.has(x) && !WEAK_EXPIRY_WORDS.has(x))
  const validThrough = before[1] === 'valid' && WEAK_EXPIRY_WORDS.has(before[0] ?? '')
  if (!strong && !validThrough && !hasAny(before, CARD_WORDS)) return null
  // "lot B2210A, exp 11/2025", "passport expiry 03/2031": what else has an expiry date, with no card word;
  // the thing named last, past the number before if need be, is what expires ("Passport number is
  // TPP8X9PM5, and it expires 08/2029")
  if (!hasAny(ctx.before, CARD_WORDS)) {
    if (hasAny(ctx.before, OTHER_EXPIRY_OWNERS)) return null
    const far = ctx.wordsBefore(w, 24)
    const otherAt = far.findIndex((x) => OTHER_EXPIRY_OWNERS.has(x))
    const cardAt = far.findIndex((x) => CARD_WORDS.has(x))
    if (otherAt >= 0 && (cardAt < 0 || otherAt < cardAt)) return null
  }
  return hasAny(before, EXPIRY_WORDS) ? ok('credit_card_expiration', 0.85, 'expiry-context', false) : null
}

/**
 * Right after a month and a year, the words naming them the card's expiry ("... is the expiry", ", that's the
 * expiration date"); not something else's ("... was the expiry of my lease").
 */
const EXPIRY_NAMED_AFTER = /^[ \t]*(?:[,-][ \t]*)?(?:is|was|being|that's|that is|thats|=)[ \t]+(?:the |my |its |it's )?(?:expiry|expiration|exp|expiration date|expiry date|valid thru|valid through)\b(?![ \t]+(?:of|for|on)\b)/i
/** A card's number: 13 to 19 digits, grouped or not, no longer number's part. */
const CARD_DIGITS = String.raw`(?<![\d.])\d(?:[ \t-]?\d){12,18}(?!\d)`
/** Fillers and joining words between a card's details read out in a row ("..., uh, ", ", and "). */
const BETWEEN_DETAILS = String.raw`[,;]?(?:[ \t]+(?:uh|um|er|and|then|expiry|exp|expires|cvv|cvc|code)[,.:]?)*[ \t]*`
/** A card's number, then a month's name (or its first three letters) before the window ("..., Jun "). */
const CARD_THEN_MONTH_BEFORE = new RegExp(String.raw`${CARD_DIGITS}[,;]?[ \t]+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?[ \t]+$`, 'i')
/** A card's four groups (or American Express's 4-6-5), a space, its month/year expiry and a space: the card captured. */
const CARD_THEN_SLASHED_EXPIRY_BEFORE = /(?<![\d.])(\d{4}(?:[ -]?\d{4}){3}|\d{4}[ -]?\d{6}[ -]?\d{5})[ \t]+(?:0?[1-9]|1[0-2])\/(?:\d{2}|20\d{2})[ \t]+$/
/** The card's digits that open a match of the patterns above. */
const CARD_DIGITS_AT_START = new RegExp(`^${CARD_DIGITS}`)
/** A card's number anywhere in a text. */
const CARD_NUMBER_ANYWHERE = new RegExp(CARD_DIGITS)
/** A card's number and a few words at most before the window ("4012 8888 8888 1881, uh, "). */
const CARD_NUMBER_BEFORE = new RegExp(`${CARD_DIGITS}${BETWEEN_DETAILS}$`)
/** A card's number, then its expiry as month/year, and a few words at most before the window ("..., 03/27, and "). */
const CARD_AND_EXPIRY_BEFORE = new RegExp(String.raw`${CARD_DIGITS}[,;]?(?:[ \t]+[a-z]+[,.]?){0,3}[ \t]*(?:0?[1-9]|1[0-2])\/(?:\d{2}|20\d{2})${BETWEEN_DETAILS}$`)

/** What the digits of a card's back are called ("the three digits on the back"). */
const DIGITS_WORDS: ReadonlySet<string> = new Set(['digits', 'numbers', 'digit', 'number'])

/** Words right before a sum ("I'll charge 9.99 now", "a refund of 17.49"). */
/** A CVV's word, with only the words of a caller looking for the code (and "is") after it. */
function namedPastLooking(before: readonly string[]): boolean {
  const at = before.findIndex((b) => CVV_WORDS.has(b))
  return at > 0 && before.slice(0, at).every((b) => LOOKING_WORDS.has(b) || b === 'is')
}

/** A SIM's number named just before ("ICCID", "the SIM card number is"; not "my sim with card 4111 ..."). */
function simCardBefore(before: readonly string[]): boolean {
  for (let k = 0; k < 4; k++) {
    const w = before[k] ?? ''
    if (w === 'iccid' || w === 'imei' || ((w === 'sim' || w === 'esim') && k > 0 && before[k - 1] === 'card')) return true
  }
  return false
}
/** Words asking for a payment before a card's number ("can you charge the subscription to ..."). */
const PAYMENT_ASKED_WORDS: ReadonlySet<string> = new Set(['charge', 'pay', 'debit', 'bill'])
const CHARGE_WORDS: ReadonlySet<string> = new Set(['charge', 'charged', 'charging', 'refund', 'refunded', 'pay', 'paid', 'paying', 'owe', 'owes', 'total', 'balance', 'cost', 'costs', 'price', 'fee'])

/** Expiry words that also say when other things end ("val" also abbreviates a value). */
const WEAK_EXPIRY_WORDS: ReadonlySet<string> = new Set(['through', 'until', 'valid', 'val'])
/** Words after a number that make it a time of day. */
const TIME_AFTER: ReadonlySet<string> = new Set(['am', 'pm', 'a', 'p', "o'clock", 'oclock', 'hours', 'hrs', 'tonight', 'tomorrow', 'today'])
const DURATION_AFTER: ReadonlySet<string> = new Set(['day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'minute', 'minutes', 'period'])
