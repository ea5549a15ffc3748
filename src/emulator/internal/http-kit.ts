/**
 * Small request/response helpers for the emulator's `node:http` server.
 *
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

/** A failure with the HTTP status and `{"error": ...}` body AssemblyAI would answer with. */
export class HttpFailure extends Error {
  readonly status: number
  readonly headers: Record<string, string>

  constructor(status: number, message: string, headers: Record<string, string> = {}) {
    super(message)
    this.status = status
    this.headers = headers
  }
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (res.headersSent || res.destroyed) return
  const text = JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    ...headers,
  })
  res.end(text)
}

export function sendError(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  sendJson(res, status, { error: message }, headers)
}

/** Reads the whole body, answering 413 past `limit` bytes (the rest of the upload is drained, not kept). */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > limit) {
      req.resume()
      reject(new HttpFailure(413, 'Request entity too large'))
      return
    }
    const chunks: Buffer[] = []
    let size = 0
    let failed = false
    req.on('data', (chunk: Buffer) => {
      if (failed) return
      size += chunk.length
      if (size > limit) {
        failed = true
        chunks.length = 0
        reject(new HttpFailure(413, 'Request entity too large'))
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks, size))
    })
    req.on('error', (err) => {
      if (!failed) {
        failed = true
        reject(err)
      }
    })
  })
}

/** Parses a JSON object body; AssemblyAI-style 400s for empty, malformed or non-object bodies. */
export function parseJsonObject(body: Buffer): Record<string, unknown> {
  if (body.length === 0) throw new HttpFailure(400, 'Request body is empty; expected a JSON object')
  let value: unknown
  try {
    value = JSON.parse(body.toString('utf8'))
  } catch {
    throw new HttpFailure(400, 'Request body is not valid JSON')
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new HttpFailure(400, 'Request body must be a JSON object')
  }
  return value as Record<string, unknown>
}

/** Naive ISO timestamp with microseconds and no zone, as AssemblyAI writes `created`/`completed`. */
export function naiveTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '000')
}
