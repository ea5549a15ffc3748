import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('accounts listed after their kind named once in the plural (blind sets GB, GC, GT)', () => {
  it('two or more values of one shape right after the plural', () => {
    expect(found('SIU note: Policies PI-4471093, PI-4471127 and PI-4471180 all opened from one device')).toEqual([
      ['account_number', 'PI-4471093'], ['account_number', 'PI-4471127'], ['account_number', 'PI-4471180'],
    ])
    expect(found('Hi, I need to renew for my two kids, membership numbers 55201 and 55202.')).toEqual([['account_number', '55201'], ['account_number', '55202']])
    expect(found('customer IDs: 88120473, 88120519')).toEqual([['account_number', '88120473'], ['account_number', '88120519']])
    expect(found('member numbers five five two oh one and five five two oh two')).toEqual([
      ['account_number', 'five five two oh one'], ['account_number', 'five five two oh two'],
    ])
  })

  it('not one value alone, years, values of two shapes, or a list named otherwise', () => {
    expect(found('we closed the accounts 2023 and 2024')).toEqual([])
    expect(found('their accounts: 4471 and 4472')).toEqual([])
    expect(found('policies 55201 the rest pending')).toEqual([])
    expect(found('accounts CX-55201 and 55202')).toEqual([])
    expect(found('claims CL-4471093 and CL-4471127 are open')).toEqual([])
  })
})
