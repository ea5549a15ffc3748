/**
 * Numbers whose reading was restarted part-way: "five three one one, four seven one oh, four nine,
 * sorry, four nine seven four, six five oh two" (a card), "six two three, two nine, one oh, sorry,
 * one oh nine two" (a social security number), "oh two oh seven nine four six uh no sorry nine four
 * six oh oh eight two" (a phone). The correction word splits the digits in two, and neither half is
 * a value; the caller took back the last few digits and said them again. Joined without the digits
 * said twice (or without the last group, misspoken), the whole must validate as a card (Luhn), a
 * social security number or a North American or UK phone number, with that kind's cue word before
 * it. The span runs from the first digit to the last, the correction included.
 *
 * @module
 */
import { luhnValid, ssnValid } from '../internal/checksums.js'
import { CARD_WORDS, PHONE_WORDS, SSN_WORDS } from '../internal/context-lexicon.js'
import { contextWords, hasAny } from '../internal/context-words.js'
import { nanpValid } from '../internal/nanp-validity.js'
import { mapSpan, type OffsetText } from '../internal/offset-text.js'
import type { Candidate } from './detector.js'

/** Digit groups, a correction ("sorry", "no sorry", "I mean", "uh no sorry"), digit groups. Bounded: at most six groups a side. */
const RESTART =
  /(?<![\dA-Za-z.])((?:\d+[ ,-]{1,3}){0,5}\d+)[ ,.]{1,3}(?:(?:uh|um|er)[ ,.]{1,3})?(?:no[ ,.]{1,3})?(?:sorry|i mean)[ ,.]{1,3}(?:(?:no|uh|um)[ ,.]{1,3})?(\d+(?:[ ,-]{1,3}\d+){0,5})(?![\d])/gi
const CORRECTION_WORDS = /sorry|i mean/i

type Kind = 'credit_card_number' | 'us_social_security_number' | 'phone_number'

export function restartedNumbers(view: OffsetText): Candidate[] {
  const out: Candidate[] = []
  const text = view.text
  if (!CORRECTION_WORDS.test(text)) return out
  for (const m of text.matchAll(RESTART)) {
    const before = m[1] as string
    const after = m[2] as string
    const cues = contextWords(text, m.index, m.index + before.length, 8, 0).before
    const kinds: Kind[] = []
    if (hasAny(cues, CARD_WORDS)) kinds.push('credit_card_number')
    if (hasAny(cues, SSN_WORDS)) kinds.push('us_social_security_number')
    if (hasAny(cues, PHONE_WORDS)) kinds.push('phone_number')
    if (kinds.length === 0) continue
    const kind = joinedKind(before.replace(/\D/g, ''), groupsOf(before), after.replace(/\D/g, ''), kinds)
    if (kind === undefined) continue
    const end = m.index + m[0].length
    out.push({ type: kind, ...mapSpan(view, m.index, end), confidence: 0.85, detector: 'restarted-number', validated: kind !== 'phone_number' })
  }
  return out
}

function groupsOf(s: string): string[] {
  return s.split(/[ ,-]+/).filter((g) => g.length > 0)
}

/** The kind the two halves make once joined: the repeated digits said once, or the misspoken last group dropped. */
function joinedKind(before: string, beforeGroups: readonly string[], after: string, kinds: readonly Kind[]): Kind | undefined {
  const joins: string[] = []
  // the longest end of what came before that the restart says again ("... 4 9" then "4 9 7 4 ...")
  for (let k = Math.min(before.length, after.length - 1); k >= 2; k--) {
    if (before.endsWith(after.slice(0, k))) {
      joins.push(before + after.slice(k))
      break
    }
  }
  const last = beforeGroups[beforeGroups.length - 1]
  if (last !== undefined && beforeGroups.length > 1) joins.push(before.slice(0, before.length - last.length) + after)
  for (const digits of joins) for (const kind of kinds) if (valid(kind, digits)) return kind
  return undefined
}

function valid(kind: Kind, d: string): boolean {
  switch (kind) {
    case 'credit_card_number':
      return d.length >= 13 && d.length <= 19 && luhnValid(d)
    case 'us_social_security_number':
      return d.length === 9 && ssnValid(d)
    case 'phone_number':
      return (d.length === 10 && nanpValid(d)) || (d.length === 11 && d.startsWith('1') && nanpValid(d.slice(1))) || (d.length === 11 && /^0[1-9]/.test(d))
  }
}
