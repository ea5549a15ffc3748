/**
 * Dutch numbers from 0 to 999 as callers read a phone, an account or an identity number out in pairs ("nul zes,
 * negentien, vierentachtig, zevenentwintig", "dertig vierenzestig nul nul achtentachtig"), the unit before the ten in
 * one word ("drieënvijftig", "zevenenzeventig"). The grammar only: the normaliser decides where a run of them is a number.
 *
 * @module
 */
import type { SpokenNumber, WordCursor } from './number-grammar.js'

const UNITS: readonly (readonly [string, number])[] = [
  ['nul', 0], ['een', 1], ['één', 1], ['eén', 1], ['twee', 2], ['drie', 3], ['vier', 4], ['vijf', 5], ['zes', 6], ['zeven', 7],
  ['acht', 8], ['negen', 9],
]
const TEENS: readonly (readonly [string, number])[] = [
  ['tien', 10], ['elf', 11], ['twaalf', 12], ['dertien', 13], ['veertien', 14], ['vijftien', 15], ['zestien', 16],
  ['zeventien', 17], ['achttien', 18], ['negentien', 19],
]
const TENS: readonly (readonly [string, number])[] = [
  ['twintig', 20], ['dertig', 30], ['veertig', 40], ['vijftig', 50], ['zestig', 60], ['zeventig', 70], ['tachtig', 80], ['negentig', 90],
]

/** Every number of 0 to 99 said in one word, to its value ("eenentwintig", "tweeëntwintig", "negenentachtig"). */
const ONE_WORD: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>([...UNITS, ...TEENS, ...TENS])
  for (const [ten, t] of TENS) {
    for (const [unit, u] of UNITS) {
      if (u === 0) continue
      // ("ën" after a unit ending in "e", as Dutch writes it, and "en" as people type it)
      m.set(`${unit}en${ten}`, t + u)
      if (unit.endsWith('e')) m.set(`${unit}ën${ten}`, t + u)
    }
  }
  return m
})()

/** The hundreds said as one word ("honderd", "driehonderd", "negentienhonderd" in a year). */
const HUNDREDS: ReadonlyMap<string, number> = (() => {
  const m = new Map<string, number>([['honderd', 100]])
  for (const [unit, u] of [...UNITS, ...TEENS]) if (u >= 2) m.set(`${unit}honderd`, u * 100)
  return m
})()

/** Every word a Dutch number of this grammar may hold (a cheap test before parsing). */
export const DUTCH_NUMBER_WORDS: ReadonlySet<string> = new Set([...ONE_WORD.keys(), ...HUNDREDS.keys()])

/**
 * A Dutch number of ten or more at a word's start, which every run the normaliser reads holds (a cheap test of a text:
 * English's "elf" and "tiene" pass, and nothing is read unless three numbers stand in a row).
 */
export const DUTCH_TENS = /\b(?:tien|elf|twaalf|dertien|veertien|vijftien|zestien|zeventien|achttien|negentien|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig|(?:een|één|twee|drie|vier|vijf|zes|zeven|acht|negen)(?:en|ën)|(?:twee|drie|vier|vijf|zes|zeven|acht|negen)?honderd)/i

/** The Dutch number (0 to 999) starting at word k, as long as it goes, or null. */
export function dutchNumberAt(words: WordCursor, k: number): SpokenNumber | null {
  const w = words.word(k)
  const hundred = HUNDREDS.get(w)
  if (hundred === undefined) {
    const value = ONE_WORD.get(w)
    return value === undefined ? null : { value, last: k }
  }
  // ("driehonderd vijftig", "negentienhonderd zevenenvijftig")
  const n = words.next(k)
  const rest = n >= 0 ? ONE_WORD.get(words.word(n)) : undefined
  return rest === undefined || rest === 0 ? { value: hundred, last: k } : { value: hundred + rest, last: n }
}
