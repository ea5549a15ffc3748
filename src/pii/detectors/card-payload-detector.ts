/**
 * A payment card's fields in a JSON payload or a log's key=value pairs, as payment processors' webhooks
 * and events carry them: `"last4": "8458"`, `"exp_month": 8`, `"exp_year": "2028"` next to a card's
 * brand or a card object. The last four say which card it is and the expiry completes it, as when said.
 *
 * @module
 */
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

/** A card's last four under their key ("last4", "last_4", "card_last4", "lastFour"), quoted or not. */
const LAST_FOUR = /["']?(?:card_?)?last_?(?:4|four)["']?[ \t]*[:=][ \t]*["']?(\d{4})(?!\d)["']?/giu
/** A card's expiry month and year under their keys ("exp_month": 8, "expiry_year": "2028", "expYear=28"). */
const EXPIRY_PART = /["']?(?:card_?)?exp(?:iry|iration)?_?(?:month|year|mm|yy|yyyy)["']?[ \t]*[:=][ \t]*["']?(\d{1,4})(?!\d)["']?/giu
/** What makes the fields a card's: its object, its brand or its network named within the payload. */
const CARD_CONTEXT = /["']?(?:card|payment_method|card_brand|brand|funding|cardholder)["']?[ \t]*[:=]|\b(?:visa|mastercard|amex|american express|discover|maestro|jcb|diners|unionpay)\b/i
/** How far from the field its card's context is looked for. */
const REACH = 400

export const cardPayloadDetector: Detector = {
  name: 'card-payload',
  detect({ view }: DetectorInput): Candidate[] {
    const text = view.text
    const out: Candidate[] = []
    if (!/last_?(?:4|four)|exp/i.test(text)) return out
    const carded = (at: number): boolean => CARD_CONTEXT.test(text.slice(Math.max(0, at - REACH), Math.min(text.length, at + REACH)))
    for (const m of text.matchAll(LAST_FOUR)) {
      const value = m[1] as string
      const start = m.index + m[0].lastIndexOf(value)
      if (carded(m.index)) out.push({ type: 'credit_card_number', ...mapSpan(view, start, start + value.length), confidence: 0.8, detector: 'card-payload-last4', validated: false })
    }
    for (const m of text.matchAll(EXPIRY_PART)) {
      const value = m[1] as string
      const n = Number(value)
      const month = /month|mm/i.test(m[0])
      // (a month is 1 to 12; a year two or four digits)
      if (month ? n < 1 || n > 12 : !(value.length === 2 || value.length === 4)) continue
      const start = m.index + m[0].lastIndexOf(value)
      if (carded(m.index)) out.push({ type: 'credit_card_expiration', ...mapSpan(view, start, start + value.length), confidence: 0.8, detector: 'card-payload-expiry', validated: false })
    }
    return out
  },
}
