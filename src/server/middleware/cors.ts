import type { MiddlewareHandler } from 'hono'
import type { GatewayEnv } from '../gateway-env.js'

/**
 * CORS for the API. A preflight is answered positively only for an origin that some active
 * principal may use (`isKnownOrigin`); the actual request is then checked against the calling
 * principal's own allowlist by `authenticateRequest`. Credentials travel in the Authorization
 * header, never cookies, so `Access-Control-Allow-Credentials` is never sent.
 */
export const apiCors = (options: { isKnownOrigin: (origin: string) => Promise<boolean> }): MiddlewareHandler<GatewayEnv> => {
  return async function apiCors(c, next) {
    const origin = c.req.header('origin')
    const known = origin !== undefined && (await options.isKnownOrigin(origin))
    if (c.req.method === 'OPTIONS') {
      if (!known || !origin) return c.body(null, 403)
      return c.body(null, 204, {
        'access-control-allow-origin': origin,
        'access-control-allow-methods': 'GET, POST, DELETE',
        'access-control-allow-headers': 'authorization, content-type',
        'access-control-max-age': '600',
        vary: 'Origin',
      })
    }
    await next()
    if (known && origin) {
      c.res.headers.set('access-control-allow-origin', origin)
      c.res.headers.set('access-control-expose-headers', 'x-request-id, retry-after')
      c.res.headers.append('vary', 'Origin')
    }
    return undefined
  }
}
