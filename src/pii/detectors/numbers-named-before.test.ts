import { describe, expect, it } from 'vitest'
import { scan } from '../index.js'

/** [type, text] of every finding. */
const found = (text: string): [string, string][] => scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('what a number is named by, when another number stands between (blind set BQ)', () => {
  it("a CVV's or an expiry's word names the number said after it, not a sum charged later", () => {
    expect(found("what's the new card number  four oh oh three five oh nine four nine four zero nine two two nine eight  expiration  oh six twenty seven and the cvv  nine seven five  i'll charge seventeen forty nine now").map(([t]) => t)).toEqual([
      'credit_card_number', 'credit_card_expiration', 'credit_card_cvv',
    ])
    expect(found("Speaker A: Expiration?\nSpeaker B: 06/27.\nSpeaker A: And the CVV?\nSpeaker B: 007.\nSpeaker A: I'll charge $9.99 now.")).toEqual([
      ['credit_card_expiration', '06/27'],
      ['credit_card_cvv', '007'],
    ])
  })

  it("after the number an account's word named, another kind of number named on its own is not the account's", () => {
    expect(found('ACH details: routing 021000021, account 123456789. Reference INV-2025-16670 on the remittance.')).toEqual([
      ['banking_information', '021000021'],
      ['banking_information', '123456789'],
    ])
  })

  it("a quote's or a bill of lading's number is no phone, nor ten digits numbered by \"No.\"", () => {
    expect(found('the quote number is q twenty five thirty five zero three forty seven good for thirty days')).toEqual([])
    expect(found('BILL OF LADING  No. 9514811878\nDate: 01/08/2025')).toEqual([])
    expect(found('Phone No. 9514811878')).toEqual([['phone_number', '9514811878']])
  })

  it("a passport's expiry asked for a few lines before is no card's", () => {
    const call = 'Speaker A: Passport number and date of birth?\nSpeaker B: The number is 11VB98625, and date of birth January 9th, 1947.\nSpeaker A: And the expiry? It has to be valid six months after you return.\nSpeaker B: It expires in October 2033.'
    expect(found(call).map(([t]) => t)).toEqual(['passport_number', 'date_of_birth'])
  })

  it('a date without its year takes its birth cue from its own line, or from a question on the line before', () => {
    expect(found('Passport: UU587691 (CA), DOB 01.08.1994\n\nOUTBOUND  January 17\nAir Canada 75')).toEqual([
      ['passport_number', 'UU587691'],
      ['date_of_birth', '01.08.1994'],
    ])
    expect(found("What's your date of birth?\nMarch 3rd.")).toEqual([['date_of_birth', 'March 3rd']])
  })
})

describe('blood groups as other languages write them (blind set BO)', () => {
  it('"Rh" and group O written as zero, after "blood group" in German or Polish', () => {
    expect(found('Blutgruppe B Rh+, no allergies.')).toEqual([['blood_type', 'B Rh+']])
    expect(found('Grupa krwi? AB Rh+.')).toEqual([['blood_type', 'AB Rh+']])
    expect(found('my blood group is 0 Rh-')).toEqual([['blood_type', '0 Rh-']])
    expect(found('Score: 0 - 3, blood bank')).toEqual([])
  })
})

describe("a signature's lines (blind set BS)", () => {
  it("a DDI names a person's phone; a switchboard and a helpline are the organisation's own lines (since session 53)", () => {
    expect(found('DDI 020 7946 0610 | Switchboard 0161 496 0752')).toEqual([['phone_number', '020 7946 0610']])
    expect(found('Helpline: 0131 496 0954')).toEqual([])
  })
})

describe('card codes and blood groups said a turn after they were asked for (blind set BT)', () => {
  it('"the code on the back?" answered after the expiry, and "security code" a turn before', () => {
    expect(found('agent: And the expiration date and the code on the back?\ncustomer: 03/27, and 874.\nagent: Approved.')).toEqual([
      ['credit_card_expiration', '03/27'],
      ['credit_card_cvv', '874'],
    ])
    expect(found("agent: security code\ncustomer: it's two three five\nagent: done")).toEqual([['credit_card_cvv', 'two three five']])
  })

  it('a blood group said alone answers a blood word or a donor a turn or two before', () => {
    expect(found('caller: And did they test my blood type? I never knew it.\nagent: Yep, we have you down as A negative.')).toEqual([['blood_type', 'A negative']])
    expect(found('We need A+ donors. Are you a donor? Yes, I am B negative.')).toEqual([
      ['blood_type', 'A+'],
      ['blood_type', 'B negative'],
    ])
    // ... not "a positive" said of something else
    expect(found("blood pressure is fine and that's a positive.")).toEqual([])
    expect(found('The donor had a positive test.')).toEqual([])
  })
})
