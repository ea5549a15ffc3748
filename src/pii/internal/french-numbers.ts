/**
 * French numbers from 0 to 99 as callers read a phone, an IBAN or an identity number out in pairs ("zéro six,
 * douze, trente-quatre, soixante-dix-huit", "quatre-vingt-dix-sept", "vingt et un"), with Belgium's and
 * Switzerland's tens ("septante", "huitante", "octante", "nonante"). The grammar only: the normaliser decides
 * where a run of them is a number.
 *
 * @module
 */
import type { SpokenNumber, WordCursor } from './number-grammar.js'

const UNITS: ReadonlyMap<string, number> = new Map([
  ['zéro', 0], ['zero', 0], ['un', 1], ['une', 1], ['deux', 2], ['trois', 3], ['quatre', 4], ['cinq', 5], ['six', 6], ['sept', 7],
  ['huit', 8], ['neuf', 9],
])
const TEENS: ReadonlyMap<string, number> = new Map([
  ['dix', 10], ['onze', 11], ['douze', 12], ['treize', 13], ['quatorze', 14], ['quinze', 15], ['seize', 16],
])
const TENS: ReadonlyMap<string, number> = new Map([
  ['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60], ['septante', 70], ['huitante', 80],
  ['octante', 80], ['nonante', 90],
])

/** Every word a French number of this grammar may hold (a cheap test before parsing). */
export const FRENCH_NUMBER_WORDS: ReadonlySet<string> = new Set([...UNITS.keys(), ...TEENS.keys(), ...TENS.keys(), 'vingts', 'et', 'cent', 'cents', 'mille'])

/**
 * The French number starting at word k, as long as it goes, or null: 0 to 99, and the hundreds and thousands a RIB's
 * bank and branch codes are read in ("vingt mille quarante et un", "dix-sept cinq cent quinze", "trois cent soixante et onze").
 */
export function frenchNumberAt(words: WordCursor, k: number): SpokenNumber | null {
  const thousands = words.word(k) === 'mille' ? { value: 1, last: -1 } : hundredsAt(words, k)
  if (thousands === null) return null
  const mille = thousands.last < 0 ? k : words.next(thousands.last)
  if (words.word(mille) !== 'mille' || thousands.value === 0) return thousands
  const rest = hundredsAt(words, words.next(mille))
  const value = thousands.value * 1000
  return rest === null || rest.value === 0 ? { value, last: mille } : { value: value + rest.value, last: rest.last }
}

/** 0 to 999 at word k ("cinq cent quinze", "cent deux", "deux cents"), or null. */
function hundredsAt(words: WordCursor, k: number): SpokenNumber | null {
  if (k < 0) return null
  const w = words.word(k)
  const unit = UNITS.get(w)
  const cent = w === 'cent' ? k : unit !== undefined && unit >= 2 ? words.next(k) : -1
  const centWord = cent >= 0 ? words.word(cent) : ''
  if (centWord !== 'cent' && centWord !== 'cents') return belowHundredAt(words, k)
  const value = (w === 'cent' ? 1 : (unit as number)) * 100
  // ("deux cents" ends the number; "deux cent trois" goes on)
  const rest = centWord === 'cent' ? belowHundredAt(words, words.next(cent)) : null
  return rest === null || rest.value === 0 ? { value, last: cent } : { value: value + rest.value, last: rest.last }
}

/** The French number (0 to 99) starting at word k, as long as it goes, or null. */
function belowHundredAt(words: WordCursor, k: number): SpokenNumber | null {
  if (k < 0) return null
  const w = words.word(k)
  const unit = UNITS.get(w)
  if (unit !== undefined) {
    // "quatre-vingt(s)" is 80, and what follows it adds to it
    const n = words.next(k)
    const after = words.word(n)
    if (unit === 4 && (after === 'vingt' || after === 'vingts')) return withUnitOrTeen(words, 80, n, after === 'vingt')
    return { value: unit, last: k }
  }
  const teen = teenAt(words, k)
  if (teen !== null) return teen
  const tens = TENS.get(w)
  if (tens === undefined) return null
  // ("soixante-dix", "soixante et onze": sixty and a teen is seventy and its unit)
  return withUnitOrTeen(words, tens, k, true, tens === 60)
}

/** "dix", "onze" ... "seize", "dix-sept", "dix-huit", "dix-neuf" at word k. */
function teenAt(words: WordCursor, k: number): SpokenNumber | null {
  const teen = TEENS.get(words.word(k))
  if (teen === undefined) return null
  if (teen === 10) {
    const n = words.next(k)
    const unit = UNITS.get(words.word(n))
    if (unit !== undefined && unit >= 7) return { value: 10 + unit, last: n }
  }
  return { value: teen, last: k }
}

/**
 * `base` (a ten, said at word k) and the unit or teen after it: "trente-quatre", "vingt et un", "soixante-dix-huit",
 * "quatre-vingt-onze". `more` says whether anything may follow ("quatre-vingts" ends the number); `teens` whether a
 * teen may (sixty's and eighty's).
 */
function withUnitOrTeen(words: WordCursor, base: number, k: number, more: boolean, teens = base === 80): SpokenNumber {
  if (!more) return { value: base, last: k }
  let n = words.next(k)
  // ("vingt et un", "soixante et onze": "et" before one and eleven only)
  const and = words.word(n) === 'et'
  if (and) n = words.next(n)
  const unit = UNITS.get(words.word(n))
  if (unit !== undefined && unit >= 1 && (!and || unit === 1)) return { value: base + unit, last: n }
  if (teens) {
    const teen = teenAt(words, n)
    if (teen !== null && (!and || teen.value === 11)) return { value: base + teen.value, last: teen.last }
  }
  return { value: base, last: k }
}
