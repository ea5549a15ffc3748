/**
 * Delivers queued events to the application's webhook URL, signed per Standard Webhooks, retrying
 * with exponential backoff until a 2xx, and giving up (with a callback for the audit trail) once an
 * event is older than `giveUpAfterMs`.
 *
 * @module
 */
import type { OutboundEvent, OutboundEventsRepository } from '../store/index.js'
import { standardWebhookHeaders } from './standard-webhooks.js'

export interface DispatchDeps {
  events: OutboundEventsRepository
  url: string
  secrets: readonly string[]
  fetch: typeof fetch
  now: () => Date
  giveUpAfterMs: number
  timeoutMs?: number
  onGiveUp?: (event: OutboundEvent, lastStatus: number | null) => Promise<void>
}

export function backoffMs(attempt: number): number {
  return Math.min(5_000 * 2 ** Math.max(0, attempt - 1), 3_600_000)
}

export async function dispatchOutboundEvent(deps: DispatchDeps, event: OutboundEvent): Promise<void> {
  const now = deps.now()
  const headers = standardWebhookHeaders(deps.secrets, event.id, Math.floor(now.getTime() / 1000), event.payload)
  let status: number | null = null
  try {
    const response = await deps.fetch(deps.url, {
      method: 'POST',
      headers,
      body: event.payload,
      redirect: 'manual',
      signal: AbortSignal.timeout(deps.timeoutMs ?? 10_000),
    })
    status = response.status
    await response.body?.cancel()
  } catch {
    status = null
  }
  if (status !== null && status >= 200 && status < 300) {
    await deps.events.delivered(event.id, status, deps.now().toISOString())
    return
  }
  const age = now.getTime() - Date.parse(event.created_at)
  if (age >= deps.giveUpAfterMs) {
    await deps.events.giveUp(event.id, status)
    await deps.onGiveUp?.(event, status)
    return
  }
  await deps.events.retryLater(event.id, status, new Date(now.getTime() + backoffMs(event.attempts)).toISOString())
}
