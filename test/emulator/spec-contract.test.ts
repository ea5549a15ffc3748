import { describe, expect, it } from 'vitest'
import { ContractViolation, assertMatchesSpec, assertStreamingMessage, assertWebhookPayload } from './spec-contract.js'

// The contract checker is what every other emulator test relies on: prove it rejects what the spec rejects.
describe('spec contract checker', () => {
  it('rejects a transcript missing required fields or carrying unknown ones', () => {
    expect(() => assertMatchesSpec('GET', '/v2/transcript/abc', 200, { status: 'completed' })).toThrow(ContractViolation)
    const minimal = {
      id: '00000000-0000-4000-8000-000000000000',
      speech_model: null,
      language_model: 'assemblyai_default',
      acoustic_model: 'assemblyai_default',
      status: 'completed',
      audio_url: 'https://a.example.com/x.wav',
      webhook_auth: false,
      auto_highlights: false,
      redact_pii: false,
      summarization: false,
      language_confidence_threshold: null,
      language_confidence: null,
    }
    expect(() => assertMatchesSpec('GET', '/v2/transcript/abc', 200, minimal)).not.toThrow()
    expect(() => assertMatchesSpec('GET', '/v2/transcript/abc', 200, { ...minimal, made_up: 1 })).toThrow(/additional properties/)
    expect(() => assertMatchesSpec('GET', '/v2/transcript/abc', 200, { ...minimal, status: 'done' })).toThrow(/allowed values/)
  })

  it('checks lists, errors, redacted audio and the token answer', () => {
    expect(() => assertMatchesSpec('GET', '/v2/transcript', 200, { transcripts: [] })).toThrow(/page_details/)
    expect(() => assertMatchesSpec('GET', '/v2/transcript', 404, { message: 'x' })).toThrow(/error/)
    expect(() => assertMatchesSpec('GET', '/v2/transcript/x/redacted-audio', 200, { status: 'ready', redacted_audio_url: 'u' })).toThrow()
    expect(() => assertMatchesSpec('GET', '/v3/token', 200, { token: 'x' })).toThrow(/expires_in_seconds/)
    expect(() => assertMatchesSpec('GET', '/v3/token', 200, { token: 'x', expires_in_seconds: 60 })).not.toThrow()
  })

  it('checks streaming messages and webhook payloads', () => {
    expect(() => assertStreamingMessage({ type: 'Begin', id: '00000000-0000-4000-8000-000000000000', expires_at: 1 })).not.toThrow()
    expect(() => assertStreamingMessage({ type: 'Begin', id: 'x' })).toThrow(/expires_at/)
    expect(() => assertStreamingMessage({ type: 'Turn', turn_order: 0 })).toThrow(ContractViolation)
    expect(() => assertStreamingMessage({ type: 'Unknown' })).toThrow(/unknown streaming message/)
    expect(() => assertWebhookPayload({ transcript_id: '00000000-0000-4000-8000-000000000000', status: 'completed' })).not.toThrow()
    expect(() => assertWebhookPayload({ transcript_id: '00000000-0000-4000-8000-000000000000', status: 'processing' })).toThrow()
  })
})
