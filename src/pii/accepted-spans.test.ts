import { describe, expect, it } from 'vitest'
import { AcceptedSpans } from './accepted-spans.js'

interface S {
  start: number
  end: number
}

/** The first span of `spans` (disjoint) whose end is after pos, by brute force. */
function firstEndingAfter(spans: readonly S[], pos: number): S | undefined {
  return [...spans].sort((a, b) => a.start - b.start).find((s) => s.end > pos)
}

describe('AcceptedSpans', () => {
  it('finds the span covering a position, else the next one, else nothing', () => {
    const spans = new AcceptedSpans<S>([0, 10, 20, 30])
    expect(spans.firstEndingAfter(5)).toBeUndefined()
    spans.add({ start: 20, end: 25 })
    spans.add({ start: 0, end: 4 })
    expect(spans.firstEndingAfter(2)).toEqual({ start: 0, end: 4 })
    expect(spans.firstEndingAfter(4)).toEqual({ start: 20, end: 25 })
    expect(spans.firstEndingAfter(24)).toEqual({ start: 20, end: 25 })
    expect(spans.firstEndingAfter(25)).toBeUndefined()
    expect(spans.inOrder()).toEqual([{ start: 0, end: 4 }, { start: 20, end: 25 }])
  })

  it('refuses a span starting where none was declared, rather than losing it', () => {
    const spans = new AcceptedSpans<S>([3])
    expect(() => spans.add({ start: 4, end: 6 })).toThrow(/not declared/)
  })

  it('answers as a sorted list would, for spans added in any order', () => {
    let seed = 7
    const rand = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed % n
    }
    for (let round = 0; round < 50; round++) {
      const candidates = Array.from({ length: 1 + rand(60) }, () => {
        const start = rand(300)
        return { start, end: start + 1 + rand(15) }
      })
      const spans = new AcceptedSpans<S>(candidates.map((c) => c.start))
      const kept: S[] = []
      for (const c of candidates) {
        const pos = rand(320)
        expect(spans.firstEndingAfter(pos)).toEqual(firstEndingAfter(kept, pos))
        const next = firstEndingAfter(kept, c.start)
        if (next !== undefined && next.start < c.end) continue
        spans.add(c)
        kept.push(c)
      }
      expect(spans.inOrder()).toEqual([...kept].sort((a, b) => a.start - b.start))
    }
  })
})
