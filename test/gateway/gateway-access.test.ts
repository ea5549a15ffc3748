import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../helpers/gateway-harness.js'
import { startTestIdp, type TestIdp } from '../helpers/jwks-server.js'

let h: Harness
let idp: TestIdp
const APP = 'https://app.example'

beforeAll(async () => {
  idp = await startTestIdp()
  h = await startHarness({
    env: {
      VOXGUARD_JWT_JWKS_URL: idp.jwksUrl,
      VOXGUARD_JWT_ISSUER: idp.issuer,
      VOXGUARD_JWT_AUDIENCE: 'voxguard',
      VOXGUARD_CORS_ORIGINS: 'https://users.example',
      VOXGUARD_RATE_LIMIT_PER_IP: '1000',
    },
  })
})
afterAll(async () => {
  await h?.close()
  await idp?.close()
})

describe('end users with JWTs', () => {
  it('accepts a valid JWT and attributes the request to its sub', async () => {
    const token = await idp.sign({ sub: 'user-42' })
    const res = await h.call('/v1/streaming/token', { method: 'POST', headers: { authorization: `Bearer ${token}` } })
    expect(res.status).toBe(200)
    const events = await h.gateway.services.auditEvents.list({ action: 'token.issued' })
    expect(events.at(-1)?.principal).toBe('user:user-42')
  })

  it('refuses wrong audience, wrong issuer, expired tokens and tokens without sub', async () => {
    for (const claims of [{ sub: 'u', aud: 'other' }, { sub: 'u', iss: 'https://evil.example' }, { sub: 'u', expiresIn: '-1m' }, {}]) {
      const token = await idp.sign(claims)
      const res = await h.call('/v1/streaming/token', { method: 'POST', headers: { authorization: `Bearer ${token}` } })
      expect(res.status, JSON.stringify(claims)).toBe(401)
    }
  })

  it('separates owners: one user never sees another user\'s transcripts', async () => {
    const a = await idp.sign({ sub: 'user-a' })
    const b = await idp.sign({ sub: 'user-b' })
    const created = await h.call('/v1/transcripts', { method: 'POST', headers: { authorization: `Bearer ${a}`, 'content-type': 'application/json' }, body: JSON.stringify({ audio_url: 'https://cdn.example/x.wav' }) })
    expect(created.status).toBe(201)
    const { id } = (await created.json()) as { id: string }
    expect((await h.call(`/v1/transcripts/${id}`, { headers: { authorization: `Bearer ${b}` } })).status).toBe(404)
  })
})

describe('CORS and browser checks', () => {
  it('answers preflights only for known origins, and checks the caller\'s own allowlist', async () => {
    const web = await h.newClient('web-app', { origins: [APP] })
    const pre = await h.call('/v1/streaming/token', { method: 'OPTIONS', headers: { origin: APP, 'access-control-request-method': 'POST' } })
    expect(pre.status).toBe(204)
    expect(pre.headers.get('access-control-allow-origin')).toBe(APP)
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull()
    const evilPre = await h.call('/v1/streaming/token', { method: 'OPTIONS', headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } })
    expect(evilPre.status).toBe(403)
    expect(evilPre.headers.get('access-control-allow-origin')).toBeNull()

    const ok = await h.call('/v1/streaming/token', { method: 'POST', headers: { origin: APP, 'sec-fetch-site': 'cross-site' }, key: web })
    expect(ok.status).toBe(200)
    expect(ok.headers.get('access-control-allow-origin')).toBe(APP)

    const other = await h.newClient('backend-only')
    expect((await h.call('/v1/streaming/token', { method: 'POST', headers: { origin: APP }, key: other })).status).toBe(403)
    expect((await h.call('/v1/streaming/token', { method: 'POST', headers: { origin: 'https://evil.example' }, key: web })).status).toBe(403)
    expect((await h.call('/v1/streaming/token', { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' }, key: web })).status).toBe(403)
    expect((await h.call('/v1/streaming/token', { method: 'POST', key: other })).status).toBe(200)
  })
})

describe('rate limits', () => {
  it('limits a principal to its rate and answers 429 with Retry-After', async () => {
    const slow = await h.newClient('slow', { ratePerMinute: 3 })
    const statuses: number[] = []
    let last: Response | undefined
    for (let i = 0; i < 5; i++) {
      last = await h.call('/v1/streaming/token', { method: 'POST', key: slow })
      statuses.push(last.status)
    }
    expect(statuses).toEqual([200, 200, 200, 429, 429])
    expect(Number(last?.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(await last?.json()).toMatchObject({ error: { code: 'rate_limited' } })
    const other = await h.newClient('unaffected')
    expect((await h.call('/v1/streaming/token', { method: 'POST', key: other })).status).toBe(200)
  })
})

describe('upstream failures', () => {
  it('maps upstream outages and slowness to clear 5xx answers without hanging', async () => {
    const key = await h.newClient('during-outage')
    await h.emulator.setFaults('503=1')
    const down = await h.call('/v1/streaming/token', { method: 'POST', key })
    expect([502, 503]).toContain(down.status)
    expect(await down.json()).toMatchObject({ error: { code: expect.stringMatching(/^upstream_/) } })
    await h.emulator.setFaults('latency=5000..5000ms')
    const started = Date.now()
    const slow = await h.call('/v1/streaming/token', { method: 'POST', key })
    expect(slow.status).toBe(504)
    expect(Date.now() - started).toBeLessThan(15_000)
    await h.emulator.setFaults('')
    expect((await h.call('/v1/streaming/token', { method: 'POST', key })).status).toBe(200)
  })
})
