import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const engine = createPiiEngine()
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])
const redacted = (text: string): string => engine.redact(text).text

describe('customs brokers and private imports (blind set FM)', () => {
  it("a private importer's EORI number, named", () => {
    expect(found('I registered for an EORI as a private individual: GB142157256000. Please use it on the entry.')).toEqual([['us_social_security_number', 'GB142157256000']])
    expect(found('Agent: Do you have an EORI? Caller: I do, I registered as an individual — GB353299433000. Rep: Perfect.')).toEqual([['us_social_security_number', 'GB353299433000']])
    // (not named, a tracking-like code stays)
    expect(found('Shipment GB142157256000 left the depot.')).toEqual([])
  })

  it('a tax ID given after "so that\'s"', () => {
    expect(found("i'm in germany and the zoll letter wants my tax id so that's three four three double eight nine eight one nine two seven the eleven digit one")).toEqual([
      ['us_social_security_number', 'three four three double eight nine eight one nine two seven'],
    ])
    expect(found("the order id so that's 34388981927 ok")).toEqual([])
  })

  it("a capital's initial before a surname is the name's", () => {
    expect(redacted('Card declined for the duty. Customer G. Pemberton asked to call back.')).toBe('Card declined for the duty. Customer [PERSON_NAME] asked to call back.')
    expect(redacted('Rep: The declaration is under C. Llewellyn, yes?')).toBe('Rep: The declaration is under [PERSON_NAME], yes?')
    expect(redacted('I saw Plan B. Smith later')).toBe('I saw Plan B. Smith later')
  })
})

const fixedClock = createPiiEngine({ clock: () => new Date('2026-12-06T00:00:00Z') })
const withNames = (text: string): [string, string][] => fixedClock.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('ambulance handovers and triage notes (blind set FK)', () => {
  it("a record's birth date right after the person's name, when it is old enough to be one", () => {
    expect(withNames('Pt F. Kavanagh, 4 November 1949, known type 2 diabetes.')).toEqual([
      ['person_name', 'F. Kavanagh'],
      ['date_of_birth', '4 November 1949'],
    ])
    expect(withNames('Registration (ED) – Drew Nguyen / 03-08-1951 / arrived by private car')).toEqual([
      ['person_name', 'Drew Nguyen'],
      ['date_of_birth', '03-08-1951'],
    ])
    // (a visit's or a letter's date: recent)
    expect(withNames('Seen by Dr Sarah Jones, 12/03/2024, follow up in clinic')).toEqual([['person_name', 'Sarah Jones']])
  })

  it("a health card named before its last digits, an Australian hospital's URN, a veteran's DVA number", () => {
    expect(found("Caller: It's the one with Medicare ending 6599. Agent: Thanks.")).toEqual([['healthcare_number', '6599']])
    expect(found('Medicare: 6987442397  DVA: W999231')).toEqual([
      ['healthcare_number', '6987442397'],
      ['healthcare_number', 'W999231'],
    ])
  })
})

describe('trust and safety teams (blind set FL)', () => {
  it("a platform's user IDs in logs, exports and JSON", () => {
    expect(found('session_id=qoijyz297638 uid=51532574850 login_ok=true')).toEqual([['account_number', '51532574850']])
    // (and the record's handle, a username since blind set FZ: "handle": "moon_kay22")
    expect(found('{"user_id": "43003053869", "handle": "moon_kay22"}')).toEqual([['account_number', '43003053869'], ['username', 'moon_kay22']])
    expect(found('action=suspend target_uid=41346607397 reason=impersonation')).toEqual([['account_number', '41346607397']])
    expect(found('order_id=43003053869')).toEqual([])
  })

  it("a card's three digits named with no verb; a last four asked with the expiry", () => {
    expect(found('I, stupidly, read him my card, 4368 0081 9392 6103, and the three digits 169.')).toEqual([
      ['credit_card_number', '4368 0081 9392 6103'],
      ['credit_card_cvv', '169'],
    ])
    expect(found('Agent: To confirm ownership please give the last 4 digits and expiry of the card used.\nUser: 3264, expires 09/28')).toEqual([
      ['credit_card_number', '3264'],
      ['credit_card_expiration', '09/28'],
    ])
    expect(found('a visa ending one six three seven uh and a mastercard like ending seven oh six six which one')).toEqual([
      ['credit_card_number', 'one six three seven'],
      ['credit_card_number', 'seven oh six six'],
    ])
  })
})

describe("an offshore bank contact centre (blind set FJ)", () => {
  it('"Jesus" before a surname is a person; a mask of two before the last four', () => {
    expect(redacted('I sent $13,079.21 to Jesus Hernandez but the IBAN was wrong.')).toBe('I sent $13,079.21 to [PERSON_NAME] but the IBAN was wrong.')
    expect(redacted('Jesus Christ, that hurt')).toBe('Jesus Christ, that hurt')
    expect(found('Hardship note: reports a stroke. Card xx3401 enrolled in a 6-month plan.')).toEqual([['credit_card_number', '3401']])
  })
})
