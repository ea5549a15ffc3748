import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe("a person's licence or certificate that is no driving licence (blind sets IT, IO)", () => {
  it('the number right after a firearm, shotgun, hunting or pilot licence, PAL, FAC or BASC', () => {
    expect(found('Customer: my shotgun certificate is NWP/SG/2018/0448, it expires in March')).toEqual([['account_number', 'NWP/SG/2018/0448']])
    expect(found('Note to file - PAL renewal (PAL 1187342.0001)')).toEqual([['account_number', '1187342.0001']])
    expect(found('ok my pal number is  two two six oh one nine four  point oh oh oh one  and im')).toEqual([['account_number', 'two two six oh one nine four  point oh oh oh one']])
    expect(found("My NZ firearms licence is K448172 and I've got the DOC permit")).toEqual([['account_number', 'K448172']])
    expect(found('hunting licence number MB-2409-558312, please resend')).toEqual([['account_number', 'MB-2409-558312']])
    expect(found('ATPL 2241187 and CPL no. UK/FCL/44821 on the crew list')).toEqual([['account_number', '2241187'], ['account_number', 'UK/FCL/44821']])
  })

  it('"certificate number" alone where a firearm or a shotgun was named before', () => {
    expect(found('Officer: Can I see your certificate for the shotgun?\nOfficer: Okay. Certificate number LA/SG/31774, in date.')).toEqual([['account_number', 'LA/SG/31774']])
    // ... not a course's certificate
    expect(found('Certificate number CPD/2024/88341 for the course, issued today')).toEqual([])
  })

  it('not a season, a fee, a year or a friend', () => {
    expect(found('the fishing licence 2024/25 costs 30.60 at the post office')).toEqual([])
    expect(found('my pal is a friend from 2019')).toEqual([])
    expect(found('Form submission - NSW Game Hunting Licence (R-Licence), new application')).toEqual([])
  })

  it("a licence's code of capitals joined by hyphens before its digits is its own", () => {
    expect(found('Ranger: Whole season adult, licence FG-24-1182046. Date of birth?')).toEqual([['drivers_license', 'FG-24-1182046']])
  })
})
