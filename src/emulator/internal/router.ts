/**
 * The REST server's request handler: request log, faults, authentication, then the routes.
 *
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http'
import { fingerprint } from './auth.js'
import type { EmulatorContext } from './emulator-context.js'
import { decideFault, latencyFor } from './faults.js'
import { listRequests, listScripts, registerScript, seedTranscripts, setFaults } from './hook-routes.js'
import { HttpFailure, parseJsonObject, readBody, sendError, sendJson } from './http-kit.js'
import { getParagraphs, getSentences, getSubtitles, searchWords } from './derived-routes.js'
import { listTranscripts } from './list-route.js'
import { serveRedactedAudio } from './redacted-audio.js'
import { queryObject, type LoggedRequest } from './request-log.js'
import { issueStreamingToken } from './token-route.js'
import { createTranscript, deleteTranscript, findRecord, getRedactedAudio, getTranscript, uploadUrl } from './transcript-routes.js'

const FAULT_MESSAGES: Record<number, string> = {
  408: 'Request Timeout',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
}
const HANG_LIMIT_MS = 120_000
const MAX_LOGGED_BODY = 64 * 1024
const TRANSCRIPT_PATH = /^\/v2\/transcript\/([^/]+)$/
const REDACTED_PATH = /^\/v2\/transcript\/([^/]+)\/redacted-audio$/
const DERIVED_PATH = /^\/v2\/transcript\/([^/]+)\/(sentences|paragraphs|srt|vtt|word-search)$/
const SIGNED_AUDIO_PATH = /^\/redacted-audio\/([0-9a-f-]{36})\.wav$/

type Handler = (req: IncomingMessage, res: ServerResponse) => void

export function createRouter(ctx: EmulatorContext): Handler {
  return (req, res) => {
    handle(ctx, req, res).catch((err: unknown) => {
      if (err instanceof HttpFailure) sendError(res, err.status, err.message, err.headers)
      else sendError(res, 500, 'Internal Server Error')
    })
  }
}

async function jsonBody(ctx: EmulatorContext, req: IncomingMessage, entry: LoggedRequest | undefined): Promise<Record<string, unknown>> {
  const raw = await readBody(req, ctx.maxJsonBodyBytes)
  let body: Record<string, unknown>
  try {
    body = parseJsonObject(raw)
  } catch (err) {
    if (entry !== undefined) entry.body = raw.length > 4096 ? { truncated: true, bytes: raw.length } : raw.toString('utf8')
    throw err
  }
  // Large bodies are summarised in the log (it keeps up to 10,000 entries).
  if (entry !== undefined) entry.body = raw.length > MAX_LOGGED_BODY ? { truncated: true, bytes: raw.length } : body
  return body
}

async function handle(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator.invalid')
  const path = url.pathname
  const method = req.method ?? 'GET'

  const signed = SIGNED_AUDIO_PATH.exec(path)
  if (signed !== null) return serveSigned(ctx, req, res, url, signed[1] ?? '')
  if (path.startsWith('/cdn/upload/')) throw new HttpFailure(403, 'Forbidden')

  const isApi = path.startsWith('/v2/') || path.startsWith('/v3/')
  const isHook = path.startsWith('/__emulator/')
  if (!isApi && !isHook) throw new HttpFailure(404, 'Not found')

  let entry: LoggedRequest | undefined
  if (isApi) {
    entry = ctx.log.add({
      at: new Date(ctx.now()).toISOString(),
      method,
      path,
      query: queryObject(url.searchParams),
      authorization: fingerprint(req.headers.authorization),
      body: null,
    })
    const logged = entry
    res.on('finish', () => {
      logged.status = res.statusCode
    })
    const delay = latencyFor(ctx.faults, ctx.random)
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay))
    const fault = decideFault(ctx.faults, ctx.random)
    if (fault.kind === 'reset') {
      req.socket.destroy()
      return
    }
    if (fault.kind === 'hang') {
      ctx.hanging.add(res)
      const timer = setTimeout(() => res.destroy(), HANG_LIMIT_MS)
      res.on('close', () => {
        clearTimeout(timer)
        ctx.hanging.delete(res)
      })
      req.resume()
      return
    }
    if (fault.kind === 'status') {
      req.resume()
      const headers: Record<string, string> =
        fault.status === 429 || fault.status === 503 ? { 'retry-after': String(ctx.faults.retryAfterSeconds) } : {}
      sendError(res, fault.status, FAULT_MESSAGES[fault.status] ?? 'Emulated fault', headers)
      return
    }
  }

  if (!ctx.keyCheck(req.headers.authorization)) {
    req.resume()
    throw new HttpFailure(401, 'Authentication error, API token missing/invalid')
  }

  if (isHook) return handleHook(ctx, req, res, url, method)

  if (path === '/v2/upload') {
    if (method !== 'POST') throw new HttpFailure(404, 'Not found')
    const upload = await ctx.uploads.receive(req, ctx.now())
    if (entry !== undefined) entry.body = { bytes: upload.size, sha256: upload.sha256 }
    sendJson(res, 200, { upload_url: uploadUrl(ctx, upload.id) })
    return
  }
  if (path === '/v2/transcript') {
    if (method === 'POST') return createTranscript(ctx, res, await jsonBody(ctx, req, entry))
    if (method === 'GET') return listTranscripts(ctx, res, url.searchParams)
    throw new HttpFailure(404, 'Not found')
  }
  const one = TRANSCRIPT_PATH.exec(path)
  if (one !== null) {
    const id = decodeURIComponent(one[1] ?? '')
    if (method === 'GET') return getTranscript(ctx, res, id)
    if (method === 'DELETE') return deleteTranscript(ctx, res, id)
    throw new HttpFailure(404, 'Not found')
  }
  const redacted = REDACTED_PATH.exec(path)
  if (redacted !== null && method === 'GET') return getRedactedAudio(ctx, res, decodeURIComponent(redacted[1] ?? ''))
  const derived = DERIVED_PATH.exec(path)
  if (derived !== null && method === 'GET') {
    const id = decodeURIComponent(derived[1] ?? '')
    switch (derived[2]) {
      case 'sentences':
        return getSentences(ctx, res, id)
      case 'paragraphs':
        return getParagraphs(ctx, res, id)
      case 'srt':
      case 'vtt':
        return getSubtitles(ctx, res, id, derived[2], url.searchParams)
      default:
        return searchWords(ctx, res, id, url.searchParams)
    }
  }
  if (path === '/v3/token' && method === 'GET') return issueStreamingToken(ctx, res, url.searchParams)
  throw new HttpFailure(404, 'Not found')
}

async function handleHook(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse, url: URL, method: string): Promise<void> {
  const route = `${method} ${url.pathname}`
  switch (route) {
    case 'POST /__emulator/transcripts': {
      const raw = await readBody(req, 16 * 1024 * 1024)
      let body: unknown
      try {
        body = JSON.parse(raw.toString('utf8'))
      } catch {
        throw new HttpFailure(400, 'Request body is not valid JSON')
      }
      return seedTranscripts(ctx, res, body)
    }
    case 'GET /__emulator/requests':
      return listRequests(ctx, res, url.searchParams)
    case 'DELETE /__emulator/requests':
      ctx.log.clear()
      return sendJson(res, 200, { cleared: true })
    case 'POST /__emulator/faults':
      return setFaults(ctx, res, await jsonBody(ctx, req, undefined))
    case 'POST /__emulator/scripts':
      return registerScript(ctx, res, await jsonBody(ctx, req, undefined))
    case 'GET /__emulator/scripts':
      return listScripts(res)
    default:
      throw new HttpFailure(404, 'Not found')
  }
}

async function serveSigned(ctx: EmulatorContext, req: IncomingMessage, res: ServerResponse, url: URL, id: string): Promise<void> {
  req.resume()
  // Like a pre-signed S3 URL: the signature covers GET only.
  if (req.method !== 'GET') throw new HttpFailure(403, 'Forbidden')
  if (!ctx.redactedAudio.verify(id, url.searchParams.get('Expires'), url.searchParams.get('Signature'), ctx.now())) {
    throw new HttpFailure(403, 'Request has expired or the signature does not match')
  }
  const record = findRecord(ctx, id)
  if (record.deleted) throw new HttpFailure(404, 'Not found')
  await serveRedactedAudio(res, record, record.uploadId === undefined ? undefined : ctx.uploads.get(record.uploadId))
}
