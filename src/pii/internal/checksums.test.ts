import { describe, expect, it } from 'vitest'
import { abaValid, auMedicareValid, luhnValid, plausibleCardPrefix, ssnValid } from './checksums.js'
import { bsnValid } from './national-id-checksums.js'

describe('checksums', () => {
  it('Luhn accepts test card numbers and rejects a changed digit', () => {
    expect(luhnValid('4111111111111111')).toBe(true)
    expect(luhnValid('378282246310005')).toBe(true)
    expect(luhnValid('4111111111111112')).toBe(false)
    expect(luhnValid('')).toBe(false)
    expect(luhnValid('41x1')).toBe(false)
  })

  it('ABA routing checksum', () => {
    expect(abaValid('021000021')).toBe(true)
    expect(abaValid('021000022')).toBe(false)
    expect(abaValid('000000000')).toBe(false)
  })

  it('SSN rules reject impossible areas, groups, serials and samples', () => {
    expect(ssnValid('536224981')).toBe(true)
    for (const bad of ['000123456', '666123456', '912345678', '123004567', '123450000', '123456789', '078051120', '111111111']) {
      expect(ssnValid(bad)).toBe(false)
    }
  })

  it('card prefixes of the major networks', () => {
    expect(plausibleCardPrefix('4111')).toBe(true)
    expect(plausibleCardPrefix('2221000000000009')).toBe(true)
    expect(plausibleCardPrefix('2100000000000000')).toBe(false)
    expect(plausibleCardPrefix('1111111111111111')).toBe(false)
  })

  it("Australia's Medicare number: its ninth digit checks the first eight, the holder's position may follow", () => {
    expect(auMedicareValid('4906731991')).toBe(true)
    expect(auMedicareValid('49067319912')).toBe(true)
    expect(auMedicareValid('4906731891')).toBe(false)
    // (the first digit is 2 to 6)
    expect(auMedicareValid('7906731991')).toBe(false)
    expect(auMedicareValid('490673199')).toBe(false)
  })
})

describe("the Netherlands' BSN", () => {
  it('passes the elfproef', () => {
    expect(bsnValid('123456782')).toBe(true)
    expect(bsnValid('969742289')).toBe(true)
    expect(bsnValid('123456783')).toBe(false)
    expect(bsnValid('000000000')).toBe(false)
  })
})
