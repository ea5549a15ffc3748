/**
 * Checksums for numeric identifiers.
 *
 * @module
 */

export function luhnValid(digits: string): boolean {
  let sum = 0
  let double = false
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48
    if (d < 0 || d > 9) return false
    if (double) {
      d *= 2
      if (d > 9) d -= 9
    }
    sum += d
    double = !double
  }
  return digits.length > 0 && sum % 10 === 0
}

/** ABA routing number checksum (3-7-1 weights). */
export function abaValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || digits === '000000000') return false
  const w = [3, 7, 1, 3, 7, 1, 3, 7, 1]
  let sum = 0
  for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (w[i] ?? 0)
  return sum % 10 === 0
}

/** US SSN structural rules (SSA): no 000/666/9xx area, no 00 group, no 0000 serial, no known samples. */
export function ssnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits)) return false
  const area = digits.slice(0, 3)
  if (area === '000' || area === '666' || area.startsWith('9')) return false
  if (digits.slice(3, 5) === '00' || digits.slice(5) === '0000') return false
  if (/^(\d)\1{8}$/.test(digits)) return false
  return !['123456789', '078051120', '219099999', '457555462'].includes(digits)
}

/** Card IIN ranges of the major networks (Visa, Mastercard incl. 2-series, Amex, Discover, JCB, Diners, UnionPay, Maestro). */
export function plausibleCardPrefix(digits: string): boolean {
  const d1 = digits.charCodeAt(0) - 48
  if (d1 === 4 || d1 === 5 || d1 === 6 || d1 === 3) return true
  if (d1 === 2) {
    const p4 = Number(digits.slice(0, 4))
    return p4 >= 2221 && p4 <= 2720
  }
  return false
}

/**
 * Argentina's CBU (and a wallet's CVU, the same shape): 22 digits in two blocks, each closed by a check digit, weights
 * 7, 1, 3, 9 over the bank and branch (the first seven) and 3, 9, 7, 1 over the account (the next thirteen).
 */
export function cbuValid(d: string): boolean {
  if (!/^\d{22}$/.test(d)) return false
  const block = (from: number, len: number, weights: readonly number[]): boolean => {
    let sum = 0
    for (let i = 0; i < len; i++) sum += Number(d[from + i]) * (weights[i % weights.length] as number)
    return (10 - (sum % 10)) % 10 === Number(d[from + len])
  }
  return block(0, 7, [7, 1, 3, 9]) && block(8, 13, [3, 9, 7, 1])
}

/** Mexico's CLABE (18 digits: bank, branch, account, check): the check digit of weights 3, 7, 1 over the first 17, each product mod 10. */
export function clabeValid(d: string): boolean {
  if (!/^\d{18}$/.test(d)) return false
  let sum = 0
  for (let i = 0; i < 17; i++) sum += (Number(d[i]) * ([3, 7, 1][i % 3] as number)) % 10
  return (10 - (sum % 10)) % 10 === Number(d[17])
}

/**
 * Australia's Medicare card number: ten digits (eleven with the holder's position on the card), the first 2 to 6,
 * the ninth a check digit: the first eight weighted 1, 3, 7, 9, 1, 3, 7, 9, their sum's last digit.
 */
export function auMedicareValid(d: string): boolean {
  if (!/^[2-6]\d{9,10}$/.test(d)) return false
  const weights = [1, 3, 7, 9, 1, 3, 7, 9]
  let sum = 0
  for (let i = 0; i < 8; i++) sum += Number(d[i]) * (weights[i] as number)
  return sum % 10 === Number(d[8])
}
