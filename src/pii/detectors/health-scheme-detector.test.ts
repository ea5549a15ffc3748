import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'
import { nhiValid } from './health-scheme-detector.js'

const engine = createPiiEngine({ nameDetector: null })
/** The healthcare numbers the engine finds, as written. */
const health = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'healthcare_number').map((f) => text.slice(f.start, f.end))

describe("New Zealand's NHI number", () => {
  it("checks the old format's mod-11 check digit, against the scheme's published test numbers", () => {
    expect([nhiValid('ZAC5361'), nhiValid('ZZZ0016'), nhiValid('ZZZ0024'), nhiValid('zac5361')]).toEqual([true, true, true, true])
    expect([nhiValid('ZAC5362'), nhiValid('ABC1234'), nhiValid('IAC5361'), nhiValid('ZAC536')]).toEqual([false, false, false, false])
  })

  it('is found when named, written or spelled out, and not otherwise', () => {
    expect(health('Kia ora, my NHI is ZAC5361 and my mobile is 021 555 0143.')).toEqual(['ZAC5361'])
    expect(health('Agent: What is your NHI number?\nCaller: ZZZ0016.')).toEqual(['ZZZ0016'])
    expect(health('Discharge summary, National Health Index ZZZ0024, admitted 02/04/2025.')).toEqual(['ZZZ0024'])
    // spelled out, and the acronym said letter by letter
    expect(health('my n h i is z a c five three six one and i need a repeat prescription')).toEqual(['z a c five three six one'])
    // the new format (three letters, two digits, two letters), named
    expect(health('NHI: ALU18KZ')).toEqual(['ALU18KZ'])
    // the same shapes without the name are plates, orders and codes
    expect(health('Parked in bay 4, plate ZAC5361.')).toEqual([])
    expect(health('Order ABC1234 shipped on Monday.')).toEqual([])
  })
})

describe('the US Medicare Beneficiary Identifier', () => {
  it('is found in its 4-3-4 groups or whole when Medicare is named in the sentence before it', () => {
    expect(health('Medicare Beneficiary Identifier: 1EG4-TE5-MK73 | Part D plan: SilverScript')).toEqual(['1EG4-TE5-MK73'])
    expect(health('My Medicare number, from the red, white and blue card, is 1EG4TE5MK73.')).toEqual(['1EG4TE5MK73'])
    expect(health('Medicare MBI 1EG4 TE5 MK73, Lisinopril 10 mg.')).toEqual(['1EG4 TE5 MK73'])
  })

  it('is found read out one character at a time, in its pattern, after Medicare', () => {
    expect(health("it's um my medicare number is one e g four t e five m k seven three")).toEqual(['one e g four t e five m k seven three'])
    expect(health('my medicare number is two p eight five c n zero d v eight seven and i am calling about a part b bill')).toEqual(['two p eight five c n zero d v eight seven'])
    // letters of a plan, or characters out of the pattern, are none
    expect(health('medicare plan a b c d e f g is what i have')).toEqual([])
    expect(health('my medicare number is one e g four t e five m k seven')).toEqual([])
  })

  it('is not found without the name, nor with letters the scheme never uses', () => {
    expect(health('Part number 1EG4-TE5-MK73 is back in stock.')).toEqual([])
    // S, L, O, I, B and Z are never MBI letters
    expect(health('Medicare ref 1SG4-TE5-MK73')).toEqual([])
  })
})

describe('health cards named before "the number is"', () => {
  it("reads an Australian Medicare card and an Ontario health card with its version code", () => {
    expect(health('Please update my details: Medicare card 2123 45670 1, thanks.')).toEqual(['2123 45670 1'])
    expect(health("He's got his OHIP card here, the number is 4471-229-018-KT.")).toEqual(['4471-229-018-KT'])
    expect(health('Krankenversichertennummer: V591977700')).toEqual(['V591977700'])
    // another number named between the card and the number is that number's
    expect(health('My OHIP card is in my wallet; my phone, the number is 416-555-0172.')).toEqual([])
  })
})

describe("South Asia's hospitals and health schemes (blind set HO)", () => {
  it("India's government schemes, Nepal's insuree and a medical record's \"MR\" name the number after them", () => {
    expect(health('CGHS card number DL0003918826.')).toEqual(['DL0003918826'])
    expect(health('Insuree No.: 1043856720')).toEqual(['1043856720'])
    expect(health('MR No: 1204-558-3')).toEqual(['1204-558-3'])
    expect(health('ESIC insurance number 1013478852')).toEqual(['1013478852'])
    // (a title before a number's name is none)
    expect(health('Mr Number 5 is here')).toEqual([])
  })

  it("a hospital's code and a dot before the UHID's digits is the UHID's", () => {
    expect(health('My UHID is APC.0098120345.')).toEqual(['APC.0098120345'])
    expect(health('UHID: MAX.1190822471')).toEqual(['MAX.1190822471'])
    expect(health('Version V.2024 released')).toEqual([])
  })

  it("an ABHA address by its \"@abdm\", not an address at the scheme's domain", () => {
    expect(health('I have your ABHA address as meenu.arora@abdm. Is that right?')).toEqual(['meenu.arora@abdm'])
    expect(health('ABHA: rohit.malviya1990@abdm, verified')).toEqual(['rohit.malviya1990@abdm'])
    expect(health('write to a.b@abdm.gov.in')).toEqual([])
  })
})

describe("health numbers of a card's length: ISO 7812's health-care issuers (blind set HU)", () => {
  it("Australia's IHI and a European health insurance card's number, named before them", () => {
    expect(health('GP referral | Patient Ann Lee, IHI 8003 6021 9219 7401 | Reason: migraine')).toEqual(['8003 6021 9219 7401'])
    expect(health("Agent: I'll need your IHI for that referral.\nCaller: Okay, it's 8003 6003 6180 6919.")).toEqual(['8003 6003 6180 6919'])
    expect(health('EHIC 80276001230045678912, valid to 2027')).toEqual(['80276001230045678912'])
  })

  it("not a payment card's number, whose check holds and whose issuer is no health care's", () => {
    expect(health('patient card 4111 1111 1111 1111')).toEqual([])
    expect(health('MRN 4111111111111111')).toEqual([])
  })
})
