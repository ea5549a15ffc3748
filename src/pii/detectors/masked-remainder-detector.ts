/**
 * The digits a masked value leaves visible: "SSN on file ***-**-6720", "XXX-XX-4471", "card **** **** ****
 * 4417", "xxxx-xxxx-xxxx-0272". A system masked the rest because the whole is sensitive; the last four
 * that remain still tie a note to one person's social or card, and they are what a caller is asked to
 * confirm. The mask's shape says which value it was: three-two-four is a social's, four groups of four
 * (or 4-6-5, American Express's) a card's. Only the digits are reported; the mask is no one's.
 *
 * @module
 */
import { accountWordIn, CARD_WORDS } from '../internal/context-lexicon.js'
import { contextWords } from '../internal/context-words.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'
import { LAST_FOUR_SSN_WORDS } from './ssn-classifiers.js'

/** A masked social: three masked, two masked, four digits, in the SSA's grouping. */
const MASKED_SSN = /(?<![\w*#•])(?:\*{3}|[xX]{3}|#{3}|•{3})([- ])(?:\*{2}|[xX]{2}|#{2}|•{2})\1(\d{4})(?![\w*]|-\w)/g
/** A masked card: three groups of four masked characters (or American Express's 4-6) before its last four or five. */
const MASKED_CARD = /(?<![\w*#•])(?:(?:\*{4}|[xX]{4}|#{4}|•{4})([- ])(?:\*{4}|[xX]{4}|#{4}|•{4})\1(?:\*{4}|[xX]{4}|#{4}|•{4})|(?:\*{4}|[xX]{4}|•{4})([- ])(?:\*{6}|[xX]{6}|•{6}))[- ](\d{4,5})(?![\w*]|-\w)/g
/**
 * A mask written solid before the last four ("Visa ****7843", "POD account xxxx4211", "Card xx3401"): no grouping says
 * whose, so the word before it must (a card's or an account's).
 */
/** (or a space apart, or an ellipsis standing for the mask: "Mastercard •••• 8812", "Mastercard …8808", "Visa ...4417") */
const MASKED_SOLID = /(?<![\w*#•.…])(?:(?:\*{2,12}|[xX]{2,12}|#{2,12}|•{2,12}) ?|…|\.{3})(\d{4})(?![\w*]|\.\d)/g
/** A mask of three and three before the last three, as Australia's TFN and Canada's SIN are grouped ("TFN on record: *** *** 484"). */
const MASKED_THREES = /(?<![\w*#•])(?:\*{3}|[xX]{3}|•{3})([ -])(?:\*{3}|[xX]{3}|•{3})\1(\d{3})(?![\w*]|-\w)/g
/** How many words before a solid mask may name it ("card on file ****7843", "the POD account xxxx4211"). */
const SOLID_REACH = 3
/** Cheap test: a text without two masking characters in a row has no masked value. */
const ANY_MASK = /\*{2}|[xX]{2}|#{2}|•{2}|…|\.{3}/

export const maskedRemainderDetector: Detector = {
  name: 'masked-remainder',
  detect({ text }: DetectorInput): Candidate[] {
    if (!ANY_MASK.test(text)) return []
    const out: Candidate[] = []
    for (const m of text.matchAll(MASKED_SSN)) {
      const digits = m[2] as string
      const start = m.index + m[0].length - digits.length
      out.push({ type: 'us_social_security_number', start, end: start + digits.length, confidence: 0.8, detector: 'ssn-masked', validated: false })
    }
    for (const m of text.matchAll(MASKED_CARD)) {
      const digits = m[3] as string
      const start = m.index + m[0].length - digits.length
      out.push({ type: 'credit_card_number', start, end: start + digits.length, confidence: 0.8, detector: 'card-masked', validated: false })
    }
    for (const m of text.matchAll(MASKED_THREES)) {
      const digits = m[2] as string
      const start = m.index + m[0].length - digits.length
      // (named by the identity number whose grouping it is: "your TFN on record", "SIN", "tax file number")
      const before = contextWords(text, m.index, start, SOLID_REACH + 1, 0).before
      if (!before.some((w, k) => LAST_FOUR_SSN_WORDS.has(w) || (w === 'file' && before[k + 1] === 'tax'))) continue
      out.push({ type: 'us_social_security_number', start, end: start + digits.length, confidence: 0.8, detector: 'id-masked', validated: false })
    }
    for (const m of text.matchAll(MASKED_SOLID)) {
      const digits = m[1] as string
      const start = m.index + m[0].length - digits.length
      const before = contextWords(text, m.index, start, SOLID_REACH, 0).before
      const card = before.findIndex((w) => CARD_WORDS.has(w))
      const account = before.findIndex((_, i) => accountWordIn(before, i))
      if (card < 0 && account < 0) continue
      const type = account < 0 || (card >= 0 && card < account) ? 'credit_card_number' : 'account_number'
      out.push({ type, start, end: start + digits.length, confidence: 0.8, detector: type === 'credit_card_number' ? 'card-masked' : 'account-masked', validated: false })
    }
    return out
  },
}
