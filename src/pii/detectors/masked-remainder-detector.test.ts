import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'

const engine = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('the digits a masked value leaves visible (blind set EG)', () => {
  it("a masked social's last four, a masked card's last four or five", () => {
    expect(found('Identity docs on file; SSN on file ***-**-6720 (masked).')).toEqual([['us_social_security_number', '6720']])
    expect(found('SSN: XXX-XX-4471')).toEqual([['us_social_security_number', '4471']])
    expect(found('card: **** **** **** 4417')).toEqual([['credit_card_number', '4417']])
    expect(found('Amex xxxx-xxxxxx-54009 on file')).toEqual([['credit_card_number', '54009']])
  })

  it('needs the whole mask, and nothing glued after the digits', () => {
    expect(found('part XXX-XX-1234-B')).toEqual([])
    expect(found('the ***-**-**** field is empty')).toEqual([])
    expect(found('rated *** 4417 times')).toEqual([])
  })
})

describe('a masked card shown a space apart or behind an ellipsis, and a table header (blind sets HS, HT)', () => {
  it('"•••• 8812", "…8808", "...8808" after a card\'s word; "****4540" in a CSV row before an amount', () => {
    expect(found('Payment methods: Mastercard •••• 8812, Apple Pay')).toEqual([['credit_card_number', '8812']])
    expect(found('Kaution: Mastercard …8808')).toEqual([['credit_card_number', '8808']])
    expect(found('Visa ...4417 was declined')).toEqual([['credit_card_number', '4417']])
    expect(found('method,dest,amount\nvisa,****4540,80.00')).toEqual([['credit_card_number', '4540']])
  })

  it('not a sum behind an ellipsis, nor an ellipsis with no card named', () => {
    expect(found('card …8808.50')).toEqual([])
    expect(found('the total… 2024 was a bad year')).toEqual([])
  })

  it("a table's header line is no question asking for its first row's code", () => {
    expect(found('payout_id,player_id,name,method,dest,amount,currency\nWD-88314207,AU-551902,Ann Lee,payid,ann@example.org,300.00,AUD').filter(([t]) => t === 'account_number')).toEqual([['account_number', 'AU-551902']])
  })

  it('the card ending in four digits, then a comma and "one is ..." (no fifth digit)', () => {
    expect(found('I can see two charges on the card ending 5637, one is a pre-authorisation')).toEqual([['credit_card_number', '5637']])
  })
})

describe("an identity number's last three, said or left by a mask (blind set HU)", () => {
  it('"last 3 digits of TFN", "the last three of my tax file number", "TFN: ends 487", "*** *** 484"', () => {
    expect(found('File note: caller verified with last 3 digits of TFN (212) and address.')).toEqual([['us_social_security_number', '212']])
    expect(found('oh um the last three of my tax file number  seven six eight')).toEqual([['us_social_security_number', 'seven six eight']])
    expect(found('TFN: ends 487 (full number entered on eCAF)')).toEqual([['us_social_security_number', '487']])
    expect(found("Agent: And just for verification, the last 3 digits of your SIN?\nCaller: 052.\nAgent: Thank you.")).toEqual([['us_social_security_number', '052']])
    expect(found('ATO online – your TFN on record: *** *** 484. If this is wrong, phone us.')).toEqual([['us_social_security_number', '484']])
  })

  it("not another number's last three, nor a mask no identity number names", () => {
    expect(found('the last 3 digits of your SIN and the card ending 123')).toEqual([])
    expect(found('Order *** *** 484 shipped')).toEqual([])
    expect(found('TFN help line hours: 8 to 6, wait about 212 seconds')).toEqual([])
  })
})
