/**
 * The one HTTP exchange the AssemblyAI client needs: a request out, a status, headers and a body
 * read whole. Two implementations:
 * - `undiciTransport()`, the default: undici's `request` on a keep-alive pool. It costs about a third
 *   of the CPU of the WHATWG `fetch` (measured against the emulator: ~110 vs ~330 µs per call),
 *   which matters on the token path, where the upstream call is most of the gateway's own work.
 * - `fetchTransport(fetch)`: any `fetch`, for callers and tests that inject one.
 *
 * Neither follows redirects: a 3xx is an answer like any other (and an error to the client).
 *
 * @module
 */
import { STATUS_CODES } from 'node:http'
import { Readable } from 'node:stream'
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web'
import { Agent, request } from 'undici'

export interface TransportRequest {
  readonly method: 'GET' | 'POST' | 'DELETE'
  readonly url: string
  readonly headers: Record<string, string>
  readonly body?: string | Uint8Array | ReadableStream<Uint8Array> | undefined
  readonly signal: AbortSignal
}

export interface TransportResponse {
  readonly status: number
  readonly statusText: string
  /** A response header by lower-case name. */
  header(name: string): string | undefined
  /** The whole body as text (under the request's signal). */
  text(): Promise<string>
}

export type HttpTransport = (request: TransportRequest) => Promise<TransportResponse>

export type FetchFn = (input: string, init: RequestInit) => Promise<Response>

/** Adapts a `fetch` (e.g. a test double) to the transport. */
export function fetchTransport(fetchFn: FetchFn): HttpTransport {
  return async (req) => {
    const init: RequestInit & { duplex?: 'half' } = { method: req.method, headers: req.headers, signal: req.signal, redirect: 'error' }
    if (req.body !== undefined) {
      init.body = req.body
      init.duplex = 'half'
    }
    const res = await fetchFn(req.url, init)
    return {
      status: res.status,
      statusText: res.statusText,
      header: (name) => res.headers.get(name) ?? undefined,
      text: () => res.text(),
    }
  }
}

export interface UndiciTransportOptions {
  /** Keep-alive of idle upstream connections (default 4 s, undici's). */
  readonly keepAliveTimeoutMs?: number
}

let shared: HttpTransport | undefined

/** One pool for every client built without a transport of its own (as `fetch` shares its dispatcher). */
export function sharedUndiciTransport(): HttpTransport {
  return (shared ??= undiciTransport())
}

/** undici `request` over its own connection pool. */
export function undiciTransport(options: UndiciTransportOptions = {}): HttpTransport {
  const dispatcher = new Agent({ keepAliveTimeout: options.keepAliveTimeoutMs ?? 4_000 })
  return async (req) => {
    const body = req.body === undefined ? null : req.body instanceof ReadableStream ? Readable.fromWeb(req.body as NodeWebReadableStream<Uint8Array>) : req.body
    const res = await request(req.url, { method: req.method, headers: req.headers, body, signal: req.signal, dispatcher })
    return {
      status: res.statusCode,
      statusText: STATUS_CODES[res.statusCode] ?? '',
      header: (name) => {
        const value = res.headers[name]
        return Array.isArray(value) ? value.join(', ') : value
      },
      text: () => res.body.text(),
    }
  }
}
