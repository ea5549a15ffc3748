import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'

const engine = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('the number of a card no payment network issued', () => {
  it("is its holder's, named by the card's scheme", () => {
    expect(found('CSCS card no: 04417293 (Blue - Skilled Worker)')).toEqual([['account_number', '04417293']])
    expect(found('Rhys Evans starts Weds, CPCS card 2209841.')).toEqual([['account_number', '2209841']])
    expect(found('the operator today is Nadia, her IPAF is 8841092 if anyone asks')).toEqual([['account_number', '8841092']])
    expect(found('Oyster card number: 0541 2287 1190')).toEqual([['account_number', '0541 2287 1190']])
  })

  it('or by a card, twelve digits at most, with no word of paying', () => {
    expect(found('renewed last month, CPCS A62 appointed person, card 3398172')).toEqual([['account_number', '3398172']])
    expect(found('Agent: No problem. Can I take your card number?\nCaller: It\'s 06218843.')).toEqual([['account_number', '06218843']])
    expect(found('Old card serial: 1201933457 (lost)')).toEqual([['account_number', '1201933457']])
  })

  it('a code of letters and digits answering a question for a card\'s number, or named a card\'s number', () => {
    expect(found('Agent: And the card number?\nCaller: ABX2209841.')).toEqual([['account_number', 'ABX2209841']])
    expect(found('{"worker":"Tane Whaanga","white_card":"CGI1748265"}')).toEqual([['account_number', 'CGI1748265']])
  })

  it("not another number on a card, nor a card's line", () => {
    expect(found("the tracking number for my card is five five one two oh nine eight three  fargo courier")).toEqual([])
    expect(found('the reference on the card is eight eight two oh  one four seven three')).toEqual([])
    expect(found('Ref is the card number 1420 7733 5168.')).toEqual([])
    expect(found('or call the line on the back of the card  eight hundred two two six  two six six three')).toEqual([])
    // (a payment card's words: the debit card's digits are no member's number)
    expect(found('the debit card 44120987 was declined')).toEqual([])
  })
})
