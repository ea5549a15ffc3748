import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('an employee\'s five-digit number right after its name (blind sets FN, FO)', () => {
  it('with or without its owner', () => {
    expect(found('Password reset request: EMP ID 55120, identity verified via callback.')).toEqual([['account_number', '55120']])
    expect(found('Staff ID: 10877')).toEqual([['account_number', '10877']])
    expect(found('Agent (emp. no. 10382) completed the checks')).toEqual([['account_number', '10382']])
    expect(found('The bank rejected the credit for employee 76320 yesterday')).toEqual([['account_number', '76320']])
    expect(found('the payroll number is 44120')).toEqual([['account_number', '44120']])
  })

  it("with the scheme's letter before the digits, written or said (blind sets FR, FS, FT)", () => {
    expect(found('Payroll: employee number E-20934, tax class 1.')).toEqual([['account_number', 'E-20934']])
    expect(found('speaker b  my employee id is e two oh four one seven  i think')).toEqual([['account_number', 'e two oh four one seven']])
    expect(found('Can you confirm your employee number? E three oh nine eight one.')).toEqual([['account_number', 'E three oh nine eight one']])
  })

  it('not a count, a total or a number further away', () => {
    expect(found('staff in room B 30981 said so')).toEqual([])
    expect(found('we have 12000 employees and 55120 staff')).toEqual([])
    expect(found('Payroll total 55120 this month')).toEqual([])
    expect(found('the employee said 55120 was the order')).toEqual([])
  })
})
