import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js'
import { call, makeWav, newKey, startReceiver, waitFor } from './helpers.js'
import { assertMatchesSpec } from './spec-contract.js'

let emu: RunningEmulator
const key = newKey()

beforeAll(async () => {
  emu = await startEmulator({ processingDelayMs: 30, webhookRetry: { attempts: 3, intervalMs: 20, timeoutMs: 500 } })
})
afterAll(async () => {
  await emu.close()
})

const submit = (extra: Record<string, unknown>) =>
  call(emu.restUrl, key, 'POST', '/v2/transcript', { audio_url: 'https://audio.example.com/h.wav', speech_models: ['universal-2'], ...extra })

describe('webhooks', () => {
  it('POSTs {transcript_id, status} with the auth header and records webhook_status_code', async () => {
    const receiver = await startReceiver()
    try {
      const t = await submit({ webhook_url: receiver.url, webhook_auth_header_name: 'X-Hook-Secret', webhook_auth_header_value: 'hook-value-1' })
      expect(t.body.webhook_auth).toBe(true)
      expect(t.body.webhook_auth_header_value).toBeUndefined()
      const hook = await waitFor(() => receiver.received[0])
      expect(hook.body).toEqual({ transcript_id: t.body.id, status: 'completed' })
      expect(hook.headers['x-hook-secret']).toBe('hook-value-1')
      const got = await waitFor(async () => {
        const r = await call(emu.restUrl, key, 'GET', `/v2/transcript/${t.body.id}`)
        return r.body.webhook_status_code === 200 ? r.body : undefined
      })
      expect(got.status).toBe('completed')
    } finally {
      expect(receiver.violations).toEqual([])
      await receiver.close()
    }
  })

  it('retries after 5xx up to the attempt limit, and never after a 4xx', async () => {
    const flaky = await startReceiver([500, 503])
    const refusing = await startReceiver([410])
    try {
      const a = await submit({ webhook_url: flaky.url })
      const b = await submit({ webhook_url: refusing.url })
      await waitFor(() => (flaky.received.length === 3 ? true : undefined))
      await waitFor(async () => ((await call(emu.restUrl, key, 'GET', `/v2/transcript/${b.body.id}`)).body.webhook_status_code === 410 ? true : undefined))
      await new Promise((r) => setTimeout(r, 150))
      expect(flaky.received).toHaveLength(3)
      expect(refusing.received).toHaveLength(1)
      expect((await call(emu.restUrl, key, 'GET', `/v2/transcript/${a.body.id}`)).body.webhook_status_code).toBe(200)
    } finally {
      await flaky.close()
      await refusing.close()
    }
  })

  it('sends a redacted_audio_ready notification when audio redaction was asked for', async () => {
    const receiver = await startReceiver()
    try {
      const t = await submit({ webhook_url: receiver.url, redact_pii: true, redact_pii_policies: ['person_name'], redact_pii_audio: true })
      const second = await waitFor(() => receiver.received[1])
      expect(receiver.received[0]?.body).toEqual({ transcript_id: t.body.id, status: 'completed' })
      expect(second.body.status).toBe('redacted_audio_ready')
      expect(second.body.redacted_audio_url).toMatch(new RegExp(`^${emu.restUrl}/redacted-audio/${t.body.id}\\.wav\\?`))
      expect((await fetch(second.body.redacted_audio_url)).status).toBe(200)
      await new Promise((r) => setTimeout(r, 20))
      expect(receiver.violations).toEqual([])
    } finally {
      await receiver.close()
    }
  })
})

describe('redacted audio', () => {
  it('masks exactly the PII word ranges of an uploaded PCM WAV with a tone, or with silence', async () => {
    const wav = makeWav(30_000)
    const up = await fetch(`${emu.restUrl}/v2/upload`, { method: 'POST', headers: { authorization: key }, body: wav })
    const uploaded = (await up.json()) as { upload_url: string }
    assertMatchesSpec('POST', '/v2/upload', up.status, uploaded)
    const { upload_url } = uploaded
    const beep = await submit({ audio_url: upload_url, redact_pii: true, redact_pii_policies: ['person_name', 'organization'], redact_pii_audio: true, redact_pii_audio_quality: 'wav' })
    const silent = await submit({ audio_url: upload_url, redact_pii: true, redact_pii_policies: ['person_name', 'organization'], redact_pii_audio: true, redact_pii_audio_options: { override_audio_redaction_method: 'silence' } })
    await new Promise((r) => setTimeout(r, 60))
    const transcript = (await call(emu.restUrl, key, 'GET', `/v2/transcript/${beep.body.id}`)).body
    const redactedWords = transcript.words.filter((w: { text: string }) => /\[|#/.test(w.text))
    expect(redactedWords.length).toBeGreaterThan(0)

    for (const [t, mode] of [[beep, 'beep'], [silent, 'silence']] as const) {
      const meta = await call(emu.restUrl, key, 'GET', `/v2/transcript/${t.body.id}/redacted-audio`)
      expect(meta.status).toBe(200)
      expect(meta.body.status).toBe('redacted_audio_ready')
      const audio = await fetch(meta.body.redacted_audio_url)
      expect(audio.status).toBe(200)
      expect(audio.headers.get('content-type')).toBe('audio/wav')
      const out = Buffer.from(await audio.arrayBuffer())
      expect(out.length).toBe(wav.length)
      expect(out.subarray(0, 4).toString('ascii')).toBe('RIFF')
      const sample = (buf: Buffer, ms: number): number => buf.readInt16LE(44 + Math.floor((ms / 1000) * 16000) * 2)
      for (const w of redactedWords as { start: number; end: number }[]) {
        const mid = (w.start + w.end) / 2
        if (mode === 'silence') expect(sample(out, mid)).toBe(0)
        else expect(sample(out, mid)).not.toBe(sample(wav, mid))
      }
      // Outside every redacted word the audio is untouched.
      const clear = transcript.words.find((w: { text: string }) => !/\[|#/.test(w.text))
      const mid = (clear.start + clear.end) / 2
      expect(sample(out, mid)).toBe(sample(wav, mid))
    }
  })

  it('serves the signed URL without auth, refuses HEAD, tampering and expired URLs', async () => {
    const clock = { t: Date.now() }
    const local = await startEmulator({ processingDelayMs: 0, now: () => clock.t, redactedAudioUrlTtlSeconds: 60 })
    try {
      const t = await call(local.restUrl, key, 'POST', '/v2/transcript', { audio_url: 'https://audio.example.com/x.mp3', speech_models: ['nano'], redact_pii: true, redact_pii_policies: ['person_name'], redact_pii_audio: true })
      const meta = await call(local.restUrl, key, 'GET', `/v2/transcript/${t.body.id}/redacted-audio`)
      const url = meta.body.redacted_audio_url as string
      const ok = await fetch(url)
      expect(ok.status).toBe(200)
      // Audio the emulator cannot decode gets a synthetic 8 kHz WAV of the transcript's length.
      const body = Buffer.from(await ok.arrayBuffer())
      expect(body.readUInt32LE(24)).toBe(8000)
      expect((await fetch(url, { method: 'HEAD' })).status).toBe(403)
      const tampered = url.replace(/Signature=(.)/, (_m, c: string) => `Signature=${c === 'A' ? 'B' : 'A'}`)
      expect(tampered).not.toBe(url)
      expect((await fetch(tampered)).status).toBe(403)
      clock.t += 61_000
      expect((await fetch(url)).status).toBe(403)
    } finally {
      await local.close()
    }
  })

  it('answers 400 when redacted audio was not requested or is not ready', async () => {
    const plain = await submit({})
    expect((await call(emu.restUrl, key, 'GET', `/v2/transcript/${plain.body.id}/redacted-audio`)).status).toBe(400)
    const slow = await startEmulator({ processingDelayMs: 60_000 })
    try {
      const t = await call(slow.restUrl, key, 'POST', '/v2/transcript', { audio_url: 'https://a.example.com/x.wav', speech_models: ['nano'], redact_pii: true, redact_pii_policies: ['person_name'], redact_pii_audio: true })
      const res = await call(slow.restUrl, key, 'GET', `/v2/transcript/${t.body.id}/redacted-audio`)
      expect(res.status).toBe(400)
      expect(res.body.error).toMatch(/not ready/)
    } finally {
      await slow.close()
    }
  })
})

describe('faults and the request log', () => {
  it('fails the next N requests with 429 + Retry-After, then recovers; hooks are never faulted', async () => {
    expect((await call(emu.restUrl, key, 'POST', '/__emulator/faults', { spec: '429=2x,retry_after=7' })).status).toBe(200)
    const first = await call(emu.restUrl, key, 'GET', '/v2/transcript')
    expect(first.status).toBe(429)
    expect(first.headers.get('retry-after')).toBe('7')
    expect(first.body).toEqual({ error: 'Too Many Requests' })
    expect((await call(emu.restUrl, key, 'GET', '/__emulator/requests')).status).toBe(200)
    expect((await call(emu.restUrl, key, 'GET', '/v2/transcript')).status).toBe(429)
    expect((await call(emu.restUrl, key, 'GET', '/v2/transcript')).status).toBe(200)
  })

  it('resets connections and applies probabilistic faults with the injected randomness', async () => {
    const rolls = [0.05, 0.5]
    const local = await startEmulator({ faults: '503=0.1,reset=0.1', random: () => rolls.shift() ?? 0.99 })
    try {
      const unavailable = await call(local.restUrl, key, 'GET', '/v2/transcript')
      expect(unavailable.status).toBe(503)
      expect(unavailable.headers.get('retry-after')).toBe('1')
      local.setFaults('reset=1x')
      await expect(fetch(`${local.restUrl}/v2/transcript`, { headers: { authorization: key } })).rejects.toThrow()
      expect((await call(local.restUrl, key, 'GET', '/v2/transcript')).status).toBe(200)
    } finally {
      await local.close()
    }
  })

  it('rejects bad fault specs with a clear error', async () => {
    for (const spec of ['429', '999=0.1', '500=2', 'latency=fast', '429=0.7,500=0.7']) {
      const res = await call(emu.restUrl, key, 'POST', '/__emulator/faults', { spec })
      expect(res.status, spec).toBe(400)
      expect(res.body.error).toMatch(/fault/)
    }
    expect((await call(emu.restUrl, key, 'POST', '/__emulator/faults', { spec: '' })).status).toBe(200)
  })

  it('logs method, path, query and body with the key reduced to a fingerprint', async () => {
    const before = (await call(emu.restUrl, key, 'GET', '/__emulator/requests')).body.requests.at(-1)?.seq ?? 0
    await call(emu.restUrl, key, 'GET', '/v2/transcript?limit=3')
    await submit({ punctuate: false })
    const log = (await call(emu.restUrl, key, 'GET', `/__emulator/requests?since=${before}`)).body.requests
    expect(log.map((e: { method: string; path: string }) => `${e.method} ${e.path}`)).toEqual(['GET /v2/transcript', 'POST /v2/transcript'])
    expect(log[0].query).toEqual({ limit: '3' })
    expect(log[0].status).toBe(200)
    expect(log[1].body.punctuate).toBe(false)
    expect(log[0].authorization).toMatch(/^fp:[\w-]{12}$/)
    expect(JSON.stringify(log)).not.toContain(key)
  })

  it('seeds many transcripts in one call and validates seed bodies', async () => {
    const res = await call(emu.restUrl, key, 'POST', '/__emulator/transcripts', { count: 500, created: '2026-01-01T00:00:00Z' })
    expect(res.body.ids).toHaveLength(500)
    expect(new Set(res.body.ids).size).toBe(500)
    for (const bad of [{ count: 0 }, { count: 1, status: 'done' }, { count: 1, created: 'soon' }, { count: 1, colour: 'red' }]) {
      expect((await call(emu.restUrl, key, 'POST', '/__emulator/transcripts', bad)).status).toBe(400)
    }
  })

  it('rejects inconsistent scripts', async () => {
    const bad = [
      { script: { turns: [{ speaker: 'A', text: 'x' }] } },
      { audio_url: 'https://a.example.com/1.wav', script: { turns: [{ speaker: 'A', text: 'Hi {{shoe_size:42}}' }] } },
      { audio_url: 'https://a.example.com/1.wav', script: { words: [{ text: 'a', start: 0, end: 10 }], pii: [{ policy: 'person_name', first_word: 0, last_word: 3 }] } },
      { sha256: 'abc', script: { turns: [{ speaker: 'A', text: 'x' }] } },
    ]
    for (const body of bad) {
      const res = await call(emu.restUrl, key, 'POST', '/__emulator/scripts', body)
      expect(res.status, JSON.stringify(body)).toBe(400)
      expect(typeof res.body.error).toBe('string')
    }
  })
})

describe('hardening', () => {
  it('survives a client that disconnects mid-upload and keeps serving', async () => {
    const { request } = await import('node:http')
    const u = new URL(`${emu.restUrl}/v2/upload`)
    await new Promise<void>((resolve) => {
      const req = request({ host: u.hostname, port: u.port, path: u.pathname, method: 'POST', headers: { authorization: key, 'content-length': '100000' } })
      req.on('error', () => resolve())
      req.write(Buffer.alloc(1000))
      setTimeout(() => {
        req.destroy()
        resolve()
      }, 50)
    })
    expect((await call(emu.restUrl, key, 'GET', '/v2/transcript?limit=1')).status).toBe(200)
    const small = makeWav(500)
    const up = await fetch(`${emu.restUrl}/v2/upload`, { method: 'POST', headers: { authorization: key }, body: small })
    expect(up.status).toBe(200)
  })
})
