/**
 * Starts the AssemblyAI emulator in-process: the REST API (`/v2/...`, `/v3/token`, test hooks under
 * `/__emulator/`) on plain HTTP, and the v3 streaming WebSocket on its own TLS port with a
 * certificate made at start-up.
 *
 * @module
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { createServer, type Server } from 'node:http'
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { WebSocketServer } from 'ws'
import { ScriptRegistry } from './scripts/script-registry.js'
import { createKeyCheck } from './internal/auth.js'
import type { EmulatorContext } from './internal/emulator-context.js'
import { NO_FAULTS, parseFaultSpec } from './internal/faults.js'
import { RedactedAudioSigner } from './internal/redacted-audio.js'
import { RequestLog } from './internal/request-log.js'
import { createRouter } from './internal/router.js'
import { createSpecValidators } from './internal/spec-validator.js'
import { runStreamingSession } from './internal/streaming-session.js'
import { StreamingTokens } from './internal/streaming-tokens.js'
import { createEmulatorTls } from './internal/tls-cert.js'
import { TranscriptStore } from './internal/transcript-store.js'
import { UploadStore } from './internal/upload-store.js'
import { DEFAULT_WEBHOOK_RETRY, WebhookDispatcher, type FetchLike, type WebhookRetry } from './internal/webhooks.js'

export interface EmulatorOptions {
  /** Interface to bind (default 127.0.0.1). */
  readonly host?: string
  /** REST port (default 0: a free port). */
  readonly port?: number
  /** Streaming (TLS WebSocket) port (default 0: a free port). */
  readonly streamingPort?: number
  /** Accepted API keys; when absent, any 32-character lowercase-hex key is accepted. */
  readonly apiKeys?: readonly string[]
  /** Fault spec, e.g. `429=0.1,500=0.05,reset=0.01,latency=50..400ms` (see docs/emulator.md). */
  readonly faults?: string
  /** Time from `POST /v2/transcript` to completion (default 1000 ms). */
  readonly processingDelayMs?: number
  /** Webhook delivery policy (default 10 attempts, 10 s apart, 10 s timeout, as AssemblyAI). */
  readonly webhookRetry?: Partial<WebhookRetry>
  /** Lifetime of signed redacted-audio URLs (default 1800 s). */
  readonly redactedAudioUrlTtlSeconds?: number
  /** Largest accepted upload (default 2.2 GB, AssemblyAI's limit). */
  readonly maxUploadBytes?: number
  /** Largest accepted JSON body (default 1 MiB). */
  readonly maxJsonBodyBytes?: number
  /** Entries kept in the request log (default 10,000). */
  readonly requestLogCapacity?: number
  /** Clock (ms since epoch) for timestamps, lifecycle, token and URL expiry. */
  readonly now?: () => number
  /** Randomness for faults (0 <= x < 1). */
  readonly random?: () => number
  /** Used to deliver webhooks (default: global fetch). */
  readonly fetch?: FetchLike
}

export interface RunningEmulator {
  /** `http://host:port`: the SDK's `baseUrl`. */
  readonly restUrl: string
  /** Same server as `restUrl`: the SDK's `streamingBaseUrl` (for `GET /v3/token`). */
  readonly streamingUrl: string
  /** `wss://host:port/v3/ws`: the SDK's `websocketBaseUrl`. */
  readonly wsUrl: string
  /** PEM of the CA that signed the WebSocket's certificate (for `NODE_EXTRA_CA_CERTS` or `ca`). */
  readonly caCertPath: string
  readonly caCert: string
  /** Changes the fault spec at run time (`""` clears). Throws on a bad spec. */
  setFaults(spec: string): void
  /** Number of stored transcripts. */
  transcriptCount(): number
  close(): Promise<void>
}

function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::' || host === '') return '127.0.0.1'
  return host.includes(':') ? `[${host}]` : host
}

function listen(server: Server | HttpsServer, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, () => {
      server.off('error', reject)
      resolve((server.address() as AddressInfo).port)
    })
  })
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const host = options.host ?? '127.0.0.1'
  const now = options.now ?? Date.now
  const dir = await mkdtemp(join(tmpdir(), 'voxguard-emulator-'))
  const webhooks = new WebhookDispatcher(
    { ...DEFAULT_WEBHOOK_RETRY, ...options.webhookRetry },
    options.fetch ?? ((input, init) => fetch(input, init)),
  )
  const ctx: EmulatorContext = {
    now,
    random: options.random ?? Math.random,
    restUrl: '',
    store: new TranscriptStore(),
    uploads: new UploadStore(dir, options.maxUploadBytes ?? 2_200_000_000),
    scripts: new ScriptRegistry(),
    log: new RequestLog(options.requestLogCapacity ?? 10_000),
    faults: options.faults === undefined ? NO_FAULTS : parseFaultSpec(options.faults),
    keyCheck: createKeyCheck(options.apiKeys),
    validators: createSpecValidators(),
    processingDelayMs: options.processingDelayMs ?? 1000,
    webhooks,
    tokens: new StreamingTokens(now),
    redactedAudio: new RedactedAudioSigner(options.redactedAudioUrlTtlSeconds ?? 1800),
    maxJsonBodyBytes: options.maxJsonBodyBytes ?? 1024 * 1024,
    hanging: new Set(),
  }
  // Idle keep-alive connections live longer than clients keep them (undici: the server's hint less
  // 1 s, else 4 s), so a client never reuses a socket the emulator is closing at that moment.
  const rest = createServer({ keepAliveTimeout: 65_000, headersTimeout: 66_000 }, createRouter(ctx))
  let tlsServer: HttpsServer | undefined
  let wss: WebSocketServer | undefined
  try {
    const restPort = await listen(rest, options.port ?? 0, host)
    ctx.restUrl = `http://${urlHost(host)}:${restPort}`
    const tls = await createEmulatorTls(dir, host)
    tlsServer = createHttpsServer({ key: tls.key, cert: tls.cert })
    wss = new WebSocketServer({ server: tlsServer, path: '/v3/ws', maxPayload: 4 * 1024 * 1024 })
    wss.on('connection', (ws, req) => {
      runStreamingSession(ctx, ws, req).catch(() => ws.close(3005, 'Session Cancelled: An error occurred'))
    })
    const wsPort = await listen(tlsServer, options.streamingPort ?? 0, host)
    let closing: Promise<void> | undefined
    return {
      restUrl: ctx.restUrl,
      streamingUrl: ctx.restUrl,
      wsUrl: `wss://${urlHost(host)}:${wsPort}/v3/ws`,
      caCertPath: tls.caCertPath,
      caCert: tls.caCert,
      setFaults(spec) {
        ctx.faults = parseFaultSpec(spec)
      },
      transcriptCount: () => ctx.store.size,
      close() {
        closing ??= shutdown(ctx, rest, tlsServer, wss, dir)
        return closing
      },
    }
  } catch (err) {
    await shutdown(ctx, rest, tlsServer, wss, dir)
    throw err
  }
}

async function shutdown(
  ctx: EmulatorContext,
  rest: Server,
  tlsServer: HttpsServer | undefined,
  wss: WebSocketServer | undefined,
  dir: string,
): Promise<void> {
  ctx.webhooks.close()
  for (const res of ctx.hanging) res.destroy()
  for (const client of wss?.clients ?? []) client.terminate()
  const closeServer = (s: Server | HttpsServer | undefined): Promise<void> =>
    new Promise((resolve) => {
      if (s === undefined || !s.listening) return resolve()
      s.close(() => resolve())
      s.closeAllConnections()
    })
  await Promise.all([closeServer(rest), closeServer(tlsServer), new Promise<void>((r) => (wss ? wss.close(() => r()) : r()))])
  await rm(dir, { recursive: true, force: true })
}
