import { describe, expect, it } from 'vitest'
import { scan } from '../index.js'
import { giroValid, serbianAccountValid } from './giro-bank-accounts-classifier.js'
import { ahvValid } from './swiss-ahv-classifier.js'

/** [type, text] of every finding but names. */
const found = (text: string): [string, string][] => scan(text).filter((f) => f.type !== 'person_name').map((f) => [f.type, text.slice(f.start, f.end)])

describe("other countries' identity and health numbers (blind sets CC and CD)", () => {
  it('an Emirates ID in its dashed groups when its Luhn check holds, or named and read out', () => {
    expect(found('Emirates ID: 784-1996-7729660-2')).toEqual([['us_social_security_number', '784-1996-7729660-2']])
    expect(found('Careem Captain registration: 784-1960-8064706-6 on file')).toEqual([['us_social_security_number', '784-1960-8064706-6']])
    expect(found('sir your emirates id please  seven eight four one nine seven four six three eight six two one three two  thank you')).toEqual([
      ['us_social_security_number', 'seven eight four one nine seven four six three eight six two one three two'],
    ])
    // ... not 15 digits that fail the check, nor an airline's booking
    expect(found('Emirates ID: 784-1996-7729660-3')).toEqual([])
    expect(found('Emirates flight EK 202, booking 784123456789012')).toEqual([])
  })

  it("Nigeria's BVN, Jamaica's TRN and the Philippines' SSS number, named", () => {
    expect(found('The date of birth on my BVN (22344474147) does not match my NIN slip.')).toEqual([['us_social_security_number', '22344474147']])
    expect(found('Good morning TAJ, my TRN is 187-681-559. I need a tax compliance certificate.')).toEqual([['us_social_security_number', '187-681-559']])
    expect(found('SS No.: 34-1664816-9')).toEqual([['us_social_security_number', '34-1664816-9']])
    // ("SS number" of nine digits stays a US social security number)
    expect(found('my SS number is 123-45-6789')).toEqual([['us_social_security_number', '123-45-6789']])
  })

  it("health schemes' cards and numbers: Ghana's NHIS, Jamaica's NHF and JADEP, PhilHealth, a health card or plan", () => {
    expect(found('NHIS card no.: 76510266')).toEqual([['healthcare_number', '76510266']])
    expect(found('NHF card no: J66718567')).toEqual([['healthcare_number', 'J66718567']])
    expect(found('JADEP card no.: J95504138')).toEqual([['healthcare_number', 'J95504138']])
    expect(found('PhilHealth PIN: 57-784488656-1.')).toEqual([['healthcare_number', '57-784488656-1']])
    expect(found('Health card 7318 135 673, please call me back.')).toEqual([['healthcare_number', '7318 135 673']])
    expect(found('Member on file, health plan ID 1EG4-QQM-9734, plan inactive.')).toEqual([['healthcare_number', '1EG4-QQM-9734']])
    // an HMO's or the NHIA's enrolment number in slashed parts, Germany's KVNR, a US insurer's member ID
    expect(found('Transfusion record: pt Funmilayo Nwosu, NHIA number KN/1839121/B, group A Rh-')).toEqual([
      ['healthcare_number', 'KN/1839121/B'],
      ['blood_type', 'A Rh-'],
    ])
    expect(found('My enrollee ID is NHIA-OY/8545155/D, thanks.')).toEqual([['healthcare_number', 'NHIA-OY/8545155/D']])
    expect(found('KVNR: Y794066242\nDiagnose: G20')).toEqual([['healthcare_number', 'Y794066242']])
    expect(found('Elig check: UHC ID YRB033264601, PCP copay $173.45.')).toEqual([['healthcare_number', 'YRB033264601']])
    expect(found('See ref 12/2024/B for the file.')).toEqual([])
    // ... not a PIN of anything else, nor a health score
    expect(found('Enter your PIN 4821 at the pharmacy.')).toEqual([])
    expect(found('Your health score is 82 this month.')).toEqual([])
  })
})

describe('phone numbers across statements, and toll-free lines', () => {
  it("another number's name in an earlier statement does not name a phone said after a full stop", () => {
    expect(found("Thames Water said ticket TKT-46710. If you need me I'm on 07826 825474. Cheers x")).toEqual([['phone_number', '07826 825474']])
    expect(found('Held at the depot, collection with photo ID only. Owner contacted on 0478 803 586.')).toEqual([['phone_number', '0478 803 586']])
    // ... while a question still asks for the number given after it, and an abbreviation's period ends nothing
    expect(found("Your ticket number? It's 0478 803 586.")).toEqual([])
    expect(found('Lost property log, passport no. 0478 803 586 on file.')).not.toContainEqual(['phone_number', '0478 803 586'])
  })

  it("a toll-free number written out is a business's line, not a person's; one said aloud may be anyone's", () => {
    expect(found('Changes: $200 + fare difference. Help: 0800 851 1666')).toEqual([])
    expect(found('For help call 1-800-555-0199 or 1 (888) 555-0123.')).toEqual([])
    expect(found('Phone: 1300 655 506')).toEqual([])
    expect(found('Call +44 800 123 4567 free of charge.')).toEqual([])
    expect(found('my number is 415-555-0132')).toEqual([['phone_number', '415-555-0132']])
    expect(found('my number is eight double five, five three seven, six three one oh')).toEqual([['phone_number', 'eight double five, five three seven, six three one oh']])
  })
})

describe('Argentina, Peru and Colombia: DNI, cédula, CUIL and CBU (blind set GL)', () => {
  it('a DNI of seven or eight digits, dotted or not, and a cédula', () => {
    expect(found('Consumidor: Jorge Paredes\nDNI: 46338659\nCorreo: x')).toEqual([['us_social_security_number', '46338659']])
    expect(found('My name is Lucía Fernández, DNI 30.015.482. I need the refund')).toEqual([['us_social_security_number', '30.015.482']])
    expect(found("Agent: What's his DNI? Customer: 51702851. Agent: And his date")).toEqual([['us_social_security_number', '51702851']])
    expect(found('- Cédula de ciudadanía: 1.050.563.192')).toEqual([['us_social_security_number', '1.050.563.192']])
    // (Spain's, with its letter, is still read whole)
    expect(found('DNI 48291736Q please')).toEqual([['us_social_security_number', '48291736Q']])
  })

  it('a CUIL or CUIT named; surer when its check digit holds', () => {
    expect(found('Agent: And your CUIL? Caller: 27-39752885-0. Agent: Thank you.')).toEqual([['us_social_security_number', '27-39752885-0']])
    const checked = scan('Agent: And your CUIL? Caller: 27-39752885-0.')[0]?.confidence ?? 0
    const mistyped = scan('Agent: And your CUIL? Caller: 27-39752885-1.')[0]?.confidence ?? 0
    expect(mistyped).toBeGreaterThan(0)
    expect(checked).toBeGreaterThan(mistyped)
  })

  it("a CBU or CVU of 22 digits named before it; validated when both its check digits hold", () => {
    const text = 'Agent: Can you give me the CBU? Caller: Yes, 0148463209038087919253. Agent: And the amount?'
    expect(found(text)).toEqual([['banking_information', '0148463209038087919253']])
    expect(scan('CBU: 0170163604582763137886.')[0]?.confidence).toBe(0.95)
    expect(scan('CBU: 0170163604582763137887.')[0]?.confidence).toBe(0.75)
    // (22 digits with no CBU named: a parcel's tracking number)
    expect(found('USPS tracking 9400100000000000000000 shipped')).toEqual([])
  })
})

describe("South Asia's and Asia's mobiles written solid with their trunk 0 (blind set GP)", () => {
  it("Pakistan's, Bangladesh's, Korea's", () => {
    expect(found('customer: Israt Jahan 01451641522')).toEqual([['phone_number', '01451641522']])
    expect(found('Caller: han ji 03335415327 pe call karein')).toEqual([['phone_number', '03335415327']])
  })

  it('not an identity number named so, nor a surprised "oh" joined to the number after it', () => {
    expect(found('my c p r is oh three oh four nine two  one eight two seven  and yeah')).toEqual([['us_social_security_number', 'oh three oh four nine two  one eight two seven']])
    expect(found('Agent: The account number is 10 digits. Caller: Oh, okay. 4409132877. Agent: Perfect.')).not.toContainEqual(['phone_number', 'Oh'])
  })
})

describe("Hong Kong's identity card number with its check character in brackets (blind set GR)", () => {
  it('found whole when the check holds (the published example A123456(3) too)', () => {
    expect(found('HKID A123456(3) on file')).toEqual([['us_social_security_number', 'A123456(3)']])
    expect(found('verified against K690702(4) and G719540(A)')).toEqual([['us_social_security_number', 'K690702(4)'], ['us_social_security_number', 'G719540(A)']])
    expect(found('part E137585(1) of the order')).toEqual([])
  })
})

describe("New Zealand's bank accounts by their grouping, and Sweden's clearing number (blind sets HE, HJ)", () => {
  it('two, four, seven and two or three digits, the bank 01 to 38, with no word naming them', () => {
    expect(found('Please pay into 06-2747-0141169-00 by Friday')).toEqual([['banking_information', '06-2747-0141169-00']])
    expect(found('12 3140 0123456 000')).toEqual([['banking_information', '12 3140 0123456 000']])
    expect(found('Order 45-1234-1234567-12')).toEqual([])
  })

  it('an account after a clearing number is a bank account', () => {
    expect(found('clearing number 8327-9, account 903 456 789-1').map(([t]) => t)).toContain('banking_information')
  })
})

describe("Hungary's and Serbia's bank accounts by their checks, Poland's licence by its slashes (blind set HM)", () => {
  it("a GIRO account's two check digits, in groups of eight, with no word naming it", () => {
    expect(giroValid('116000062837456102908454')).toBe(true)
    expect(giroValid('116000062837456102908455')).toBe(false)
    expect(found('Landlord gave me 11773023-20011845-23760917. Am I doing something wrong?')).toEqual([['banking_information', '11773023-20011845-23760917']])
    expect(found('Account: 11600006 28374561 02908454')).toEqual([['banking_information', '11600006 28374561 02908454']])
    expect(found('ref 11773023-20011845-23760918')).toEqual([])
  })

  it("a Serbian account's control digits (MOD 97-10), bank, account and control apart", () => {
    expect(serbianAccountValid('160000000048271350')).toBe(true)
    expect(serbianAccountValid('160000000048271351')).toBe(false)
    expect(found('The money will be sent to your account 325-0960100284577-87 tomorrow.')).toEqual([['banking_information', '325-0960100284577-87']])
    expect(found('order 160-0000000482713-51')).toEqual([])
  })

  it("Poland's licence number, its office, year and serial apart by slashes, after a licence word", () => {
    expect(found('Agent: And the license number? Caller: 01247/18/1461.')).toEqual([['drivers_license', '01247/18/1461']])
    expect(found('invoice 01247/18/1461')).toEqual([])
  })
})

describe("Canada's cheque line, institution numbers, Quebec's health number and a version code after a hyphen (blind set HN)", () => {
  it('transit, institution and account apart by hyphens, with no word naming them; not an order', () => {
    expect(found('Moved it from TFSA to chequing 02731-004-5512094 today.')).toEqual([['banking_information', '02731-004-5512094']])
    expect(found('Order 12345-678-9012345 shipped')).toEqual([])
  })

  it('an institution number before the transit, or abbreviated "inst"', () => {
    expect(found('new account at Simplii, institution 010, transit 00122, account 4471882')).toEqual([
      ['banking_information', '010'],
      ['banking_information', '00122'],
      ['banking_information', '4471882'],
    ])
    expect(found('can u direct dep it to my ATB? transit 07059 inst 219 acct 00412988').map(([, v]) => v)).toEqual(['07059', '219', '00412988'])
  })

  it("Quebec's RAMQ number where its card is spoken of, its birth date real", () => {
    expect(found("Agent: Votre carte d'assurance maladie, s'il vous plaît? Caller: NGUT 9151 2408.")).toEqual([['healthcare_number', 'NGUT 9151 2408']])
    expect(found('RAMQ: COTL15590312')).toEqual([['healthcare_number', 'COTL15590312']])
    expect(found('Quebec order ABCD 1234 5678')).toEqual([])
    expect(found('Quebec order ABCD 1205 0312')).toEqual([])
  })

  it("an Ontario card's version code joined by a hyphen, whatever sentence follows", () => {
    expect(found('Her health card 3415-351-836-JK. Her vaccines are due.')).toEqual([['healthcare_number', '3415-351-836-JK']])
  })
})

describe("Switzerland's AHV number and a crew member's number (blind set HL)", () => {
  it('756, nine digits and the EAN-13 check, dotted without a name, solid after it', () => {
    expect([ahvValid('7569217076985'), ahvValid('7563047281564'), ahvValid('7563047281565'), ahvValid('7573047281564')]).toEqual([true, true, false, false])
    expect(found('Your AHV number on file is 756.3047.2815.64, right?')).toEqual([['us_social_security_number', '756.3047.2815.64']])
    expect(found('AHV-Nr. 7563047281564')).toEqual([['us_social_security_number', '7563047281564']])
    expect(found('code 7563047281564')).toEqual([])
  })

  it("a ship's or an airline's number for its crew member", () => {
    expect(found('Purser: Can I have your crew number? Crew: CR-77412.')).toEqual([['account_number', 'CR-77412']])
    expect(found('the crew of 12 arrived')).toEqual([])
  })
})

describe('accounts of eighteen to twenty-four digits right after their word (kept sets HB, HO)', () => {
  it("India's policy numbers and other long accounts, named right before", () => {
    expect(found('hlo sir mera mediclaim policy no 33240034230300000158 star health ka').map(([t]) => t)).toEqual(['account_number'])
    expect(found('my policy number is 91000034240400000112')).toEqual([['account_number', '91000034240400000112']])
  })

  it("not a SIM's number whose check digit holds, nor a long number another word names", () => {
    // (a SIM's ICCID is twenty digits with a Luhn check, as a card's are)
    expect(found('account number 89441000000000000000')).toEqual([])
    expect(found('account number 89441000000000000006')).toEqual([['account_number', '89441000000000000006']])
    expect(found('the tracking number 123456789012345678901')).toEqual([])
  })
})

describe("Latin America's interbank accounts named in fields, lists and columns (blind set HR)", () => {
  it("Peru's CCI after its name; a CLABE list and a CBU field in a log; a CBU column", () => {
    expect(found('can u send the S/ 600 to my BCP acct? CCI 00296004535774875234. thx')).toEqual([['banking_information', '00296004535774875234']])
    expect(found('dest_clabes=[646180724263043040, 722320592593420142] action=step_up')).toEqual([
      ['banking_information', '646180724263043040'],
      ['banking_information', '722320592593420142'],
    ])
    expect(found('{"dest_cbu":"1910944277651404356512","amount":"1250000.00"}').map(([t]) => t)).toEqual(['banking_information'])
    expect(found('nombre,dni,cbu\nAna,30111222,0152587217249470352044').filter(([t]) => t === 'banking_information')).toEqual([['banking_information', '0152587217249470352044']])
  })

  it('not the same digits named as an order', () => {
    expect(found('order_ids=[646180724263043040, 722320592593420142]')).toEqual([])
  })
})
