import { createHash, randomBytes } from 'node:crypto'
import type { Principal } from '../auth/index.js'
import type { Policy } from '../policy/index.js'
import type { TranscriptsRepository } from '../store/index.js'
import { buildUpstreamRequest } from './build-upstream-request.js'
import type { TranscriptRequest } from './transcript-request-schema.js'

export const WEBHOOK_SECRET_HEADER = 'X-Voxguard-Webhook-Secret'

export interface SubmitUpstream {
  createTranscript(params: Record<string, unknown>): Promise<{ id: string; status: string }>
}

export interface SubmitDeps {
  upstream: SubmitUpstream
  transcripts: TranscriptsRepository
  policy: Policy
  /** Absolute URL of the gateway's AssemblyAI webhook receiver. */
  webhookUrl: string
  now: () => Date
  random?: (n: number) => Buffer
}

export function hashWebhookSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

const DAY_MS = 86_400_000

/**
 * Submits a transcription under the policy, with a fresh per-transcript webhook secret (only its
 * hash is kept), and records the transcript for its owner with its deletion date.
 */
export async function submitTranscript(deps: SubmitDeps, principal: Principal, request: TranscriptRequest): Promise<{ id: string; status: string; upstreamRequest: Record<string, unknown> }> {
  const secret = (deps.random ?? randomBytes)(32).toString('base64url')
  const upstreamRequest = buildUpstreamRequest(request, deps.policy, { url: deps.webhookUrl, headerName: WEBHOOK_SECRET_HEADER, secret })
  const created = await deps.upstream.createTranscript(upstreamRequest)
  const now = deps.now()
  await deps.transcripts.insert({
    id: created.id,
    owner: principal.id,
    created_at: now.toISOString(),
    delete_after: new Date(now.getTime() + deps.policy.retention.days * DAY_MS).toISOString(),
    status: created.status,
    webhook_secret_hash: hashWebhookSecret(secret),
    policy: JSON.stringify({
      redact_pii: upstreamRequest['redact_pii'] === true,
      redact_pii_policies: upstreamRequest['redact_pii_policies'] ?? [],
      redact_pii_sub: upstreamRequest['redact_pii_sub'] ?? null,
      redact_pii_audio: upstreamRequest['redact_pii_audio'] === true,
      content_safety: upstreamRequest['content_safety'] === true,
      retention_days: deps.policy.retention.days,
    }),
    safety_verdict: null,
    pii_verdict: null,
    updated_at: now.toISOString(),
    deleted_at: null,
  })
  const { webhook_auth_header_value: _secret, ...loggable } = upstreamRequest
  return { id: created.id, status: created.status, upstreamRequest: loggable }
}
