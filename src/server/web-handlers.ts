/**
 * The gateway as Web-standard `(Request) => Promise<Response>` functions, for applications that
 * mount voxguard in their own server (a Next.js route handler, Express via a request listener)
 * instead of running `voxguard serve`. Each handler runs the full chain (rate limits, CORS,
 * authentication, policy, audit) whatever path the application mounts it under.
 *
 * @module
 */
import { loadConfig, type Env, type LoadedConfig } from '../config/load-config.js'
import { createGateway, type Gateway } from './create-gateway.js'

export interface VoxguardHandlers {
  /** The whole API, routed by path (`/v1/...`, `/webhooks/assemblyai`, `/healthz` ...). */
  fetch(request: Request): Promise<Response>
  /** `POST` -> a temporary streaming token, whatever the mount path. */
  streamingToken(request: Request): Promise<Response>
  /** `POST` -> submit a transcription; `GET` -> list the caller's transcripts. */
  transcripts(request: Request): Promise<Response>
  /** `GET` -> read one transcript; `DELETE` -> erase it. */
  transcript(request: Request, id: string): Promise<Response>
  /** `POST` -> upload audio. */
  uploads(request: Request): Promise<Response>
  /** `POST` -> AssemblyAI's webhook (its URL is built from VOXGUARD_PUBLIC_URL). */
  assemblyaiWebhook(request: Request): Promise<Response>
  /** The assembled gateway (store, policy, workers) for advanced use. */
  readonly gateway: Gateway
  close(): Promise<void>
}

export interface CreateHandlersOptions {
  /** Environment to read configuration from (default `process.env`). */
  env?: Env
  /** Or an already loaded configuration. */
  loaded?: LoadedConfig
}

export async function createVoxguardHandlers(options: CreateHandlersOptions = {}): Promise<VoxguardHandlers> {
  const loaded = options.loaded ?? loadConfig({ env: options.env ?? process.env })
  const gateway = await createGateway({ loaded })
  if (loaded.config.server.publicUrl) gateway.setListeningUrl(loaded.config.server.publicUrl)
  gateway.start()
  const app = gateway.app
  const at = (request: Request, path: string) => app.fetch(rewrite(request, path))
  return {
    fetch: (request) => Promise.resolve(app.fetch(request)),
    streamingToken: (request) => Promise.resolve(at(request, '/v1/streaming/token')),
    transcripts: (request) => Promise.resolve(at(request, '/v1/transcripts')),
    transcript: (request, id) => Promise.resolve(at(request, `/v1/transcripts/${encodeURIComponent(id)}`)),
    uploads: (request) => Promise.resolve(at(request, '/v1/uploads')),
    assemblyaiWebhook: (request) => Promise.resolve(at(request, '/webhooks/assemblyai')),
    gateway,
    close: () => gateway.close(),
  }
}

/** The same request at another path (query string kept: the webhook's `ref`, list cursors). */
function rewrite(request: Request, path: string): Request {
  const url = new URL(request.url)
  url.pathname = path
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD' && request.body !== null
  return new Request(url, {
    method: request.method,
    headers: request.headers,
    signal: request.signal,
    ...(hasBody ? { body: request.body, duplex: 'half' } : {}),
  } as RequestInit)
}
