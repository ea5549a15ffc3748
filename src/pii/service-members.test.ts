import { describe, expect, it } from 'vitest'
import { normalizeSpoken } from './internal/spoken-normalizer.js'
import { createPiiEngine } from './pii-engine.js'

const norm = (text: string): string => normalizeSpoken(text).text
const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('service members and veterans (blind set IM)', () => {
  it('"niner" is nine, as radio and the services say it', () => {
    expect(norm('call me back at six one three  five eight four  two two oh niner  it is about')).toBe('call me back at 6135842209  it is about')
    expect(found('the card ends in  eight seven two niner  it is a mastercard')).toEqual([['credit_card_number', 'eight seven two niner']])
  })

  it("a dependant's DoD benefits number", () => {
    expect(found('his dbn is three one niner niner eight  six oh six  niner oh three')).toEqual([['healthcare_number', 'three one niner niner eight  six oh six  niner oh three']])
    expect(found('{"dependents":[{"dbn":"27361523795"}]}')).toEqual([['healthcare_number', '27361523795']])
  })
})

describe("seafarers' identity documents (blind set IO)", () => {
  it("a seaman's book, a CDC and an INDoS number, written or read out", () => {
    expect(found("seaman's book C0728845, passport Z1234567")).toEqual([['passport_number', 'C0728845'], ['passport_number', 'Z1234567']])
    expect(found('buku pelaut e two nine oh seven one four  admitted to hospital')).toEqual([['passport_number', 'e two nine oh seven one four']])
    expect(found('His Indian CDC is MUM 301884 and INDoS 16MU4417')).toContainEqual(['passport_number', '16MU4417'])
    // ... not the disease agency's guidance
    expect(found('CDC guidelines 2024 say so')).toEqual([])
  })
})
