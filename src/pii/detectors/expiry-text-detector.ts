/**
 * A card's expiry said with the month's name ("expires April 2027", "exp. Nov '29", "expiring april
 * twenty twenty seven" -> "expiring april 2027" in the view): a month and a year, reported only when an
 * expiry word stands right before it (or the line before asked for the expiry date), and not when the
 * thing named last a few sentences back is something else that expires (a passport, a warranty, a trial).
 *
 * A month and a day ("expires November 29th") is a date, not an expiry: the year must be four digits
 * of this century, or two digits that no day suffix or year follows, and two digits count only where a
 * card is named, its number was just read out, or the expiry was asked for.
 *
 * @module
 */
import { contextWords } from '../internal/context-words.js'
import { CARD_WORDS, OTHER_EXPIRY_OWNERS, STRONG_EXPIRY_WORDS } from '../internal/context-lexicon.js'
import { MONTH_NAME } from '../internal/date-mentions.js'
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

const SP = '[ \\t]{1,3}'
/** A month's name and a year: "April 2027", "nov '29", "November, 2031", "march of 2028", "March, um, 2027". */
const MONTH_YEAR = new RegExp(`\\b${MONTH_NAME}\\.?,?${SP}(?:(?:uh|um|er),?${SP})?(?:of${SP})?(?:20\\d{2}|'?\\d{2})(?![\\p{L}\\p{N}]|[ \\t]*[,/.-]?[ \\t]*(?:19|20)\\d{2}\\b|:\\d)`, 'giu')
/** A card's number read out just before (twelve digits or more, in groups or not). */
const CARD_DIGITS_BEFORE = /\d(?:[ \t-]{0,3}\d){11,}\D{0,40}$/
/** Any expiry word: a text without one is skipped at once. */
const TRIGGER = /\bexp|\bruns? out\b|\bvalid\b/i
/** "and the expiration date?\num  february twenty twenty seven": the line before asked for it. */
const ASKED_ON_LINE_BEFORE = /\bexpir(?:y|ation|es|ing)\b[^\n]{0,40}\n[^\n]{0,12}$/i

const VALID_UNTIL: ReadonlySet<string> = new Set(['until', 'till', 'thru', 'through'])

/** A card's security code named right after the expiry ("... and the code is", ", CVV ..."). */
const CODE_AFTER = /^[ \t,]+(?:and[ \t]+)?(?:the[ \t]+)?(?:security[ \t]+|three[ \t]+digit[ \t]+)?(?:code|cvv|cvc|cv2)\b/i

/** ... or named just before it ("cvv is 702 and the expiry is november 26"). */
const CODE_BEFORE = /\b(?:cvv|cvc|cv2|security code)\b[^.?!\n]{0,50}$/i

/** How far back the thing that expires is looked for (a few sentences). */
const LOOK_BACK = 320

/** Where the last word of `words` starts in `text` (lower case), or -1. */
function lastWordOf(text: string, words: ReadonlySet<string>): number {
  let at = -1
  for (const m of text.matchAll(WORD)) if (words.has(m[0])) at = m.index
  return at
}
const WORD = /[a-z]+/g

export const expiryTextDetector: Detector = {
  name: 'expiry-text',
  detect({ view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    const v = view.text
    if (!TRIGGER.test(v)) return out
    for (const m of v.matchAll(MONTH_YEAR)) {
      const end = m.index + m[0].length
      const wide = contextWords(v, m.index, m.index, 7, 0).before
      const before = wide.slice(0, 4)
      // the expiry word among the four words before the month ("expires in April 2027", "exp date: Nov '29"),
      // or past the card it is on ("the expiry date on the card is December 2027")
      const onCard = before.includes('card') && wide.some((w) => STRONG_EXPIRY_WORDS.has(w))
      const asked = ASKED_ON_LINE_BEFORE.test(v.slice(Math.max(0, m.index - 60), m.index))
      // ("it runs out november 28": a card's expiry in everyday words)
      const o = before[0] === 'in' ? 1 : 0
      const runsOut = before[o] === 'out' && (before[o + 1] === 'runs' || before[o + 1] === 'run')
      // ("4111 1111 1111 1111, valid until March 2028": right after a card's number, "valid until" says its expiry)
      const validAfterCard = VALID_UNTIL.has(before[0] ?? '') && before[1] === 'valid' && CARD_DIGITS_BEFORE.test(v.slice(Math.max(0, m.index - 90), m.index))
      if (!asked && !runsOut && !onCard && !validAfterCard && !before.some((w) => STRONG_EXPIRY_WORDS.has(w))) continue
      // "passport expires March 2031", "the warranty expiring June 2027": something else's expiry; the thing
      // named last, a few sentences back at most, is the one that expires ("Full name as on the passport? ...
      // And the expiry? ... It expires in October 2033")
      const back = v.slice(Math.max(0, m.index - LOOK_BACK), m.index).toLowerCase()
      const cardAt = lastWordOf(back, CARD_WORDS)
      const otherAt = lastWordOf(back, OTHER_EXPIRY_OWNERS)
      if (otherAt > cardAt) continue
      const card = cardAt >= 0 && cardAt >= back.length - 80
      // a year of two digits ("expires November 29") may be a day: only where a card is named, its number
      // was just read out, or the expiry was asked for
      // (or the card's code is named right after it: "the expiry date is november 26 and the code is 482")
      if (!/\d{4}$/.test(m[0]) && !card && !asked && !CARD_DIGITS_BEFORE.test(v.slice(Math.max(0, m.index - 90), m.index)) && !CODE_AFTER.test(v.slice(end, end + 40)) && !CODE_BEFORE.test(v.slice(Math.max(0, m.index - 60), m.index))) continue
      out.push({ type: 'credit_card_expiration', ...mapSpan(view, m.index, end), confidence: 0.8, detector: 'expiry-text', validated: false })
    }
    return out
  },
}
