import { describe, expect, it } from 'vitest'
import { TakenMask } from './taken-mask.js'

describe('TakenMask', () => {
  it('says whether a span overlaps one taken before, half-open at both ends', () => {
    const taken = new TakenMask(20)
    expect(taken.overlaps(0, 20)).toBe(false)
    taken.add(5, 10)
    expect([taken.overlaps(0, 5), taken.overlaps(10, 12), taken.overlaps(4, 6), taken.overlaps(9, 15), taken.overlaps(6, 7)]).toEqual([false, false, true, true, true])
    // (spans past the text's ends are clipped)
    taken.add(18, 30)
    expect([taken.overlaps(19, 40), taken.overlaps(-5, 1)]).toEqual([true, false])
  })
})
