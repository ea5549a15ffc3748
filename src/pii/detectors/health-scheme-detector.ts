/**
 * Health-scheme identifiers whose letters and digits stand in fixed places, which the digit runs
 * never see whole: New Zealand's National Health Index number (NHI: three letters and four digits,
 * "ZAC5361", the last a mod-11 check digit; since 2022 also three letters, two digits and two letters)
 * and the US Medicare Beneficiary Identifier (MBI: eleven characters in a fixed pattern,
 * "1EG4-TE5-MK73"). Both are named: an NHI by "NHI" or "national health index" a few words before it
 * (three letters and four digits are also plates and codes), an MBI by Medicare or "MBI" within the
 * sentence before it. Spelled out ("c b q nine seven nine four"), the letters are read one by one. Also a
 * health insurer's enrolment number in slashed parts ("NHIA number KN/1839121/B"), named. And India's ABHA address
 * ("meenu.arora@abdm"), by its "@abdm".
 *
 * @module
 */
import { OTHER_NUMBER_WORDS } from '../internal/context-lexicon.js'
import { contextWords } from '../internal/context-words.js'
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

/**
 * A health insurer's enrolment number in slashed parts, as Nigeria's NHIA and its HMOs write them
 * ("KN/1839121/B", "NHIA-OY/8545155/D", "HYG/23408/C"): named by the scheme or an enrollee word before it.
 */
const SLASHED_ENROLMENT = /(?<![\p{L}\p{N}/-])(?:[A-Z]{2,5}-)?[A-Z]{2,5}\/\d{4,9}\/[A-Z0-9]{1,3}(?![\p{L}\p{N}]|\/\w)/gu
const ENROLMENT_WORDS: ReadonlySet<string> = new Set(['nhia', 'nhis', 'enrollee', 'enrolee', 'hmo', 'nhf'])
/** Quebec's health insurance number: four capitals, then the birth date's year, month and day and two digits. */
const RAMQ = /(?<![\p{L}\p{N}])[A-Z]{4} ?(\d{2})(\d{2}) ?(\d{2})\d{2}(?![\p{L}\p{N}])/gu
/** Where Quebec's health card is spoken of: its scheme, its name in French or English, the province. */
const RAMQ_SPOKEN_OF = /ramq|assurance[ -]maladie|carte soleil|health (?:card|insurance)|qu[ée]bec/i
/** An ABHA address: letters, digits, dots and underscores, then "@abdm" (or "@sbx"), no domain after it. */
const ABHA_ADDRESS = /(?<![\p{L}\p{N}._@-])\p{L}[\p{L}\p{N}._]{2,31}@(?:abdm|sbx)(?![\p{L}\p{N}@]|\.[\p{L}\p{N}])/giu
/** NHI letters: the alphabet without I and O. */
const NHI_LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ'
/** Three letters (maybe spelled one by one), then four digits or two digits and two letters. */
const NHI = /(?<![\p{L}\p{N}])([A-HJ-NP-Z](?: ?[A-HJ-NP-Z]){2}) ?(\d{4}|\d{2}[A-HJ-NP-Z]{2})(?![\p{L}\p{N}])/giu
/**
 * An MBI: digit 1-9, letter, letter or digit, digit, letter, letter or digit, digit, two letters, two
 * digits; letters without S, L, O, I, B, Z; written whole or in its 4-3-4 groups with dashes or spaces.
 */
const MBI_L = '[AC-HJKMNP-RT-Y]'
const MBI_AN = '[AC-HJKMNP-RT-Y0-9]'
const MBI = new RegExp(`(?<![\\p{L}\\p{N}-])[1-9]${MBI_L}${MBI_AN}\\d([- ]?)${MBI_L}${MBI_AN}\\d\\1${MBI_L}{2}\\d{2}(?![\\p{L}\\p{N}-])`, 'gu')
const MEDICARE_WORDS: ReadonlySet<string> = new Set(['medicare', 'mbi', 'beneficiary'])
/** An MBI read out: letters and digits one or two at a time, a space or two apart ("6 x 09 x u 0 h v 92", "4 r g 5  q n 1  j a 25" in the view). */
const MBI_SPOKEN = /(?<![\p{L}\p{N}])[a-z0-9]{1,2}(?: {1,2}[a-z0-9]{1,2}){5,14}(?![\p{L}\p{N}])/gu
const MBI_WHOLE = new RegExp(`^[1-9]${MBI_L}${MBI_AN}\\d${MBI_L}${MBI_AN}\\d${MBI_L}{2}\\d{2}$`)

/** The old format's check: letters as 1-24, weights 7 to 2, the check digit 11 minus the remainder (never 11, 10 reads 0). */
export function nhiValid(nhi: string): boolean {
  const s = nhi.toUpperCase()
  if (!/^[A-HJ-NP-Z]{3}\d{4}$/.test(s)) return false
  let sum = 0
  for (let k = 0; k < 6; k++) {
    const c = s.charAt(k)
    const v = k < 3 ? NHI_LETTERS.indexOf(c) + 1 : Number(c)
    sum += v * (7 - k)
  }
  const rest = sum % 11
  if (rest === 0) return false
  const check = (11 - rest) % 10
  return check === Number(s.charAt(6))
}

/** "NHI", "N H I" or "national health index" among the few words before. */
function namesNhi(before: readonly string[]): boolean {
  for (let k = 0; k < before.length; k++) {
    const w = before[k]
    if (w === 'nhi') return true
    if (w === 'index' && before[k + 1] === 'health' && before[k + 2] === 'national') return true
  }
  return false
}

/**
 * "version code is KT", "version code: AB", "version code a b": a health card's (Ontario's) version code, in
 * capitals or spelled in lower-case speech, ending what is said (not "version code 2.1", a program's).
 */
const VERSION_CODE = /\bversion[ \t]+code(?:[ \t]+(?:is|was|of|it's|its)|[ \t]*:)?[ \t]+((?:[A-Z]{1,2})|(?:[a-z][ \t]{1,2}[a-z]|[a-z]))(?=[ \t]*(?:[.,;!?)]|\r?\n|$|[ \t]{2}|[ \t]+(?:and|but|on|for|now|please|thanks|thank)\b))/g

export const healthSchemeDetector: Detector = {
  name: 'health-scheme',
  detect({ view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    const v = view.text
    // (a cheap look for the names first: most texts have neither)
    if (/nhi|health index/i.test(v)) {
      for (const m of v.matchAll(NHI)) {
        const letters = (m[1] as string).replace(/ /g, '')
        const code = letters + (m[2] as string)
        // spelled letters are lower-case speech ("c b q 9794"); written ones are capitals ("ZAC5361", "zac5361" is a word's)
        const spelled = (m[1] as string).includes(' ')
        if (!spelled && letters !== letters.toUpperCase()) continue
        const before = contextWords(v, m.index, m.index + m[0].length, 6, 0).before
        if (!namesNhi(before)) continue
        const valid = nhiValid(code)
        out.push({ type: 'healthcare_number', ...mapSpan(view, m.index, m.index + m[0].length), confidence: valid ? 0.95 : 0.8, detector: 'nhi', validated: valid })
      }
    }
    // an Ontario health card's version code, its one or two letters named after the number ("the version code is KT",
    // "version code a b"): with the number, it is what a clinic bills the card with
    if (/version code/i.test(v)) {
      for (const m of v.matchAll(VERSION_CODE)) {
        const value = m[1] as string
        const start = m.index + m[0].length - value.length
        out.push({ type: 'healthcare_number', ...mapSpan(view, start, start + value.length), confidence: 0.8, detector: 'health-version-code', validated: false })
      }
    }
    if (v.includes('/') && /nhia|nhis|enrol|hmo|nhf/i.test(v)) {
      for (const m of v.matchAll(SLASHED_ENROLMENT)) {
        const before = contextWords(v, m.index, m.index + m[0].length, 8, 0).before
        if (!before.some((w) => ENROLMENT_WORDS.has(w))) continue
        out.push({ type: 'healthcare_number', ...mapSpan(view, m.index, m.index + m[0].length), confidence: 0.85, detector: 'health-enrolment', validated: false })
      }
    }
    // Quebec's health insurance number (RAMQ): a surname's first three letters and a given name's first, then the birth
    // date (the month plus 50 for a woman) and two digits, in 4-4-4 groups ("BEAJ 8304 2217"), where Quebec's card is
    // spoken of
    if (RAMQ_SPOKEN_OF.test(v)) {
      for (const m of v.matchAll(RAMQ)) {
        const month = Number(m[2])
        const day = Number(m[3])
        if (!((month >= 1 && month <= 12) || (month >= 51 && month <= 62)) || day < 1 || day > 31) continue
        // (another number's name right before it: "order ABCD 1205 0312" is the order's)
        if (contextWords(v, m.index, m.index + m[0].length, 2, 0).before.some((w) => OTHER_NUMBER_WORDS.has(w))) continue
        out.push({ type: 'healthcare_number', ...mapSpan(view, m.index, m.index + m[0].length), confidence: 0.85, detector: 'ramq', validated: false })
      }
    }
    // India's ABHA address, a person's health account as a handle at the national health stack ("meenu.arora@abdm",
    // "rohit.malviya1990@abdm"; "@sbx" in its sandbox): no e-mail address, for it has no domain's dot
    if (v.includes('@')) {
      for (const m of v.matchAll(ABHA_ADDRESS)) {
        out.push({ type: 'healthcare_number', ...mapSpan(view, m.index, m.index + m[0].length), confidence: 0.9, detector: 'abha-address', validated: false })
      }
    }
    if (/medicare|mbi|beneficiary/i.test(v)) {
      for (const m of v.matchAll(MBI)) {
        const before = contextWords(v, m.index, m.index + m[0].length, 12, 0).before
        if (!before.some((w) => MEDICARE_WORDS.has(w))) continue
        out.push({ type: 'healthcare_number', ...mapSpan(view, m.index, m.index + m[0].length), confidence: 0.9, detector: 'mbi', validated: false })
      }
      // said one character at a time: the characters joined must make an MBI, in its fixed pattern
      for (const m of v.matchAll(MBI_SPOKEN)) {
        // (the first characters may be a word of the sentence: "is 6 x 09 ..." starts at "6", and the run may run on: "... 92 and")
        // ("oh" is a zero the view left as a word: an MBI has no letter O)
        const parts = [...m[0].matchAll(/[a-z0-9]+/g)].map((q) => ({ text: q[0] === 'oh' ? '0' : q[0], start: m.index + q.index, length: q[0].length }))
        let found = false
        for (let a = 0; a < parts.length && !found; a++) {
          let joined = ''
          for (let b = a; b < parts.length && joined.length < 11; b++) {
            const last = parts[b] as { text: string; start: number; length: number }
            joined += last.text
            if (joined.length !== 11 || !MBI_WHOLE.test(joined.toUpperCase())) continue
            const from = (parts[a] as { start: number }).start
            const to = last.start + last.length
            const before = contextWords(v, from, to, 8, 0).before
            if (!before.some((w) => MEDICARE_WORDS.has(w))) break
            out.push({ type: 'healthcare_number', ...mapSpan(view, from, to), confidence: 0.85, detector: 'mbi-spoken', validated: false })
            found = true
            break
          }
        }
      }
    }
    return out
  },
}
