/**
 * Turkish, Greek, Russian and Ukrainian numbers from 0 to 999 as callers read a phone, an IBAN or an identity number out
 * in groups ("sıfır beş yüz otuz üç  dört yüz on iki  yirmi sekiz  doksan", "g r τριάντα έξι  μηδέν ένα επτά εννιά",
 * "ноль пятьдесят четыре  семьсот семьдесят три  двадцать девять десять"): the
 * hundreds, the ten and the unit each a word of their own. Both languages are read with and without their accents and
 * Turkish letters ("dört", "dort"; "εννιά", "εννια"). The grammars only: the normaliser decides where a run of them is a
 * number.
 *
 * @module
 */
import type { SpokenNumber, WordCursor } from './number-grammar.js'

/** A word's accents and Turkish letters dropped, as people type them ("altmış" -> "altmis", "τέσσερα" -> "τεσσερα"). */
const plain = (w: string): string => w.normalize('NFD').replace(/\p{M}/gu, '').replace(/ı/g, 'i')
/** Each word with its plain spelling too. */
function withPlain(entries: readonly (readonly [string, number])[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const [w, v] of entries) {
    m.set(w, v)
    m.set(plain(w), v)
  }
  return m
}

interface Grammar {
  readonly units: ReadonlyMap<string, number>
  /** Ten to ninety-nine said in one word (Greek's teens, both languages' tens). */
  readonly tens: ReadonlyMap<string, number>
  /** A hundred or hundreds said in one word ("yüz", "εκατό", "διακόσια"). */
  readonly hundreds: ReadonlyMap<string, number>
  /** A word that multiplies the unit before it by a hundred (Turkish "beş yüz"). */
  readonly hundredAfterUnit: ReadonlySet<string>
  /** Tens that count alone only before a unit (Turkish "on": English "on" is no number). */
  readonly onlyBeforeUnit: ReadonlySet<string>
}

const TURKISH: Grammar = {
  units: withPlain([['sıfır', 0], ['bir', 1], ['iki', 2], ['üç', 3], ['dört', 4], ['beş', 5], ['altı', 6], ['yedi', 7], ['sekiz', 8], ['dokuz', 9]]),
  tens: withPlain([['on', 10], ['yirmi', 20], ['otuz', 30], ['kırk', 40], ['elli', 50], ['altmış', 60], ['yetmiş', 70], ['seksen', 80], ['doksan', 90]]),
  hundreds: withPlain([['yüz', 100]]),
  hundredAfterUnit: new Set(['yüz', 'yuz']),
  onlyBeforeUnit: new Set(['on']),
}

const GREEK: Grammar = {
  units: withPlain([
    ['μηδέν', 0], ['ένα', 1], ['μία', 1], ['μια', 1], ['δύο', 2], ['δυο', 2], ['τρία', 3], ['τέσσερα', 4], ['πέντε', 5], ['έξι', 6],
    ['επτά', 7], ['εφτά', 7], ['οκτώ', 8], ['οχτώ', 8], ['εννέα', 9], ['εννιά', 9],
  ]),
  tens: withPlain([
    ['δέκα', 10], ['έντεκα', 11], ['ένδεκα', 11], ['δώδεκα', 12], ['δεκατρία', 13], ['δεκατέσσερα', 14], ['δεκαπέντε', 15], ['δεκαέξι', 16],
    ['δεκαεπτά', 17], ['δεκαεφτά', 17], ['δεκαοκτώ', 18], ['δεκαοχτώ', 18], ['δεκαεννέα', 19], ['δεκαεννιά', 19],
    ['είκοσι', 20], ['τριάντα', 30], ['σαράντα', 40], ['πενήντα', 50], ['εξήντα', 60], ['εβδομήντα', 70], ['ογδόντα', 80], ['ενενήντα', 90],
  ]),
  hundreds: withPlain([
    ['εκατό', 100], ['εκατόν', 100], ['διακόσια', 200], ['τριακόσια', 300], ['τετρακόσια', 400], ['πεντακόσια', 500], ['εξακόσια', 600],
    ['επτακόσια', 700], ['εφτακόσια', 700], ['οκτακόσια', 800], ['οχτακόσια', 800], ['εννιακόσια', 900], ['εννεακόσια', 900],
  ]),
  hundredAfterUnit: new Set(),
  onlyBeforeUnit: new Set(),
}

/** Russian's numbers ("ноль пятьдесят четыре  семьсот семьдесят три", "сорок пять двенадцать"). */
const RUSSIAN: Grammar = {
  units: new Map([
    ['ноль', 0], ['нуль', 0], ['один', 1], ['одна', 1], ['два', 2], ['две', 2], ['три', 3], ['четыре', 4], ['пять', 5], ['шесть', 6], ['семь', 7],
    ['восемь', 8], ['девять', 9],
  ]),
  tens: new Map([
    ['десять', 10], ['одиннадцать', 11], ['двенадцать', 12], ['тринадцать', 13], ['четырнадцать', 14], ['пятнадцать', 15], ['шестнадцать', 16],
    ['семнадцать', 17], ['восемнадцать', 18], ['девятнадцать', 19], ['двадцать', 20], ['тридцать', 30], ['сорок', 40], ['пятьдесят', 50],
    ['шестьдесят', 60], ['семьдесят', 70], ['восемьдесят', 80], ['девяносто', 90],
  ]),
  hundreds: new Map([
    ['сто', 100], ['двести', 200], ['триста', 300], ['четыреста', 400], ['пятьсот', 500], ['шестьсот', 600], ['семьсот', 700], ['восемьсот', 800],
    ['девятьсот', 900],
  ]),
  hundredAfterUnit: new Set(),
  onlyBeforeUnit: new Set(),
}

/** Each word written with Ukrainian's apostrophe in its three spellings ("п'ять", "п’ять", "пʼять"). */
function withApostrophes(entries: readonly (readonly [string, number])[]): Map<string, number> {
  const m = new Map<string, number>()
  for (const [w, v] of entries) for (const a of ["'", '’', 'ʼ']) m.set(w.replace('ʼ', a), v)
  return m
}

/** Ukrainian's. */
const UKRAINIAN: Grammar = {
  units: withApostrophes([['нуль', 0], ['один', 1], ['одна', 1], ['два', 2], ['дві', 2], ['три', 3], ['чотири', 4], ['пʼять', 5], ['шість', 6], ['сім', 7], ['вісім', 8], ['девʼять', 9]]),
  tens: withApostrophes([
    ['десять', 10], ['одинадцять', 11], ['дванадцять', 12], ['тринадцять', 13], ['чотирнадцять', 14], ['пʼятнадцять', 15], ['шістнадцять', 16], ['сімнадцять', 17],
    ['вісімнадцять', 18], ['девʼятнадцять', 19], ['двадцять', 20], ['тридцять', 30], ['сорок', 40], ['пʼятдесят', 50], ['шістдесят', 60], ['сімдесят', 70], ['вісімдесят', 80],
    ['девʼяносто', 90],
  ]),
  hundreds: withApostrophes([['сто', 100], ['двісті', 200], ['триста', 300], ['чотириста', 400], ['пʼятсот', 500], ['шістсот', 600], ['сімсот', 700], ['вісімсот', 800], ['девʼятсот', 900]]),
  hundredAfterUnit: new Set(),
  onlyBeforeUnit: new Set(),
}

function wordsOf(g: Grammar): ReadonlySet<string> {
  return new Set([...g.units.keys(), ...g.tens.keys(), ...g.hundreds.keys()])
}
export const TURKISH_NUMBER_WORDS: ReadonlySet<string> = wordsOf(TURKISH)
export const GREEK_NUMBER_WORDS: ReadonlySet<string> = wordsOf(GREEK)
export const RUSSIAN_NUMBER_WORDS: ReadonlySet<string> = wordsOf(RUSSIAN)
export const UKRAINIAN_NUMBER_WORDS: ReadonlySet<string> = wordsOf(UKRAINIAN)
/** A Russian or Ukrainian number of ten or more (a cheap test: no such word, no such number). */
export const CYRILLIC_TENS = /(?<![\p{L}])(?:десять|[а-яіє]+надцять|двадцять|тридцять|сорок|[а-яі]+десят|дев['’ʼ]?яносто|сто|двести|двісті|триста|[а-яі]+ста|[а-яі]+сот)(?![\p{L}])/iu

/**
 * A Turkish number of twenty or more, or a hundred, as a whole word: every run the normaliser reads as Turkish holds one
 * (a cheap test of a text; "on" alone is English's too).
 */
export const TURKISH_TENS = /(?<![\p{L}])(?:yirmi|otuz|k[ıi]rk|elli|altm[ıi][şs]|yetmi[şs]|seksen|doksan|y[üu]z)(?![\p{L}])/iu
/** Greek letters that open a number of ten or more (a cheap test: no Greek, no Greek number). */
export const GREEK_TENS = /(?<![\p{L}])(?:δ[εέ]κα|[εέ]ντεκα|δ[ωώ]δεκα|ε[ιί]κοσι|τρι[αά]ντα|σαρ[αά]ντα|πεν[ηή]ντα|εξ[ηή]ντα|εβδομ[ηή]ντα|ογδ[οό]ντα|ενεν[ηή]ντα|εκατ[οό]|[α-ω]+κ[οό]σια)/iu

function numberAt(g: Grammar, words: WordCursor, k: number): SpokenNumber | null {
  const w = words.word(k)
  let value = 0
  let last = -1
  let at = k
  const unit = g.units.get(w)
  const hundred = g.hundreds.get(w)
  if (hundred !== undefined) {
    value = hundred
    last = k
  } else if (unit !== undefined && unit >= 2 && g.hundredAfterUnit.has(words.word(words.next(k)))) {
    // ("beş yüz otuz iki": the unit times a hundred)
    value = unit * 100
    last = words.next(k)
  }
  if (last >= 0) {
    at = words.next(last)
    const ten = at >= 0 ? g.tens.get(words.word(at)) : undefined
    if (ten !== undefined) {
      value += ten
      last = at
      at = words.next(at)
    }
    const rest = at >= 0 ? g.units.get(words.word(at)) : undefined
    if (rest !== undefined && rest > 0 && (ten === undefined || ten % 10 === 0)) {
      value += rest
      last = at
    }
    return { value, last }
  }
  const ten = g.tens.get(w)
  if (ten !== undefined) {
    const n = words.next(k)
    const rest = n >= 0 ? g.units.get(words.word(n)) : undefined
    if (rest !== undefined && rest > 0 && ten % 10 === 0) return { value: ten + rest, last: n }
    return g.onlyBeforeUnit.has(w) ? null : { value: ten, last: k }
  }
  return unit === undefined ? null : { value: unit, last: k }
}

/** The Turkish number (0 to 999) starting at word k, as long as it goes, or null. */
export const turkishNumberAt = (words: WordCursor, k: number): SpokenNumber | null => numberAt(TURKISH, words, k)
/** The Greek number (0 to 999) starting at word k, as long as it goes, or null. */
export const greekNumberAt = (words: WordCursor, k: number): SpokenNumber | null => numberAt(GREEK, words, k)
/** The Russian number (0 to 999) starting at word k, as long as it goes, or null. */
export const russianNumberAt = (words: WordCursor, k: number): SpokenNumber | null => numberAt(RUSSIAN, words, k)
/** The Ukrainian number (0 to 999) starting at word k, as long as it goes, or null. */
export const ukrainianNumberAt = (words: WordCursor, k: number): SpokenNumber | null => numberAt(UKRAINIAN, words, k)
/** Single digits as said in either language, with their values (for runs read digit by digit). */
export const TURKISH_GREEK_DIGITS: readonly (readonly [string, number])[] = [...TURKISH.units, ...GREEK.units]
