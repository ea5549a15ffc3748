import { describe, expect, it } from 'vitest'
import { scan } from '../index.js'

/** [type, text] of every finding but names. */
const found = (text: string): [string, string][] => scan(text).filter((f) => f.type !== 'person_name').map((f) => [f.type, text.slice(f.start, f.end)])

describe("other countries' identity and health numbers (blind sets CC and CD)", () => {
  it('an Emirates ID in its dashed groups when its Luhn check holds, or named and read out', () => {
    expect(found('Emirates ID: 784-1996-7729660-2')).toEqual([['us_social_security_number', '784-1996-7729660-2']])
    expect(found('Careem Captain registration: 784-1960-8064706-6 on file')).toEqual([['us_social_security_number', '784-1960-8064706-6']])
    expect(found('sir your emirates id please  seven eight four one nine seven four six three eight six two one three two  thank you')).toEqual([
      ['us_social_security_number', 'seven eight four one nine seven four six three eight six two one three two'],
    ])
    // ... not 15 digits that fail the check, nor an airline's booking
    expect(found('Emirates ID: 784-1996-7729660-3')).toEqual([])
    expect(found('Emirates flight EK 202, booking 784123456789012')).toEqual([])
  })

  it("Nigeria's BVN, Jamaica's TRN and the Philippines' SSS number, named", () => {
    expect(found('The date of birth on my BVN (22344474147) does not match my NIN slip.')).toEqual([['us_social_security_number', '22344474147']])
    expect(found('Good morning TAJ, my TRN is 187-681-559. I need a tax compliance certificate.')).toEqual([['us_social_security_number', '187-681-559']])
    expect(found('SS No.: 34-1664816-9')).toEqual([['us_social_security_number', '34-1664816-9']])
    // ("SS number" of nine digits stays a US social security number)
    expect(found('my SS number is 123-45-6789')).toEqual([['us_social_security_number', '123-45-6789']])
  })

  it("health schemes' cards and numbers: Ghana's NHIS, Jamaica's NHF and JADEP, PhilHealth, a health card or plan", () => {
    expect(found('NHIS card no.: 76510266')).toEqual([['healthcare_number', '76510266']])
    expect(found('NHF card no: J66718567')).toEqual([['healthcare_number', 'J66718567']])
    expect(found('JADEP card no.: J95504138')).toEqual([['healthcare_number', 'J95504138']])
    expect(found('PhilHealth PIN: 57-784488656-1.')).toEqual([['healthcare_number', '57-784488656-1']])
    expect(found('Health card 7318 135 673, please call me back.')).toEqual([['healthcare_number', '7318 135 673']])
    expect(found('Member on file, health plan ID 1EG4-QQM-9734, plan inactive.')).toEqual([['healthcare_number', '1EG4-QQM-9734']])
    // ... not a PIN of anything else, nor a health score
    expect(found('Enter your PIN 4821 at the pharmacy.')).toEqual([])
    expect(found('Your health score is 82 this month.')).toEqual([])
  })
})
