/**
 * Assembles a gateway from its configuration: policy, store (migrated), upstream client (or, in
 * development without a key, an in-process emulator), auth, rate limits, the erasure engine and
 * ledger, the webhook queue and outbound events, and the Hono app. Used by `voxguard serve` and by
 * applications that mount the handlers in their own server (Next.js, Express).
 *
 * @module
 */
import { randomBytes } from 'node:crypto'
import type { DestinationStream } from 'pino'
import { createAuthenticator, createClient } from '../auth/index.js'
import { createApiKeyProvider, type ApiKeyProvider } from '../config/api-key-provider.js'
import type { LoadedConfig } from '../config/load-config.js'
import { startEmulator, type RunningEmulator } from '../emulator/index.js'
import { createLedger, type Ledger } from '../ledger/index.js'
import { createLogger, type Logger } from '../log/create-logger.js'
import { scanTranscriptText } from '../pii/index.js'
import { defaultPolicy, loadPolicyFile, type Policy } from '../policy/index.js'
import { createErasureEngine, startRetentionScheduler, type ErasureEngine, type RetentionScheduler } from '../retention/index.js'
import {
  createAuditEventsRepository,
  createClientsRepository,
  createKeyFingerprintsRepository,
  createFinishedTranscriptsRepository,
  createOutboundEventsRepository,
  createStore,
  createTranscriptsRepository,
  createUploadsRepository,
  createWebhookDeliveriesRepository,
  type Store,
} from '../store/index.js'
import { createAssemblyAIClient, undiciTransport } from '../upstream/index.js'
import {
  createFieldScanPool,
  createQueueWorker,
  defaultFieldScanThreads,
  dispatchOutboundEvent,
  processWebhookEvent,
  queueOutboundEvent,
  type QueueWorker,
} from '../webhooks/index.js'
import { createAuditRecorder } from './audit-recorder.js'
import { createApp } from './create-app.js'
import { createInflightRequests } from './middleware/inflight-requests.js'
import { createGatewayMetrics, type GatewayMetrics } from './gateway-metrics.js'
import type { GatewayServices, GatewayUpstream } from './gateway-services.js'
import { createRateLimiters, type CreatedRateLimiters } from './rate-limiters.js'
import { docsRoutes } from './routes/docs-routes.js'
import { v1Routes } from './routes/v1-routes.js'
import { streamingRoutes } from './routes/streaming-routes.js'
import { demoRoutes } from './routes/demo-routes.js'
import { createStreamingProxy, loadStreamingCa, type StreamingProxy } from './streaming-proxy.js'
import { streamingMetrics } from './streaming-metrics.js'
import { createTicketStore, redactorForPolicy } from '../streaming/index.js'
import { ASSEMBLYAI_WEBHOOK_IPS, webhookRoutes } from './routes/webhook-routes.js'
import type { Hono } from 'hono'
import type { GatewayEnv } from './gateway-env.js'
import { ConfigError, UpstreamError } from '../errors.js'

export const GATEWAY_VERSION = '0.1.0'

export interface CreateGatewayOptions {
  readonly loaded: LoadedConfig
  readonly logDestination?: DestinationStream
  readonly now?: () => Date
  /** fetch used for outbound webhooks and redacted audio (tests inject). */
  readonly fetch?: typeof fetch
  /** Start the retention scheduler (default true; tests turn it off). */
  readonly scheduler?: boolean
}

export interface Gateway {
  readonly app: Hono<GatewayEnv>
  readonly services: GatewayServices
  readonly policy: Policy
  readonly store: Store
  readonly logger: Logger
  readonly apiKey: ApiKeyProvider
  readonly metrics: GatewayMetrics
  readonly eraser: ErasureEngine
  readonly ledger: Ledger
  readonly webhookWorker: QueueWorker
  readonly outboundWorker: QueueWorker | undefined
  /** The in-process emulator, when development runs without a key. */
  readonly emulator: RunningEmulator | undefined
  /** A demo client key created at first start in embedded mode (shown once). */
  readonly demoClientKey: string | undefined
  /** The redacting streaming proxy (`GET /v1/streaming/ws`): `attach(server)` after listening. */
  readonly streaming: StreamingProxy
  /** Sets the base URL used for webhook URLs when no VOXGUARD_PUBLIC_URL is configured. */
  setListeningUrl(url: string): void
  start(): void
  close(): Promise<void>
}

const LEASE_MS = 60_000
/** More requests than this in progress at once is a burst: queue work runs one item at a time. */
const BURST_INFLIGHT_REQUESTS = 8

export async function createGateway(options: CreateGatewayOptions): Promise<Gateway> {
  const { config } = options.loaded
  const now = options.now ?? (() => new Date())
  const fetchImpl = options.fetch ?? globalThis.fetch
  const policy = config.policyFile ? loadPolicyFile(config.policyFile) : defaultPolicy()

  let emulator: RunningEmulator | undefined
  let apiKeyValue = config.upstream.apiKey
  let baseUrl = config.upstream.baseUrl
  let streamingBaseUrl = config.upstream.streamingBaseUrl
  let websocketUrl = config.upstream.streamingWebsocketUrl ?? `${streamingBaseUrl.replace(/^http/, 'ws')}/v3/ws`
  if (!apiKeyValue) {
    if (config.env === 'production') throw new ConfigError([{ path: 'ASSEMBLYAI_API_KEY', message: 'is required in production' }])
    apiKeyValue = randomBytes(16).toString('hex')
    emulator = await startEmulator({ apiKeys: [apiKeyValue], processingDelayMs: 1500 })
    baseUrl = emulator.restUrl
    streamingBaseUrl = emulator.streamingUrl
    websocketUrl = emulator.wsUrl
  }
  const apiKey = createApiKeyProvider({ initial: apiKeyValue, file: options.loaded.apiKeyFile })
  const logger = createLogger({
    level: config.log.level,
    ...(options.logDestination ? { destination: options.logDestination } : {}),
    knownSecrets: () => knownSecrets(apiKey, config.database.url, config.webhooks.appSecret),
  })

  const store = createStore({ url: config.database.url, dataDir: config.database.dataDir, checkpointOffThread: true })
  const closers: Array<() => Promise<void>> = [async () => store.close(), async () => emulator?.close()]
  const closeAll = async () => {
    for (const close of closers.reverse()) await close().catch(() => undefined)
  }
  try {
    await store.migrate()
    const fingerprint = apiKey.fingerprint()
    if (fingerprint && !emulator) {
      const others = await createKeyFingerprintsRepository(store.db).recordUse(fingerprint, config.env, now().toISOString())
      if (others.length > 0) {
        logger.warn({ keyFingerprint: fingerprint, env: config.env, alsoSeenIn: others }, 'the same AssemblyAI key was used under another environment: give each environment its own key')
      }
    }
    const clients = createClientsRepository(store.db)
    const transcripts = createTranscriptsRepository(store.db)
    const auditEvents = createAuditEventsRepository(store.db)
    const deliveries = createWebhookDeliveriesRepository(store.db, store.dialect)
    const outbound = config.webhooks.appUrl ? createOutboundEventsRepository(store.db, store.dialect) : undefined
    const finished = createFinishedTranscriptsRepository(store.db)
    const metrics = createGatewayMetrics()
    const audit = createAuditRecorder({ repository: auditEvents, logger, now })

    // one keep-alive pool for both clients
    const upstreamOptions = { apiKey: () => apiKey.current() ?? '', baseUrl, streamingBaseUrl, timeoutMs: config.upstream.timeoutMs, transport: undiciTransport() }
    const upstream: GatewayUpstream = createAssemblyAIClient({ ...upstreamOptions, maxRetries: config.upstream.maxRetries })
    const ledger = createLedger({ store, keyFile: config.ledger.keyFile, dataDir: config.database.dataDir, env: config.env, clock: now })
    const eraser = createErasureEngine({ store, upstream: createAssemblyAIClient({ ...upstreamOptions, maxRetries: 0 }), ledger, clock: now, logger })

    const limiters: CreatedRateLimiters = await createRateLimiters(
      { perIpPerMinute: config.server.rateLimitPerIpPerMinute, perPrincipalPerMinute: config.server.rateLimitPerPrincipalPerMinute },
      store.dialect === 'postgres' ? config.database.url : undefined,
    )
    closers.push(() => limiters.close())
    const jwt =
      config.auth.jwtJwksUrl && config.auth.jwtIssuer && config.auth.jwtAudience
        ? { jwksUrl: config.auth.jwtJwksUrl, issuer: config.auth.jwtIssuer, audience: config.auth.jwtAudience, origins: config.server.corsOrigins }
        : undefined

    let listeningUrl = `http://${config.server.host}:${config.server.port}`
    const publicUrl = () => (config.server.publicUrl ?? listeningUrl).replace(/\/$/, '')
    const residualScanner = (text: string) => scanTranscriptText(text)
    // Finished transcripts are scanned on worker threads: a long call's scan would otherwise hold
    // up every request behind it.
    const scanThreads = config.webhooks.scanThreads ?? defaultFieldScanThreads()
    const fieldScanPool = scanThreads > 0 ? createFieldScanPool(scanThreads) : undefined
    if (fieldScanPool) closers.push(() => fieldScanPool.close())
    // The pipeline falls back to scanning on the event loop when the threads fail; say so, since
    // that fallback would otherwise be silent.
    const threadsUnavailable = (error: unknown): never => {
      if (!(error instanceof UpstreamError)) logger.warn({ reason: (error as Error).message }, 'residual-PII scan threads unavailable: scanning on the event loop')
      throw error
    }
    const fieldScan = fieldScanPool ? (transcript: Record<string, unknown>) => fieldScanPool.scan(transcript).catch(threadsUnavailable) : undefined
    const fieldScanJson = fieldScanPool ? (json: string) => fieldScanPool.scanJson(json).catch(threadsUnavailable) : undefined
    const tickets = createTicketStore()
    const streamingHooks = streamingMetrics(metrics.registry)
    const streaming = createStreamingProxy({
      tickets,
      upstreamUrl: websocketUrl,
      apiKey: () => apiKey.current(),
      upstreamCa: emulator?.caCert ?? loadStreamingCa(config.upstream.streamingCaFile),
      redactTurn: redactorForPolicy(policy),
      logger,
      onTurnRelayed: streamingHooks.onTurnRelayed,
      onSessionEnd: streamingHooks.onSessionEnd,
      onRefused: streamingHooks.onRefused,
    })
    streamingHooks.observe(streaming)
    closers.push(() => streaming.close())
    const services: GatewayServices = {
      policy,
      upstream,
      authenticator: createAuthenticator({ clients, jwt }),
      limiters,
      clients,
      transcripts,
      uploads: createUploadsRepository(store.db),
      auditEvents,
      eraser,
      audit,
      residualScanner,
      streamingWebsocketUrl: websocketUrl,
      webhookUrl: () => `${publicUrl()}/webhooks/assemblyai`,
      userOrigins: config.server.corsOrigins,
      adminClients: config.server.adminClients,
      emitEvent: async (type, data) => {
        await queueOutboundEvent({ outbound, now }, type, data)
        outboundWorker?.kick()
      },
      bodyLimitBytes: config.server.bodyLimitBytes,
      uploadLimitBytes: config.server.uploadLimitBytes,
      trustedProxyHeader: config.server.trustedProxyHeader,
      fetchAudio: fetchImpl,
      now,
    }

    // Retention hook: an erasure requested while AssemblyAI was still processing runs once it finishes.
    const finishPendingErasure = async (id: string): Promise<void> => {
      const receipt = await eraser.resumeErasure(id)
      if (receipt?.upstream === 'deleted') await services.emitEvent('transcript.deleted', { transcript_id: id, deleted_at: receipt.deleted_at })
    }
    const verdicts = metrics.transcriptVerdicts
    const inflight = createInflightRequests()
    const webhookWorker = createQueueWorker({
      name: 'assemblyai-webhooks',
      logger,
      // during a burst of requests (webhook deliveries, mostly), answers go first
      stepBack: () => inflight.count > BURST_INFLIGHT_REQUESTS,
      // each item waits on the upstream, its scan thread and two group commits: enough lanes that
      // those waits overlap and the commits are shared (16 lanes drained about 1,400/s on the bench,
      // 32 about 2,100/s; more gained nothing but memory: each lane holds a transcript's JSON)
      batchSize: 64,
      concurrency: 32,
      claim: (limit) => deliveries.claim(limit, now().toISOString(), new Date(now().getTime() + LEASE_MS).toISOString()),
      release: (items) => deliveries.release(items.map((i) => i.id)),
      run: async (item) => {
        // a finished transcript's delivery is marked done with its verdicts, in one transaction
        const done = await processWebhookEvent(
          { upstream, transcripts, finished, outbound, policy, scanner: residualScanner, fieldScan, fieldScanJson, now, onVerdict: (kind, action, labels) => {
              verdicts.inc({ kind, action })
              for (const label of labels) metrics.verdictLabels.inc({ kind, label, action })
            }, onWithdrawn: (id) => finishPendingErasure(id) },
          item.transcript_id,
          item.event as 'completed' | 'error' | 'redacted_audio_ready',
          item.transcript,
          item.id,
        )
        if (!done) await deliveries.complete(item.id, now().toISOString())
        outboundWorker?.kick()
      },
      onError: async (item, error) => {
        const final = item.attempts >= 8
        const retryAt = new Date(now().getTime() + Math.min(2 ** item.attempts * 1000, 300_000)).toISOString()
        logger.warn({ transcriptId: item.transcript_id, event: item.event, attempts: item.attempts, code: (error as { code?: string }).code, final }, 'webhook processing failed')
        await deliveries.fail(item.id, (error as Error).message ?? 'failed', retryAt, final)
      },
    })
    const appSecrets = config.webhooks.appSecret?.split(' ') ?? []
    const outboundWorker =
      outbound && config.webhooks.appUrl
        ? createQueueWorker({
            name: 'app-webhooks',
            logger,
            claim: (limit) => outbound.claimDue(limit, now().toISOString(), new Date(now().getTime() + LEASE_MS).toISOString()),
            run: (event) =>
              dispatchOutboundEvent(
                {
                  events: outbound,
                  url: config.webhooks.appUrl ?? '',
                  secrets: appSecrets,
                  fetch: fetchImpl,
                  now,
                  giveUpAfterMs: config.webhooks.giveUpAfterHours * 3_600_000,
                  onGiveUp: async (e, status) => {
                    await auditEvents.append({ at: now().toISOString(), action: 'app_webhook.given_up', principal: 'system', target: e.id, outcome: 'failure', details: { type: e.type, last_status: status } })
                  },
                },
                event,
              ),
            onError: async (event, error) => {
              logger.warn({ eventId: event.id, err: (error as Error).message }, 'outbound webhook dispatch failed')
            },
          })
        : undefined

    let scheduler: RetentionScheduler | undefined
    const app = createApp({
      inflight,
      store,
      logger,
      metrics,
      routes: [
        docsRoutes(GATEWAY_VERSION),
        webhookRoutes({
          transcripts,
          deliveries,
          audit,
          now,
          kick: () => webhookWorker.kick(),
          ipAllowlist: config.webhooks.sourceIpAllowlist ? ASSEMBLYAI_WEBHOOK_IPS : undefined,
          trustedProxyHeader: config.server.trustedProxyHeader,
          onReceived: (outcome) => metrics.webhooksReceived.inc({ outcome }),
        }),
        v1Routes(services),
        // After v1Routes: the ticket route runs behind the same /v1/* auth chain.
        streamingRoutes({ tickets, policy, audit, bodyLimitBytes: config.server.bodyLimitBytes, publicUrl: () => config.server.publicUrl }),
        ...((config.server.demo ?? config.env === 'development') ? [demoRoutes({ streamingWebsocketUrl: websocketUrl })] : []),
      ],
    })

    let demoClientKey: string | undefined
    if (emulator && (await clients.countActive()) === 0) {
      // The /demo page calls from the gateway's own origin: allow it for the demo key.
      const port = config.server.port
      const demoOrigins = port === 0 ? [] : [...new Set([`http://127.0.0.1:${port}`, `http://localhost:${port}`, `http://${config.server.host.includes(':') ? `[${config.server.host}]` : config.server.host}:${port}`])]
      demoClientKey = (await createClient(clients, { name: 'demo', origins: demoOrigins.filter((o) => !/\/\/(0\.0\.0\.0|\[::\])/.test(o)) }, now)).key
    }

    return {
      app, services, policy, store, logger, apiKey, metrics, eraser, ledger, webhookWorker, outboundWorker, emulator, demoClientKey, streaming,
      setListeningUrl(url) {
        listeningUrl = url
      },
      start() {
        webhookWorker.start()
        outboundWorker?.start()
        if (options.scheduler ?? true) {
          scheduler = startRetentionScheduler({ engine: eraser, schedule: policy.retention.schedule, logger, store, sweep: { includeUntracked: policy.retention.include_untracked, retentionDays: policy.retention.days } })
        }
      },
      async close() {
        await scheduler?.stop()
        await webhookWorker.stop()
        await outboundWorker?.stop()
        apiKey.close()
        await closeAll()
      },
    }
  } catch (error) {
    await closeAll()
    throw error
  }
}

function knownSecrets(apiKey: ApiKeyProvider, databaseUrl: string | undefined, appSecret: string | undefined): string[] {
  const out: string[] = []
  const key = apiKey.current()
  if (key) out.push(key)
  if (databaseUrl) {
    try {
      const password = decodeURIComponent(new URL(databaseUrl).password)
      if (password) out.push(password)
    } catch {
      /* not a URL: nothing to scrub */
    }
  }
  if (appSecret) out.push(...appSecret.split(' '))
  return out
}
