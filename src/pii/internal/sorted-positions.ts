/**
 * Look-ups in ascending lists of text offsets (where names end, where card words start): a binary
 * search, so a text with many of each stays linear.
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
