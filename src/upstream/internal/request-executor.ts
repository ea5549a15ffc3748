/**
 * One AssemblyAI call with a timeout, the API key fetched per attempt, retries for idempotent
 * methods, and failures mapped onto voxguard's upstream errors with `upstreamStatus` and
 * `retryAfterSeconds` kept. Nothing here logs; no error message ever holds the key.
 *
 * @module
 */
import { UpstreamError, UpstreamTimeoutError, UpstreamUnavailableError } from '../../errors.js'
import type { HttpTransport, TransportRequest, TransportResponse } from './http-transport.js'
import { RETRYABLE_STATUSES, backoffDelayMs, parseRetryAfter } from './retry-policy.js'

export interface ExecutorOptions {
  readonly apiKey: () => string
  readonly transport: HttpTransport
  readonly timeoutMs: number
  readonly maxRetries: number
  readonly baseDelayMs: number
  readonly maxDelayMs: number
  /** A `Retry-After` longer than this is not waited for: the error is thrown at once. */
  readonly maxRetryAfterSeconds: number
  readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>
  readonly random: () => number
  readonly now: () => number
}

export interface CallSpec {
  readonly method: 'GET' | 'POST' | 'DELETE'
  readonly url: string
  /** For messages: the route, e.g. `GET /v2/transcript/{id}`. */
  readonly route: string
  readonly body?: TransportRequest['body']
  readonly headers?: Record<string, string>
  readonly signal?: AbortSignal | undefined
  readonly timeoutMs?: number
}

const MAX_MESSAGE = 300
const KEY_SHAPED = /[0-9a-fA-F]{32,}/g

/** Upstream error text, shortened and with anything key-shaped (and the key itself) removed. */
function safeUpstreamText(text: string, key: string): string {
  let out = text.replace(/\s+/g, ' ').trim()
  if (key.length > 0) out = out.split(key).join('[redacted]')
  out = out.replace(KEY_SHAPED, '[redacted]')
  return out.length > MAX_MESSAGE ? `${out.slice(0, MAX_MESSAGE)}…` : out
}

async function errorText(res: TransportResponse): Promise<string> {
  const raw = await res.text().catch(() => '')
  try {
    const parsed = JSON.parse(raw) as { error?: unknown }
    if (typeof parsed.error === 'string') return parsed.error
  } catch {
    // not JSON
  }
  return raw === '' ? res.statusText : raw
}

function isAbort(err: unknown): boolean {
  return err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError')
}

async function httpError(res: TransportResponse, spec: CallSpec, key: string, nowMs: number): Promise<UpstreamError> {
  const status = res.status
  const retryAfterSeconds = parseRetryAfter(res.header('retry-after') ?? null, nowMs)
  const text = safeUpstreamText(await errorText(res), key)
  const message = `AssemblyAI ${spec.route} answered ${status}${text === '' ? '' : `: ${text}`}`
  const options = {
    upstreamStatus: status,
    retryable: RETRYABLE_STATUSES.has(status),
    logContext: { route: spec.route, upstreamStatus: status },
    ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
  }
  if (status === 408 || status === 504) return new UpstreamTimeoutError(message, options)
  if (status === 429 || status === 502 || status === 503) return new UpstreamUnavailableError(message, options)
  return new UpstreamError(message, options)
}

/** A successful answer, read completely while the timeout still runs. */
export interface CallResult {
  readonly status: number
  readonly text: string
}

async function attempt(options: ExecutorOptions, spec: CallSpec): Promise<CallResult> {
  const key = options.apiKey()
  const timeout = new AbortController()
  const timeoutMs = spec.timeoutMs ?? options.timeoutMs
  const timer = setTimeout(() => timeout.abort(), timeoutMs)
  const signal = spec.signal === undefined ? timeout.signal : AbortSignal.any([timeout.signal, spec.signal])
  try {
    const res = await options.transport({ method: spec.method, url: spec.url, headers: { ...spec.headers, authorization: key }, body: spec.body, signal })
    if (res.status < 200 || res.status > 299) throw await httpError(res, spec, key, options.now())
    // The body is read under the same timeout: a server that stalls after the headers cannot hang us.
    return { status: res.status, text: await res.text() }
  } catch (err) {
    if (err instanceof UpstreamError) throw err
    if (spec.signal?.aborted === true) throw spec.signal.reason ?? err
    if (timeout.signal.aborted || isAbort(err)) {
      throw new UpstreamTimeoutError(`AssemblyAI ${spec.route} timed out after ${timeoutMs} ms`, {
        retryable: true,
        logContext: { route: spec.route },
      })
    }
    throw new UpstreamUnavailableError(`AssemblyAI ${spec.route} could not be reached`, {
      retryable: true,
      cause: err,
      logContext: { route: spec.route },
    })
  } finally {
    clearTimeout(timer)
  }
}

/** Runs the call; GET and DELETE are retried on retryable failures, POST never is. */
export async function execute(options: ExecutorOptions, spec: CallSpec): Promise<CallResult> {
  const idempotent = spec.method === 'GET' || spec.method === 'DELETE'
  for (let n = 0; ; n++) {
    try {
      return await attempt(options, spec)
    } catch (err) {
      if (!(err instanceof UpstreamError) || !err.retryable || !idempotent || n >= options.maxRetries) throw err
      const retryAfter = err.retryAfterSeconds
      if (retryAfter !== undefined && retryAfter > options.maxRetryAfterSeconds) throw err
      const backoff = backoffDelayMs(n, options, options.random)
      await options.sleep(Math.max(backoff, (retryAfter ?? 0) * 1000), spec.signal)
    }
  }
}

/** Reads a JSON success body; a body that is not JSON is an upstream error (502). */
export function readJson<T>(res: CallResult, route: string): T {
  try {
    return JSON.parse(res.text) as T
  } catch {
    throw new UpstreamError(`AssemblyAI ${route} answered ${res.status} with a body that is not JSON`, {
      upstreamStatus: res.status,
      logContext: { route },
    })
  }
}
