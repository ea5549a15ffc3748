/**
 * Classifiers for digit windows: each turns a window plus its context into a candidate type and
 * score, Presidio style (pattern score, validator, context lift).
 *
 * @module
 */
import { isIPv4 } from 'node:net'
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max'
import { normalizeSpoken } from '../internal/spoken-normalizer.js'
import { abaValid, luhnValid, plausibleCardPrefix, ssnValid } from '../internal/checksums.js'
import { nanpValid } from '../internal/nanp-validity.js'
import { MONTH_WORDS } from '../internal/number-words.js'
import { boost, hasAny, substringTrigger } from '../internal/context-words.js'
import {
  ACCOUNT_WORDS,
  BANK_WORDS,
  CARD_WORDS,
  NOT_CARD_NEAR_WORDS,
  RECORD_WORDS,
  NOT_CARD_WORDS,
  TRACKING_WORDS,
  CVV_CODE_WORDS,
  CVV_WORDS,
  DOB_WORDS,
  birthCue,
  locativeLength,
  namedOtherwise,
  otherDateLabelled,
  EXPIRY_WORDS,
  STRONG_EXPIRY_WORDS,
  IP_WORDS,
  NOT_PHONE_WORDS,
  OTHER_NUMBER_WORDS,
  VERSION_WORDS,
  PHONE_WORDS,
  ROUTING_WORDS,
  SSN_WORDS,
} from '../internal/context-lexicon.js'
import type { AskedNumber } from '../internal/context-lexicon.js'
import { OTHER_EXPIRY_OWNERS } from '../internal/context-lexicon.js'
import type { DigitWindow } from '../internal/digit-runs.js'
import type { PiiType } from '../pii-types.js'

export interface Classified {
  type: PiiType
  confidence: number
  detector: string
  validated: boolean
  /** The word right before the number is part of the value (a month said as a word). */
  withWordBefore?: boolean
}

/** Context words of a window: `before` nearest-first, then `after`. */
export interface WindowContext {
  readonly before: readonly string[]
  readonly after: readonly string[]
  readonly all: readonly string[]
  /** True when the window's original text contains spoken words (it went through the normaliser). */
  spoken(w: DigitWindow): boolean
  /** The window is glued by a hyphen to letters before or after it, as in a part number ("504-47-5320-B", "RX-504-47-5320"). */
  glued(w: DigitWindow): boolean
  /** A code of two to five capitals is joined by a hyphen right before the window ("TX-55102", "IN-22841"). */
  codePrefixed(w: DigitWindow): boolean
  /** The words before the number on its own line, nearest first (at most six). */
  lineBefore(): readonly string[]
  /** A birth date was asked for in the sentences before, and no other date answered it (`birthAskedBefore`). */
  birthAsked(): boolean
  /** Right before the window, "b." as the abbreviation of "born" ("b. 1975-04-13"). */
  bornAbbreviated(w: DigitWindow): boolean
  /** The text right after the window names it a birth date ("3/4/1984 is my date of birth"), on its line. */
  birthNamedAfter(w: DigitWindow): boolean
  /** The window's last group is an hour: a colon and minutes follow it ("before 07/07/2025 12:30pm"). */
  hourAfter(w: DigitWindow): boolean
  /** A time of day follows the window ("23/03/2024, 13:21:14", "2024-05-04T09:23"): the window is a timestamp's date. */
  timeAfter(w: DigitWindow): boolean
  /** An example phrase comes right before the window in its sentence ("for example, 01/31/1980"). */
  exampleBefore(w: DigitWindow): boolean
  /** The window goes on a dotted token before it ("v7.16.8.105" seen from "16"): a version's or an address's part. */
  dottedOn(w: DigitWindow): boolean
  /** The window's original text (before the spoken-form normaliser). */
  originalText(w: DigitWindow): string
  /** The digits of the run's group `index` as written (view text). */
  groupText(w: DigitWindow, index: number): string
  /** How many of `before` lie in the run's own statement: words past a full stop that ends one say less of this number (`statementStart`). */
  statementWords(): number
  /** The words before the window back to the number said before it, nearest first (at most eight): what names this number. */
  ownBefore(w: DigitWindow): readonly string[]
  /** Up to `n` words before the window, nearest first (more than `before` holds). */
  wordsBefore(w: DigitWindow, n: number): readonly string[]
  /** A member's, patient's, policy's or account's number was asked for by the last question, not yet answered (`accountAskedBefore`). */
  accountAsked(): boolean
  /** The kind of number the last question asked for, not yet answered (`numberAskedBefore`). */
  numberAsked(): AskedNumber | undefined
  /** True when the window is a sum of money: a currency sign right before it, or a currency after it ("$2,459.99", "1823 dollars"). */
  amount(w: DigitWindow): boolean
  /**
   * What the classifiers work out from the run's context words alone, kept for the run's other
   * windows (every window of a run has the same context).
   */
  readonly perRun: RunFacts
}

/** Per-run results of the classifiers (see `WindowContext.perRun`). */
export interface RunFacts {
  phoneCue?: PhoneCue
  birthCue?: boolean
  birthAsked?: boolean
  accountAsked?: boolean
  numberAsked?: AskedNumber | null
}

export type Classifier = (w: DigitWindow, ctx: WindowContext) => Classified | null

const allSpaces = (w: DigitWindow): boolean => w.groupCount === 1 || w.uniformSepClass === ' '

/** "10.45.79.233/32": the run goes on past the window only with a CIDR prefix length. */
function cidrAfter(w: DigitWindow): boolean {
  if (w.first !== 0 || w.last !== w.run.groups.length - 1 || w.run.seps[w.last - 1] !== '/') return false
  const g = w.run.groups[w.last] as { start: number; end: number }
  return g.end - g.start <= 2
}

export const classifyIpv4: Classifier = (w, ctx) => {
  // "an IP address, eight one, one five two, two oh three, four four": octets read out with a pause between
  // them, which the normaliser joins into one number
  if (w.groupCount === 1 && w.whole && w.digitCount >= 4 && w.digitCount <= 12 && ctx.spoken(w) && ipCue(ctx.before)) {
    const octets = ctx.originalText(w).split(',').map((part) => normalizeSpoken(part).text.replace(/\D/g, ''))
    return octets.length === 4 && octets.every((o) => o.length >= 1 && o.length <= 3) && isIPv4(octets.join('.')) ? ok('ip_address', 0.85, 'ip-v4-spoken', false) : null
  }
  // "one ninety two dot sixteen eight dot five dot ten five" -> "192.16 8.5.10 5": octets said in
  // pieces, joined between the dots, after an address word
  if (w.groupCount > 4 && w.whole && ctx.spoken(w) && ipCue(ctx.before)) {
    const ip = spokenOctets(w)
    return ip !== null && isIPv4(ip) ? ok('ip_address', 0.85, 'ip-v4-spoken', false) : null
  }
  if (w.groupCount !== 4 || !(w.whole || cidrAfter(w) || dottedQuadAlone(w))) return null
  // "firmware 10.2.0.1", "upgrade from version 10.1.4.7": a version number, unless an address is talked about
  // ("Which version are you on? It says 2.0.1.20": the word naming a version may come a question before)
  // ... and the nearer word decides between the two ("the router says firmware 4.11.8.129", "patched to 7.7.9.176")
  // ... but a platform's name not right before the number ("the IP address showing in the app is ...") gives
  // way to an address word further back
  const versionAt = versionWordAt(ctx.before)
  const platform = versionAt > 0 && PLATFORM_WORDS.has(ctx.before[versionAt] ?? '') && ipCue(ctx.before)
  if (versionAt < ctx.before.length && !ipCue(ctx.before.slice(0, versionAt)) && !platform) return null
  // "3.1.0.24 or newer", "or later": a version's minimum, never an address
  if (ctx.after[0] === 'or' && NEWER.has(ctx.after[1] ?? '')) return null
  // "10.40.0.0/16", "ten dot zero dot zero dot zero slash eight", "Mask 255.255.255.0": a network's range or
  // its mask, which is no host's address ("192.168.1.25/24" is a host with its prefix, and stays one)
  if (w.uniformSepClass === '.') {
    const ip = ipText(w)
    if (!isIPv4(ip)) return null
    const prefix = cidrAfter(w) ? Number(ctx.groupText(w, w.last)) : ctx.after[0] === 'slash' ? Number(ctx.after[1] ?? Number.NaN) : undefined
    return networkNotHost(ip, prefix) ? null : ok('ip_address', 0.95, 'ip-v4', true)
  }
  if (allSpaces(w) && ipCue(ctx.before) && isIPv4(ipText(w))) return ok('ip_address', 0.85, 'ip-v4-spaced', false)
  return null
}

/** The window is an IPv4 address written with dots, maybe with a CIDR prefix after it ("172.17.134.0/23"). */
function ipv4Shaped(w: DigitWindow, ctx: WindowContext): boolean {
  if (w.groupCount !== 4 && !(w.groupCount === 5 && w.seps[3] === '/')) return false
  if (w.seps[0] !== '.' || w.seps[1] !== '.' || w.seps[2] !== '.') return false
  const octets = [0, 1, 2, 3].map((k) => ctx.groupText(w, w.first + k))
  return isIPv4(octets.join('.'))
}

/**
 * A network, not a host: a netmask (255 first, then ones and zeros: "255.255.254.0"), or an address whose
 * host bits the CIDR prefix after it leaves all zero ("10.40.0.0/16"; a prefix said but not read: ".0" last).
 */
function networkNotHost(ip: string, prefix: number | undefined): boolean {
  const o = ip.split('.').map(Number) as [number, number, number, number]
  const n = o[0] * 2 ** 24 + o[1] * 2 ** 16 + o[2] * 2 ** 8 + o[3]
  if (o[0] === 255) {
    const zeros = 2 ** 32 - 1 - n
    if ((zeros & (zeros + 1)) === 0) return true
  }
  if (prefix === undefined) return false
  if (Number.isNaN(prefix)) return o[3] === 0
  return prefix < 32 && n % 2 ** (32 - prefix) === 0
}

/** "or newer", "or later", "or above": what follows a version's minimum. */
const NEWER: ReadonlySet<string> = new Set(['newer', 'later', 'higher', 'above', 'greater', 'up'])

/** Where the nearest word naming a version is among the words before (nearest first). */
function versionWordAt(before: readonly string[]): number {
  // ("i p v four ...": the "v" of an IP spelled out names no version)
  const at = before.findIndex((b, k) => ((k < 3 && VERSION_WORDS.has(b)) || VERSION_NOUNS.has(b)) && !(b === 'v' && before[k + 1] === 'p' && before[k + 2] === 'i'))
  return at < 0 ? before.length : at
}

/** Version words that name a platform or a program: "app 4.2.1.7" is a version, "the IP address in the app is ..." an address. */
const PLATFORM_WORDS: ReadonlySet<string> = new Set(['app', 'os', 'ios', 'android', 'sdk', 'driver'])

/** The words that name a version whatever stands between ("version", "firmware"), unlike "app" or "update". */
const VERSION_NOUNS: ReadonlySet<string> = new Set(['version', 'versions', 'firmware', 'release', 'build', 'ver', 'patch', 'bios'])

/**
 * "user id 12036: 200.93.153.233 (2026-09-10)", "13:04:10.418,10.109.232.176,login": four groups
 * joined by dots inside a longer run whose other separators are no dots (a label's colon, a CSV comma).
 */
function dottedQuadAlone(w: DigitWindow): boolean {
  if (w.uniformSepClass !== '.') return false
  const before = w.run.seps[w.first - 1]
  const after = w.run.seps[w.last - 1]
  return (before === undefined || !before.includes('.')) && (after === undefined || !after.includes('.'))
}

/** The window's digits as four dotted octets, the groups between two dots joined ("192.16 8.5.10 5" -> "192.168.5.105"); null otherwise. */
function spokenOctets(w: DigitWindow): string | null {
  const lengths = w.shape.split('-').map(Number)
  const octets: string[] = []
  let octet = ''
  let offset = 0
  for (let g = 0; g < lengths.length; g++) {
    const len = lengths[g] as number
    octet += w.digits.slice(offset, offset + len)
    offset += len
    const sep = w.seps[g]
    if (sep === undefined || sep.includes('.')) {
      if (octet.length > 3) return null
      octets.push(octet)
      octet = ''
    } else if (sep.trim() !== '') return null
  }
  return octets.length === 4 ? octets.join('.') : null
}

function ipText(w: DigitWindow): string {
  const parts: string[] = []
  let offset = 0
  for (const len of w.shape.split('-').map(Number)) {
    parts.push(w.digits.slice(offset, offset + len))
    offset += len
  }
  return parts.join('.')
}

/** The documents whose numbers callers read out like a card's: a licence, a passport. */
const ID_DOCUMENT_NOUNS: ReadonlySet<string> = new Set(['license', 'licence', 'passport', 'dl'])

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
  const context = hasAny(ctx.all, CARD_WORDS)
  // "the IMEI is 3505 2044 2322 908": device numbers pass the Luhn check by design
  // ... and a card word further away than the word that names the number does not change that ("Paid
  // with Visa ending 8513. Track it with 9400 ...")
  if (!context && (hasAny(ctx.before, NOT_CARD_WORDS) || hasAny(ctx.before.slice(0, 3), NOT_CARD_NEAR_WORDS) || hasAny(ctx.before.slice(0, 5), RECORD_WORDS))) return null
  const tracked = firstIndex(ctx.before, TRACKING_WORDS)
  if (tracked >= 0 && tracked < firstIndexOr(ctx.before, CARD_WORDS, Infinity)) return null
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
  if (w.digitCount !== 4 || !(w.whole || afterLastFourDigit(w, ctx)) || ctx.amount(w)) return null
  // (further back than the usual context: "the last four digits of your social security number ... you entered 7 1 3 3")
  const near = ctx.wordsBefore(w, LAST_FOUR_REACH)
  const ssnAt = near.findIndex((b) => LAST_FOUR_SSN_WORDS.has(b))
  // "SSN ending 0742", "social ending in 4471": the digits it ends with
  // ... or the answer to a question that asked for them ("Can you verify the last 4 of your Social?\nSpeaker B: Oh, sorry, 5739.")
  if (ssnAt < 0 || !near.some((b) => LAST_WORDS.has(b))) return w.whole && ctx.numberAsked() === 'ssn-last-four' ? ok('us_social_security_number', 0.8, 'ssn-last-four-asked', false) : null
  // (another kind's word nearer than the social's; "number" of "social security number" is none)
  const other = near.findIndex((b) => b !== 'number' && (CARD_WORDS.has(b) || ACCOUNT_WORDS.has(b) || PHONE_WORDS.has(b)))
  // (unless those words came after the question's social: "the last four of your social for the credit check?")
  if (other >= 0 && other < ssnAt && !(w.whole && ctx.numberAsked() === 'ssn-last-four')) return null
  return ok('us_social_security_number', 0.8, 'ssn-last-four', false)
}
/** "SSN last 4 8239": the window is a run's second and last group, after a lone "4" (the count, not a digit of it). */
function afterLastFourDigit(w: DigitWindow, ctx: WindowContext): boolean {
  return w.first === 1 && w.last === 2 && w.run.groups.length === 2 && w.run.seps[0] === ' ' && ctx.groupText(w, 0) === '4'
}
/** How many words before the digits "last four ... social" is looked for in ("the last four digits of your social security number, you entered ..."). */
const LAST_FOUR_REACH = 10
/** Words saying the digits are a number's last ones ("last four", "ending 0742"). */
const LAST_WORDS: ReadonlySet<string> = new Set(['last', 'ending', 'ends', 'ultimos', 'últimos', 'termina', 'terminan'])
/** The words naming a social security number (not "security" alone: "the last four of the security code"). */
const LAST_FOUR_SSN_WORDS: ReadonlySet<string> = new Set(['ssn', 'social', 'ss'])

/** The words right before a number name another kind of number ("case no", "order number", "ticket"). */
function namedRightBefore(before: readonly string[]): boolean {
  // past "is", "it's" ("the ticket number is ...", "a ticket number it's it's ...")
  let k = 0
  while (k < 3 && COPULAS.has(before[k] ?? '')) k++
  const named = before[k] === 'no' || before[k] === 'number' || before[k] === 'num' ? before[k + 1] : before[k]
  return OTHER_NUMBER_WORDS.has(named ?? '')
}
const COPULAS: ReadonlySet<string> = new Set(['is', "it's", 'it’s', 'its', 'was'])

const US_PHONE_SHAPES = /^(?:10|11|3-3-4|1-3-3-4|3-7|1-3-7|3-3-2-2|6-4|3-\d{1,2}-\d{1,2}-\d{1,2}-\d{1,2})$/
const INTL_REGIONS: readonly CountryCode[] = ['GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'AU', 'IN', 'BR', 'MX', 'IE', 'BE', 'CH', 'AT', 'PL']
/** Where a mobile number is written with a trunk 0 and nothing else says it is one: also the Philippines, Nigeria, South Africa, New Zealand. */
const MOBILE_REGIONS: readonly CountryCode[] = [...INTL_REGIONS, 'PH', 'NG', 'ZA', 'NZ']
/** An ISO date's group lengths (2024-03-18); a day-month-year date is told by `writtenDate`. */
const ISO_DATE_SHAPE = /^4-[12]-[12]$/

export const classifyPhone: Classifier = (w, ctx) => {
  const n = w.digitCount
  if (n < 7 || n > 15 || w.afterCountryCode) return null
  // ("Route added: 172.17.134.0/23": an IPv4 address's shape, with its prefix or without, a network's when no
  // host's, is never a phone's)
  if (ipv4Shaped(w, ctx)) return null
  // ("Help: 0800 851 1666", "call 1-800-555-0199"): a toll-free number is a business's line, never a person's
  if (tollFree(w, ctx)) return null
  const grouped = w.groupCount > 1
  if (w.prefix === '+') {
    const p = parsePhoneNumberFromString(`+${w.digits}`)
    if (p === undefined || !p.isPossible()) return withoutTrunkDigit(w.digits) ? ok('phone_number', 0.95, 'phone-intl', true) : null
    return ok('phone_number', p.isValid() ? 1 : 0.9, 'phone-intl', p.isValid())
  }
  // "until 01/11/2025", "data urodzenia 12.03.1987": a date, not a number to call
  if (!w.seps.every((s) => s === ' ') && (ISO_DATE_SHAPE.test(w.shape) || writtenDate(w))) return null
  // "before 07/07/2025 12:30pm": a date and the hour of a time, not a number to call
  if (ctx.hourAfter(w)) return null
  // "firmware 10.11.8.46": four groups joined by dots after a word naming a version is one
  if (w.groupCount === 4 && w.uniformSepClass === '.' && versionWordAt(ctx.before) < ctx.before.length) return null
  // "... nine one double five for the phone": a label after the number outweighs a word for another number before it
  const cue = givenAsAfter(w, ctx, PHONE_NAMES) ? { positive: 0, penalised: false } : (ctx.perRun.phoneCue ??= phoneCue(ctx.before, ctx.statementWords()))
  // "tracking number one Z oh J Y T R H two five seven ...": digits after letters spelled out are the
  // end of a code read out, not a phone of their own
  if (cue.positive < 0 && spelledLettersBefore(ctx.before)) return null
  // "001-518-640-0854", "dial 011 44 ...": an international call prefix (00, or 011 from North America) instead of '+'
  const exit = w.digits.startsWith('011') && n >= 12 ? 3 : w.digits.startsWith('00') && n >= 11 ? 2 : 0
  if (exit > 0 && !cue.penalised) {
    const p = parsePhoneNumberFromString(`+${w.digits.slice(exit)}`)
    if (p?.isPossible() === true) return ok('phone_number', p.isValid() ? 1 : 0.7, 'phone-intl', p.isValid())
  }
  // "call Otieno back on 254725427157": an international number with its country code but no "+",
  // right after a phone word, valid for that country once the "+" is put back; written solid only
  // (in groups, "415-555-0192 3" is a number and a count)
  if (cue.positive >= 0 && cue.positive <= 3 && !cue.penalised && n >= 11 && n <= 13 && w.whole && w.groupCount === 1 && !/^[01]/.test(w.digits)) {
    const p = parsePhoneNumberFromString(`+${w.digits}`)
    if (p?.isValid() === true) return ok('phone_number', 0.85, 'phone-intl', true)
  }
  const lifted = cue.positive >= 0 || hasAny(ctx.after, PHONE_WORDS)
  const us = (n === 10 || (n === 11 && w.digits.startsWith('1'))) && (US_PHONE_SHAPES.test(shapeKey(w)) || ctx.spoken(w))
  const nat = n === 11 ? w.digits.slice(1) : w.digits
  if (us && NANP.test(nat)) {
    // "BILL OF LADING No. 9514811878": ten digits in one run, numbered by "No." with no phone word, are a document's
    if (!grouped && w.prefix !== '(' && !lifted && !ctx.spoken(w) && (ctx.before[0] === 'no' || ctx.before[0] === 'nr') && w.digits.length === 10) return null
    const valid = nanpValid(nat)
    let score = grouped || w.prefix === '(' ? (valid ? 0.85 : 0.7) : valid ? 0.5 : 0.4
    if (cue.penalised && w.prefix !== '(') score *= 0.5
    return ok('phone_number', boost(score, lifted && !cue.penalised), valid ? 'phone-us' : 'phone-us-shape', valid && grouped)
  }
  // Not a NANP number: other countries' shapes ("083 564 9312", "(0151) 3245 4985", "060-56-85-91"),
  // only with phone context, both for precision and because trying each region is the costliest check here.
  // The nearest context word decides ("card number is 0120 7316" is a card's, "Phone: 358 0594" a phone).
  // Said aloud, a number's grouping means nothing: a spoken number with a trunk 0 is as national as a grouped one.
  const national = n >= 8 && n <= 12 && w.digits.startsWith('0') && (grouped || ctx.spoken(w))
  const shaped = (grouped || w.prefix === '(') && n <= 13 && w.seps.every((sep) => PHONE_SEP.test(sep))
  const bare = !grouped && w.prefix === '' && n >= 8 && n <= 13
  if ((!national && !shaped && !bare) || cue.penalised) return null
  // A number labelled by a phone word right before it (the whole digit run) or right after it (the run's end).
  const labelBefore = w.whole && cue.positive >= 0 && (cue.positive <= 1 || (cue.positive === 2 && (!bare || ctx.spoken(w))))
  // ... or "..., that's my mobile", "... that is the cell"
  const labelAfter = labelledAfter(w, ctx, PHONE_LABELS)
  // A grouped 7-13 digit number right after a phone word ("Mobile: 723 813 266", "call me on 450 0840"),
  // or labelled right after it ("28-64-66-98 office", "3660170548-Fax"); a trunk 0 ("083 564 9312") adds weight.
  if ((labelBefore || labelAfter) && (shaped || bare) && phoneGroups(w)) {
    return ok('phone_number', national ? 0.8 : 0.7, 'phone-context', false)
  }
  // Else a national number of a known region with a phone word further before, or asked about as a
  // number right after ("is 020 7946 0009 still the best number?"). Trying each region costs ~30 us per
  // region, so only whole runs get here.
  // ... also written solid ("call me back on 07529875921"), when the phone word is a few words before it
  // ... or, ten digits from 6 to 9, as India's mobiles are said with no trunk 0 ("mera number ... nine eight three ...")
  const solidNational = !national && bare && w.whole && n >= 10 && n <= 12 && (w.digits.startsWith('0') || (n === 10 && /^[6-9]/.test(w.digits))) && cue.positive >= 0 && cue.positive <= 4
  if ((national || solidNational) && w.whole && (cue.positive >= 0 || (w.last === w.run.groups.length && numberNamedAfter(ctx.after)))) {
    for (const region of INTL_REGIONS) {
      const p = parsePhoneNumberFromString(w.digits, region)
      if (p?.isValid() === true) return ok('phone_number', boost(0.55, true), 'phone-national', false)
    }
  }
  // Without a phone word, a national mobile number written in groups ("07911 123456", "(0412) 345 678"):
  // as distinctive a shape as a North American number in groups, and the same certainty
  // (Germany's mobiles run to 12 digits: "0179 25258806")
  if (national && w.whole && (grouped || w.prefix === '(') && !ctx.spoken(w) && n >= 10 && n <= 12 && nationalMobile(w.digits)) {
    return ok('phone_number', 0.7, 'phone-national-mobile', true)
  }
  // ... and a landline written in three or more groups with its trunk 0 ("You can get me on 0131 496 0772",
  // "T: 0161 496 0417 | E: ..."), valid for a region tried: a shape references and amounts do not take
  if (national && w.whole && shaped && w.groupCount >= 3 && !ctx.spoken(w) && n >= 10 && n <= 11 && !namedRightBefore(ctx.before)) {
    for (const region of INTL_REGIONS) {
      if (parsePhoneNumberFromString(w.digits, region)?.isValid() === true) return ok('phone_number', 0.6, 'phone-national-grouped', true)
    }
  }
  // ... and written solid ("new sim, 07939340086 from now on") or read out ("zero seven four one four,
  // two four eight, seven three five"): a mobile number with its trunk 0 is still one, a little less
  // surely, unless the words right before it name another kind of number
  if (bare && w.whole && (n === 10 || n === 11) && w.digits.startsWith('0') && !namedRightBefore(ctx.before) && nationalMobile(w.digits)) {
    return ok('phone_number', 0.6, 'phone-national-mobile', true)
  }
  return null
}

/**
 * A toll-free number written in digits: North America's 800, 833, 844, 855, 866, 877 and 888 dialled
 * with the 1 ("1-800-555-0199"; without it, "855-537-6310" is as often a made-up personal number with
 * an area code drawn at random), the 0800, 0808 and 0508 of the UK, Europe, South Africa and New
 * Zealand, the 1800 and 1300 of Australia, Ireland and India, or any number written with its country
 * code that the numbering plan calls toll-free. Said aloud, the digits' groups are gone: only 1800, 1300
 * and 0800 numbers of full length count.
 */
function tollFree(w: DigitWindow, ctx: WindowContext): boolean {
  const d = w.digits
  // said aloud, only the shapes no personal number has ("one eight double oh ...", "oh eight hundred ..."); North
  // America's "one eight hundred ..." stays a phone: "reach me at" it is as often a person's line
  if (ctx.spoken(w)) return (d.length === 10 && /^1[38]00/.test(d)) || (d.length >= 10 && d.length <= 11 && /^0800/.test(d))
  if (w.prefix === '+') return parsePhoneNumberFromString(`+${d}`)?.getType() === 'TOLL_FREE'
  // (seen from "800-555-0199" too, when a "1" group stands right before it)
  const one = w.first > 0 && ctx.groupText(w, w.first - 1) === '1'
  if ((d.length === 11 && /^18(?:00|33|44|55|66|77|88)/.test(d)) || (one && d.length === 10 && /^8(?:00|33|44|55|66|77|88)/.test(d))) return true
  if (d.length >= 9 && d.length <= 11 && /^0(?:800|808|508)/.test(d)) return true
  return d.length === 10 && /^1[38]00/.test(d)
}

/** A valid mobile number, written with its trunk 0, of one of the countries tried (the first that takes it). */
function nationalMobile(digits: string): boolean {
  for (const region of MOBILE_REGIONS) {
    const p = parsePhoneNumberFromString(digits, region)
    if (p?.isValid() === true && p.getType() === 'MOBILE') return true
  }
  return false
}

/** Words between a number and the "number" that names it ("... still the best number", "... is my number"). */
const NUMBER_LEAD: ReadonlySet<string> = new Set(['still', 'is', 'the', 'my', 'your', 'his', 'her', 'our', 'their', 'best', 'right', 'correct', 'main', 'contact', 'good', 'new', 'that', "that's", 'thats'])

/** Right after the number, a few lead words and then "number" or a phone label. */
function numberNamedAfter(after: readonly string[]): boolean {
  for (const a of after) {
    if (a === 'number' || PHONE_LABELS.has(a)) return true
    if (!NUMBER_LEAD.has(a)) return false
  }
  return false
}

/** Two or more single letters right before the number (nearest first), not the words "a" and "I". */
function spelledLettersBefore(before: readonly string[]): boolean {
  let letters = 0
  for (const b of before) {
    if (b.length !== 1 || !/[a-z]/.test(b)) break
    letters++
  }
  return letters >= 2 && !(letters === 2 && (before[1] === 'a' || before[1] === 'i'))
}

/**
 * "+234 (0)1 229 8515", "+52 1 81 5287 5048": a national trunk 0 (or Mexico's old mobile 1) kept
 * after the country code; valid once that digit is dropped.
 */
function withoutTrunkDigit(digits: string): boolean {
  for (let cc = 1; cc <= 3 && cc < digits.length; cc++) {
    const d = digits.charAt(cc)
    if (d !== '0' && !(d === '1' && digits.startsWith('52'))) continue
    if (parsePhoneNumberFromString(`+${digits.slice(0, cc)}${digits.slice(cc + 1)}`)?.isValid() === true) return true
  }
  return false
}

const NANP = /^[2-9]\d{2}[2-9]\d{6}$/
const PHONE_SEP = /^[ .)-]{1,3}$/
/** What only a phone is called ("for the home delivery" is no phone's label). */
const PHONE_NAMES: ReadonlySet<string> = new Set(['phone', 'tel', 'telephone', 'mobile', 'cell', 'cellphone', 'fax', 'landline'])
/** What a social security number is called after it ("... for the social"). */
const SSN_LABELS: ReadonlySet<string> = new Set(['social', 'ssn', 'security'])
const FOR_AS: ReadonlySet<string> = new Set(['for', 'as'])
const OWNERS: ReadonlySet<string> = new Set(['the', 'my', 'his', 'her', 'your', 'their', 'our'])

/**
 * The number is labelled right after it: "... 0594 office", "..., that's my mobile", "... for the
 * social", "... as my phone" (the window ends its run, so the label is the number's own).
 */
function labelledAfter(w: DigitWindow, ctx: WindowContext, labels: ReadonlySet<string>): boolean {
  if (w.last !== w.run.groups.length) return false
  const a = ctx.after
  if (labels.has(a[0] ?? '')) return true
  return givenAsAfter(w, ctx, labels) || (THAT_IS.has(a[0] ?? '') && a.slice(1, 4).some((x) => labels.has(x)))
}

/** "... for the phone", "... as my social": the number is given as what the label names (and not "| phone case |"). */
function givenAsAfter(w: DigitWindow, ctx: WindowContext, labels: ReadonlySet<string>): boolean {
  if (w.last !== w.run.groups.length) return false
  const a = ctx.after
  return FOR_AS.has(a[0] ?? '') && (labels.has(a[1] ?? '') || (OWNERS.has(a[1] ?? '') && labels.has(a[2] ?? '')))
}

/** Words that start a label after a number ("..., that's my mobile"). */
const THAT_IS: ReadonlySet<string> = new Set(["that's", 'thats', 'that', "it's", 'its', 'is'])
/** Words that label the number just before them ("... 0594 office", "...-Fax"). */
const PHONE_LABELS: ReadonlySet<string> = new Set([
  'phone', 'tel', 'telephone', 'office', 'fax', 'mobile', 'cell', 'cellphone', 'home', 'work', 'landline',
])

/**
 * Group lengths of a phone said or written in groups: the last group has at least two digits ("415 555 0192 3"
 * is a phone and a count), and a leading group of five or more digits must be a trunk-prefixed area code
 * ("01632 960 001"); "61487 416 60 039" is a postcode before a phone.
 */
function phoneGroups(w: DigitWindow): boolean {
  const lengths = w.shape.split('-')
  if (lengths.length < 2) return true
  if (Number(lengths[lengths.length - 1]) < 2) return false
  // (only the leading group: Brazil's mobiles have five digits in the middle, "(21) 94619-7819";
  // India's are two groups of five, "98709 38848")
  const first = Number(lengths[0])
  return first < 5 || w.digits.charAt(0) === '0' || (lengths.length === 2 && first === 5 && Number(lengths[1]) === 5 && /^[6-9]/.test(w.digits))
}

export interface PhoneCue {
  /** Index (nearest first) of the nearest phone word before, or -1. */
  readonly positive: number
  /** True when a "not a phone" word (account, card, order, ID...) is nearer than any phone word. */
  readonly penalised: boolean
}

/**
 * "number" after a not-a-phone word ("card number", "order number", "social security number", "social
 * insurance number") belongs to that word, not to phones.
 */
function phoneCue(before: readonly string[], statement = Infinity): PhoneCue {
  let positive = -1
  let negative = -1
  for (let i = 0; i < before.length; i++) {
    const word = before[i] ?? ''
    const next = before[i + 1] ?? ''
    const owner = next === 'security' || next === 'insurance' ? (before[i + 2] ?? '') : next
    const owned = (word === 'number' || word === 'no' || word === 'num') && (NOT_PHONE_WORDS.has(owner) || OWNED_NOT_PHONE.has(owner))
    // "area code" is a phone's, not a code's
    const areaCode = word === 'code' && next === 'area'
    // "the phone number on the account": the account owns the number, it does not name it
    const possessor = ACCOUNT_WORDS.has(word) && owningAccount(before, i)
    // ("... said ticket TKT-46710. If you need me I'm on 07826 825474": another number's name in a statement
    // before this one names that number, not this)
    if (negative < 0 && i < statement && !areaCode && !possessor && (NOT_PHONE_WORDS.has(word) || owned)) negative = i
    if (positive < 0 && !owned && (PHONE_WORDS.has(word) || areaCode)) positive = i
  }
  // "text the code to 408-797-6090", "send the pin to ...": the number after "to" is where a message
  // goes, whatever is being sent
  if (before[0] === 'to' && positive > 0 && positive <= 4 && SENDS.has(before[positive] ?? '')) return { positive, penalised: false }
  return { positive, penalised: negative >= 0 && (positive < 0 || (negative < positive && !purposeOf(before, positive, negative)) || objectOf(before, positive, negative)) }
}

/**
 * The other number's name nearer than the phone word sits in a phrase after it that says what the
 * phone is for: "confirm your phone number for the OTP? ... it's <number>", "the phone number for the
 * order is <number>" (not right before the number: "the phone number for order 12345678").
 */
function purposeOf(before: readonly string[], phone: number, other: number): boolean {
  return other >= 1 && phone - other >= 2 && phone - other <= 4 && ofPhraseBetween(before, other, phone)
}

/** Prepositions and determiners that join another number's name to what it is for ("reference for today's call"). */
const OF_PHRASE: ReadonlySet<string> = new Set(['for', 'of', 'on', 'about', 'from', 'the', 'your', 'my', 'our', 'this', 'that', 'today', 'tonight'])
const OF_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'of', 'on', 'about', 'from'])

/**
 * The phone word at `phone` belongs to a phrase after the other number's name at `other` (nearest first):
 * "your reference for today's call is ...", "the case number on the call": that name names the number.
 */
function objectOf(before: readonly string[], phone: number, other: number): boolean {
  return other > phone + 1 && other <= phone + 4 && ofPhraseBetween(before, phone, other)
}

/** The words strictly between indexes `near` and `far` join two phrases: determiners and at least one preposition ("for the", "on your"). */
function ofPhraseBetween(before: readonly string[], near: number, far: number): boolean {
  let preposition = false
  for (let k = near + 1; k < far; k++) {
    const w = before[k] ?? ''
    if (!OF_PHRASE.has(w)) return false
    if (OF_PREPOSITIONS.has(w)) preposition = true
  }
  return preposition
}

/** Verbs whose "to <number>" names a phone ("text the code to ..."). */
const SENDS: ReadonlySet<string> = new Set(['text', 'texts', 'sms', 'message', 'call', 'whatsapp'])

function shapeKey(w: DigitWindow): string {
  return w.groupCount === 1 ? String(w.digitCount) : w.shape
}

/**
 * A calendar date written with `/`, `.` or `-` and a four-digit year (01/09/2025, 2025-09-01), or a
 * two-digit year after `/` or `.` (01/09/25; `40-11-62` stays a sort code): a renewal or due date
 * after "policy" or "account" is no account number.
 */
function writtenDate(w: DigitWindow): boolean {
  if (w.groupCount !== 3) return false
  const sep = w.uniformSepClass
  if (sep !== '/' && sep !== '.' && sep !== '-') return false
  const d = w.digits
  const [a, b, c] = w.shape.split('-').map(Number) as [number, number, number]
  if (a === 4 && b <= 2 && c <= 2) return dayMonth(Number(d.slice(a + b, a + b + c)), Number(d.slice(a, a + b)))
  if (a > 2 || b > 2 || (c !== 4 && (c !== 2 || sep === '-'))) return false
  return dayMonth(Number(d.slice(0, a)), Number(d.slice(a, a + b)))
}

/** A day and a month in either order. */
function dayMonth(x: number, y: number): boolean {
  return x >= 1 && y >= 1 && ((x <= 31 && y <= 12) || (x <= 12 && y <= 31))
}

/** Names of a phone line: nearer than an account word, they name the number after them as the line's. */
const LINE_NAMING: ReadonlySet<string> = new Set(['phone', 'telephone', 'mobile', 'cell', 'cellphone', 'landline', 'helpline', 'hotline', 'fax', 'tel', 'whatsapp'])

/** Words around Canada's bank codes ("direct deposit: transit 67356, institution 010, account ..."). */
const CANADIAN_BANK_CONTEXT: ReadonlySet<string> = new Set(['transit', 'deposit', 'bank', 'banking', 'cheque', 'payroll'])

export const classifyAccount: Classifier = (w, ctx) => {
  const n = w.digitCount
  // Canada's branch and bank codes, which an account number goes with: "transit 67356", "institution 010"
  if (w.whole && ((n === 5 && ctx.before[0] === 'transit') || (n === 3 && ctx.before[0] === 'institution' && hasAny(ctx.wordsBefore(w, 12), CANADIAN_BANK_CONTEXT))) && !ctx.amount(w)) {
    return ok('banking_information', 0.85, 'bank-code-ca', false)
  }
  // "is that the account ending in 6994?", "the account ending one eight oh six": an account's last digits,
  // said to tell which account it is
  // ... and a short number after its letters spelled out ("policy number p o l seven seven three two one")
  // is as long as an account number's
  // ... and so is five digits after a code of capitals ("client number TX-55102", "staff no. IN-22841")
  if (n < 6 && !(n >= 4 && w.whole && spelledLettersBefore(ctx.before) && letterCountBefore(ctx.before) + n >= 7) && !(n === 5 && w.whole && ctx.codePrefixed(w))) {
    return w.whole && n >= 3 && accountEnding(ctx.before) && !ctx.amount(w) ? ok('account_number', 0.8, 'account-ending', false) : null
  }
  if (!w.whole || n > 18 || (n > 17 && !hasAny(ctx.before, LONG_ACCOUNT_WORDS)) || (w.groupCount > 4 && !ctx.spoken(w)) || writtenDate(w)) return null
  // "customer reply (2024-08-20 13:09)": a date and an hour
  if (ctx.hourAfter(w)) return null
  // "client": "v7.16.8.105": four or more groups apart by dots are a version or an address ("12.34.5678" may be an account)
  if (w.uniformSepClass === '.' && (w.groupCount >= 4 || ctx.dottedOn(w))) return null
  // ("routing 021000021, account 123456789. Reference INV-2025-16670": after the number the account's word named,
  // another kind of number named on its own)
  const own = ctx.ownBefore(w)
  if (own.length < ctx.before.length && accountWordAt(own) < 0 && own.some((b) => OTHER_NUMBER_WORDS.has(b))) return null
  let before = ctx.before
  // the spelled letters of the number itself ("policy number h o m 30073407") do not push the word away
  let letters = 0
  while ((before[letters] ?? '').length === 1) letters++
  // ... nor does its code of capitals ("customer reference with you is CR-7730196")
  if (letters === 0 && ctx.codePrefixed(w)) letters = 1
  let pos = accountWordAt(before)
  // ... nor out of reach: then look further ("the member id we have on file is m b r 5275...")
  if (pos < 0 && letters >= 2) {
    const wider = ctx.wordsBefore(w, 8 + letters)
    const at = accountWordAt(wider)
    if (at >= 0) {
      before = wider
      pos = at
    }
  }
  // "a deposit of $2,459.99", "a deposit of eighteen hundred twenty three dollars": a sum, not an account
  if (pos >= 0 && ctx.amount(w)) return null
  // "subscriber Layla Murphy, SSN 569546743": a social security word nearer than the account's names the number,
  // and so does a phone line's ("call the customer helpline on 1800 ...", "account 4471, mobile 0412 ...")
  // ... and an identity document's ("my driver account ... my licence number is D415-3382-7719")
  for (let k = 0; k < pos; k++) if (SSN_NAMING.has(before[k] as string) || LINE_NAMING.has(before[k] as string) || DOCUMENT_NAMING.has(before[k] as string)) return null
  let spelled = Math.min(letters, Math.max(pos, 0))
  // ... nor does a phrase saying where it is found ("member ID on the card is ...")
  for (let k = spelled; k < pos; k++) {
    const located = locativeLength(before, k)
    if (located > 0 && k + located <= pos) {
      spelled += located
      break
    }
  }
  // ... nor does the caller looking for it ("my account is, hang on, let me find it, 77132973")
  if (pos - spelled > 4 && before.slice(spelled, pos).every((b) => LOOKING_WORDS.has(b) || COPULAS.has(b))) spelled = pos
  // ... or the number answers a question that asked for one ("Do you have your patient ID handy? Yeah, it's 93032248")
  if (pos < 0 || (pos - spelled > 4 && !numberReferringBack(before, pos)) || namedOtherwise(before, pos)) {
    // (a word of the question that asked for it names no other number: "the account number from the statement?")
    const asked = ctx.accountAsked()
    if ((pos >= 0 && namedOtherwise(before, pos) && !asked) || n > 14) return null
    // (not when the words before it already named it: "Your reference is 77 31 05 for the savings account")
    const namedAfter = !asked && accountNamedAfter(ctx.after) && !before.slice(0, 4).some((b) => OTHER_NUMBER_WORDS.has(b))
    if ((!asked && !namedAfter) || ctx.amount(w)) return null
    return ok('account_number', 0.8, asked ? 'account-asked' : 'account-named-after', false)
  }
  if (ownedByAccount(before, pos)) return null
  if (n === 9 && hasAny(before, ROUTING_WORDS) && abaValid(w.digits)) {
    return ok('banking_information', 0.95, 'aba-routing', true)
  }
  const type: PiiType = hasAny(before, BANK_WORDS) ? 'banking_information' : 'account_number'
  return ok(type, 0.9, 'account-context', false)
}

/**
 * What owns a "number" that is never a phone's, named right before it only ("company registration number
 * 04521987", "registered company no."): alone these words say nothing of a phone ("registration is done: ...").
 */
const OWNED_NOT_PHONE: ReadonlySet<string> = new Set(['registration', 'company', 'charity', 'vat', 'frn', 'crd', 'utr', 'paye'])

/** Identity documents' words: nearer than an account word, they name the number. */
const DOCUMENT_NAMING: ReadonlySet<string> = new Set(['licence', 'license', 'passport'])

/** How many single letters are spelled right before the number. */
function letterCountBefore(before: readonly string[]): number {
  let k = 0
  while (k < before.length && /^[a-z]$/.test(before[k] as string)) k++
  return k
}

/**
 * "the zip code on the account? It's 14612", "the phone number for the account": the account word
 * names whose the number is, the word before it names what it is. "the number on the account" and
 * "the routing on the account" stay the account's.
 */
function ownedByAccount(before: readonly string[], pos: number): boolean {
  if (!owningAccount(before, pos)) return false
  const named = before[pos + 3]
  if (named === undefined || ACCOUNT_WORDS.has(named)) return false
  if (named === 'number' || named === 'no' || named === 'num') return NOT_PHONE_WORDS.has(before[pos + 4] ?? '') ? false : PHONE_WORDS.has(before[pos + 4] ?? '')
  return true
}
const OWNING: ReadonlySet<string> = new Set(['on', 'for', 'of', 'under', 'with'])
const OWNERS_DET: ReadonlySet<string> = new Set(['the', 'your', 'my', 'this'])

/** The account word at `pos` (nearest first) is said as an owner: "on the account", "for your account". */
function owningAccount(before: readonly string[], pos: number): boolean {
  return OWNERS_DET.has(before[pos + 1] ?? '') && OWNING.has(before[pos + 2] ?? '')
}

/** Account numbers of 18 digits: Mexico's CLABE. */
const LONG_ACCOUNT_WORDS: ReadonlySet<string> = new Set(['clabe', 'cuenta'])

/** Where the nearest account word is among the words before (nearest first), "a/c" included; -1 when none. */
function accountWordAt(before: readonly string[]): number {
  // "the card number on your account is ...": an account word that says where the number is found names nothing
  let word = -1
  for (let i = 0; i < before.length && word < 0; i++) if (ACCOUNT_WORDS.has(before[i] ?? '') && locativeLength(before, i) === 0) word = i
  // "a/c 7213...", "my a/c no. 2925...": read as the words "c", "a"
  const limit = word < 0 ? before.length : word
  for (let k = 0; k + 1 < limit; k++) if (before[k] === 'c' && before[k + 1] === 'a') return k
  return word
}

/** "account ending (in)", "account ends in", "account number ending": the words right before an account's last digits. */
function accountEnding(before: readonly string[]): boolean {
  const at = before[0] === 'in' ? 1 : 0
  const verb = before[at]
  if (verb !== 'ending' && verb !== 'ends') return false
  for (let k = at + 1; k <= at + 3 && k < before.length; k++) {
    const word = before[k] ?? ''
    if (ACCOUNT_WORDS.has(word)) return true
    if (word !== 'number' && word !== 'no') return false
  }
  return false
}

/**
 * AssemblyAI's `healthcare_number` ("healthcare numbers and health plan beneficiary numbers"): a number
 * named right before it as a medical record's, a patient's or a national health scheme's ("MRN 2463617",
 * "her medical record number is ...", "Pt ID 9133 8179", "NHS number 943 476 5919").
 */
export const classifyHealthcareNumber: Classifier = (w, ctx) =>
  // ("And your NHS number, if you have it?\nSpeaker B: Yes, it's 444 269 0103": the answer to a question that asked for one)
  w.whole && (namesHealthNumber(ctx.before) || healthNamedAfter(ctx.after) || ctx.numberAsked() === 'health') && !ctx.amount(w) ? HEALTHCARE : null

/** The words right after a number name it a patient's ("..., I think that's my patient number", "... is my NHS number"). */
function healthNamedAfter(after: readonly string[]): boolean {
  const k = nameStartAfter(after, ACCOUNT_AFTER_LEAD)
  if (k < 0) return false
  for (let i = k; i < k + 2; i++) {
    const word = after[i] ?? ''
    // (the context's last word may be the owner: its noun lies beyond the five words read)
    if ((HEALTH_OWNERS.has(word) || HEALTH_SCHEMES.has(word)) && (i + 1 >= after.length || HEALTH_ID_NOUNS.has(after[i + 1] ?? ''))) return true
  }
  return false
}

/** The words right before a number (nearest first) name it a health number (see `classifyHealthcareNumber`). */
export function namesHealthNumber(b: readonly string[]): boolean {
  let k = 0
  // past the spelled letters of the number itself ("hospital number r x oh two ..."; not the "d" of "I D")
  while (k < 3 && (b[k] ?? '').length === 1 && !(b[k] === 'd' && b[k + 1] === 'i')) k++
  // ... "is", "it's" and a hesitation ("my patient ID is erm 6309651"), and where ("her hospital number here is ...")
  while (k < 6 && (COPULAS.has(b[k] ?? '') || HESITATIONS.has(b[k] ?? '') || (b[k] === 'here' && k > 0))) k++
  // ... "as" where it is read back ("I've got the patient's MRN as 9210228")
  if (b[k] === 'as' && k < 6) k++
  // ... and where it is read ("the hospital number on the letter is ...", "his hospital number at St George's is ...")
  k += locativeLength(b, k)
  if (!HEALTH_ID_NOUNS.has(b[k] ?? '') && !HEALTH_SCHEMES.has(b[k] ?? '')) {
    for (let p = k + 1; p <= k + 3; p++) {
      if (HEALTH_ID_NOUNS.has(b[p + 1] ?? '') && (b[p] === 'at' || b[p] === 'in' || b[p] === 'from') && k > 0 && COPULAS.has(b[k - 1] ?? '')) {
        k = p + 1
        break
      }
    }
  }
  // "MRN 246...", "NHS 943 ...": the scheme's name alone
  if (HEALTH_SCHEMES.has(b[k] ?? '')) return true
  // "... number", "... ID" (or "I D" spelled), maybe both ("patient ID number")
  if (b[k] === 'd' && b[k + 1] === 'i') k += 2
  else if (HEALTH_ID_NOUNS.has(b[k] ?? '')) k++
  else return false
  if (HEALTH_ID_NOUNS.has(b[k] ?? '')) k++
  const owner = b[k] ?? ''
  // (a hospital's number is its patient's: the NHS trusts' "hospital number", the chart number)
  // ("medical aid no.": South Africa's health insurance; "medical card number": Ireland's GMS card)
  // ("health card", "health card number", "health plan ID": a health scheme's card or plan, not a health score)
  if (HEALTH_SCHEMES.has(owner) || HEALTH_OWNERS.has(owner) || ((owner === 'record' || owner === 'aid') && b[k + 1] === 'medical') || (owner === 'medical' && b[k - 1] === 'card')) return true
  if ((owner === 'health' && (b[k - 1] === 'card' || b[k - 1] === 'number')) || (owner === 'plan' && b[k + 1] === 'health')) return true
  // "his OHIP card is here, the number is ...": "the number" of a scheme's card or number named just before
  if (owner !== 'the') return false
  for (let p = k + 1; p <= k + 5 && p < b.length; p++) {
    const w = b[p] ?? ''
    if (HEALTH_SCHEMES.has(w)) return true
    if (OTHER_NUMBER_WORDS.has(w) && w !== 'card') return false
  }
  return false
}
const HEALTHCARE: Classified = ok('healthcare_number', 0.9, 'healthcare-context', false)
/** A caller looking for a number between its name and the number ("hang on, let me find it", "one sec", "bear with me"). */
const LOOKING_WORDS: ReadonlySet<string> = new Set([
  'hang', 'hold', 'on', 'let', 'me', 'find', 'check', 'see', 'get', 'grab', 'it', 'one', 'sec', 'second', 'moment', 'just', 'bear',
  'with', 'wait', 'uh', 'um', 'erm', 'er', 'okay', 'ok', 'right', 'here', 'got', 'so', 'yeah',
])
/** Words that name a social security number on their own, nearer than an account word ("SSN", "social"). */
const SSN_NAMING: ReadonlySet<string> = new Set(['ssn', 'ssns', 'social', 'socials', 'itin', 'taxpayer'])
/** Whose number a health number is, besides a scheme's ("patient number", "hospital number"). */
const HEALTH_OWNERS: ReadonlySet<string> = new Set(['patient', 'pt', 'hospital', 'chart'])
/** A hesitation between a number's name and the number. */
const HESITATIONS: ReadonlySet<string> = new Set(['uh', 'um', 'er', 'erm', 'uhm', 'umm'])
/** What a health number is called after its owner ("patient ID", "NHS number", "medical record no.", "PhilHealth PIN"). */
const HEALTH_ID_NOUNS: ReadonlySet<string> = new Set(['number', 'no', 'num', 'id', 'card', 'identifier', 'pin'])
/** Names of medical records and national health schemes that name a number on their own ("MRN", "NHS number", "Medicare number"). */
const HEALTH_SCHEMES: ReadonlySet<string> = new Set([
  'mrn', 'uhid', 'nhs', 'medicare', 'medicaid', 'chi', 'ihi', 'ehic', 'ahcccs', 'mbi', 'nhi', 'ohip', 'krankenversichertennummer', 'versichertennummer',
  // Canada's provincial numbers (a personal health number, Alberta's, Ontario's card, Quebec's) and India's health account
  'phn', 'ahcip', 'hcn', 'ramq', 'abha',
  // Ghana's and Nigeria's health insurance schemes, Jamaica's health fund and drug plan, the Philippines', a Nigerian HMO's enrollee
  'nhis', 'nhia', 'nhf', 'jadep', 'philhealth', 'enrollee',
  // Germany's card number (KVNR), Kenya's former fund, and US health insurers' member IDs ("UHC ID YRB033264601")
  'kvnr', 'nhif', 'uhc', 'bcbs', 'aetna', 'cigna', 'humana', 'anthem', 'tricare', 'kaiser', 'molina', 'ambetter',
])

export const classifyCvv: Classifier = (w, ctx) => {
  // ("The payment of $482 has been applied": a sum, whatever was asked before)
  if (!w.whole || w.groupCount !== 1 || w.digitCount < 3 || w.digitCount > 4 || ctx.amount(w)) return null
  // ("the cvv  975  i'll charge 1749 now": a sum charged, whatever was named before it)
  const before = ctx.before
  if (CHARGE_WORDS.has(before[0] ?? '')) return null
  const direct = hasAny(before, CVV_WORDS)
  const near = before.slice(0, 6)
  // "the code on the back", "the security code"; "expires october 2025 and the code is 804": the code
  // said after a card's expiry is its security code
  const code = near.includes('code') && (hasAny(before, CVV_CODE_WORDS) || hasAny(ctx.wordsBefore(w, 12), STRONG_EXPIRY_WORDS))
  // "the three digits on the back are 771"
  const backDigits = near.includes('back') && hasAny(near, DIGITS_WORDS)
  return direct || code || backDigits ? ok('credit_card_cvv', 0.85, 'cvv-context', false) : null
}

export const classifyExpiry: Classifier = (w, ctx) => {
  if (!w.whole || !/^(?:2-2|2-4|1-2|1-4|4)$/.test(w.shape) || ctx.amount(w)) return null
  // ("Expiration? 06/27 ... I'll charge 9.99 now": a sum charged, whatever was named before it)
  const before = ctx.before
  if (CHARGE_WORDS.has(before[0] ?? '')) return null
  if (!hasAny(before, EXPIRY_WORDS) && !hasAny(before.slice(0, 3), CARD_WORDS)) return null
  const month = Number(w.digits.slice(0, w.shape.startsWith('1') ? 1 : 2))
  if (month < 1 || month > 12) return null
  // "closes at eight thirty pm", "until six forty in the morning": a time of day; "between four fifty
  // and five p m": a time range
  if (TIME_AFTER.has(ctx.after[0] ?? '') || (before[0] === 'between' && ctx.after[0] === 'and')) return null
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

/** What the digits of a card's back are called ("the three digits on the back"). */
const DIGITS_WORDS: ReadonlySet<string> = new Set(['digits', 'numbers', 'digit', 'number'])

/** Words right before a sum ("I'll charge 9.99 now", "a refund of 17.49"). */
const CHARGE_WORDS: ReadonlySet<string> = new Set(['charge', 'charged', 'charging', 'refund', 'refunded', 'pay', 'paid', 'paying', 'owe', 'owes', 'total', 'balance', 'cost', 'costs', 'price', 'fee'])

/** Expiry words that also say when other things end. */
const WEAK_EXPIRY_WORDS: ReadonlySet<string> = new Set(['through', 'until', 'valid'])
/** Words after a number that make it a time of day. */
const TIME_AFTER: ReadonlySet<string> = new Set(['am', 'pm', 'a', 'p', "o'clock", 'oclock', 'hours', 'hrs', 'tonight', 'tomorrow', 'today'])

/** "d o b", "d.o.b.": the letters said one by one (nearest first in `before`). */
function spelledDob(before: readonly string[]): boolean {
  for (let i = 0; i + 2 < before.length; i++) if (before[i] === 'b' && before[i + 1] === 'o' && before[i + 2] === 'd') return true
  return false
}

/** `05/18/1948`, `1948-05-18`: three parts joined by one separator, the year in four digits. */
function writtenFullDate(w: DigitWindow): boolean {
  if (w.groupCount !== 3 || w.uniformSepClass === null || w.uniformSepClass === ' ') return false
  return w.shape.startsWith('4-') || w.shape.endsWith('-4')
}

/** A birth year from its last two digits: 00-25 this century, the rest the last. */
const fullYear = (yy: number): number => (yy <= 25 ? 2000 + yy : 1900 + yy)

export const classifyNumericDob: Classifier = (w, ctx) => {
  // a birth word (or "d o b") among the words before the run
  // a written date with a four-digit year may answer a question asked a few sentences before
  // ... or "b." (born) right before it ("Applicant: Lihua Zhang | b. 2004-02-14")
  // ... or named one right after it ("3/4/1984 is my date of birth", "..., that's my d o b")
  if (!(ctx.perRun.birthCue ??= birthCue(ctx.before) || spelledDob(ctx.before)) && !(writtenFullDate(w) && (ctx.bornAbbreviated(w) || ctx.birthNamedAfter(w) || ctx.birthAsked()))) return null
  if (otherDateLabelled(ctx.lineBefore())) return null
  // "date of birth may 20th 1951  passport v e 160518": a document's word said after the birth date, on
  // the number's line, names this number (a table's header naming a passport column elsewhere does not)
  const own = ctx.lineBefore()
  const document = firstIndex(own, ID_DOCUMENT_NOUNS)
  if (document >= 0 && document < firstIndexOr(own, DOB_WORDS, Infinity)) return null
  // "for example, 01/31/1980": a prompt's example is nobody's birth date
  if (ctx.exampleBefore(w)) return null
  // "[23/03/2024, 13:21:14] Alistair: ... and DOB?": a date with its time of day is a timestamp
  if (ctx.timeAfter(w)) return null
  const parts = splitShape(w)
  let m: number | undefined
  let d: number | undefined
  let y: number | undefined
  // Spoken "august twenty nine ninety six" -> "august 29 96", "november seven seventy six" -> "november
  // 7 76": the month said as a word, then the day and a two-digit year
  if (w.whole && MONTH_WORDS.has(ctx.before[0] ?? '') && parts.length === 2 && (parts[0]?.length ?? 0) <= 2 && parts[1]?.length === 2) {
    const day = Number(parts[0])
    if (day < 1 || day > 31) return null
    return { ...ok('date_of_birth', 0.9, 'dob-numeric', false), withWordBefore: true }
  }
  if (parts.length === 3 && w.uniformSepClass !== null) {
    const [a, b, c] = parts as [string, string, string]
    if (a.length === 4) [y, m, d] = [Number(a), Number(b), Number(c)]
    else if (c.length === 4 || c.length === 2) {
      ;[m, d, y] = [Number(a), Number(b), c.length === 2 ? 1900 + Number(c) : Number(c)]
      if (m > 12 && d <= 12) [m, d] = [d, m]
    }
  } else if (parts.length === 2 && (parts[0]?.length ?? 0) <= 2 && parts[1]?.length === 4 && Number(parts[1]) < 1900) {
    // Spoken "three fourteen eighty seven" -> "3 1487", "oh three fourteen eighty seven" -> "03 1487":
    // the month, then the day and a two-digit year read as one number
    const p = parts[1] as string
    ;[m, d, y] = [Number(parts[0]), Number(p.slice(0, 2)), fullYear(Number(p.slice(2)))]
    if (m > 12 && d <= 12) [m, d] = [d, m]
  } else if (parts.length === 2 && (parts[0]?.length ?? 0) <= 2 && Number(parts[0]) >= 1 && Number(parts[0]) <= 12 && /^19\d\d$/.test(parts[1] ?? '') && w.whole && birthCueNear(ctx)) {
    // Spoken "seven nineteen eighty", "two nineteen eighty six" -> "7 1980", "2 1986": after a birth word,
    // the month, then the day nineteen and a two-digit year read as one year (either reading is a birth date)
    ;[m, d, y] = [Number(parts[0]), 19, 1900 + Number((parts[1] as string).slice(2))]
  } else if (parts.length === 2 && parts[0]?.length === 2 && parts[1]?.length === 4) {
    // Spoken "two four nineteen seventy" -> "24 1970".
    ;[m, d, y] = [Number(parts[0][0]), Number(parts[0][1]), Number(parts[1])]
  } else if (parts.length === 2 && parts[0]?.length === 4 && (parts[1]?.length === 4 || parts[1]?.length === 2)) {
    // Spoken "oh three oh five nineteen eighty seven" -> "0305 1987", "oh four oh seven eighty six" ->
    // "0407 86"; "fourteen oh three nineteen eighty seven" -> "1403 1987" (the day first)
    const yy = parts[1] as string
    ;[m, d, y] = [Number(parts[0].slice(0, 2)), Number(parts[0].slice(2)), yy.length === 2 ? fullYear(Number(yy)) : Number(yy)]
    if (m > 12 && d <= 12) [m, d] = [d, m]
  } else if (parts.length === 2 && parts[0]?.length === 3 && parts[1]?.length === 4 && w.whole && birthCueNear(ctx)) {
    // Spoken "oh three four nineteen seventy-three" -> "034 1973", "one twenty-three nineteen eighty" ->
    // "123 1980": month and day said digit by digit (a leading zero makes the month two digits)
    const p = parts[0] as string
    const dayFirst = Number(p.slice(1))
    ;[m, d] = p.startsWith('0') || dayFirst > 31 ? [Number(p.slice(0, 2)), Number(p.slice(2))] : [Number(p.slice(0, 1)), dayFirst]
    y = Number(parts[1])
  } else if (parts.length === 2 && parts[0]?.length === 2 && parts[1]?.length === 2 && w.whole && birthCueNear(ctx)) {
    // Spoken "born on five eight seventy-four" -> "58 74", "one two eighty-three" -> "12 83": month, day, year
    const p = parts[0] as string
    ;[m, d, y] = [Number(p.charAt(0)), Number(p.charAt(1)), fullYear(Number(parts[1]))]
  } else if (parts.length === 1 && parts[0]?.length === 8 && w.whole) {
    // "03051987" / spoken digits read straight through.
    const p = parts[0]
    ;[m, d, y] = [Number(p.slice(0, 2)), Number(p.slice(2, 4)), Number(p.slice(4))]
  } else if (parts.length === 1 && parts[0]?.length === 6 && w.whole) {
    // "dob is one two one five eight eight" -> "121588": month, day and a two-digit year (or day first)
    const p = parts[0]
    ;[m, d, y] = [Number(p.slice(0, 2)), Number(p.slice(2, 4)), 1900 + Number(p.slice(4))]
    if (m > 12 && d <= 12) [m, d] = [d, m]
  }
  if (m === undefined || d === undefined || y === undefined) return null
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2100) return null
  return ok('date_of_birth', 0.9, 'dob-numeric', false)
}

/**
 * The words right after a number name it an account's ("..., that's the checking account", "... thats my
 * frequent flyer number"): a lead word, maybe an owner, then an account word within two more words.
 */
function accountNamedAfter(after: readonly string[]): boolean {
  const k = nameStartAfter(after, ACCOUNT_AFTER_LEAD)
  if (k < 0) return false
  for (let i = k; i < k + 3 && i < after.length; i++) {
    const word = after[i] ?? ''
    if (ACCOUNT_WORDS.has(word)) return true
    if (OTHER_NUMBER_WORDS.has(word) || PHONE_WORDS.has(word) || word === 'number') return false
  }
  return false
}

/**
 * Where the name given to a value right after it starts ("..., that's my frequent flyer number"):
 * past one or two lead words and an owner; -1 when no lead word stands there.
 */
function nameStartAfter(after: readonly string[], leads: ReadonlySet<string>): number {
  // (past a hedge: "..., I think that's my member number")
  let k = after[0] === 'i' && HEDGES.has(after[1] ?? '') ? 2 : 0
  const start = k
  while (k < start + 2 && leads.has(after[k] ?? '')) k++
  if (k === start) return -1
  return VALUE_OWNERS.has(after[k] ?? '') ? k + 1 : k
}

/** "I think", "I believe" before the words naming a number after it. */
const HEDGES: ReadonlySet<string> = new Set(['think', 'believe', 'guess', 'reckon'])
/** What introduces a name for the number before it ("is", "that's"; not "for the savings account", a purpose). */
const ACCOUNT_AFTER_LEAD: ReadonlySet<string> = new Set(['is', 'was', "that's", 'thats', 'that', "it's", 'its', 'which'])
const VALUE_OWNERS: ReadonlySet<string> = new Set(['my', 'his', 'her', 'their', 'your', 'the'])

/** A birth word among the three words right before the number ("born on", "date of birth", "dob is"). */
function birthCueNear(ctx: WindowContext): boolean {
  return birthCue(ctx.before.slice(0, 3)) || spelledDob(ctx.before.slice(0, 5))
}

function splitShape(w: DigitWindow): string[] {
  const out: string[] = []
  let offset = 0
  for (const len of w.shape.split('-').map(Number)) {
    out.push(w.digits.slice(offset, offset + len))
    offset += len
  }
  return out
}

/**
 * "my checking account ends in 4432 and the full number is 987654432": a bare "number" right before
 * the digits points back to the account named earlier in the sentence, when no phone word is in between.
 */
function numberReferringBack(before: readonly string[], accountAt: number): boolean {
  const numberAt = before.indexOf('number')
  if (numberAt < 0 || numberAt > 2) return false
  for (let i = 0; i < accountAt; i++) if (i !== numberAt && PHONE_WORDS.has(before[i] ?? '')) return false
  return true
}

function firstIndexOr(words: readonly string[], set: ReadonlySet<string>, none: number): number {
  const i = firstIndex(words, set)
  return i < 0 ? none : i
}

function firstIndex(words: readonly string[], set: ReadonlySet<string>): number {
  for (let i = 0; i < words.length; i++) if (set.has(words[i] ?? '')) return i
  return -1
}

function ok(type: PiiType, confidence: number, detector: string, validated: boolean): Classified {
  return { type, confidence, detector, validated }
}

export interface GatedClassifier {
  readonly classify: Classifier
  /** Window digit counts the classifier can accept at all: a cheap gate, checked before the call. */
  readonly minDigits: number
  readonly maxDigits: number
  /** Only windows covering their whole digit run. */
  readonly wholeOnly: boolean
  /** When set, the classifier needs one of these context words: a text without any of them is skipped. */
  readonly trigger: RegExp | null
}

const gate = (
  classify: Classifier,
  minDigits: number,
  maxDigits: number,
  wholeOnly: boolean,
  trigger: RegExp | null = null,
): GatedClassifier => ({ classify, minDigits, maxDigits, wholeOnly, trigger })

/** The gates restate each classifier's own first checks (it still makes them); they only save calls. */
export const NUMERIC_CLASSIFIERS: readonly GatedClassifier[] = [
  gate(classifyIpv4, 4, 12, false),
  gate(classifyCard, 12, 19, false),
  gate(classifySsn, 9, 9, false),
  gate(classifySsnLastFour, 4, 4, false, /ssn|social|\bss\b/i),
  gate(classifyPhone, 7, 15, false),
  gate(classifyHealthcareNumber, 5, 14, true, /mrn|uhid|medical record|medical aid|medical card|patient|hospital|chart|\bpt\b|nhs|medicare|medicaid|\bchi\b|\bihi\b|ehic|ahcccs|\bmbi\b|\bnhi\b|ohip|versichertennummer|\bphn\b|ahcip|\bhcn\b|ramq|\babha\b|nhis|nhia|\bnhf\b|jadep|philhealth|enrollee|health (?:card|number|plan)|kvnr|nhif|\buhc\b|bcbs|aetna|cigna|humana|anthem|tricare|kaiser|molina|ambetter/i),
  gate(classifyAccount, 3, 18, true, new RegExp(`${substringTrigger(ACCOUNT_WORDS).source}|a/c|patient|subscriber`, 'i')),
  gate(classifyCvv, 3, 4, true, substringTrigger(CVV_WORDS, new Set(['code', 'back']))),
  gate(classifyExpiry, 3, 6, true, substringTrigger(EXPIRY_WORDS)),
  // a date has at most eight digits (03/04/1990, 1990-04-03, 03041990): longer windows never are one
  gate(classifyNumericDob, 3, 8, false, new RegExp(`${substringTrigger(DOB_WORDS).source}|\\bd\\.? ?o\\.? ?b\\b|\\bb\\. ?\\d`, 'i')),
]

/** An IP word before, or "IP" spelled out ("the i p v four side": nearest first, so "p" then "i"). */
function ipCue(before: readonly string[]): boolean {
  if (hasAny(before, IP_WORDS)) return true
  for (let k = 0; k + 1 < before.length; k++) if (before[k] === 'p' && before[k + 1] === 'i') return true
  return false
}
