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

  it('not a count, a total or a number further away', () => {
    expect(found('we have 12000 employees and 55120 staff')).toEqual([])
    expect(found('Payroll total 55120 this month')).toEqual([])
    expect(found('the employee said 55120 was the order')).toEqual([])
  })
})
