import { createHash, randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { UpstreamError, UpstreamTimeoutError, UpstreamUnavailableError, ValidationError } from '../../src/errors.js'
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js'
import { createAssemblyAIClient, undiciTransport, type AssemblyAIClientOptions, type HttpTransport } from '../../src/upstream/index.js'
import { assertMatchesSpec } from '../emulator/spec-contract.js'

const keyA = randomBytes(16).toString('hex')
const keyB = randomBytes(16).toString('hex')
let emu: RunningEmulator

beforeAll(async () => {
  emu = await startEmulator({ apiKeys: [keyA, keyB], processingDelayMs: 20 })
})
afterAll(async () => {
  await emu.close()
})

interface Harness {
  sleeps: number[]
  client: ReturnType<typeof createAssemblyAIClient>
}

/** Every answer the emulator gives the client is checked against the spec's response schemas. */
async function validatingFetch(input: string, init: RequestInit): Promise<Response> {
  const res = await fetch(input, init)
  const url = new URL(input)
  if (url.origin === new URL(emu.restUrl).origin && res.headers.get('content-type')?.includes('json') === true) {
    const body: unknown = await res.clone().json()
    assertMatchesSpec(init.method ?? 'GET', url.pathname, res.status, body)
  }
  return res
}

/** The default transport (undici), with the same spec check on every JSON answer. */
function validatingTransport(inner: HttpTransport): HttpTransport {
  return async (req) => {
    const res = await inner(req)
    const url = new URL(req.url)
    if (url.origin !== new URL(emu.restUrl).origin || res.header('content-type')?.includes('json') !== true) return res
    const text = await res.text()
    assertMatchesSpec(req.method, url.pathname, res.status, JSON.parse(text) as unknown)
    return { ...res, status: res.status, statusText: res.statusText, text: async () => text }
  }
}

/** Which transport the harness gives the client: the injected-fetch path or the default one. */
let transportKind: 'fetch' | 'undici' = 'fetch'

function harness(extra: Partial<AssemblyAIClientOptions> = {}): Harness {
  const sleeps: number[] = []
  const transport = transportKind === 'undici' && extra.fetch === undefined ? { transport: validatingTransport(undiciTransport()) } : { fetch: validatingFetch }
  const client = createAssemblyAIClient({
    ...transport,
    apiKey: () => keyA,
    baseUrl: emu.restUrl,
    streamingBaseUrl: emu.streamingUrl,
    random: () => 0.5,
    sleep: async (ms) => {
      sleeps.push(ms)
    },
    ...extra,
  })
  return { sleeps, client }
}

async function faults(spec: string): Promise<void> {
  emu.setFaults(spec)
}

async function requestLog(): Promise<{ method: string; path: string; authorization: string }[]> {
  const res = await fetch(`${emu.restUrl}/__emulator/requests`, { headers: { authorization: keyA } })
  return ((await res.json()) as { requests: { method: string; path: string; authorization: string }[] }).requests
}

async function clearLog(): Promise<void> {
  await fetch(`${emu.restUrl}/__emulator/requests`, { method: 'DELETE', headers: { authorization: keyA } })
}

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p
  } catch (err) {
    return err
  }
  throw new Error('expected a rejection')
}

describe.each(['fetch', 'undici'] as const)('createAssemblyAIClient against the emulator (%s transport)', (kind) => {
  beforeAll(() => {
    transportKind = kind
  })
  it('uploads (bytes and streams), creates, gets, lists, deletes, and fetches redacted audio and tokens', async () => {
    const { client } = harness()
    await clearLog()
    const bytes = randomBytes(64 * 1024)
    const fromBytes = await client.uploadFile(bytes)
    expect(fromBytes.upload_url.startsWith(`${emu.restUrl}/cdn/upload/`)).toBe(true)
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 4; i++) controller.enqueue(bytes.subarray(i * 16384, (i + 1) * 16384))
        controller.close()
      },
    })
    await client.uploadFile(stream)
    const uploads = (await requestLog()).filter((e) => e.path === '/v2/upload') as unknown as { body: { sha256: string; bytes: number } }[]
    const sha = createHash('sha256').update(bytes).digest('hex')
    expect(uploads.map((u) => u.body)).toEqual([{ bytes: bytes.length, sha256: sha }, { bytes: bytes.length, sha256: sha }])

    const created = await client.createTranscript({
      audio_url: fromBytes.upload_url,
      speech_models: ['universal-3-pro'],
      redact_pii: true,
      redact_pii_policies: ['person_name'],
      redact_pii_audio: true,
    })
    expect(created.status).toBe('queued')
    await new Promise((r) => setTimeout(r, 40))
    const done = await client.getTranscript(created.id)
    expect(done.status).toBe('completed')
    expect(typeof done.text).toBe('string')

    const redacted = await client.getRedactedAudio(created.id)
    expect(redacted.status).toBe('redacted_audio_ready')

    const page = await client.listTranscripts({ limit: 1 })
    expect(page.transcripts[0]?.id).toBe(created.id)
    const older = await client.createTranscript({ audio_url: 'https://audio.example.com/b.wav', speech_models: ['nano'] })
    const firstPage = await client.listTranscripts({ limit: 1 })
    expect(firstPage.transcripts[0]?.id).toBe(older.id)
    const prev = firstPage.page_details.prev_url
    expect(prev).not.toBeNull()
    const second = await client.listTranscripts(prev ?? '')
    expect(second.transcripts[0]?.id).toBe(created.id)

    const tomb = await client.deleteTranscript(created.id)
    expect(tomb.audio_url).toBe('http://deleted_by_user')

    const token = await client.createStreamingToken({ expires_in_seconds: 60, max_session_duration_seconds: 600 })
    expect(token.expires_in_seconds).toBe(60)
    expect(token.token.length).toBeGreaterThan(20)
  })

  it('reads the API key for every request, so a rotated key is used at once', async () => {
    let current = keyA
    const { client } = harness({ apiKey: () => current })
    await clearLog()
    await client.listTranscripts({ limit: 1 })
    current = keyB
    await client.listTranscripts({ limit: 1 })
    const fps = (await requestLog()).map((e) => e.authorization)
    expect(fps).toHaveLength(2)
    expect(fps[0]).not.toBe(fps[1])
  })

  it('retries GET on 503 with backoff and full jitter, honouring Retry-After', async () => {
    const { client, sleeps } = harness({ baseDelayMs: 100 })
    await clearLog()
    await faults('503=2x,retry_after=2')
    const page = await client.listTranscripts({ limit: 1 })
    expect(page.page_details.limit).toBe(1)
    expect((await requestLog()).length).toBe(3)
    // Jittered backoff (0.5 * 100, 0.5 * 200) is shorter than Retry-After: 2 s wins both times.
    expect(sleeps).toEqual([2000, 2000])
  })

  it('uses jittered exponential backoff when there is no Retry-After (network resets)', async () => {
    const { client, sleeps } = harness({ baseDelayMs: 100, random: () => 0.75 })
    await faults('reset=2x')
    await client.listTranscripts({ limit: 1 })
    expect(sleeps).toEqual([75, 150])
  })

  it('never retries a POST, and keeps upstreamStatus and retryAfterSeconds', async () => {
    const { client, sleeps } = harness()
    await clearLog()
    await faults('503=1x,retry_after=5')
    const err = await caught(client.createTranscript({ audio_url: 'https://audio.example.com/c.wav', speech_models: ['nano'] }))
    expect(err).toBeInstanceOf(UpstreamUnavailableError)
    expect(err).toMatchObject({ upstreamStatus: 503, retryAfterSeconds: 5, retryable: true, code: 'upstream_unavailable' })
    expect(sleeps).toEqual([])
    expect((await requestLog()).filter((e) => e.method === 'POST')).toHaveLength(1)
  })

  it('gives up after maxRetries on persistent 429s', async () => {
    const { client, sleeps } = harness({ maxRetries: 2 })
    await clearLog()
    await faults('429=5x')
    const err = await caught(client.getTranscript('00000000-0000-4000-8000-000000000000'))
    expect(err).toMatchObject({ upstreamStatus: 429, retryAfterSeconds: 1 })
    expect(sleeps).toHaveLength(2)
    expect((await requestLog()).length).toBe(3)
    await faults('')
  })

  it('reads Retry-After given as an HTTP date, relative to the injected clock', async () => {
    const now = Date.parse('2026-06-01T12:00:00Z')
    let calls = 0
    const { client, sleeps } = harness({
      now: () => now,
      fetch: async (input, init) => {
        calls += 1
        if (calls === 1) return new Response('{"error":"Service Unavailable"}', { status: 503, headers: { 'retry-after': new Date(now + 3000).toUTCString() } })
        return validatingFetch(input, init)
      },
    })
    await client.listTranscripts({ limit: 1 })
    expect(sleeps).toEqual([3000])
  })

  it('does not wait for a Retry-After beyond maxRetryAfterSeconds', async () => {
    const { client, sleeps } = harness({ maxRetryAfterSeconds: 10 })
    await faults('429=1x,retry_after=120')
    const err = await caught(client.listTranscripts())
    expect(err).toMatchObject({ upstreamStatus: 429, retryAfterSeconds: 120 })
    expect(sleeps).toEqual([])
  })

  it('maps 404 and 400 to UpstreamError without retrying', async () => {
    const { client, sleeps } = harness()
    const notFound = await caught(client.getTranscript('00000000-0000-4000-8000-000000000000'))
    expect(notFound).toBeInstanceOf(UpstreamError)
    expect(notFound).toMatchObject({ upstreamStatus: 404, retryable: false, code: 'upstream_error' })
    const bad = await caught(client.createTranscript({ audio_url: 'https://audio.example.com/c.wav', speech_models: ['nano'], content_safety_confidence: 5 }))
    expect(bad).toMatchObject({ upstreamStatus: 400 })
    expect((bad as Error).message).toContain('content_safety_confidence must be between 25 and 100')
    expect(sleeps).toEqual([])
    expect(await caught(client.getTranscript('../../v2/upload'))).toBeInstanceOf(ValidationError)
  })

  it('times out a hanging call, and retries it when idempotent', async () => {
    const { client } = harness({ timeoutMs: 150, maxRetries: 0 })
    await faults('hang=1x')
    const err = await caught(client.listTranscripts())
    expect(err).toBeInstanceOf(UpstreamTimeoutError)
    expect(err).toMatchObject({ code: 'upstream_timeout', retryable: true })
    const retrying = harness({ timeoutMs: 150, maxRetries: 1 })
    await faults('hang=1x')
    expect((await retrying.client.listTranscripts({ limit: 1 })).page_details.limit).toBe(1)
  })

  it('times out a server that sends the headers and then stalls the body', async () => {
    const { createServer } = await import('node:http')
    const server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'application/json' })
      res.write('{"page_details":')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const port = (server.address() as { port: number }).port
    try {
      const { client } = harness({ baseUrl: `http://127.0.0.1:${port}`, timeoutMs: 150, maxRetries: 0, ...(kind === 'fetch' ? { fetch: (i: string, init: RequestInit) => fetch(i, init) } : {}) })
      expect(await caught(client.listTranscripts())).toBeInstanceOf(UpstreamTimeoutError)
    } finally {
      server.closeAllConnections()
      server.close()
    }
  })

  it('stops at once when the caller aborts', async () => {
    const { client, sleeps } = harness({ maxRetries: 3 })
    await faults('hang=1x')
    const controller = new AbortController()
    const pending = caught(client.listTranscripts(undefined, { signal: controller.signal }))
    setTimeout(() => controller.abort(new Error('caller gave up')), 50)
    const err = await pending
    expect((err as Error).message).toBe('caller gave up')
    expect(sleeps).toEqual([])
    await faults('')
  })

  it('maps an unreachable host to UpstreamUnavailableError', async () => {
    const { client } = harness({ baseUrl: 'http://127.0.0.1:1', maxRetries: 1 })
    const err = await caught(client.listTranscripts())
    expect(err).toBeInstanceOf(UpstreamUnavailableError)
    expect((err as UpstreamError).upstreamStatus).toBeUndefined()
  })
})

describe('safety of the key', () => {
  it('refuses to follow a pagination URL to another origin or path, without any request', async () => {
    const seen: string[] = []
    const { client } = harness({
      fetch: async (input, init) => {
        seen.push(input)
        return fetch(input, init)
      },
    })
    for (const url of [
      'https://attacker.example/v2/transcript?limit=2&before_id=x',
      `${emu.restUrl.replace('127.0.0.1', 'localhost')}/v2/transcript?limit=2`,
      `${emu.restUrl}/v2/upload?limit=2`,
      `http://user:pw@${emu.restUrl.slice('http://'.length)}/v2/transcript`,
      'not a url',
    ]) {
      const err = await caught(client.listTranscripts(url))
      expect(err).toBeInstanceOf(UpstreamError)
      expect((err as Error).message).toMatch(/refusing to follow/)
    }
    expect(seen).toEqual([])
  })

  it('never puts the key in an error, even when upstream echoes it', async () => {
    const { client } = harness({
      maxRetries: 0,
      fetch: async () => new Response(JSON.stringify({ error: `bad key ${keyA} and ${keyB.toUpperCase()}` }), { status: 401 }),
    })
    const err = (await caught(client.listTranscripts())) as UpstreamError
    expect(err.upstreamStatus).toBe(401)
    expect(err.message).not.toContain(keyA)
    expect(err.message.toLowerCase()).not.toContain(keyB)
    expect(JSON.stringify(err)).not.toContain(keyA)
    expect(JSON.stringify(err.logContext)).not.toContain(keyA)
  })

  it('answers a 401 from the emulator with upstreamStatus 401 and no key in the message', async () => {
    const stranger = randomBytes(16).toString('hex')
    const { client } = harness({ apiKey: () => stranger })
    const err = (await caught(client.getTranscript('00000000-0000-4000-8000-000000000000'))) as UpstreamError
    expect(err.upstreamStatus).toBe(401)
    expect(err.message).toContain('Authentication error')
    expect(err.message).not.toContain(stranger)
  })

  it('with the default transport, answers a redirect as an error and never sends the key to its target', async () => {
    const { createServer } = await import('node:http')
    const seenByTarget: (string | undefined)[] = []
    const target = createServer((req, res) => {
      seenByTarget.push(req.headers.authorization)
      res.end('{}')
    })
    await new Promise<void>((resolve) => target.listen(0, '127.0.0.1', resolve))
    const targetPort = (target.address() as { port: number }).port
    const redirector = createServer((_req, res) => res.writeHead(302, { location: `http://127.0.0.1:${targetPort}/v2/transcript` }).end())
    await new Promise<void>((resolve) => redirector.listen(0, '127.0.0.1', resolve))
    try {
      const client = createAssemblyAIClient({ apiKey: () => keyA, baseUrl: `http://127.0.0.1:${(redirector.address() as { port: number }).port}`, maxRetries: 0 })
      const err = (await caught(client.listTranscripts())) as UpstreamError
      expect(err).toBeInstanceOf(UpstreamError)
      expect(err.upstreamStatus).toBe(302)
      expect(err.message).toContain('answered 302')
      expect(seenByTarget).toEqual([])
    } finally {
      target.close()
      redirector.close()
    }
  })

  it('does not follow redirects (which could carry the key elsewhere)', async () => {
    const { client } = harness({
      maxRetries: 0,
      fetch: async (input, init) => {
        expect(init.redirect).toBe('error')
        return fetch(input, init)
      },
    })
    await client.listTranscripts({ limit: 1 })
  })
})
