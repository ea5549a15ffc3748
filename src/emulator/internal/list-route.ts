/**
 * `GET /v2/transcript`: newest first, `limit` 1..200 (default 10), filters `status`, `created_on`,
 * `before_id` (older than) and `after_id` (newer than), absolute `prev_url` (older page) and
 * `next_url` (newer page), and only the last 90 days. Deleted transcripts stay listed.
 *
 * @module
 */
import type { ServerResponse } from 'node:http'
import type { EmulatorContext } from './emulator-context.js'
import { HttpFailure, naiveTimestamp, sendJson } from './http-kit.js'
import { completedAtMs, statusAt, type TranscriptRecord, type TranscriptStatus } from './transcript-store.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const STATUSES: ReadonlySet<string> = new Set(['queued', 'processing', 'completed', 'error'])
const KNOWN = new Set(['limit', 'status', 'created_on', 'before_id', 'after_id', 'throttled_only'])
export const LISTING_WINDOW_MS = 90 * 24 * 3600 * 1000

interface ListQuery {
  limit: number
  status: TranscriptStatus | undefined
  createdOn: string | undefined
  before: TranscriptRecord | undefined
  after: TranscriptRecord | undefined
}

function single(params: URLSearchParams, name: string): string | undefined {
  const all = params.getAll(name)
  if (all.length > 1) throw new HttpFailure(400, `${name} may be given only once`)
  return all[0]
}

function cursor(ctx: EmulatorContext, params: URLSearchParams, name: string): TranscriptRecord | undefined {
  const id = single(params, name)
  if (id === undefined) return undefined
  if (!UUID.test(id)) throw new HttpFailure(400, `${name} must be a valid transcript id`)
  const record = ctx.store.get(id)
  if (record === undefined) throw new HttpFailure(400, `${name} does not name a known transcript`)
  return record
}

function parseQuery(ctx: EmulatorContext, params: URLSearchParams): ListQuery {
  for (const key of params.keys()) {
    if (!KNOWN.has(key)) throw new HttpFailure(400, `Invalid parameter: ${key} is not a recognised parameter`)
  }
  const rawLimit = single(params, 'limit')
  let limit = 10
  if (rawLimit !== undefined) {
    if (!/^-?\d+$/.test(rawLimit)) throw new HttpFailure(400, 'limit must be an Integer')
    limit = Number(rawLimit)
    if (limit < 1 || limit > 200) throw new HttpFailure(400, 'limit must be between 1 and 200')
  }
  const status = single(params, 'status')
  if (status !== undefined && !STATUSES.has(status)) {
    throw new HttpFailure(400, 'status must be one of: queued, processing, completed, error')
  }
  const createdOn = single(params, 'created_on')
  if (createdOn !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(createdOn) || Number.isNaN(Date.parse(createdOn)))) {
    throw new HttpFailure(400, 'created_on must be a date like 2024-01-31')
  }
  const throttled = single(params, 'throttled_only')
  if (throttled !== undefined && throttled !== 'true' && throttled !== 'false') {
    throw new HttpFailure(400, 'throttled_only must be a Boolean')
  }
  const before = cursor(ctx, params, 'before_id')
  const after = cursor(ctx, params, 'after_id')
  if (before !== undefined && after !== undefined && ctx.store.indexOf(after) >= ctx.store.indexOf(before)) {
    throw new HttpFailure(400, "'after_id' must be a newer transcript than 'before_id'")
  }
  return { limit, status: status as TranscriptStatus | undefined, createdOn, before, after }
}

function listItem(ctx: EmulatorContext, record: TranscriptRecord, now: number): Record<string, unknown> {
  const status = statusAt(record, now)
  const finished = status === 'completed' || status === 'error'
  return {
    id: record.id,
    resource_url: `${ctx.restUrl}/v2/transcript/${record.id}`,
    status,
    created: naiveTimestamp(record.createdMs),
    completed: finished ? naiveTimestamp(record.fixedStatus === undefined ? completedAtMs(record) : record.createdMs) : null,
    audio_url: record.deleted ? 'http://deleted_by_user' : record.request.audio_url,
    error: status === 'error' ? (record.failWith ?? 'Transcription failed') : null,
  }
}

export function listTranscripts(ctx: EmulatorContext, res: ServerResponse, params: URLSearchParams): void {
  const q = parseQuery(ctx, params)
  const now = ctx.now()
  const oldestAllowed = now - LISTING_WINDOW_MS
  const all = ctx.store.ordered()
  const matches = (r: TranscriptRecord): boolean =>
    r.createdMs >= oldestAllowed &&
    (q.status === undefined || statusAt(r, now) === q.status) &&
    (q.createdOn === undefined || new Date(r.createdMs).toISOString().startsWith(q.createdOn))
  // Bounds in creation order: (lower, upper) exclusive.
  const upper = q.before === undefined ? all.length : ctx.store.indexOf(q.before)
  const lower = q.after === undefined ? -1 : ctx.store.indexOf(q.after)
  const page: TranscriptRecord[] = []
  if (q.after !== undefined && q.before === undefined) {
    // The page of newer transcripts right after the cursor, shown newest first.
    for (let i = lower + 1; i < upper && page.length < q.limit; i++) {
      const r = all[i]
      if (r !== undefined && matches(r)) page.push(r)
    }
    page.reverse()
  } else {
    for (let i = upper - 1; i > lower && page.length < q.limit; i--) {
      const r = all[i]
      if (r !== undefined && r.createdMs < oldestAllowed) break
      if (r !== undefined && matches(r)) page.push(r)
    }
  }
  const newest = page[0]
  const oldest = page[page.length - 1]
  const exists = (from: number, to: number, step: 1 | -1): boolean => {
    for (let i = from; step > 0 ? i < to : i > to; i += step) {
      const r = all[i]
      if (r !== undefined && step < 0 && r.createdMs < oldestAllowed) return false
      if (r !== undefined && matches(r)) return true
    }
    return false
  }
  const pageUrl = (cursorName: 'before_id' | 'after_id', id: string): string => {
    const next = new URLSearchParams(params)
    next.delete('before_id')
    next.delete('after_id')
    next.set('limit', String(q.limit))
    next.set(cursorName, id)
    return `${ctx.restUrl}/v2/transcript?${next.toString()}`
  }
  const olderExists = oldest !== undefined && exists(ctx.store.indexOf(oldest) - 1, lower, -1)
  const newerExists = newest !== undefined && exists(ctx.store.indexOf(newest) + 1, all.length, 1)
  const current = params.toString()
  sendJson(res, 200, {
    page_details: {
      limit: q.limit,
      result_count: page.length,
      current_url: `${ctx.restUrl}/v2/transcript${current === '' ? '' : `?${current}`}`,
      prev_url: olderExists && oldest !== undefined ? pageUrl('before_id', oldest.id) : null,
      next_url: newerExists && newest !== undefined ? pageUrl('after_id', newest.id) : null,
    },
    transcripts: page.map((r) => listItem(ctx, r, now)),
  })
}
