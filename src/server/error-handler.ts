/**
 * The one place errors become responses: `{error: {code, message}}` with the error's status, never a
 * stack trace, never a secret. Unexpected errors are logged (with their stack) and answered as a
 * generic 500.
 *
 * @module
 */
import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { InternalError, isVoxguardError, PayloadTooLargeError, RateLimitError, ValidationError, type VoxguardError } from '../errors.js'
import type { GatewayEnv } from './gateway-env.js'

export function toVoxguardError(error: unknown): VoxguardError {
  if (isVoxguardError(error)) return error
  if (error instanceof HTTPException) {
    if (error.status === 413) return new PayloadTooLargeError('request body too large')
    if (error.status === 400) return new ValidationError('malformed request')
  }
  return new InternalError('internal error', { cause: error })
}

export function handleError(error: unknown, c: Context<GatewayEnv>): Response {
  const vg = toVoxguardError(error)
  const log = c.get('logger')
  if (vg.status >= 500) {
    log?.error({ err: vg.cause ?? vg, code: vg.code, requestId: c.get('requestId'), ...vg.logContext }, 'request failed')
  }
  const headers: Record<string, string> = { 'cache-control': 'no-store' }
  if (vg instanceof RateLimitError) headers['retry-after'] = String(vg.retryAfterSeconds)
  // A body refused before it was read (RFC 9110 15.5.14): the connection is closed rather than
  // drained, so the client must not send its next request on it.
  if (vg instanceof PayloadTooLargeError) headers['connection'] = 'close'
  return c.json(vg.toJSON(), vg.status, headers)
}
