import { describe, expect, it } from 'vitest'
import { createPiiEngine, scan } from '../index.js'

describe('ticket keys (blind set BJ)', () => {
  it("a ticket's key is no account number unless an account word names it right before", () => {
    const accounts = (text: string): string[] => scan(text).filter((f) => f.type === 'account_number').map((f) => text.slice(f.start, f.end))
    expect(accounts('A duplicate debit on account 1260516. The agent raised dispute INC4210623 and will call back.')).toEqual(['1260516'])
    expect(accounts('@channel the customer in TKT-3889-SM disputed the transfer')).toEqual([])
    expect(accounts('member number SR4455667')).toEqual(['SR4455667'])
  })
})

describe('short codes and coded prefixes of accounts (session 41)', () => {
  const engine = createPiiEngine({ nameDetector: null })
  const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

  it('a loyalty number of capitals and digits in any order, named right before', () => {
    expect(found('my AAdvantage number is NJN97ZU')).toEqual([['account_number', 'NJN97ZU']])
    expect(found('member number 7HX2941 please')).toEqual([['account_number', '7HX2941']])
  })

  it('not unnamed, named as something else, or letters and a year', () => {
    expect(found('the booking reference is X7YZ12')).toEqual([])
    expect(found('member ID is NJN97ZU, and the confirmation code is 7HX2941')).toEqual([['account_number', 'NJN97ZU']])
    expect(found('see policy number HR2024 for the rules')).toEqual([])
  })

  it('a renters policy\'s form code before its digits', () => {
    expect(found('renters policy HO4-6922110')).toEqual([['account_number', 'HO4-6922110']])
  })

  it("a Medicaid ID's closing letter read out, even when it is an a", () => {
    expect(found('my medicaid id is nine one eight two seven three six four a')).toEqual([['healthcare_number', 'nine one eight two seven three six four a']])
    expect(found('Medicaid ID 91827364 a.')).toEqual([['healthcare_number', '91827364 a']])
    expect(found('my account number is 22819 i think')).toEqual([['account_number', '22819']])
  })

  it("a Tricare beneficiary's DoD ID", () => {
    expect(found('his DoD ID number is 1234567890')).toEqual([['healthcare_number', '1234567890']])
  })
})


describe("a platform's prefixed id of a customer, a user or an account (blind set HZ)", () => {
  const engine = createPiiEngine({ nameDetector: null })
  const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])
  it('is an account wherever it is written, with a digit inside', () => {
    expect(found('[ctx] customer=cus_Pq83LwZ1mTa0Ve failed')).toEqual([['account_number', 'cus_Pq83LwZ1mTa0Ve']])
    expect(found('can you look at acct_3318920 today?')).toEqual([['account_number', 'acct_3318920']])
    // (a record's key is none)
    expect(found('acct_holder and user_name2 and user_settings_v2')).toEqual([])
  })
})
