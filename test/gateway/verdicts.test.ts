import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, waitFor, type Harness } from '../helpers/gateway-harness.js'

let h: Harness
let key: string

beforeAll(async () => {
  h = await startHarness({
    policy: {
      pii: { preset: 'gdpr', residual_check: 'redact' },
      content_safety: { enabled: true, default_action: 'allow', rules: [{ label: 'hate_speech', min_confidence: 0.5, action: 'block' }, { label: 'profanity', min_confidence: 0.5, action: 'flag' }] },
    },
  })
  key = await h.newClient('verdict-app')
})
afterAll(async () => {
  await h?.close()
})

async function script(audioUrl: string, turns: Array<{ speaker: string; text: string; safety?: unknown[] }>): Promise<void> {
  const res = await fetch(`${h.emulator.restUrl}/__emulator/scripts`, {
    method: 'POST',
    headers: { authorization: h.apiKey, 'content-type': 'application/json' },
    body: JSON.stringify({ audio_url: audioUrl, script: { turns } }),
  })
  expect(res.status).toBe(200)
}

async function transcribe(audioUrl: string): Promise<Record<string, unknown>> {
  const res = await h.call('/v1/transcripts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ audio_url: audioUrl }), key })
  const { id } = (await res.json()) as { id: string }
  await waitFor(async () => ((await h.gateway.services.transcripts.findById(id))?.pii_verdict ? true : undefined))
  return (await (await h.call(`/v1/transcripts/${id}`, { key })).json()) as Record<string, unknown>
}

describe('content-safety gate', () => {
  it('withholds the text of a blocked transcript and returns its verdict', async () => {
    await script('https://cdn.example/hateful.wav', [
      { speaker: 'A', text: 'This is a recorded line about the account.' },
      { speaker: 'B', text: 'Something hateful was said here.', safety: [{ label: 'hate_speech', confidence: 0.93, severity: 0.8 }] },
    ])
    const body = await transcribe('https://cdn.example/hateful.wav')
    expect(body).toMatchObject({ status: 'completed', withheld: true, withheld_reason: 'content_safety', text: null, words: null })
    expect(body['content_safety']).toMatchObject({ action: 'block', decided_by: 'content_safety.rules[0]' })
  })

  it('delivers a flagged transcript with the verdict attached', async () => {
    await script('https://cdn.example/sweary.wav', [{ speaker: 'A', text: 'Well damn, the parcel never came.', safety: [{ label: 'profanity', confidence: 0.9, severity: 0.4 }] }])
    const body = await transcribe('https://cdn.example/sweary.wav')
    expect(body).toMatchObject({ withheld: false, content_safety: { action: 'flag', decided_by: 'content_safety.rules[1]' } })
    expect(String(body['text'])).toContain('parcel')
  })
})

describe('residual-PII check', () => {
  it('finds PII that upstream redaction missed and masks it locally before delivery', async () => {
    await script('https://cdn.example/leaky.wav', [
      { speaker: 'A', text: 'Thanks for calling, this is {{person_name:Dana Whitfield}}.' },
      { speaker: 'B', text: 'Sure, my email is {{!email_address:dana.whitfield@example.com}} and my number is {{!phone_number:415 555 0192}}.' },
    ])
    const body = await transcribe('https://cdn.example/leaky.wav')
    const text = String(body['text'])
    expect(text).toContain('[PERSON_NAME]')
    expect(text).not.toContain('dana.whitfield@example.com')
    expect(text).not.toContain('415 555 0192')
    expect(text).toMatch(/\[EMAIL_ADDRESS\]/)
    expect(body['residual_pii']).toMatchObject({ status: 'found', action: 'redact' })
    const counts = (body['residual_pii'] as { counts: Record<string, number> }).counts
    expect(counts['email_address']).toBeGreaterThanOrEqual(1)
    const words = (body['words'] as Array<{ text: string }>).map((w) => w.text).join(' ')
    expect(words).not.toContain('dana.whitfield@example.com')
    const row = await h.gateway.services.transcripts.findById(String(body['id']))
    const verdict = JSON.parse(row?.pii_verdict ?? '{}') as { status: string; counts: Record<string, number> }
    expect(verdict.status).toBe('found')
    expect(JSON.stringify(verdict)).not.toContain('dana')
  })

  it('blocks instead when the policy says block', async () => {
    const strict = await startHarness({ policy: { pii: { preset: 'gdpr', residual_check: 'block' } } })
    try {
      const k = await strict.newClient('strict')
      await fetch(`${strict.emulator.restUrl}/__emulator/scripts`, {
        method: 'POST',
        headers: { authorization: strict.apiKey, 'content-type': 'application/json' },
        body: JSON.stringify({ audio_url: 'https://cdn.example/leak2.wav', script: { turns: [{ speaker: 'A', text: 'Call me on {{!phone_number:415 555 0192}} please.' }] } }),
      })
      const res = await strict.call('/v1/transcripts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ audio_url: 'https://cdn.example/leak2.wav' }), key: k })
      const { id } = (await res.json()) as { id: string }
      const body = await waitFor(async () => {
        const b = (await (await strict.call(`/v1/transcripts/${id}`, { key: k })).json()) as Record<string, unknown>
        return b['status'] === 'completed' ? b : undefined
      })
      expect(body).toMatchObject({ withheld: true, withheld_reason: 'residual_pii', text: null })
    } finally {
      await strict.close()
    }
  })
})
