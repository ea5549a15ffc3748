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

/** Some span of `spans` (sorted by start, none overlapping, as the resolver returns them) overlaps [start, end). */
export function overlapsSpan(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  // the first span that ends after `start`
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((spans[mid] as { end: number }).end <= start) lo = mid + 1
    else hi = mid
  }
  const next = spans[lo]
  return next !== undefined && next.start < end
}

/** The spans of `spans` (sorted by start, none overlapping) that overlap [start, end), in order. */
export function overlappingSpans<T extends { start: number; end: number }>(spans: readonly T[], start: number, end: number): T[] {
  let lo = 0
  let hi = spans.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((spans[mid] as T).end <= start) lo = mid + 1
    else hi = mid
  }
  const out: T[] = []
  for (let k = lo; k < spans.length && (spans[k] as T).start < end; k++) out.push(spans[k] as T)
  return out
}
