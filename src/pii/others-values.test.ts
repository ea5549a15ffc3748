import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const engine = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe("another person's value said right after one's own (blind set EV)", () => {
  it('is the same kind after "my husband\'s is", "hers is", written or spoken', () => {
    expect(found("So the, uh, the UK passport is 548203917, and my husband's is 561 092 448.")).toEqual([
      ['passport_number', '548203917'],
      ['passport_number', '561 092 448'],
    ])
    expect(found('my uk passport number is five four eight two oh three nine one seven and my wife hers is five six one oh nine two double four eight')).toEqual([
      ['passport_number', 'five four eight two oh three nine one seven'],
      ['passport_number', 'five six one oh nine two double four eight'],
    ])
    expect(found("my number is 415-555-0192 and my wife's is 415-555-0178")).toEqual([
      ['phone_number', '415-555-0192'],
      ['phone_number', '415-555-0178'],
    ])
  })

  it('needs someone\'s possessive right before digits of the same length', () => {
    expect(found("my member number is 44120937 and my husband's is 56109244")).toEqual([
      ['account_number', '44120937'],
      ['account_number', '56109244'],
    ])
    // (of another length: another number)
    expect(found("my member number is 44120937 and my husband's is 5610924")).toEqual([['account_number', '44120937']])
    // (something else of his named between)
    expect(found("my member number is 44120937 and my husband's flight is 56109244")).toEqual([['account_number', '44120937']])
  })
})
