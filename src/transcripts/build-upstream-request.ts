import { PolicyViolationError, ValidationError } from '../errors.js'
import type { Policy } from '../policy/index.js'
import { isPiiPolicy } from '../upstream/index.js'
import { DEFAULT_SPEECH_MODELS, type TranscriptRequest } from './transcript-request-schema.js'

export interface WebhookTarget {
  url: string
  headerName: string
  /** This transcript's own secret (only its hash is stored). */
  secret: string
}

/** Fields a caller can never set, with the reason given back. */
const REFUSED: Record<string, string> = {
  redact_pii_return_unredacted: 'returns unredacted text; the gateway never requests it',
  webhook_url: 'webhooks are the gateway\'s own (it verifies them and notifies your app)',
  webhook_auth_header_name: 'webhooks are the gateway\'s own',
  webhook_auth_header_value: 'webhooks are the gateway\'s own',
  content_safety_confidence: 'is set by the policy (content_safety.confidence)',
  entity_detection: 'returns raw PII in `entities`, which the gateway never passes through',
  sentiment_analysis: 'returns unredacted sentence text, which the gateway never passes through',
}

/**
 * The upstream `POST /v2/transcript` body: the caller's options under the policy. Every request
 * carries the policy's redaction and content-safety settings; a caller may add PII policies but
 * may weaken nothing.
 */
export function buildUpstreamRequest(request: TranscriptRequest, policy: Policy, webhook: WebhookTarget): Record<string, unknown> {
  for (const [field, reason] of Object.entries(REFUSED)) {
    if (request[field as keyof TranscriptRequest] !== undefined) throw new PolicyViolationError(`${field} is not allowed: it ${reason}`, { field })
  }
  const mandatesRedaction = policy.pii.redact
  if (mandatesRedaction && request.redact_pii === false) {
    throw new PolicyViolationError('redact_pii: false is not allowed: the policy requires PII redaction', { field: 'redact_pii' })
  }
  if (mandatesRedaction && request.redact_pii_sub !== undefined && request.redact_pii_sub !== policy.pii.substitution) {
    throw new PolicyViolationError(`redact_pii_sub must be "${policy.pii.substitution}" (the policy's substitution)`, { field: 'redact_pii_sub' })
  }
  if (policy.pii.audio && request.redact_pii_audio === false) {
    throw new PolicyViolationError('redact_pii_audio: false is not allowed: the policy requires audio redaction', { field: 'redact_pii_audio' })
  }
  if (policy.content_safety.enabled && request.content_safety === false) {
    throw new PolicyViolationError('content_safety: false is not allowed: the policy requires content safety', { field: 'content_safety' })
  }
  const extraPolicies = request.redact_pii_policies ?? []
  const unknown = extraPolicies.filter((p) => !isPiiPolicy(p))
  if (unknown.length > 0) {
    throw new ValidationError(`redact_pii_policies: unknown PII policy ${unknown.map((u) => `"${u}"`).join(', ')}`, { field: 'redact_pii_policies' })
  }
  if (request.audio_start_from !== undefined && request.audio_end_at !== undefined && request.audio_end_at <= request.audio_start_from) {
    throw new ValidationError('audio_end_at must be after audio_start_from', { field: 'audio_end_at' })
  }

  const { redact_pii: _r, redact_pii_policies: _p, redact_pii_sub: _s, redact_pii_audio: wantsAudio, content_safety: wantsSafety, ...options } = request
  const redact = mandatesRedaction || request.redact_pii === true
  const policies = [...new Set([...policy.piiPolicies, ...extraPolicies])].sort()
  if (redact && policies.length === 0) {
    throw new ValidationError('redact_pii_policies: name at least one policy (AssemblyAI redacts nothing without one)', { field: 'redact_pii_policies' })
  }
  const body: Record<string, unknown> = {
    ...dropUndefined(options),
    speech_models: request.speech_models ?? [...DEFAULT_SPEECH_MODELS],
    webhook_url: webhook.url,
    webhook_auth_header_name: webhook.headerName,
    webhook_auth_header_value: webhook.secret,
  }
  if (redact) {
    body['redact_pii'] = true
    body['redact_pii_policies'] = policies
    body['redact_pii_sub'] = policy.pii.substitution
    if (policy.pii.audio || wantsAudio === true) {
      body['redact_pii_audio'] = true
      body['redact_pii_audio_quality'] = policy.pii.audio_quality
      if (policy.pii.audio_method === 'silence') body['redact_pii_audio_options'] = { override_audio_redaction_method: 'silence' }
    }
  }
  if (policy.content_safety.enabled || wantsSafety === true) {
    body['content_safety'] = true
    body['content_safety_confidence'] = policy.content_safety.confidence
  }
  return body
}

function dropUndefined(value: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined))
}
