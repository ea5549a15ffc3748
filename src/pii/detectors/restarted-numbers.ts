/**
 * Numbers whose reading was restarted part-way: "five three one one, four seven one oh, four nine,
 * sorry, four nine seven four, six five oh two" (a card), "six two three, two nine, one oh, sorry,
 * one oh nine two" (a social security number), "oh two oh seven nine four six uh no sorry nine four
 * six oh oh eight two" (a phone). The correction word splits the digits in two, and neither half is
 * a value; the caller took back the last few digits and said them again. Joined without the digits
 * said twice (or without the last group, misspoken), the whole must validate as a card (Luhn), a
 * social security number or a North American or UK phone number, with that kind's cue word before
 * it (an account's number, with its word, has no check to pass; a card whose issuer's prefix and
 * checksum are right needs no word). The span runs from the first digit to the last, the correction
 * included (and an account code's letters before it).
 *
 * @module
 */
import { luhnValid, plausibleCardPrefix, ssnValid } from '../internal/checksums.js'
import { ACCOUNT_WORDS, BANK_WORDS, CARD_WORDS, namedOtherwise, PHONE_WORDS, SSN_WORDS } from '../internal/context-lexicon.js'
import { contextWords, hasAny } from '../internal/context-words.js'
import { nanpValid } from '../internal/nanp-validity.js'
import { mapSpan, type OffsetText } from '../internal/offset-text.js'
import type { Candidate } from './detector.js'
import { letterPrefixStart } from './account-letters.js'

/**
 * Digit groups, a correction ("sorry", "no", "wait", "no sorry", "I mean", "uh no sorry", "- no sorry -"),
 * digit groups. Bounded: at most six groups a side.
 */
const RESTART =
  /(?<![\dA-Za-z.])((?:\d+[ ,-]{1,3}){0,5}\d+)[ ,.-]{1,4}(?:(?:uh|um|er)[ ,.]{1,3})?(?:(?:no|sorry|wait|i mean|actually)[ ,.!-]{1,4}){1,3}(?:(?:uh|um)[ ,.]{1,3})?(\d+(?:[ ,-]{1,3}\d+){0,5})(?![\d])/gi
/** A lone digit first, and "last" or "first" right before it: the count of "last four", not a digit of the value. */
const COUNT_GROUP = /^\d[ ,-]{1,3}(?=\d)/
const COUNT_WORD_BEFORE = /\b(?:last|first)\s{1,2}$/i
/** "ending in", "ends with" right before the digits: a number's last few, not all of it. */
const ENDING_BEFORE = /\b(?:ending|ends|ended)(?:\s+(?:in|with))?\s{1,2}$/i
/** A digit, then a correction word within a few characters: only then is `RESTART` tried (most texts say "no" somewhere). */
const DIGIT_THEN_CORRECTION = /\d[ ,.-]{1,4}(?:(?:uh|um|er)[ ,.]{1,3})?(?:no|sorry|wait|i mean|actually)\b/i

type Kind = 'credit_card_number' | 'us_social_security_number' | 'phone_number' | 'account_number'

export function restartedNumbers(view: OffsetText): Candidate[] {
  const out: Candidate[] = []
  const text = view.text
  if (!DIGIT_THEN_CORRECTION.test(text)) return out
  for (const m of text.matchAll(RESTART)) {
    let before = m[1] as string
    const after = m[2] as string
    let from = m.index
    // "The account ends in 3248. Sorry, 3284.": a last four said again is no longer number restarted
    if (ENDING_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue
    // "ssn last four 4471 sorry i mean 4417": the count after "last" or "first" is none of the digits
    const count = COUNT_GROUP.exec(before)
    if (count !== null && COUNT_WORD_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) {
      before = before.slice(count[0].length)
      from += count[0].length
    }
    // "07700 900 615, no sorry, 07700 900 651": the whole value said again is no restart; each is found on its own
    // ... nor one said again whole with its first digits the same ("448 1902, no sorry, 448 1903")
    const digitsBefore = before.replace(/\D/g, '')
    const digitsAfter = after.replace(/\D/g, '')
    if (digitsBefore.length === digitsAfter.length && (digitsBefore.length >= 10 || (digitsBefore.length >= 6 && digitsAfter.startsWith(digitsBefore.slice(0, 3))))) continue
    let start = from
    // an account code's letters before its digits ("p o l five oh one three, no sorry, five oh one four ...")
    const letters = letterPrefixStart(text, start)
    const cues = contextWords(text, letters, from + before.length, 8, 0).before
    // "the order number is ...": a number named as no value's
    if (namedAsOther(cues)) continue
    const kinds: Kind[] = []
    if (hasAny(cues, CARD_WORDS)) kinds.push('credit_card_number')
    if (hasAny(cues, SSN_WORDS)) kinds.push('us_social_security_number')
    if (hasAny(cues, PHONE_WORDS)) kinds.push('phone_number')
    if (hasAny(cues.slice(0, 6), ACCOUNT_WORDS)) kinds.push('account_number')
    const kind = joinedKind(before.replace(/\D/g, ''), groupsOf(before), after.replace(/\D/g, ''), kinds)
    if (kind === undefined) continue
    if (kind === 'account_number') start = letters
    const end = m.index + m[0].length
    // (a sort code's or a bank account's digits are banking information)
    const type = kind === 'account_number' && hasAny(cues.slice(0, 6), BANK_WORDS) ? 'banking_information' : kind
    out.push({ type, ...mapSpan(view, start, end), confidence: 0.92, detector: 'restarted-number', validated: kind === 'credit_card_number' || kind === 'us_social_security_number' })
  }
  return out
}

/** A word naming another kind of number ("order", "tracking") comes before any word naming a value's kind ("number" names none). */
function namedAsOther(cues: readonly string[]): boolean {
  const own = cues.findIndex((w) => w !== 'number' && (CARD_WORDS.has(w) || SSN_WORDS.has(w) || PHONE_WORDS.has(w) || ACCOUNT_WORDS.has(w)))
  // (the account classifiers' test: "account reference" stays the account's, a place's phrase names nothing)
  return namedOtherwise(cues, Math.min(own < 0 ? cues.length : own, 5))
}

function groupsOf(s: string): string[] {
  return s.split(/[ ,-]+/).filter((g) => g.length > 0)
}

/**
 * The kind the two halves make once joined, trying each way a caller restarts: saying again the end
 * of what came before ("... 4 9" then "4 9 7 4 ..."), going back to a digit said before ("... 4 9 5,
 * no sorry, 4 9 6 ..."), dropping the misspoken last group, or replacing the last few digits; or
 * the word was only a pause.
 */
function joinedKind(before: string, beforeGroups: readonly string[], after: string, kinds: readonly Kind[]): Kind | undefined {
  // the whole number said again
  const joins: string[] = [after]
  // the longest end of what came before that the restart says again
  for (let k = Math.min(before.length, after.length - 1); k >= 2; k--) {
    if (before.endsWith(after.slice(0, k))) {
      joins.push(before + after.slice(k))
      break
    }
  }
  // back to where the restart's first two digits were said before
  for (let p = before.length - 2; p >= Math.max(1, before.length - 8); p--) if (before.startsWith(after.slice(0, 2), p)) joins.push(before.slice(0, p) + after)
  const last = beforeGroups[beforeGroups.length - 1]
  if (last !== undefined && beforeGroups.length > 1) joins.push(before.slice(0, before.length - last.length) + after)
  // the last one to four digits taken back
  for (let j = 1; j <= 4 && j < before.length; j++) joins.push(before.slice(0, before.length - j) + after)
  // ... or nothing taken back: the word was a pause ("four one five, wait, five five five ...")
  joins.push(before + after)
  // the most specific kind first: "social security number" also holds a phone's word
  for (const kind of kinds) for (const digits of joins) if (valid(kind, digits)) return kind
  // a whole card number, its issuer's prefix and checksum right, needs no word saying so
  if (kinds.length === 0 && joins.some((d) => (d.length === 15 || d.length === 16) && plausibleCardPrefix(d) && luhnValid(d))) return 'credit_card_number'
  return undefined
}

function valid(kind: Kind, d: string): boolean {
  switch (kind) {
    case 'credit_card_number':
      return d.length >= 13 && d.length <= 19 && luhnValid(d)
    case 'us_social_security_number':
      return d.length === 9 && ssnValid(d)
    case 'phone_number':
      // North American, or national with its trunk 0 (ten digits: the Netherlands, Australia, France; eleven: the UK)
      return (d.length === 10 && nanpValid(d)) || (d.length === 11 && d.startsWith('1') && nanpValid(d.slice(1))) || ((d.length === 10 || d.length === 11) && /^0[1-9]/.test(d))
    case 'account_number':
      return d.length >= 6 && d.length <= 14
  }
}
