/**
 * Asks the gateway for what a session needs: a temporary AssemblyAI token (direct mode,
 * `POST /v1/streaming/token`) or a one-time ticket for the gateway's own WebSocket (proxied mode,
 * `POST /v1/streaming/ticket`). Only the app's credential (from `getAuth`) is sent; the AssemblyAI
 * key never leaves the gateway.
 *
 * @module
 */
import { LiveTranscriberError } from './transcriber-errors.js'

export interface TokenGrant {
  readonly token: string
  readonly expires_in_seconds: number
  readonly max_session_duration_seconds: number
  readonly websocket_url: string
}

export interface TicketGrant {
  readonly ticket: string
  readonly expires_in_seconds: number
  readonly max_session_duration_seconds: number
  readonly websocket_url: string
}

export type FetchLike = (input: string, init: RequestInit) => Promise<Response>

export async function requestGrant<T extends TokenGrant | TicketGrant>(
  gatewayUrl: string,
  kind: 'token' | 'ticket',
  authorization: string,
  fetchImpl: FetchLike = (input, init) => fetch(input, init),
): Promise<T> {
  const url = `${gatewayUrl.replace(/\/+$/, '')}/v1/streaming/${kind}`
  let response: Response
  try {
    response = await fetchImpl(url, { method: 'POST', headers: { authorization, 'content-type': 'application/json' }, body: '{}', cache: 'no-store', credentials: 'omit' })
  } catch (error) {
    throw new LiveTranscriberError('network', `could not reach the gateway at ${url}`, { cause: error })
  }
  if (!response.ok) {
    const message = await errorMessage(response)
    if (response.status === 401 || response.status === 403) throw new LiveTranscriberError('auth_refused', `the gateway refused the credentials: ${message}`, { code: response.status })
    if (response.status === 429) {
      const retry = Number(response.headers.get('retry-after'))
      throw new LiveTranscriberError('rate_limited', `too many requests: ${message}`, { code: 429, ...(Number.isFinite(retry) && retry > 0 ? { retryAfterSeconds: retry } : {}) })
    }
    if (response.status >= 500) throw new LiveTranscriberError('upstream', `the gateway could not issue a ${kind}: ${message}`, { code: response.status })
    throw new LiveTranscriberError('protocol', `the gateway rejected the ${kind} request: ${message}`, { code: response.status })
  }
  const body = (await response.json()) as Partial<T>
  const secret = kind === 'token' ? (body as Partial<TokenGrant>).token : (body as Partial<TicketGrant>).ticket
  if (typeof secret !== 'string' || typeof body.websocket_url !== 'string') throw new LiveTranscriberError('protocol', `the gateway's ${kind} answer is incomplete`)
  return body as T
}

async function errorMessage(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: { message?: unknown } }
    if (typeof body.error?.message === 'string') return body.error.message
  } catch {
    /* not JSON */
  }
  return `HTTP ${response.status}`
}
