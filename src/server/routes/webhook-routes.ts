/**
 * `POST /webhooks/assemblyai`: authenticates the delivery (per-transcript secret), queues the work
 * durably, and answers at once (AssemblyAI waits 10 s at most). 401 for a missing or wrong secret
 * (AssemblyAI does not retry a 4xx, so forgeries are not retried either), 400 for a malformed body,
 * 413 over the size limit, 5xx only for our own failures (so AssemblyAI retries).
 *
 * @module
 */
import { Hono } from 'hono'
import { ForbiddenError, WebhookVerificationError } from '../../errors.js'
import type { TranscriptsRepository, WebhookDeliveriesRepository } from '../../store/index.js'
import { WEBHOOK_SECRET_HEADER } from '../../transcripts/index.js'
import { verifyAssemblyAIWebhook } from '../../webhooks/index.js'
import type { AuditRecorder } from '../audit-recorder.js'
import type { GatewayEnv } from '../gateway-env.js'
import { readBodyCapped } from '../request-body.js'
import { clientIpOf } from './v1-routes.js'

/** AssemblyAI's published webhook source addresses (US, EU). */
export const ASSEMBLYAI_WEBHOOK_IPS = ['44.238.19.20', '54.220.25.36'] as const
export const WEBHOOK_BODY_LIMIT_BYTES = 16 * 1024

export interface WebhookRouteDeps {
  transcripts: TranscriptsRepository
  deliveries: WebhookDeliveriesRepository
  audit: AuditRecorder
  now: () => Date
  /** Wakes the queue worker. */
  kick: () => void
  ipAllowlist: readonly string[] | undefined
  trustedProxyHeader: string | undefined
  onReceived?: (outcome: 'queued' | 'duplicate' | 'rejected') => void
}

export function webhookRoutes(d: WebhookRouteDeps): Hono<GatewayEnv> {
  const app = new Hono<GatewayEnv>()
  app.post('/webhooks/assemblyai', async (c) => {
    if (d.ipAllowlist && !d.ipAllowlist.includes(clientIpOf(c, d.trustedProxyHeader))) {
      d.onReceived?.('rejected')
      throw new ForbiddenError('source address not allowed')
    }
    const raw = await readBodyCapped(c.req.raw, WEBHOOK_BODY_LIMIT_BYTES)
    let body: unknown
    try {
      body = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw))
    } catch {
      body = undefined
    }
    let verified
    try {
      verified = await verifyAssemblyAIWebhook({ ref: c.req.query('ref'), headerValue: c.req.header(WEBHOOK_SECRET_HEADER), body }, d.transcripts)
    } catch (error) {
      if (error instanceof WebhookVerificationError) {
        d.onReceived?.('rejected')
        await d.audit.record(c, { action: 'webhook.rejected', outcome: 'denied', principal: 'assemblyai-webhook' })
      }
      throw error
    }
    const fresh = await d.deliveries.enqueue(verified.transcript.id, verified.event, d.now().toISOString())
    d.onReceived?.(fresh ? 'queued' : 'duplicate')
    if (fresh) d.kick()
    return c.json({ received: true, duplicate: !fresh })
  })
  return app
}
