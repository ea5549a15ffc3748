/**
 * Webhook delivery as AssemblyAI does it: `POST webhook_url` with `{transcript_id, status}` and the
 * `webhook_auth_header_name: value` header, a per-attempt timeout, up to N attempts a fixed
 * interval apart, and no retry after a 4xx. When audio redaction was asked for, a second
 * notification `{status: "redacted_audio_ready", redacted_audio_url}` follows.
 *
 * @module
 */

export interface WebhookRetry {
  readonly attempts: number
  readonly intervalMs: number
  readonly timeoutMs: number
}

export const DEFAULT_WEBHOOK_RETRY: WebhookRetry = { attempts: 10, intervalMs: 10_000, timeoutMs: 10_000 }

export interface WebhookDelivery {
  readonly url: string
  readonly headerName: string | undefined
  readonly headerValue: string | undefined
  readonly payload: Record<string, unknown>
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>

/** Runs deliveries with timers it owns, so that `close()` stops every pending retry. */
export class WebhookDispatcher {
  readonly #timers = new Set<NodeJS.Timeout>()
  readonly #controllers = new Set<AbortController>()
  readonly #retry: WebhookRetry
  readonly #fetch: FetchLike
  #closed = false

  constructor(retry: WebhookRetry, fetchImpl: FetchLike) {
    this.#retry = retry
    this.#fetch = fetchImpl
  }

  /** Runs `fn` after `delayMs` unless the dispatcher was closed. */
  later(delayMs: number, fn: () => void): void {
    if (this.#closed) return
    const timer = setTimeout(() => {
      this.#timers.delete(timer)
      if (!this.#closed) fn()
    }, Math.max(0, delayMs))
    this.#timers.add(timer)
  }

  /**
   * Delivers with retries; resolves with the last HTTP status (null when no answer came) once
   * delivery succeeded or was given up.
   */
  async deliver(delivery: WebhookDelivery): Promise<number | null> {
    let lastStatus: number | null = null
    for (let attempt = 1; attempt <= this.#retry.attempts && !this.#closed; attempt++) {
      const status = await this.#attempt(delivery)
      if (status !== null) lastStatus = status
      if (status !== null && status >= 200 && status < 300) return status
      if (status !== null && status >= 400 && status < 500) return status
      if (attempt < this.#retry.attempts) await new Promise<void>((resolve) => this.later(this.#retry.intervalMs, resolve))
    }
    return lastStatus
  }

  async #attempt(delivery: WebhookDelivery): Promise<number | null> {
    if (this.#closed) return null
    const controller = new AbortController()
    this.#controllers.add(controller)
    const timer = setTimeout(() => controller.abort(), this.#retry.timeoutMs)
    try {
      const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'voxguard-emulator' }
      if (delivery.headerName !== undefined && delivery.headerValue !== undefined) headers[delivery.headerName] = delivery.headerValue
      const res = await this.#fetch(delivery.url, {
        method: 'POST',
        headers,
        body: JSON.stringify(delivery.payload),
        signal: controller.signal,
        redirect: 'manual',
      })
      await res.body?.cancel().catch(() => undefined)
      return res.status
    } catch {
      return null
    } finally {
      clearTimeout(timer)
      this.#controllers.delete(controller)
    }
  }

  close(): void {
    this.#closed = true
    for (const t of this.#timers) clearTimeout(t)
    this.#timers.clear()
    for (const c of this.#controllers) c.abort()
    this.#controllers.clear()
  }
}
