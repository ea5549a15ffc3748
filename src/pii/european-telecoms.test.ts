import { describe, expect, it } from 'vitest'
import { cartaoCidadaoValid, dowodValid } from './internal/national-id-checksums.js'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe("mobile operators' shops in continental Europe (blind set HA)", () => {
  it("Portugal's Cartão de Cidadão by its check; Poland's identity card named", () => {
    expect(found('Each time a CC with number 17400081 2 ZV3 was shown')).toEqual([['us_social_security_number', '17400081 2 ZV3']])
    expect(found('Her dowód is PSM988899, she still has it.')).toEqual([['us_social_security_number', 'PSM988899']])
    expect(found('order 17400081 2 ZV4 shipped')).toEqual([])
    expect(cartaoCidadaoValid('174000812ZV3')).toBe(true)
    expect(cartaoCidadaoValid('174000812ZV4')).toBe(false)
    expect(dowodValid('ABA300000')).toBe(true)
    expect(dowodValid('ABA300001')).toBe(false)
  })

  it("Poland's domestic account number as printed, checked as its IBAN", () => {
    expect(found('Proszę o zwrot 89,99 zł na konto 82 1240 5569 0236 2414 5201 6473.')).toEqual([['banking_information', '82 1240 5569 0236 2414 5201 6473']])
    expect(found('batch 83 1240 5569 0236 2414 5201 6473 done')).toEqual([])
  })

  it("a line's word in Spanish before a mobile", () => {
    expect(found('Línea: 655 201 784 · Nº cliente 30118842')).toEqual([
      ['phone_number', '655 201 784'],
      ['account_number', '30118842'],
    ])
  })

  it("a service desk's roles and fields in other languages are no one's names", () => {
    const engine = createPiiEngine()
    const names = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))
    expect(names('Konsultant: Dzień dobry, w czym mogę pomóc?\nKlient: Mam problem z fakturą.')).toEqual([])
    expect(names('Produkt: Fibra 600, Paiement refusé, Transportista: SEUR')).toEqual([])
    expect(names('Konsultant: Dzień dobry, mówi Ewa Nowak.')).toEqual(['Ewa Nowak'])
  })
})

