import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('pharmacies and benefit managers (blind set FQ)', () => {
  it("a copay card's ID is its patient's account", () => {
    expect(found('the copay card ID 60091834472 was rejected with code 75')).toEqual([['account_number', '60091834472']])
    expect(found('can u check if my copay card is linked? ID CC7194402118, thanks')).toEqual([['account_number', 'CC7194402118']])
    expect(found('my copay is 1500 dollars this year')).toEqual([])
  })

  it("a phone's last four: sent to the number, or named after", () => {
    expect(found('account locked, SMS sent to number ending 0923.')).toEqual([['phone_number', '0923']])
    expect(found('the otp goes to the old number ending in 5863')).toEqual([['phone_number', '5863']])
    expect(found("The number ends in four four seven one, that's my cell, not the house phone.")).toEqual([['phone_number', 'four four seven one']])
    // (another number's name between: an account's)
    expect(found('payment sent to account number ending 4471')).toEqual([['account_number', '4471']])
    expect(found("the visa ending 4471, that's the one on my phone")).toEqual([['credit_card_number', '4471']])
  })

  it("a social's last four after a pause in raw speech", () => {
    expect(found('my social  last four  six one two oh  and my zip is seven seven oh three six')).toEqual([['us_social_security_number', 'six one two oh']])
  })
})
