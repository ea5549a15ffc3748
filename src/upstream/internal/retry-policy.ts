/**
 * When and how long to wait before retrying an idempotent AssemblyAI call: exponential backoff with
 * full jitter, never shorter than the server's `Retry-After`.
 *
 * @module
 */

/** Statuses worth retrying (for GET and DELETE only). */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([408, 429, 500, 502, 503, 504])

export interface BackoffOptions {
  readonly baseDelayMs: number
  readonly maxDelayMs: number
}

/** Full jitter: uniform in [0, min(max, base * 2^attempt)). `attempt` counts from 0. */
export function backoffDelayMs(attempt: number, options: BackoffOptions, random: () => number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt)
  return Math.floor(random() * ceiling)
}

/**
 * `Retry-After` as whole seconds: delta-seconds or an HTTP date (relative to `nowMs`). Undefined
 * when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined
  const text = value.trim()
  if (/^\d{1,10}$/.test(text)) return Number(text)
  const date = Date.parse(text)
  if (Number.isNaN(date)) return undefined
  return Math.max(0, Math.ceil((date - nowMs) / 1000))
}
