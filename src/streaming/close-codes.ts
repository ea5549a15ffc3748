/**
 * Close codes the proxied WebSocket sends to browsers, and the mapping from AssemblyAI's v3 close
 * codes (1008, 3005-3009) to them. Reasons are short, stable and never carry a secret.
 *
 * @module
 */

export const CLOSE = {
  normal: 1000,
  /** No ticket, or a malformed, unknown, expired or already used one, or a refused origin. */
  unauthorized: 4001,
  /** The browser sent something the v3 protocol does not allow. */
  invalidMessage: 4006,
  /** The session reached the policy's maximum duration. */
  sessionLimit: 4008,
  /** The browser does not read fast enough: the gateway will not buffer without bound. */
  slowConsumer: 4010,
  /** Too many sessions (gateway-wide, or upstream concurrency). */
  tooManySessions: 4029,
  /** AssemblyAI refused the gateway's own credentials or account: an operator problem. */
  upstreamRefused: 4500,
  /** AssemblyAI could not be reached, or dropped the session. */
  upstreamUnavailable: 4502,
  /** The gateway is shutting down. */
  goingAway: 1001,
} as const

export interface CloseFrame {
  readonly code: number
  readonly reason: string
}

/** A close reason fits in 123 bytes of UTF-8. */
export function closeReason(text: string): string {
  let out = text.replace(/[\r\n]+/g, ' ')
  while (Buffer.byteLength(out) > 123) out = out.slice(0, -1)
  return out
}

/** What the browser is told when AssemblyAI closes the upstream session. */
export function mapUpstreamClose(code: number, reason: string): CloseFrame {
  const concurrency = /too many concurrent/i.test(reason)
  switch (code) {
    case 1000:
      return { code: CLOSE.normal, reason: 'Session terminated' }
    case 1008:
    case 3009:
      if (concurrency || code === 3009) return { code: CLOSE.tooManySessions, reason: 'Upstream concurrency limit reached; try again later' }
      return { code: CLOSE.upstreamRefused, reason: 'AssemblyAI refused the gateway (credentials or account); contact the operator' }
    case 3005:
      return { code: CLOSE.upstreamUnavailable, reason: 'Upstream session error; start a new session' }
    case 3006:
      return { code: CLOSE.invalidMessage, reason: closeReason(`Upstream rejected a message: ${reason}`) }
    case 3007:
      return { code: 3007, reason: closeReason(reason || 'Input duration violation') }
    case 3008:
      return { code: CLOSE.sessionLimit, reason: 'Session expired: maximum session duration reached' }
    default:
      return { code: CLOSE.upstreamUnavailable, reason: `Upstream connection lost (code ${code})` }
  }
}
