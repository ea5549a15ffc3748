import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const engine = createPiiEngine()
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])
const redacted = (text: string): string => engine.redact(text).text

describe("a fraud desk's values (blind set EX)", () => {
  it('a last four corrected after "No, sorry," and said once more', () => {
    expect(found('Agent: For security, can you give me the last four of your Social?\nCaller: Okay, 3787. No, sorry, 3778. 3778.\nAgent: Thank you.')).toEqual([
      ['us_social_security_number', '3787'],
      ['us_social_security_number', '3778'],
      ['us_social_security_number', '3778'],
    ])
  })

  it('an account number in the sentence after a date said with "on"', () => {
    expect(found('I did not authorise the Direct Debit taken on 04/12/2024. My account number is 45928239 and sort code 175077.')).toEqual([
      ['account_number', '45928239'],
      ['banking_information', '175077'],
    ])
    // ("the phone number on my account" still names the account's phone)
    expect(found('the mobile number on my account is 07700900315')).toEqual([['phone_number', '07700900315']])
  })

  it("an expiry and a security code named right after them", () => {
    expect(found('4819373051410516 - thats the one that got cloned. 01-28 is the expiry and 444 on the back if you need it')).toEqual([
      ['credit_card_number', '4819373051410516'],
      ['credit_card_expiration', '01-28'],
      ['credit_card_cvv', '444'],
    ])
    expect(found("Um, 11/26. And, um, 324, that's the three digits on the back, if you need that too.")).toEqual([['credit_card_cvv', '324']])
    expect(found('5/2024 was the expiry of my lease')).toEqual([])
    expect(found('Room 324 is the code on the back door')).toEqual([])
  })

  it("a sort code's letters, an ACH trace number and a US regulation are no one's", () => {
    expect(found('a/c 48977213 s/c 56 34 17. APP scam')).toEqual([
      ['account_number', '48977213'],
      ['account_number', '56 34 17'],
    ])
    expect(found('Debit acct: 57342200776 / RTN 045539358\nAmount: $3,556.83 sent 05/05/2024 (trace 014647635725301)')).toEqual([
      ['account_number', '57342200776'],
      ['banking_information', '045539358'],
    ])
    expect(redacted('Provisional credit under Reg E 1005.11 is due within 10 business days.')).toBe('Provisional credit under Reg E 1005.11 is due within 10 business days.')
  })

  it('merchants where a card was used, firms with "&", a place an IP address maps to', () => {
    expect(redacted("there is a pending charge from Dick's Sporting Goods in Savannah")).toBe("there is a pending charge from Dick's Sporting Goods in Savannah")
    expect(redacted('I see the disputed charge from Hamilton Beach for $2,910.37.')).toBe('I see the disputed charge from Hamilton Beach for $2,910.37.')
    expect(redacted('card declined at Tiffany & Co. Reachable on local mobile')).toBe('card declined at Tiffany & Co. Reachable on local mobile')
    expect(redacted('I see the charge from Austin Tire & Auto on June 9.')).toBe('I see the charge from Austin Tire & Auto on June 9.')
    expect(redacted('which geolocates to Dallas. Was that you?')).toBe('which geolocates to Dallas. Was that you?')
    // (payments go to people; two people joined by "&")
    expect(redacted('I sent a payment to Maria Lopez yesterday')).toBe('I sent a payment to [PERSON_NAME] yesterday')
    expect(redacted('Thanks, Priya & Omar Haddad')).toBe('Thanks, [PERSON_NAME] & [PERSON_NAME]')
  })
})

describe('scam reports (blind set JM)', () => {
  it("a card's number after a parcel's word, a card named a sentence before", () => {
    expect(found("Hi, I need to cancel my card. I put the number into one of those parcel websites. It's 4556 7320 1948 8129.")).toEqual([['credit_card_number', '4556 7320 1948 8129']])
    // (a parcel's own number stays one: no card named)
    expect(found('Your parcel is on its way, tracking 4556 7320 1948 8129.')).toEqual([])
  })
})
