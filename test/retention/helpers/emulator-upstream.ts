/**
 * Test fixtures for the retention suites: an emulator with a fresh API key, seeding and request-log
 * helpers, and the `ErasureUpstream` the engine is given.
 */
import { randomBytes } from 'node:crypto'
import { startEmulator, type RunningEmulator } from '../../../src/emulator/index.js'
import { UpstreamError, UpstreamUnavailableError } from '../../../src/errors.js'
import type { ErasureUpstream, UpstreamListPage, UpstreamTranscriptState } from '../../../src/retention/index.js'

export interface EmulatorFixture {
  emulator: RunningEmulator
  apiKey: string
  upstream: ErasureUpstream
  seed(count: number, created: Date, status?: string): Promise<string[]>
  requests(): Promise<Array<{ method: string; path: string; status: number }>>
  faults(spec: string): Promise<void>
  close(): Promise<void>
}

export async function startEmulatorFixture(faults?: string): Promise<EmulatorFixture> {
  const apiKey = randomBytes(16).toString('hex')
  const emulator = await startEmulator({ port: 0, apiKeys: [apiKey], requestLogCapacity: 200_000, ...(faults ? { faults } : {}) })
  const hook = async (method: string, path: string, body?: unknown): Promise<unknown> => {
    const res = await fetch(`${emulator.restUrl}${path}`, {
      method,
      headers: { authorization: apiKey, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    if (!res.ok) throw new Error(`emulator hook ${method} ${path}: ${res.status} ${await res.text()}`)
    return res.json()
  }
  return {
    emulator,
    apiKey,
    upstream: fetchUpstream(emulator.restUrl, apiKey),
    async seed(count, created, status = 'completed') {
      const out = (await hook('POST', '/__emulator/transcripts', { count, created: created.toISOString(), status })) as { ids: string[] }
      return out.ids
    },
    async requests() {
      const out = (await hook('GET', '/__emulator/requests')) as { requests: Array<{ method: string; path: string; status: number }> }
      return out.requests
    },
    async faults(spec) {
      await hook('POST', '/__emulator/faults', { spec })
    },
    close: () => emulator.close(),
  }
}

/**
 * A plain fetch client for the three calls (no retries: the engine retries), mapping failures to
 * the UpstreamError hierarchy the way the upstream client does.
 */
export function fetchUpstream(baseUrl: string, apiKey: string): ErasureUpstream {
  const origin = new URL(baseUrl).origin
  const call = async <T>(method: string, url: string): Promise<T> => {
    if (new URL(url).origin !== origin) throw new UpstreamError('refusing to follow a page URL to another host')
    let res: Response
    try {
      res = await fetch(url, { method, headers: { authorization: apiKey }, signal: AbortSignal.timeout(10_000) })
    } catch (error) {
      throw new UpstreamUnavailableError('AssemblyAI could not be reached', { cause: error, retryable: true })
    }
    if (!res.ok) {
      const retryAfter = res.headers.get('retry-after')
      await res.body?.cancel()
      throw new UpstreamError(`AssemblyAI answered ${res.status}`, {
        upstreamStatus: res.status,
        ...(retryAfter !== null && /^\d+$/.test(retryAfter) ? { retryAfterSeconds: Number(retryAfter) } : {}),
        retryable: res.status === 429 || res.status >= 500,
      })
    }
    try {
      return (await res.json()) as T
    } catch (error) {
      throw new UpstreamUnavailableError('AssemblyAI sent an unreadable answer', { cause: error, retryable: true })
    }
  }
  return {
    deleteTranscript: (id) => call('DELETE', `${baseUrl}/v2/transcript/${encodeURIComponent(id)}`),
    getTranscript: (id) => call<UpstreamTranscriptState>('GET', `${baseUrl}/v2/transcript/${encodeURIComponent(id)}`),
    listTranscripts: (what) => call<UpstreamListPage>('GET', typeof what === 'string' ? what : `${baseUrl}/v2/transcript?limit=${what?.limit ?? 200}`),
  }
}
