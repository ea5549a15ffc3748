/**
 * A real gateway over HTTP in front of the real emulator (with a key generated at run time), for
 * the gateway's integration tests. Everything the gateway logs is captured for canary checks.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient } from '../../src/auth/index.js'
import { loadConfig } from '../../src/config/load-config.js'
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js'
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js'
import { createClientsRepository } from '../../src/store/index.js'
import { CaptureStream, makeFakeKey } from './capture-stream.js'
import { makeToneWav } from './tone-wav.js'

export interface Harness {
  readonly apiKey: string
  readonly emulator: RunningEmulator
  readonly gateway: RunningGateway
  readonly log: CaptureStream
  /** Every response body and header block the tests saw (for canary checks). */
  readonly seen: string[]
  newClient(name: string, options?: { origins?: string[]; maxTokenTtlSeconds?: number; ratePerMinute?: number }): Promise<string>
  call(path: string, init?: RequestInit & { key?: string }): Promise<Response>
  upstreamRequests(path?: string, method?: string): Promise<Array<{ method: string; path: string; body: unknown; query: Record<string, unknown> }>>
  close(): Promise<void>
}

export const DEFAULT_TEST_POLICY = {
  pii: { preset: 'gdpr', substitution: 'entity_name', residual_check: 'redact', audio: true, audio_quality: 'wav' },
  content_safety: { enabled: true, confidence: 50, default_action: 'allow', rules: [{ label: 'hate_speech', min_confidence: 0.5, action: 'block' }] },
  retention: { days: 30 },
  tokens: { default_ttl_seconds: 60, max_ttl_seconds: 300, default_session_seconds: 900, max_session_seconds: 3600 },
}

export async function startHarness(options: { policy?: object; env?: Record<string, string>; processingDelayMs?: number; databaseUrl?: string } = {}): Promise<Harness> {
  const apiKey = makeFakeKey()
  const emulator = await startEmulator({ apiKeys: [apiKey], processingDelayMs: options.processingDelayMs ?? 50, webhookRetry: { attempts: 3, intervalMs: 100, timeoutMs: 2000 } })
  const dir = mkdtempSync(join(tmpdir(), 'vg-harness-'))
  const policyFile = join(dir, 'policy.json')
  writeFileSync(policyFile, JSON.stringify(options.policy ?? DEFAULT_TEST_POLICY))
  const log = new CaptureStream()
  const env: Record<string, string> = {
    PORT: '0',
    ASSEMBLYAI_API_KEY: apiKey,
    ASSEMBLYAI_BASE_URL: emulator.restUrl,
    ASSEMBLYAI_STREAMING_BASE_URL: emulator.streamingUrl,
    ASSEMBLYAI_STREAMING_WS_URL: emulator.wsUrl,
    ASSEMBLYAI_STREAMING_CA_FILE: emulator.caCertPath,
    VOXGUARD_DATA_DIR: dir,
    VOXGUARD_POLICY: policyFile,
    VOXGUARD_UPSTREAM_TIMEOUT_MS: '3000',
    LOG_LEVEL: 'debug',
    ...(options.databaseUrl ? { DATABASE_URL: options.databaseUrl } : {}),
    ...options.env,
  }
  let gateway: RunningGateway
  try {
    gateway = await startGateway({ loaded: loadConfig({ env }), logDestination: log, scheduler: false })
  } catch (error) {
    await emulator.close()
    throw error
  }
  const seen: string[] = []
  const clients = createClientsRepository(gateway.store.db)
  return {
    apiKey,
    emulator,
    gateway,
    log,
    seen,
    async newClient(name, o = {}) {
      const created = await createClient(clients, { name, origins: o.origins ?? [], maxTokenTtlSeconds: o.maxTokenTtlSeconds, ratePerMinute: o.ratePerMinute })
      return created.key
    },
    async call(path, init = {}) {
      const { key, ...rest } = init
      const headers = new Headers(rest.headers)
      if (key && !headers.has('authorization')) headers.set('authorization', `Bearer ${key}`)
      const response = await fetch(`${gateway.url}${path}`, { ...rest, headers })
      const copy = response.clone()
      const type = copy.headers.get('content-type') ?? ''
      const text = type.includes('json') || type.includes('text') ? await copy.text() : ''
      seen.push(JSON.stringify([...response.headers.entries()]), text)
      return response
    },
    async upstreamRequests(path, method) {
      const response = await fetch(`${emulator.restUrl}/__emulator/requests`, { headers: { authorization: apiKey } })
      const body = (await response.json()) as { requests: Array<{ method: string; path: string; body: unknown; query: Record<string, unknown> }> }
      return body.requests.filter((r) => (!path || r.path === path) && (!method || r.method === method))
    },
    async close() {
      await gateway.close()
      await emulator.close()
    },
  }
}

/** A small PCM WAV (16 kHz mono, a tone) made at run time. */
export function makeWav(seconds = 1, sampleRate = 16_000): Uint8Array {
  return new Uint8Array(makeToneWav({ seconds, sampleRate }))
}

export async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs = 10_000, intervalMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, intervalMs))
  }
}
