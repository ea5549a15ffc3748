/**
 * Builds the gateway's Hono app from injected capabilities. The app is a Web-standard
 * `fetch(Request) => Response` handler: the standalone server, tests and embedders all use it.
 *
 * @module
 */
import { Hono } from 'hono'
import { requestId } from 'hono/request-id'
import { secureHeaders } from 'hono/secure-headers'
import { NotFoundError } from '../errors.js'
import type { Logger } from '../log/create-logger.js'
import type { Store } from '../store/index.js'
import { handleError } from './error-handler.js'
import type { GatewayEnv } from './gateway-env.js'
import type { GatewayMetrics } from './gateway-metrics.js'
import { accessLog } from './middleware/access-log.js'
import type { InflightRequests } from './middleware/inflight-requests.js'
import { healthRoutes } from './routes/health-routes.js'

export interface AppDeps {
  readonly store: Store
  readonly logger: Logger
  readonly metrics: GatewayMetrics
  /** Route groups added by capabilities (tokens, transcripts, webhooks ...), mounted at the root. */
  readonly routes?: readonly Hono<GatewayEnv>[]
  /** Counts requests in progress (see InflightRequests). */
  readonly inflight?: InflightRequests
}

export function createApp(deps: AppDeps): Hono<GatewayEnv> {
  const app = new Hono<GatewayEnv>()
  if (deps.inflight) app.use(deps.inflight.middleware)
  app.use(requestId({ limitLength: 64 }))
  app.use(accessLog({ logger: deps.logger, metrics: deps.metrics }))
  app.use(
    secureHeaders({
      strictTransportSecurity: 'max-age=63072000; includeSubDomains',
      xFrameOptions: 'DENY',
      referrerPolicy: 'no-referrer',
      crossOriginResourcePolicy: 'same-origin',
    }),
  )
  app.route('/', healthRoutes({ store: deps.store, metrics: deps.metrics }))
  for (const routes of deps.routes ?? []) app.route('/', routes)
  app.notFound((c) => handleError(new NotFoundError('no such route'), c))
  app.onError(handleError)
  return app
}
