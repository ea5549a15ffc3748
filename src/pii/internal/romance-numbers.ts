/**
 * Spanish, Portuguese and Italian numbers from 0 to 99 as callers read a phone, an account or an identity number
 * out in pairs ("seis uno dos, treinta y cuatro, cincuenta y seis", "nove um dois, trinta e quatro", "tre quattro
 * sette, ventidue, trentotto"). The grammar only: the normaliser decides where a run of them is a number.
 *
 * @module
 */
import type { SpokenNumber, WordCursor } from './number-grammar.js'

/** Each language's words for 0 to 9 (Brazil's "meia" is six, as phone numbers are read there). */
const UNITS: readonly (readonly [string, number])[] = [
  // Spanish
  ['cero', 0], ['uno', 1], ['un', 1], ['una', 1], ['dos', 2], ['tres', 3], ['cuatro', 4], ['cinco', 5], ['seis', 6], ['siete', 7],
  ['ocho', 8], ['nueve', 9],
  // Portuguese ("zero", "cinco", "seis" as in Spanish)
  ['zero', 0], ['um', 1], ['uma', 1], ['dois', 2], ['duas', 2], ['três', 3], ['quatro', 4], ['meia', 6], ['sete', 7], ['oito', 8],
  ['nove', 9],
  // Italian
  ['due', 2], ['tre', 3], ['quattro', 4], ['cinque', 5], ['sei', 6], ['sette', 7], ['otto', 8],
]

/** Ten to nineteen, and Spanish's twenties, each one word. */
const TEENS: readonly (readonly [string, number])[] = [
  ['diez', 10], ['once', 11], ['doce', 12], ['trece', 13], ['catorce', 14], ['quince', 15], ['dieciséis', 16], ['dieciseis', 16],
  ['diecisiete', 17], ['dieciocho', 18], ['diecinueve', 19], ['veinte', 20], ['veintiuno', 21], ['veintiún', 21], ['veintidós', 22],
  ['veintidos', 22], ['veintitrés', 23], ['veintitres', 23], ['veinticuatro', 24], ['veinticinco', 25], ['veintiséis', 26],
  ['veintiseis', 26], ['veintisiete', 27], ['veintiocho', 28], ['veintinueve', 29],
  ['dez', 10], ['onze', 11], ['doze', 12], ['treze', 13], ['catorze', 14], ['quatorze', 14], ['quinze', 15], ['dezesseis', 16],
  ['dezasseis', 16], ['dezessete', 17], ['dezassete', 17], ['dezoito', 18], ['dezenove', 19], ['dezanove', 19],
  ['dieci', 10], ['undici', 11], ['dodici', 12], ['tredici', 13], ['quattordici', 14], ['quindici', 15], ['sedici', 16],
  ['diciassette', 17], ['diciotto', 18], ['diciannove', 19],
]

/**
 * The tens that take a joining word and a unit after them, with the words each takes: Spanish "y", Portuguese "e", both
 * for the two the languages share ("treinta y cuatro", "trinta e quatro", "setenta y ocho", "setenta e oito").
 */
const JOINED_TENS: readonly (readonly [string, number, readonly string[]])[] = [
  ['treinta', 30, ['y']], ['cuarenta', 40, ['y']], ['cincuenta', 50, ['y']], ['sesenta', 60, ['y']], ['ochenta', 80, ['y']],
  ['setenta', 70, ['y', 'e']], ['noventa', 90, ['y', 'e']],
  ['vinte', 20, ['e']], ['trinta', 30, ['e']], ['quarenta', 40, ['e']], ['cinquenta', 50, ['e']], ['sessenta', 60, ['e']], ['oitenta', 80, ['e']],
]

/** Italian's tens, which take their unit in one word and drop their last vowel before "uno" and "otto" ("ventuno", "trentotto"). */
const ITALIAN_TENS: readonly (readonly [string, number])[] = [
  ['venti', 20], ['trenta', 30], ['quaranta', 40], ['cinquanta', 50], ['sessanta', 60], ['settanta', 70], ['ottanta', 80], ['novanta', 90],
]
const ITALIAN_UNITS: readonly (readonly [string, number])[] = [
  ['uno', 1], ['due', 2], ['tre', 3], ['tré', 3], ['quattro', 4], ['cinque', 5], ['sei', 6], ['sette', 7], ['otto', 8], ['nove', 9],
]

/** The hundreds, which take a number of 1 to 99 after them ("trescientos cuarenta y dos", "duzentos e setenta e quatro", "trecento ventidue"). */
const HUNDREDS: ReadonlyMap<string, number> = new Map([
  ['cien', 100], ['ciento', 100], ['doscientos', 200], ['doscientas', 200], ['trescientos', 300], ['trescientas', 300],
  ['cuatrocientos', 400], ['cuatrocientas', 400], ['quinientos', 500], ['quinientas', 500], ['seiscientos', 600],
  ['seiscientas', 600], ['setecientos', 700], ['setecientas', 700], ['ochocientos', 800], ['ochocientas', 800],
  ['novecientos', 900], ['novecientas', 900],
  ['cem', 100], ['cento', 100], ['duzentos', 200], ['duzentas', 200], ['trezentos', 300], ['trezentas', 300], ['quatrocentos', 400],
  ['quatrocentas', 400], ['quinhentos', 500], ['quinhentas', 500], ['seiscentas', 600], ['setecentas', 700], ['oitocentos', 800],
  ['oitocentas', 800], ['novecentas', 900], ['seiscentos', 600], ['setecentos', 700], ['novecentos', 900],
  ['duecento', 200], ['trecento', 300], ['quattrocento', 400], ['cinquecento', 500], ['seicento', 600], ['settecento', 700],
  ['ottocento', 800], ['novecento', 900],
])

/** Every number said in one word, to its value. */
const ONE_WORD: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>([...UNITS, ...TEENS, ...JOINED_TENS.map(([w, v]) => [w, v] as const), ...ITALIAN_TENS])
  for (const [ten, t] of ITALIAN_TENS) {
    for (const [unit, u] of ITALIAN_UNITS) m.set((unit === 'uno' || unit === 'otto' ? ten.slice(0, -1) : ten) + unit, t + u)
  }
  return m
})()
const UNIT_VALUES: ReadonlyMap<string, number> = new Map(UNITS)
/** The joining words each of `JOINED_TENS` takes. */
const JOINERS_OF: ReadonlyMap<string, readonly string[]> = new Map(JOINED_TENS.map(([w, , joiners]) => [w, joiners]))

/** "mil" (Spanish, Portuguese) and Italian's "mila" after a count of thousands; Italian's "mille" is one thousand alone. */
const THOUSAND_WORDS: ReadonlySet<string> = new Set(['mil', 'mila'])
/** A count of millions' word ("quince millones", "un millón", "dois milhões", "tre milioni"). */
const MILLION_WORDS: ReadonlySet<string> = new Set(['millones', 'millón', 'millon', 'milhões', 'milhoes', 'milhão', 'milhao', 'milioni', 'milione'])

/** Every word a number of this grammar may hold (a cheap test before parsing). */
export const ROMANCE_NUMBER_WORDS: ReadonlySet<string> = new Set([...ONE_WORD.keys(), ...HUNDREDS.keys(), ...THOUSAND_WORDS, ...MILLION_WORDS, 'mille', 'y', 'e'])

/**
 * A number of ten or more in any of the three languages at a word's start, which every run the normaliser reads holds (a
 * cheap test of a text; not English's "once", nor "percent" or "event": most English texts pass it by).
 */
export const ROMANCE_TENS = /\b(?:diez|doce|trece|catorce|quince|dieci|veint|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|dez|onze|treze|quatorze|catorze|vinte|trinta|quarenta|sessenta|oitenta|undici|dodici|tredici|quattordici|quindici|sedici|diciass|diciott|diciann|vent[iuo]|trent[aou]|quarant|cinquant|sessant|settant|ottant|novant|cien|cem|cent[oa]|doscient|trescient|cuatrocient|quinient|seiscient|setecient|ochocient|novecient|duzent|trezent|quatrocent|quinhent|seiscent|setecent|oitocent|novecent|duecent|trecent|quattrocent|cinquecent|seicent|settecent|ottocent)/i

/**
 * The number starting at word k, as long as it goes, or null: 0 to 999, and past it with millions and thousands said
 * ("quince millones novecientos noventa y ocho mil cuatrocientos dos", "mil novecientos setenta", "dois mil e três").
 */
export function romanceNumberAt(words: WordCursor, k: number): SpokenNumber | null {
  let value = 0
  let last = -1
  let n = k
  // (one count of millions, then one of thousands: each a number of 1 to 999 and its word, or "mil" alone)
  for (const [scale, isScale] of [[1_000_000, (w: string) => MILLION_WORDS.has(w)], [1000, (w: string) => THOUSAND_WORDS.has(w)]] as const) {
    const w = words.word(n)
    if (scale === 1000 && (w === 'mil' || w === 'mille')) {
      value += 1000
      last = n
      n = afterJoiner(words, n)
      continue
    }
    const count = hundredsAt(words, n)
    if (count === null || count.value === 0) break
    const after = words.next(count.last)
    if (!isScale(words.word(after))) break
    value += count.value * scale
    last = after
    n = afterJoiner(words, after)
  }
  if (last < 0) return hundredsAt(words, k)
  const rest = n >= 0 ? hundredsAt(words, n) : null
  return rest === null || rest.value === 0 ? { value, last } : { value: value + rest.value, last: rest.last }
}

/** The word after a scale's word at k, past Portuguese's "e" ("dois mil e três", "mil novecentos e oitenta"). */
function afterJoiner(words: WordCursor, k: number): number {
  const n = words.next(k)
  return words.word(n) === 'e' ? words.next(n) : n
}

/** The number (0 to 999) starting at word k, as long as it goes, or null. */
function hundredsAt(words: WordCursor, k: number): SpokenNumber | null {
  const hundred = HUNDREDS.get(words.word(k))
  if (hundred === undefined) return belowHundredAt(words, k)
  // (Portuguese joins the rest with "e": "duzentos e setenta e quatro", "seiscentos e sete")
  let n = words.next(k)
  if (words.word(n) === 'e') n = words.next(n)
  const rest = n >= 0 ? belowHundredAt(words, n) : null
  return rest === null || rest.value === 0 ? { value: hundred, last: k } : { value: hundred + rest.value, last: rest.last }
}

/** The number (0 to 99) starting at word k, as long as it goes, or null. */
function belowHundredAt(words: WordCursor, k: number): SpokenNumber | null {
  const w = words.word(k)
  const value = ONE_WORD.get(w)
  if (value === undefined) return null
  // "treinta y cuatro", "trinta e quatro": a ten, its joining word and a unit of one to nine
  const joiners = JOINERS_OF.get(w)
  if (joiners !== undefined) {
    const and = words.next(k)
    if (and >= 0 && joiners.includes(words.word(and))) {
      const n = words.next(and)
      const unit = UNIT_VALUES.get(words.word(n))
      if (unit !== undefined && unit >= 1) return { value: value + unit, last: n }
    }
  }
  return { value, last: k }
}
