import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../index.js'

const engine = createPiiEngine({ nameDetector: null })
/** What the engine finds (names off), as [type, text]. */
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('numbers named before what they are for, or after themselves (blind sets CT, CU)', () => {
  it('an account number named before what it is for ("for the refund")', () => {
    expect(found('The account number for the refund is 40817263, thanks.')).toEqual([['account_number', '40817263']])
    expect(found('account number for the payout is four zero eight one seven two six three')).toEqual([['account_number', 'four zero eight one seven two six three']])
    // ... while another number for the account stays that number's
    expect(found('the order number for your account is 55412')).toEqual([])
  })

  it('an identity number asked for a purpose, then given', () => {
    expect(found("Your DNI, please, for the booking. It's 48151623L.")).toEqual([['us_social_security_number', '48151623L']])
    expect(found('My booking reference is 48151623L')).toEqual([])
  })

  it("Chile's RUT after its name", () => {
    expect(found('The site asks for the RUT. Mine is 14.852.963-9.')).toEqual([['us_social_security_number', '14.852.963-9']])
  })

  it('a passport named right after its number, set off by a comma or a bracket', () => {
    expect(found("It's EB5093117, Polish passport.")).toEqual([['passport_number', 'EB5093117']])
    expect(found('Traveller: AB1234567 (UK passport), back on the 12th')).toEqual([['passport_number', 'AB1234567']])
    expect(found('Ticket 55512345 passport control at gate 3')).toEqual([])
  })
})
