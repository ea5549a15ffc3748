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
})
