/**
 * A bank's code and the account number after it, given as one pair:
 * - a US routing number after a routing word ("routing/account 021000021 / 441722089134", "routing
 *   111000614 4839021176, checking"): the routing number passes the ABA checksum; the account number is
 *   whatever 4 to 17 digits follow it;
 * - a UK sort code written in its hyphenated pairs and the 8-digit account after it, near a word of
 *   banking or payment ("re-set up DD from 12-34-56 / 88140239", "sort code 20-00-00 55779911").
 *
 * @module
 */
import { abaValid } from '../internal/checksums.js'
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

/** Nine digits, a space, a slash or a comma (with at most three spaces around it), then the account's 4 to 17 digits. */
const PAIR = /(?<![\d.,/-])(\d{9})(?:[ \t]{0,3}[/,][ \t]{0,3}|[ \t]{1,3})(\d{4,17})(?![\d.,/-]?\d)/g
/** A routing word at most this many characters before the pair ("routing and account numbers for autopay: "). */
const CUE_REACH = 60
const ROUTING_CUE = /\b(?:routing|aba|rtn)\b/i

/** A sort code's three hyphenated pairs, then a slash, a comma or spaces, then the account's eight digits. */
const SORT_CODE_PAIR = /(?<![\d.,/-])\d{2}-\d{2}-\d{2}(?:[ \t]{0,3}[/,][ \t]{0,3}|[ \t]{1,3})\d{8}(?![\d.,/-]?\d)/g
/** Words of a bank account or a payment that a sort code and account pair is given with. */
const BANKING_CUE = /\b(?:sort|bank|banking|account|acc|acct|a\/c|dd|direct debit|standing order|bacs|payee|pay|paid|payment|transfer|refund)\b/i

export const routingAccountDetector: Detector = {
  name: 'routing-account',
  detect({ view }: DetectorInput): Candidate[] {
    const v = view.text
    const out: Candidate[] = []
    if (v.includes('-') && BANKING_CUE.test(v)) {
      for (const m of v.matchAll(SORT_CODE_PAIR)) {
        if (!BANKING_CUE.test(v.slice(Math.max(0, m.index - CUE_REACH), m.index + m[0].length + CUE_REACH))) continue
        out.push({ type: 'banking_information', ...mapSpan(view, m.index, m.index + m[0].length), confidence: 0.85, detector: 'routing-account', validated: false })
      }
    }
    if (!ROUTING_CUE.test(v)) return out
    for (const m of v.matchAll(PAIR)) {
      if (!abaValid(m[1] as string) || !ROUTING_CUE.test(v.slice(Math.max(0, m.index - CUE_REACH), m.index))) continue
      out.push({ type: 'banking_information', ...mapSpan(view, m.index, m.index + m[0].length), confidence: 0.9, detector: 'routing-account', validated: true })
    }
    return out
  },
}
