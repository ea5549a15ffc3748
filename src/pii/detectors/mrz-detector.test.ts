import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../index.js'
import { mrzCheckDigit } from './mrz-detector.js'

const engine = createPiiEngine()
/** What the engine finds, as [type, text]. */
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])
/** A field followed by its check digit. */
const withCheck = (field: string): string => field + String(mrzCheckDigit(field))
const pad = (s: string, n: number): string => s + '<'.repeat(n - s.length)

describe('machine-readable zones of passports and identity cards', () => {
  it("computes ICAO 9303's check digit (weights 7, 3, 1; A=10, < = 0)", () => {
    expect(mrzCheckDigit('520727')).toBe(3)
    expect(mrzCheckDigit('AB<')).toBe((10 * 7 + 11 * 3) % 10)
  })

  it("a passport's two lines: the holder's names, the number, the birth date and a personal number", () => {
    const line1 = pad('P<POLKOWALSKA<<ANNA<MARIA', 44)
    const personal = pad('91082304825', 14)
    const line2 = `${withCheck('EA4827193')}POL${withCheck('910823')}F${withCheck('320514')}${withCheck(personal)}2`
    expect(line2).toHaveLength(44)
    const text = `Guest document scan:\n${line1}\n${line2}\n`
    expect(found(text)).toEqual([
      ['person_name', 'KOWALSKA'],
      ['person_name', 'ANNA'],
      ['person_name', 'MARIA'],
      ['passport_number', 'EA4827193'],
      ['date_of_birth', '910823'],
      ['us_social_security_number', '91082304825'],
    ])
  })

  it("an identity card's three lines", () => {
    const l1 = pad(`I<FRA${withCheck('X4RTBPFW4')}`, 30)
    const l2 = pad(`${withCheck('900615')}M${withCheck('300101')}FRA`, 30)
    const l3 = pad('MARTIN<<CLAIRE<SOPHIE', 30)
    expect(found(`${l1}\n${l2}\n${l3}`).map(([t, v]) => `${t}:${v}`)).toEqual([
      'passport_number:X4RTBPFW4', 'date_of_birth:900615', 'person_name:MARTIN', 'person_name:CLAIRE', 'person_name:SOPHIE',
    ])
  })

  it('a line of capitals and fillers whose check digits fail is no MRZ', () => {
    const line2 = `EA48271930POL9108230F3205149<<<<<<<<<<<<<<02`
    expect(line2).toHaveLength(44)
    expect(found(`ref:\n${line2}`).filter(([t]) => t === 'passport_number' || t === 'date_of_birth')).toEqual([])
  })
})
