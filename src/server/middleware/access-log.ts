import type { MiddlewareHandler } from 'hono'
import { routePath } from 'hono/route'
import type { Logger } from '../../log/create-logger.js'
import type { GatewayMetrics } from '../gateway-metrics.js'
import type { GatewayEnv } from '../gateway-env.js'

/**
 * Logs one line per request (method, route pattern, status, duration, principal, request id) and
 * feeds the HTTP metrics. It logs the path only: query strings may carry tickets.
 */
export const accessLog = (options: { logger: Logger; metrics: GatewayMetrics }): MiddlewareHandler<GatewayEnv> => {
  return async function accessLog(c, next) {
    const started = performance.now()
    const requestId = c.get('requestId')
    // Lines about a request carry its requestId field; no child logger per request (it costs on every call).
    c.set('logger', options.logger)
    await next()
    const seconds = (performance.now() - started) / 1000
    const route = routePath(c) || 'unmatched'
    options.metrics.httpRequests.inc({ method: c.req.method, route, status: String(c.res.status) })
    options.metrics.httpDuration.observe({ method: c.req.method, route }, seconds)
    if (route === '/healthz' || route === '/metrics') return
    options.logger.info(
      { requestId, method: c.req.method, path: c.req.path, status: c.res.status, ms: Math.round(seconds * 10000) / 10, principal: c.get('principal') },
      'request',
    )
  }
}
