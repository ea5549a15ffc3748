import { describe, expect, it } from 'vitest'
import { PolicyViolationError, ValidationError } from '../errors.js'
import { parsePolicy } from '../policy/index.js'
import { buildUpstreamRequest } from './build-upstream-request.js'
import { TranscriptRequestSchema } from './transcript-request-schema.js'

const policy = parsePolicy({ pii: { preset: 'pci', policies: ['email_address'], substitution: 'hash', audio: true, audio_method: 'silence' }, content_safety: { confidence: 70 } }, 't')
const webhook = { url: 'https://gw.example/webhooks/assemblyai', headerName: 'X-Voxguard-Webhook-Secret', secret: 's3cret' }
const req = (extra: Record<string, unknown> = {}) => TranscriptRequestSchema.parse({ audio_url: 'https://cdn.example/a.wav', ...extra })

describe('buildUpstreamRequest', () => {
  it('always carries the policy: redaction, substitution, audio, content safety and our webhook', () => {
    const body = buildUpstreamRequest(req({ speaker_labels: true }), policy, webhook)
    expect(body).toMatchObject({
      audio_url: 'https://cdn.example/a.wav',
      speaker_labels: true,
      redact_pii: true,
      redact_pii_sub: 'hash',
      redact_pii_audio: true,
      redact_pii_audio_options: { override_audio_redaction_method: 'silence' },
      content_safety: true,
      content_safety_confidence: 70,
      webhook_url: webhook.url,
      webhook_auth_header_name: webhook.headerName,
      webhook_auth_header_value: 's3cret',
    })
    expect(body['redact_pii_policies']).toEqual([...policy.piiPolicies].sort())
    expect(body['speech_models']).toEqual(['universal-3-pro', 'universal-2'])
  })

  it('lets a caller add PII policies but never weaken the policy', () => {
    const body = buildUpstreamRequest(req({ redact_pii_policies: ['person_age'] }), policy, webhook)
    expect(body['redact_pii_policies']).toContain('person_age')
    for (const [field, value] of [
      ['redact_pii', false],
      ['redact_pii_sub', 'entity_name'],
      ['redact_pii_audio', false],
      ['content_safety', false],
      ['redact_pii_return_unredacted', true],
      ['webhook_url', 'https://evil.example/'],
      ['webhook_auth_header_name', 'X'],
      ['content_safety_confidence', 25],
      ['entity_detection', true],
    ] as const) {
      const error = (() => {
        try {
          buildUpstreamRequest(req({ [field]: value }), policy, webhook)
        } catch (e) {
          return e
        }
        return undefined
      })()
      expect(error, field).toBeInstanceOf(PolicyViolationError)
      expect((error as PolicyViolationError).field).toBe(field)
    }
  })

  it('refuses unknown PII policy names and unknown fields', () => {
    expect(() => buildUpstreamRequest(req({ redact_pii_policies: ['emial'] }), policy, webhook)).toThrow(ValidationError)
    expect(TranscriptRequestSchema.safeParse({ audio_url: 'https://a.example/x', format: 'x' }).success).toBe(false)
    expect(TranscriptRequestSchema.safeParse({ audio_url: 'file:///etc/passwd' }).success).toBe(false)
  })
})
