import { describe, expect, it } from 'vitest'
import { lastBefore, overlapsSpan } from './sorted-positions.js'

describe('sorted positions', () => {
  it('finds the last offset before a limit', () => {
    expect(lastBefore([2, 5, 9], 5)).toBe(2)
    expect(lastBefore([2, 5, 9], 5, true)).toBe(5)
    expect(lastBefore([2, 5, 9], 1)).toBeUndefined()
  })

  it('tells whether a range overlaps one of spans sorted by start', () => {
    const spans = [{ start: 2, end: 4 }, { start: 10, end: 15 }]
    expect(overlapsSpan(spans, 3, 5)).toBe(true)
    expect(overlapsSpan(spans, 14, 20)).toBe(true)
    expect(overlapsSpan(spans, 4, 10)).toBe(false) // touching is not overlapping
    expect(overlapsSpan(spans, 0, 2)).toBe(false)
    expect(overlapsSpan([], 0, 9)).toBe(false)
  })
})
