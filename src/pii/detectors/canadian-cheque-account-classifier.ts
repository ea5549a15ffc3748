/**
 * A Canadian account written as its cheque's line gives it: the branch's transit number (five digits), the institution
 * (three, 001 to 999) and the account (seven to twelve), apart by hyphens or spaces ("02731-004-5512094"). The
 * grouping is the payments system's own and no phone's, date's or card's, so it is found without a word naming it,
 * as a note's "moved it to chequing 02731-004-5512094" is.
 *
 * @module
 */
import { OTHER_NUMBER_WORDS } from '../internal/context-lexicon.js'
import { type Classifier, hyphenOrSpaceGrouped, ok } from './classifier-context.js'

const CHEQUE_LINE_SHAPE = /^5-3-(?:[7-9]|1[0-2])$/

export const classifyCanadianChequeAccount: Classifier = (w, ctx) => {
  if (!w.whole || !CHEQUE_LINE_SHAPE.test(w.shape)) return null
  if (!hyphenOrSpaceGrouped(w)) return null
  // (no transit is all zeros, and the institution is 001 or above)
  if (/^0{5}/.test(w.digits) || w.digits.slice(5, 8) === '000') return null
  // (another number's name right before it: "Order 12345-678-9012345" is the order's)
  if (ctx.before.slice(0, 3).some((b) => OTHER_NUMBER_WORDS.has(b))) return null
  return ok('banking_information', 0.8, 'ca-cheque-line', false)
}
