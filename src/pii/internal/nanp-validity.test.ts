import { parsePhoneNumberFromString } from 'libphonenumber-js/max'
import { describe, expect, it } from 'vitest'
import { nanpValid } from './nanp-validity.js'

/** A small seeded generator (no Math.random: a failure must be reproducible). */
function lcg(seed: number): () => number {
  let s = seed
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648
    return s / 2147483648
  }
}

describe('nanpValid', () => {
  it('agrees with libphonenumber-js on every area code and on seeded random numbers', () => {
    const numbers: string[] = []
    for (let area = 200; area <= 999; area++) numbers.push(`${area}5550192`, `${area}2345678`)
    const rnd = lcg(42)
    while (numbers.length < 5000) {
      let n = String(2 + Math.floor(rnd() * 8))
      for (let k = 0; k < 9; k++) n += String(Math.floor(rnd() * 10))
      if (/^[2-9]\d{2}[2-9]\d{6}$/.test(n)) numbers.push(n)
    }
    const disagreements = numbers.filter((n) => nanpValid(n) !== (parsePhoneNumberFromString(n, 'US')?.isValid() === true))
    expect(disagreements).toEqual([])
    // Both verdicts occur, so the comparison is not trivially all-false or all-true.
    expect(numbers.some((n) => nanpValid(n))).toBe(true)
    expect(numbers.some((n) => !nanpValid(n))).toBe(true)
  })

  it('knows Canadian and Caribbean numbers (other NANP countries)', () => {
    expect(nanpValid('6135550123')).toBe(parsePhoneNumberFromString('6135550123', 'US')?.isValid() === true)
    expect(nanpValid('2684601234')).toBe(true)
    expect(nanpValid('9995550192')).toBe(false)
  })
})
