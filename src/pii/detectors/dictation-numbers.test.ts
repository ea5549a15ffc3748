import { describe, expect, it } from 'vitest'
import { scan } from '../index.js'

/** [type, text] of every finding but names. */
const found = (text: string): [string, string][] => scan(text).filter((f) => f.type !== 'person_name').map((f) => [f.type, text.slice(f.start, f.end)])

describe('numbers and groups in dictation and long-form speech (blind sets BU and BV)', () => {
  it('a blood group someone is, a group in its record field, and a group with "Rh" before the sign in words', () => {
    expect(found('Rui is O pos and volunteered to go first')).toEqual([['blood_type', 'O pos']])
    expect(found('Miles is a regular donor (O neg), mentioned it')).toEqual([['blood_type', 'O neg']])
    expect(found("i'm o negative so like they call me every two months")).toEqual([['blood_type', 'o negative']])
    expect(found("kavya in bed thirty  she's a b positive  two units")).toEqual([['blood_type', 'a b positive']])
    expect(found('Transfusion record.\nGroup: O Rh positive. Antibody screen negative.')).toEqual([['blood_type', 'O Rh positive']])
    expect(found('Group & screen: B Rh positive, antibody screen negative.')).toEqual([['blood_type', 'B Rh positive']])
    expect(found('Pre-op checklist. Group & screen: B Rh positive, antibody screen negative.')).toEqual([['blood_type', 'B Rh positive']])
    // ... not an article before "positive", nor a field that is no blood group's
    expect(found("it's a positive thing")).toEqual([])
    expect(found("that's a positive.")).toEqual([])
    expect(found('Type: A+ batteries')).toEqual([])
    expect(found('the test came back o negative for the strain')).toEqual([])
  })

  it("a card's security code said as the digits on the back, or as the code after its expiry", () => {
    expect(found('expiry oh four twenty eight  and the uh three digits on the back are seven seven one')).toContainEqual(['credit_card_cvv', 'seven seven one'])
    expect(found('the new one is five four seven seven eight oh six four three one nine seven five three four four  expires october twenty twenty five  and the code is eight oh four  okay thanks')).toContainEqual(['credit_card_cvv', 'eight oh four'])
  })

  it("an expiry after a passport's number, with no card named since, is the passport's", () => {
    expect(found('Passport number is TPP8X9PM5, and it expires 08/2029.')).toEqual([['passport_number', 'TPP8X9PM5']])
    expect(found('the card on the policy expires 01/28')).toEqual([['credit_card_expiration', '01/28']])
  })

  it("anyone's ID number whose digits pass South Africa's check, but no other kind of number's ID", () => {
    expect(found('Statement of complainant: Christopher Hall, ID no. 341228 8835 089.')).toEqual([['us_social_security_number', '341228 8835 089']])
    expect(found("The complainant's ID number is 8005132211088.")).toEqual([['us_social_security_number', '8005132211088']])
    expect(found('order ID 8005132211088 shipped')).toEqual([])
  })

  it("Canada's personal health numbers, India's health account, South Africa's medical aid and Ireland's medical card", () => {
    // (the scheme's letters go with the number here, as a lettered health number's prefix would)
    expect(found('Mélanie Roy (PHN 9164 665 109) rang the ward')).toEqual([['healthcare_number', expect.stringContaining('9164 665 109')]])
    expect(found('His ABHA number is 57-1814-0648-0531.')).toEqual([['healthcare_number', '57-1814-0648-0531']])
    expect(found('Pt: Marietjie van der Merwe | medical aid no.: 348513424')).toEqual([['healthcare_number', '348513424']])
  })

  it("a National Insurance, PPS or PAN number written in its parts, named (blind set BX)", () => {
    expect(found('Claimant: Marek Shevchenko   NINO: CK 36 33 58 A   NHS no: 926-620-1251')).toContainEqual(['us_social_security_number', 'CK 36 33 58 A'])
    expect(found("It's Imran Sharma, NI number is YY 020610 D.")).toEqual([['us_social_security_number', 'YY 020610 D']])
    expect(found('Agent: Can I start with your PPS number?\nCustomer: 6202082 QA.')).toEqual([['us_social_security_number', '6202082 QA']])
    expect(found('Agent: Please tell me your PAN.\nCaller: XPKPR 0930 U.')).toEqual([['us_social_security_number', 'XPKPR 0930 U']])
    // ... not without its name
    expect(found('Caller: 6202082 QA.')).toEqual([])
  })

  it('a date of birth with the day, the month\'s three letters and the year run together (BW)', () => {
    expect(found('02  SILVA/FELIPE MSTR  DOB 17OCT09')).toEqual([['date_of_birth', '17OCT09']])
    expect(found('Flight BA117 departs 17OCT25 at 0910')).toEqual([])
  })

  it("a passport's letters and digits said after a birth date are the passport's, and a health number named \"here\" (BW)", () => {
    expect(found('so for the advance passenger info date of birth may twentieth nineteen fifty one  passport v e one six zero five one eight expiring')).toEqual([
      ['date_of_birth', 'may twentieth nineteen fifty one'],
      ['passport_number', 'v e one six zero five one eight'],
    ])
    expect(found('Her hospital number here is 10793393.')).toEqual([['healthcare_number', '10793393']])
  })

  it("an airline record's SSR DOCS element and a manifest's PP column hold passports (BW)", () => {
    expect(found('  5 SSR DOCS UA HK1 P/USA/A79503637/USA/30DEC85/F/03JAN30/JOHNSON/HANNAH')).toEqual([
      ['passport_number', 'A79503637'],
      ['date_of_birth', '30DEC85'],
    ])
    expect(found('Leader: ALMEIDA OLIVEIRA/ENZO MR  PP GC979950')).toEqual([['passport_number', 'GC979950']])
    // ... not a page ("PP 12") nor anything in lower case
    expect(found('Please see PP 12 for the chart, and pp ab12345678')).toEqual([])
  })

  it("a network's range or mask is no host's address, nor a phone; a host with its prefix stays an address (BZ)", () => {
    expect(found('Windows activation failing from 10.40.0.0/16.')).toEqual([])
    expect(found('Route added: 172.17.134.0/23 via tunnel interface wg0')).toEqual([])
    expect(found('desk phone -> 172.31.254.34. Mask 255.255.255.0, gateway 172.21.121.130.')).toEqual([
      ['ip_address', '172.31.254.34'],
      ['ip_address', '172.21.121.130'],
    ])
    expect(found("so it's ten dot zero dot zero dot zero slash eight  that whole range goes over the tunnel")).toEqual([])
    expect(found('ip addr add 192.168.1.25/24 dev eth0')).toEqual([['ip_address', '192.168.1.25']])
    expect(found('call me on 212.555.0143')).toEqual([['phone_number', '212.555.0143']])
  })

  it("Australia's tax file number asked for in words and read out on the next line (BX)", () => {
    expect(found("your tax file number please\nyes it's nine five seven nine two six eight double seven")).toEqual([
      ['us_social_security_number', 'nine five seven nine two six eight double seven'],
    ])
  })

  it("Canada's transit and institution numbers beside an account (BX)", () => {
    expect(found('Please also update direct deposit: transit 67356, institution 010, account 5904270.')).toEqual([
      ['banking_information', '67356'],
      ['banking_information', '010'],
      ['banking_information', '5904270'],
    ])
    expect(found('the bus transit 42 is late')).toEqual([])
    expect(found('meet me at the institution 010 building')).toEqual([])
  })

  it("a court's, a police log's or a claim's long number is no card whatever the Luhn check says, nor a phone", () => {
    expect(found('calling case number six eight three eight  six four three  twenty four one three six oh nine  the crown versus julie bouchard')).toEqual([])
    expect(found('all rise  first matter on the list is two thousand and twenty four six five four one nine two  adjourned')).toEqual([])
    // ... while a card's number said with no word naming it stays a card
    expect(found('the number is 4111 1111 1111 1111')).toEqual([['credit_card_number', '4111 1111 1111 1111']])
  })

  it("a letter with an apostrophe after it is a word (\"i'll\"), not a letter of the passport read before it", () => {
    expect(found("passport number is a b one four eight zero zero three  i'll i'll send a photo")).toEqual([['passport_number', 'a b one four eight zero zero three']])
  })
})
