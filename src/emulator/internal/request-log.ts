/**
 * The emulator's request log: what reached it, for tests to assert on. The Authorization header is
 * reduced to a fingerprint; bodies are kept as parsed JSON (uploads as their size and sha256).
 * Bounded: the oldest entries are dropped past `capacity`.
 *
 * @module
 */

export interface LoggedRequest {
  readonly seq: number
  readonly at: string
  readonly method: string
  readonly path: string
  readonly query: Record<string, string | string[]>
  readonly authorization: string | null
  body: unknown
  status: number | null
}

export class RequestLog {
  readonly #entries: LoggedRequest[] = []
  readonly #capacity: number
  #seq = 0

  constructor(capacity: number) {
    this.#capacity = capacity
  }

  add(entry: Omit<LoggedRequest, 'seq' | 'status'>): LoggedRequest {
    this.#seq += 1
    const full: LoggedRequest = { ...entry, seq: this.#seq, status: null }
    this.#entries.push(full)
    if (this.#entries.length > this.#capacity) this.#entries.splice(0, this.#entries.length - this.#capacity)
    return full
  }

  /** Entries with `seq > since`, oldest first. */
  list(since = 0): readonly LoggedRequest[] {
    return this.#entries.filter((e) => e.seq > since)
  }

  clear(): void {
    this.#entries.length = 0
  }
}

export function queryObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key)
    out[key] = all.length === 1 ? (all[0] ?? '') : all
  }
  return out
}
