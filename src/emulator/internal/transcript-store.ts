/**
 * In-memory transcript storage. A record holds references (to its validated request, shared for
 * seeded transcripts, and to its script, shared by all), never copies of words, so 100,000
 * transcripts cost a few tens of megabytes. Records are kept in creation order for listing.
 *
 * @module
 */
import type { EmulatorScript } from '../scripts/script-types.js'
import type { TranscriptRequest } from './transcript-request.js'

export type TranscriptStatus = 'queued' | 'processing' | 'completed' | 'error'

export interface TranscriptRecord {
  readonly id: string
  readonly seq: number
  readonly createdMs: number
  /** Time from creation to completion. */
  readonly processingMs: number
  readonly request: TranscriptRequest
  readonly script: EmulatorScript
  /** Factor applied to script timestamps (built-in scripts stretched to a known audio length). */
  readonly timeScale: number
  readonly audioDurationMs: number
  /** Set when the transcript fails instead of completing. */
  readonly failWith: string | undefined
  /** A status pinned by the seed hook; otherwise it follows the clock. */
  readonly fixedStatus: TranscriptStatus | undefined
  readonly uploadId: string | undefined
  deleted: boolean
  webhookStatusCode: number | null
}

export class TranscriptStore {
  readonly #byId = new Map<string, TranscriptRecord>()
  /** Ascending by (createdMs, seq). */
  readonly #ordered: TranscriptRecord[] = []
  #seq = 0

  nextSeq(): number {
    this.#seq += 1
    return this.#seq
  }

  get size(): number {
    return this.#byId.size
  }

  get(id: string): TranscriptRecord | undefined {
    return this.#byId.get(id)
  }

  add(record: TranscriptRecord): void {
    this.#byId.set(record.id, record)
    const last = this.#ordered[this.#ordered.length - 1]
    if (last === undefined || compare(last, record) <= 0) {
      this.#ordered.push(record)
      return
    }
    this.#ordered.splice(this.#insertionIndex(record), 0, record)
  }

  /** Bulk insert (seeding): one sort instead of many splices. */
  addMany(records: readonly TranscriptRecord[]): void {
    for (const r of records) this.#byId.set(r.id, r)
    this.#ordered.push(...records)
    this.#ordered.sort(compare)
  }

  /** Position of `record` in creation order, or -1. */
  indexOf(record: TranscriptRecord): number {
    const i = this.#insertionIndex(record)
    return this.#ordered[i] === record ? i : -1
  }

  /** Records in creation order (ascending); callers must not mutate the array. */
  ordered(): readonly TranscriptRecord[] {
    return this.#ordered
  }

  #insertionIndex(record: TranscriptRecord): number {
    let lo = 0
    let hi = this.#ordered.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      const m = this.#ordered[mid]
      if (m !== undefined && compare(m, record) < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

function compare(a: TranscriptRecord, b: TranscriptRecord): number {
  return a.createdMs - b.createdMs || a.seq - b.seq
}

/** Share of the processing time spent `queued` before `processing`. */
const QUEUED_SHARE = 0.25

export function statusAt(record: TranscriptRecord, nowMs: number): TranscriptStatus {
  if (record.fixedStatus !== undefined) return record.fixedStatus
  const elapsed = nowMs - record.createdMs
  if (elapsed >= record.processingMs) return record.failWith === undefined ? 'completed' : 'error'
  return elapsed < record.processingMs * QUEUED_SHARE ? 'queued' : 'processing'
}

export function completedAtMs(record: TranscriptRecord): number {
  return record.createdMs + record.processingMs
}
