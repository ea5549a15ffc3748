import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('identity numbers of East and West Africa (blind set GV)', () => {
  it("Ghana's card number by its country code, Tanzania's NIDA number by its birth date", () => {
    expect(found('Card no. GHA-003917258-6, please link it.')).toEqual([['us_social_security_number', 'GHA-003917258-6']])
    expect(found('1023 | Esi | GHA-714308862-1 | verified')).toEqual([['us_social_security_number', 'GHA-714308862-1']])
    expect(found('my NIDA is 19900304-23113-00002-15 thanks')).toEqual([['us_social_security_number', '19900304-23113-00002-15']])
    // (eight digits that are no date open no NIDA number; a part number is no card)
    expect(found('batch 20241301-11111-00000-01 shipped')).toEqual([])
    expect(found('part GHA-12 in stock')).toEqual([])
  })

  it("a KRA PIN under a record's key", () => {
    expect(found('{"id_no":"31920457","kra_pin":"A014729385Q"}')).toEqual([
      ['us_social_security_number', '31920457'],
      ['us_social_security_number', 'A014729385Q'],
    ])
    expect(found('KRA PIN: A014729385Q')).toEqual([['us_social_security_number', 'A014729385Q']])
  })

  it('"ID" opening a sentence or a record\'s line, and an ID asked for and answered', () => {
    expect(found('Lost the PUK. ID 24188903, can I do it from the branch?')).toEqual([['us_social_security_number', '24188903']])
    expect(found('Complainant: Kevin\nID No.: 29018344\nRespondent: Zenka Finance')).toEqual([['us_social_security_number', '29018344']])
    expect(found('Agent: Sure. Your ID, please. Caller: 9705120218081. Agent: Thank you.')).toEqual([['us_social_security_number', '9705120218081']])
    // (someone else's record's ID is none)
    expect(found('Order ID 24188903 was cancelled.')).toEqual([])
  })

  it('an account whose number is said after a clause of paying into it', () => {
    expect(found('the account i want to pay into is 6281440889 first national bank')).toEqual([['account_number', '6281440889']])
    expect(found("the account we're sending it to is 6281440889")).toEqual([['account_number', '6281440889']])
    expect(found('the account i want to close is six two eight one')).toEqual([])
  })

  it('a mobile number under its telecom name, MSISDN, or as a mobile-money wallet', () => {
    expect(found('{"msisdn":"254745882013","product":"FULIZA"}')).toEqual([['phone_number', '254745882013']])
    expect(found('my M-Pesa number is 0721338094')).toEqual([['phone_number', '0721338094']])
    expect(found('M-Pesa code QJK4XYZ123 for 2,000')).toEqual([])
  })

  it("Ghana's, Uganda's and Tanzania's mobiles with the trunk 0, solid in brackets after whose they are", () => {
    expect(found('Victim: Kofi Asante (0553184402)')).toEqual([['phone_number', '0553184402']])
    expect(found('1023 | Esi Quansah | 0598112047 | verified')).toEqual([['phone_number', '0598112047']])
    expect(found('Invoice (0553184402)')).toEqual([])
  })

  it("a record's field on its own labelled line, another number's name on an earlier line", () => {
    expect(found('FRAUD REPORT GH-MM-0419\nVictim: Kofi Asante (055 318 4402)')).toEqual([
      ['phone_number', '055 318 4402'],
    ])
    // (a speaker's line answers the question before it)
    expect(found("Agent: Do you have their incident number?\nCaller: It's 240318-0042, I think.")).toEqual([])
  })
})

describe('tax offices (blind set GU)', () => {
  it('the UK\'s Unique Taxpayer Reference said in full', () => {
    expect(found('"Unique Taxpayer Reference: 8155571871. Dear Mr. Halloran,"')).toEqual([['us_social_security_number', '8155571871']])
    expect(found('It says Unique Taxpayer Reference 7910752981, and the total comes to £4,106.80')).toEqual([['us_social_security_number', '7910752981']])
  })

  it("a scheme named with a possessive before the question that asks for it", () => {
    expect(found("Preparer: Your TFN's printed on the notice of assessment. Can you read it to me?\nClient: 698 219 448.")).toEqual([['us_social_security_number', '698 219 448']])
  })

  it('birth dates asked for several people at once ("birthdays")', () => {
    expect(found("Accountant: What are the girls' names and birthdays?\nClient: Skye, 12/2/2014, and Willow, 6/19/2017.")).toEqual([
      ['date_of_birth', '12/2/2014'],
      ['date_of_birth', '6/19/2017'],
    ])
  })

  it("an Australian Medicare number by its check digit, the card named a sentence before", () => {
    expect(found("Accountant: Okay, so the Medicare card. I only need the number and your position on the card.\nClient: 4906 73199 1, and I'm number 2.")).toEqual([
      ['healthcare_number', '4906 73199 1'],
    ])
    // (a reference named since is none)
    expect(found('Medicare rebate was paid, ref 4906 73199 2')).toEqual([])
  })
})
