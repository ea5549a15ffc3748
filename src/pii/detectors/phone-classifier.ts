/**
 * Phone numbers in digit windows: NANP and international shapes, cues before and after, and the dates,
 * toll-free lines and other numbers that are not someone's phone.
 *
 * @module
 */
import { isIPv4 } from 'node:net'
import { type CountryCode, parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { IDENTITY_SCHEME_WORDS, NOT_PHONE_WORDS, PHONE_WORDS } from '../internal/context-lexicon.js'
import { boost, hasAny } from '../internal/context-words.js'
import type { DigitGroup, DigitWindow } from '../internal/digit-runs.js'
import { nanpValid } from '../internal/nanp-validity.js'
import {
  COPULAS, type Classifier, givenAsAfter, labelledAfter, namedRightBefore, ok, phoneCue, SPEAKER_WORDS, spelledLettersBefore,
  THAT_IS, versionWordAt, type WindowContext, writtenDate,
} from './classifier-context.js'

/** The window is an IPv4 address written with dots, maybe with a CIDR prefix after it ("172.17.134.0/23"). */
function ipv4Shaped(w: DigitWindow, ctx: WindowContext): boolean {
  if (w.groupCount !== 4 && !(w.groupCount === 5 && w.seps[3] === '/')) return false
  if (w.seps[0] !== '.' || w.seps[1] !== '.' || w.seps[2] !== '.') return false
  const octets = [0, 1, 2, 3].map((k) => ctx.groupText(w, w.first + k))
  return isIPv4(octets.join('.'))
}

/** The window shares a group with a dotted IPv4 address in its run ("218.216.64/29" of "74.218.216.64/29"). */
function overlapsDottedIpv4(w: DigitWindow, ctx: WindowContext): boolean {
  const seps = w.run.seps
  for (let a = Math.max(0, w.first - 3); a < w.last && a + 3 < w.run.groups.length; a++) {
    // (four dotted groups and no more: "03.93.92.16.85" is a French phone's five)
    if (seps[a] !== '.' || seps[a + 1] !== '.' || seps[a + 2] !== '.' || seps[a - 1] === '.' || seps[a + 3] === '.') continue
    if (isIPv4([0, 1, 2, 3].map((k) => ctx.groupText(w, a + k)).join('.'))) return true
  }
  return false
}

const US_PHONE_SHAPES = /^(?:10|11|3-3-4|1-3-3-4|3-7|1-3-7|3-3-2-2|6-4|3-\d{1,2}-\d{1,2}-\d{1,2}-\d{1,2})$/
const INTL_REGIONS: readonly CountryCode[] = ['GB', 'DE', 'FR', 'IT', 'ES', 'NL', 'AU', 'IN', 'BR', 'MX', 'IE', 'BE', 'CH', 'AT', 'PL']
/**
 * Where a mobile number is written with a trunk 0 and nothing else says it is one: also the Philippines, Nigeria, South
 * Africa, New Zealand, and South Asia's, the Gulf's, East and Southeast Asia's, Kenya's, Egypt's and Turkey's mobiles
 * ("03335415327" in Pakistan, "01451641522" in Bangladesh, "010-" in Korea).
 */
const MOBILE_REGIONS: readonly CountryCode[] = [...INTL_REGIONS, 'PH', 'NG', 'ZA', 'NZ', 'PK', 'BD', 'LK', 'KE', 'EG', 'MY', 'ID', 'TR', 'SA', 'AE', 'KR', 'JP', 'TH', 'VN', 'GH', 'UG', 'TZ', 'ZM', 'ZW', 'RW']
/** An ISO date's group lengths (2024-03-18); a day-month-year date is told by `writtenDate`. */
const ISO_DATE_SHAPE = /^4-[12]-[12]$/

/** A line opened by a record's label ("Victim:", "Next of kin:"), the label captured. */
const LABELLED_LINE = /(?:^|\n)[ \t]*(\p{L}[\p{L} .'’-]{0,30}):[ \t][^\n]*$/u
/** A transcript's speaker, whose line answers the line before ("Caller: It's 240318-0042" answers "their incident number?"). */
const speakerLabel = (label: string): boolean => SPEAKER_WORDS.has(label.toLowerCase()) || /^(?:speaker \w{1,2}|[a-z])$/i.test(label)

/**
 * The number's line is a record's field: opened by a label no speaker's, and its own words before the number name
 * no other kind of number.
 */
function ownLabelledLine(before: string, lineWords: readonly string[]): boolean {
  if (!before.includes('\n')) return false
  const label = LABELLED_LINE.exec(before)?.[1]
  return label !== undefined && !speakerLabel(label.trim()) && !phoneCue(lineWords).penalised
}

/** The number is a colon list's second field, after a first field with no digits ("claim: Ann Lee, <number>"). */
const SECOND_FIELD = /:[ \t]*[^,:;.\n\d]{2,40},[ \t]*$/

export const classifyPhone: Classifier = (w, ctx) => {
  const n = w.digitCount
  if (n < 7 || n > 15 || w.afterCountryCode) return null
  // ("Route added: 172.17.134.0/23": an IPv4 address's shape, with its prefix or without, a network's when no
  // host's, is never a phone's)
  if (ipv4Shaped(w, ctx) || (w.uniformSepClass !== ' ' && overlapsDottedIpv4(w, ctx))) return null
  // ("Help: 0800 851 1666", "call 1-800-555-0199"): a toll-free number is a business's line, never a person's
  if (tollFree(w, ctx) || organisationsNumber(w, ctx)) return null
  // ("call us on 0161 496 0753", "the helpline is 0300 123 4567", "Switchboard: ..."): an organisation's line
  if (firmLine(ctx.before, ctx.statementWords()) || keepsHours(w, ctx)) return null
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
  // (... and so does "..., that's my cell": "What would you like on the claim? Okay, so 702-798-8230, that's my cell.")
  const read = givenAsAfter(w, ctx, PHONE_NAMES) || (w.whole && thatIsPhone(ctx.after)) ? { positive: 0, penalised: false } : (ctx.perRun.phoneCue ??= phoneCue(ctx.before, ctx.statementWords()))
  // "Details for the lost property claim: Hoang Minh Tuan, 07700 900 812, ...": a label before a colon names
  // the list's first field (a name, no digits), not the number that comes after it
  // ("FRAUD REPORT GH-MM-0419\nVictim: Kofi Asante (055 318 4402)": on a record's line opened by its own label, another
  // number's name on an earlier line names nothing of this one)
  const cue = read.penalised && (SECOND_FIELD.test(ctx.textBefore(w, 64)) || ownLabelledLine(ctx.textBefore(w, 80), ctx.lineBefore())) ? { ...read, penalised: false } : read
  // "tracking number one Z oh J Y T R H two five seven ...": digits after letters spelled out are the
  // end of a code read out, not a phone of their own
  if (cue.positive < 0 && spelledLettersBefore(ctx.before)) return null
  // ... and always after letters that follow another kind's name ("the authorization number is p a two oh two four dash ...")
  if (spelledLettersBefore(ctx.before) && namedRightBefore(ctx.before.slice(Math.max(0, ctx.before.findIndex((b) => b.length !== 1))))) return null
  // "job number BG-22871190", "1Z 4F7 839 03 1184": a code's digits after its letters, with nothing saying phone
  if ((ctx.codePrefixed(w) || ctx.codeGroupBefore(w)) && !ctx.before.slice(0, 3).some((b) => PHONE_WORDS.has(b) && b !== 'number')) return null
  // "001-518-640-0854", "dial 011 44 ...": an international call prefix (00, or 011 from North America) instead of '+'
  const exit = w.digits.startsWith('011') && n >= 12 ? 3 : w.digits.startsWith('00') && n >= 11 ? 2 : 0
  if (exit > 0 && !cue.penalised) {
    const p = parsePhoneNumberFromString(`+${w.digits.slice(exit)}`)
    if (p?.isPossible() === true) return ok('phone_number', p.isValid() ? 1 : 0.7, 'phone-intl', p.isValid())
  }
  // "Тел. 8 (701) 928-44-15", "on 8 916 123 45 67": Russia's and Kazakhstan's numbers dialled with their trunk 8, the last
  // seven digits in three, two and two, a shape no date, amount or reference takes, valid in +7's plan
  if (n === 11 && w.digits.startsWith('8') && w.shape === '1-3-3-2-2' && !cue.penalised && parsePhoneNumberFromString(`+7${w.digits.slice(1)}`)?.isValid() === true) {
    return ok('phone_number', 0.9, 'phone-trunk-8', true)
  }
  // "group number is 00471529", "check number 004418273": "00" opens only an international call, and too
  // few digits follow it for one
  if (exit === 0 && w.digits.startsWith('00')) return null
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
    // ("their claim 44844-7017158-03, adjuster Oksana Park at 1-916-893-6538": a valid number written with its
    // country code, grouped as phones are, is one whatever another number's word stood before it, unless it names this one)
    const fullNanp = n === 11 && valid && w.groupCount === 4 && w.uniformSepClass !== null && w.uniformSepClass !== ' ' && !namedRightBefore(ctx.before)
    if (cue.penalised && w.prefix !== '(' && !fullNanp) score *= 0.5
    return ok('phone_number', boost(score, lifted && !cue.penalised), valid ? 'phone-us' : 'phone-us-shape', valid && grouped)
  }
  // Not a NANP number: other countries' shapes ("083 564 9312", "(0151) 3245 4985", "060-56-85-91"),
  // only with phone context, both for precision and because trying each region is the costliest check here.
  // The nearest context word decides ("card number is 0120 7316" is a card's, "Phone: 358 0594" a phone).
  // Said aloud, a number's grouping means nothing: a spoken number with a trunk 0 is as national as a grouped one.
  const national = n >= 8 && n <= 12 && w.digits.startsWith('0') && (grouped || ctx.spoken(w))
  const shaped = (grouped || w.prefix === '(') && n <= 13 && w.seps.every((sep) => PHONE_SEP.test(sep))
  // (or wholly in brackets after whose it is: "Victim: Kofi Asante (0553184402)")
  const bare = !grouped && (w.prefix === '' || (w.prefix === '(' && ctx.textAfter(w, 1) === ')')) && n >= 8 && n <= 13
  // "And a mobile number to receive the e-key?\nCaller: 8831 2097.": the answer to a question that asked for a
  // phone and no other number, in a phone's groups or solid (its words vetted by the question's reading)
  if ((shaped || bare || national) && w.whole && n <= 13 && phoneGroups(w) && ctx.numberAsked() === 'phone') return ok('phone_number', 0.7, 'phone-asked', false)
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
  // ... and India's mobiles in their two groups of five ("the mobile linked to it is 98201 44736")
  const indianPair = grouped && w.shape === '5-5' && /^[6-9]/.test(w.digits)
  const solidNational = !national && (bare || indianPair) && w.whole && n >= 10 && n <= 12 && (w.digits.startsWith('0') || (n === 10 && /^[6-9]/.test(w.digits))) && cue.positive >= 0 && cue.positive <= 4
  // ... or in groups with no trunk 0, as Mexico's are written ("Is 81 3355 8461 still the best number for you?"), asked about so
  const namedAfter = w.whole && w.last === w.run.groups.length && numberNamedAfter(ctx.after)
  const groupedNoTrunk = !national && shaped && n >= 9 && n <= 11 && namedAfter
  if (((national || solidNational) && w.whole && (cue.positive >= 0 || namedAfter)) || groupedNoTrunk) {
    for (const region of INTL_REGIONS) {
      const p = parsePhoneNumberFromString(w.digits, region)
      if (p?.isValid() === true) return ok('phone_number', boost(0.55, true), 'phone-national', false)
    }
  }
  // Without a phone word, a national mobile number written in groups ("07911 123456", "(0412) 345 678"):
  // as distinctive a shape as a North American number in groups, and the same certainty
  // (Germany's mobiles run to 12 digits: "0179 25258806")
  // (not where an identity scheme names it: "CPR-nr: 041298-4706")
  if (national && w.whole && (grouped || w.prefix === '(') && !ctx.spoken(w) && n >= 10 && n <= 12 && !identitySchemeNamed(ctx.before) && nationalMobile(w.digits)) {
    return ok('phone_number', 0.7, 'phone-national-mobile', true)
  }
  // ... and India's mobiles as Indians write them, ten digits from 6 to 9 in two groups of five or in four, three and
  // three ("RMN: 73589 04112", "Jio no. 7013 482 956"), valid in India's plan, no other kind of number named a few words before
  if (w.whole && !national && (w.shape === '5-5' || w.shape === '4-3-3') && w.run.groups.length === w.groupCount && w.seps.every((x) => x === ' ') && !ctx.glued(w) && n === 10 && /^[6-9]/.test(w.digits) && !ctx.spoken(w) && !cue.penalised && !namedRightBefore(ctx.before) && !ctx.before.slice(0, 8).some((b) => IDENTITY_SCHEME_WORDS.has(b) || NOT_PHONE_WORDS.has(b)) && parsePhoneNumberFromString(w.digits, 'IN')?.isValid() === true) {
    return ok('phone_number', 0.6, 'phone-national-in', true)
  }
  // ... and Brazil's numbers as Brazilians write them, the area code in brackets and no trunk 0 ("(51) 98811-2044",
  // "(31) 3421-0577"): a shape amounts and references do not take, valid in Brazil's plan
  if (w.whole && w.prefix === '(' && (w.shape === '2-5-4' || w.shape === '2-4-4') && !ctx.spoken(w) && !identitySchemeNamed(ctx.before) && brazilianNumber(w.digits)) {
    return ok('phone_number', 0.7, 'phone-national-br', true)
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
  if (bare && w.whole && (n === 10 || n === 11) && w.digits.startsWith('0') && !namedRightBefore(ctx.before) && !identitySchemeNamed(ctx.before) && nationalMobile(w.digits)) {
    return ok('phone_number', 0.6, 'phone-national-mobile', true)
  }
  // ... and a UK landline read out digit by digit ("its oh one six one four nine six oh eight three two"):
  // eleven digits, its area code's 01 or 02, that the plan calls valid, nothing else named before it
  if (w.whole && n === 11 && /^0[12]/.test(w.digits) && ctx.spoken(w) && !cue.penalised && !namedRightBefore(ctx.before) && parsePhoneNumberFromString(w.digits, 'GB')?.isValid() === true) {
    return ok('phone_number', 0.6, 'phone-national-spoken', true)
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
  // ... and North America's too where its statement names a line or a fax and no one's own ("the crisis line is one eight
  // hundred ...", "fax it to eight eight eight ..."; not "my line is ...": `SOMEONES`)
  // (the UK's 0800 numbers run from eight digits: Childline's "0800 1111")
  if (ctx.spoken(w)) return (d.length === 10 && /^1[38]00/.test(d)) || (d.length >= 8 && d.length <= 11 && /^0800/.test(d)) || (/^1?8(?:00|33|44|55|66|77|88)\d{7}$/.test(d) && lineNamedBefore(ctx))
  if (w.prefix === '+') return parsePhoneNumberFromString(`+${d}`)?.getType() === 'TOLL_FREE'
  // (seen from "800-555-0199" too, when a "1" group stands right before it)
  const one = w.first > 0 && ctx.groupText(w, w.first - 1) === '1'
  if ((d.length === 11 && /^18(?:00|33|44|55|66|77|88)/.test(d)) || (one && d.length === 10 && /^8(?:00|33|44|55|66|77|88)/.test(d))) return true
  // (and Argentina's shared-cost 0810: "0810-666-4444")
  if ((d.length >= 9 || (d.length === 8 && d.startsWith('0800'))) && d.length <= 11 && /^0(?:800|808|508|810)/.test(d)) return true
  // India's toll-free 1800 and shared-cost 1860 numbers: "1860-500-8888", "1800 425 2255"
  if (d.length === 11 && /^1860/.test(d)) return true
  // Colombia's toll-free "01 8000 123 838", Chile's business lines "600 600 5000", Spain's 900, 901 and 902
  if ((d.length === 12 && /^018000/.test(d)) || (d.length === 10 && /^600/.test(d)) || (d.length === 9 && /^90[0-2]/.test(d))) return true
  return d.length === 10 && /^1[38]00/.test(d)
}

/** A line or a fax named in the number's statement right before it, and nothing that makes it someone's (`SOMEONES`). */
function lineNamedBefore(ctx: WindowContext): boolean {
  const near = ctx.before.slice(0, Math.min(ctx.statementWords(), 5))
  return near.some((b) => b === 'line' || b === 'fax' || FIRM_LINE_WORDS.has(b)) && !near.some((b) => SOMEONES.has(b))
}

/**
 * Opening hours right after the number, on its line ("604-555-0190 (brokerage desk, 7am–7pm PT)", "0161 496 0753,
 * Mon–Fri 9–5", "... (24/7)"): a line that keeps hours is an organisation's, never a person's.
 */
const OPENING_HOURS_AFTER = new RegExp(
  String.raw`^[^\n.;!?]{0,28}?(?<![\p{L}\p{N}])(?:` +
    // a range of hours: "7am–7pm", "9am to 5pm", "8:00-18:00", "08.30–17.00", "9–5" only after a weekday range
    String.raw`\d{1,2}(?:[:.]\d{2})?[ \t]?(?:am|pm|a\.m\.|p\.m\.)?[ \t]*(?:[-\u2013\u2014]|to|until|till)[ \t]*\d{1,2}(?:[:.]\d{2})?[ \t]?(?:am|pm|a\.m\.|p\.m\.)` +
    String.raw`|\d{1,2}[:.]\d{2}[ \t]*[-\u2013\u2014][ \t]*\d{1,2}[:.]\d{2}` +
    // weekdays as a range, "24/7", "24 hours a day", "open ..."
    String.raw`|(?:mon|monday|mo)[ \t]*(?:[-\u2013\u2014]|to|thru|through)[ \t]*(?:fri|friday|fr|sat|saturday|sun|sunday)\b|24[ \t]*\/[ \t]*7|24[ \t-]*(?:hours?|hrs?)[ \t]+a[ \t]+day\b|weekdays\b|open[ \t]+(?:daily|\d))`,
  'iu',
)

/** The number keeps opening hours (`OPENING_HOURS_AFTER`) and nothing before it in its statement makes it someone's ("call me on ... from 9am to 5pm"). */
function keepsHours(w: DigitWindow, ctx: WindowContext): boolean {
  if (!OPENING_HOURS_AFTER.test(ctx.textAfter(w, 48))) return false
  const n = Math.min(ctx.before.length, ctx.statementWords(), 7)
  // ("we will call you on ... within 24 hours": the line is the one called, the hearer's)
  return !ctx.before.slice(0, n).some((b) => SOMEONES.has(b) || b === 'you')
}

/** One word that names an organisation's line. */
const FIRM_LINE_WORDS: ReadonlySet<string> = new Set(['helpline', 'hotline', 'switchboard', 'freephone', 'helpdesk', 'servicedesk', 'callcentre', 'callcenter', 'tollfree'])
/** Two words that do, nearest first ("main line", "help desk", "call centre", "customer services"). */
const FIRM_LINE_PAIRS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['line', new Set(['main', 'help', 'information', 'enquiries', 'enquiry', 'inquiries', 'booking', 'bookings', 'reservations', 'advice', 'support', 'service', 'fraud', 'claims', 'emergency',
    // a business's own line ("Call store line 0700 ...", "the restaurant line")
    'store', 'shop', 'restaurant', 'merchant', 'branch', 'office', 'sales', 'reception', 'clinic', 'practice'])],
  ['desk', new Set(['help', 'service', 'information'])],
  ['centre', new Set(['call', 'contact', 'service', 'customer', 'support'])],
  ['center', new Set(['call', 'contact', 'service', 'customer', 'support'])],
  ['service', new Set(['customer'])],
  ['services', new Set(['customer'])],
  ['care', new Set(['customer'])],
  // "our toll free number", "the tollfree line"
  ['free', new Set(['toll'])],
])
/** Businesses called by their kind ("call the restaurant on ..."). */
const BUSINESS_NOUNS: ReadonlySet<string> = new Set(['restaurant', 'store', 'shop', 'office', 'branch', 'clinic', 'surgery', 'practice', 'hotel', 'pharmacy', 'salon', 'garage', 'dealership', 'depot', 'venue', 'reception', 'bakery', 'cafe', 'kitchen', 'bank', 'school'])
/** The verbs of "call us on ...", "ring us back at ...". */
const CALLING_VERBS: ReadonlySet<string> = new Set(['call', 'ring', 'reach', 'contact', 'phone', 'dial', 'text'])
/** Words that make the line someone's: a person's pronoun, or a line that only a person has. */
const SOMEONES: ReadonlySet<string> = new Set([
  'me', 'my', 'mine', 'i', "i'm", 'im', 'his', 'her', 'him', 'hers', 'their', 'them', 'your', 'yours', 'mobile', 'cell', 'cellphone',
  'home', 'personal', 'direct', 'extension', 'ext', 'ddi', 'whatsapp',
])

/**
 * The number is an organisation's line, by the words of its own statement right before it (at most seven):
 * "call us on", "ring us back at", "the helpline is", "Switchboard:", "our main line", "the call centre on";
 * never when a word that makes it someone's stands nearer ("Her mobile for callback:", "call me on", "your
 * helpline number", "the hotline said to text my cell"). A front desk or a reception is no cue: people stand at them
 * ("dropping off a new one at the front desk by 10, sorry!! 📱 802-555-0154").
 */
function firmLine(before: readonly string[], statement: number): boolean {
  const n = Math.min(before.length, statement, 7)
  for (let i = 0; i < n; i++) {
    const word = before[i] ?? ''
    if (SOMEONES.has(word)) return false
    if (FIRM_LINE_WORDS.has(word) || FIRM_LINE_PAIRS.get(word)?.has(before[i + 1] ?? '') === true) return true
    if (word === 'us' && CALLING_VERBS.has(before[i + 1] ?? '')) return true
    // "call the restaurant on ...", "ring the store at ...": a business called by its kind
    if (BUSINESS_NOUNS.has(word) && before[i + 1] === 'the' && CALLING_VERBS.has(before[i + 2] ?? '')) return true
    if (word === 'back' && before[i + 1] === 'us' && CALLING_VERBS.has(before[i + 2] ?? '')) return true
  }
  return false
}

/**
 * Numbers that a numbering plan gives only to organisations, written the way their country writes them: the
 * UK's 03 (national rate: public bodies, charities, firms) and 084/087 (business rate) as "0300 123 4567" or
 * "03000 616161", Japan's 0120, 0800 and 0570 as "0120-914-338", Korea's 15xx/16xx/18xx as "1588-8900",
 * Turkey's 0850 as "0850 811 44 20", Pakistan's UAN 111 as "042 111 000 789" or "111-786-786"; each confirmed
 * by libphonenumber's type for that country (toll-free, shared-cost, premium, universal access, VoIP).
 * Written only, and in those groups only: Pakistan's mobiles are 03xx too, written "0300-1234567", solid or
 * said aloud.
 */
const ORGANISATION_PLANS: readonly { region: CountryCode; digits: RegExp; shapes: RegExp }[] = [
  { region: 'GB', digits: /^0(?:3[0347]\d|8(?:4[345]|7[0-3]))\d{7}$/, shapes: /^(?:4-3-4|5-6|5-3-3)$/ },
  { region: 'JP', digits: /^0(?:120\d{6}|800\d{7}|570\d{6})$/, shapes: /^(?:4-3-3|4-2-4|4-3-4|4-6|4-7)$/ },
  { region: 'KR', digits: /^1[568]\d{6}$/, shapes: /^4-4$/ },
  { region: 'TR', digits: /^0850\d{7}$/, shapes: /^(?:4-3-2-2|4-3-4)$/ },
  { region: 'PK', digits: /^(?:0\d{2})?111\d{6}$/, shapes: /^(?:3-3-3-3|3-3-3|3-9|4-3-3)$/ },
]
const ORGANISATION_TYPES: ReadonlySet<string> = new Set(['TOLL_FREE', 'SHARED_COST', 'PREMIUM_RATE', 'UAN', 'VOIP'])

function organisationsNumber(w: DigitWindow, ctx: WindowContext): boolean {
  if (w.prefix === '+' || w.groupCount < 2 || ctx.spoken(w)) return false
  const plan = ORGANISATION_PLANS.find((p) => p.digits.test(w.digits) && p.shapes.test(w.shape))
  if (plan === undefined) return false
  const type = parsePhoneNumberFromString(w.digits, plan.region)?.getType()
  return type !== undefined && ORGANISATION_TYPES.has(type)
}

/** The answers `nationalMobile` gave lately: a number is often written again, and each answer parses it up to 39 times. */
const MOBILE_ANSWERS = new Map<string, boolean>()
const MOBILE_ANSWERS_MAX = 4096

/** A valid mobile number, written with its trunk 0, of one of the countries tried (the first that takes it). */
/** Brazil's plan holds the number: a mobile (nine digits after the area code, the first 9) or a landline. */
function brazilianNumber(digits: string): boolean {
  const p = parsePhoneNumberFromString(digits, 'BR')
  if (p?.isValid() !== true) return false
  const type = p.getType()
  return type === 'MOBILE' || type === 'FIXED_LINE' || type === 'FIXED_LINE_OR_MOBILE'
}

function nationalMobile(digits: string): boolean {
  const known = MOBILE_ANSWERS.get(digits)
  if (known !== undefined) return known
  let mobile = false
  for (const region of MOBILE_REGIONS) {
    const p = parsePhoneNumberFromString(digits, region)
    if (p?.isValid() === true && p.getType() === 'MOBILE') {
      mobile = true
      break
    }
  }
  if (MOBILE_ANSWERS.size >= MOBILE_ANSWERS_MAX) MOBILE_ANSWERS.clear()
  MOBILE_ANSWERS.set(digits, mobile)
  return mobile
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
/** Words that label the number just before them ("... 0594 office", "...-Fax"). */
/** "that's my cell", "that is the home phone": a phone's word said of the number right after it. */
function thatIsPhone(after: readonly string[]): boolean {
  return THAT_IS.has(after[0] ?? '') && after.slice(1, 4).some((x) => PHONE_NAMES.has(x))
}

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

function shapeKey(w: DigitWindow): string {
  return w.groupCount === 1 ? String(w.digitCount) : w.groupCount > 3 && w.seps.some((sep) => sep.includes(',')) ? pausedShape(w) : w.shape
}

/**
 * "5 0 3, 555, 0 1 6 2": digits read out one by one, a pause (a comma) between the parts of the number:
 * the parts' lengths ("3-3-4") when every digit inside a part stands alone or the part is one group.
 */
function pausedShape(w: DigitWindow): string {
  const parts: number[] = []
  let digits = 0
  let groups = 0
  for (let g = w.first; g < w.last; g++) {
    const group = w.run.groups[g] as DigitGroup
    const length = group.end - group.start
    if (length > 1 && groups > 0) return w.shape
    digits += length
    groups++
    const sep = g + 1 < w.last ? (w.run.seps[g] as string) : ','
    if (sep.includes(',')) {
      if (groups > 1 && digits !== groups) return w.shape
      parts.push(digits)
      digits = 0
      groups = 0
    }
  }
  return parts.join('-')
}

/** An identity scheme's name right before the number, past its "nr", "no" or "number" ("CPR-nr", "personnummer"). */
function identitySchemeNamed(before: readonly string[]): boolean {
  let k = 0
  // (past "is", "it's", "was" and the number's noun: "my c p r is ...", "CPR-nr:", "personnummer number is")
  while (k < 3 && (COPULAS.has(before[k] ?? '') || before[k] === 'nr' || before[k] === 'no' || before[k] === 'number')) k++
  return IDENTITY_SCHEME_WORDS.has(before[k] ?? '')
}
