import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../index.js'

const engine = createPiiEngine({ nameDetector: null })
/** What the engine finds (names off), as [type, text]. */
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])
/** The texts of what the engine finds. */
const values = (text: string): string[] => found(text).map(([, v]) => v)

describe('numbers given to public services and schools (blind sets CN, CO)', () => {
  it("a table's national_id column names every row's identity number", () => {
    const csv = 'name,national_id,dob,status,amount\nThandiwe Nkosi,0104010306082,2001-04-01,rejected,458.00\nRavi Kumar,9271 0540 3590,1971-05-04,approved,121.00\n'
    expect(values(csv)).toEqual(expect.arrayContaining(['0104010306082', '9271 0540 3590']))
    // ... not an order's id column
    expect(values('name,order_id,amount\nRavi Kumar,9271 0540 3590,121.00\n')).not.toContain('9271 0540 3590')
  })

  it('a tax reference or tax number is a taxpayer\'s number; a tax refund is none', () => {
    expect(found('Tax reference no.: 0018444596')).toEqual([['us_social_security_number', '0018444596']])
    expect(found('the tax number is 123456789')).toEqual([['us_social_security_number', '123456789']])
    expect(found('your tax refund of 1234567890 cents')).toEqual([])
  })

  it("a US A-number after its name; Ghana's card PIN and SSNIT number; Malaysia's kad pengenalan", () => {
    expect(found("Paralegal: Do you have your A-number? Caller: Yeah, it's A241-837-675.")).toEqual([['us_social_security_number', 'A241-837-675']])
    expect(found('Order A123456789 shipped')).toEqual([])
    expect(values('Ghana Card PIN: GHA-757800711-3\nSSNIT No.: F296293963928')).toEqual(['GHA-757800711-3', 'F296293963928'])
    expect(found('No. Kad Pengenalan: 790422-08-4336')).toEqual([['us_social_security_number', '790422-08-4336']])
  })

  it('a birth date named in Malay or Swedish', () => {
    expect(found('Tarikh lahir: 22/04/1979')).toEqual([['date_of_birth', '22/04/1979']])
    expect(found('Födelsedatum: 1969-08-16')).toEqual([['date_of_birth', '1969-08-16']])
  })

  it("an identity number asked for on a chat's line before, past the answer's time stamp", () => {
    expect(values('To look this up, please type your PPS number.\n[10:43] You: 8035248E\n[10:43] Virtual Assistant: Thanks.')).toEqual(['8035248E'])
    expect(values('Bot: Please enter your HELB ID number.\nUser: 33019284\nBot: Thank you.')).toEqual(['33019284'])
    expect(values('your order ID number is 12345678')).toEqual([])
  })

  it('a UK "driver number" read out, and a phone number in groups with no trunk 0 asked about after it', () => {
    expect(found('so my driver number is b l u n d six zero eight zero two five t nine nine x z and that is it')).toEqual([
      ['drivers_license', 'b l u n d six zero eight zero two five t nine nine x z'],
    ])
    expect(found('Agent: Is 81 3355 8461 still the best number for you?')).toEqual([['phone_number', '81 3355 8461']])
  })

  it('the answer to a question that asked for a health number, past a title in the question and with letters (blind set CP)', () => {
    expect(found('And your NHS number, Mrs. Patel? 883 756 2373. Lovely.')).toEqual([['healthcare_number', '883 756 2373']])
    expect(found("Agent: Okay, what's your enrollee ID? Caller: It's HYG8090981. Agent: And your phone number?")).toEqual([['healthcare_number', 'HYG8090981']])
    // ... a question that asked for nothing of the kind names nothing
    expect(found("Thanks Mr. Jones. What's the weather? 21 degrees.")).toEqual([])
  })
})

describe("US Medicaid programs' own ids: New York's CIN, Medi-Cal's BIC, a DoD benefits number (blind set GK)", () => {
  it('are health numbers', () => {
    expect(found('NY Medicaid CIN KL48213M - recert pending')).toEqual([['healthcare_number', 'KL48213M']])
    expect(found('Medi-Cal BIC 93847261A (issued 04/18/2023)')).toContainEqual(['healthcare_number', '93847261A'])
    expect(found('TRICARE beneficiary, DoD benefits # 12844703921. Sponsor called.')).toEqual([['healthcare_number', '12844703921']])
  })
})

describe("Australia's Centrelink customer reference and concession card (blind set HU)", () => {
  const accounts = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'account_number').map((f) => text.slice(f.start, f.end))

  it('named by the agency before its reference or number, or by the concession card, with its check letter', () => {
    expect(accounts('So just confirming, your Centrelink reference is 414 770 921T?')).toEqual(['414 770 921T'])
    expect(accounts('uh my centrelink number is three three one  eight oh two  five five six  k  and')).toHaveLength(1)
    expect(accounts('Medicare checked.   Concession 207 441 863X | Collected by wife')).toEqual(['207 441 863X'])
  })

  it("not the agency's own line", () => {
    expect(accounts('Centrelink call centre: 132 850')).toEqual([])
  })
})
