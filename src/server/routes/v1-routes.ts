/**
 * The gateway API under /v1: streaming tokens, uploads, transcripts, erasure. Every route runs
 * behind the per-IP limit, CORS, authentication and the per-principal limit, in that order.
 *
 * @module
 */
import { Hono, type Context } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'
import { z } from 'zod'
import type { Principal } from '../../auth/index.js'
import { ForbiddenError, InternalError, NotFoundError, UpstreamError, ValidationError } from '../../errors.js'
import { issueStreamingToken, tokenDigest, tokenLimits } from '../../tokens/index.js'
import { guardUploadStream, presentTranscript, submitTranscript, TranscriptRequestSchema } from '../../transcripts/index.js'
import { isWithdrawn } from '../../store/index.js'
import type { GatewayEnv } from '../gateway-env.js'
import type { GatewayServices } from '../gateway-services.js'
import { authenticateRequest } from '../middleware/authenticate-request.js'
import { apiCors } from '../middleware/cors.js'
import { rateLimitByIp, rateLimitByPrincipal } from '../middleware/rate-limit.js'
import { readJsonBody } from '../request-body.js'

const TokenRequestSchema = z.strictObject({
  expires_in_seconds: z.number().int().optional(),
  max_session_duration_seconds: z.number().int().optional(),
})
const ListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(100).default(20),
  cursor: z.string().max(512).optional(),
})
const ID_PATTERN = /^[A-Za-z0-9_-]{1,128}$/
const NO_STORE = { 'cache-control': 'no-store', pragma: 'no-cache' }

export function clientIpOf(c: Context<GatewayEnv>, trustedProxyHeader: string | undefined): string {
  if (trustedProxyHeader) {
    const forwarded = c.req.header(trustedProxyHeader)?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/**
 * Which origins any active principal may call from, for answering CORS preflights. Rebuilt at most
 * every few seconds instead of reading every client on every browser request; a stale answer only
 * affects the preflight, since each real request is checked against its own principal's allowlist.
 */
function createOriginIndex(clients: GatewayServices['clients'], userOrigins: readonly string[], now: () => Date, ttlMs = 5000) {
  let origins: Set<string> | undefined
  let builtAt = 0
  return async (origin: string): Promise<boolean> => {
    if (userOrigins.includes(origin)) return true
    if (!origins || now().getTime() - builtAt > ttlMs) {
      const active = (await clients.list()).filter((cl) => !cl.revoked_at)
      origins = new Set(active.flatMap((cl) => JSON.parse(cl.origins) as string[]))
      builtAt = now().getTime()
    }
    return origins.has(origin)
  }
}

function principalOf(c: Context<GatewayEnv>): Principal {
  const p = c.get('principalInfo')
  if (!p) throw new InternalError('route reached without a principal')
  return p
}

function transcriptId(c: Context<GatewayEnv>): string {
  const id = c.req.param('id') ?? ''
  // A malformed id cannot exist: answer exactly as for another owner's id.
  if (!ID_PATTERN.test(id)) throw new NotFoundError('no such transcript')
  return id
}

export function v1Routes(s: GatewayServices): Hono<GatewayEnv> {
  const audit = s.audit
  const app = new Hono<GatewayEnv>()
  app.use('/v1/*', rateLimitByIp({ limiters: s.limiters, clientIp: (c) => clientIpOf(c, s.trustedProxyHeader) }))
  app.use('/v1/*', apiCors({ isKnownOrigin: createOriginIndex(s.clients, s.userOrigins, s.now) }))
  app.use('/v1/*', authenticateRequest({ authenticator: s.authenticator, audit }))
  app.use('/v1/*', rateLimitByPrincipal({ limiters: s.limiters }))

  app.post('/v1/streaming/token', async (c) => {
    const principal = principalOf(c)
    const body = await readJsonBody(c, TokenRequestSchema, s.bodyLimitBytes, true)
    const grant = await issueStreamingToken(s.upstream, body, tokenLimits(s.policy, principal.maxTokenTtlSeconds), s.streamingWebsocketUrl)
    await audit.record(c, {
      action: 'token.issued',
      outcome: 'success',
      details: { token_sha256_16: tokenDigest(grant.token), expires_in_seconds: grant.expires_in_seconds, max_session_duration_seconds: grant.max_session_duration_seconds },
    })
    return c.json(grant, 200, NO_STORE)
  })

  app.post('/v1/uploads', async (c) => {
    const upload = await guardUploadStream(c.req.raw.body, s.uploadLimitBytes)
    const result = await s.upstream.uploadFile(upload.stream, { signal: c.req.raw.signal })
    // Retention: who uploaded what when (the URL's hash only), so unused uploads can be accounted for.
    await s.uploads.record({ uploadUrl: result.upload_url, owner: principalOf(c).id, at: s.now().toISOString(), bytes: upload.bytes() })
    await audit.record(c, { action: 'upload.created', outcome: 'success', details: { container: upload.container, bytes: upload.bytes() } })
    return c.json({ upload_url: result.upload_url }, 201, NO_STORE)
  })

  app.post('/v1/transcripts', async (c) => {
    const principal = principalOf(c)
    const body = await readJsonBody(c, TranscriptRequestSchema, s.bodyLimitBytes)
    const created = await submitTranscript(
      { upstream: s.upstream, transcripts: s.transcripts, policy: s.policy, webhookUrl: s.webhookUrl(), now: s.now },
      principal,
      body,
    )
    // Retention: an upload used by a transcript is deleted with it by AssemblyAI.
    await s.uploads.linkToTranscript(body.audio_url, created.id, s.now().toISOString())
    await audit.record(c, {
      action: 'transcript.submitted',
      outcome: 'success',
      target: created.id,
      details: { redact_pii: created.upstreamRequest['redact_pii'] === true, content_safety: created.upstreamRequest['content_safety'] === true },
    })
    return c.json({ id: created.id, status: created.status }, 201, NO_STORE)
  })

  app.get('/v1/transcripts', async (c) => {
    const principal = principalOf(c)
    const query = ListQuerySchema.safeParse(c.req.query())
    if (!query.success) throw new ValidationError(`query: ${query.error.issues[0]?.message ?? 'invalid'}`, { field: String(query.error.issues[0]?.path[0] ?? 'query') })
    const page = await s.transcripts.listOwned(principal.id, query.data.limit, query.data.cursor)
    return c.json(
      {
        transcripts: page.rows.filter((r) => !isWithdrawn(r)).map((r) => ({ id: r.id, status: r.status, created_at: r.created_at, delete_after: r.delete_after })),
        next_cursor: page.nextCursor,
      },
      200,
      NO_STORE,
    )
  })

  app.get('/v1/transcripts/:id', async (c) => {
    const principal = principalOf(c)
    const id = transcriptId(c)
    const row = await s.transcripts.findOwned(id, principal.id)
    if (!row || isWithdrawn(row)) throw new NotFoundError('no such transcript')
    const upstream = await s.upstream.getTranscript(id)
    const presented = presentTranscript(upstream, row, s.policy, s.residualScanner)
    await audit.record(c, {
      action: 'transcript.read',
      outcome: 'success',
      target: id,
      details: { withheld: presented.withheld, residual_pii: presented.residual_pii?.status ?? null, safety: presented.content_safety?.action ?? null },
    })
    return c.json(presented, 200, NO_STORE)
  })

  app.get('/v1/transcripts/:id/redacted-audio', async (c) => {
    const principal = principalOf(c)
    const id = transcriptId(c)
    const row = await s.transcripts.findOwned(id, principal.id)
    if (!row || isWithdrawn(row)) throw new NotFoundError('no such transcript')
    const presigned = await s.upstream.getRedactedAudio(id)
    const audio = await s.fetchAudio(presigned.redacted_audio_url, { redirect: 'error', signal: AbortSignal.timeout(60_000) })
    if (!audio.ok || !audio.body) throw new UpstreamError('the redacted audio could not be fetched', { upstreamStatus: audio.status })
    await audit.record(c, { action: 'transcript.audio_read', outcome: 'success', target: id })
    return new Response(audio.body, {
      status: 200,
      headers: {
        'content-type': audio.headers.get('content-type') ?? 'application/octet-stream',
        'cache-control': 'no-store',
        'content-disposition': `attachment; filename="${id}-redacted"`,
      },
    })
  })

  app.delete('/v1/transcripts/:id', async (c) => {
    const principal = principalOf(c)
    const id = transcriptId(c)
    const row = (await s.transcripts.findOwned(id, principal.id)) ?? (await s.transcripts.findOwned(id, s.eraser.ownerRef(principal.id)))
    if (!row) throw new NotFoundError('no such transcript')
    const receipt = await s.eraser.eraseTranscript(id, { actor: principal.id, reason: 'owner_request' })
    if (receipt.upstream === 'pending_completion') {
      // Accepted and recorded; AssemblyAI is still processing it: erased as soon as it finishes.
      await audit.record(c, { action: 'transcript.erasure_accepted', outcome: 'success', target: id, details: { upstream: receipt.upstream } })
      return c.json(receipt, 202, NO_STORE)
    }
    await audit.record(c, { action: 'transcript.deleted', outcome: 'success', target: id, details: { upstream: receipt.upstream } })
    if (receipt.upstream === 'deleted') await s.emitEvent('transcript.deleted', { transcript_id: id, deleted_at: receipt.deleted_at })
    return c.json(receipt, 200, NO_STORE)
  })

  app.delete('/v1/admin/owners/:owner', async (c) => {
    const principal = principalOf(c)
    if (principal.kind !== 'client' || !s.adminClients.includes(principal.id.slice('client:'.length))) {
      await audit.record(c, { action: 'admin.denied', outcome: 'denied' })
      throw new ForbiddenError('this client may not use admin endpoints (VOXGUARD_ADMIN_CLIENTS)')
    }
    const owner = c.req.param('owner')
    if (!/^(client|user):.{1,256}$/.test(owner)) throw new ValidationError('owner must look like user:<sub> or client:<name>', { field: 'owner' })
    const summary = await s.eraser.eraseOwner(owner, { actor: principal.id, reason: 'gdpr_erasure' })
    await audit.record(c, { action: 'owner.erased', outcome: summary.failed > 0 ? 'failure' : 'success', target: summary.owner_ref, details: { total: summary.total, deleted: summary.deleted, failed: summary.failed } })
    return c.json(summary, summary.failed > 0 ? 502 : 200, NO_STORE)
  })

  return app
}
