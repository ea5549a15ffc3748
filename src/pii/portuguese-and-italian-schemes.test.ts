import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'
import { nissPtValid, pisValid } from './internal/national-id-checksums.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe("Portugal's, Brazil's and Italy's identity and health numbers (blind set IB)", () => {
  it("Portugal's NISS and Brazil's PIS/NIT checks", () => {
    expect(nissPtValid('23114807996')).toBe(true)
    expect(nissPtValid('23114807995')).toBe(false)
    expect(pisValid('17889973584')).toBe(true)
    expect(pisValid('17889973585')).toBe(false)
    expect(pisValid('11111111111')).toBe(false)
  })

  it('named by their schemes, in the plural, or as the taxpayer\'s number', () => {
    expect(found('I need their NIFs.\nSpeaker B: Gabriel is 253269520.')).toEqual([['us_social_security_number', '253269520']])
    expect(found('Her NISS is 23114807996.')).toEqual([['us_social_security_number', '23114807996']])
    expect(found('I need your NIT, the PIS number.\nSpeaker B: 178.89973.58-4.')).toEqual([['us_social_security_number', '178.89973.58-4']])
    expect(found('o meu número de contribuinte é duzentos e setenta e quatro  duzentos e vinte e quatro  seiscentos e sete')).toEqual([
      ['us_social_security_number', 'duzentos e setenta e quatro  duzentos e vinte e quatro  seiscentos e sete'],
    ])
    // ... not when the check fails
    expect(found('Her NISS is 23114807995.')).toEqual([])
  })

  it("health cards: Italy's tessera sanitaria, Brazil's CNS and health plans' carteirinha", () => {
    expect(found('Tessera sanitaria: 80380007744566936634')).toEqual([['healthcare_number', '80380007744566936634']])
    expect(found('CPF 801.885.858-69 | CNS 2474 5472 7490 000')).toEqual([['us_social_security_number', '801.885.858-69'], ['healthcare_number', '2474 5472 7490 000']])
    expect(found('Carteirinha: 0 032 441870029551 7')).toEqual([['healthcare_number', '0 032 441870029551 7']])
    // ... Portugal's health line and a reference coded SUS are neither
    expect(found('For medical advice, please call SNS 24, 808 24 24 24.')).toEqual([])
    expect(found('two unmatched items parked in suspense, refs SUS-0331-01/02')).toEqual([])
  })
})

describe("Brazil's and Italy's phones as their people write and say them (blind set IB)", () => {
  it('the area code in brackets, no trunk 0', () => {
    expect(found('the old one was (51) 98811-2044')).toEqual([['phone_number', '(51) 98811-2044']])
    expect(found('He only has a landline: (31) 3421-0577.')).toEqual([['phone_number', '(31) 3421-0577']])
    expect(found('see section (10) 2024-2025')).toEqual([])
  })

  it("Italian pairs whose words run past twelve letters (\"cinquantaquattro\")", () => {
    expect(found("the phone is zero sei  ottantotto  trentadue  undici  cinquantaquattro  that's rome")).toEqual([
      ['phone_number', 'zero sei  ottantotto  trentadue  undici  cinquantaquattro'],
    ])
  })
})
