import { describe, expect, it } from 'vitest'
import { scan } from '../index.js'

describe('ticket keys (blind set BJ)', () => {
  it("a ticket's key is no account number unless an account word names it right before", () => {
    const accounts = (text: string): string[] => scan(text).filter((f) => f.type === 'account_number').map((f) => text.slice(f.start, f.end))
    expect(accounts('A duplicate debit on account 1260516. The agent raised dispute INC4210623 and will call back.')).toEqual(['1260516'])
    expect(accounts('@channel the customer in TKT-3889-SM disputed the transfer')).toEqual([])
    expect(accounts('member number SR4455667')).toEqual(['SR4455667'])
  })
})
