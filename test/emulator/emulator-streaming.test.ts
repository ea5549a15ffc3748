import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js'
import { call, newKey } from './helpers.js'
import { assertStreamingMessage } from './spec-contract.js'

const violations: string[] = []
afterEach(() => {
  // Every message the emulator sent in the test matched usm-streaming.yml.
  expect(violations).toEqual([])
})

let emu: RunningEmulator
const key = newKey()

beforeAll(async () => {
  emu = await startEmulator()
})
afterAll(async () => {
  await emu.close()
})

interface Session {
  ws: WebSocket
  messages: any[]
  closed: Promise<{ code: number; reason: string }>
}

function open(query: string, headers: Record<string, string> = {}): Session {
  const ws = new WebSocket(`${emu.wsUrl}?${query}`, { ca: emu.caCert, headers })
  const messages: any[] = []
  ws.on('message', (data) => {
    const message = JSON.parse(data.toString())
    try {
      assertStreamingMessage(message)
    } catch (err) {
      violations.push((err as Error).message)
    }
    messages.push(message)
  })
  const closed = new Promise<{ code: number; reason: string }>((resolve) => {
    ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() }))
  })
  ws.on('error', () => undefined)
  return { ws, messages, closed }
}

async function token(query = 'expires_in_seconds=60'): Promise<string> {
  const res = await call(emu.restUrl, key, 'GET', `/v3/token?${query}`)
  expect(res.status).toBe(200)
  return res.body.token
}

async function until(s: Session, pred: (m: any) => boolean): Promise<any> {
  for (let i = 0; i < 250; i++) {
    const hit = s.messages.find(pred)
    if (hit !== undefined) return hit
    await new Promise((r) => setTimeout(r, 20))
  }
  throw new Error(`no such message; got ${JSON.stringify(s.messages.map((m) => m.type))}`)
}

/** 16 kHz s16le silence in 100 ms chunks. */
async function sendAudio(ws: WebSocket, ms: number): Promise<void> {
  const chunk = Buffer.alloc(3200)
  for (let sent = 0; sent < ms; sent += 100) {
    ws.send(chunk)
    if (sent % 2000 === 0) await new Promise((r) => setTimeout(r, 5))
  }
}

describe('v3 streaming', () => {
  it('sends Begin, Turns paced by the audio received, and Termination after Terminate', async () => {
    const s = open(`token=${await token()}&sample_rate=16000&encoding=pcm_s16le&format_turns=true`)
    const begin = await until(s, (m) => m.type === 'Begin')
    expect(begin.id).toMatch(/^[0-9a-f-]{36}$/)
    expect(Number.isInteger(begin.expires_at)).toBe(true)
    // 300 ms of audio: no word of the script has been "heard" yet.
    await sendAudio(s.ws, 300)
    await new Promise((r) => setTimeout(r, 50))
    expect(s.messages.filter((m) => m.type === 'Turn')).toEqual([])
    await sendAudio(s.ws, 12_000)
    const final = await until(s, (m) => m.type === 'Turn' && m.end_of_turn && !m.turn_is_formatted)
    const formatted = await until(s, (m) => m.type === 'Turn' && m.end_of_turn && m.turn_is_formatted)
    expect(final.turn_order).toBe(0)
    expect(final.transcript).toBe(final.transcript.toLowerCase())
    expect(formatted.transcript).toMatch(/[A-Z]/)
    expect(formatted.words.every((w: any) => w.word_is_final === true && w.end <= 12_300)).toBe(true)
    const partial = s.messages.find((m) => m.type === 'Turn' && !m.end_of_turn)
    expect(partial).toBeDefined()
    s.ws.send(JSON.stringify({ type: 'Terminate' }))
    const termination = await until(s, (m) => m.type === 'Termination')
    expect(termination.audio_duration_seconds).toBe(12)
    expect((await s.closed).code).toBe(1000)
  })

  it('closes 1008 for a missing, bad, reused or expired token', async () => {
    const missing = open('sample_rate=16000')
    expect(await missing.closed).toEqual({ code: 1008, reason: 'Unauthorized Connection: Missing Authorization header' })
    const bad = open('token=eyJhbGciOiJIUzI1NiJ9.e30.xxxx&sample_rate=16000')
    expect(await bad.closed).toEqual({ code: 1008, reason: 'Unauthorized Connection: Invalid token' })
    const t = await token()
    const first = open(`token=${t}&sample_rate=16000`)
    await until(first, (m) => m.type === 'Begin')
    const reused = open(`token=${t}&sample_rate=16000`)
    expect(await reused.closed).toEqual({ code: 1008, reason: 'Unauthorized Connection: Token already used' })
    first.ws.close()
  })

  it('closes 1008 for an expired token (clock-driven)', async () => {
    const clock = { t: Date.now() }
    const local = await startEmulator({ now: () => clock.t })
    try {
      const res = await call(local.restUrl, key, 'GET', '/v3/token?expires_in_seconds=1')
      clock.t += 5000
      const ws = new WebSocket(`${local.wsUrl}?token=${res.body.token}&sample_rate=16000`, { ca: local.caCert })
      ws.on('error', () => undefined)
      const closed = await new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })))
      expect(closed).toEqual({ code: 1008, reason: 'Unauthorized Connection: Token expired' })
    } finally {
      await local.close()
    }
  })

  it('accepts the API key in the Authorization header (server-side clients)', async () => {
    const s = open('sample_rate=8000&encoding=pcm_mulaw', { Authorization: key })
    await until(s, (m) => m.type === 'Begin')
    s.ws.send(JSON.stringify({ type: 'Terminate' }))
    await until(s, (m) => m.type === 'Termination')
    const wrong = open('sample_rate=16000', { Authorization: 'not-a-key' })
    expect((await wrong.closed).code).toBe(1008)
  })

  it('closes 3008 when the session exceeds max_session_duration_seconds', async () => {
    const s = open(`token=${await token('expires_in_seconds=60&max_session_duration_seconds=60')}&sample_rate=16000`)
    await until(s, (m) => m.type === 'Begin')
    await sendAudio(s.ws, 61_000)
    expect(await s.closed).toEqual({ code: 3008, reason: 'Session Expired: Maximum session duration exceeded' })
  })

  it('closes 3006 for invalid JSON or an unknown message type, and for bad parameters', async () => {
    const s = open(`token=${await token()}&sample_rate=16000`)
    await until(s, (m) => m.type === 'Begin')
    s.ws.send('{not json')
    expect((await s.closed).code).toBe(3006)
    const t = open(`token=${await token()}&sample_rate=16000`)
    await until(t, (m) => m.type === 'Begin')
    t.ws.send(JSON.stringify({ type: 'Dance' }))
    expect(await t.closed).toEqual({ code: 3006, reason: 'Invalid Message Type: Dance' })
    const enc = open(`token=${await token()}&encoding=mp3`)
    expect((await enc.closed).code).toBe(3006)
  })

  it('plays a registered streaming script and redacts PII in final turns when asked', async () => {
    await call(emu.restUrl, key, 'POST', '/__emulator/scripts', {
      streaming: true,
      script: { turns: [{ speaker: 'A', text: 'My name is {{person_name:Ann Lee}} thanks.' }, { speaker: 'B', text: 'Hello Ann.' }] },
    })
    const s = open(`token=${await token()}&sample_rate=16000&format_turns=true&redact_pii=true&redact_pii_policies=${encodeURIComponent('["person_name"]')}&redact_pii_sub=entity_name`)
    await until(s, (m) => m.type === 'Begin')
    await sendAudio(s.ws, 5000)
    const formatted = await until(s, (m) => m.type === 'Turn' && m.turn_is_formatted)
    expect(formatted.transcript).toBe('My name is [PERSON_NAME] [PERSON_NAME] thanks.')
    s.ws.send(JSON.stringify({ type: 'Terminate' }))
    await s.closed
    // The request log records the session with the token fingerprinted.
    const log = (await call(emu.restUrl, key, 'GET', '/__emulator/requests')).body.requests
    const wsEntries = log.filter((e: any) => e.method === 'WS')
    expect(wsEntries.length).toBeGreaterThan(0)
    expect(String(wsEntries.at(-1).query.token)).toMatch(/^fp:/)
  })
})
