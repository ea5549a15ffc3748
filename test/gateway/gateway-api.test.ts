import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeWav, startHarness, waitFor, type Harness } from '../helpers/gateway-harness.js'

let h: Harness
let alice: string
let bob: string

beforeAll(async () => {
  h = await startHarness()
  alice = await h.newClient('alice-app')
  bob = await h.newClient('bob-app')
})
afterAll(async () => {
  await h?.close()
})

const json = (body: unknown): RequestInit => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })

async function submit(key: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await h.call('/v1/transcripts', { ...json({ audio_url: 'https://cdn.example/call.wav', ...extra }), key })
  expect(res.status).toBe(201)
  return ((await res.json()) as { id: string }).id
}

async function completed(key: string, id: string): Promise<Record<string, unknown>> {
  return waitFor(async () => {
    const res = await h.call(`/v1/transcripts/${id}`, { key })
    const body = (await res.json()) as Record<string, unknown>
    return body['status'] === 'completed' ? body : undefined
  })
}

describe('POST /v1/streaming/token', () => {
  it('issues a token with the policy default lifetime, never cached', async () => {
    const res = await h.call('/v1/streaming/token', { method: 'POST', key: alice })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('pragma')).toBe('no-cache')
    const body = (await res.json()) as Record<string, unknown>
    expect(body).toMatchObject({ expires_in_seconds: 60, max_session_duration_seconds: 900, websocket_url: h.emulator.wsUrl })
    expect(typeof body['token']).toBe('string')
    const upstream = await h.upstreamRequests('/v3/token')
    expect(upstream.at(-1)?.query).toMatchObject({ expires_in_seconds: '60', max_session_duration_seconds: '900' })
    expect(h.log.text()).not.toContain(String(body['token']))
  })

  it('refuses more than the policy allows, saying the limit (no silent clamp)', async () => {
    const res = await h.call('/v1/streaming/token', { ...json({ expires_in_seconds: 301 }), key: alice })
    expect(res.status).toBe(400)
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(/from 1 to 300/)
    const limited = await h.newClient('short-lived', { maxTokenTtlSeconds: 30 })
    const capped = await h.call('/v1/streaming/token', { ...json({ expires_in_seconds: 60 }), key: limited })
    expect(capped.status).toBe(400)
    expect(await capped.text()).toMatch(/from 1 to 30/)
    const ok = await h.call('/v1/streaming/token', { ...json({ expires_in_seconds: 30, max_session_duration_seconds: 60 }), key: limited })
    expect(ok.status).toBe(200)
  })

  it('rejects malformed and unknown input', async () => {
    expect((await h.call('/v1/streaming/token', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{', key: alice })).status).toBe(400)
    expect((await h.call('/v1/streaming/token', { ...json({ expires_in_seconds: 'sixty' }), key: alice })).status).toBe(400)
    expect((await h.call('/v1/streaming/token', { ...json({ ttl: 5 }), key: alice })).status).toBe(400)
  })
})

describe('authentication', () => {
  it('answers 401 for missing, malformed, unknown and revoked keys, and records the failures', async () => {
    expect((await h.call('/v1/streaming/token', { method: 'POST' })).status).toBe(401)
    expect((await h.call('/v1/streaming/token', { method: 'POST', headers: { authorization: 'Basic abc' } })).status).toBe(401)
    expect((await h.call('/v1/streaming/token', { method: 'POST', key: `vgk_${'A'.repeat(43)}` })).status).toBe(401)
    const doomed = await h.newClient('doomed')
    expect((await h.call('/v1/streaming/token', { method: 'POST', key: doomed })).status).toBe(200)
    const { createClientsRepository } = await import('../../src/store/index.js')
    await createClientsRepository(h.gateway.store.db).revoke('doomed', new Date().toISOString())
    const res = await h.call('/v1/streaming/token', { method: 'POST', key: doomed })
    expect(res.status).toBe(401)
    expect(await res.json()).toEqual({ error: { code: 'unauthorized', message: 'missing or invalid credentials' } })
    const failures = await h.gateway.services.auditEvents.list({ action: 'auth.failed' })
    expect(failures.length).toBeGreaterThanOrEqual(4)
    expect(failures.every((f) => f.principal === 'anonymous' && f.request_id)).toBe(true)
  })
})

describe('POST /v1/uploads', () => {
  it('streams audio upstream and refuses other content and oversize bodies', async () => {
    const wav = makeWav(0.5)
    const ok = await h.call('/v1/uploads', { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: wav, key: alice })
    expect(ok.status).toBe(201)
    expect(((await ok.json()) as { upload_url: string }).upload_url).toMatch(/^http/)
    const html = await h.call('/v1/uploads', { method: 'POST', body: '<html><script>alert(1)</script></html>', key: alice })
    expect(html.status).toBe(415)
    const empty = await h.call('/v1/uploads', { method: 'POST', key: alice })
    expect(empty.status).toBe(400)
  })
})

describe('POST /v1/transcripts', () => {
  it('submits under the policy: redaction, policy names, content safety and our webhook reach upstream', async () => {
    const id = await submit(alice, { speaker_labels: true, redact_pii_policies: ['person_age'] })
    const sent = (await h.upstreamRequests('/v2/transcript', 'POST')).at(-1)?.body as Record<string, unknown>
    expect(sent).toMatchObject({ redact_pii: true, redact_pii_sub: 'entity_name', content_safety: true, content_safety_confidence: 50, speaker_labels: true })
    expect(sent['redact_pii_policies']).toEqual(expect.arrayContaining(['person_name', 'email_address', 'phone_number', 'person_age']))
    expect(String(sent['webhook_url'])).toMatch(new RegExp(`^${h.gateway.url}/webhooks/assemblyai\\?ref=`))
    expect(sent['webhook_auth_header_name']).toBe('X-Voxguard-Webhook-Secret')
    expect(typeof id).toBe('string')
  })

  it('refuses fields that would weaken the policy, naming the field', async () => {
    for (const field of ['redact_pii', 'content_safety']) {
      const res = await h.call('/v1/transcripts', { ...json({ audio_url: 'https://cdn.example/a.wav', [field]: false }), key: alice })
      expect(res.status).toBe(400)
      const body = (await res.json()) as { error: { code: string; message: string } }
      expect(body.error.code).toBe('policy_violation')
      expect(body.error.message).toContain(field)
    }
    for (const [field, value] of [['redact_pii_return_unredacted', true], ['webhook_url', 'https://attacker.example/hook']] as const) {
      const res = await h.call('/v1/transcripts', { ...json({ audio_url: 'https://cdn.example/a.wav', [field]: value }), key: alice })
      expect(res.status).toBe(400)
      expect(await res.text()).toContain(field)
    }
  })

  it('rejects unknown fields, wrong types, bad JSON and oversized bodies', async () => {
    const unknown = await h.call('/v1/transcripts', { ...json({ audio_url: 'https://cdn.example/a.wav', colour: 'blue' }), key: alice })
    expect(unknown.status).toBe(400)
    expect(await unknown.text()).toContain('colour')
    expect((await h.call('/v1/transcripts', { ...json({ audio_url: 42 }), key: alice })).status).toBe(400)
    expect((await h.call('/v1/transcripts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"audio_url":', key: alice })).status).toBe(400)
    const huge = await h.call('/v1/transcripts', { ...json({ audio_url: 'https://cdn.example/a.wav', keyterms_prompt: ['x'.repeat(2_000_000)] }), key: alice })
    expect(huge.status).toBe(413)
    // Refused unread: the server closes the connection, and says so, so no request follows on it.
    expect(huge.headers.get('connection')).toBe('close')
    // Chunked, without a Content-Length: counted as it streams, refused once past the limit.
    const chunked = (bytes: number) =>
      new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"audio_url":"https://cdn.example/a.wav","keyterms_prompt":["'))
          for (let sent = 0; sent < bytes; sent += 65_536) controller.enqueue(new Uint8Array(65_536).fill(120))
          controller.enqueue(new TextEncoder().encode('"]}'))
          controller.close()
        },
      })
    const streamed = await h.call('/v1/transcripts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: chunked(4_000_000), key: alice, duplex: 'half' } as RequestInit & { key: string })
    expect(streamed.status).toBe(413)
    const webhook = await fetch(`${h.gateway.url}/webhooks/assemblyai?ref=${'a'.repeat(22)}`, { method: 'POST', body: chunked(100_000), duplex: 'half' } as RequestInit)
    expect(webhook.status).toBe(413)
  })

  it('never sends a transcript request upstream without redaction and the policy names', async () => {
    const posts = await h.upstreamRequests('/v2/transcript', 'POST')
    expect(posts.length).toBeGreaterThan(0)
    for (const p of posts) {
      const body = p.body as Record<string, unknown>
      expect(body['redact_pii']).toBe(true)
      expect((body['redact_pii_policies'] as string[]).length).toBeGreaterThan(10)
      expect(body['content_safety']).toBe(true)
    }
  })
})

describe('reading transcripts', () => {
  it('returns redacted text with verdicts and never raw-PII fields', async () => {
    const id = await submit(alice)
    const body = await completed(alice, id)
    expect(typeof body['text']).toBe('string')
    for (const forbidden of ['unredacted_text', 'unredacted_words', 'entities', 'sentiment_analysis_results', 'webhook_auth_header_name']) {
      expect(body).not.toHaveProperty(forbidden)
    }
    expect(body['content_safety']).toMatchObject({ action: expect.stringMatching(/allow|flag|block/) })
    expect(body['residual_pii']).toMatchObject({ status: expect.stringMatching(/clean|found/), action: 'redact' })
  })

  it('lists only the owner\'s transcripts, newest first, with a cursor', async () => {
    const ids = [await submit(bob), await submit(bob), await submit(bob)]
    const first = (await (await h.call('/v1/transcripts?limit=2', { key: bob })).json()) as { transcripts: Array<{ id: string }>; next_cursor: string | null }
    expect(first.transcripts.map((t) => t.id)).toEqual([ids[2], ids[1]])
    const second = (await (await h.call(`/v1/transcripts?limit=2&cursor=${first.next_cursor}`, { key: bob })).json()) as { transcripts: Array<{ id: string }> }
    expect(second.transcripts.map((t) => t.id)).toContain(ids[0])
    const aliceList = (await (await h.call('/v1/transcripts?limit=100', { key: alice })).json()) as { transcripts: Array<{ id: string }> }
    for (const id of ids) expect(aliceList.transcripts.map((t) => t.id)).not.toContain(id)
    expect((await h.call('/v1/transcripts?limit=0', { key: bob })).status).toBe(400)
  })

  it('streams the redacted audio to its owner without handing out the pre-signed URL', async () => {
    const upload = (await (await h.call('/v1/uploads', { method: 'POST', body: makeWav(2), key: alice })).json()) as { upload_url: string }
    const id = await submit(alice, { audio_url: upload.upload_url })
    await completed(alice, id)
    const audio = await waitFor(async () => {
      const res = await h.call(`/v1/transcripts/${id}/redacted-audio`, { key: alice })
      return res.status === 200 ? res : undefined
    })
    const bytes = new Uint8Array(await audio.arrayBuffer())
    expect(Buffer.from(bytes.slice(0, 4)).toString()).toBe('RIFF')
    expect(audio.headers.get('cache-control')).toBe('no-store')
  })
})

describe('erasure', () => {
  it('deletes upstream, confirms the tombstone, purges locally, and is idempotent', async () => {
    const id = await submit(alice)
    await completed(alice, id)
    const first = await h.call(`/v1/transcripts/${id}`, { method: 'DELETE', key: alice })
    expect(first.status).toBe(200)
    const receipt = (await first.json()) as Record<string, unknown>
    expect(receipt).toMatchObject({ id, upstream: 'deleted', local: 'purged' })
    expect(typeof receipt['deleted_at']).toBe('string')
    const again = await h.call(`/v1/transcripts/${id}`, { method: 'DELETE', key: alice })
    expect(again.status).toBe(200)
    expect(await again.json()).toMatchObject({ id, upstream: 'already_deleted', local: 'purged' })
    expect((await h.call(`/v1/transcripts/${id}`, { key: alice })).status).toBe(404)
    const deletes = await h.upstreamRequests(`/v2/transcript/${id}`, 'DELETE')
    expect(deletes.length).toBeGreaterThanOrEqual(1)
  })
})

describe('IDOR: another principal never sees or touches a transcript', () => {
  it('answers 404 (not 403) for every endpoint', async () => {
    const id = await submit(alice)
    await completed(alice, id)
    for (const [path, method] of [[`/v1/transcripts/${id}`, 'GET'], [`/v1/transcripts/${id}/redacted-audio`, 'GET'], [`/v1/transcripts/${id}`, 'DELETE']] as const) {
      const res = await h.call(path, { method, key: bob })
      expect(res.status, `${method} ${path}`).toBe(404)
      expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'no such transcript' } })
    }
    expect((await h.call(`/v1/transcripts/${id}`, { key: alice })).status).toBe(200)
    expect((await h.call('/v1/transcripts/..%2F..%2Fetc', { key: bob })).status).toBe(404)
  })
})

describe('canary: secrets never leave', () => {
  it('the API key and client keys appear in no log line and no response', async () => {
    h.gateway.logger.flush()
    await new Promise((r) => setTimeout(r, 100))
    const everything = h.log.text() + h.seen.join('\n')
    for (const secret of [h.apiKey, alice, bob]) expect(everything).not.toContain(secret)
    expect(h.log.text()).toContain('"msg":"audit"')
  })
})
