/**
 * National identity numbers of other countries than the US (which AssemblyAI's policies name only
 * as `us_social_security_number`; they are reported under it, as the nearest type): a number named
 * by its scheme ("aadhaar", "CPF", "PESEL", "T.C. Kimlik No", "NIN", "PhilSys", "PPS", "PAN") or as
 * someone's identity number ("my ID number is ...", "national identity number"), and the few shapes
 * that no other number has, when their check holds (Singapore's NRIC, Mexico's CURP, a UK National
 * Insurance number written in its pairs, a dotted CPF).
 *
 * A scheme's number must have that scheme's length; its check digit, when it has one, makes the
 * finding validated. The words before a number name it only up to the nearest word that names
 * another kind of number ("... my ID number is X and my cell is Y": Y is the phone's) or the number
 * before it.
 *
 * @module
 */
import { contextReach, contextWords } from '../internal/context-words.js'
import { mapSpan } from '../internal/offset-text.js'
import { isDigitCode } from '../internal/tokenize.js'
import { aadhaarValid, cpfValid, curpValid, dniValid, nricValid, panShaped, peselValid, ppsValid, saIdValid, steuerIdValid, tcKimlikValid } from '../internal/national-id-checksums.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

interface Scheme {
  readonly name: string
  /** Lengths in digits. */
  readonly lengths: readonly number[]
  readonly check?: (digits: string) => boolean
}

const AADHAAR: Scheme = { name: 'aadhaar', lengths: [12], check: aadhaarValid }
const CPF: Scheme = { name: 'cpf', lengths: [11], check: cpfValid }
const PESEL: Scheme = { name: 'pesel', lengths: [11], check: peselValid }
const TC_KIMLIK: Scheme = { name: 'tc-kimlik', lengths: [11], check: tcKimlikValid }
const NIN: Scheme = { name: 'nin', lengths: [11] }
const CITIZEN_ID_VN: Scheme = { name: 'cccd', lengths: [9, 12] }
const PHILSYS: Scheme = { name: 'philsys', lengths: [12, 16] }
const SSS: Scheme = { name: 'sss', lengths: [10] }
const UMID: Scheme = { name: 'umid', lengths: [12] }
const CNIC: Scheme = { name: 'cnic', lengths: [13] }
const NID_BD: Scheme = { name: 'nid', lengths: [10, 13, 17] }
const STEUER_ID: Scheme = { name: 'steuer-id', lengths: [11], check: steuerIdValid }
const TIN: Scheme = { name: 'tin', lengths: [9, 10, 11, 12, 13] }

/** The words that name a scheme (lower case; spelled letters are joined first: "n i n" is "nin"). */
const SCHEME_WORDS: ReadonlyMap<string, Scheme> = new Map([
  ['aadhaar', AADHAAR], ['aadhar', AADHAAR], ['adhaar', AADHAAR], ['uidai', AADHAAR],
  ['cpf', CPF],
  ['pesel', PESEL],
  ['kimlik', TC_KIMLIK], ['tckn', TC_KIMLIK], ['tckimlik', TC_KIMLIK],
  ['nin', NIN], ['nimc', NIN],
  ['cccd', CITIZEN_ID_VN], ['cmnd', CITIZEN_ID_VN],
  ['philsys', PHILSYS], ['psn', PHILSYS],
  ['sss', SSS],
  ['umid', UMID],
  ['cnic', CNIC], ['nicop', CNIC],
  ['nid', NID_BD],
  ['steuer', STEUER_ID], ['idnr', STEUER_ID], ['steueridentifikationsnummer', STEUER_ID], ['steuer-id', STEUER_ID],
  ['tin', TIN],
])

/** Checks tried for a number named only as someone's identity number, by length. */
const ANY_CHECK: ReadonlyMap<number, readonly ((d: string) => boolean)[]> = new Map([
  [11, [cpfValid, peselValid, tcKimlikValid, steuerIdValid]],
  [12, [aadhaarValid]],
  [13, [saIdValid]],
])

/** The words after "id" that make it an identity document's number ("id number", "ID no", "id card"). */
const ID_NUMBER_WORDS: ReadonlySet<string> = new Set(['number', 'no', 'num', 'nr', 'card'])
/** Words before "id" that make it someone's identity ("my ID number", "national ID", "tax ID", "the ID number we have"). */
const ID_OWNERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'their', 'our', 'the', 'national', 'tax', 'citizen', 'citizens', 'identity', 'voter', 'government', 'govt', 'state', 'photo', 'valid', 'new', 'old'])
/** "identity number", "identification number", "national identity card". */
const IDENTITY_WORDS: ReadonlySet<string> = new Set(['identity', 'identification', 'identidad', 'identité', 'identität'])

/**
 * Words that name another kind of number: where one stands nearer than an identity word, the number
 * is that kind's ("my id number is X and my cell is Y").
 */
const OTHER_NUMBER_WORDS: ReadonlySet<string> = new Set([
  'phone', 'cell', 'mobile', 'tel', 'telephone', 'whatsapp', 'fax', 'landline', 'contact', 'callback', 'hp', 'handphone',
  'card', 'account', 'acct', 'order', 'ticket', 'case', 'reference', 'ref', 'policy', 'member', 'customer', 'iban', 'routing',
  'sort', 'pin', 'otp', 'code', 'passport', 'licence', 'license', 'dl', 'postcode', 'zip', 'pincode', 'birth', 'born', 'dob',
  'transaction', 'tracking', 'invoice', 'booking', 'reservation', 'flight', 'amount', 'meter', 'serial', 'imei', 'ssn', 'social',
  'patient', 'student', 'employee', 'staff', 'user', 'player', 'seller', 'merchant', 'device', 'session', 'meeting', 'claim',
])

/** Digits in groups of at least two, apart by one space, dot or hyphen: 6 to 17 digits in all. */
const DIGITS = /(?<![\p{L}\p{N}_./-])\d{2,}(?:[ .-]\d{2,}){0,7}(?![\p{L}\p{N}_]|[.-]\d)/gu
/** Two-two-four or four-two-two digit groups: a date, not an identity number. */
const DATE_SHAPE = /^(?:\d{1,2}[ ./-]\d{1,2}[ ./-]\d{4}|\d{4}[ ./-]\d{1,2}[ ./-]\d{1,2})$/

/** Shapes only one scheme has; found without a word naming them when their check holds. */
const NRIC = /(?<![\p{L}\p{N}])[STFG]\d{7}[A-Z](?![\p{L}\p{N}])/gu
const CURP = /(?<![\p{L}\p{N}])[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d(?![\p{L}\p{N}])/gu
const CPF_DOTTED = /(?<![\p{N}.-])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\p{N}]|[.-]\d)/gu
/** A UK National Insurance number in its pairs ("JT 48 20 19 C"): the prefix letters the scheme allows. */
const NINO_SPACED = /(?<![\p{L}\p{N}])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] \d{2} \d{2} \d{2} [A-D](?![\p{L}\p{N}])/gu
/** Shapes that need their scheme named: India's PAN, Ireland's PPS number. */
const PAN = /(?<![\p{L}\p{N}])[A-Z]{5}\d{4}[A-Z](?![\p{L}\p{N}])/gu
const PPS = /(?<![\p{L}\p{N}])\d{7}[A-W][A-IW]?(?![\p{L}\p{N}])/giu
/** Spain's DNI and NIE ("48291736Q", "X1234567-L"): named ("DNI", "NIE", "NIF") or as someone's identity number. */
const DNI = /(?<![\p{L}\p{N}])(?:\d{8}|[XYZ]\d{7})[- ]?[A-Z](?![\p{L}\p{N}])/giu
const DNI_WORDS: ReadonlySet<string> = new Set(['dni', 'nie', 'nif'])

/** Texts without any of these words (or word starts) hold no identity number the context rules could name. */
const NAMED_TRIGGER = new RegExp(`\\b(?:${[...SCHEME_WORDS.keys(), ...DNI_WORDS, 'id', 'identi', 'pan', 'pps', 'n i n'].map((w) => w.replace('-', '\\-')).join('|')})`, 'i')

export const nationalIdDetector: Detector = {
  name: 'national-id',
  detect({ view }: DetectorInput): Candidate[] {
    const v = view.text
    const out: Candidate[] = []
    const emit = (start: number, end: number, confidence: number, detector: string, validated: boolean): void => {
      out.push({ type: 'us_social_security_number', ...mapSpan(view, start, end), confidence, detector, validated })
    }
    // the shapes only their scheme has (capitals: written text)
    if (/[A-Z]/.test(v)) {
      for (const m of v.matchAll(NRIC)) if (nricValid(m[0])) emit(m.index, m.index + m[0].length, 0.9, 'national-id-nric', true)
      for (const m of v.matchAll(CURP)) if (curpValid(m[0])) emit(m.index, m.index + m[0].length, 0.9, 'national-id-curp', true)
      for (const m of v.matchAll(NINO_SPACED)) emit(m.index, m.index + m[0].length, 0.8, 'national-id-nino', false)
    }
    if (v.includes('.')) for (const m of v.matchAll(CPF_DOTTED)) if (cpfValid(m[0].replace(/\D/g, ''))) emit(m.index, m.index + m[0].length, 0.9, 'national-id-cpf', true)
    if (!NAMED_TRIGGER.test(v)) return out
    for (const m of v.matchAll(PAN)) {
      if (panShaped(m[0]) && namingWords(v, m.index, m.index + m[0].length).includes('pan')) emit(m.index, m.index + m[0].length, 0.85, 'national-id-pan', false)
    }
    for (const m of v.matchAll(PPS)) {
      const words = namingWords(v, m.index, m.index + m[0].length)
      if (!words.includes('pps') && !words.includes('ppsn')) continue
      const checked = ppsValid(m[0].toUpperCase())
      emit(m.index, m.index + m[0].length, checked ? 0.9 : 0.7, 'national-id-pps', checked)
    }
    for (const m of v.matchAll(DNI)) {
      const words = namingWords(v, m.index, m.index + m[0].length)
      const named = words.some((w) => DNI_WORDS.has(w))
      const checked = dniValid(m[0].toUpperCase().replace(/[- ]/g, ''))
      if (named) emit(m.index, m.index + m[0].length, checked ? 0.95 : 0.7, 'national-id-dni', checked)
      else if (checked && namesIdentityNumber(words)) emit(m.index, m.index + m[0].length, 0.9, 'national-id-dni', true)
    }
    for (const m of v.matchAll(DIGITS)) {
      const value = m[0]
      const digits = value.replace(/\D/g, '')
      if (digits.length < 6 || digits.length > 17 || DATE_SHAPE.test(value)) continue
      const start = m.index
      const end = start + value.length
      const words = namingWords(v, start, end)
      const scheme = namedScheme(words)
      if (scheme !== undefined) {
        if (!scheme.lengths.includes(digits.length)) continue
        const checked = scheme.check?.(digits)
        emit(start, end, checked === true ? 0.95 : checked === false ? 0.7 : 0.8, `national-id-${scheme.name}`, checked === true)
        continue
      }
      if (!namesIdentityNumber(words)) continue
      const validated = (ANY_CHECK.get(digits.length) ?? []).some((check) => check(digits))
      emit(start, end, validated ? 0.9 : 0.75, 'national-id-context', validated)
    }
    return out
  },
}

/**
 * The words before [start, end) that may name it (nearest first, at most ten, spelled letters
 * joined: "my n i n is" gives "nin"), up to the first word naming another kind of number (the last
 * word returned) and not past the number before it.
 */
function namingWords(v: string, start: number, end: number): string[] {
  let from = start - 1
  const min = contextReach(start)
  while (from >= min && !isDigitCode(v.charCodeAt(from))) from--
  const before = contextWords(v, start, end, 10, 0, from + 1).before
  const out: string[] = []
  let letters = ''
  for (let k = 0; k < before.length; k++) {
    const w = before[k] as string
    if (w.length === 1 && /[a-z]/i.test(w)) {
      letters = w.toLowerCase() + letters
      continue
    }
    if (letters.length > 1) out.push(letters)
    letters = ''
    out.push(w)
    // (kept as the last word: in "order id number" the word before "id" says whose it is; in "your
    // citizen ID card" the card is the identity document)
    if (OTHER_NUMBER_WORDS.has(w) && !(w === 'card' && (before[k + 1] === 'id' || IDENTITY_WORDS.has(before[k + 1] ?? '')))) return out
  }
  if (letters.length > 1) out.push(letters)
  return out
}

function namedScheme(words: readonly string[]): Scheme | undefined {
  for (const w of words) {
    const scheme = SCHEME_WORDS.get(w)
    if (scheme !== undefined) return scheme
  }
  return undefined
}

/** "my ID number", "the ID no", "national ID", "identity number", "identification card". */
function namesIdentityNumber(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string
    if (IDENTITY_WORDS.has(w)) return true
    if (w !== 'id') continue
    const next = k > 0 ? words[k - 1] : undefined
    const prev = words[k + 1]
    if ((next === undefined || ID_NUMBER_WORDS.has(next)) && (prev === undefined || ID_OWNERS.has(prev))) return true
  }
  return false
}
