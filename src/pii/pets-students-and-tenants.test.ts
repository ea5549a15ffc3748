import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const engine = createPiiEngine()
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])
const redacted = (text: string): string => engine.redact(text).text

describe('vets, pet insurers and microchip registries (blind set FB)', () => {
  it("a pet's microchip number leads to its keeper: an account's, written, grouped or read out", () => {
    expect(found('His chip number is 956264472592413.')).toEqual([['account_number', '956264472592413']])
    expect(found('Owner name: Tanisha Ferreira\nMicrochip: 982 202034 444978\nRegistry: HomeAgain')).toEqual([['account_number', '982 202034 444978']])
    expect(found('the vet scanned it and the chip came up as nine double zero three one three nine three five four nine eight double three zero registered to a chloe')).toEqual([
      ['account_number', 'nine double zero three one three nine three five four nine eight double three zero'],
    ])
    // (a card's chip names no number of its own)
    expect(found('chip and pin, 1234')).toEqual([])
  })

  it("a policy's code with letters before and after its digits is the policy's whole", () => {
    expect(found('Fraud check: claim submitted for policy LMN-P326658, device new')).toEqual([['account_number', 'LMN-P326658']])
    expect(found('The policy is AF/7096565/D but it is my wife who holds it.')).toEqual([['account_number', 'AF/7096565/D']])
    expect(found('Please find attached the invoice. Policy no. AF/7954159/C.')).toEqual([['account_number', 'AF/7954159/C']])
    // (a ticket's code joined before it stays a ticket's)
    expect(found('ticket INC-P3349021 is closed')).toEqual([])
  })
})

describe("a university's offices (blind set FC)", () => {
  it('SEVIS and Common App IDs are the student\'s', () => {
    expect(found("Hi, I'm Liam Lavoie, SEVIS N0006564970. My OPT start date is May 20.")).toEqual([['account_number', 'N0006564970']])
    expect(found('Old I-20 SEVIS ID N0048890978. Could you update SEVIS before my travel?')).toEqual([['account_number', 'N0048890978']])
    expect(found('I submitted through Common App, my CAID is 35923636.')).toEqual([['account_number', '35923636']])
  })

  it("a table's columns name codes of letters and digits, and a card's last four under its column", () => {
    const roster = 'student_id,last_name,first_name,dob\nS00180065,Sorensen,Tyler,2002-12-16\nA09996690,Iyer,Priya,2003-04-11'
    expect(found(roster)).toEqual([
      ['account_number', 'S00180065'],
      ['date_of_birth', '2002-12-16'],
      ['account_number', 'A09996690'],
      ['date_of_birth', '2003-04-11'],
    ])
    const ledger = 'tenant_name,unit,tenant_id,amount,method,card_last4,date\nMichael Lindqvist,unit 12,TNT21801R,$2310,card,7555,19 December'
    expect(found(ledger)).toEqual([
      ['account_number', 'TNT21801R'],
      ['credit_card_number', '7555'],
    ])
    // (a row of values is no header, though it ends its cells with digits)
    expect(found('Unit 12,Apt 7,Flat 3\n55,66,77')).toEqual([])
  })
})

describe('car rentals and roadside help (blind set FD)', () => {
  it("a toll authority's notice number is its own record, not a phone", () => {
    expect(found('i got a violation notice number l a two five zero four nine eight seven one so for seventy three but i have a sunpass account two four one nine double seven one three')).toEqual([
      ['account_number', 'two four one nine double seven one three'],
    ])
    // (the verb names nothing: the phone after it is still one)
    expect(found("sorry i didn't notice your call my cell is four one five two two two three three four four")).toEqual([['phone_number', 'four one five two two two three three four four']])
  })

  it("a card's last four with a filler before them; a card form's \"Exp:\" is no one's name", () => {
    expect(found('um which card did you put the deposit on uh the like visa ending you know in three oh five one')).toEqual([['credit_card_number', 'three oh five one']])
    expect(redacted('Card number: 4342 5166 3175 9796\nExp: July 2029\nCVV: 542\nName on card: Sofia Mbeki')).toBe(
      'Card number: [CREDIT_CARD_NUMBER]\nExp: [CREDIT_CARD_EXPIRATION]\nCVV: [CREDIT_CARD_CVV]\nName on card: [PERSON_NAME]',
    )
  })
})

describe('lettings, tenants and moves (blind set FE)', () => {
  it('an Irish surname written with its apostrophe is a surname', () => {
    expect(redacted("i need the account moved and the name on it rose o'brien new address is unit two")).toBe('i need the account moved and the name on it [PERSON_NAME] new address is unit two')
    expect(redacted("name exactly as on the passport will o'brien perfect that's enough points")).toBe("name exactly as on the passport [PERSON_NAME] perfect that's enough points")
    // (a contraction is no surname: "we'll" is no "well")
    expect(redacted("okay so we'll call you back tomorrow")).toBe("okay so we'll call you back tomorrow")
  })

  it("roles that label a form's or a visit's lines are no names", () => {
    expect(redacted('Client: Summer Young\nDOB: 20 Jul 1955\nReferrer: community OT')).toBe('Client: [PERSON_NAME]\nDOB: [DATE_OF_BIRTH]\nReferrer: community OT')
    expect(redacted('Tech: Your install is booked for March 11th. Customer: Do I need to be home? Tech: Someone over eighteen has to be there.')).toBe(
      'Tech: Your install is booked for March 11th. Customer: Do I need to be home? Tech: Someone over eighteen has to be there.',
    )
  })
})

describe("given names the 1990 census list lacks (faker's lists)", () => {
  it('liam, connor, zara: a given name and a surname in lower-case speech', () => {
    expect(redacted("let me read that back seven oh one eight one eight seven two and that's for connor takahashi yep that's me")).toBe(
      "let me read that back seven oh one eight one eight seven two and that's for [PERSON_NAME] yep that's me",
    )
    expect(redacted("full name and date of birth zara o'brien dob the sixth of may nineteen seventy eight")).toBe('full name and date of birth [PERSON_NAME] dob [DATE_OF_BIRTH]')
    // (places faker also lists as given names stay places; a given name before a street's one-word name is the street's)
    expect(redacted('Istanbul to London Heathrow, then Terminal 2 at Warsaw Chopin')).toBe('Istanbul to London Heathrow, then Terminal 2 at Warsaw Chopin')
    expect(redacted('Johannes Vermeerstraat 4 and Van Baerlestraat 9')).toBe('Johannes Vermeerstraat 4 and Van Baerlestraat 9')
  })
})

describe('bereavement: funerals, estates and death claims (blind set FG)', () => {
  it("a memorial's two dates: the first is the birth date", () => {
    expect(found('In loving memory of Hamish Duffy, 03/12/1949 – 28 June 2024. Donations in lieu of flowers to Macmillan.')).toEqual([['date_of_birth', '03/12/1949']])
    expect(found('Obituary: Ruth Ames (April 2, 1931 - May 9, 2024)')).toEqual([['date_of_birth', 'April 2, 1931']])
    // (a period's dates, or no memorial, are no life's)
    expect(found('The promotion runs 03/12/2024 – 28 June 2024.')).toEqual([])
    expect(found('Funeral fees apply from 1 March 2023 - 30 March 2023')).toEqual([])
  })

  it('"the deceased" is a person, not a death\'s date; a birth date corrected whole, day first', () => {
    expect(found("date of birth for the deceased er yes it's twenty eighth december nineteen thirty one no wait twenty seventh december nineteen thirty one you know")).toEqual([
      ['date_of_birth', 'twenty eighth december nineteen thirty one'],
      ['date_of_birth', 'twenty seventh december nineteen thirty one'],
    ])
    expect(found('the deceased died on 12 March 2024')).toEqual([])
  })
})

describe('lost baggage and travel insurance (blind set FH)', () => {
  it('passports listed after "Passports"', () => {
    expect(found("Interpreter: She is travelling with her sister. Passports M19424982 and M81917206. Rep: Thank you, I'll add both.")).toEqual([
      ['passport_number', 'M19424982'],
      ['passport_number', 'M81917206'],
    ])
  })
})
