import type { MiddlewareHandler } from 'hono'
import type { Authenticator } from '../../auth/index.js'
import { AuthError, ForbiddenError } from '../../errors.js'
import type { GatewayEnv } from '../gateway-env.js'
import type { AuditRecorder } from '../audit-recorder.js'

/**
 * Attributes the request to one principal, or answers 401 (and records the failure). Browser
 * calls (those with an `Origin`) must come from an origin on the principal's allowlist, and a
 * `Sec-Fetch-Site: cross-site` request without an allowed origin is refused.
 */
export const authenticateRequest = (options: { authenticator: Authenticator; audit: AuditRecorder }): MiddlewareHandler<GatewayEnv> => {
  return async function authenticateRequest(c, next) {
    let principal
    try {
      principal = await options.authenticator.authenticate(c.req.header('authorization'))
    } catch (error) {
      if (error instanceof AuthError) await options.audit.record(c, { action: 'auth.failed', outcome: 'denied', principal: 'anonymous' })
      throw error
    }
    c.set('principal', principal.id)
    c.set('principalInfo', principal)
    const origin = c.req.header('origin')
    const site = c.req.header('sec-fetch-site')
    const originAllowed = origin !== undefined && principal.origins.includes(origin)
    if ((origin !== undefined && !originAllowed) || (site === 'cross-site' && !originAllowed)) {
      await options.audit.record(c, { action: 'auth.origin_refused', outcome: 'denied', details: { origin: origin ?? null } })
      throw new ForbiddenError('this origin is not allowed for these credentials')
    }
    await next()
  }
}
