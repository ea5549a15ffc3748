import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'

const engine = createPiiEngine({ nameDetector: null })
const handles = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'username').map((f) => text.slice(f.start, f.end))

describe('handles of words joined by underscores, where accounts or users are spoken of', () => {
  it('takes them after words of accounts, sellers, buyers, users', () => {
    expect(handles('Linked accounts by device: harbour_finds2, mk_medals.')).toEqual(['harbour_finds2', 'mk_medals'])
    expect(handles('Speaker A: The two accounts bidding it up are lakeside_lad and quarry_coins.')).toEqual(['lakeside_lad', 'quarry_coins'])
    expect(handles('Agent: Your account, brass_and_bells, is still active.')).toEqual(['brass_and_bells'])
    expect(handles("so my account on depop is velvet_attic_uk and it won't load")).toEqual(['velvet_attic_uk'])
    expect(handles('Refund flagged: seller @moor_vintage shipped a replica.')).toEqual(['@moor_vintage'])
  })

  it("not a program's fields, events, states or ids, nor words no account is spoken of near", () => {
    expect(handles('account event login_failed at 09:14, then password_reset')).toEqual([])
    expect(handles('account status PENDING_REVIEW since Monday')).toEqual([])
    expect(handles('account lookup by request id req_7f2c1a9e failed')).toEqual([])
    expect(handles('account fields: payee_name, sort_code, gross_mth')).toEqual([])
    expect(handles('user_id,display_name,joined\n4471,Sam,2023')).toEqual([])
    expect(handles('the shop window_display was lovely')).toEqual([])
    expect(handles('account config: retry_policy = exponential_backoff')).toEqual([])
    expect(handles('She bought it at the harbour_finds stall')).toEqual([])
  })
})
