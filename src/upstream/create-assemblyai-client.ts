/**
 * The typed AssemblyAI client the gateway uses. Unlike the official SDK it keeps the HTTP status
 * (`upstreamStatus`) and `Retry-After` (`retryAfterSeconds`) on its errors, retries only idempotent
 * calls (GET, DELETE) with exponential backoff, full jitter and `Retry-After`, puts a timeout on
 * every call, reads the API key per request (so keys can rotate), and refuses to follow a
 * pagination URL to another origin (the SDK would send the key there).
 *
 * @module
 */
import { UpstreamError, ValidationError } from '../errors.js'
import type {
  ListTranscriptParams,
  RedactedAudioResponse,
  StreamingToken,
  StreamingTokenParams,
  Transcript,
  TranscriptCreateParams,
  TranscriptList,
  UploadedFile,
} from './assemblyai-types.js'
import { fetchTransport, sharedUndiciTransport, type FetchFn, type HttpTransport } from './internal/http-transport.js'
import { execute, readJson, type ExecutorOptions } from './internal/request-executor.js'

export interface AssemblyAIClientOptions {
  /** Called for every request, so a rotated key is picked up without a restart. */
  readonly apiKey: () => string
  /** REST base, default `https://api.assemblyai.com`. */
  readonly baseUrl?: string
  /** Base of `GET /v3/token`, default `https://streaming.assemblyai.com`. */
  readonly streamingBaseUrl?: string
  /** The HTTP exchange (default: undici `request` on a keep-alive pool shared by such clients). */
  readonly transport?: HttpTransport
  /** A `fetch` to use instead (tests inject one); ignored when `transport` is given. */
  readonly fetch?: FetchFn
  /** Per-attempt timeout (default 30 s). */
  readonly timeoutMs?: number
  /** Timeout of an upload (default 10 min). */
  readonly uploadTimeoutMs?: number
  /** Retries after the first attempt, for GET and DELETE only (default 3). */
  readonly maxRetries?: number
  /** Backoff base and cap (defaults 250 ms, 8 s). */
  readonly baseDelayMs?: number
  readonly maxDelayMs?: number
  /** Longest `Retry-After` the client waits for before giving up (default 60 s). */
  readonly maxRetryAfterSeconds?: number
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  readonly random?: () => number
  readonly now?: () => number
}

export interface CallOptions {
  readonly signal?: AbortSignal
}

export interface AssemblyAIClient {
  uploadFile(body: ReadableStream<Uint8Array> | Uint8Array, options?: CallOptions): Promise<UploadedFile>
  createTranscript(params: TranscriptCreateParams, options?: CallOptions): Promise<Transcript>
  getTranscript(id: string, options?: CallOptions): Promise<Transcript>
  /** The same answer as its JSON text, unparsed (for a caller that parses it elsewhere, e.g. in a worker thread). */
  getTranscriptText(id: string, options?: CallOptions): Promise<string>
  /** A params object, or a `prev_url`/`next_url` from an earlier page (same origin as `baseUrl` only). */
  listTranscripts(paramsOrPageUrl?: ListTranscriptParams | string, options?: CallOptions): Promise<TranscriptList>
  deleteTranscript(id: string, options?: CallOptions): Promise<Transcript>
  getRedactedAudio(id: string, options?: CallOptions): Promise<RedactedAudioResponse>
  createStreamingToken(params: StreamingTokenParams, options?: CallOptions): Promise<StreamingToken>
}

function defaultSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted === true) return reject(signal.reason)
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = (): void => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}

function trimBase(url: string, name: string): URL {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new TypeError(`${name} is not a valid URL`)
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new TypeError(`${name} must be an http(s) URL`)
  parsed.pathname = parsed.pathname.replace(/\/+$/, '')
  parsed.search = ''
  parsed.hash = ''
  return parsed
}

const ID = /^[A-Za-z0-9_-]{1,128}$/

function idPath(id: string): string {
  if (!ID.test(id)) throw new ValidationError('transcript id has an invalid format', { field: 'id' })
  return encodeURIComponent(id)
}

export function createAssemblyAIClient(options: AssemblyAIClientOptions): AssemblyAIClient {
  const base = trimBase(options.baseUrl ?? 'https://api.assemblyai.com', 'baseUrl')
  const streamingBase = trimBase(options.streamingBaseUrl ?? 'https://streaming.assemblyai.com', 'streamingBaseUrl')
  const baseHref = base.href.replace(/\/$/, '')
  const streamingHref = streamingBase.href.replace(/\/$/, '')
  const exec: ExecutorOptions = {
    apiKey: options.apiKey,
    transport: options.transport ?? (options.fetch ? fetchTransport(options.fetch) : sharedUndiciTransport()),
    timeoutMs: options.timeoutMs ?? 30_000,
    maxRetries: options.maxRetries ?? 3,
    baseDelayMs: options.baseDelayMs ?? 250,
    maxDelayMs: options.maxDelayMs ?? 8000,
    maxRetryAfterSeconds: options.maxRetryAfterSeconds ?? 60,
    sleep: options.sleep ?? defaultSleep,
    random: options.random ?? Math.random,
    now: options.now ?? Date.now,
  }
  const uploadTimeoutMs = options.uploadTimeoutMs ?? 600_000
  const json = { 'content-type': 'application/json' }

  async function getJson<T>(url: string, route: string, o: CallOptions | undefined): Promise<T> {
    const res = await execute(exec, { method: 'GET', url, route, headers: json, signal: o?.signal })
    return readJson<T>(res, route)
  }

  function pageUrl(raw: string): string {
    let url: URL
    try {
      url = new URL(raw)
    } catch {
      throw new UpstreamError('refusing to follow a pagination URL that is not an absolute URL')
    }
    const listPath = `${base.pathname.replace(/\/+$/, '')}/v2/transcript`
    if (url.origin !== base.origin || url.pathname !== listPath || url.username !== '' || url.password !== '') {
      throw new UpstreamError('refusing to follow a pagination URL outside the configured AssemblyAI base URL', {
        logContext: { pageOrigin: url.origin },
      })
    }
    return url.href
  }

  return {
    async uploadFile(body, o) {
      const route = 'POST /v2/upload'
      const res = await execute(exec, {
        method: 'POST',
        url: `${baseHref}/v2/upload`,
        route,
        body,
        headers: { 'content-type': 'application/octet-stream' },
        signal: o?.signal,
        timeoutMs: uploadTimeoutMs,
      })
      return readJson<UploadedFile>(res, route)
    },
    async createTranscript(params, o) {
      const route = 'POST /v2/transcript'
      const res = await execute(exec, { method: 'POST', url: `${baseHref}/v2/transcript`, route, body: JSON.stringify(params), headers: json, signal: o?.signal })
      return readJson<Transcript>(res, route)
    },
    async getTranscript(id, o) {
      return getJson<Transcript>(`${baseHref}/v2/transcript/${idPath(id)}`, 'GET /v2/transcript/{id}', o)
    },
    async getTranscriptText(id, o) {
      const res = await execute(exec, { method: 'GET', url: `${baseHref}/v2/transcript/${idPath(id)}`, route: 'GET /v2/transcript/{id}', headers: json, signal: o?.signal })
      return res.text
    },
    async listTranscripts(paramsOrPageUrl, o) {
      const route = 'GET /v2/transcript'
      if (typeof paramsOrPageUrl === 'string') return getJson<TranscriptList>(pageUrl(paramsOrPageUrl), route, o)
      const query = new URLSearchParams()
      for (const [k, v] of Object.entries(paramsOrPageUrl ?? {})) if (v !== undefined && v !== null) query.set(k, String(v))
      const qs = query.toString()
      return getJson<TranscriptList>(`${baseHref}/v2/transcript${qs === '' ? '' : `?${qs}`}`, route, o)
    },
    async deleteTranscript(id, o) {
      const route = 'DELETE /v2/transcript/{id}'
      const res = await execute(exec, { method: 'DELETE', url: `${baseHref}/v2/transcript/${idPath(id)}`, route, headers: json, signal: o?.signal })
      return readJson<Transcript>(res, route)
    },
    async getRedactedAudio(id, o) {
      return getJson<RedactedAudioResponse>(`${baseHref}/v2/transcript/${idPath(id)}/redacted-audio`, 'GET /v2/transcript/{id}/redacted-audio', o)
    },
    async createStreamingToken(params, o) {
      const query = new URLSearchParams({ expires_in_seconds: String(params.expires_in_seconds) })
      if (params.max_session_duration_seconds !== undefined) query.set('max_session_duration_seconds', String(params.max_session_duration_seconds))
      return getJson<StreamingToken>(`${streamingHref}/v3/token?${query.toString()}`, 'GET /v3/token', o)
    },
  }
}
