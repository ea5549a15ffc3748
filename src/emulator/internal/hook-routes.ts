/**
 * Test hooks under `/__emulator/` (same API key as the API): seed transcripts, read or clear the
 * request log, change faults, register scripts.
 *
 * @module
 */
import { randomUUID } from 'node:crypto'
import type { ServerResponse } from 'node:http'
import { BUILTIN_SCRIPTS } from '../scripts/builtin-scripts.js'
import { buildRegisteredScript, scriptRegistrationSchema } from '../scripts/parse-script-body.js'
import type { EmulatorContext } from './emulator-context.js'
import { FaultSpecError, parseFaultSpec } from './faults.js'
import { HttpFailure, sendJson } from './http-kit.js'
import type { TranscriptRequest } from './transcript-request.js'
import type { TranscriptRecord, TranscriptStatus } from './transcript-store.js'

const MAX_SEED_PER_CALL = 1_000_000
const SEED_STATUSES: ReadonlySet<string> = new Set(['queued', 'processing', 'completed', 'error'])

/** One request object shared by every seeded transcript (memory: a reference, not a copy). */
const SEED_REQUEST: TranscriptRequest = {
  audio_url: 'https://seeded.emulator.invalid/audio.wav',
  speech_models: ['universal-3-pro'],
}

interface SeedSpec {
  count: number
  createdMs: number
  status: TranscriptStatus
}

function parseSeed(value: unknown, index: number, now: number): SeedSpec {
  const where = `seed[${index}]`
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new HttpFailure(400, `${where} must be an object`)
  const v = value as Record<string, unknown>
  for (const key of Object.keys(v)) {
    if (!['count', 'created', 'status'].includes(key)) throw new HttpFailure(400, `${where}: unknown field ${key}`)
  }
  const count = v['count'] ?? 1
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 1) {
    throw new HttpFailure(400, `${where}.count must be a positive integer`)
  }
  let createdMs = now
  if (v['created'] !== undefined) {
    if (typeof v['created'] !== 'string') throw new HttpFailure(400, `${where}.created must be an ISO time string`)
    const text = v['created']
    const zoned = /(Z|[+-]\d{2}:?\d{2})$/.test(text) ? text : `${text}Z`
    createdMs = Date.parse(zoned)
    if (Number.isNaN(createdMs)) throw new HttpFailure(400, `${where}.created must be an ISO time string`)
  }
  const status = v['status'] ?? 'completed'
  if (typeof status !== 'string' || !SEED_STATUSES.has(status)) {
    throw new HttpFailure(400, `${where}.status must be one of: queued, processing, completed, error`)
  }
  return { count, createdMs, status: status as TranscriptStatus }
}

export function seedTranscripts(ctx: EmulatorContext, res: ServerResponse, body: unknown): void {
  const now = ctx.now()
  const items = Array.isArray(body) ? body : [body]
  const specs = items.map((item, i) => parseSeed(item, i, now))
  const total = specs.reduce((n, s) => n + s.count, 0)
  if (total > MAX_SEED_PER_CALL) throw new HttpFailure(413, `at most ${MAX_SEED_PER_CALL} transcripts per seed call`)
  const records: TranscriptRecord[] = []
  for (const spec of specs) {
    for (let i = 0; i < spec.count; i++) {
      const seq = ctx.store.nextSeq()
      const script = BUILTIN_SCRIPTS[seq % BUILTIN_SCRIPTS.length] ?? BUILTIN_SCRIPTS[0]
      if (script === undefined) throw new Error('no built-in scripts')
      records.push({
        id: randomUUID(),
        seq,
        createdMs: spec.createdMs,
        processingMs: 0,
        request: SEED_REQUEST,
        script,
        timeScale: 1,
        audioDurationMs: script.durationMs + 400,
        failWith: spec.status === 'error' ? 'Seeded transcript failed' : undefined,
        fixedStatus: spec.status,
        uploadId: undefined,
        deleted: false,
        webhookStatusCode: null,
      })
    }
  }
  ctx.store.addMany(records)
  sendJson(res, 200, { ids: records.map((r) => r.id) })
}

export function listRequests(ctx: EmulatorContext, res: ServerResponse, params: URLSearchParams): void {
  const since = params.get('since')
  if (since !== null && !/^\d+$/.test(since)) throw new HttpFailure(400, 'since must be a sequence number')
  sendJson(res, 200, { requests: ctx.log.list(since === null ? 0 : Number(since)) })
}

export function setFaults(ctx: EmulatorContext, res: ServerResponse, body: Record<string, unknown>): void {
  const spec = body['spec']
  if (typeof spec !== 'string') throw new HttpFailure(400, 'spec must be a String (use "" to clear faults)')
  try {
    ctx.faults = parseFaultSpec(spec)
  } catch (err) {
    if (err instanceof FaultSpecError) throw new HttpFailure(400, err.message)
    throw err
  }
  sendJson(res, 200, { spec })
}

export function registerScript(ctx: EmulatorContext, res: ServerResponse, body: Record<string, unknown>): void {
  const parsed = scriptRegistrationSchema.safeParse(body)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const path = issue?.path.map(String).join('.') ?? ''
    throw new HttpFailure(400, `${path === '' ? 'body' : path}: ${issue?.message ?? 'invalid'}`)
  }
  let script
  try {
    script = buildRegisteredScript(parsed.data)
  } catch (err) {
    throw new HttpFailure(400, err instanceof Error ? err.message : 'invalid script')
  }
  const b = parsed.data
  if (b.sha256 !== undefined) ctx.scripts.registerForSha256(b.sha256, script)
  else if (b.audio_url !== undefined) ctx.scripts.registerForAudioUrl(b.audio_url, script)
  else ctx.scripts.setStreaming(script)
  sendJson(res, 200, { id: script.id, words: script.words.length, pii: script.pii.length, duration_ms: script.durationMs })
}

export function listScripts(res: ServerResponse): void {
  sendJson(res, 200, {
    scripts: BUILTIN_SCRIPTS.map((s) => ({ id: s.id, title: s.title, words: s.words.length, duration_ms: s.durationMs, pii_policies: [...new Set(s.pii.map((p) => p.policy))] })),
  })
}
