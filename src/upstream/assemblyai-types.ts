/**
 * The AssemblyAI wire types the client speaks, taken from the generated spec types, plus the fields
 * the live API has beyond the spec snapshot (see shared/reference/assemblyai-api.md, "post-snapshot").
 *
 * @module
 */
import type { components } from './assemblyai.generated.js'

type Schemas = components['schemas']

/** `POST /v2/transcript` body. */
export type TranscriptCreateParams = Schemas['TranscriptParams'] & {
  redact_pii_return_unredacted?: boolean
  domain?: string | null
}

/** `GET /v2/transcript/{id}` (and POST/DELETE) answer. */
export type Transcript = Schemas['Transcript'] & {
  redact_pii_return_unredacted?: boolean
  unredacted_text?: string | null
  unredacted_words?: Schemas['TranscriptWord'][] | null
  unredacted_utterances?: Schemas['TranscriptUtterance'][] | null
}

export type TranscriptStatus = Schemas['TranscriptStatus']
export type TranscriptList = Schemas['TranscriptList']
export type TranscriptListItem = Schemas['TranscriptListItem']
export type ListTranscriptParams = Schemas['ListTranscriptParams']
export type RedactedAudioResponse = Schemas['RedactedAudioResponse']
export type UploadedFile = Schemas['UploadedFile']
export type TranscriptWebhookNotification = Schemas['TranscriptWebhookNotification']

export interface StreamingTokenParams {
  /** 1..600 */
  expires_in_seconds: number
  /** 60..10800 (AssemblyAI's default: 10800) */
  max_session_duration_seconds?: number
}

export interface StreamingToken {
  token: string
  expires_in_seconds: number
}
