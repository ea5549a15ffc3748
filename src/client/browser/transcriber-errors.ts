/**
 * Typed errors of the live transcriber: every failure reaches `onError` as a
 * `LiveTranscriberError` whose `kind` says what to do next.
 *
 * @module
 */

export type LiveTranscriberErrorKind =
  /** The gateway refused the app's credentials, or the token/ticket was refused (used, forged, wrong origin). */
  | 'auth_refused'
  /** The token or ticket expired before the socket opened: call start() again. */
  | 'token_expired'
  /** The session reached its maximum duration: call start() again for a new session. */
  | 'session_limit'
  /** Too many requests or sessions: wait (retryAfterSeconds when known). */
  | 'rate_limited'
  /** The microphone is unavailable or permission was denied. */
  | 'microphone'
  /** The connection dropped or could not be made. */
  | 'network'
  /** AssemblyAI (or the gateway's upstream) failed or refused; not the browser's fault. */
  | 'upstream'
  /** A message the protocol does not allow (a bug on one side). */
  | 'protocol'

export class LiveTranscriberError extends Error {
  override readonly name = 'LiveTranscriberError'
  readonly kind: LiveTranscriberErrorKind
  /** WebSocket close code or HTTP status, when there was one. */
  readonly code: number | undefined
  readonly retryAfterSeconds: number | undefined

  constructor(kind: LiveTranscriberErrorKind, message: string, details: { code?: number; retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause })
    this.kind = kind
    this.code = details.code
    this.retryAfterSeconds = details.retryAfterSeconds
  }
}

/** Close codes of AssemblyAI's v3 WebSocket (direct mode) and the gateway's proxy (proxied mode). */
export function errorForClose(code: number, reason: string): LiveTranscriberError | undefined {
  const text = reason || `connection closed (code ${code})`
  if (code === 1000 || code === 1005) return undefined
  if (code === 1008 || code === 4001 || code === 4003) {
    return new LiveTranscriberError(/expired/i.test(reason) ? 'token_expired' : 'auth_refused', text, { code })
  }
  if (code === 3008 || code === 4008) return new LiveTranscriberError('session_limit', text, { code })
  if (code === 3009 || code === 4029) return new LiveTranscriberError('rate_limited', text, { code })
  if (code === 3006 || code === 3007 || code === 4006) return new LiveTranscriberError('protocol', text, { code })
  if (code === 3005 || code === 4500 || code === 4502) return new LiveTranscriberError('upstream', text, { code })
  return new LiveTranscriberError('network', text, { code })
}
