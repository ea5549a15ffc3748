/**
 * Shared helpers for emulator tests: a per-run key (never committed), JSON calls, small WAV files.
 */
import { makeToneWav } from '../helpers/tone-wav.js'
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'

export function newKey(): string {
  return randomBytes(16).toString('hex')
}

export interface CallResult<T = any> {
  status: number
  headers: Headers
  body: T
}

export async function call<T = any>(
  base: string,
  key: string | undefined,
  method: string,
  path: string,
  body?: unknown,
): Promise<CallResult<T>> {
  const headers: Record<string, string> = {}
  if (key !== undefined) headers['authorization'] = key
  let payload: string | undefined
  if (body !== undefined) {
    headers['content-type'] = 'application/json'
    payload = typeof body === 'string' ? body : JSON.stringify(body)
  }
  const res = await fetch(`${base}${path}`, { method, headers, ...(payload === undefined ? {} : { body: payload }) })
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = JSON.parse(text)
  } catch {
    // keep text
  }
  if (path.startsWith('/v2/') || path.startsWith('/v3/')) {
    const { assertMatchesSpec } = await import('./spec-contract.js')
    assertMatchesSpec(method, path.split('?')[0] ?? path, res.status, parsed)
  }
  return { status: res.status, headers: res.headers, body: parsed as T }
}

/** A 16-bit mono PCM WAV of `ms` milliseconds: a quiet 440 Hz tone (so masked ranges are visible). */
export function makeWav(ms: number, sampleRate = 16_000): Buffer {
  return makeToneWav({ seconds: ms / 1000, sampleRate, amplitude: 3000 })
}

export interface ReceivedHook {
  headers: IncomingMessage['headers']
  body: any
}

/** A webhook receiver on 127.0.0.1: answers with the statuses given in turn (then 200). */
export async function startReceiver(
  statuses: number[] = [],
): Promise<{ url: string; received: ReceivedHook[]; violations: string[]; close(): Promise<void> }> {
  const received: ReceivedHook[] = []
  const violations: string[] = []
  const queue = [...statuses]
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'))
      void import('./spec-contract.js').then(({ assertWebhookPayload }) => {
        try {
          assertWebhookPayload(body)
        } catch (err) {
          violations.push((err as Error).message)
        }
      })
      received.push({ headers: req.headers, body })
      res.statusCode = queue.shift() ?? 200
      res.end('ok')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/hook?customer=1`,
    received,
    violations,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}

export async function waitFor<T>(fn: () => T | undefined | Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await fn()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error('waitFor: timed out')
    await new Promise((r) => setTimeout(r, 20))
  }
}

/** The spec directory: `shared/` sits beside the repository root (locally and in CI). */
export const SPEC_DIR = new URL('../../../shared/assemblyai-spec/', import.meta.url)

let openapi: any
export async function loadOpenApi(): Promise<any> {
  if (openapi === undefined) {
    const { readFile } = await import('node:fs/promises')
    const { parse } = await import('yaml')
    openapi = parse(await readFile(new URL('openapi.yml', SPEC_DIR), 'utf8'))
  }
  return openapi
}
