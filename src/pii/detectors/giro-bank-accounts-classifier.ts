/**
 * Bank account numbers of Hungary and Serbia (and Montenegro, which numbers its accounts as Serbia does), as they are
 * always written, each by the check its scheme gives it, so found without a word naming them (a landlord's
 * "11773023-20011845-23760917" on a standing order is one):
 * - Hungary's GIRO account: eight digits (bank, branch and a check digit), then eight or sixteen (the account and its
 *   check digit), in groups of eight apart by hyphens or spaces; each part's last digit makes the weighted sum of its
 *   digits (weights 9, 7, 3, 1 repeated) a multiple of ten.
 * - Serbia's: the bank (three digits), the account (thirteen, zeros padding it) and two control digits, apart by
 *   hyphens or spaces ("160-0000000482713-50"); the control digits are 98 less the first sixteen digits times 100
 *   modulo 97 (ISO 7064 MOD 97-10, as an IBAN's).
 *
 * @module
 */
import { type Classifier, hyphenOrSpaceGrouped, ok } from './classifier-context.js'

const HU_SHAPE = /^8-8(?:-8)?$/
const RS_SHAPE = /^3-13-2$/
const HU_WEIGHTS = [9, 7, 3, 1] as const

/** A GIRO part whose last digit checks the ones before it. */
function giroPartValid(part: string): boolean {
  let sum = 0
  for (let i = 0; i < part.length; i++) sum += Number(part.charAt(i)) * (HU_WEIGHTS[i % 4] as number)
  return sum % 10 === 0
}

/** A Hungarian GIRO account number (16 or 24 digits), both its parts' check digits holding. */
export function giroValid(digits: string): boolean {
  if (!/^\d{16}$|^\d{24}$/.test(digits) || /^0{8}/.test(digits)) return false
  return giroPartValid(digits.slice(0, 8)) && giroPartValid(digits.slice(8))
}

/** A Serbian account number (18 digits), its two control digits holding. */
export function serbianAccountValid(digits: string): boolean {
  if (!/^\d{18}$/.test(digits) || /^0{3}/.test(digits) || /^\d{3}0{13}/.test(digits)) return false
  let r = 0
  for (const ch of digits.slice(0, 16)) r = (r * 10 + Number(ch)) % 97
  return 98 - ((r * 100) % 97) === Number(digits.slice(16))
}

export const classifyGiroBankAccount: Classifier = (w, ctx) => {
  if (!w.whole) return null
  const hungarian = HU_SHAPE.test(w.shape)
  if (!hungarian && !RS_SHAPE.test(w.shape)) return null
  // written apart by one kind of mark, hyphens or spaces; read out, as it is said
  if (!ctx.spoken(w) && !hyphenOrSpaceGrouped(w)) return null
  const valid = hungarian ? giroValid(w.digits) : serbianAccountValid(w.digits)
  return valid ? ok('banking_information', 0.9, hungarian ? 'hu-giro-account' : 'rs-bank-account', true) : null
}
