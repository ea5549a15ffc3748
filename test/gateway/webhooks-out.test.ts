import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { randomBytes } from 'node:crypto'
import { Webhook } from 'standardwebhooks'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOutboundEventsRepository } from '../../src/store/index.js'
import { dispatchOutboundEvent, signStandardWebhook, verifyWebhook } from '../../src/webhooks/index.js'
import { startHarness, waitFor, type Harness } from '../helpers/gateway-harness.js'
import { openTestStore } from '../setup/test-stores.js'

const secretA = `whsec_${randomBytes(24).toString('base64')}`
const secretB = `whsec_${randomBytes(24).toString('base64')}`

interface Received {
  headers: IncomingMessage['headers']
  body: string
}

let receiver: Server
let receiverUrl: string
const received: Received[] = []
let h: Harness

beforeAll(async () => {
  receiver = createServer((req, res) => {
    let body = ''
    req.on('data', (c: Buffer) => (body += c.toString()))
    req.on('end', () => {
      received.push({ headers: req.headers, body })
      res.writeHead(204).end()
    })
  })
  await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r))
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`
  h = await startHarness({ env: { VOXGUARD_APP_WEBHOOK_URL: receiverUrl, VOXGUARD_APP_WEBHOOK_SECRET: `${secretA} ${secretB}` } })
})
afterAll(async () => {
  await h?.close()
  await new Promise<void>((r) => receiver.close(() => r()))
})

describe('events to the application (Standard Webhooks)', () => {
  it('signs transcript.completed so that the standardwebhooks library verifies it with either secret', async () => {
    const key = await h.newClient('events-app')
    const res = await h.call('/v1/transcripts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ audio_url: 'https://cdn.example/e.wav' }), key })
    const { id } = (await res.json()) as { id: string }
    const delivery = await waitFor(async () => received.find((r) => r.body.includes(id)))
    const headers = { 'webhook-id': String(delivery.headers['webhook-id']), 'webhook-timestamp': String(delivery.headers['webhook-timestamp']), 'webhook-signature': String(delivery.headers['webhook-signature']) }
    for (const secret of [secretA, secretB]) {
      const payload = new Webhook(secret).verify(delivery.body, headers) as { type: string; data: Record<string, unknown> }
      expect(['transcript.completed', 'transcript.blocked']).toContain(payload.type)
      expect(payload.data['transcript_id']).toBe(id)
      expect(payload.data).toHaveProperty('content_safety')
      expect(payload.data).not.toHaveProperty('text')
    }
    expect(() => new Webhook(`whsec_${randomBytes(24).toString('base64')}`).verify(delivery.body, headers)).toThrow()
    // Our own helper agrees.
    const request = new Request(receiverUrl, { method: 'POST', headers, body: delivery.body })
    await expect(verifyWebhook(request, [secretB])).resolves.toMatchObject({ data: { transcript_id: id } })

    const erased = await h.call(`/v1/transcripts/${id}`, { method: 'DELETE', key })
    expect(erased.status).toBe(200)
    const deleted = await waitFor(async () => received.find((r) => r.body.includes('transcript.deleted') && r.body.includes(id)))
    const event = new Webhook(secretA).verify(deleted.body, {
      'webhook-id': String(deleted.headers['webhook-id']),
      'webhook-timestamp': String(deleted.headers['webhook-timestamp']),
      'webhook-signature': String(deleted.headers['webhook-signature']),
    }) as { type: string; data: Record<string, unknown> }
    expect(event).toMatchObject({ type: 'transcript.deleted', data: { transcript_id: id } })
  })
})

describe('verifyWebhook', () => {
  const sign = (secret: string, id: string, ts: number, body: string) =>
    new Request('http://app.local/hook', { method: 'POST', body, headers: { 'webhook-id': id, 'webhook-timestamp': String(ts), 'webhook-signature': signStandardWebhook(secret, id, ts, body) } })

  it('accepts a signature made by the standardwebhooks library', async () => {
    const body = JSON.stringify({ type: 'x', data: { a: 1 } })
    const ts = new Date()
    const signature = new Webhook(secretA).sign('msg_1', ts, body)
    const request = new Request('http://app.local/hook', { method: 'POST', body, headers: { 'webhook-id': 'msg_1', 'webhook-timestamp': String(Math.floor(ts.getTime() / 1000)), 'webhook-signature': signature } })
    await expect(verifyWebhook(request, secretA)).resolves.toEqual({ type: 'x', data: { a: 1 } })
  })

  it('refuses tampered bodies, old timestamps and wrong secrets', async () => {
    const now = Math.floor(Date.now() / 1000)
    const good = sign(secretA, 'msg_2', now, '{"a":1}')
    const tampered = new Request(good.url, { method: 'POST', headers: good.headers, body: '{"a":2}' })
    await expect(verifyWebhook(tampered, secretA)).rejects.toThrow(/verification failed/)
    await expect(verifyWebhook(sign(secretA, 'msg_3', now - 3600, '{}'), secretA)).rejects.toThrow()
    await expect(verifyWebhook(sign(secretA, 'msg_4', now, '{}'), secretB)).rejects.toThrow()
    await expect(verifyWebhook(sign(secretA, 'msg_5', now, '{}'), `${secretB} ${secretA}`)).resolves.toEqual({})
  })
})

describe('outbound delivery retries', () => {
  it('retries with backoff until acknowledged, then gives up after the configured time', async () => {
    const t = await openTestStore('sqlite')
    const events = createOutboundEventsRepository(t.store.db, t.store.dialect)
    let clock = new Date('2026-01-01T00:00:00Z')
    const statuses = [500, 503]
    const calls: number[] = []
    const fetchStub: typeof fetch = async () => {
      const status = statuses.shift() ?? 200
      calls.push(status)
      return new Response(null, { status })
    }
    await events.add({ id: 'msg_retry', type: 'transcript.completed', payload: '{}', created_at: clock.toISOString() })
    const deps = { events, url: 'http://app.local/hook', secrets: [secretA], fetch: fetchStub, now: () => clock, giveUpAfterMs: 3_600_000 }
    for (let i = 0; i < 3; i++) {
      const [due] = await events.claimDue(1, clock.toISOString(), new Date(clock.getTime() + 60_000).toISOString())
      expect(due?.id).toBe('msg_retry')
      if (due) await dispatchOutboundEvent(deps, due)
      clock = new Date(clock.getTime() + 3_600_000 / 4)
    }
    expect(calls).toEqual([500, 503, 200])
    expect(await events.byState()).toEqual({ delivered: 1 })

    const gaveUp: string[] = []
    await events.add({ id: 'msg_dead', type: 'transcript.failed', payload: '{}', created_at: clock.toISOString() })
    const dead = { ...deps, fetch: (async () => new Response(null, { status: 500 })) as typeof fetch, onGiveUp: async (e: { id: string }) => void gaveUp.push(e.id) }
    clock = new Date(clock.getTime() + 3_600_001)
    const [late] = await events.claimDue(1, clock.toISOString(), new Date(clock.getTime() + 60_000).toISOString())
    if (late) await dispatchOutboundEvent(dead, late)
    expect(gaveUp).toEqual(['msg_dead'])
    expect(await events.byState()).toEqual({ delivered: 1, given_up: 1 })
    await t.dispose()
  })
})
