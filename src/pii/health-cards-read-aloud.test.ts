import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const engine = createPiiEngine()
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])
const redacted = (text: string): string => engine.redact(text).text

describe('member IDs read off a card (blind set EY)', () => {
  it('a number broken by a trailing pause and a filler, and its read-back joined', () => {
    expect(found("What's the member ID on your card? It's 13393... um... 1471. Let me read that back, 133931471. Correct?")).toEqual([
      ['account_number', '13393... um... 1471'],
      ['account_number', '133931471'],
    ])
    expect(found("What's the member ID on your card? It's H6942... let me see... 6347. Let me read that back, H69426347. Correct?")).toEqual([
      ['account_number', 'H6942... let me see... 6347'],
      ['account_number', 'H69426347'],
    ])
  })

  it('named after it by where it is printed ("the number under member ID")', () => {
    expect(found("I've got the card in front of me. QTU608569603. That's the, uh, the number under member ID. And underneath it says group 12236-939.")).toEqual([
      ['account_number', 'QTU608569603'],
    ])
    expect(found("I've got the card in front of me. 789-337-733. That's the, uh, the number under member ID.")).toEqual([['account_number', '789-337-733']])
    expect(found("okay i've got the card in front of me five nine four three zero eight two three three that's the uh the number under member id")).toEqual([
      ['account_number', 'five nine four three zero eight two three three'],
    ])
    // (the group's number printed under something else is none)
    expect(found("I've got the card. 12236939. That's the number under the logo.")).toEqual([])
  })

  it("a Medicare supplement plan's number, its capitals kept", () => {
    expect(found("I'll give you both numbers, the Medicare one first and then the supplement. Ready? 3CA9-T66-AW17. And then the, um, the supplement plan is QOB 030 718 746. Got it.")).toEqual([
      ['healthcare_number', '3CA9-T66-AW17'],
      ['healthcare_number', 'QOB 030 718 746'],
    ])
    expect(found('and then the um the supplement plan is three nine four three five zero zero four nine got it')).toEqual([
      ['healthcare_number', 'three nine four three five zero zero four nine'],
    ])
    expect(found('the supplement plan is 2500 a year')).toEqual([])
    // (a scheme's name in capitals before the digits still names them)
    expect(found('Out-of-country visitor from Ontario, OHIP 2199 086 829 RG.')).toEqual([['healthcare_number', '2199 086 829 RG']])
  })
})

describe("what a health plan's forms hold that is no one's (blind set EY)", () => {
  it('a claim number after a pause, or with its letters read out, is no phone', () => {
    expect(found("I'm calling about a denied claim, um, number 2001756780193, date of service 8/14.")).toEqual([])
    expect(found('calling about a denied claim um number c l m four four six three three five one seven three one date of service the twenty fifth')).toEqual([])
    expect(found('my phone, um, number is 415 555 0192')).toEqual([['phone_number', '415 555 0192']])
  })

  it("a form's role labels, a prior authorisation's code, a vision plan and a benefit's maximum are no names", () => {
    expect(redacted('Patient Name: Valentina Park\nMember ID: 121755315\nPrescriber: Dr. Ximena Van der Berg (NPI 1197235983)\nSubscriber: Omar Haddad')).toBe(
      'Patient Name: [PERSON_NAME]\nMember ID: [ACCOUNT_NUMBER]\nPrescriber: Dr. [PERSON_NAME] (NPI 1197235983)\nSubscriber: [PERSON_NAME]',
    )
    expect(redacted('PA PA687260074 - APPROVED. Drug: Trulicity, qty 2 per 28 days.')).toBe('PA PA687260074 - APPROVED. Drug: Trulicity, qty 2 per 28 days.')
    expect(redacted('Resubmit with PA PA-3319503.')).toBe('Resubmit with PA PA-3319503.')
    expect(redacted('Is the Madison Avenue office in network for Davis Vision?')).toBe('Is the Madison Avenue office in network for Davis Vision?')
    expect(redacted('Max benefit $9,302.25 per calendar year.')).toBe('Max benefit $9,302.25 per calendar year.')
    expect(redacted('Thanks, Max. See you Monday.')).toBe('Thanks, [PERSON_NAME]. See you Monday.')
  })
})

describe('names an agent finds or asks to have spelled (blind set EY)', () => {
  it('"I see <name>", "under <name>", a Vietnamese given name Tuan', () => {
    expect(redacted("Oh, sorry, I flipped it. There we go, I see Tuan Raman.")).toBe('Oh, sorry, I flipped it. There we go, I see [PERSON_NAME].')
    expect(redacted('there we go i see amara park')).toBe('there we go i see [PERSON_NAME]')
    expect(redacted('Okay, I have a rewards account under Tuan Schwartz. Is that you?')).toBe('Okay, I have a rewards account under [PERSON_NAME]. Is that you?')
    expect(redacted('i see the charge on the fifth')).toBe('i see the charge on the fifth')
  })

  it('a surname spelled "for the record", and "may i" after a name', () => {
    expect(redacted('And can you spell your last name for the record? D, E, L, G, A, D, O. Thank you, Deborah.')).toBe(
      'And can you spell your last name for the record? [PERSON_NAME]. Thank you, [PERSON_NAME].',
    )
    expect(redacted('prime therapeutics  this is kwame may i have your name')).toBe('prime therapeutics  this is [PERSON_NAME] may i have your name')
    expect(redacted('Theresa May I think resigned')).toBe('[PERSON_NAME] I think resigned')
  })
})

describe('a card read aloud and a visit booked (blind set EY)', () => {
  it("the ID printed after the member's name; a given name owning a visit", () => {
    expect(redacted('Okay, reading off the front of the card. Member name Kwame Yilmaz, ID number H96470127, group number 2701857.')).toBe(
      'Okay, reading off the front of the card. Member name [PERSON_NAME], ID number [ACCOUNT_NUMBER], group number 2701857.',
    )
    expect(redacted("got it and that's for ingrid's cleaning on october twentieth at two fifteen")).toBe("got it and that's for [PERSON_NAME]'s cleaning on october twentieth at two fifteen")
  })
})

describe("a patient's number by its owner and a number sign", () => {
  it('"Patient #", "Pt #:", "Hospital #" before digits or a mixed code', () => {
    expect(found('Patient # PT-0093318 was seen today.')).toEqual([['healthcare_number', 'PT-0093318']])
    expect(found('Patient # 0093318 was seen today.')).toEqual([['healthcare_number', '0093318']])
    expect(found('Pt #: 88120034, bed 4')).toEqual([['healthcare_number', '88120034']])
    expect(found('Hospital #4477102 on the wristband')).toEqual([['healthcare_number', '4477102']])
    // (a place in a queue, and a sign before another word's number, are none)
    expect(found('patient #2 in the queue')).toEqual([])
    expect(found('Order # 0093318 shipped to the patient today.')).toEqual([])
  })
})

describe('health cards in the plural, listed one after another (blind set GU)', () => {
  it('"their health cards are ...", and the next number of the list grouped the same way', () => {
    expect(found('Their health cards are 1385-384-555 (Amara) and 2055-951-772 (Kofi) if that matters?')).toEqual([
      ['healthcare_number', '1385-384-555'],
      ['healthcare_number', '2055-951-772'],
    ])
    expect(found('member numbers 4471-029 and 4471-030')).toEqual([
      ['account_number', '4471-029'],
      ['account_number', '4471-030'],
    ])
    // (two groups apart by a space are no list's shape; a number grouped otherwise is another thing)
    expect(found('MRN 4471 0293, and 2024 0315 was the date')).toEqual([['healthcare_number', '4471 0293']])
    expect(found('Their health cards are 1385-384-555 and 555-0142 is the clinic')).toEqual([['healthcare_number', '1385-384-555']])
  })
})

describe('a health card number after the answer opens (blind set IH)', () => {
  it('"yeah", "hold on" and "its" between the number named and the number', () => {
    expect(found('uh my health card number  yeah its  nine one seven one  eight one four  six three six  and the version code')).toContainEqual([
      'healthcare_number',
      'nine one seven one  eight one four  six three six',
    ])
    expect(found('do you have the health card number  yeah hold on  its one eight one seven  two three nine  one oh four')).toEqual([
      ['healthcare_number', 'one eight one seven  two three nine  one oh four'],
    ])
  })
})

describe("Australia's NDIS, DVA and NDSS numbers (blind set JB)", () => {
  it('a participant number after the scheme, whole or digit by digit, without the scheme in its span', () => {
    expect(found('Participant: NDIS no. 431 902 556. Plan managed.')).toEqual([['healthcare_number', '431 902 556']])
    expect(found('Reimburse, NDIS 432 118 904, receipt attached')).toEqual([['healthcare_number', '432 118 904']])
    expect(found('Agent: And her NDIS number?\nCaller: 4-3-1-7-7-0-2-5-8.')).toEqual([['healthcare_number', '4-3-1-7-7-0-2-5-8']])
  })
})
