/**
 * Sorts an upstream failure into what the engine does next: done (404), retry later (429, 5xx,
 * timeouts, resets), give up on this transcript (other 4xx), or stop everything (401: the key is
 * wrong, every call would fail).
 *
 * @module
 */
import { UpstreamError } from '../../errors.js'

export type UpstreamFailure =
  | { kind: 'not_found' }
  | { kind: 'retry'; reason: string; retryAfterMs: number | undefined }
  | { kind: 'permanent'; reason: string }
  | { kind: 'fatal'; reason: string; error: unknown }

export function classifyUpstreamFailure(error: unknown): UpstreamFailure {
  if (error instanceof UpstreamError) {
    const status = error.upstreamStatus
    const reason = shorten(`upstream ${status ?? error.code}: ${error.message}`)
    if (status === 404) return { kind: 'not_found' }
    if (status === 401) return { kind: 'fatal', reason, error }
    if (status === 429 || status === 408 || status === undefined || status >= 500 || error.retryable) {
      const retryAfterMs = error.retryAfterSeconds === undefined ? undefined : Math.max(0, error.retryAfterSeconds * 1000)
      return { kind: 'retry', reason, retryAfterMs }
    }
    return { kind: 'permanent', reason }
  }
  // Anything else (a reset connection surfacing as TypeError, an abort) is treated as transient;
  // the attempt budget turns a persistent one into a recorded failure.
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
  return { kind: 'retry', reason: shorten(message), retryAfterMs: undefined }
}

function shorten(text: string): string {
  const line = text.split('\n')[0] ?? ''
  return line.length > 300 ? `${line.slice(0, 297)}...` : line
}
