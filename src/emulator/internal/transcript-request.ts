/**
 * The validated body of `POST /v2/transcript`: the spec's `TranscriptParams` plus the fields the
 * current API accepts beyond the spec snapshot.
 *
 * @module
 */
import type { components } from '../../upstream/assemblyai.generated.js'
import { HttpFailure } from './http-kit.js'
import type { SpecCheck } from './spec-validator.js'

export type TranscriptRequest = components['schemas']['TranscriptOptionalParams'] & {
  audio_url: string
  redact_pii_return_unredacted?: boolean
  domain?: string | null
}

/** Schema check, then the cross-field rules AssemblyAI enforces. Throws a 400 HttpFailure. */
export function validateTranscriptRequest(body: Record<string, unknown>, check: SpecCheck): TranscriptRequest {
  const problem = check(body)
  if (problem !== undefined) throw new HttpFailure(400, problem)
  const req = body as TranscriptRequest
  if (req.redact_pii_return_unredacted === true && req.redact_pii !== true) {
    throw new HttpFailure(400, '`redact_pii_return_unredacted` can only be set to True if `redact_pii` is True')
  }
  if (req.speech_models.length === 0 || req.speech_models.some((m) => m.trim() === '')) {
    throw new HttpFailure(400, 'speech_models must list at least one speech model')
  }
  if (req.speakers_expected != null && req.speaker_options !== undefined) {
    throw new HttpFailure(400, 'Both speaker_options and speakers_expected can not be used in the same request.')
  }
  const hasName = req.webhook_auth_header_name != null
  const hasValue = req.webhook_auth_header_value != null
  if (hasName !== hasValue) {
    throw new HttpFailure(400, 'webhook_auth_header_name and webhook_auth_header_value must be set together')
  }
  if (hasName && !/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(req.webhook_auth_header_name ?? '')) {
    throw new HttpFailure(400, 'webhook_auth_header_name is not a valid HTTP header name')
  }
  return req
}
