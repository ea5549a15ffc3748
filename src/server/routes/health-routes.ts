import { Hono } from 'hono'
import type { Store } from '../../store/index.js'
import type { GatewayEnv } from '../gateway-env.js'
import type { GatewayMetrics } from '../gateway-metrics.js'

export function healthRoutes(deps: { store: Store; metrics: GatewayMetrics }): Hono<GatewayEnv> {
  const app = new Hono<GatewayEnv>()
  app.get('/healthz', (c) => c.json({ status: 'ok' }))
  app.get('/readyz', async (c) => {
    try {
      await deps.store.ping()
      return c.json({ status: 'ready', database: 'ok' })
    } catch {
      return c.json({ status: 'not_ready', database: 'unreachable' }, 503)
    }
  })
  app.get('/metrics', async (c) => {
    c.header('content-type', deps.metrics.registry.contentType)
    return c.body(await deps.metrics.registry.metrics())
  })
  return app
}
