import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('care homes and home-care agencies (blind set GX)', () => {
  it("a carer's or a resident's ID: one capital and a hyphen before five digits, named right before", () => {
    expect(found('Resident ID R-10442 - Allergies: penicillin')).toEqual([['account_number', 'R-10442']])
    expect(found('Right, with your caregiver ID, VA-20417.')).toEqual([['account_number', 'VA-20417']])
    expect(found('member no. C-20417 on the form')).toEqual([['account_number', 'C-20417']])
    // (an order's or a version's code is none)
    expect(found('order no. C-20417 shipped; version ID V-20417')).toEqual([])
  })

  it("a colleague's staff number of five digits after one's own", () => {
    expect(found("Can I swap my Sunday long day? Staff no 20563, hers is 20871. Cheers")).toEqual([
      ['account_number', '20563'],
      ['account_number', '20871'],
    ])
    // (a count after it is no one's number)
    expect(found('Staff no 20563, hers is 12.')).toEqual([['account_number', '20563']])
  })

  it("a number in a table's cell keeps out of the next cell's initial", () => {
    const csv = 'employee_no,name,date,run\n40812,K. Mensah,2024-03-04,R14\n40977,L. Hewitt,2024-03-04,R16'
    expect(createPiiEngine().scan(csv).map((f) => [f.type, csv.slice(f.start, f.end)])).toEqual([
      ['account_number', '40812'],
      ['person_name', 'K. Mensah'],
      ['account_number', '40977'],
      ['person_name', 'L. Hewitt'],
    ])
  })
})

