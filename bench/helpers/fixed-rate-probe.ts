/**
 * An open-loop latency probe: sends requests at a fixed rate (whatever the answers do), over a
 * small keep-alive pool, and keeps every latency in microseconds, so that percentiles can be read
 * from the samples of several alternating slices pooled together. (autocannon reports only its own
 * percentiles per run, in whole milliseconds, which cannot be pooled.)
 */
import { Pool } from 'undici'

export interface ProbeTarget {
  readonly url: string
  readonly headers: Record<string, string>
  readonly body: string
}

export interface ProbeResult {
  /** Latency of each answered request, in milliseconds. */
  readonly latenciesMs: number[]
  readonly errors: number
}

export async function probeFixedRate(target: ProbeTarget, options: { rate: number; seconds: number; connections: number }): Promise<ProbeResult> {
  const url = new URL(target.url)
  const pool = new Pool(url.origin, { connections: options.connections, pipelining: 1 })
  const latenciesMs: number[] = []
  let errors = 0
  const inFlight = new Set<Promise<void>>()
  const one = async (): Promise<void> => {
    const started = performance.now()
    try {
      const res = await pool.request({ path: url.pathname + url.search, method: 'POST', headers: { ...target.headers, 'content-type': 'application/json' }, body: target.body })
      await res.body.text()
      if (res.statusCode >= 200 && res.statusCode < 300) latenciesMs.push(performance.now() - started)
      else errors++
    } catch {
      errors++
    }
  }
  const total = Math.round(options.rate * options.seconds)
  const begin = performance.now()
  let sent = 0
  while (sent < total) {
    // send what the schedule says is due by now, then sleep until the next one is
    const due = Math.min(total, Math.floor(((performance.now() - begin) / 1000) * options.rate) + 1)
    for (; sent < due; sent++) {
      const p = one().finally(() => inFlight.delete(p))
      inFlight.add(p)
    }
    const nextAt = begin + (sent / options.rate) * 1000
    await new Promise((r) => setTimeout(r, Math.max(0, nextAt - performance.now())))
  }
  await Promise.all(inFlight)
  await pool.close()
  return { latenciesMs, errors }
}

/** The q-quantile (0..1) of samples, by nearest rank. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] as number
}
