/**
 * `/v2/transcript` create/get/delete and `/redacted-audio`.
 *
 * @module
 */
import { createHash, randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import type { EmulatorContext } from './emulator-context.js'
import { HttpFailure, sendJson } from './http-kit.js'
import { renderTombstone, renderTranscript } from './render-transcript.js'
import { transcriptJson } from './transcript-json-cache.js'
import { validateTranscriptRequest } from './transcript-request.js'
import { completedAtMs, statusAt, type TranscriptRecord } from './transcript-store.js'
import type { UploadRecord } from './upload-store.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/

/** Audio shorter than this fails, as on AssemblyAI. */
const MIN_AUDIO_MS = 160
const UPLOAD_LIFETIME_MS = 24 * 3600 * 1000

export function uploadUrl(ctx: EmulatorContext, id: string): string {
  return `${ctx.restUrl}/cdn/upload/${id}`
}

/** The upload an audio_url points at, when it is one of ours (`undefined` otherwise). */
function uploadFor(ctx: EmulatorContext, audioUrl: string): { upload: UploadRecord | undefined; ours: boolean } {
  const prefix = `${ctx.restUrl}/cdn/upload/`
  if (!audioUrl.startsWith(prefix)) return { upload: undefined, ours: false }
  const id = audioUrl.slice(prefix.length)
  const upload = UUID.test(id) ? ctx.uploads.get(id) : undefined
  // An upload never transcribed is gone after 24 hours, as on AssemblyAI.
  const expired = upload !== undefined && ctx.now() - upload.createdMs > UPLOAD_LIFETIME_MS
  return { upload: upload?.deleted === true || expired ? undefined : upload, ours: true }
}

export function createTranscript(ctx: EmulatorContext, res: ServerResponse, body: Record<string, unknown>): void {
  const request = validateTranscriptRequest(body, ctx.validators.transcriptRequest)
  const { upload, ours } = uploadFor(ctx, request.audio_url)
  const sha256 = upload?.sha256 ?? createHash('sha256').update(request.audio_url).digest('hex')
  const { script, registered } = ctx.scripts.resolve({ sha256, audioUrl: request.audio_url })
  const wavMs = upload?.wav?.durationMs
  let failWith = script.failWith
  if (ours && upload === undefined) {
    failWith = `Download error to ${request.audio_url}, 404 Client Error: Not Found for url: ${request.audio_url}`
  } else if (wavMs !== undefined && wavMs < MIN_AUDIO_MS) {
    failWith = 'Audio duration is too short.'
  }
  const timeScale = !registered && wavMs !== undefined && wavMs >= MIN_AUDIO_MS ? wavMs / (script.durationMs + 400) : 1
  const record: TranscriptRecord = {
    id: randomUUID(),
    seq: ctx.store.nextSeq(),
    createdMs: ctx.now(),
    processingMs: ctx.processingDelayMs,
    request,
    script,
    timeScale,
    audioDurationMs: wavMs ?? script.durationMs + 400,
    failWith,
    fixedStatus: undefined,
    uploadId: upload?.id,
    deleted: false,
    webhookStatusCode: null,
  }
  ctx.store.add(record)
  if (request.webhook_url !== undefined) scheduleWebhooks(ctx, record)
  sendJson(res, 200, renderTranscript(record, ctx.now(), 'queued'))
}

function scheduleWebhooks(ctx: EmulatorContext, record: TranscriptRecord): void {
  const url = record.request.webhook_url
  if (url === undefined) return
  const headerName = record.request.webhook_auth_header_name ?? undefined
  const headerValue = record.request.webhook_auth_header_value ?? undefined
  ctx.webhooks.later(completedAtMs(record) - ctx.now(), () => {
    void (async () => {
      if (record.deleted) return
      const status = statusAt(record, ctx.now()) === 'error' ? 'error' : 'completed'
      record.webhookStatusCode = await ctx.webhooks.deliver({
        url,
        headerName,
        headerValue,
        payload: { transcript_id: record.id, status },
      })
      if (status === 'completed' && wantsRedactedAudio(record) && !record.deleted) {
        await ctx.webhooks.deliver({
          url,
          headerName,
          headerValue,
          payload: { status: 'redacted_audio_ready', redacted_audio_url: ctx.redactedAudio.url(ctx.restUrl, record.id, ctx.now()) },
        })
      }
    })()
  })
}

export function wantsRedactedAudio(record: TranscriptRecord): boolean {
  return record.request.redact_pii === true && record.request.redact_pii_audio === true
}

/** The record for a path id: 400 for a malformed id, 404 for an unknown one. */
export function findRecord(ctx: EmulatorContext, id: string): TranscriptRecord {
  if (!UUID.test(id)) throw new HttpFailure(400, 'Invalid transcript id')
  const record = ctx.store.get(id)
  if (record === undefined) throw new HttpFailure(404, 'Not found')
  return record
}

export function getTranscript(ctx: EmulatorContext, res: ServerResponse, id: string): void {
  const record = findRecord(ctx, id)
  const now = ctx.now()
  if (record.deleted) return sendJson(res, 200, renderTombstone(record, now))
  const text = transcriptJson(record, now)
  res.writeHead(200, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text) })
  res.end(text)
}

export async function deleteTranscript(ctx: EmulatorContext, res: ServerResponse, id: string): Promise<void> {
  const record = findRecord(ctx, id)
  const now = ctx.now()
  if (!record.deleted) {
    const status = statusAt(record, now)
    if (status === 'queued' || status === 'processing') {
      throw new HttpFailure(400, `Transcript is still ${status}; it can be deleted once it has completed or failed`)
    }
    record.deleted = true
    if (record.uploadId !== undefined) await ctx.uploads.remove(record.uploadId)
  }
  sendJson(res, 200, renderTombstone(record, now))
}

export function getRedactedAudio(ctx: EmulatorContext, res: ServerResponse, id: string): void {
  const record = findRecord(ctx, id)
  if (record.deleted) throw new HttpFailure(404, 'Not found')
  if (!wantsRedactedAudio(record)) {
    throw new HttpFailure(400, 'Redacted audio was not requested for this transcript (set redact_pii and redact_pii_audio)')
  }
  const status = statusAt(record, ctx.now())
  if (status === 'error') throw new HttpFailure(400, 'Redacted audio is not available: the transcript failed')
  if (status !== 'completed') throw new HttpFailure(400, `Redacted audio is not ready yet: the transcript is ${status}`)
  sendJson(res, 200, { status: 'redacted_audio_ready', redacted_audio_url: ctx.redactedAudio.url(ctx.restUrl, record.id, ctx.now()) })
}
