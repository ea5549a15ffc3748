import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const engine = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('a value said again after a correction', () => {
  it('is the value it corrects, written or spoken, with an account number\'s letters', () => {
    expect(found('policy number 55102884. Oh no, sorry, that is the old one. Mine is 55102891.')).toEqual([
      ['account_number', '55102884'],
      ['account_number', '55102891'],
    ])
    expect(found("member number four four seven one, two two oh nine. Hang on, no, that's my wife's. Mine's four four seven one, two two nine oh")).toEqual([
      ['account_number', 'four four seven one, two two oh nine'],
      ['account_number', 'four four seven one, two two nine oh'],
    ])
    expect(found('customer number K P, six six one, oh three... sorry, K P, six six one, three oh.')).toEqual([
      ['account_number', 'K P, six six one, oh three'],
      ['account_number', 'K P, six six one, three oh'],
    ])
  })

  it('needs a correction word, the same first digits and about as many digits', () => {
    // a price after "no" is no account number
    expect(found('My account is 44718823, no, it costs 449 dollars')).toEqual([['account_number', '44718823']])
    // another number that only follows
    expect(found('account 44718823 and the fridge is model 44712')).toEqual([['account_number', '44718823']])
    expect(found('account 44718823, sorry, the order was 99120045')).toEqual([['account_number', '44718823']])
  })

  it('is another value of the same length when the first is called the old one (blind set EW)', () => {
    expect(found("the routing is two seven five nine seven zero five zero nine wait no that's the old one the new one is oh nine six one eight oh six seven five")).toEqual([
      ['banking_information', 'two seven five nine seven zero five zero nine'],
      ['banking_information', 'oh nine six one eight oh six seven five'],
    ])
    expect(found('My account number is 44120937. Sorry, that is the old one. The new one is 80123345.')).toEqual([
      ['account_number', '44120937'],
      ['account_number', '80123345'],
    ])
    // (no correction word: what is new is something else)
    expect(found('My account number is 44120937. The new one arrives Friday, order 80123345.')).toEqual([['account_number', '44120937']])
    // (of another length: another number)
    expect(found('account 44120937, sorry, the new one is 801233451')).toEqual([['account_number', '44120937']])
  })
})

describe('a last four said again, and the count of "last 4" (blind set EH)', () => {
  it('is the right last four after "mine is"', () => {
    expect(found("Last four of the Social is 5385. Wait, no, that's my husband's. Mine is 5377.")).toEqual([
      ['us_social_security_number', '5385'],
      ['us_social_security_number', '5377'],
    ])
    expect(found('the card ending 5206, no, I paid 4500 dollars')).toEqual([['credit_card_number', '5206']])
  })

  it('"SSN last 4 4471, sorry, 4417": the 4 of "last 4" is no digit of the social', () => {
    expect(found('SSN last 4 4471, sorry, 4417')).toEqual([
      ['us_social_security_number', '4471'],
      ['us_social_security_number', '4417'],
    ])
  })
})

describe("a phone's last four said again (blind set EL)", () => {
  it('after "it ends in" or before "at the end"', () => {
    expect(found("My number's 613-859-2430. Oh, wait, no, sorry, it's 2403 at the end.")).toEqual([
      ['phone_number', '613-859-2430'],
      ['phone_number', '2403'],
    ])
    expect(found("my number's four eight oh six two five four one oh six wait no sorry it ends in four one six oh")).toEqual([
      ['phone_number', 'four eight oh six two five four one oh six'],
      ['phone_number', 'four one six oh'],
    ])
    expect(found('my number is 613-859-2430, sorry, I owe 2403 dollars')).toEqual([['phone_number', '613-859-2430']])
  })
})
