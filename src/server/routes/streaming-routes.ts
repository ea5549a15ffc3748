/**
 * `POST /v1/streaming/ticket`: a one-time ticket for the redacting proxy's WebSocket
 * (`GET /v1/streaming/ws?ticket=...`). Mount AFTER `v1Routes`: its `/v1/*` chain (per-IP limit,
 * CORS, authentication, per-principal limit) then runs first; without it the route fails closed.
 *
 * @module
 */
import { Hono } from 'hono'
import { z } from 'zod'
import { InternalError, RateLimitError } from '../../errors.js'
import type { Policy } from '../../policy/index.js'
import type { TicketStore } from '../../streaming/index.js'
import { resolveTokenRequest, tokenLimits } from '../../tokens/index.js'
import type { AuditRecorder } from '../audit-recorder.js'
import type { GatewayEnv } from '../gateway-env.js'
import { readJsonBody } from '../request-body.js'
import { STREAMING_WS_PATH } from '../streaming-proxy.js'

const TicketRequestSchema = z.strictObject({
  max_session_duration_seconds: z.number().int().optional(),
})

export interface StreamingRoutesDeps {
  readonly tickets: TicketStore
  readonly policy: Policy
  readonly audit: AuditRecorder
  readonly bodyLimitBytes: number
  /** The gateway's public base URL when configured (VOXGUARD_PUBLIC_URL); else the request's own. */
  readonly publicUrl: () => string | undefined
}

export function websocketUrlFor(base: string): string {
  const url = new URL(STREAMING_WS_PATH, base.endsWith('/') ? base : `${base}/`)
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:'
  return url.toString()
}

export function streamingRoutes(deps: StreamingRoutesDeps): Hono<GatewayEnv> {
  const app = new Hono<GatewayEnv>()
  app.post('/v1/streaming/ticket', async (c) => {
    const principal = c.get('principalInfo')
    if (!principal) throw new InternalError('streaming ticket route reached without authentication (mount it after v1Routes)')
    const body = await readJsonBody(c, TicketRequestSchema, deps.bodyLimitBytes, true)
    const { session } = resolveTokenRequest({ max_session_duration_seconds: body.max_session_duration_seconds }, tokenLimits(deps.policy, principal.maxTokenTtlSeconds))
    const issued = deps.tickets.issue({
      principalId: principal.id,
      origins: principal.origins,
      issuedToOrigin: c.req.header('origin'),
      maxSessionSeconds: session,
    })
    if (!issued) throw new RateLimitError(10)
    await deps.audit.record(c, { action: 'streaming.ticket_issued', outcome: 'success', details: { max_session_duration_seconds: session } })
    const base = deps.publicUrl() ?? new URL(c.req.url).origin
    return c.json(
      { ticket: issued.ticket, expires_in_seconds: issued.expiresInSeconds, max_session_duration_seconds: session, websocket_url: websocketUrlFor(base) },
      200,
      { 'cache-control': 'no-store', pragma: 'no-cache' },
    )
  })
  return app
}
