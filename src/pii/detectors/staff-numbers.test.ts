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

describe("payroll exports and payslips in the Nordic and Dutch languages (blind set GM)", () => {
  it("an employee's number under its column or after its word, three to five digits too", () => {
    expect(found('ansattnr;navn;stilling\n1043;Sigrid Bakke;Lønnskonsulent\n1044;Henrik Aas;Lærling')).toEqual([['account_number', '1043'], ['account_number', '1044']])
    expect(found('employee_no,name,dept\n4411,Jo Bloggs,Sales\n4412,Ann Lee,Ops')).toEqual([['account_number', '4411'], ['account_number', '4412']])
    expect(found('Mvh Magnus\nansattnr. 77120')).toEqual([['account_number', '77120']])
    // ... and a capital and its digits under an employee's id column (blind set GI)
    expect(found('employee_id,name,role\nE10448,Jo Bloggs,Nurse\nE10512,Ann Lee,Case Manager')).toEqual([['account_number', 'E10448'], ['account_number', 'E10512']])
    expect(found('part_no,name,role\nE10448,Widget,Spare')).toEqual([])
    // (a quantity's column is none)
    expect(found('qty,item,price\n4411,Widget,12\n4412,Bolt,3')).toEqual([])
  })

  it("a header in camel case is read as its words, and a national mobile's shape named by an identity scheme is that scheme's", () => {
    expect(found('EmpCode,Surname,IDNumber,BankAcc\nSA1102,Naidoo,8006157888081,62034419817')).toEqual(expect.arrayContaining([['us_social_security_number', '8006157888081'], ['banking_information', '62034419817']]))
    expect(found('CPR-nr: 041298-4706')).toEqual([['us_social_security_number', '041298-4706']])
    expect(found('call me on 0412 984 706')).toEqual([['phone_number', '0412 984 706']])
  })
})

describe("a prison's number for the person it holds (blind set GQ)", () => {
  it('after "inmate", "prisoner", "offender", "detainee"', () => {
    expect(found("And you're posting for inmate 1598827? Caller: That's right.")).toEqual([['account_number', '1598827']])
    expect(found('His prisoner number is A2291FT. I want to book a visit.')).toEqual([['account_number', 'A2291FT']])
    expect(found('offender ID 00482291 was transferred')).toEqual([['account_number', '00482291']])
  })
})

describe("players' and affiliates' accounts, and a turn labelled by a player or a member (blind set HS)", () => {
  const accounts = (text: string): string[] => numbers.scan(text).filter((f) => f.type === 'account_number').map((f) => text.slice(f.start, f.end))

  it("a bookmaker's, a casino's or a game's player, and an operator's affiliate", () => {
    expect(accounts('Card testing alert — player GB-3300918 attempted 14 deposits')).toEqual(['GB-3300918'])
    expect(accounts('batch_date,player_id,beneficiary\n2024-03-20,LH-301774,Ann Lee')).toEqual(['LH-301774'])
    expect(accounts('my player id is 7719304')).toEqual(['7719304'])
    expect(accounts('also your affiliate ID 44817 looks like a VPN')).toEqual(['44817'])
    expect(accounts('Player 2 wins the round, player 23 scored')).toEqual([])
  })

  it('"Player:" and "Member:" label turns in a dialogue, and name no number there', () => {
    expect(accounts('Player: Join code is 4827-1936-5504. Zero build\nPlayer 2: In.')).toEqual([])
    expect(accounts('Member: Join code is 4827-1936-5504.\nAgent: ok')).toEqual([])
    expect(accounts('Player: SR-2270418')).toEqual(['SR-2270418'])
    expect(accounts("Agent: Can I have your employee ID for the payroll deduction? Member: It's 204917. Agent: Thank you.")).toEqual(['204917'])
  })
})

describe("four digits after a code, an account's, member's or staff member's number named right before (blind sets GT, GV, GX, HH, HJ)", () => {
  it('the code joined by a hyphen, the number named', () => {
    expect(found('Employee ID: VH-0982 / Dept: Kennel')).toEqual([['account_number', 'VH-0982']])
    expect(found('Lab account no. VIS-2210 / Contact')).toEqual([['account_number', 'VIS-2210']])
    expect(found('My employee number is HFX-2210 and I need the portal')).toEqual([['account_number', 'HFX-2210']])
    expect(found('Direct deposit for employee C-7712 this month')).toEqual([['account_number', 'C-7712']])
    expect(found('member number GYM-2207')).toEqual([['account_number', 'GYM-2207']])
  })

  it("not another kind's number, nor four digits without a code", () => {
    expect(found('ticket number TK-2207')).toEqual([])
    expect(found('order no. ORD-4471 shipped')).toEqual([])
    expect(found('my employee number is 2207')).toEqual([])
    expect(found('the member number was on form SF-2207, not the card')).toEqual([])
  })
})

describe("an officer's badge, collar or shoulder number (blind set IH)", () => {
  it('named right before, written or said', () => {
    expect(found('Officer: Hi, this is Officer Keisha Brandt, badge 8812, with Phoenix PD.')).toEqual([['account_number', '8812']])
    expect(found('This is Sergeant Paul Okafor, collar number 4471, from the Lewisham custody suite.')).toEqual([['account_number', '4471']])
    expect(found('the officer in the case is pc hollis  shoulder number four four one seven  and the crime reference')).toEqual([['account_number', 'four four one seven']])
    expect(found('Cause under investigation by FM D. Whitfield, badge 311.')).toEqual([['account_number', '311']])
  })

  it('after a rank and the officer\'s name, as forces sign', () => {
    expect(found('Statement of witness — PC Daniel Hughes 2871, Merseyside Police.')).toEqual([['account_number', '2871']])
    expect(found('Sergeant Ruiz here. Statement taken by PO K. Marchetti 6631 at the station.')).toEqual([['account_number', '6631']])
  })

  it('not a PO box, a time, or a penal code section', () => {
    expect(found('post to ACC, PO Box 30823, Lower Hutt 5040')).toEqual([])
    expect(found('Officer Dana Price 1900 hours on scene')).toEqual([])
    expect(found('24-001873,A0419928,PETERS,COLE,PC 459,25000')).not.toContainEqual(['account_number', '25000'])
    expect(found('agent yes corrientes 1800')).toEqual([])
  })
})

describe("a delivery driver's coded badge or number (blind set IJ)", () => {
  it('the code of capitals before the digits, after the badge or the driver', () => {
    expect(found('your delivery driver badge YDL-5527 kept calling me love')).toEqual([['account_number', 'YDL-5527']])
    expect(found('driver DX-4471 threw my parcel over the gate')).toEqual([['account_number', 'DX-4471']])
    expect(found('the driver 2 lap was fast')).toEqual([])
  })
})
