import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../index.js'

const engine = createPiiEngine({ nameDetector: null })
/** What the engine finds (names off), as [type, text]. */
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('numbers of lettings, home services and the motor trade (blind sets CG, CH, CI)', () => {
  it("a property's roll or folio number and a toll-free line read out are no one's phone", () => {
    expect(found('Roll number 2109-180 for the property.')).toEqual([])
    expect(found('call one eight double oh two three four five six seven for the helpline')).toEqual([])
    expect(found('call oh eight hundred one two three four five six seven')).toEqual([])
    // ... a person's number read out still is one, and so is North America's "one eight hundred" after "reach me at"
    expect(found('my number is oh four one two five five five one two three')).toEqual([['phone_number', 'oh four one two five five five one two three']])
    expect(found('reach me at one eight hundred five five five, zero one nine nine')).toEqual([['phone_number', 'one eight hundred five five five, zero one nine nine']])
    // ... and a parcel word is no reason to doubt one ("my parcel has not come, call me on ...")
    expect(found('my parcel has not come, call me on 0412 555 123')).toEqual([['phone_number', '0412 555 123']])
  })

  it('a landline in its groups with its trunk 0, and a "handphone", without the word "phone" before it', () => {
    expect(found('You can get me on 0131 496 0772, or by email')).toEqual([['phone_number', '0131 496 0772']])
    expect(found('Hannah Fitzgerald\nT: 0161 496 0417 | E: office')).toEqual([['phone_number', '0161 496 0417']])
    expect(found('My handphone is 9123 4476.')).toEqual([['phone_number', '9123 4476']])
    // ... not when another number's word names it
    expect(found('Invoice 0131 496 0772 paid')).toEqual([])
  })

  it('a US routing number and the account after it, given as one pair', () => {
    expect(found('routing 111000614 4839021176, checking.')).toEqual([['banking_information', '111000614 4839021176']])
    expect(found('Dues by ACH, routing/account 021000021 / 441722089134. Locker 58.')).toEqual([['banking_information', '021000021 / 441722089134']])
    expect(found('the routing and account numbers for autopay: 021000021 448810293. Best')).toEqual([['banking_information', '021000021 448810293']])
    // ... a nine-digit number that fails the routing checksum is no routing number
    expect(found('routing 111000615 4839021176')).not.toContainEqual(['banking_information', '111000615 4839021176'])
  })

  it("a trade's or a profession's licence is no driving licence; a driving licence in other languages is", () => {
    expect(found('Agent CEA licence L3729913K')).toEqual([])
    expect(found('Trade licence number 774512 issued by DED')).toEqual([])
    expect(found('My driving licence number is L3729913K')).toEqual([['drivers_license', 'L3729913K']])
    expect(found('licencia A09284471 (CDMX)')).toEqual([['drivers_license', 'A09284471']])
    expect(found('Führerscheinnummer: B072RRE2I55')).toEqual([['drivers_license', 'B072RRE2I55']])
    expect(found('CNH 02650306461, obrigado')).toEqual([['drivers_license', '02650306461']])
    expect(found("I'm writing about my Uber driver account. My licence number is D415-3382-7719 (Illinois)")).toEqual([['drivers_license', 'D415-3382-7719']])
  })

  it('a link said after "at" is no spoken address', () => {
    expect(found('see 21 days at leeds.gov.uk/movinghome for details')).toEqual([])
    expect(found('email john at gmail.com')).toEqual([['email_address', 'john at gmail.com']])
  })
})

describe('numbers of hiring and payroll (blind set CJ)', () => {
  it("Mexico's RFC and Germany's social insurance number, named", () => {
    expect(found('RFC LOPM950312KJ4, celular')).toEqual([['us_social_security_number', 'LOPM950312KJ4']])
    expect(found('Sozialversicherungsnummer: 65 170891 B 003')).toEqual([['us_social_security_number', '65 170891 B 003']])
    // a firm's RFC has three letters, not four
    expect(found('RFC del proveedor: ABC123456XY9')).toEqual([])
  })

  it('letters spelled with hyphens between them are pieces of a named number', () => {
    expect(found('My NI number is A-B, four seven, two nine, one eight, D.')).toEqual([['us_social_security_number', 'A-B, four seven, two nine, one eight, D']])
    expect(found('And the PAN? ... A-K-M-P-L, two two oh nine, Q.')).toEqual([['us_social_security_number', 'A-K-M-P-L, two two oh nine, Q']])
  })

  it('a phone and a tax ID read out in Spanish and German digits', () => {
    expect(found('mi numero es cinco cinco cuatro uno dos ocho nueve cero tres siete')).toEqual([['phone_number', 'cinco cinco cuatro uno dos ocho nueve cero tres siete']])
    expect(found('Ja, meine Steuer-ID ist vier sieben, acht eins sechs, zwei fünf drei, null neun eins. Und die IBAN')).toEqual([['us_social_security_number', 'vier sieben, acht eins sechs, zwei fünf drei, null neun eins']])
  })

  it("a company's registration number is no phone; a company phone number is one", () => {
    expect(found('the company registration number they gave us, oh eight four one two three nine five, does not match')).toEqual([])
    expect(found('our registered company number is 04521987 (England and Wales)')).toEqual([])
    expect(found("what's your company phone number? it's 020 7946 0958")).toEqual([['phone_number', '020 7946 0958']])
  })
})
