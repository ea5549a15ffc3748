import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getRequestListener } from '@hono/node-server'
import express from 'express'
import { inject, afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load-config.js'
import { createVoxguardHandlers } from '../../src/server/web-handlers.js'
import { startGateway } from '../../src/server/start-gateway.js'
import { CaptureStream } from '../helpers/capture-stream.js'
import { startHarness, waitFor, type Harness } from '../helpers/gateway-harness.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness({ env: { VOXGUARD_ADMIN_CLIENTS: 'dpo-tool' } })
})
afterAll(async () => {
  await h?.close()
})

describe('API documentation', () => {
  it('serves the OpenAPI document and a rendered reference', async () => {
    const doc = (await (await h.call('/openapi.json')).json()) as { openapi: string; paths: Record<string, unknown>; components: { schemas: Record<string, { properties?: Record<string, unknown> }> } }
    expect(doc.openapi).toBe('3.1.0')
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/v1/streaming/token', '/v1/transcripts', '/v1/transcripts/{id}', '/v1/uploads']))
    expect(doc.components.schemas['TranscriptRequest']?.properties).toHaveProperty('audio_url')
    const page = await h.call('/docs')
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('/openapi.json')
  })
})

describe('GDPR erasure of everything an owner has (admin endpoint)', () => {
  it('erases all of one owner\'s transcripts for an admin client, refuses everyone else', async () => {
    const user = await h.newClient('subject-app')
    const admin = await h.newClient('dpo-tool')
    const ids: string[] = []
    for (let i = 0; i < 3; i++) {
      const res = await h.call('/v1/transcripts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ audio_url: 'https://cdn.example/s.wav' }), key: user })
      ids.push(((await res.json()) as { id: string }).id)
    }
    // Erasure of finished transcripts (AssemblyAI does not document deleting one still in flight).
    for (const id of ids) {
      await waitFor(async () => ((await h.gateway.services.transcripts.findById(id))?.status === 'completed' ? true : undefined))
    }
    expect((await h.call('/v1/admin/owners/client:subject-app', { method: 'DELETE', key: user })).status).toBe(403)
    const res = await h.call('/v1/admin/owners/client:subject-app', { method: 'DELETE', key: admin })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ total: 3, deleted: 3, failed: 0 })
    for (const id of ids) expect((await h.call(`/v1/transcripts/${id}`, { key: user })).status).toBe(404)
    const verification = await h.gateway.ledger.verify()
    expect(verification.ok).toBe(true)
    expect((await h.call('/v1/admin/owners/nobody', { method: 'DELETE', key: admin })).status).toBe(400)
  })
})

describe('redacted-audio notifications', () => {
  it('records that the redacted audio is ready', async () => {
    const key = await h.newClient('audio-app')
    const res = await h.call('/v1/transcripts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ audio_url: 'https://cdn.example/r.wav' }), key })
    const { id } = (await res.json()) as { id: string }
    const row = await waitFor(async () => {
      const r = await h.gateway.services.transcripts.findById(id)
      return r?.redacted_audio_ready_at ? r : undefined
    })
    expect(row.redacted_audio_ready_at).toMatch(/^\d{4}-/)
  })
})

describe('webhook source-IP allowlist', () => {
  it('refuses deliveries from other addresses when enabled', async () => {
    const strict = await startHarness({ env: { VOXGUARD_WEBHOOK_IP_ALLOWLIST: 'true' } })
    try {
      const res = await fetch(`${strict.gateway.url}/webhooks/assemblyai?ref=${'a'.repeat(22)}`, { method: 'POST', body: '{}' })
      expect(res.status).toBe(403)
      const trusted = await startHarness({ env: { VOXGUARD_WEBHOOK_IP_ALLOWLIST: 'true', VOXGUARD_TRUSTED_PROXY_HEADER: 'x-forwarded-for' } })
      try {
        const viaProxy = await fetch(`${trusted.gateway.url}/webhooks/assemblyai?ref=${'a'.repeat(22)}`, { method: 'POST', body: '{}', headers: { 'x-forwarded-for': '44.238.19.20' } })
        expect(viaProxy.status).toBe(401)
      } finally {
        await trusted.close()
      }
    } finally {
      await strict.close()
    }
  })
})

describe('mounted in an Express app (library use)', () => {
  it('serves the token endpoint at the app\'s own path', async () => {
    const handlers = await createVoxguardHandlers({
      loaded: loadConfig({
        env: {
          ASSEMBLYAI_API_KEY: h.apiKey,
          ASSEMBLYAI_BASE_URL: h.emulator.restUrl,
          ASSEMBLYAI_STREAMING_BASE_URL: h.emulator.streamingUrl,
          VOXGUARD_DATA_DIR: mkdtempSync(join(tmpdir(), 'vg-express-')),
          LOG_LEVEL: 'silent',
        },
      }),
    })
    const { createClient } = await import('../../src/auth/index.js')
    const { createClientsRepository } = await import('../../src/store/index.js')
    const { key } = await createClient(createClientsRepository(handlers.gateway.store.db), { name: 'express-app' })
    const app = express()
    app.post('/api/token', getRequestListener(handlers.streamingToken))
    const server = await new Promise<import('node:http').Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s))
    })
    try {
      const port = (server.address() as import('node:net').AddressInfo).port
      const ok = await fetch(`http://127.0.0.1:${port}/api/token`, { method: 'POST', headers: { authorization: `Bearer ${key}` } })
      expect(ok.status).toBe(200)
      expect(await ok.json()).toHaveProperty('token')
      expect((await fetch(`http://127.0.0.1:${port}/api/token`, { method: 'POST' })).status).toBe(401)
    } finally {
      await new Promise((r) => server.close(r))
      await handlers.close()
    }
  })
})

describe('embedded development mode', () => {
  it('runs without a key against an in-process emulator and prints a demo key once', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vg-embedded-'))
    const banner = new CaptureStream()
    const g = await startGateway({ loaded: loadConfig({ env: { PORT: '0', VOXGUARD_DATA_DIR: dataDir } }), logDestination: new CaptureStream(), bannerStream: banner, scheduler: false })
    try {
      expect(g.emulator).toBeDefined()
      expect(banner.text()).toContain('No audio or text leaves this machine')
      const key = /vgk_[A-Za-z0-9_-]{43}/.exec(banner.text())?.[0]
      expect(key).toBeDefined()
      const res = await fetch(`${g.url}/v1/streaming/token`, { method: 'POST', headers: { authorization: `Bearer ${key}` } })
      expect(res.status).toBe(200)
    } finally {
      await g.close()
    }
    const again = new CaptureStream()
    const g2 = await startGateway({ loaded: loadConfig({ env: { PORT: '0', VOXGUARD_DATA_DIR: dataDir } }), logDestination: new CaptureStream(), bannerStream: again, scheduler: false })
    await g2.close()
    expect(again.text()).not.toMatch(/vgk_/)
  })

  it('never happens in production', () => {
    expect(() => loadConfig({ env: { VOXGUARD_ENV: 'production', VOXGUARD_LEDGER_KEY_FILE: '/k' } })).toThrow(/ASSEMBLYAI_API_KEY/)
  })
})

describe('several instances on one PostgreSQL share rate limits', () => {
  it.skipIf(!inject('pgUrl'))('counts requests across instances', async () => {
    const { openTestStore } = await import('../setup/test-stores.js')
    const db = await openTestStore('postgres')
    const a = await startHarness({ databaseUrl: db.url ?? '' })
    const b = await startHarness({ databaseUrl: db.url ?? '', env: {} })
    try {
      const key = await a.newClient('shared', { ratePerMinute: 4 })
      const statuses: number[] = []
      for (let i = 0; i < 6; i++) statuses.push((await (i % 2 === 0 ? a : b).call('/v1/streaming/token', { method: 'POST', key })).status)
      expect(statuses.filter((s) => s === 200)).toHaveLength(4)
      expect(statuses.slice(4)).toEqual([429, 429])
    } finally {
      await a.close()
      await b.close()
      await db.dispose()
    }
  })
})
