import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const engine = createPiiEngine()
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('values dictated in pieces across turns', () => {
  it('joins the pieces after an acknowledgement or a continuation, and reports each piece', () => {
    expect(found("Agent: and what's that number?\nCustomer: Okay, the first part is 412-694.\nAgent: Mm-hmm.\nCustomer: And then 5084.")).toEqual([
      ['phone_number', '412-694'],
      ['phone_number', '5084'],
    ])
    expect(
      found('Speaker A: can you read me the long number\nSpeaker B: um so it starts four one nine five one four four oh\nSpeaker A: okay go on\nSpeaker B: and then zero nine three zero six nine three zero'),
    ).toEqual([
      ['credit_card_number', 'four one nine five one four four oh'],
      ['credit_card_number', 'zero nine three zero six nine three zero'],
    ])
    expect(found('could i get your social security number it is seven eight nine four two got it and then four six two eight')).toEqual([
      ['us_social_security_number', 'seven eight nine four two'],
      ['us_social_security_number', 'four six two eight'],
    ])
  })

  it('joins pieces across turns written on one line, after a speaker label that follows a sentence end', () => {
    expect(found('Caller: My number is two three nine. Agent: Okay. Caller: Five eight one. Agent: Go on. Caller: Four four seven two.')).toEqual([
      ['phone_number', 'two three nine'],
      ['phone_number', 'Five eight one'],
      ['phone_number', 'Four four seven two'],
    ])
    expect(found('Speaker A: The card is 4111 1111. Speaker B: Mm-hmm. Speaker A: 1111 1111.').map((f) => f[0])).toEqual(['credit_card_number', 'credit_card_number'])
    // the label needs the sentence's end before it, and the join an acknowledgement: amounts stay amounts
    expect(found('Agent: Total is 45. Caller: Okay. Agent: Then 20 for delivery.')).toEqual([])
    expect(found('Room 412 Caller: okay 5084 is the door code')).toEqual([])
  })

  it('joins the pieces of one turn linked by "then"', () => {
    expect(found("Okay, the card. It's 4058 2286. Then 6383 4737.").map((f) => f[0])).toEqual(['credit_card_number', 'credit_card_number'])
    expect(found("You can get me on my mobile. It's +44 7824. And then 025545.")).toEqual([
      ['phone_number', '+44 7824'],
      ['phone_number', '025545'],
    ])
    expect(found('I paid 40 dollars. Then 20 more on Friday.')).toEqual([])
  })

  it("joins nothing across a form's next line, a hesitation, or numbers that mean nothing together", () => {
    expect(found('Ticket: TCK-533397\nDate: 2024-09-09 21:40:46\nSubject: refund')).toEqual([])
    expect(found("It's 5 pm.\nAgent: okay\nCustomer: then 2 tickets please")).toEqual([])
    // a value complete on its own and its read-back after "got it" stay what they are
    expect(found("what's the address of the server it's 10.180.131.166 got it 10.180.131.166 let me ping that").map(([type]) => type)).toEqual(['ip_address', 'ip_address'])
  })
})
