import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('mortgage servicers, credit unions and collectors (blind set FX)', () => {
  it("an American Express card's last five, named or named before", () => {
    expect(found('Confirmed Amex ending 31229 on file for autopay.')).toEqual([['credit_card_number', '31229']])
    expect(found('Agent: The expiration date on the Amex? Caller: 04/27. Agent: And the card ends in 31229, correct?')).toContainEqual(['credit_card_number', '31229'])
    expect(found('the amex, the one ending in 31229')).toEqual([['credit_card_number', '31229']])
    // (five digits are no other card's last four, nor a phone's)
    expect(found('Visa ending 31229')).toEqual([])
    expect(found('Paid with the amex. The phone ending 31229 is hers.')).toEqual([])
  })

  it("a credit union member's five-digit number, named right before", () => {
    expect(found('Member number 88301, Social 7712.')).toContainEqual(['account_number', '88301'])
    expect(found('Sarah Jones, member 51277.')).toEqual([['account_number', '51277']])
    expect(found('Member 88301 - Jane Doe - requested to close savings.')).toEqual([['account_number', '88301']])
    // (a count of members is none)
    expect(found('a member of 20000 households')).toEqual([])
  })

  it("an account's last digits in the past tense", () => {
    expect(found('the original creditor was Comenity Bank, and the account ended in 7714.')).toEqual([['account_number', '7714']])
  })

  it("a locative of the statement before is no owner of this one's number", () => {
    expect(found('attached is the claim form filled in. My member number is 70291834.')).toEqual([['account_number', '70291834']])
    // (within one statement it still is: the zip code on the account is no account number)
    expect(found('the zip code on the account? It is 14612')).toEqual([])
  })
})
