/**
 * Test fixtures for the retention suites: an emulator with a fresh API key, seeding and request-log
 * helpers, and the upstream client the engine is given.
 */
import { randomBytes } from 'node:crypto'
import { startEmulator, type RunningEmulator } from '../../../src/emulator/index.js'
import { createAssemblyAIClient } from '../../../src/upstream/index.js'
import type { ErasureUpstream } from '../../../src/retention/index.js'

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

/** The real upstream client without its own retries: the engine retries under its request budget. */
export function fetchUpstream(baseUrl: string, apiKey: string): ErasureUpstream {
  return createAssemblyAIClient({ apiKey: () => apiKey, baseUrl, maxRetries: 0, timeoutMs: 10_000 })
}
