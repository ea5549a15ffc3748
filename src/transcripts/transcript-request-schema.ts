/**
 * What a caller may put in `POST /v1/transcripts`. An allowlist: unknown fields are refused, and
 * fields that would weaken the organisation's policy are refused by name (see
 * `build-upstream-request.ts`), never silently dropped.
 *
 * @module
 */
import { z } from 'zod'

const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' })

export const TranscriptRequestSchema = z.strictObject({
  audio_url: httpUrl,
  speech_models: z.array(z.string().min(1).max(64)).min(1).max(5).optional(),
  language_code: z.string().min(2).max(16).optional(),
  language_detection: z.boolean().optional(),
  punctuate: z.boolean().optional(),
  format_text: z.boolean().optional(),
  disfluencies: z.boolean().optional(),
  filter_profanity: z.boolean().optional(),
  speaker_labels: z.boolean().optional(),
  speakers_expected: z.number().int().min(1).max(10).optional(),
  multichannel: z.boolean().optional(),
  keyterms_prompt: z.array(z.string().min(1).max(100)).max(200).optional(),
  audio_start_from: z.number().int().min(0).optional(),
  audio_end_at: z.number().int().min(0).optional(),
  // Policy-governed: accepted only when they keep or strengthen the policy.
  redact_pii: z.boolean().optional(),
  redact_pii_policies: z.array(z.string()).optional(),
  redact_pii_sub: z.enum(['entity_name', 'hash']).optional(),
  redact_pii_audio: z.boolean().optional(),
  content_safety: z.boolean().optional(),
  // Named so that the refusal can say why; any value is refused.
  redact_pii_return_unredacted: z.unknown().optional(),
  webhook_url: z.unknown().optional(),
  webhook_auth_header_name: z.unknown().optional(),
  webhook_auth_header_value: z.unknown().optional(),
  content_safety_confidence: z.unknown().optional(),
  entity_detection: z.unknown().optional(),
  sentiment_analysis: z.unknown().optional(),
})

export type TranscriptRequest = z.infer<typeof TranscriptRequestSchema>

export const DEFAULT_SPEECH_MODELS = ['universal-3-pro', 'universal-2'] as const
