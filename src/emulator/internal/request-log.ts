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
  // A ring: once full, each entry overwrites the oldest, so adding costs the same at any size
  // (dropping the oldest from the front of an array moved the whole array on every request).
  readonly #ring: (LoggedRequest | undefined)[]
  /** Where the next entry goes; the oldest entry sits there once the ring has wrapped. */
  #next = 0
  #size = 0
  #seq = 0

  constructor(capacity: number) {
    // capacity 0 keeps nothing (the log is off)
    this.#ring = new Array<LoggedRequest | undefined>(Math.max(0, Math.floor(capacity))).fill(undefined)
  }

  add(entry: Omit<LoggedRequest, 'seq' | 'status'>): LoggedRequest {
    this.#seq += 1
    const full: LoggedRequest = { ...entry, seq: this.#seq, status: null }
    if (this.#ring.length === 0) return full
    this.#ring[this.#next] = full
    this.#next = (this.#next + 1) % this.#ring.length
    this.#size = Math.min(this.#size + 1, this.#ring.length)
    return full
  }

  /** Entries with `seq > since`, oldest first. */
  list(since = 0): readonly LoggedRequest[] {
    const out: LoggedRequest[] = []
    if (this.#size === 0) return out
    const first = (this.#next - this.#size + this.#ring.length) % this.#ring.length
    for (let k = 0; k < this.#size; k++) {
      const entry = this.#ring[(first + k) % this.#ring.length]
      if (entry !== undefined && entry.seq > since) out.push(entry)
    }
    return out
  }

  clear(): void {
    this.#ring.fill(undefined)
    this.#next = 0
    this.#size = 0
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
