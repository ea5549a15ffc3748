/**
 * New Zealand's bank account numbers as they are always written: the bank (two digits, 01 to 38), the branch
 * (four), the account (seven) and the suffix (two or three), apart by hyphens or spaces ("02-7548-0174729-00",
 * "12 3140 0123456 000"). The grouping is the country's own and no phone's, date's or card's: found without a word
 * naming it, as an invoice's "please pay into 06-2747-0141169-00" is.
 *
 * @module
 */
import { type Classifier, hyphenOrSpaceGrouped, ok } from './classifier-context.js'

const NZ_SHAPE = /^2-4-7-[23]$/

export const classifyNzBankAccount: Classifier = (w) => {
  if (!w.whole || !NZ_SHAPE.test(w.shape)) return null
  if (!hyphenOrSpaceGrouped(w)) return null
  const bank = Number(w.digits.slice(0, 2))
  return bank >= 1 && bank <= 38 ? ok('banking_information', 0.85, 'nz-bank-account', false) : null
}
