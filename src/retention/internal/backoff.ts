/** Exponential backoff with full jitter: a random delay in [base/2, min(cap, base * 2^(attempt-1))]. */
export function backoffMs(attempt: number, random: () => number, baseMs = 500, capMs = 60_000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1))
  const floor = Math.min(ceiling, baseMs / 2)
  return Math.round(floor + (ceiling - floor) * random())
}
