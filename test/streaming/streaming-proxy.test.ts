/**
 * The redacting streaming proxy over real sockets: a real gateway (HTTP + WebSocket) in front of
 * the real emulator, whose scripted turns contain PII.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startHarness, type Harness } from '../helpers/gateway-harness.js'
import { connect, sendAudio } from './ws-client.js'

let h: Harness
let alice: string
let bob: string
const APP_ORIGIN = 'https://app.example'

beforeAll(async () => {
  h = await startHarness()
  alice = await h.newClient('alice-app', { origins: [APP_ORIGIN] })
  bob = await h.newClient('bob-app')
})
afterAll(async () => {
  await h?.close()
})

async function ticketFor(key: string, init: { origin?: string; body?: unknown } = {}): Promise<Record<string, unknown>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (init.origin) headers['origin'] = init.origin
  const res = await h.call('/v1/streaming/ticket', { method: 'POST', key, headers, body: JSON.stringify(init.body ?? {}) })
  expect(res.status).toBe(200)
  return (await res.json()) as Record<string, unknown>
}

const wsUrl = (ticket: unknown, extra = ''): string => `${h.gateway.url.replace(/^http/, 'ws')}/v1/streaming/ws?ticket=${String(ticket)}&sample_rate=16000${extra}`

describe('POST /v1/streaming/ticket', () => {
  it('needs the same authentication as the rest of /v1', async () => {
    const res = await h.call('/v1/streaming/ticket', { method: 'POST' })
    expect(res.status).toBe(401)
  })

  it('issues a short-lived, uncached ticket and the proxy URL', async () => {
    const res = await h.call('/v1/streaming/ticket', { method: 'POST', key: bob })
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = (await res.json()) as Record<string, unknown>
    expect(body['ticket']).toMatch(/^vgt_[A-Za-z0-9_-]{43}$/)
    expect(body['expires_in_seconds']).toBe(10)
    expect(body['max_session_duration_seconds']).toBe(900)
    expect(body['websocket_url']).toBe(`${h.gateway.url.replace(/^http/, 'ws')}/v1/streaming/ws`)
  })

  it('refuses a session longer than the policy allows, naming the limit', async () => {
    const res = await h.call('/v1/streaming/ticket', { method: 'POST', key: bob, headers: { 'content-type': 'application/json' }, body: JSON.stringify({ max_session_duration_seconds: 99_999 }) })
    expect(res.status).toBe(400)
    expect(await res.text()).toContain('max_session_duration_seconds')
  })
})

describe('GET /v1/streaming/ws (proxied mode)', () => {
  it('relays the emulator turns with PII replaced in transcript, utterance and words', async () => {
    const { ticket } = await ticketFor(bob)
    const c = connect(wsUrl(ticket))
    await c.opened
    await c.next((m) => m['type'] === 'Begin')
    await sendAudio(c.ws, 16)
    const second = await c.next((m) => m['type'] === 'Turn' && m['end_of_turn'] === true && m['turn_order'] === 1)
    c.ws.send(JSON.stringify({ type: 'Terminate' }))
    await c.next((m) => m['type'] === 'Termination')
    expect(await c.closed).toEqual({ code: 1000, reason: 'Session terminated' })

    // The emulator's script says "hi dana this is michael okafor ...": the browser must not see the names.
    const all = JSON.stringify(c.messages)
    expect(all).not.toMatch(/okafor|michael/i)
    expect(second['transcript']).toMatch(/^hi \[PERSON_NAME\] this is \[PERSON_NAME\]/)
    expect(second['utterance']).toBe(second['transcript'])
    const words = (second['words'] as Array<{ text: string }>).map((w) => w.text)
    expect(words.slice(0, 6)).toEqual(['hi', '[PERSON_NAME]', 'this', 'is', '[PERSON_NAME]', '[PERSON_NAME]'])
    // The first turn ("... my name is dana ...") arrived redacted too, partial turns included.
    const partials = c.messages.filter((m) => m['type'] === 'Turn' && m['end_of_turn'] === false)
    expect(partials.length).toBeGreaterThan(5)
  })

  it('opens the upstream socket with the API key in Authorization, never a token in the URL', async () => {
    const ws = (await h.upstreamRequests('/v3/ws', 'WS')).at(-1)
    expect(ws).toBeDefined()
    expect(ws?.query['token']).toBeUndefined()
    expect((ws as unknown as { authorization: string | null }).authorization).toBeTruthy()
  })

  it('refuses a connection without a ticket, or with an unknown one', async () => {
    const none = connect(`${h.gateway.url.replace(/^http/, 'ws')}/v1/streaming/ws`)
    expect(await none.closed).toEqual({ code: 4001, reason: 'Unauthorized: a ticket is required (POST /v1/streaming/ticket)' })
    const forged = connect(wsUrl(`vgt_${'A'.repeat(43)}`))
    expect(await forged.closed).toEqual({ code: 4001, reason: 'Unauthorized: ticket unknown or expired' })
    const garbage = connect(wsUrl('not-a-ticket'))
    expect((await garbage.closed).code).toBe(4001)
  })

  it('accepts a ticket once: a second connection with it is refused', async () => {
    const { ticket } = await ticketFor(bob)
    const first = connect(wsUrl(ticket))
    await first.next((m) => m['type'] === 'Begin')
    const second = connect(wsUrl(ticket))
    expect(await second.closed).toEqual({ code: 4001, reason: 'Unauthorized: ticket already used' })
    first.ws.close()
    await first.closed
  })

  it('binds the ticket to its principal: another origin cannot use it', async () => {
    const { ticket } = await ticketFor(alice, { origin: APP_ORIGIN })
    const stolen = connect(wsUrl(ticket), { origin: 'https://evil.example' })
    expect(await stolen.closed).toEqual({ code: 4001, reason: 'Unauthorized: this origin may not use the ticket' })
    // Burned: the rightful page cannot use it afterwards either (single use holds even for refused attempts).
    const rightful = connect(wsUrl(ticket), { origin: APP_ORIGIN })
    expect((await rightful.closed).code).toBe(4001)

    const fresh = await ticketFor(alice, { origin: APP_ORIGIN })
    const ok = connect(wsUrl(fresh['ticket']), { origin: APP_ORIGIN })
    await ok.next((m) => m['type'] === 'Begin')
    ok.ws.close()
    await ok.closed
    const started = h.log.lines().filter((l) => l['event'] === 'streaming.started').map((l) => l['principal'])
    expect(started).toContain('client:alice-app')
  })

  it('refuses browser messages outside the v3 protocol with a clear close', async () => {
    const { ticket } = await ticketFor(bob)
    const c = connect(wsUrl(ticket))
    await c.next((m) => m['type'] === 'Begin')
    c.ws.send(JSON.stringify({ type: 'Hack', webhook_url: 'https://evil.example' }))
    const closed = await c.closed
    expect(closed.code).toBe(4006)
    expect(closed.reason).toMatch(/^Invalid message/)
  })

  it('does not pass credentials or webhook parameters from the browser upstream', async () => {
    const { ticket } = await ticketFor(bob)
    const c = connect(wsUrl(ticket, '&token=abc&webhook_url=https%3A%2F%2Fevil.example&format_turns=true'))
    await c.next((m) => m['type'] === 'Begin')
    c.ws.close()
    await c.closed
    const ws = (await h.upstreamRequests('/v3/ws', 'WS')).at(-1)
    expect(ws?.query).toMatchObject({ format_turns: 'true', sample_rate: '16000' })
    expect(ws?.query['token']).toBeUndefined()
    expect(ws?.query['webhook_url']).toBeUndefined()
  })

  it('exports streaming metrics: sessions ended by code, turn relay time, PII findings', async () => {
    const text = await (await h.call('/metrics')).text()
    expect(text).toMatch(/voxguard_streaming_sessions 0/)
    expect(text).toMatch(/voxguard_streaming_sessions_ended_total\{code="1000"\} [1-9]/)
    expect(text).toMatch(/voxguard_streaming_sessions_ended_total\{code="4001"\} [1-9]/)
    expect(text).toMatch(/voxguard_streaming_turn_relay_seconds_count [1-9]\d/)
    expect(text).toMatch(/voxguard_streaming_pii_findings_total [1-9]/)
  })

  it('never logs the ticket or the key', async () => {
    const text = h.log.text()
    expect(text).not.toContain(h.apiKey)
    expect(text).not.toMatch(/vgt_[A-Za-z0-9_-]{43}/)
  })
})
