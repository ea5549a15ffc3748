/**
 * The spans the resolver has accepted so far: disjoint, looked up by position in O(log n) however
 * many there are and in whatever order they arrive (a sorted array with a splice per insert is
 * quadratic: 100,000 findings on one long line took a quarter of a second).
 *
 * A Fenwick tree counts accepted spans over the candidates' start positions, known up front.
 *
 * @module
 */

interface Span {
  readonly start: number
  readonly end: number
}

export class AcceptedSpans<T extends Span> {
  /** Every position a span may start at, ascending and unique. */
  private readonly starts: number[]
  /** Fenwick tree (1-based) of how many accepted spans start at each of `starts`. */
  private readonly tree: Int32Array
  /** The accepted span starting at each of `starts`, if any (disjoint spans start apart). */
  private readonly at: (T | undefined)[]
  private count = 0
  private readonly topBit: number

  /** `possibleStarts`: every start a span added later can have. */
  constructor(possibleStarts: Iterable<number>) {
    this.starts = [...new Set(possibleStarts)].sort((a, b) => a - b)
    this.tree = new Int32Array(this.starts.length + 1)
    this.at = new Array<T | undefined>(this.starts.length)
    let bit = 1
    while (bit * 2 <= this.starts.length) bit *= 2
    this.topBit = bit
  }

  /** The first accepted span (by position) whose end is after `pos`, or undefined. */
  firstEndingAfter(pos: number): T | undefined {
    // spans are disjoint, so the last one starting at or before `pos` is the only one that can
    // cover it; failing that, the first one starting after it
    const k = this.prefix(this.lastIndexAtOrBefore(pos))
    if (k > 0) {
      const before = this.at[this.kth(k)] as T
      if (before.end > pos) return before
    }
    return k < this.count ? this.at[this.kth(k + 1)] : undefined
  }

  /** Accepts `span`, which must overlap none accepted and start at one of the possible starts. */
  add(span: T): void {
    const i = this.indexOf(span.start)
    this.at[i] = span
    this.count++
    for (let j = i + 1; j < this.tree.length; j += j & -j) this.tree[j] = (this.tree[j] as number) + 1
  }

  /** The accepted spans in order of position. */
  inOrder(): T[] {
    return this.at.filter((s): s is T => s !== undefined)
  }

  /** Index in `starts` of the last start <= pos, or -1. */
  private lastIndexAtOrBefore(pos: number): number {
    let lo = 0
    let hi = this.starts.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((this.starts[mid] as number) <= pos) lo = mid + 1
      else hi = mid
    }
    return lo - 1
  }

  private indexOf(start: number): number {
    const i = this.lastIndexAtOrBefore(start)
    if (i < 0 || this.starts[i] !== start) throw new Error(`span start ${start} was not declared`)
    return i
  }

  /** How many accepted spans start at indices 0..i. */
  private prefix(i: number): number {
    let sum = 0
    for (let j = i + 1; j > 0; j -= j & -j) sum += this.tree[j] as number
    return sum
  }

  /** Index in `starts` of the k-th accepted span (1-based k, k <= count). */
  private kth(k: number): number {
    let pos = 0
    let rest = k
    for (let bit = this.topBit; bit > 0; bit >>= 1) {
      const next = pos + bit
      if (next < this.tree.length && (this.tree[next] as number) < rest) {
        pos = next
        rest -= this.tree[next] as number
      }
    }
    return pos
  }
}
