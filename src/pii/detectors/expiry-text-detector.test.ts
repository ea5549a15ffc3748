import { describe, expect, it } from 'vitest'
import { scan } from '../index.js'

/** The findings of a type, as written. */
const found = (text: string, type: string): string[] => scan(text).filter((f) => f.type === type).map((f) => text.slice(f.start, f.end))

describe('card expiry said with the month named (blind set BP)', () => {
  it('a month and a year after an expiry word, written or spoken', () => {
    expect(found("just to confirm  that's four four one one  two oh nine two  three six five two  four six oh one  expiring april twenty twenty seven", 'credit_card_expiration')).toEqual(['april twenty twenty seven'])
    expect(found('expiry date is May 2028 thanks', 'credit_card_expiration')).toEqual(['May 2028'])
    expect(found("Card exp. Nov '29", 'credit_card_expiration')).toEqual(["Nov '29"])
    expect(found('and the expiration date\num  february twenty twenty seven', 'credit_card_expiration')).toEqual(['february twenty twenty seven'])
  })

  it('two digits after the month only where a card is named or read out', () => {
    expect(found("it's four eight seven four  two five oh nine three nine five oh  six two nine seven expires november twenty nine", 'credit_card_expiration')).toEqual(['november twenty nine'])
    expect(found('The card expires November 29.', 'credit_card_expiration')).toEqual(['November 29'])
    expect(found('It expires November 29.', 'credit_card_expiration')).toEqual([])
  })

  it("a date with its day, or another thing's expiry, is none", () => {
    expect(found('The card expires November 29th.', 'credit_card_expiration')).toEqual([])
    expect(found('The offer expires November 29, 2026.', 'credit_card_expiration')).toEqual([])
    expect(found('My passport expires March 2031.', 'credit_card_expiration')).toEqual([])
    expect(found('Your trial expires November 29.', 'credit_card_expiration')).toEqual([])
    expect(found('The meeting is in April 2027.', 'credit_card_expiration')).toEqual([])
    expect(found('My Visa expires in June 2027, and the lease too.', 'credit_card_expiration')).toEqual(['June 2027'])
  })
})

describe('a health number read back "as" (blind set BP)', () => {
  it('"I\'ve got the MRN as ..."', () => {
    expect(found("Okay, I've got the patient's MRN as 9210228, is that right?", 'healthcare_number')).toEqual(['9210228'])
    expect(found("i've got the patient's mrn as eight nine six three nine five one  is that right", 'healthcare_number')).toEqual(['eight nine six three nine five one'])
  })
})
