import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('local councils and housing (blind set HC)', () => {
  it("a tenancy's number or reference is its tenant's account", () => {
    expect(found('My tenancy number is KO 2291 8730.')).toEqual([['account_number', 'KO 2291 8730']])
    expect(found('Agent: Can I have your tenancy reference, please?\nCaller: TEN-0052209.')).toEqual([['account_number', 'TEN-0052209']])
    // (a tenancy agreement's number is the contract's)
    expect(found('the tenancy agreement number is 994868377')).toEqual([])
  })

  it("a library card's number, the library spoken of before, is its borrower's account", () => {
    expect(found("Caller: I'm trying to sign up for the library's e-books with my card.\nAgent: Can you read me the card number?\nCaller: D 2000 5819 33.")).toEqual([
      ['account_number', 'D 2000 5819 33'],
    ])
    expect(found('I owe $412 for the Toronto Public Library, but someone has been using my card. The card number is 27131039485512.')).toEqual([
      ['account_number', '27131039485512'],
    ])
    // (a payment card's number is a payment card's, wherever it was used)
    expect(found('At the library I paid by card, card number 4111 1111 1111 1111')).toEqual([['credit_card_number', '4111 1111 1111 1111']])
  })
})
