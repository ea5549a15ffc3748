/**
 * What a grammar of numbers said in words reads from and returns (`french-numbers.ts`, `romance-numbers.ts`): the
 * normaliser hands it a cursor over a text's words and takes back a number and its last word.
 *
 * @module
 */

/** The words of a number, read one at a time: `word(k)` is word k in lower case ('' past the end), `next(k)` the word after k (-1 for none). */
export interface WordCursor {
  word(k: number): string
  next(k: number): number
}

/** A number said in words: its value and its last word. */
export interface SpokenNumber {
  readonly value: number
  readonly last: number
}
