/**
 * Authenticates an AssemblyAI webhook. AssemblyAI offers only a static header, so each transcript
 * gets its own random secret; the webhook URL's `ref` names the transcript, and the header must
 * match that transcript's stored hash (constant-time). The body is never trusted beyond naming
 * which event happened: a body about another transcript than the ref's is refused.
 *
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto'
import { z } from 'zod'
import { NotReadyError, ValidationError, WebhookVerificationError } from '../errors.js'
import { PENDING_PREFIX, type TranscriptsRepository, type WebhookTarget } from '../store/index.js'

export type AssemblyAIWebhookEvent = 'completed' | 'error' | 'redacted_audio_ready'

const BodySchema = z.union([
  z.strictObject({ transcript_id: z.string().min(1).max(128), status: z.enum(['completed', 'error']) }),
  z.strictObject({ status: z.literal('redacted_audio_ready'), redacted_audio_url: z.string().max(4096) }),
])

export interface VerifiedWebhook {
  transcript: WebhookTarget
  event: AssemblyAIWebhookEvent
}

export async function verifyAssemblyAIWebhook(
  input: { ref: string | undefined; headerValue: string | undefined; body: unknown },
  transcripts: TranscriptsRepository,
): Promise<VerifiedWebhook> {
  const refused = () => new WebhookVerificationError('webhook authentication failed')
  if (!input.ref || !/^[A-Za-z0-9_-]{16,64}$/.test(input.ref) || !input.headerValue) throw refused()
  const row = await transcripts.findByWebhookRef(input.ref)
  const expected = row?.webhook_secret_hash
  const presented = createHash('sha256').update(input.headerValue).digest()
  // Compare even when there is no row, so timing does not tell a known ref from an unknown one.
  const reference = expected ? Buffer.from(expected, 'hex') : Buffer.alloc(32)
  const matches = timingSafeEqual(presented, reference.length === 32 ? reference : Buffer.alloc(32))
  if (!row || !expected || !matches) throw refused()

  const parsed = BodySchema.safeParse(input.body)
  if (!parsed.success) throw new ValidationError('malformed webhook body')
  const body = parsed.data
  if (row.id.startsWith(PENDING_PREFIX)) throw new NotReadyError('transcript not recorded yet; retry')
  if ('transcript_id' in body) {
    if (body.transcript_id !== row.id) throw refused()
    return { transcript: row, event: body.status }
  }
  return { transcript: row, event: 'redacted_audio_ready' }
}
