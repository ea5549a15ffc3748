import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'

const engine = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe("a card's or a phone's last four, said to tell which one it is", () => {
  it('is the card or the phone it ends', () => {
    expect(found('Took one-time pmt on Visa ending 5206, then saved the card ending 0272.')).toEqual([
      ['credit_card_number', '5206'],
      ['credit_card_number', '0272'],
    ])
    expect(found('yeah use the card ending in two six three six the amex')).toEqual([['credit_card_number', 'two six three six']])
    expect(found('And is this still the best number, the one ending in 0241?')).toEqual([['phone_number', '0241']])
    expect(found('we texted your mobile that ends in 3947')).toEqual([['phone_number', '3947']])
  })

  it('needs the card or the phone named, in one group of four', () => {
    expect(found('the order ending in 4471 shipped')).toEqual([])
    expect(found('for the year ending 2024 we paid more')).toEqual([])
    expect(found('the card ending 12/26 is the old one')).toEqual([])
    expect(found('the ticket number ending in 5521 is closed')).toEqual([])
  })
})

describe('the last four named first, then the card', () => {
  it('"last 4 of card on file (4667)", "the last four of the card on file um forty five twenty"', () => {
    expect(found('Verified caller via last 4 of card on file (4667).')).toEqual([['credit_card_number', '4667']])
    expect(found('and the last four of the card on file um forty five twenty')).toEqual([['credit_card_number', 'forty five twenty']])
    expect(found('the last 4 of the order is 4800')).toEqual([])
  })
})

describe("a card's expiry with its year in full, right after its number (blind set EG)", () => {
  it('"4012 8888 8888 1881, uh, 03/2027"', () => {
    expect(found('the card is 4012 8888 8888 1881, uh, 03/2027, and 216')).toEqual([
      ['credit_card_number', '4012 8888 8888 1881'],
      ['credit_card_expiration', '03/2027'],
      ['credit_card_cvv', '216'],
    ])
  })
})

describe('the last four written digit by digit with hyphens (blind set FS)', () => {
  it('are read out as the spaced digits are', () => {
    expect(found('Q. And the card ending 5-9-6-3, is that the one the bank reissued?')).toEqual([['credit_card_number', '5-9-6-3']])
    expect(found('phone ending 4-4-7-1')).toEqual([['phone_number', '4-4-7-1']])
  })

  it('a score is none', () => {
    expect(found('the score was 1-2-1-0 in the end')).toEqual([])
  })
})

describe("an IBAN's last four said to tell which account it is (blind set FR)", () => {
  it('after "IBAN ending" or "IBAN ends in"', () => {
    expect(found('the IBAN ends in 3350, please')).toEqual([['banking_information', '3350']])
    expect(found('the iban ends in one seven three four')).toEqual([['banking_information', 'one seven three four']])
  })
})

describe("a card's last four in other languages, asked for in two questions, or written right after the card (blind set GJ)", () => {
  it('"endet auf", "finit par", "acabada en"', () => {
    expect(found('Agent: Und die Karte endet auf? Kunde: 3906.')).toEqual([['credit_card_number', '3906']])
    expect(found('Cliente : Une Visa qui finit par 2553. Conseiller : Très bien.')).toEqual([['credit_card_number', '2553']])
    expect(found('¿Lo cargamos a la misma tarjeta acabada en 6051?')).toEqual([['credit_card_number', '6051']])
  })

  it('"Which card was it? Just the last four digits." and the answer', () => {
    expect(found('agent: Which card are you trying? Just the last 4 please.\ncustomer: 4432. its a revolut')).toEqual([['credit_card_number', '4432']])
    expect(found('Agent: Which card was it? Just the last four digits. Caller: It ends in 5538. Agent: And the name?')).toEqual([['credit_card_number', '5538']])
    // ... or the sentence before the question names it, in the same turn (blind set HW)
    expect(found('Agent: The refund will go back to the card you booked with. Can you confirm the last four digits?\nCaller: 3893.')).toEqual([['credit_card_number', '3893']])
    expect(found('Agent: Your order 88120 is here. Can you confirm the last four digits?\nCaller: 3893.')).toEqual([])
  })

  it('"Card 7538.", "My card (5690)", not a year, a count or a clause that goes on', () => {
    expect(found('name Lars Gunderson. Card 7538.')).toEqual([['credit_card_number', '7538']])
    expect(found('My card (5690) is a USD card')).toEqual([['credit_card_number', '5690']])
    expect(found('Visa 2024 rewards, card 5000 points, gift card 1234 pounds')).toEqual([])
    expect(found('Whats the member ID? It is on the card, 4002.')).toEqual([])
  })
})

describe("a phone's last digits said more ways (blind sets HE, HF, HH, HI)", () => {
  const phones = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'phone_number').map((f) => text.slice(f.start, f.end))

  it('"the one ending", "his number ends in", "which ended", "end in"', () => {
    expect(phones('is the best number still the one ending seven seven three one  it is yeah')).toEqual(['seven seven three one'])
    expect(phones('the captain  and his number ends in three three oh two')).toEqual(['three three oh two'])
    expect(phones('i think it went to my old number  which ended four four two oh  my new number is')).toEqual(['four four two oh'])
    expect(phones('does your mobile end in four four oh two  yeah')).toEqual(['four four oh two'])
  })

  it('three digits after the line and its ending, or asked for', () => {
    expect(phones('Agent: And is this still the mobile ending 882?')).toEqual(['882'])
    expect(phones('(1) Mo, mob ending 219, call before 10.')).toEqual(['219'])
    expect(phones('Agent: For security, can you confirm the last three digits of your mobile number?\nCaller: 382.')).toEqual(['382'])
  })

  it('not a card, a count or a year at "the end"', () => {
    expect(phones('the card ending 882 was declined')).toEqual([])
    expect(phones('at the end of the day 881 people came')).toEqual([])
    expect(phones('in the end 4402 votes were cast')).toEqual([])
  })
})

describe('who holds it on file, between the card and its ending (blind set HP)', () => {
  it("is no other thing named: the card's last four", () => {
    expect(found("So the card you've got on file ends in 4417. Is that still the one?")).toEqual([['credit_card_number', '4417']])
    expect(found('the card we have here ending 2210')).toEqual([['credit_card_number', '2210']])
    // (the nearest thing named decides)
    expect(found('the card i have is fine, my account ends in 4417')).toEqual([['account_number', '4417']])
  })
})

describe("a line's last digits told as a line's last four are (blind set HT)", () => {
  it('three digits after the number something was sent to; "mobiles" as raw speech writes "mobile\'s"', () => {
    expect(found('the text went to the number ending oh oh six  thats my old work phone')).toEqual([['phone_number', 'oh oh six']])
    expect(found('hi yes my mobiles the one ending four four one seven youve got it on file')).toEqual([['phone_number', 'four four one seven']])
  })

  it("not another number's last three", () => {
    expect(found('the account number ending 123').filter(([t]) => t === 'phone_number')).toEqual([])
  })
})

describe('a card named by its issuer, ending so (blind set IL)', () => {
  it('"the citi ending ...", and an American Express named in two words before its last five', () => {
    expect(found('the citi ending three nine one seven not mine')).toEqual([['credit_card_number', 'three nine one seven']])
    expect(found("the american express that's not mine ends in four oh nine nine seven  the amex yeah")).toEqual([
      ['credit_card_number', 'four oh nine nine seven'],
    ])
  })
})
