/**
 * Check digits of national identity numbers, as their issuers publish them. Each takes the value's
 * characters without separators (digits, and letters where the scheme has them) and says whether
 * the check holds; none of them alone says a number is an identity number (a tenth of random digit
 * strings pass most of them): the detector asks for the scheme's name nearby, or for a shape only
 * that scheme has.
 *
 * @module
 */
import { luhnValid } from './checksums.js'

const digitAt = (s: string, i: number): number => s.charCodeAt(i) - 48

/** Verhoeff's dihedral check (India's Aadhaar). */
const VERHOEFF_D = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
]
const VERHOEFF_P = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
]

export function verhoeffValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false
  let c = 0
  for (let i = 0; i < digits.length; i++) {
    const d = digitAt(digits, digits.length - 1 - i)
    c = VERHOEFF_D[c]?.[VERHOEFF_P[i % 8]?.[d] ?? 0] ?? 0
  }
  return c === 0
}

/** Aadhaar: twelve digits, not starting with 0 or 1, Verhoeff-checked. */
export const aadhaarValid = (d: string): boolean => /^[2-9]\d{11}$/.test(d) && verhoeffValid(d)

/** Brazil's CPF: eleven digits, two mod-11 check digits; no run of one digit. */
export function cpfValid(d: string): boolean {
  if (!/^\d{11}$/.test(d) || /^(\d)\1{10}$/.test(d)) return false
  for (const n of [9, 10]) {
    let sum = 0
    for (let i = 0; i < n; i++) sum += digitAt(d, i) * (n + 1 - i)
    if (((sum * 10) % 11) % 10 !== digitAt(d, n)) return false
  }
  return true
}

/** Poland's PESEL: eleven digits, weighted check digit, a month coded for the century. */
export function peselValid(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false
  const w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
  let sum = 0
  for (let i = 0; i < 10; i++) sum += digitAt(d, i) * (w[i] ?? 0)
  const month = Number(d.slice(2, 4)) % 20
  const day = Number(d.slice(4, 6))
  return (10 - (sum % 10)) % 10 === digitAt(d, 10) && month >= 1 && month <= 12 && day >= 1 && day <= 31
}

/** Turkey's T.C. Kimlik No: eleven digits, no leading 0, two check digits. */
export function tcKimlikValid(d: string): boolean {
  if (!/^[1-9]\d{10}$/.test(d)) return false
  let odd = 0
  let even = 0
  for (let i = 0; i < 9; i++) {
    if (i % 2 === 0) odd += digitAt(d, i)
    else even += digitAt(d, i)
  }
  if ((((odd * 7 - even) % 10) + 10) % 10 !== digitAt(d, 9)) return false
  let all = 0
  for (let i = 0; i < 10; i++) all += digitAt(d, i)
  return all % 10 === digitAt(d, 10)
}

/** Greece's AMKA (social security number): eleven digits, the holder's birth date first (DDMMYY), a Luhn check digit. */
export function amkaValid(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false
  const day = Number(d.slice(0, 2))
  const month = Number(d.slice(2, 4))
  return day >= 1 && day <= 31 && month >= 1 && month <= 12 && luhnValid(d)
}

/** Greece's AFM (tax number): nine digits, the last a check of the eight before (powers of two, mod 11, mod 10). */
export function afmValid(d: string): boolean {
  if (!/^\d{9}$/.test(d) || /^0+$/.test(d)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += digitAt(d, i) * 2 ** (8 - i)
  return (sum % 11) % 10 === digitAt(d, 8)
}

/** Singapore's NRIC and FIN (S, T, F and G series): a letter, seven digits and a check letter. */
export function nricValid(v: string): boolean {
  const m = /^([STFG])(\d{7})([A-Z])$/.exec(v)
  if (m === null) return false
  const prefix = m[1] as string
  const digits = m[2] as string
  const w = [2, 7, 6, 5, 4, 3, 2]
  let sum = prefix === 'T' || prefix === 'G' ? 4 : 0
  for (let i = 0; i < 7; i++) sum += digitAt(digits, i) * (w[i] ?? 0)
  const letters = prefix === 'S' || prefix === 'T' ? 'JZIHGFEDCBA' : 'XWUTRQPNMLK'
  return letters.charAt(sum % 11) === m[3]
}

/** South Africa's identity number: thirteen digits, a birth date (YYMMDD) first, Luhn-checked. */
export function saIdValid(d: string): boolean {
  if (!/^\d{13}$/.test(d)) return false
  const month = Number(d.slice(2, 4))
  const day = Number(d.slice(4, 6))
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && digitAt(d, 10) <= 2 && luhnValid(d)
}

const CURP_ALPHABET = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'

/** Mexico's CURP: eighteen characters, a birth date and sex inside, a final check digit. */
export function curpValid(v: string): boolean {
  if (!/^[A-Z][AEIOUX][A-Z]{2}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d$/.test(v)) return false
  let sum = 0
  for (let i = 0; i < 17; i++) sum += CURP_ALPHABET.indexOf(v.charAt(i)) * (18 - i)
  return (10 - (sum % 10)) % 10 === digitAt(v, 17)
}

/** Ireland's PPS number: seven digits, a check letter, maybe a second letter (weighted into the check). */
export function ppsValid(v: string): boolean {
  const m = /^(\d{7})([A-W])([A-IW]?)$/.exec(v)
  if (m === null) return false
  const digits = m[1] as string
  let sum = 0
  for (let i = 0; i < 7; i++) sum += digitAt(digits, i) * (8 - i)
  const second = m[3] as string
  if (second !== '' && second !== 'W') sum += (second.charCodeAt(0) - 64) * 9
  const r = sum % 23
  return (r === 0 ? 'W' : String.fromCharCode(64 + r)) === m[2]
}

const DNI_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE'

/** Spain's DNI (eight digits and a check letter) and NIE (X, Y or Z, seven digits, the letter): the number mod 23. */
export function dniValid(v: string): boolean {
  const m = /^([XYZ]?)(\d{7,8})([A-Z])$/.exec(v)
  if (m === null) return false
  const prefix = m[1] as string
  const digits = m[2] as string
  if (digits.length !== (prefix === '' ? 8 : 7)) return false
  const n = Number(`${prefix === '' ? '' : 'XYZ'.indexOf(prefix)}${digits}`)
  return DNI_LETTERS.charAt(n % 23) === m[3]
}

/** India's PAN: five letters (the fourth the holder's kind), four digits, a letter. */
export const panShaped = (v: string): boolean => /^[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]$/.test(v)

/** Germany's tax identification number: eleven digits, ISO 7064 MOD 11,10 check digit. */
/**
 * Austria's social insurance number (SVNR): a serial of three digits, a check digit, then the birth date as DDMMYY.
 * The check is the sum of the other nine digits weighted 3, 7, 9, 5, 8, 4, 2, 1, 6, modulo 11 (10 is never issued).
 */
export function svnrAtValid(d: string): boolean {
  if (!/^[1-9]\d{9}$/.test(d)) return false
  const weights = [3, 7, 9, 0, 5, 8, 4, 2, 1, 6]
  let sum = 0
  for (let i = 0; i < 10; i++) sum += (weights[i] as number) * Number(d[i])
  const check = sum % 11
  return check !== 10 && check === Number(d[3])
}

export function steuerIdValid(d: string): boolean {
  if (!/^[1-9]\d{10}$/.test(d)) return false
  let product = 10
  for (let i = 0; i < 10; i++) {
    let sum = (digitAt(d, i) + product) % 10
    if (sum === 0) sum = 10
    product = (sum * 2) % 11
  }
  const check = 11 - product
  return (check === 10 ? 0 : check) === digitAt(d, 10)
}

/** Australia's tax file number: eight or nine digits, weighted, the sum a multiple of eleven. */
export function tfnValid(d: string): boolean {
  const weights = d.length === 9 ? [1, 4, 3, 7, 5, 8, 6, 9, 10] : d.length === 8 ? [10, 7, 8, 4, 6, 3, 5, 1] : null
  if (weights === null || !/^\d+$/.test(d)) return false
  let sum = 0
  for (let i = 0; i < d.length; i++) sum += digitAt(d, i) * (weights[i] ?? 0)
  return sum % 11 === 0
}

/** France's NIR (the social security number on the Carte Vitale): thirteen digits and a key, 97 less their remainder by 97. */
export function nirValid(d: string): boolean {
  if (!/^[12]\d{14}$/.test(d)) return false
  return 97 - Number(BigInt(d.slice(0, 13)) % 97n) === Number(d.slice(13))
}

/** Odd-position values of Italy's codice fiscale check, for 0-9 then A-Z. */
const CF_ODD = [1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23]

/** Italy's codice fiscale: six letters of the name, the birth date and place, a check letter. */
export function codiceFiscaleValid(v: string): boolean {
  if (!/^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/.test(v)) return false
  let sum = 0
  for (let i = 0; i < 15; i++) {
    const c = v.charCodeAt(i)
    const index = c <= 57 ? c - 48 : c - 55
    sum += i % 2 === 0 ? (CF_ODD[index] ?? 0) : c <= 57 ? c - 48 : c - 65
  }
  return String.fromCharCode(65 + (sum % 26)) === v.charAt(15)
}

/** A birth date as day, month and year in two digits each ("DDMMYY"): Denmark's CPR number begins with one. */
export function cprShaped(d: string): boolean {
  if (!/^\d{10}$/.test(d)) return false
  const day = Number(d.slice(0, 2))
  const month = Number(d.slice(2, 4))
  return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

/** Malaysia's MyKad number: a birth date (YYMMDD), a place code, four digits. */
export function myKadShaped(d: string): boolean {
  if (!/^\d{12}$/.test(d)) return false
  const month = Number(d.slice(2, 4))
  const day = Number(d.slice(4, 6))
  return day >= 1 && day <= 31 && month >= 1 && month <= 12
}

/** Sweden's personnummer: (YY)YYMMDD and four digits, the last ten Luhn-checked. */
export function personnummerValid(d: string): boolean {
  if (!/^(?:\d{10}|\d{12})$/.test(d)) return false
  const ten = d.slice(-10)
  const month = Number(ten.slice(2, 4))
  return month >= 1 && month <= 12 && luhnValid(ten)
}

/**
 * Japan's My Number (individual number): eleven digits and a check digit. With P(n) the n-th digit
 * left of the check digit and Q(n) = n + 1 for n <= 6, n - 5 above, the check is 11 less the
 * remainder of the sum of P(n) x Q(n) by 11, or 0 when that remainder is 0 or 1.
 */
export function myNumberValid(d: string): boolean {
  if (!/^\d{12}$/.test(d)) return false
  let sum = 0
  for (let n = 1; n <= 11; n++) sum += digitAt(d, 11 - n) * (n <= 6 ? n + 1 : n - 5)
  const r = sum % 11
  return digitAt(d, 11) === (r <= 1 ? 0 : 11 - r)
}

/** Portugal's NIF (tax number): nine digits, the last a mod-11 check of the others. */
export function nifPtValid(d: string): boolean {
  if (!/^[1-9]\d{8}$/.test(d)) return false
  let sum = 0
  for (let i = 0; i < 8; i++) sum += digitAt(d, i) * (9 - i)
  const check = 11 - (sum % 11)
  return (check >= 10 ? 0 : check) === digitAt(d, 8)
}

/** Portugal's social security number (NISS): eleven digits, the last 9 minus the first ten weighted 29 23 19 17 13 11 7 5 3 2, mod 10. */
export function nissPtValid(d: string): boolean {
  if (!/^[12]\d{10}$/.test(d)) return false
  const weights = [29, 23, 19, 17, 13, 11, 7, 5, 3, 2]
  let sum = 0
  for (let i = 0; i < 10; i++) sum += digitAt(d, i) * (weights[i] as number)
  return 9 - (sum % 10) === digitAt(d, 10)
}

/** Brazil's PIS/PASEP/NIT (a worker's social insurance number): eleven digits, the last from the first ten weighted 3 2 9 8 7 6 5 4 3 2, mod 11. */
export function pisValid(d: string): boolean {
  if (!/^\d{11}$/.test(d) || /^(\d)\1{10}$/.test(d)) return false
  const weights = [3, 2, 9, 8, 7, 6, 5, 4, 3, 2]
  let sum = 0
  for (let i = 0; i < 10; i++) sum += digitAt(d, i) * (weights[i] as number)
  const check = 11 - (sum % 11)
  return (check >= 10 ? 0 : check) === digitAt(d, 10)
}

/** Poland's NIP (tax number): ten digits, the last the sum of the first nine weighted 6 5 7 2 3 4 5 6 7, mod 11 (never 10). */
export function nipPlValid(d: string): boolean {
  if (!/^\d{10}$/.test(d)) return false
  const weights = [6, 5, 7, 2, 3, 4, 5, 6, 7]
  let sum = 0
  for (let i = 0; i < 9; i++) sum += digitAt(d, i) * (weights[i] as number)
  const check = sum % 11
  return check !== 10 && check === digitAt(d, 9)
}

/** A calendar date from its year, month and day (no 31 April, 29 February only in leap years). */
function realDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false
  const days = [31, year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
  return day <= (days[month - 1] as number)
}

/**
 * China's resident identity number: an area code (six digits), the birth date (YYYYMMDD), a
 * sequence (three digits) and a check character of ISO 7064 MOD 11-2 ("X" for 10).
 */
export function chinaResidentIdValid(v: string): boolean {
  if (!/^\d{17}[\dX]$/.test(v)) return false
  const year = Number(v.slice(6, 10))
  if (year < 1900 || year > 2099 || !realDate(year, Number(v.slice(10, 12)), Number(v.slice(12, 14)))) return false
  let sum = 0
  for (let i = 0; i < 17; i++) sum += digitAt(v, i) * ((2 ** (17 - i)) % 11)
  const check = (12 - (sum % 11)) % 11
  return v.charAt(17) === (check === 10 ? 'X' : String(check))
}

/**
 * Finland's personal identity code (henkilötunnus): the birth date (DDMMYY), the century's sign
 * ("+" 1800s; "-", "U" to "Y" 1900s; "A" to "F" 2000s), a three-digit number and a check character:
 * DDMMYYNNN mod 31 in "0123456789ABCDEFHJKLMNPRSTUVWXY".
 */
export function henkilotunnusValid(v: string): boolean {
  const m = /^(\d{2})(\d{2})(\d{2})([-+A-FU-Y])(\d{3})([0-9A-Y])$/.exec(v)
  if (m === null) return false
  const sign = m[4] as string
  const century = sign === '+' ? 1800 : /[A-F]/.test(sign) ? 2000 : 1900
  if (!realDate(century + Number(m[3]), Number(m[2]), Number(m[1]))) return false
  return '0123456789ABCDEFHJKLMNPRSTUVWXY'.charAt(Number(`${m[1]}${m[2]}${m[3]}${m[5]}`) % 31) === m[6]
}

/** Norway's fødselsnummer: the birth date (DDMMYY; a D-number adds 4 to the day's first digit), three digits and two mod-11 check digits. */
export function fodselsnummerValid(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false
  const day = Number(d.slice(0, 2)) % 40
  if (!realDate(2000, Number(d.slice(2, 4)), day)) return false
  const check = (weights: readonly number[]): number => {
    let sum = 0
    for (let i = 0; i < weights.length; i++) sum += digitAt(d, i) * (weights[i] as number)
    const c = 11 - (sum % 11)
    return c === 11 ? 0 : c
  }
  return check([3, 7, 6, 1, 8, 9, 4, 5, 2]) === digitAt(d, 9) && check([5, 4, 3, 2, 7, 6, 5, 4, 3, 2]) === digitAt(d, 10)
}

/** Saudi Arabia's national identity number (1...) or a resident's Iqama number (2...): ten digits, Luhn-checked. */
export function saudiIdValid(d: string): boolean {
  return /^[12]\d{9}$/.test(d) && luhnValid(d)
}

/** South Korea's resident registration number: the birth date (YYMMDD), a gender and century digit, six digits, the last a check digit (weights 2-9, 2-5; 11 less the sum mod 11, mod 10). */
export function koreanRrnValid(d: string): boolean {
  if (!/^\d{6}[1-8]\d{6}$/.test(d) || !realDate(2000, Number(d.slice(2, 4)), Number(d.slice(4, 6)))) return false
  const weights = [2, 3, 4, 5, 6, 7, 8, 9, 2, 3, 4, 5]
  let sum = 0
  for (let i = 0; i < 12; i++) sum += digitAt(d, i) * (weights[i] as number)
  return (11 - (sum % 11)) % 10 === digitAt(d, 12)
}

/**
 * Belgium's national register number (rijksregisternummer, numéro de registre national): the birth date
 * (YYMMDD; a month raised by 20 or 40 for a BIS number), a serial of three digits, and a check of two: 97
 * less the first nine digits' remainder by 97 (with a 2 before them for a birth from 2000 on).
 */
export function belgianNationalNumberValid(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false
  const month = Number(d.slice(2, 4)) % 20
  if (month > 12 || Number(d.slice(4, 6)) > 31) return false
  const check = Number(d.slice(9))
  const body = BigInt(d.slice(0, 9))
  return 97 - Number(body % 97n) === check || 97 - Number((2000000000n + body) % 97n) === check
}

/** Chile's RUT/RUN: seven or eight digits and a mod-11 check digit (weights 2 to 7 from the right; 10 is "K", here digits only). */
/**
 * Hong Kong's identity card number ("E137585(0)"): one or two letters, six digits, a check character (0-9 or A) of
 * weights 9 to 2 over the letters (A=10 ... Z=35, a single letter after a space worth 36) and the digits, mod 11.
 */
export function hkidValid(value: string): boolean {
  const m = /^([A-Z]{1,2})(\d{6})\s?\(?([0-9A])\)?$/.exec(value)
  if (m === null) return false
  const letters = (m[1] as string).length === 1 ? ` ${m[1] as string}` : (m[1] as string)
  const chars = [...letters, ...(m[2] as string)]
  let sum = 0
  chars.forEach((c, i) => {
    const v = c === ' ' ? 36 : /[A-Z]/.test(c) ? c.charCodeAt(0) - 55 : Number(c)
    sum += v * (9 - i)
  })
  const check = (11 - (sum % 11)) % 11
  return (check === 10 ? 'A' : String(check)) === m[3]
}

/** Argentina's CUIL and CUIT (11 digits: a type, the DNI, a check digit of weights 5, 4, 3, 2, 7, 6, 5, 4, 3, 2, mod 11). */
export function cuitValid(d: string): boolean {
  if (!/^(?:20|23|24|27|30|33|34)\d{9}$/.test(d)) return false
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
  let sum = 0
  for (let i = 0; i < 10; i++) sum += digitAt(d, i) * (weights[i] as number)
  const check = 11 - (sum % 11)
  if (check === 10) return false
  return (check === 11 ? 0 : check) === digitAt(d, 10)
}

/** Peru's RUC (a taxpayer's number): 11 digits opening with 10, 15, 16, 17 or 20, a mod-11 check digit last. */
export function rucValid(d: string): boolean {
  if (!/^(?:10|15|16|17|20)\d{9}$/.test(d)) return false
  const weights = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
  let sum = 0
  for (let i = 0; i < 10; i++) sum += digitAt(d, i) * (weights[i] as number)
  return (11 - (sum % 11)) % 10 === digitAt(d, 10)
}

/** Colombia's NIT: up to fifteen digits and a check digit last, weighted by primes from the right, mod 11. */
export function nitValid(d: string): boolean {
  if (!/^\d{7,16}$/.test(d)) return false
  const primes = [3, 7, 13, 17, 19, 23, 29, 37, 41, 43, 47, 53, 59, 67, 71]
  let sum = 0
  for (let i = d.length - 2, k = 0; i >= 0; i--, k++) sum += digitAt(d, i) * (primes[k] as number)
  const r = sum % 11
  return (r > 1 ? 11 - r : r) === digitAt(d, d.length - 1)
}

/** Chile's RUT whose check is "K" (11 minus the weighted sum's remainder is 10): `body` is its digits before the K. */
export function rutKValid(body: string): boolean {
  if (!/^\d{7,8}$/.test(body)) return false
  let sum = 0
  let weight = 2
  for (let i = body.length - 1; i >= 0; i--) {
    sum += digitAt(body, i) * weight
    weight = weight === 7 ? 2 : weight + 1
  }
  return 11 - (sum % 11) === 10
}

export function rutValid(d: string): boolean {
  if (!/^\d{8,9}$/.test(d)) return false
  let sum = 0
  let weight = 2
  for (let i = d.length - 2; i >= 0; i--) {
    sum += digitAt(d, i) * weight
    weight = weight === 7 ? 2 : weight + 1
  }
  const check = 11 - (sum % 11)
  return (check === 11 ? 0 : check) === digitAt(d, d.length - 1)
}

/**
 * Kuwait's civil ID number: the century (2 for the 1900s, 3 for the 2000s), the birth date (YYMMDD), four
 * digits and a check digit (weights 2 1 6 3 7 9 10 5 8 4 2; 11 less the sum mod 11, which must be a digit).
 */
export function kuwaitCivilIdValid(d: string): boolean {
  if (!/^[23]\d{11}$/.test(d) || !realDate(d[0] === '2' ? 1900 + Number(d.slice(1, 3)) : 2000 + Number(d.slice(1, 3)), Number(d.slice(3, 5)), Number(d.slice(5, 7)))) return false
  const weights = [2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  let sum = 0
  for (let i = 0; i < 11; i++) sum += digitAt(d, i) * (weights[i] as number)
  const check = 11 - (sum % 11)
  return check < 10 && check === digitAt(d, 11)
}

/** Qatar's QID: the century (2 or 3), the birth year's two digits, the country's three-digit code and five digits (no check digit: a shape). */
export function qidShaped(d: string): boolean {
  return /^[23]\d{10}$/.test(d)
}

/** Sri Lanka's twelve-digit NIC (from 2016): the birth year, the day of the year (plus 500 for women), then five digits (a shape). */
export function sriLankaNicShaped(d: string): boolean {
  if (!/^(?:19|20)\d{10}$/.test(d)) return false
  const day = Number(d.slice(4, 7))
  return (day >= 1 && day <= 366) || (day >= 501 && day <= 866)
}

/** Thailand's national ID number: thirteen digits, the last a check digit (weights 13 down to 2; 11 less the sum mod 11, mod 10). */
export function thaiIdValid(d: string): boolean {
  if (!/^[1-8]\d{12}$/.test(d)) return false
  let sum = 0
  for (let i = 0; i < 12; i++) sum += digitAt(d, i) * (13 - i)
  return (11 - (sum % 11)) % 10 === digitAt(d, 12)
}

/**
 * Indonesia's NIK (on the KTP): sixteen digits, the region (six), the birth date as DDMMYY (women's day plus 40),
 * then four (a shape: no check digit).
 */
export function nikShaped(d: string): boolean {
  if (!/^\d{16}$/.test(d)) return false
  const day = Number(d.slice(6, 8))
  const month = Number(d.slice(8, 10))
  return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 41 && day <= 71))
}

/**
 * Tanzania's NIDA number as printed ("19900304-23113-00002-15"): the holder's birth date (YYYYMMDD) opens it, then
 * three groups (a shape: the check scheme is not public).
 */
export function nidaShaped(v: string): boolean {
  const m = /^(\d{4})(\d{2})(\d{2})-\d{5}-\d{5}-\d{2}$/.exec(v)
  return m !== null && Number(m[1]) >= 1900 && realDate(Number(m[1]), Number(m[2]), Number(m[3]))
}

/** The numbers Taiwan's identity numbers give their first letter (the area of first registration). */
const TW_LETTER_CODES = 'ABCDEFGHJKLMNPQRSTUVXYWZIO'

/**
 * Taiwan's national identification number, and the resident certificate number issued since 2021 in its shape: a
 * capital, then 1 or 2 (8 or 9 for a resident), then eight digits. The letter stands for a two-digit code (A = 10 ...
 * in the order above), its tens weighted 1 and its units 9, the digits 8 to 1 and the last 1: the sum a multiple of 10.
 */
export function twIdValid(v: string): boolean {
  if (!/^[A-Z][1289]\d{8}$/.test(v)) return false
  const code = TW_LETTER_CODES.indexOf(v[0] as string) + 10
  let sum = Math.floor(code / 10) + (code % 10) * 9
  for (let i = 1; i <= 8; i++) sum += Number(v[i]) * (9 - i)
  sum += Number(v[9])
  return sum % 10 === 0
}

/** A letter or a digit's value in the Portuguese and Polish checks (0-9, then A = 10 ... Z = 35). */
const base36 = (c: string): number => Number.parseInt(c, 36)

/**
 * Portugal's Cartão de Cidadão document number ("17400081 2 ZV3"): the civil identification number (eight digits),
 * its check digit, the card's version (two letters or digits) and a check over all twelve: every second value from
 * the right doubled (less 9 above 9), the sum a multiple of ten.
 */
export function cartaoCidadaoValid(v: string): boolean {
  const s = v.replace(/ /g, '')
  if (!/^\d{9}[A-Z0-9]{2}\d$/.test(s)) return false
  let sum = 0
  for (let i = s.length - 1, second = false; i >= 0; i--, second = !second) {
    let value = base36(s[i] as string)
    if (second) {
      value *= 2
      if (value > 9) value -= 9
    }
    sum += value
  }
  return sum % 10 === 0
}

/** Poland's identity card (dowód osobisty) number ("ABA300000"): three letters, the check digit, five digits; weights 7, 3, 1, 9, 7, 3, 1, 7, 3. */
export function dowodValid(v: string): boolean {
  if (!/^[A-Z]{3}\d{6}$/.test(v)) return false
  const weights = [7, 3, 1, 9, 7, 3, 1, 7, 3]
  let sum = 0
  for (let i = 0; i < 9; i++) sum += base36(v[i] as string) * (weights[i] as number)
  return sum % 10 === 0
}

/**
 * Romania's personal numeric code (CNP): the sex and century (1-9), the birth date YYMMDD, the county (01-52), a
 * serial and a check digit: the first twelve weighted 2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9, the sum mod 11 (10 reads 1).
 */
export function cnpValid(d: string): boolean {
  if (!/^[1-9]\d{12}$/.test(d)) return false
  const month = Number(d.slice(3, 5))
  const day = Number(d.slice(5, 7))
  if (month < 1 || month > 12 || day < 1 || day > 31) return false
  const weights = [2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9]
  let sum = 0
  for (let i = 0; i < 12; i++) sum += Number(d[i]) * (weights[i] as number)
  const check = sum % 11 === 10 ? 1 : sum % 11
  return check === Number(d[12])
}

/**
 * Egypt's national ID number (14 digits): the century (2 for the 1900s, 3 for the 2000s), the birth date YYMMDD,
 * the governorate of birth (01-04, 11-19, 21-29, 31-35, 88 abroad), a serial and a check digit whose rule is not
 * public: the shape only.
 */
export function egyptIdShaped(d: string): boolean {
  if (!/^[23]\d{6}(?:0[1-4]|1[1-9]|2[1-9]|3[1-5]|88)\d{5}$/.test(d)) return false
  const month = Number(d.slice(3, 5))
  const day = Number(d.slice(5, 7))
  return month >= 1 && month <= 12 && day >= 1 && day <= 31
}

/**
 * Estonia's isikukood and Lithuania's asmens kodas (11 digits): the sex and century (1-6), the birth date YYMMDD, a
 * serial and a check digit: weights 1-9, 1 mod 11, and when that gives 10, weights 3-9, 1-3 (10 again reads 0).
 */
export function balticPersonalCodeValid(d: string): boolean {
  if (!/^[1-6]\d{10}$/.test(d)) return false
  const century = [1800, 1800, 1900, 1900, 2000, 2000][digitAt(d, 0) - 1] as number
  if (!realDate(century + Number(d.slice(1, 3)), Number(d.slice(3, 5)), Number(d.slice(5, 7)))) return false
  const weighted = (first: number): number => {
    let sum = 0
    for (let i = 0; i < 10; i++) sum += digitAt(d, i) * (((first - 1 + i) % 9) + 1)
    return sum % 11
  }
  let check = weighted(1)
  if (check === 10) check = weighted(3) % 10
  return check === digitAt(d, 10)
}

/**
 * Latvia's personas kods (11 digits, "DDMMYY-CNNNN"): before July 2017 the birth date, the century (0 1800s, 1 1900s,
 * 2 2000s), a serial and a check digit ((1101 - weighted sum) mod 11, weights 1, 6, 3, 7, 9, 10, 5, 8, 4, 2); since then
 * "32" and nine digits with no date.
 */
export function latvianPersonalCodeValid(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false
  if (d.startsWith('32')) return true
  const century = [1800, 1900, 2000][digitAt(d, 6)]
  if (century === undefined || !realDate(century + Number(d.slice(4, 6)), Number(d.slice(2, 4)), Number(d.slice(0, 2)))) return false
  const weights = [1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
  let sum = 0
  for (let i = 0; i < 10; i++) sum += digitAt(d, i) * (weights[i] as number)
  return (1101 - sum) % 11 === digitAt(d, 10)
}

/**
 * Iceland's kennitala (10 digits, "DDMMYY-NNCD"): the birth date (a firm's adds 4 to the day's first digit), two
 * digits, a check digit (weights 3, 2, 7, 6, 5, 4, 3, 2; 11 - sum mod 11, 11 reads 0) and the century (9 1900s, 0 2000s).
 */
export function kennitalaValid(d: string): boolean {
  if (!/^\d{8}\d[09]$/.test(d)) return false
  const century = d.endsWith('9') ? 1900 : 2000
  if (!realDate(century + Number(d.slice(4, 6)), Number(d.slice(2, 4)), Number(d.slice(0, 2)))) return false
  const weights = [3, 2, 7, 6, 5, 4, 3, 2]
  let sum = 0
  for (let i = 0; i < 8; i++) sum += digitAt(d, i) * (weights[i] as number)
  const check = 11 - (sum % 11)
  return (check === 11 ? 0 : check) === digitAt(d, 8)
}

/** The Netherlands' BSN (burgerservicenummer): nine digits passing the "elfproef", 9·d1 + 8·d2 + … + 2·d8 − d9 ≡ 0 (mod 11). */
export function bsnValid(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false
  let sum = 0
  for (let k = 0; k < 8; k++) sum += (9 - k) * Number(digits[k])
  return (sum - Number(digits[8])) % 11 === 0
}

/** (sum of the digits of `d` times `weights`, from its start) mod 11, mod 10: the check digit of Russia's INN and Ukraine's RNOKPP. */
function weightedMod11(d: string, weights: readonly number[]): number {
  let sum = 0
  for (let i = 0; i < weights.length; i++) sum += digitAt(d, i) * (weights[i] as number)
  return (((sum % 11) + 11) % 11) % 10
}

/** Russia's INN (taxpayer number): a person's twelve digits with two check digits, a firm's ten with one. */
export function innValid(d: string): boolean {
  if (/^\d{10}$/.test(d)) return weightedMod11(d, [2, 4, 10, 3, 5, 9, 4, 6, 8]) === digitAt(d, 9)
  if (!/^\d{12}$/.test(d)) return false
  return weightedMod11(d, [7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === digitAt(d, 10) && weightedMod11(d, [3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8]) === digitAt(d, 11)
}

/** Russia's SNILS (pension insurance number): nine digits and a two-digit check (the digits times 9 down to 1, mod 101, 100 as 00). */
export function snilsValid(d: string): boolean {
  if (!/^\d{11}$/.test(d)) return false
  let sum = 0
  for (let i = 0; i < 9; i++) sum += digitAt(d, i) * (9 - i)
  const check = sum % 101 === 100 ? 0 : sum % 101
  return check === Number(d.slice(9))
}

/** Ukraine's RNOKPP (a person's tax number, "ІПН"): ten digits, the first five the days since 31 December 1899, a check digit. */
export function rnokppValid(d: string): boolean {
  return /^\d{10}$/.test(d) && weightedMod11(d, [-1, 5, 7, 9, 4, 6, 10, 5, 7]) === digitAt(d, 9)
}

/** Kazakhstan's IIN: twelve digits, the birth date first (YYMMDD), a century-and-sex digit (1-6), a check digit (two weightings, mod 11). */
export function iinValid(d: string): boolean {
  if (!/^\d{12}$/.test(d)) return false
  const month = Number(d.slice(2, 4))
  const day = Number(d.slice(4, 6))
  const century = digitAt(d, 6)
  if (month < 1 || month > 12 || day < 1 || day > 31 || century < 1 || century > 6) return false
  const sumWith = (w: readonly number[]): number => w.reduce((s, x, i) => s + digitAt(d, i) * x, 0) % 11
  let check = sumWith([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
  if (check === 10) check = sumWith([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2])
  return check !== 10 && check === digitAt(d, 11)
}
