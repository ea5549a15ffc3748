/**
 * Assembles and starts the gateway: config -> policy -> store (migrated) -> app -> HTTP server.
 * Every failure before listening is a VoxguardError with a one-line message; nothing is left
 * half-started (the store is closed again on failure).
 *
 * @module
 */
import { serve, type ServerType } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import { createApiKeyProvider, type ApiKeyProvider } from '../config/api-key-provider.js'
import type { LoadedConfig } from '../config/load-config.js'
import { ConfigError } from '../errors.js'
import { createLogger, type Logger } from '../log/create-logger.js'
import { defaultPolicy, loadPolicyFile, type Policy } from '../policy/index.js'
import { createKeyFingerprintsRepository, createStore, type Store } from '../store/index.js'
import { createApp } from './create-app.js'
import { createGatewayMetrics, type GatewayMetrics } from './gateway-metrics.js'
import type { DestinationStream } from 'pino'

export interface StartGatewayOptions {
  readonly loaded: LoadedConfig
  readonly logDestination?: DestinationStream
  readonly now?: () => Date
}

export interface RunningGateway {
  readonly url: string
  readonly port: number
  readonly policy: Policy
  readonly store: Store
  readonly logger: Logger
  readonly apiKey: ApiKeyProvider
  readonly metrics: GatewayMetrics
  /** Re-reads the API key file (SIGHUP). */
  reloadKey(): void
  /** Stops accepting connections, lets requests in flight finish, closes the store. */
  close(): Promise<void>
}

export async function startGateway(options: StartGatewayOptions): Promise<RunningGateway> {
  const { config } = options.loaded
  const now = options.now ?? (() => new Date())
  const apiKey = createApiKeyProvider({ initial: config.upstream.apiKey, file: options.loaded.apiKeyFile })
  const logger = createLogger({
    level: config.log.level,
    ...(options.logDestination ? { destination: options.logDestination } : {}),
    knownSecrets: () => knownSecrets(apiKey, config.database.url, config.webhooks.appSecret),
  })
  const policy = config.policyFile ? loadPolicyFile(config.policyFile) : defaultPolicy()
  const store = createStore({ url: config.database.url, dataDir: config.database.dataDir })
  try {
    await store.migrate()
    const fingerprint = apiKey.fingerprint()
    if (fingerprint) {
      const others = await createKeyFingerprintsRepository(store.db).recordUse(fingerprint, config.env, now().toISOString())
      if (others.length > 0) {
        logger.warn({ keyFingerprint: fingerprint, env: config.env, alsoSeenIn: others }, 'the same AssemblyAI key was used under another environment: give each environment its own key')
      }
    }
  } catch (error) {
    await store.close()
    throw error
  }

  const metrics = createGatewayMetrics()
  const app = createApp({ store, logger, metrics })
  let server: ServerType
  try {
    server = await listen(app.fetch, config.server.host, config.server.port)
  } catch (error) {
    await store.close()
    const code = (error as NodeJS.ErrnoException).code ?? 'listen failed'
    throw new ConfigError([{ path: 'PORT', message: `cannot listen on ${config.server.host}:${config.server.port} (${code})` }], { cause: error })
  }
  const port = (server.address() as AddressInfo).port
  const host = config.server.host.includes(':') ? `[${config.server.host}]` : config.server.host
  const url = `http://${host}:${port}`
  apiKey.watch((fp) => logger.info({ keyFingerprint: fp }, 'AssemblyAI key rotated (file changed)'))
  logger.info({ url, env: config.env, keyFingerprint: apiKey.fingerprint() ?? null, database: store.dialect, policy: config.policyFile ?? 'built-in defaults' }, 'voxguard gateway listening')

  let closing: Promise<void> | undefined
  return {
    url, port, policy, store, logger, apiKey, metrics,
    reloadKey() {
      try {
        if (apiKey.reload()) logger.info({ keyFingerprint: apiKey.fingerprint() }, 'AssemblyAI key rotated (SIGHUP)')
        else logger.info('SIGHUP: key unchanged')
      } catch (error) {
        logger.error({ code: (error as { code?: string }).code, msg2: (error as Error).message }, 'key reload failed; keeping the current key')
      }
    },
    close() {
      closing ??= (async () => {
        apiKey.close()
        await new Promise<void>((resolve) => server.close(() => resolve()))
        await store.close()
        logger.info('voxguard gateway stopped')
        logger.flush()
      })()
      return closing
    },
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

function listen(fetch: (request: Request) => Response | Promise<Response>, hostname: string, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname, port }, () => resolve(server))
    server.once('error', reject)
  })
}
