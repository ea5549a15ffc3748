import { describe, expect, it } from 'vitest'
import { nipPlValid } from '../internal/national-id-checksums.js'
import { createPiiEngine } from '../index.js'

const engine = createPiiEngine({ nameDetector: null })
/** What the engine finds (names off), as [type, text]. */
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('numbers of travel desks and utility lines (blind sets CL, CM)', () => {
  it("a UK sort code and its account, given as one pair near a word of banking or payment", () => {
    expect(found('Action: re-set up DD from 12-34-56 / 88140239.')).toEqual([['banking_information', '12-34-56 / 88140239']])
    expect(found('sort code 20-00-00 55779911 please')).toEqual([['banking_information', '20-00-00 55779911']])
    // ... not a date and a number of something else, with no such word near
    expect(found('Meeting on 12-03-24 10293847 attendees')).toEqual([])
  })

  it('loyalty schemes by their own names, student numbers in other languages, and five even groups after an account word (blind sets CY, CZ)', () => {
    expect(found('My Emirates Skywards number is EK 417 329 806, and')).toEqual([['account_number', 'EK 417 329 806']])
    expect(found("Could I get your Executive Club number? Sure, it's 48213377.")).toEqual([['account_number', '48213377']])
    expect(found('Guest profile: Hilton Honors 1048 2917 36')).toEqual([['account_number', '1048 2917 36']])
    expect(found('Matrikelnummer: 4217730')).toEqual([['account_number', '4217730']])
    expect(found('My Miles and More number is 992 004 017 382 946.')).toEqual([['account_number', '992 004 017 382 946']])
    expect(found("What's the account number? Customer: 42-7718-3302-0004-6. Agent: thanks")).toEqual([['account_number', '42-7718-3302-0004-6']])
    // a customer reference number's check letter glued to its last group (Centrelink's CRN, blind set DA)
    expect(found("Centrelink, my CRN is 318 447 209K. I'm on JobSeeker")).toEqual([['account_number', '318 447 209K']])
    // a club that is a place, a booking's number
    expect(found('the golf club is at 12 Main St, booking 48213377')).toEqual([])
  })

  it('a passport or a licence named earlier in the sentence, then "the number is" (session 37)', () => {
    expect(found('My passport is from Ireland, the number is PX4412097.')).toEqual([['passport_number', 'PX4412097']])
    expect(found('The passport was issued in Dublin and the number is PX4412097.')).toEqual([['passport_number', 'PX4412097']])
    expect(found('I have my licence here and the number is D1234567.')).toEqual([['drivers_license', 'D1234567']])
    // ... not when another kind of number is named between, nor a licence for something else
    expect(found('We checked the passport last week. The order number is AB1234567.')).toEqual([])
    expect(found('I have a fishing licence, the number is K1234567.')).toEqual([])
  })

  it("Germany's identity card number after its name", () => {
    expect(found('Personalausweis-Nr.: LZ63R1K43')).toEqual([['passport_number', 'LZ63R1K43']])
  })

  it("Poland's NIP when its check holds, and Brazil's RG after its name", () => {
    // (weights 6 5 7 2 3 4 5 6 7 mod 11; a remainder of 10 is no valid number)
    expect([nipPlValid('7241183052'), nipPlValid('7241183053'), nipPlValid('724118305')]).toEqual([true, false, false])
    expect(found('NIP: 7241183052, faktura na osobę prywatną')).toEqual([['us_social_security_number', '7241183052']])
    expect(found('just nip to the shop, 7241183053 of them')).toEqual([])
    expect(found('RG: 32.418.905-9')).toEqual([['us_social_security_number', '32.418.905-9']])
  })

  it("a card's expiry named in Portuguese, after a card named in Portuguese", () => {
    expect(found('segue o cartão: 4532 0151 1283 0366 val 03/29 cvv 123')).toEqual([
      ['credit_card_number', '4532 0151 1283 0366'],
      ['credit_card_expiration', '03/29'],
      ['credit_card_cvv', '123'],
    ])
    expect(found('cartão 4532 0151 1283 0366 validade 03/29')).toEqual([
      ['credit_card_number', '4532 0151 1283 0366'],
      ['credit_card_expiration', '03/29'],
    ])
    // ... "val" alone, with no card, is a value's abbreviation
    expect(found('the val 03/29 of the sample')).toEqual([])
  })
})

describe('trusted-traveller numbers and codes read out in letters and digits (blind sets EV, EW)', () => {
  it('a known traveller number, written or read out, is an account-like number; a traveller label names no number', () => {
    expect(found('My Known Traveler Number is TT7M2K94R.')).toEqual([['account_number', 'TT7M2K94R']])
    expect(found('KTN: TT8K4P29Q. The name on my card')).toEqual([['account_number', 'TT8K4P29Q']])
    expect(found("my known traveler number is t t seven m two k nine four r it's on the back")).toEqual([['account_number', 't t seven m two k nine four r']])
    expect(found('Traveller: AB1234567 (UK passport), back on the 12th')).toEqual([['passport_number', 'AB1234567']])
  })

  it('a health plan\'s ID read out with letters among its digits, the plan named just before', () => {
    expect(found('i\'m on medicaid my id is l g five eight nine six eight k do i still need to enroll')).toEqual([['healthcare_number', 'l g five eight nine six eight k']])
    // ... but no spelled look-alike without a number's name, and no plan's letters
    expect(found('take the a train to 42 st and then b 3 please')).toEqual([])
    expect(found('the order number is a b four four one two c')).toEqual([])
    expect(found('the reference number on the wire is nine seven zero eight z c u nine two eight three give that to the bank')).toEqual([])
  })

  it('a passport read out after "is" keeps its letter A when the digits after it were said as words', () => {
    expect(found("the passport is a oh three nine one eight two seven four it's the new one")).toEqual([['passport_number', 'a oh three nine one eight two seven four']])
    expect(found('my licence is a 1234567')).toEqual([['drivers_license', '1234567']])
    // ... and leaves the speaker's "i" after it
    expect(found('my passport number is p eight one seven one two two six n i dont have a drivers license yet')).toEqual([['passport_number', 'p eight one seven one two two six n']])
  })
})

describe("an employee's ID (blind set EW)", () => {
  it('is an account-like number when the employee word names it, in English or Spanish', () => {
    expect(found('my employee number is 4471902')).toEqual([['account_number', '4471902']])
    expect(found('Número de empleado: EMP-154574. Gracias!')).toEqual([['account_number', 'EMP-154574']])
    // ... and HR's "EE" for employee ("EE# EMP-479601"), which leaves the carrier's name alone
    expect(found('Caller verified (EE# EMP-479601), asked for a reprint')).toEqual([['account_number', 'EMP-479601']])
    expect(found('update emergency contact for EE E028210 today')).toEqual([['account_number', 'E028210']])
    expect(found('EE store 4412 on the high street')).toEqual([])
    // ... but a count of employees is none
    expect(found('We have 212 employees and the employee count is 212.')).toEqual([])
  })
})

describe('birth dates listed for a family, cards read with two pauses (blind set EV)', () => {
  it("a relative's date after a birth date that answered the question is the relative's birth date", () => {
    const text = 'Agent: I need dates of birth for all three travelers.\nCaller: Okay, so me, July 12th, 1979. My daughter Amara, February 2nd, 2011. And my son Kwame, he\'s, uh, August 30th, 2014.'
    expect(found(text)).toEqual([['date_of_birth', 'July 12th, 1979'], ['date_of_birth', 'February 2nd, 2011'], ['date_of_birth', 'August 30th, 2014']])
    expect(found("Agent: Can I get the date of birth for the lead passenger?\nCaller: Sure, it's March 4th, 1987. Oh, and for my husband it's, um, November 19th, 1985.")).toEqual([['date_of_birth', 'March 4th, 1987'], ['date_of_birth', 'November 19th, 1985']])
    // ... but no date after a date that was no birth date
    expect(found('We married on June 5th, 2010, and my son came on March 2nd, 2012.')).toEqual([])
  })

  it('a card read with two pauses in a row, or trailing off after a space, is one number', () => {
    expect(found("Caller: Okay, it's 4839 3358, uh, hold on, 9646 8310.")).toEqual([['credit_card_number', '4839 3358, uh, hold on, 9646 8310']])
    expect(found("Caller: 2246 ... 9721 9431 1072. Sorry, it's dark in here.")).toEqual([['credit_card_number', '2246 ... 9721 9431 1072']])
    expect(found('We had 12 ... 15 people there')).toEqual([])
  })
})


describe("a passport's number of its usual shape, the passport named a few turns before (blind set GO)", () => {
  it('with nothing numbered between', () => {
    expect(found("Agent: And the passport you'll be lodging with, is it the new one?\nCaller: Yes, new one. EH3810104.\nAgent: Perfect.")).toEqual([['passport_number', 'EH3810104']])
    expect(found("Dana: anyone have the passport # for the Kovalenko file? need it for the LCA\nMarcus: Oleksandr Kovalenko? it's FT718259 but he said")).toContainEqual(['passport_number', 'FT718259'])
    // (a chat's time stamps are no numbers between)
    expect(found("[09:14] Dana: anyone have the passport # for the Kovalenko file?\n[09:15] Marcus: it's FT718259 but he said")).toContainEqual(['passport_number', 'FT718259'])
  })

  it("or a code of letters and digits mixed, a German passport's", () => {
    expect(found("Agent: For the passport, can you read me the number on the photo page? Caller: Sure, it's C7R2K9M41. Agent: Thanks.")).toEqual([['passport_number', 'C7R2K9M41']])
  })

  it('not past another number, nor a code of another shape', () => {
    expect(found('Your passport photo is fine. Your case is 4471, and the file reference is AB123456.')).not.toContainEqual(['passport_number', expect.any(String)])
    expect(found('The passport office has it. Policy KZ-2291-7781 renews in May.')).not.toContainEqual(['passport_number', expect.any(String)])
  })
})
