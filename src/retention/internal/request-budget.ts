/**
 * The engine's share of the account's rate limit: requests are spaced evenly so that no window of
 * `windowMs` sees more than `requestsPerWindow` of them, and a `Retry-After` pauses everyone.
 * Time and sleeping are injected. (rate-limiter-flexible's queue cannot take an injected clock or
 * a global pause, hence this small scheduler.)
 *
 * @module
 */
export interface RequestBudget {
  /** Resolves when the caller may send one request. */
  acquire(): Promise<void>
  /** Nobody sends before `now + ms` (a 429's Retry-After). */
  pause(ms: number): void
  /** Requests granted so far. */
  granted(): number
}

export function createRequestBudget(options: {
  requestsPerWindow: number
  windowMs: number
  now: () => number
  sleep: (ms: number) => Promise<void>
}): RequestBudget {
  const interval = options.windowMs / options.requestsPerWindow
  let nextSlot = 0
  let pausedUntil = 0
  let count = 0
  return {
    async acquire() {
      for (;;) {
        const now = options.now()
        const slot = Math.max(now, nextSlot, pausedUntil)
        nextSlot = slot + interval
        if (slot > now) await options.sleep(slot - now)
        // A pause that began while we slept moves us behind it.
        if (options.now() + 1 < pausedUntil) continue
        count++
        return
      }
    },
    pause(ms) {
      pausedUntil = Math.max(pausedUntil, options.now() + ms)
    },
    granted: () => count,
  }
}
