/**
 * A spelling alphabet's word after its letter ("J for Juliet", "m as in mary"): a letter said, not
 * a person, wherever a name rule would take the word.
 *
 * @module
 */

const SPELLING_WORD_BEFORE = /(?<![\p{L}\p{N}])(\p{L})\s+(for|as in|van|wie)\s+$/u
/** A letter said by its example in Dutch or German ("E van Eduard", "B wie Berta"). */
const LETTER_BY_EXAMPLE = /(?<![\p{L}\p{N}])(\p{L})\s+(?:van|wie)\s+(\p{L})/gu
/** How far the next or the last letter of a Dutch or German spelling may stand. */
const RUN_REACH = 24

/**
 * The word starting at `start` is the word a letter said right before it is spelled with; after Dutch "van" and German
 * "wie", only where another letter is spelled so beside it ("V van Victor, E van Eduard"; "D van Dam" is a name).
 */
export function spellingWordAt(text: string, start: number): boolean {
  const m = SPELLING_WORD_BEFORE.exec(text.slice(Math.max(0, start - 10), start))
  const letter = m?.[1]
  if (letter === undefined || letter.toLowerCase() !== text.charAt(start).toLowerCase()) return false
  if (m?.[2] === 'for' || m?.[2] === 'as in') return true
  const from = start - (m?.[0].length ?? 0)
  let others = 0
  for (const x of text.slice(Math.max(0, from - RUN_REACH), start + RUN_REACH).matchAll(LETTER_BY_EXAMPLE)) {
    if ((x[1] as string).toLowerCase() === (x[2] as string).toLowerCase()) others++
  }
  // (this letter's own pattern is one of them)
  return others >= 2
}
