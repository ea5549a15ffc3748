/**
 * Starts the standalone gateway: builds it (see create-gateway.ts), listens, starts its workers.
 * Every failure before listening is a VoxguardError with a one-line message, and nothing is left
 * half-started.
 *
 * @module
 */
import { serve, type ServerType } from '@hono/node-server'
import type { AddressInfo } from 'node:net'
import type { LoadedConfig } from '../config/load-config.js'
import { ConfigError } from '../errors.js'
import { createGateway, type Gateway } from './create-gateway.js'
import type { DestinationStream } from 'pino'

export interface StartGatewayOptions {
  readonly loaded: LoadedConfig
  readonly logDestination?: DestinationStream
  readonly now?: () => Date
  readonly fetch?: typeof fetch
  readonly scheduler?: boolean
  /** Where the embedded-mode banner goes (default stderr). */
  readonly bannerStream?: NodeJS.WritableStream
}

export interface RunningGateway extends Gateway {
  readonly url: string
  readonly port: number
  readonly server: ServerType
  /** Re-reads the API key file (SIGHUP). */
  reloadKey(): void
}

export async function startGateway(options: StartGatewayOptions): Promise<RunningGateway> {
  const { config } = options.loaded
  const gateway = await createGateway({
    loaded: options.loaded,
    ...(options.logDestination ? { logDestination: options.logDestination } : {}),
    ...(options.now ? { now: options.now } : {}),
    ...(options.fetch ? { fetch: options.fetch } : {}),
    ...(options.scheduler === undefined ? {} : { scheduler: options.scheduler }),
  })
  let server: ServerType
  try {
    server = await listen(gateway.app.fetch, config.server.host, config.server.port)
  } catch (error) {
    await gateway.close()
    const code = (error as NodeJS.ErrnoException).code ?? 'listen failed'
    throw new ConfigError([{ path: 'PORT', message: `cannot listen on ${config.server.host}:${config.server.port} (${code})` }], { cause: error })
  }
  const port = (server.address() as AddressInfo).port
  const host = config.server.host.includes(':') ? `[${config.server.host}]` : config.server.host
  const url = `http://${host}:${port}`
  gateway.setListeningUrl(url)
  gateway.streaming.attach(server as import('node:http').Server)
  gateway.start()
  const { logger, apiKey } = gateway
  apiKey.watch((fp) => logger.info({ keyFingerprint: fp }, 'AssemblyAI key rotated (file changed)'))
  logger.info(
    { url, env: config.env, keyFingerprint: gateway.emulator ? null : (apiKey.fingerprint() ?? null), upstream: gateway.emulator ? 'embedded emulator' : config.upstream.baseUrl, database: gateway.store.dialect, policy: config.policyFile ?? 'built-in defaults' },
    'voxguard gateway listening',
  )
  if (gateway.emulator) printEmbeddedBanner(options.bannerStream ?? process.stderr, url, gateway.demoClientKey)

  let closing: Promise<void> | undefined
  const closeGateway = gateway.close.bind(gateway)
  return Object.assign(gateway, {
    url,
    port,
    server,
    reloadKey() {
      try {
        if (apiKey.reload()) logger.info({ keyFingerprint: apiKey.fingerprint() }, 'AssemblyAI key rotated (SIGHUP)')
        else logger.info('SIGHUP: key unchanged')
      } catch (error) {
        logger.error({ code: (error as { code?: string }).code, reason: (error as Error).message }, 'key reload failed; keeping the current key')
      }
    },
    close() {
      closing ??= (async () => {
        // Upgraded (WebSocket) sockets would hold server.close() open: end the sessions first.
        await gateway.streaming.close()
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          // Idle keep-alive connections would hold close() open; requests in flight still finish.
          ;(server as { closeIdleConnections?: () => void }).closeIdleConnections?.()
        })
        await closeGateway()
        logger.info('voxguard gateway stopped')
        logger.flush()
      })()
      return closing
    },
  })
}

function printEmbeddedBanner(out: NodeJS.WritableStream, url: string, demoKey: string | undefined): void {
  const lines = [
    '',
    '  voxguard is running in EMBEDDED DEVELOPMENT MODE',
    '  No ASSEMBLYAI_API_KEY is set, so the gateway talks to a local AssemblyAI emulator started',
    '  in this process. No audio or text leaves this machine; transcripts are scripted.',
    `  Gateway:   ${url}`,
    `  Demo page: ${url}/demo     API docs: ${url}/docs`,
    demoKey ? `  Demo client key (shown once): ${demoKey}` : '  Demo client: created at an earlier start (see `voxguard clients list`).',
    '',
  ]
  out.write(`${lines.join('\n')}\n`)
}

function listen(fetch: (request: Request) => Response | Promise<Response>, hostname: string, port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, hostname, port }, () => resolve(server))
    server.once('error', reject)
  })
}
