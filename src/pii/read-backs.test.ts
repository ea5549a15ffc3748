import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const engine = createPiiEngine({ nameDetector: null })
const redact = (text: string): string => engine.redact(text).text

describe('read-backs', () => {
  it('a number read back far from its phone word is the same number', () => {
    expect(redact('Agent: What number can I call you back on? Customer: Best one is 415 555 0192. Agent: Let me read that back: 4 1 5, 5 double 5, 0 1 9 2, is that right? Customer: Yes.')).toBe(
      'Agent: What number can I call you back on? Customer: Best one is [PHONE_NUMBER]. Agent: Let me read that back: [PHONE_NUMBER], is that right? Customer: Yes.',
    )
  })

  it('"double 1" written with a figure reads as 11', () => {
    const text = 'My mobile is 07700 900 118. So that is 0 double 7 0 0 9 0 0 double 1 8.'
    expect(redact(text)).toBe('My mobile is [PHONE_NUMBER]. So that is [PHONE_NUMBER].')
  })

  it('short numbers, and numbers nobody found first, are left alone', () => {
    expect(redact('Order 5550192 shipped. Ref 5550192 again.')).toBe('Order 5550192 shipped. Ref 5550192 again.')
    expect(redact('Call me on 415 555 0192 about the 3 boxes; 3 boxes arrived.')).toBe('Call me on [PHONE_NUMBER] about the 3 boxes; 3 boxes arrived.')
  })

  it('a date of birth said again in another form is the same date; another date is not', () => {
    const text = 'Can I have your date of birth? The eighteenth of September, 1960. Okay, so 9/18/1960? Right. Your appointment is 9/19/1960.'
    expect(redact(text)).toBe('Can I have your date of birth? [DATE_OF_BIRTH]. Okay, so [DATE_OF_BIRTH]? Right. Your appointment is 9/19/1960.')
    const twice = 'Date of birth 04/06/1990. Let me read that back to you, it is April 6th, 1990, correct? Yes. Great, your policy renewal is June 4th, 1991.'
    expect(redact(twice)).toBe('Date of birth [DATE_OF_BIRTH]. Let me read that back to you, it is [DATE_OF_BIRTH], correct? Yes. Great, your policy renewal is June 4th, 1991.')
  })

  it('a number word after a number written in figures is no part of it', () => {
    expect(redact('you charged 4978-4227-7020-7138 two times')).toBe('you charged [CREDIT_CARD_NUMBER] two times')
    expect(redact('call 415-555-0192 two times')).toBe('call [PHONE_NUMBER] two times')
  })

  it('two numbers read back with nothing between them are cut into the two (blind set EQ)', () => {
    const text = 'the routing number is oh six six eight four five one nine nine and your account number is six one nine seven eight four oh seven nine oh can you read that back to me zero six six eight four five one nine nine and then six one nine seven eight four oh seven nine oh perfect'
    expect(redact(text)).toBe('the routing number is [BANKING_INFORMATION] and your account number is [BANKING_INFORMATION] can you read that back to me [BANKING_INFORMATION] and then [BANKING_INFORMATION] perfect')
    // (digits that are not wholly the numbers found stay as they are)
    expect(redact('routing 066845199, account 6197840790; later 0668451996197840791 came up')).toBe('routing [BANKING_INFORMATION], account [BANKING_INFORMATION]; later 0668451996197840791 came up')
  })

  it("a number's last four said again as its last four; other four digits are not", () => {
    expect(redact("So the full account number is 8816389642, and I'll just confirm the last four, 9642. Yep.")).toBe(
      "So the full account number is [ACCOUNT_NUMBER], and I'll just confirm the last four, [ACCOUNT_NUMBER]. Yep.",
    )
    expect(redact('So the full account number is 8816389642, and the last four, 1234, are wrong; 9642 is in room 9642.')).toBe(
      'So the full account number is [ACCOUNT_NUMBER], and the last four, 1234, are wrong; 9642 is in room 9642.',
    )
  })

  it('a long number said again with a digit or two wrong is the same number (blind set ET)', () => {
    expect(redact("Agent: So I have 6011 1824 3653 7704? Caller: No, sorry, it's 6011 1824 6353 7704.")).toBe(
      "Agent: So I have [CREDIT_CARD_NUMBER]? Caller: No, sorry, it's [CREDIT_CARD_NUMBER].",
    )
    // (four digits apart is another number)
    expect(redact('My account number is 40817263549172. Your reference is 40817263541111. Or was it 40817263549173?')).toBe(
      'My account number is [ACCOUNT_NUMBER]. Your reference is 40817263541111. Or was it [ACCOUNT_NUMBER]?',
    )
  })
})


describe('the last four of a number found, read back after "ending" (blind set FT)', () => {
  const typed = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

  it('takes the found number\'s type', () => {
    expect(typed("Use my card: 5291 7034 2366 7126. Speaker A: Got it, ending 7126, that's $1,190 today.")).toEqual([
      ['credit_card_number', '5291 7034 2366 7126'],
      ['credit_card_number', '7126'],
    ])
    expect(typed('Call me on 415 555 0192. Yes, ending 0192.')).toEqual([
      ['phone_number', '415 555 0192'],
      ['phone_number', '0192'],
    ])
  })

  it('and after "last 4 entered", as an IVR logs it', () => {
    expect(typed('IVR trace: acct last 4 entered: 8821 (matched acct 000418-8821).')).toEqual([
      ['account_number', '8821'],
      ['account_number', '000418-8821'],
    ])
  })

  it('other four digits after "ending" stay what they are', () => {
    expect(typed('Card 5291 7034 2366 7126. The week ending 2024 was busy.').map(([t]) => t)).toEqual(['credit_card_number'])
  })
})
