/**
 * Look-ups in ascending lists of text offsets (where names end, where card words start) and in
 * findings sorted by start without overlaps: a binary search, so a text with many of each stays linear.
 *
 * @module
 */

/** The largest value in the ascending `sorted` that is below `limit` (`inclusive`: at most `limit`), or undefined. */
export function lastBefore(sorted: readonly number[], limit: number, inclusive = false): number | undefined {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const v = sorted[mid] as number
    if (v < limit || (inclusive && v === limit)) lo = mid + 1
    else hi = mid
  }
  return lo === 0 ? undefined : sorted[lo - 1]
}

/** The index of the first of `spans` (sorted by start, none overlapping) that ends after `pos`; `spans.length` when none does. */
export function firstEndingAfter(spans: readonly { end: number }[], pos: number): number {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((spans[mid] as { end: number }).end <= pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Some span of `spans` (sorted by start, none overlapping, as the resolver returns them) overlaps [start, end). */
export function overlapsSpan(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  const next = spans[firstEndingAfter(spans, start)]
  return next !== undefined && next.start < end
}

/** The spans of `spans` (sorted by start, none overlapping) that overlap [start, end), in order. */
export function overlappingSpans<T extends { start: number; end: number }>(spans: readonly T[], start: number, end: number): T[] {
  const out: T[] = []
  for (let k = firstEndingAfter(spans, start); k < spans.length && (spans[k] as T).start < end; k++) out.push(spans[k] as T)
  return out
}
