/**
 * A US routing number and the account number after it, given as one pair after a routing word
 * ("routing/account 021000021 / 441722089134", "routing 111000614 4839021176, checking"): the routing
 * number passes the ABA checksum; the account number is whatever 4 to 17 digits follow it.
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

export const routingAccountDetector: Detector = {
  name: 'routing-account',
  detect({ view }: DetectorInput): Candidate[] {
    const v = view.text
    if (!ROUTING_CUE.test(v)) return []
    const out: Candidate[] = []
    for (const m of v.matchAll(PAIR)) {
      if (!abaValid(m[1] as string) || !ROUTING_CUE.test(v.slice(Math.max(0, m.index - CUE_REACH), m.index))) continue
      out.push({ type: 'banking_information', ...mapSpan(view, m.index, m.index + m[0].length), confidence: 0.9, detector: 'routing-account', validated: true })
    }
    return out
  },
}
