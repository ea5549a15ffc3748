import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, waitFor, type Harness } from '../helpers/gateway-harness.js'

let h: Harness
let app: string

beforeAll(async () => {
  h = await startHarness({ processingDelayMs: 100 })
  app = await h.newClient('webhook-app')
})
afterAll(async () => {
  await h?.close()
})

async function submitAndSecret(): Promise<{ id: string; url: string; secret: string }> {
  const res = await h.call('/v1/transcripts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ audio_url: 'https://cdn.example/w.wav' }), key: app })
  const { id } = (await res.json()) as { id: string }
  const sent = (await h.upstreamRequests('/v2/transcript', 'POST')).at(-1)?.body as Record<string, string>
  return { id, url: sent['webhook_url'] ?? '', secret: sent['webhook_auth_header_value'] ?? '' }
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) })

describe('POST /webhooks/assemblyai', () => {
  it('processes the real delivery: verdicts recorded, no text stored', async () => {
    const { id } = await submitAndSecret()
    const row = await waitFor(async () => {
      const r = await h.gateway.services.transcripts.findById(id)
      return r?.pii_verdict ? r : undefined
    })
    expect(row.status).toBe('completed')
    expect(JSON.parse(row.safety_verdict ?? '{}')).toHaveProperty('action')
    const pii = JSON.parse(row.pii_verdict ?? '{}') as { status: string; counts: Record<string, number> }
    expect(['clean', 'found']).toContain(pii.status)
    expect(JSON.stringify(row)).not.toMatch(/"text"/)
    const metrics = await (await fetch(`${h.gateway.url}/metrics`)).text()
    expect(metrics).toMatch(/voxguard_transcript_verdicts_total\{kind="content_safety",action="(allow|flag|block)"\} [1-9]/)
    expect(metrics).toMatch(/voxguard_assemblyai_webhooks_total\{outcome="queued"\} [1-9]/)
  })

  it('authenticates per transcript: forged, missing and cross-transcript secrets are 401', async () => {
    const a = await submitAndSecret()
    const b = await submitAndSecret()
    const header = 'X-Voxguard-Webhook-Secret'
    expect((await post(a.url, { transcript_id: a.id, status: 'completed' })).status).toBe(401)
    expect((await post(a.url, { transcript_id: a.id, status: 'completed' }, { [header]: 'forged' })).status).toBe(401)
    // B's secret on A's URL, and A's URL+secret naming B.
    expect((await post(a.url, { transcript_id: a.id, status: 'completed' }, { [header]: b.secret })).status).toBe(401)
    expect((await post(a.url, { transcript_id: b.id, status: 'completed' }, { [header]: a.secret })).status).toBe(401)
    const noRef = a.url.replace(/\?ref=.*/, '')
    expect((await post(noRef, { transcript_id: a.id, status: 'completed' }, { [header]: a.secret })).status).toBe(401)
    const rejected = await h.gateway.services.auditEvents.list({ action: 'webhook.rejected' })
    expect(rejected.length).toBeGreaterThanOrEqual(5)
  })

  it('is idempotent, rejects malformed and oversized bodies, and changes nothing on bad input', async () => {
    const a = await submitAndSecret()
    const header = { 'X-Voxguard-Webhook-Secret': a.secret }
    await waitFor(async () => ((await h.gateway.services.transcripts.findById(a.id))?.pii_verdict ? true : undefined))
    const before = await h.gateway.services.transcripts.findById(a.id)
    const replay = await post(a.url, { transcript_id: a.id, status: 'completed' }, header)
    expect(replay.status).toBe(200)
    expect(await replay.json()).toEqual({ received: true, duplicate: true })
    expect((await post(a.url, 'not json', header)).status).toBe(400)
    expect((await post(a.url, { transcript_id: 5, status: 'completed' }, header)).status).toBe(400)
    expect((await post(a.url, { transcript_id: a.id, status: 'weird' }, header)).status).toBe(400)
    expect((await post(a.url, { transcript_id: a.id, status: 'completed', pad: 'x'.repeat(20_000) }, header)).status).toBe(413)
    expect(await h.gateway.services.transcripts.findById(a.id)).toEqual(before)
  })

  it('survives a flood of deliveries without losing the real one', async () => {
    const a = await submitAndSecret()
    const header = { 'X-Voxguard-Webhook-Secret': a.secret }
    const results = await Promise.all(Array.from({ length: 50 }, () => post(a.url, { transcript_id: a.id, status: 'completed' }, header)))
    expect(results.every((r) => r.status === 200)).toBe(true)
    const row = await waitFor(async () => {
      const r = await h.gateway.services.transcripts.findById(a.id)
      return r?.pii_verdict ? r : undefined
    })
    expect(row.status).toBe('completed')
    const counts = await h.gateway.webhookWorker.drain()
    expect(counts).toBeGreaterThanOrEqual(0)
  })
})
