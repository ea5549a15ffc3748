import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../index.js'

const engine = createPiiEngine({ nameDetector: null })
/** What the engine finds (names off), as [type, text]. */
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('numbers named before what they are for, or after themselves (blind sets CT, CU)', () => {
  it('an account number named before what it is for ("for the refund")', () => {
    expect(found('The account number for the refund is 40817263, thanks.')).toEqual([['account_number', '40817263']])
    expect(found('account number for the payout is four zero eight one seven two six three')).toEqual([['account_number', 'four zero eight one seven two six three']])
    // ... while another number for the account stays that number's
    expect(found('the order number for your account is 55412')).toEqual([])
  })

  it('an identity number asked for a purpose, then given', () => {
    expect(found("Your DNI, please, for the booking. It's 48151623L.")).toEqual([['us_social_security_number', '48151623L']])
    expect(found('My booking reference is 48151623L')).toEqual([])
  })

  it("Chile's RUT after its name", () => {
    expect(found('The site asks for the RUT. Mine is 14.852.963-9.')).toEqual([['us_social_security_number', '14.852.963-9']])
  })

  it('a passport named right after its number, set off by a comma or a bracket', () => {
    expect(found("It's EB5093117, Polish passport.")).toEqual([['passport_number', 'EB5093117']])
    expect(found('Traveller: AB1234567 (UK passport), back on the 12th')).toEqual([['passport_number', 'AB1234567']])
    expect(found('Ticket 55512345 passport control at gate 3')).toEqual([])
  })
})

describe('codes, schemes named after the number, and UK tax references (blind set CW)', () => {
  it('reads the groups of a code of letters and digits, and a code-prefixed job number, as no one\'s number', () => {
    expect(found("So the tracking number is 1Z 4F7 839 03 1184 2297, it's UPS, it says out for delivery.")).toEqual([])
    expect(found("it's British Gas, job number BG-22871190. Can you be home?")).toEqual([])
    // (one group before is as often a flat's: the phone after it stays one)
    expect(found('flat 4B 0161 555 0834 is my number')).toEqual([['phone_number', '0161 555 0834']])
  })
  it('finds an identity number whose scheme is named right after it, its check holding', () => {
    expect(found("Okay, her national ID from the upload is 04271104834, that's a PESEL, born 2004.")).toEqual([['us_social_security_number', '04271104834']])
    expect(found("ticket 04271104835, that's a PESEL")).toEqual([])
  })
  it("finds a UK Unique Taxpayer Reference after its name", () => {
    expect(found("For the UK payout they need my UTR. It's 73018 46259. And that's it.")).toEqual([['us_social_security_number', '73018 46259']])
  })
})

describe('finance agreements, Nordic insurance numbers and a UK licence with an O (blind set CX)', () => {
  it('reads a finance agreement\'s number as an account number, not the word alone', () => {
    expect(found('Re: Agreement number VF-400118723')).toEqual([['account_number', 'VF-400118723']])
    expect(found('Agent: I can see your agreement, 400-1187-2365. There are 14 payments left.')).toEqual([['account_number', '400-1187-2365']])
    expect(found('Försäkringsnummer: 5501-448190-2')).toEqual([['account_number', '5501-448190-2']])
    expect(found('we reached an agreement in 2024 on 12 items')).toEqual([])
  })
  it('finds a UK driving licence whose initial is an O, which the spoken-form reader takes for a zero', () => {
    expect(found("Caller: Okay, it's PRITC705031O99XY. Agent: Sorry, after the 1, was that an O?")).toEqual([['drivers_license', 'PRITC705031O99XY']])
  })
})
