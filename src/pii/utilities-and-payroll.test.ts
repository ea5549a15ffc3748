import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('utilities and payroll desks (blind sets FN, FO)', () => {
  it("a note's heading names none of the numbers in the note", () => {
    expect(found('Case note: Mr Patel called from 020 8123 4567 disputing the standing charge.')).toEqual([['phone_number', '020 8123 4567']])
    expect(found('Ticket update: she rang from 07700 900123 about the meter.')).toEqual([['phone_number', '07700 900123']])
    // (another number's name inside the note still names its number)
    expect(found('Case notes: caller gave case number 44123381 for the complaint')).toEqual([])
  })

  it('letters spelled with pauses between them before "at" are the address\'s', () => {
    expect(found('my email is  j  o  h  n  at gmail dot com')).toEqual([['email_address', 'j  o  h  n  at gmail dot com']])
    // (the pause the run did not have between its letters ends it)
    expect(found('my username is b brooks underscore y y c  i made it')).toEqual([['username', 'b brooks underscore y y c']])
  })

  it('a card\'s last four after "ending in" and a filler', () => {
    expect(found('yeah just put it on the visa card ending in  uh  three eight four two thanks')).toEqual([['credit_card_number', 'three eight four two']])
    expect(found('put it on the visa ending in um 3842 thanks')).toEqual([['credit_card_number', '3842']])
  })

  it("a National Insurance number with its scheme named after it", () => {
    expect(found('RG315520C is my NI number')).toEqual([['us_social_security_number', 'RG315520C']])
    expect(found('its r g three one  double five  two oh  c  thats my national insurance')).toEqual([['us_social_security_number', 'r g three one  double five  two oh  c']])
    expect(found("Agent: Just to confirm, that's P R three nine, six one, oh five, A? Caller: Yes, that's my N I number.")).toEqual([
      ['us_social_security_number', 'P R three nine, six one, oh five, A'],
    ])
    // (not a shape the scheme has, nor a value its check letter rules out)
    expect(found('Version 2.3 is my NI number question')).toEqual([])
    expect(found('9182736H is my PPS number')).toEqual([])
  })
})

describe('payroll desks in Asia and Canada (blind set FO)', () => {
  it("the last four of a SIN, an Aadhaar or an NRIC, as of a social", () => {
    expect(found('Verification done: last 4 of Aadhaar 6502 and registered email.')).toEqual([['us_social_security_number', '6502']])
    expect(found('My Aadhaar ends in eight nine six two, thanks')).toEqual([['us_social_security_number', 'eight nine six two']])
    expect(found("4471, that's the last four of my SIN")).toEqual([['us_social_security_number', '4471']])
    expect(found('the last four of the security code 6502')).not.toContainEqual(['us_social_security_number', '6502'])
  })

  it('a handphone number after "hp"', () => {
    expect(found('my hp is 9123 8876, pls whatsapp me when the IR8A is ready')).toEqual([['phone_number', '9123 8876']])
    expect(found('the HP EliteBook 840 G5 with 16 GB')).toEqual([])
  })
})

describe("a heading that names the value right after it", () => {
  it('still names it', () => {
    expect(found('Account details: TX-55102')).toEqual([['account_number', 'TX-55102']])
  })
})
