/**
 * The letters of account numbers: a code or spelled letters before the digits ("TB-5055-3118",
 * "C U S oh three ..."), and letters glued to the digits ("ACC61194133"), which the digit runs never see.
 *
 * @module
 */
import { ACCOUNT_WORDS, accountWordIn, cardNamedBefore, CODE_NAMED_AFTER, locativeLength, namedOtherwise, numberAskedBefore, OTHER_NUMBER_WORDS, ownIdBefore } from '../internal/context-lexicon.js'
import { contextWords } from '../internal/context-words.js'
import { PAUSE_WORDS_SOURCE } from '../internal/digit-runs.js'
import { mapSpan, type OffsetText } from '../internal/offset-text.js'
import { ColumnCursor, columnFirst, type TableHeader, tableHeader } from '../internal/table-columns.js'
import type { Candidate } from './detector.js'
import { COPULAS } from './classifier-context.js'
import { HEALTH_SCHEMES, namesHealthNumber, OWNER_HASH_BEFORE } from './health-number-classifier.js'

/** Words in capitals that name the number after them rather than belong to it ("BSB 032534", "MRN 2463617", "SSN 569546743"). */
const NAMING_WORDS: ReadonlySet<string> = new Set([...ACCOUNT_WORDS, 'mrn', 'uhid', 'nhs', 'chi', 'ihi', 'ehic', 'ohip', 'ramq', 'phn', 'hcn', 'mbi', 'pt', 'id', 'no', 'num', 'ssn', 'sin', 'tin', 'itin', 'ein', 'dob', 'iban', 'bic', 'nif', 'nie', 'dni', 'nric', 'pesel', 'bsn', 'tfn', 'cpf',
  // a routing or transit number's and a licence's labels ("RTN 055029829", "DL 160472169")
  'rtn', 'rt', 'abn', 'dl', 'dln', 'mbi', 'acct', 'acc', 'pp',
  // Brazil's SUS card number ("CNS 2474 5472 7490 000")
  'cns',
  // every health scheme's name ("NDIS 431 557 209", "NHI ...")
  ...HEALTH_SCHEMES])

/** Two to five capitals, a digit maybe after them, and a dot, right before a number ("APC.", "APJ1."). */
const DOTTED_CODE_BEFORE = /(?<![\p{L}\p{N}.])[A-Z]{2,5}\d?\.$/u
/** Capitals then one or two digits and a hyphen, right before a number ("HO4-"). */
const CODE_WITH_DIGIT_BEFORE = /(?<![\p{L}\p{N}])[A-Z]{1,4}\d{1,2}-$/u

/**
 * Where the letters before an account number's digits start: an upper-case code joined by a hyphen, a
 * slash or a space ("TB-", "MTR/", "ACC "), a lower-case code joined by a hyphen or a slash ("khi-"),
 * a code with a digit joined by a hyphen ("HO4-"), or letters spelled out one by one ("C U S ", "a c c ");
 * `start` when there are none. At most four letters (five for a code).
 */
/** Where codes of capitals joined by hyphens end right before `start` (after their hyphen) begin, or `start`. */
function hyphenedCodesStart(text: string, start: number): number {
  let j = start - 1
  let best = start
  let lettered = false
  for (let segments = 0; segments < 3; segments++) {
    let k = j
    while (k > 0 && j - k < 5 && /[A-Z0-9]/.test(text.charAt(k - 1))) k--
    const code = text.slice(k, j)
    const letters = /[A-Z]/.test(code)
    if (code.length === 0 || (!letters && code.length > 3) || /[A-Za-z0-9]/.test(text.charAt(k - 1) === '-' ? '' : text.charAt(k - 1))) break
    lettered ||= letters
    best = k
    if (text.charAt(k - 1) !== '-') break
    j = k - 1
  }
  return lettered ? best : start
}

export function letterPrefixStart(text: string, start: number): number {
  const sep = text.charAt(start - 1)
  // a platform's id, its kind's letters joined by an underscore: "cus_50928164", "u_7719024", "shopper_4471902"
  if (sep === '_') {
    let j = start - 1
    while (j > 0 && j > start - 12 && /[A-Za-z]/.test(text.charAt(j - 1))) j--
    return j < start - 1 && (j === 0 || !/[A-Za-z0-9_]/.test(text.charAt(j - 1))) ? j : start
  }
  // a hospital's or an insurer's code and a dot: "APC.0098120345", "MAX.1190822471", "APJ1.0012458871" (capitals, a digit
  // maybe; not a version's or an address's dotted numbers, nor a sentence's last word)
  if (sep === '.') {
    const code = DOTTED_CODE_BEFORE.exec(text.slice(Math.max(0, start - 8), start))
    return code === null ? start : start - code[0].length
  }
  if (sep !== '-' && sep !== ' ' && sep !== '/') return start
  // codes of capitals (a digit in them too) joined by hyphens, up to three: "HO3-TX-00481927", "FL-HO3-22918460",
  // "40-HO-118273" (a short number among them when one has letters)
  if (sep === '-') {
    const codes = hyphenedCodesStart(text, start)
    if (codes < start) return codes
  }
  // a form's code with a digit in it, joined by a hyphen: "HO4-6922110" (a renters policy)
  if (sep === '-') {
    const code = CODE_WITH_DIGIT_BEFORE.exec(text.slice(Math.max(0, start - 9), start))
    if (code !== null) return start - code[0].length
  }
  // an upper-case code: "TB-", "DPM ", "MTR/"
  let k = start - 1
  while (k > 0 && k > start - 6 && /[A-Z]/.test(text.charAt(k - 1))) k--
  // (an account word in capitals a space before names the number: "BSB 032534", "MRN 2463617"; joined, "ACC-7555-035", it is part of it)
  // (and a code of two letter groups joined the same way: "CA-HOME-559012")
  if (k < start - 1 && sep !== ' ' && text.charAt(k - 1) === sep) {
    let j = k - 1
    while (j > 0 && j > k - 7 && /[A-Z]/.test(text.charAt(j - 1))) j--
    if (j < k - 1 && (j === 0 || !/[A-Za-z0-9]/.test(text.charAt(j - 1)))) return j
  }
  if (k < start - 1 && (k === 0 || !/[A-Za-z0-9]/.test(text.charAt(k - 1))) && (sep !== ' ' || (start - 1 - k >= 2 && !NAMING_WORDS.has(text.slice(k, start - 1).toLowerCase())))) return k
  // a code in lower case joined to the digits, as speech-to-text writes it ("khi-548036470", "mtr/4094639")
  if (sep !== ' ') {
    let j = start - 1
    while (j > 0 && j > start - 6 && /[a-z]/.test(text.charAt(j - 1))) j--
    if (start - 1 - j >= 2 && (j === 0 || !/[A-Za-z0-9]/.test(text.charAt(j - 1)))) return j
  }
  return sep === ' ' ? spelledLettersStart(text, start) : start
}

/**
 * Where letters spelled out one by one right before the digits at `start` begin ("C U S ", "t b ",
 * "H L P, "; not the "s" of "it's"), or `start` when there are none. At most four letters.
 */
function spelledLettersStart(text: string, start: number): number {
  const sep = text.charAt(start - 1)
  if (sep !== ' ') return start
  const isLetter = (c: string): boolean => /^[A-Za-z]$/.test(c)
  let first = start
  let letters = 0
  // (a pause between the letters and the digits, as raw speech-to-text writes one: "c l  44812")
  let from = start - 1
  while (from > start - 4 && text.charAt(from - 1) === ' ') from--
  if (text.charAt(from - 1) === ',') from--
  // (not the "c" of "a/c")
  const letterAlone = (at: number): boolean => at === 0 || !/[A-Za-z0-9'’/]/.test(text.charAt(at - 1))
  // letters read out with commas ("H, H, 4, 0, 7") keep them between every letter
  const step = text.charAt(from) === ',' && text.charAt(from - 3) === ',' && text.charAt(from - 2) === ' ' ? 3 : 2
  for (let j = from; letters < 4 && j >= 1 && (text.charAt(j) === ' ' || j === from || (step === 3 && text.charAt(j) === ',')) && isLetter(text.charAt(j - 1)) && letterAlone(j - 1); j -= step) {
    first = j - 1
    letters++
  }
  // one lone letter is a word ("a", "I") more often than a code; any other ("M 2917045", raw "m 2917045") is a code's
  return letters >= 2 || (letters === 1 && /[B-HJ-Zb-hj-z]/.test(text.charAt(first))) ? first : start
}

/**
 * Letters, then digits, maybe a check letter or a hyphenated suffix after them ("HX6842945C", a policy's "PA774129-03"; with a letter, five digits do: Medicaid's
 * "SY21207A"), or a second group of digits ("CU5279 6073"), perhaps after a pause ("H6942... let me see... 6347"); or
 * digits and a check letter alone ("169665506H").
 */
const LETTERS_THEN_DIGITS = new RegExp(
  String.raw`(?<![A-Za-z0-9])(?:[A-Za-z]{1,4}(?:\d{6,14}[A-Za-z]?(?:-\d{1,3}(?![\d-]))?|\d{5}[A-Za-z]|\d{3,6} \d{3,8}|\d{3,6}(?:\.{3}|…)(?: (?:${PAUSE_WORDS_SOURCE})(?:\.{3}|…|,)?)? \d{3,8})|\d{7,12}[A-Za-z])(?![A-Za-z0-9])`,
  'g',
)

/**
 * Letters that open a ticket's or a record's key, not an account's ("INC4210623", "TKT-3889-SM",
 * "RITM0077982"): ServiceNow's incidents, requests and changes, and common ticket prefixes.
 */
const TICKET_CODE_PREFIX = /^(?:inc|tkt|tix|ritm|req|chg|prb|task|sr|case|cs|rma|ord|inv|po)(?=[-_\d]|$)/i

/**
 * The words between the account word and the value say where it is found, the account word's
 * "number"/"ID" right before them ("the member ID on my Blue Cross card is XJH884201736").
 */
function locatedFrom(before: readonly string[], pos: number): boolean {
  for (let k = 0; k < pos; k++) {
    const located = locativeLength(before, k)
    if (located > 0) return k + located >= pos - 1
  }
  return false
}

/** The account word names the value itself: right before it, or before its "number"/"id" ("member number SR4455667"). */
function namedRightBefore(before: readonly string[], pos: number): boolean {
  return pos === 0 || (pos === 1 && ID_NOUN_WORDS.has(before[0] ?? ''))
}
const ID_NOUN_WORDS: ReadonlySet<string> = new Set(['number', 'no', 'num', 'id', 'ids'])

/** Two to five capitals joined by a hyphen or a slash, right before a code ("LMN-" of "LMN-P326658"). */
const CODE_JOINED_BEFORE = /(?<![\p{L}\p{N}])[A-Z]{2,5}[-/]$/u

/** A space and a member's two-digit suffix, 01 to 09, ending the number (" 01" of "U24312016 01"). */
const MEMBER_SUFFIX_AFTER = /^ 0[1-9](?![\p{L}\p{N}]|[.,/:-]\d)/u

/**
 * Account numbers written as one token of letters and digits ("ACC61194133", "NE30778732"): the digit
 * runs never see them (digits glued to letters belong to a word), so they are read here, with an
 * account word right before (or a health number's name: "hospital number K387454"), or a table's
 * column named so (`header`: the caller's reading of the text's header, if it has it).
 */
export function lettersAndDigits(view: OffsetText, header: TableHeader | null = tableHeader(view.text)): Candidate[] {
  const out: Candidate[] = []
  const columns = header === null ? null : new ColumnCursor(view.text, header)
  for (const m of view.text.matchAll(LETTERS_THEN_DIGITS)) {
    // (a scheme's code in capitals joined before it is the number's too: "policy LMN-P326658")
    const code = CODE_JOINED_BEFORE.exec(view.text.slice(Math.max(0, m.index - 7), m.index))
    const start = code === null ? m.index : m.index - code[0].length
    // (a table's cell: its column's name is the nearest word before it, "tenant_id,...\n...,TNT21801R,...")
    const column = columns?.at(start)
    const near = contextWords(view.text, start, m.index + m[0].length, 8, 0).before
    const before = column === undefined ? near : columnFirst(column, near)
    // (a member's two-digit suffix after it is its own: "member ID U24312016 01", the subscriber 01, a dependant 02)
    const suffix = MEMBER_SUFFIX_AFTER.exec(view.text.slice(m.index + m[0].length, m.index + m[0].length + 5))
    const end = m.index + m[0].length + (suffix === null ? 0 : suffix[0].length)
    // "Hospital number K387454": a patient's number
    // (as sure as the digits' own finding, so the whole code wins over its last group: "Cigna ID U4419 08273")
    if (namesHealthNumber(before)) {
      out.push({ type: 'healthcare_number', ...mapSpan(view, start, end), confidence: 0.9, detector: 'healthcare-context', validated: false })
      continue
    }
    const pos = before.findIndex((_, i) => accountWordIn(before, i))
    if (pos >= 0 && (pos <= 4 || locatedFrom(before, pos))) {
      if (!namedOtherwise(before, pos) && !(TICKET_CODE_PREFIX.test(view.text.slice(start, end)) && !namedRightBefore(before, pos))) out.push({ type: 'account_number', ...mapSpan(view, start, end), confidence: 0.85, detector: 'account-context', validated: false })
      continue
    }
    // "Can I get the member ID off your card? It's L13085787": the answer to a question that asked for one
    // (... or for a health scheme's: "what's your enrollee ID? Caller: It's HYG8090981")
    // "my ID is MBR0044718293", "the ID on my card is LKM883104472": a person's own ID of letters and digits
    if (ownIdBefore(before)) {
      out.push({ type: 'account_number', ...mapSpan(view, start, end), confidence: 0.8, detector: 'account-own-id', validated: false })
      continue
    }
    const asked = numberAskedBefore(view.text, start)
    if (asked === 'account') out.push({ type: 'account_number', ...mapSpan(view, start, end), confidence: 0.8, detector: 'account-asked', validated: false })
    // "White Card: Chloe Nguyen, card no 1HSQ4829173", "And the card number? Caller: 1HSQ6603817.", "NPORS card:
    // N/8841273": a code of letters and digits is no payment card's, and a card's number so named is its holder's
    else if (asked === 'card-number' || cardNamedBefore(before) !== null) out.push({ type: 'account_number', ...mapSpan(view, start, end), confidence: 0.75, detector: 'named-card', validated: false })
    else if (asked === 'health') out.push({ type: 'healthcare_number', ...mapSpan(view, start, end), confidence: 0.8, detector: 'healthcare-asked', validated: false })
    // "UGV842388505, that's the, uh, the member ID on the front", "CR2190395 — that is the account # on the letter":
    // named right after it
    else if (pos < 0 && CODE_NAMED_AFTER.test(view.text.slice(end, end + 60))) out.push({ type: 'account_number', ...mapSpan(view, start, end), confidence: 0.8, detector: 'account-named-after', validated: false })
  }
  out.push(...mixedCodes(view))
  out.push(...prefixedIds(view))
  out.push(...shortCodes(view, header))
  out.push(...spokenMixedCodes(view))
  return out
}

/**
 * Letters said one by one and digits mixed, as speech-to-text writes a code read out ("t t 7 m 2 k 94 r",
 * "l g 58968 k"): single lower-case letters and digit groups one space apart.
 */
/** "known traveler number", "trusted traveller ID": a trusted-traveller scheme's number, named by its words (at `k`, the traveller's). */
function knownTraveller(before: readonly string[], k: number): boolean {
  return (before[k] === 'traveler' || before[k] === 'traveller') && (before[k + 1] === 'known' || before[k + 1] === 'trusted') && ID_NOUN_WORDS.has(before[k - 1] ?? '')
}

const VALIDATED_SCHEMES: ReadonlySet<string> = new Set(['medicare', 'mbi', 'nhi'])
const SPOKEN_MIXED = /(?<![\p{L}\p{N}'’-])(?:(?:[a-z]|\d{1,9}) ){2,13}(?:[a-z]|\d{1,9})(?![\p{L}\p{N}'’-])/gu

/**
 * A code read out in letters and digits, a letter after a digit (what a letters-then-digits code's rules do not
 * read): an account's ("my known traveler number is t t seven m two k nine four r") or a health plan's
 * ("on medicaid my id is l g five eight nine six eight k"), named right before.
 */
function spokenMixedCodes(view: OffsetText): Candidate[] {
  const out: Candidate[] = []
  for (const m of view.text.matchAll(SPOKEN_MIXED)) {
    // ("a" and "i" at its edges are words: "is a 4 ...", "... 2 i think")
    const value = m[0].replace(/^(?:[ai] )+/, '').replace(/(?: [ai])+$/, '')
    const start = m.index + m[0].indexOf(value)
    const items = value.split(' ')
    const letters = items.filter((t) => /^[a-z]$/.test(t)).length
    const digits = value.replace(/\D/g, '').length
    const characters = letters + digits
    const letterAfterDigit = /\d [a-z]/.test(value)
    if (letters < 2 || digits < 4 || characters < 7 || characters > 14 || !letterAfterDigit) continue
    const before = contextWords(view.text, start, start + value.length, 6, 0).before
    let k = 0
    while (k < 3 && COPULAS.has(before[k] ?? '')) k++
    if (ID_NOUN_WORDS.has(before[k] ?? '')) k++
    const named = knownTraveller(before, k) ? 'ktn' : before[k] ?? ''
    // ("on medicaid my id is ...": an ID after a health scheme named in the same breath)
    const health = namesHealthNumber(before) || (k > 0 && ID_NOUN_WORDS.has(before[k - 1] ?? '') && before.slice(k).some((w) => HEALTH_SCHEMES.has(w)))
    // (an account's word before its "number" or "ID": "the wire is ..." names no number)
    if (!health && (!ACCOUNT_WORDS.has(named) || (named !== 'ktn' && !(k > 0 && ID_NOUN_WORDS.has(before[k - 1] ?? ''))) || namedOtherwise(before, k))) continue
    // (a scheme whose pattern is checked, Medicare's MBI and New Zealand's NHI, is left to its own detector)
    if (before.some((w) => VALIDATED_SCHEMES.has(w))) continue
    out.push({ type: health ? 'healthcare_number' : 'account_number', ...mapSpan(view, start, start + value.length), confidence: 0.8, detector: 'spoken-mixed-code', validated: false })
  }
  return out
}

/**
 * A platform's id of a customer, a user or an account, its kind's prefix joined by "_" (Stripe's "cus_NbT4x0QeR2mJcZ",
 * "acct_3318920", an app's "usr_0pY6Tq2Bv"): what the prefix names is one person's account wherever the id is
 * written, so it needs no word before it. A digit inside, so a record's key ("acct_holder", "user_name") is none.
 */
const PREFIXED_ID = /(?<![\p{L}\p{N}_.-])(?:cus|cust|customer|usr|user|acct|mbr|member)_(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{6,28}(?![\p{L}\p{N}_-])/gu

function prefixedIds(view: OffsetText): Candidate[] {
  const out: Candidate[] = []
  if (!view.text.includes('_')) return out
  for (const m of view.text.matchAll(PREFIXED_ID)) out.push({ type: 'account_number', ...mapSpan(view, m.index, m.index + m[0].length), confidence: 0.85, detector: 'account-prefixed-id', validated: false })
  return out
}

/**
 * A short code of capitals and digits in any order, at least one letter and two digits: what loyalty schemes
 * and some insurers issue ("AAdvantage NJN97ZU", "member number 7HX2941"). Too short to tell from a booking
 * or a part by its shape, so only named right before by an account's word, or its "number is" after it, or
 * by its table column ("employee_id,name\nE10448,...").
 */
const SHORT_CODE = /(?<![\p{L}\p{N}-])(?=(?:[A-Z]*\d){2})(?=\d*[A-Z])[A-Z0-9]{6,12}(?![\p{L}\p{N}]|-[A-Za-z0-9])/gu

function shortCodes(view: OffsetText, header: TableHeader | null): Candidate[] {
  const out: Candidate[] = []
  const columns = header === null ? null : new ColumnCursor(view.text, header)
  for (const m of view.text.matchAll(SHORT_CODE)) {
    const column = columns?.at(m.index)
    const near = contextWords(view.text, m.index, m.index + m[0].length, 4, 0).before
    const before = column === undefined ? near : columnFirst(column, near)
    let k = 0
    if (COPULAS.has(before[k] ?? '')) k++
    if (ID_NOUN_WORDS.has(before[k] ?? '')) k++
    const named = knownTraveller(before, k) ? 'ktn' : before[k] ?? ''
    // (not letters and a year: a document's version, "policy HR2024")
    if (!ACCOUNT_WORDS.has(named) || TICKET_CODE_PREFIX.test(m[0]) || /^[A-Z]{1,4}(?:19|20)\d\d$/.test(m[0]) || namedOtherwise(before, k)) continue
    out.push({ type: 'account_number', ...mapSpan(view, m.index, m.index + m[0].length), confidence: 0.8, detector: 'account-short-code', validated: false })
  }
  return out
}


/**
 * A number ends a sentence between the last `word` in the 80 characters before `at` and `at`: a digit, a
 * full stop and a capital ("account 19283746. Linked to ..."; not an abbreviation's stop, "Acct. No.").
 */
function sentenceEndsBetween(text: string, word: string, at: number): boolean {
  const head = text.slice(Math.max(0, at - 80), at)
  const from = head.toLowerCase().lastIndexOf(word)
  return from >= 0 && /\d[.!?]\s+[A-Z]/.test(head.slice(from))
}

/**
 * A token of letters and digits mixed (at least four digits, two letters), maybe in hyphenated parts: "4VW8K28QN44",
 * "4P18-CN8-TK14", "A-4F92C1D7" (a document's code has fewer: "policy HR-POL-017").
 */
const MIXED_CODE = /(?<![A-Za-z0-9-])(?=(?:[A-Za-z-]*\d){4})(?=(?:[\d-]*[A-Za-z]){2})(?:[A-Za-z0-9]{2,}|[A-Za-z0-9](?=-))(?:-[A-Za-z0-9]{2,}){0,3}(?![A-Za-z0-9-])/g
/** How long such a code is, its hyphens aside. */
const MIXED_MIN = 8
const MIXED_MAX = 16

/**
 * Identifiers of letters and digits in any order (Medicare's "4VW8K28QN44", a plan's "4P18-CN8-TK14"),
 * named right before as an account's, a member's or a health number ("Medicare number 7HC7DH2QC16").
 * Only with that name: codes of this shape are also orders, parts and bookings.
 */
function mixedCodes(view: OffsetText): Candidate[] {
  const out: Candidate[] = []
  for (const m of view.text.matchAll(MIXED_CODE)) {
    const code = m[0]
    const length = code.length - (code.split('-').length - 1)
    // (letters then digits are read above)
    if (length < MIXED_MIN || length > MIXED_MAX || /^[A-Za-z]{1,4}\d+[A-Za-z]?$/.test(code)) continue
    const before = contextWords(view.text, m.index, m.index + code.length, 6, 0).before
    const span = mapSpan(view, m.index, m.index + code.length)
    if (namesHealthNumber(before) || OWNER_HASH_BEFORE.test(view.text.slice(Math.max(0, m.index - 24), m.index))) {
      out.push({ type: 'healthcare_number', ...span, confidence: 0.8, detector: 'healthcare-context', validated: false })
      continue
    }
    // (not a code whose own prefix or a word nearer than the account's names another kind: "account (PO PO-053516)")
    const pos = before.findIndex((_, i) => accountWordIn(before, i))
    // (nor one whose account word ended a sentence before it: "account 19283746. Linked to FRD-20501")
    if (pos >= 0 && sentenceEndsBetween(view.text, before[pos] as string, m.index)) continue
    if (pos < 0 && ownIdBefore(before) && !TICKET_CODE_PREFIX.test(code)) {
      out.push({ type: 'account_number', ...span, confidence: 0.8, detector: 'account-own-id', validated: false })
      continue
    }
    if (pos < 0 || pos > 3 || OTHER_NUMBER_WORDS.has((code.split('-')[0] ?? '').toLowerCase()) || (TICKET_CODE_PREFIX.test(code) && !namedRightBefore(before, pos)) || before.slice(0, pos).some((w) => OTHER_NUMBER_WORDS.has(w))) {
      // ... or the answer to a question that asked for one ("Can you confirm the policy number? I have it as 7720-CAR-118934")
      if ((pos < 0 || pos > 3) && numberAskedBefore(view.text, m.index) === 'account' && !OTHER_NUMBER_WORDS.has((code.split('-')[0] ?? '').toLowerCase())) out.push({ type: 'account_number', ...span, confidence: 0.8, detector: 'account-asked', validated: false })
      continue
    }
    out.push({ type: 'account_number', ...span, confidence: 0.8, detector: 'account-context', validated: false })
  }
  return out
}
