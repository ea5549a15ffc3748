/**
 * Driver's licence and passport numbers: alphanumeric identifiers with at least five digits,
 * reported only with licence/passport context (Presidio's licence regex without context is its
 * most complained-about false positive).
 *
 * @module
 */
import { contextWords, hasAny, substringTrigger, type ContextWords } from '../internal/context-words.js'
import { DRIVERS_LICENSE_WORDS, HESITATIONS, numberAskedBefore, OTHER_NUMBER_WORDS, PASSPORT_WORDS } from '../internal/context-lexicon.js'
import { mapSpan } from '../internal/offset-text.js'
import { ColumnCursor, columnFirst, tableHeader } from '../internal/table-columns.js'
import { TakenMask } from '../internal/taken-mask.js'
import { letterPrefixStart } from './account-letters.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

const ID = /\b[A-Za-z]{0,3}\d[A-Za-z0-9-]{4,18}\b/g
/**
 * A licence number in groups of digits, maybe after a letter or two: "125 709 351", "A 533 294 592 693", "D-555-781-636-637",
 * or two groups where nothing goes on after them (Australia's "5512 0937");
 * and Poland's, its office's number, the year of issue and a serial apart by slashes ("01247/18/1461").
 */
const GROUPED_LICENSE = /\b(?:(?:[A-Z]{1,2}[ -]?)?\d{1,5}(?:[ -]\d{2,5}){2,4}(?:-\d)?|\d{3,5}[ -]\d{3,5}(?![ -]?[A-Za-z]*\d)|\d(?: \d){6,15}|\d{5}\/\d{2}\/\d{4})\b/g
/** What a licence word names when not a driver's licence ("license key", "license plate"). */
const OTHER_LICENSES: ReadonlySet<string> = new Set(['key', 'keys', 'plate', 'plates', 'code', 'server', 'file', 'agreement', 'type', 'fee', 'seat', 'seats'])
/**
 * What a licence word names when the word before it says whose or for what ("CEA licence L3729913K",
 * "the trade licence number 774512", "practising licence"): a firm's, a trade's or a profession's licence.
 */
const NON_DRIVING_LICENSES: ReadonlySet<string> = new Set([
  'cea', 'rera', 'agent', 'agents', 'agency', 'business', 'trade', 'trading', 'liquor', 'alcohol', 'contractor', 'contractors',
  'broker', 'brokerage', 'dealer', 'dealers', 'estate', 'firearm', 'firearms', 'gun', 'tv', 'television', 'software', 'music',
  'practising', 'practicing', 'nursing', 'medical', 'pharmacy', 'operating', 'hmo', 'landlord', 'landlords', 'premises',
  'selective', 'fishing', 'hunting', 'marriage', 'pilot', 'radio', 'gaming', 'export', 'import', 'building', 'electrical',
  'plumbing', 'occupancy', 'property', 'realtor', 'company', 'shop', 'food', 'credit', 'letting', 'lettings',
])
/** The licence word nearest before the number is a non-driving licence's ("CEA licence"), and nothing says driving. */
function nonDrivingLicense(before: readonly string[]): boolean {
  const noun = before.findIndex((w) => LICENSE_NOUNS.has(w))
  if (noun < 0 || !NON_DRIVING_LICENSES.has(before[noun + 1] ?? '')) return false
  return !before.some((w) => w === 'driving' || w === 'driver' || w === 'drivers' || w === "driver's")
}
/** Licence words that name the document itself (not "driving" or "driver" alone). */
const LICENSE_NOUNS: ReadonlySet<string> = new Set(['license', 'licence', 'dl', 'dln', 'cdl', 'patente', 'führerschein', 'fuehrerschein', 'rijbewijs', 'körkort', 'korkort', 'permis', 'licencia', 'cnh', 'führerscheinnummer', 'rijbewijsnummer'])
/** "driver number", "driver's no.": the UK's name for a licence's number, with no licence word. */
function driverNumber(before: readonly string[]): boolean {
  for (let k = 0; k < 3; k++) {
    const w = before[k]
    if (w === 'number' || w === 'no' || w === 'num') return DRIVER_WORDS.has(before[k + 1] ?? '')
  }
  return false
}
const DRIVER_WORDS: ReadonlySet<string> = new Set(['driver', 'drivers', "driver's", 'driver’s', 'driving'])

/** A turn's label naming its speaker a driver, right before the value ("Driver: C-41877", "drivers: D-20417"). */
const DRIVER_LABEL_BEFORE = /(?:^|[\n.?!][ \t]*|[ \t]{2,})drivers?[ \t]*:[ \t]*(?:[A-Za-z]{1,3}-)?$/i

/**
 * The only licence word before the value is the label of a driver's turn ("what's your courier number? Driver:
 * C-41877"): the speaker is a driver, and says some other number.
 */
function driverSpeaking(v: string, at: number, before: readonly string[]): boolean {
  if (before.some((w) => LICENSE_NOUNS.has(w) || w === 'driving')) return false
  return DRIVER_LABEL_BEFORE.test(v.slice(Math.max(0, at - 24), at))
}

/** Two-two-four or four-two-two digit groups: a date ("12 05 2024"), not a licence. */
const DATE_GROUPS = /^(?:\d{1,2}[ -]\d{1,2}[ -]\d{4}|\d{4}[ -]\d{1,2}[ -]\d{1,2})$/
/** Upper-case letters and digits mixed, 8 to 16 of them ("WDLA2M631LLE", Washington's shape; "MORGA753116SM9IJ", the UK's). */
const LETTERED_LICENSE = /\b(?=[A-Z0-9]{8,16}\b)[A-Z]*\d[A-Z0-9]*[A-Z][A-Z0-9]*\b/g

/**
 * A licence number read out: spelled letters (maybe "D as in David") and digit groups, in any order,
 * apart by spaces, commas or hyphens ("M O R G A 753116, S M 9, I J", "K A 0520190004417" once the
 * digits are normalised). Kept when it holds five digits and a letter and a licence word comes right
 * before it: the spelled letters would push that word out of the window the other patterns look in.
 * A letter with an apostrophe after it is a word ("i'll", "a'right"), not a letter said.
 */
const SPELLED_LICENSE = /\b(?:(?:(?:double |triple )?(?<!['\u2019])[A-Za-z](?!['\u2019][A-Za-z])(?: as in [A-Za-z]+)?|[A-Za-z]*\d[A-Za-z0-9]*)(?:[ ,—–-]+(?:(?:uh|um|er|let me see|hang on|hold on)[ ,—–-]+)?(?=[A-Za-z0-9])|(?=[^A-Za-z0-9]|$))){2,24}/g
/** The letter at `at` of the view was said with a word for it in the source ("a as in adam"). */
function spelledWithWord(view: DetectorInput['view'], at: number): boolean {
  const span = mapSpan(view, at, at + 1)
  return span.end - span.start > 1
}
/** A code of letters and at least five digits, whole, before a comma. */
const WHOLE_CODE_FIRST = /^[A-Za-z]*\d(?=[A-Za-z0-9]*\d{4})[A-Za-z0-9]{5,}(?=,)/
const SPELLED_ITEM = /\b(?:(?:double |triple )?[A-Za-z](?!['\u2019][A-Za-z])(?: as in [A-Za-z]+)?|[A-Za-z]*\d[A-Za-z0-9]*)\b/g
/**
 * "..., that's the licence", "... is my licence number", "20754736, that's my, uh, that's my driver's license":
 * a licence word right after the number (hesitations and the words said twice skipped).
 */
function licenseAfter(after: readonly string[]): boolean {
  const words = after.filter((w) => !HESITATIONS.has(w))
  // context words drop the "'s" of "that's"
  const lead = (k: number): number => (words[k] === 'that' || words[k] === 'thats' || words[k] === 'is' ? (words[k + 1] === 'is' ? k + 2 : k + 1) : -1)
  let k = lead(0)
  if (k < 0) return false
  let at = words[k] === 'the' || words[k] === 'my' ? k + 1 : k
  // (said again: "that's my, that's my ...")
  if (lead(at) > at) {
    k = lead(at)
    at = words[k] === 'the' || words[k] === 'my' ? k + 1 : k
  }
  if (DRIVER_WORDS.has(words[at] ?? '')) at++
  const noun = words[at] ?? ''
  return LICENSE_NOUNS.has(noun) && !OTHER_LICENSES.has(words[at + 1] ?? '')
}

/** A comma, a bracket or a dash setting off what follows a number ("EA4718293, Polish passport", "AB1234567 (UK passport)"). */
const PASSPORT_SET_OFF = /^[ \t]*[,(–—-]/
/** The passport named right after its number (set off from it), maybe with the country's adjective. */
function passportAfter(after: readonly string[]): boolean {
  return PASSPORT_WORDS.has(after[0] ?? '') || (PASSPORT_WORDS.has(after[1] ?? '') && /^(?:[a-z]+(?:ish|an|ese|ic|i)|uk|us|eu)$/.test(after[0] ?? ''))
}

/**
 * A UK driving licence number, written whole or in its three groups ("MORGA 753116 SM9IJ"): five letters
 * of the surname padded with 9s, the birth date coded (decade, month + 50 for women, day, year), two
 * initials (9 for none), a digit and two check characters. Its shape and coded date are distinctive
 * enough to need no licence word.
 */
const UK_LICENSE = /\b([A-Z][A-Z]{0,4}9{0,4})[ -]?(\d)(\d\d)(\d\d)(\d)[ -]?([A-Z][A-Z9])(\d)([A-Z0-9]{2})\b/g

/** The same number with spaces anywhere between its parts, as read out: five surname characters, six digits, the rest. */
const SPOKEN_UK_LICENSE = /\b([A-Z]{5}|[A-Z]{1,4}9{1,4})[ -]?(\d(?:[ -]?\d){5})[ -]?[A-Z][ -]?[A-Z9][ -]?\d[ -]?[A-Z0-9][ -]?[A-Z0-9]\b/g

function ukLicenseValid(m: RegExpMatchArray): boolean {
  return ukLicenseFieldsValid(m[1] ?? '', `${m[2] ?? ''}${m[3] ?? ''}${m[4] ?? ''}${m[5] ?? ''}`)
}

/** Five surname characters, and six digits whose month (51-62 for women) and day are a date's. */
function ukLicenseFieldsValid(surname: string, digits: string): boolean {
  if (surname.length !== 5 || digits.length !== 6) return false
  const month = Number(digits.slice(1, 3))
  const day = Number(digits.slice(3, 5))
  return ((month >= 1 && month <= 12) || (month >= 51 && month <= 62)) && day >= 1 && day <= 31
}

/** How far back "the number is" looks for the document it belongs to (a sentence or two). */
const DOCUMENT_REACH = 160
/** Words naming another kind of number: nearer than the document's name, they name the number read out. */
const OTHER_DOCUMENT_NUMBERS: ReadonlySet<string> = new Set([
  ...OTHER_NUMBER_WORDS, 'phone', 'mobile', 'cell', 'account', 'card', 'policy', 'member', 'membership', 'customer', 'visa', 'permit', 'id', 'registration', 'plate', 'vin',
])

const BARE_NUMBER_WORDS: ReadonlySet<string> = new Set(['is', 'was', 'number', "number's", 'the', 'its', 'and'])
/** "the number is", "and the number's", "number:" right before a value: a number whose kind was said earlier. */
function bareNumberBefore(before: readonly string[]): boolean {
  const k = before[0] === 'is' || before[0] === 'was' || before[0] === "number's" ? 1 : 0
  return before[0] === "number's" || (before[k] === 'number' && (before[k + 1] === 'the' || before[k + 1] === 'its' || before[k + 1] === 'and'))
}

/** A number in two to four groups of digits, perhaps after one or two capitals ("548 217 369", "PA 438 1975"), read digit by digit, or capitals apart from its digits ("EK 4412873"). */
const GROUPED_NUMBER = /\b(?:(?:[A-Z]{1,2} ?)?\d{2,5}(?:[ -]\d{2,5}){1,3}|(?:[A-Z]{1,2} )?\d(?: \d){6,9}|[A-Z]{1,2} \d{6,8})\b/g
/** "DL " or "DLN " opening a licence's groups: its name. */
const LICENSE_INITIALS = /^DLN?[ -]/
/** How many words back a licence number in its groups looks for the licence's name. */
const LICENSE_REACH_WORDS = 16
/** A time of day as chats stamp their lines ("[09:15]", "14:02:11"). */
const TIME_STAMP = /(?<![\p{L}\p{N}])\d{1,2}:\d{2}(?::\d{2})?(?![\p{L}\p{N}])/gu
/** How many words back a number read out in groups looks for the passport's name. */
const PASSPORT_REACH_WORDS = 8
/** ... and a value of a passport's shape, written whole ("FT718259" two turns after "the passport # for the Kovalenko file?"). */
const PASSPORT_FAR_WORDS = 20
/** Most countries' passport numbers: one or two capitals and six to eight digits, maybe a check letter ("EH3810104", "P7310248B"). */
const PASSPORT_SHAPE = /^[A-Z]{1,2}\d{6,8}[A-Z]?$/
/** Words that leave a passport's name before them naming something else (its office's phone, its fee). */
const PASSPORT_OTHER_THINGS: ReadonlySet<string> = new Set(['office', 'line', 'helpline', 'desk', 'fee', 'fees', 'photo', 'photos', 'application', 'reference', 'ref', 'appointment'])

/**
 * The document named last before `start`, within `reach` words, with no other number, kind of number or
 * other passport matter between ("My passport is from Ireland, the number is PX4412097", "Passport
 * number, yeah, it's 548 217 369", "my passport is, um, an Irish one, ..."): the passport or the licence.
 * The words naming the value itself ("and the number is") are skipped; "Passport's" counts as "passport".
 */
function documentNamedBefore(v: string, start: number, reach = Infinity): 'passport' | 'licence' | undefined {
  // (a chat's time stamps are no numbers between: "[09:14] Dana: the passport # for ...? [09:15] Marcus: it's FT718259")
  const words = v.slice(Math.max(0, start - DOCUMENT_REACH), start).replace(TIME_STAMP, ' ').toLowerCase().match(/[\p{L}\p{N}'’-]+/gu)
  if (words === null) return undefined
  let k = words.length - 1
  while (k >= 0 && BARE_NUMBER_WORDS.has(words[k] as string)) k--
  for (let n = 0; k >= 0 && n < reach; k--, n++) {
    const w = (words[k] as string).replace(/['’]s$/, '')
    if (PASSPORT_WORDS.has(w)) return PASSPORT_OTHER_THINGS.has(words[k + 1] ?? '') ? undefined : 'passport'
    if (LICENSE_NOUNS.has(w)) return OTHER_LICENSES.has(words[k + 1] ?? '') || nonDrivingLicense([w, words[k - 1] ?? '']) ? undefined : 'licence'
    if (/\d/.test(w) || OTHER_DOCUMENT_NUMBERS.has(w) || PASSPORT_OTHER_THINGS.has(w)) {
      // ("requires a driver's license number on the alarm permit. Okay, ... it's J7547810": where the number goes,
      // right after the number's name, names no other number)
      const at = whereTheNumberGoes(words, k)
      if (at < 0) return undefined
      n += k - at
      k = at
    }
  }
  return undefined
}

/** Before word k, "number on the (alarm)" or "licence for the": the preposition's index, or -1. */
function whereTheNumberGoes(words: readonly string[], k: number): number {
  for (let p = k - 1; p >= Math.max(1, k - 3); p--) {
    const w = words[p] as string
    if (w !== 'on' && w !== 'for' && w !== 'in') continue
    const named = (words[p - 1] as string).replace(/['’]s$/, '')
    return named === 'number' || named === 'no' || LICENSE_NOUNS.has(named) || PASSPORT_WORDS.has(named) ? p : -1
  }
  return -1
}

/** What opens an answer right before its value ("it's", read as "it"). */
const ANSWER_LEADS: ReadonlySet<string> = new Set(["it's", 'its', 'it’s', 'it'])

/** Text without any licence or passport word is skipped at once. */
const ID_TRIGGER = substringTrigger(DRIVERS_LICENSE_WORDS, PASSPORT_WORDS)

/** The passport's name right before a value ("Passport number: ", "passport no. ", "Passport "). */
const PASSPORT_RIGHT_BEFORE = /\bpassport(?:\s+(?:number|no\.?|num|#))?\s*[:#]?\s*$/i
/** "passport number is", "passport's", "passport, it's": the passport named right before a value read out. */
const PASSPORT_SAID_BEFORE = /\bpassport(?:['’]s)?(?:\s+(?:number|no\.?|num|#))?(?:\s+(?:is|it's|its))?[\s:#,]*$/i

/** How many letters and digits a value read out holds, a letter spelled "as in" a word once ("d as in david"). */
function spelledCharacters(value: string): number {
  return [...value.matchAll(SPELLED_ITEM)].reduce((n, item) => n + item[0].replace(/^(?:double |triple )/i, '').replace(/ as in [A-Za-z]+$/i, '').length, 0)
}

/** A value read out right after the passport's name whose letters and digits make eight to ten characters. */
function spokenPassport(text: string, start: number, value: string): boolean {
  const characters = spelledCharacters(value)
  return characters >= 8 && characters <= 10 && PASSPORT_SAID_BEFORE.test(text.slice(Math.max(0, start - 32), start))
}

/** "my license is", "licence number:", "DL #" right before a value read out. */
const LICENSE_SAID_BEFORE = /\b(?:licen[cs]e|dl)(?:['’]s)?(?:\s+(?:number|no\.?|num|#))?(?:\s+(?:is|it's|its))?[\s:#,]*$/i

/**
 * A value read out right after the licence's name whose letters and digits make seven to thirteen
 * characters with few digits: Washington's "w d l y k seven a z k j x a" (its old numbers are mostly letters).
 */
function spokenLicense(text: string, start: number, value: string): boolean {
  const characters = spelledCharacters(value)
  return characters >= 7 && characters <= 13 && LICENSE_SAID_BEFORE.test(text.slice(Math.max(0, start - 32), start))
}

/** Eight to ten capitals and digits (a passport's number of any country's letters). */
const PASSPORT_CODE = /(?<![A-Za-z0-9-])[A-Z0-9]{8,10}(?![A-Za-z0-9-])/g
/** A value written as a hexadecimal literal, or the end of one. */
const HEX_LITERAL = /0[xX][0-9A-Fa-f]+$/

/** A JSON member's key right before its value (`"start_ms":`, `"job": "`). */
const JSON_KEY_BEFORE = /"([\w.$ -]{1,40})"\s*:\s*"?$/
/** Keys that may hold a document's number. */
const DOCUMENT_KEY = /passport|licen[cs]e|permit|\bdl\b|number|\bno\b|num|\bid\b|document|doc_?(?:no|num|id)/i

/** An IATA SSR DOCS element: document type, issuing country, number, nationality, birth date (DDMMMYY), sex, expiry. */
const SSR_DOCS = /\bSSR DOCS [A-Z0-9]{2} [A-Z]{2}\d\s*\/?[PI]\/[A-Z]{2,3}\/([A-Z0-9]{5,15})\/[A-Z]{2,3}\/(\d{2}(?:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\d{2})\/(?:MI|FI|M|F|U)\//g
/** A manifest's or a rooming list's passport column: "PP" in capitals before a number of capitals and digits. */
const PP_COLUMN = /(?<![A-Za-z0-9])PP[ \t]+([A-Z0-9]{6,10})(?![A-Za-z0-9])/g

function travelDocuments(view: DetectorInput['view'], taken: TakenMask, out: Candidate[]): void {
  const v = view.text
  const push = (type: 'passport_number' | 'date_of_birth', start: number, end: number, detector: string): void => {
    if (taken.overlaps(start, end)) return
    taken.add(start, end)
    out.push({ type, ...mapSpan(view, start, end), confidence: 0.85, detector, validated: false })
  }
  for (const m of v.matchAll(SSR_DOCS)) {
    const number = m[1] as string
    const born = m[2] as string
    const at = m.index + m[0].indexOf(`/${number}/`) + 1
    push('passport_number', at, at + number.length, 'passport-ssr-docs')
    const bornAt = m.index + m[0].lastIndexOf(`/${born}/`) + 1
    push('date_of_birth', bornAt, bornAt + born.length, 'passport-ssr-docs')
  }
  for (const m of v.matchAll(PP_COLUMN)) {
    const number = m[1] as string
    if (!/\d/.test(number) || !/[A-Z]/.test(number)) continue
    const at = m.index + m[0].length - number.length
    push('passport_number', at, at + number.length, 'passport-pp')
  }
}

/** The value is a JSON member's whose key names something else than a document's number. */
function otherJsonKey(text: string, start: number): boolean {
  const key = JSON_KEY_BEFORE.exec(text.slice(Math.max(0, start - 48), start))?.[1]
  return key !== undefined && !DOCUMENT_KEY.test(key.replace(/([a-z])([A-Z])/g, '$1_$2'))
}

/** How far either side of a value its table cell's bounds are looked for. */
const CELL_REACH = 200

/** The words of a table cell around a value, its column's name first ("| Passport |" over "| A10448214 |"). */
function cellContext(text: string, start: number, end: number, sep: string, column: string): ContextWords {
  // (looked for near the value only: a table of one long line is not searched back to its start for each cell)
  const lo = Math.max(0, start - CELL_REACH)
  const before = text.slice(lo, start)
  const from = lo + Math.max(before.lastIndexOf(sep), before.lastIndexOf('\n')) + 1
  const after = text.slice(end, end + CELL_REACH)
  const nextSep = after.indexOf(sep)
  const nextLine = after.indexOf('\n')
  const to = end + Math.min(nextSep < 0 ? after.length : nextSep, nextLine < 0 ? after.length : nextLine)
  const own = contextWords(text, start, end, 6, 4, from, to)
  return { ...own, before: columnFirst(column, own.before) }
}

/** The value is one part of digits joined by dots ("11.0.24130.865", "10.0.22621.1"). */
function inDottedNumber(text: string, start: number, end: number): boolean {
  return (text.charAt(start - 1) === '.' && /\d/.test(text.charAt(start - 2))) || (text.charAt(end) === '.' && /\d/.test(text.charAt(end + 1)))
}

export const idDocumentDetector: Detector = {
  name: 'id-document',
  detect({ text, view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    const v = view.text
    const taken = new TakenMask(v.length)
    for (const m of v.matchAll(UK_LICENSE)) {
      if (!ukLicenseValid(m)) continue
      taken.add(m.index, m.index + m[0].length)
      out.push({ type: 'drivers_license', ...mapSpan(view, m.index, m.index + m[0].length), confidence: 0.9, detector: 'drivers-license-uk', validated: true })
    }
    // (as written too: an initial "O" the spoken-form normaliser read as a zero, "PRITC705031O99XY")
    if (text !== v && /O/.test(text)) {
      for (const m of text.matchAll(UK_LICENSE)) {
        if (!ukLicenseValid(m) || out.some((c) => c.start < m.index + m[0].length && m.index < c.end)) continue
        out.push({ type: 'drivers_license', start: m.index, end: m.index + m[0].length, confidence: 0.9, detector: 'drivers-license-uk', validated: true })
      }
    }
    // ... read out in pieces after a licence word ("the licence is PHAMD 805 159 DA 9 LN", "MURPH 710228 S 99 KT")
    for (const m of v.matchAll(SPOKEN_UK_LICENSE)) {
      if (!ukLicenseFieldsValid(m[1] ?? '', (m[2] ?? '').replace(/\D/g, '')) || taken.overlaps(m.index, m.index + m[0].length)) continue
      const before = contextWords(v, m.index, m.index, 6, 0).before
      if (!hasAny(before, LICENSE_NOUNS) || OTHER_LICENSES.has(before[0] ?? '')) continue
      taken.add(m.index, m.index + m[0].length)
      out.push({ type: 'drivers_license', ...mapSpan(view, m.index, m.index + m[0].length), confidence: 0.85, detector: 'drivers-license-uk', validated: false })
    }
    // travel documents in airline records: an SSR DOCS element ("SSR DOCS UA HK1 P/USA/A79503637/USA/30DEC85/F/
    // 03JAN30/JOHNSON/HANNAH": its number and its holder's birth date) and a manifest's "PP" column ("PP GC979950")
    if (v.includes('SSR DOCS') || v.includes('PP ')) travelDocuments(view, taken, out)
    if (!ID_TRIGGER.test(v)) return out
    // licence numbers written in groups ("H9270 79380 22531", "125 709 351", "A 533 294 592 693") or
    // with more letters than digits ("WDLA2M631LLE"), right after a licence word
    for (const pattern of [GROUPED_LICENSE, LETTERED_LICENSE]) {
      for (const m of v.matchAll(pattern)) {
        let value = m[0]
        let at = m.index
        // ("NY DL 371 557 386": the licence's own initials before its groups are its name, not its letters)
        const named = LICENSE_INITIALS.exec(value)
        if (named !== null) {
          at += named[0].length
          value = value.slice(named[0].length)
        }
        const digits = value.match(/\d/g)?.length ?? 0
        if (pattern === GROUPED_LICENSE ? digits < 7 || DATE_GROUPS.test(value) : digits < 2 || !/[A-Z].*[A-Z]/.test(value)) continue
        // ("Error code 0xC0000005": a hexadecimal literal is a program's value)
        if (HEX_LITERAL.test(v.slice(Math.max(0, at - 2), at + value.length))) continue
        if (taken.overlaps(at, at + value.length)) continue
        const ctx = contextWords(v, at, at + value.length, 3, 0)
        // (or the answer to a request for it: "I'll need your driver's license number and the state." / "It's Illinois, and the number is E080-9491-5763.")
        // (or named a sentence or so before, with nothing numbered between: "Florida license, it's, um, hold on, I gotta get it
        // out of my wallet. Okay. U672-507-01-509-4.")
        if ((!hasAny(ctx.before, LICENSE_NOUNS) || OTHER_LICENSES.has(ctx.before[0] ?? '') || nonDrivingLicense(contextWords(v, at, at, 4, 0).before)) && numberAskedBefore(v, at) !== 'licence' && documentNamedBefore(v, at, LICENSE_REACH_WORDS) !== 'licence') continue
        taken.add(at, at + value.length)
        out.push({ type: 'drivers_license', ...mapSpan(view, at, at + value.length), confidence: 0.8, detector: 'drivers-license-context', validated: false })
      }
    }
    // "Passport number, yeah, it's 548 217 369", "an Irish one, PA 438 1975", "547 812 093, uh, British
    // passport": a passport's number read out in groups, eight to ten characters in all
    for (const m of v.matchAll(GROUPED_NUMBER)) {
      const value = m[0]
      const characters = value.replace(/[ -]/g, '').length
      if (characters < 8 || characters > 10 || DATE_GROUPS.test(value) || taken.overlaps(m.index, m.index + value.length)) continue
      const after = contextWords(v, m.index, m.index + value.length, 0, 4).after
      if (documentNamedBefore(v, m.index, PASSPORT_REACH_WORDS) !== 'passport' && !(PASSPORT_SET_OFF.test(v.slice(m.index + value.length, m.index + value.length + 4)) && passportAfter(after.filter((w) => !HESITATIONS.has(w))))) continue
      taken.add(m.index, m.index + value.length)
      out.push({ type: 'passport_number', ...mapSpan(view, m.index, m.index + value.length), confidence: 0.8, detector: 'passport-context', validated: false })
    }
    for (const m of v.matchAll(SPELLED_LICENSE)) {
      // no trailing separator or filler; a leading "a" before digits is the article ("my licence is a 1234567")
      let start = m.index
      let value = m[0].replace(/(?:[ ,—–-]+(?:uh|um|er|let me see|hang on|hold on))*[ ,—–-]*$/, '')
      // ("... two six n i dont have ...": a lower-case "i" before a word is the speaker, not a letter)
      if (/ i$/.test(value) && /^[ \t]+[a-z]{2,}/.test(v.slice(start + value.length, start + value.length + 8))) value = value.slice(0, -2)
      // ("Passport PK809385, I-94 valid ...": a whole code before a comma is the value; what follows is something else)
      const whole = WHOLE_CODE_FIRST.exec(value)
      if (whole !== null) value = whole[0]
      // (after the number's name it is the letter A: "passport number a oh seven three ...")
      // (... and where the caller said "a as in adam", the letter the normaliser wrote as "a")
      // (... and where the digits after it were said as words, six or more: "the passport is a oh three nine one eight ...")
      if (/^a [0-9]/.test(value) && !/\b(?:number|no|num|#)[\s:]*$/i.test(v.slice(Math.max(0, start - 12), start)) && !spelledWithWord(view, start) && !(/^a \d{6}/.test(value) && spelledWithWord(view, start + 2))) {
        start += 2
        value = value.slice(2)
      }
      // (the digits first: most runs of prose a spelled licence could be hold fewer than five)
      // (... but a passport of eight to ten characters may hold three, read out right after its name:
      // "my passport number is c four j eight r zero t x two")
      const digitCount = value.replace(/\D/g, '').length
      if (digitCount < 5 && !(digitCount >= 3 && spokenPassport(v, start, value)) && !(digitCount >= 1 && spokenLicense(v, start, value))) continue
      const items = [...value.matchAll(SPELLED_ITEM)].map((i) => i[0])
      if (!items.some((i) => /[A-Za-z]/.test(i))) continue
      if (taken.overlaps(start, start + value.length)) continue
      const ctx = contextWords(v, start, start + value.length, 3, 4)
      // "my licence, the number is l s d ...": the document named before "the number is"
      if (ctx.before[0] === 'is' && ctx.before[1] === 'number' && ctx.before[2] === 'the') ctx.before.push(...contextWords(v, start, start + value.length, 4, 0).before.slice(3))
      // "passport number m eight zero three ...", "my passport is t r 7703152": a passport read out the same way
      // ... or the answer to a question that asked for one ("the passport number as it appears on the photo page?" / "it's p as in peter a 0086754")
      const asked = numberAskedBefore(v, start)
      let passport = hasAny(ctx.before, PASSPORT_WORDS) || asked === 'passport'
      if (!passport && (!hasAny(ctx.before, LICENSE_NOUNS) || OTHER_LICENSES.has(ctx.before[0] ?? '')) && !licenseAfter(contextWords(v, start, start + value.length, 0, 9).after) && asked !== 'licence' && !driverNumber(ctx.before)) {
        // ... or named a sentence or so before, with nothing numbered between ("I'll need your driver's license number. Sure, it's f six four ...")
        const earlier = documentNamedBefore(v, start, LICENSE_REACH_WORDS)
        if (earlier === undefined) continue
        passport = earlier === 'passport'
      }
      taken.add(start, start + value.length)
      out.push({
        type: passport ? 'passport_number' : 'drivers_license',
        ...mapSpan(view, start, start + value.length),
        confidence: 0.8,
        detector: passport ? 'passport-context' : 'drivers-license-context',
        validated: false,
      })
    }
    // "Passport CZKFVFCX4": letters and a digit anywhere, right after the passport's name
    for (const m of v.matchAll(PASSPORT_CODE)) {
      const value = m[0]
      if (!/\d/.test(value) || !/[A-Z]/.test(value) || taken.overlaps(m.index, m.index + value.length)) continue
      if (!PASSPORT_RIGHT_BEFORE.test(v.slice(Math.max(0, m.index - 24), m.index))) continue
      taken.add(m.index, m.index + value.length)
      out.push({ type: 'passport_number', ...mapSpan(view, m.index, m.index + value.length), confidence: 0.8, detector: 'passport-context', validated: false })
    }
    // a table's cell: its column's name is the nearest word before it ("| Passenger | Passport | DOB |")
    const header = tableHeader(v)
    const columns = header === null ? null : new ColumnCursor(v, header)
    for (const m of v.matchAll(ID)) {
      const value = m[0]
      // ("Issue date: 2017-03-22" on a passport form is its date, not its number)
      const digits = value.match(/\d/g)?.length ?? 0
      // (a passport of eight or nine characters may hold as few as three digits: Germany's "C4J7R2LX9")
      const mixed = digits >= 3 && value.length >= 8 && value.length <= 10 && /[A-Za-z]/.test(value) && !value.includes('-')
      // ... and right after the passport's name, as few as one ("Passport number: HZ2NVJP6P", "Passport CZKFVFCX4")
      const named = digits >= 1 && value.length >= 8 && value.length <= 10 && /^[A-Z0-9]+$/.test(value) && PASSPORT_RIGHT_BEFORE.test(v.slice(Math.max(0, m.index - 24), m.index))
      if ((digits < 5 && !mixed && !named) || value.endsWith('-') || DATE_GROUPS.test(value) || HEX_LITERAL.test(value)) continue
      if (taken.overlaps(m.index, m.index + value.length)) continue
      // a part of a dotted version ("driver 11.0.24130.865"), and a JSON value its own key names as something
      // else ("start_ms":389675, "job":"3ed3b03e07" after a passport's or a licence's fields)
      if (inDottedNumber(v, m.index, m.index + value.length) || otherJsonKey(v, m.index)) continue
      const column = columns?.at(m.index)
      // (in a table, the words of the value's own cell and its column's name: a licence's column does not name the phone's cell after it)
      const ctx = column === undefined || header === null ? contextWords(v, m.index, m.index + value.length, 6, 4) : cellContext(v, m.index, m.index + value.length, header.sep, column)
      // ... or the answer to a question that asked for it ("please send the passport number, expiry date and DOB.\nCustomer: PA9928174, ...")
      let passport = hasAny(ctx.before, PASSPORT_WORDS) || numberAskedBefore(v, m.index) === 'passport' || (PASSPORT_SET_OFF.test(v.slice(m.index + value.length, m.index + value.length + 4)) && passportAfter(ctx.after))
      if (digits < 5 && !passport) continue
      // "license key ABCD-12345", "the licence fee is 12345": the licence word names something else
      const noun = ctx.before.findIndex((w) => LICENSE_NOUNS.has(w))
      // (... or the answer to a question that asked for it: "do you need their license number now? ... Okay, they said it's 179984522")
      let license = (hasAny(ctx.before, DRIVERS_LICENSE_WORDS) && !driverSpeaking(v, m.index, ctx.before) && !(noun > 0 && OTHER_LICENSES.has(ctx.before[noun - 1] ?? '')) && !nonDrivingLicense(ctx.before)) || licenseAfter(column === undefined ? contextWords(v, m.index, m.index + value.length, 0, 9).after : ctx.after) || (!passport && numberAskedBefore(v, m.index) === 'licence')
      // "My passport is from Ireland, the number is PX4412097": the document named before "the number is"
      const earlier = !passport && !license && bareNumberBefore(ctx.before) ? documentNamedBefore(v, m.index) : undefined
      if (earlier === 'passport' && (digits >= 5 || mixed)) passport = true
      else if (earlier === 'licence' && digits >= 5) license = true
      // ("requires a driver's license number on the alarm permit. Okay, hold on, let me grab my wallet. it's J7547810"):
      // the answer, "it's" before it, to the licence named a sentence or so before with nothing numbered between
      // ("the passport you'll be lodging with, is it the new one?\nCaller: Yes, new one. EH3810104."): a passport's shape,
      // the passport named up to a few sentences before with nothing numbered between
      // (or letters and digits mixed, eight to ten: Germany's "C7R2K9M41", after "For the passport, can you read me the number
      // on the photo page? Caller: Sure, it's ...")
      else if (!passport && !license && (PASSPORT_SHAPE.test(value) || mixed) && documentNamedBefore(v, m.index, PASSPORT_FAR_WORDS) === 'passport') passport = true
      else if (!passport && !license && digits >= 5 && ANSWER_LEADS.has(ctx.before[0] ?? '') && !ctx.after.slice(0, 3).some((a) => OTHER_DOCUMENT_NUMBERS.has(a)) && documentNamedBefore(v, m.index, LICENSE_REACH_WORDS) === 'licence') license = true
      if (!passport && !license) continue
      // (a licence's code of capitals joined by hyphens before its digits is its own: "licence FG-24-1182046", "IFI-SL-24-031877")
      const from = !passport && v.charCodeAt(m.index - 1) === 45 ? letterPrefixStart(v, m.index) : m.index
      const span = mapSpan(view, from, m.index + value.length)
      out.push({
        type: passport ? 'passport_number' : 'drivers_license',
        ...span,
        confidence: 0.8,
        detector: passport ? 'passport-context' : 'drivers-license-context',
        validated: false,
      })
    }
    return out
  },
}
