import { createHash, randomBytes } from 'node:crypto'
import type { Principal } from '../auth/index.js'
import type { Policy } from '../policy/index.js'
import { PENDING_PREFIX, type TranscriptsRepository } from '../store/index.js'
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
 * Submits a transcription under the policy. The transcript is recorded (as pending) before the
 * upstream call, with a random webhook `ref` and the hash of a fresh per-transcript webhook secret,
 * so that a webhook arriving before the call returns is still recognised; a failed call removes
 * the record again.
 */
export async function submitTranscript(
  deps: SubmitDeps,
  principal: Principal,
  request: TranscriptRequest,
): Promise<{ id: string; status: string; upstreamRequest: Record<string, unknown> }> {
  const random = deps.random ?? randomBytes
  const secret = random(32).toString('base64url')
  const ref = random(16).toString('base64url')
  const url = new URL(deps.webhookUrl)
  url.searchParams.set('ref', ref)
  const upstreamRequest = buildUpstreamRequest(request, deps.policy, { url: url.toString(), headerName: WEBHOOK_SECRET_HEADER, secret })
  const now = deps.now()
  const pendingId = `${PENDING_PREFIX}${ref}`
  await deps.transcripts.insert({
    id: pendingId,
    owner: principal.id,
    created_at: now.toISOString(),
    delete_after: new Date(now.getTime() + deps.policy.retention.days * DAY_MS).toISOString(),
    status: 'submitting',
    webhook_secret_hash: hashWebhookSecret(secret),
    webhook_ref: ref,
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
  let created: { id: string; status: string }
  try {
    created = await deps.upstream.createTranscript(upstreamRequest)
  } catch (error) {
    await deps.transcripts.remove(pendingId)
    throw error
  }
  await deps.transcripts.assignId(pendingId, created.id, { status: created.status, updated_at: deps.now().toISOString() })
  const { webhook_auth_header_value: _secret, ...loggable } = upstreamRequest
  return { id: created.id, status: created.status, upstreamRequest: loggable }
}
