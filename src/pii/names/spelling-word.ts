/**
 * A spelling alphabet's word after its letter ("J for Juliet", "m as in mary"): a letter said, not
 * a person, wherever a name rule would take the word.
 *
 * @module
 */

const SPELLING_WORD_BEFORE = /(?<![\p{L}\p{N}])(\p{L})\s+(?:for|as in)\s+$/u

/** The word starting at `start` is the word a letter said right before it is spelled with. */
export function spellingWordAt(text: string, start: number): boolean {
  const letter = SPELLING_WORD_BEFORE.exec(text.slice(Math.max(0, start - 10), start))?.[1]
  return letter !== undefined && letter.toLowerCase() === text.charAt(start).toLowerCase()
}
