/**
 * Fault injection: `429=0.1,500=0.05,503=0.02,reset=0.01,hang=0.01,latency=50..400ms,retry_after=2`.
 *
 * - `<status>=<p>`: answer that HTTP status (AssemblyAI-style body; 429 and 503 carry `Retry-After`)
 *   to a share `p` (0..1) of requests; `<status>=<n>x` fails exactly the next `n` requests instead.
 * - `reset=<p|nx>`: destroy the connection without an answer.
 * - `hang=<p|nx>`: never answer (the connection is dropped when the emulator closes or after 120 s).
 * - `latency=<a>..<b>ms` (or `<a>ms`): delay every request by a uniform time in [a, b].
 * - `retry_after=<s>`: the `Retry-After` seconds sent with 429/503 (default 1).
 *
 * Faults apply to the AssemblyAI API (`/v2/...`, `/v3/token`), never to `/__emulator/` hooks.
 *
 * @module
 */

export type FaultKind = number | 'reset' | 'hang'

interface FaultRule {
  readonly kind: FaultKind
  readonly probability: number
  /** Remaining deterministic failures (`nx` form); undefined for probabilistic rules. */
  remaining: number | undefined
}

export interface FaultPlan {
  readonly rules: FaultRule[]
  readonly latency: readonly [number, number] | undefined
  readonly retryAfterSeconds: number
}

export type FaultDecision = { kind: 'none' } | { kind: 'status'; status: number } | { kind: 'reset' } | { kind: 'hang' }

export class FaultSpecError extends Error {}

const FAULT_STATUSES = new Set([400, 401, 403, 404, 408, 409, 413, 429, 500, 502, 503, 504])

export function parseFaultSpec(spec: string): FaultPlan {
  const rules: FaultRule[] = []
  let latency: readonly [number, number] | undefined
  let retryAfterSeconds = 1
  for (const raw of spec.split(',')) {
    const part = raw.trim()
    if (part === '') continue
    const eq = part.indexOf('=')
    if (eq <= 0) throw new FaultSpecError(`fault "${part}": expected name=value`)
    const name = part.slice(0, eq).trim()
    const value = part.slice(eq + 1).trim()
    if (name === 'latency') {
      const m = /^(\d+)(?:\.\.(\d+))?ms$/.exec(value)
      if (m === null) throw new FaultSpecError(`fault "${part}": latency must look like 50..400ms or 100ms`)
      const lo = Number(m[1])
      const hi = m[2] === undefined ? lo : Number(m[2])
      if (hi < lo || hi > 600_000) throw new FaultSpecError(`fault "${part}": latency range must be ascending and at most 600000ms`)
      latency = [lo, hi]
      continue
    }
    if (name === 'retry_after') {
      if (!/^\d{1,5}$/.test(value)) throw new FaultSpecError(`fault "${part}": retry_after must be whole seconds`)
      retryAfterSeconds = Number(value)
      continue
    }
    let kind: FaultKind
    if (name === 'reset' || name === 'hang') kind = name
    else if (/^\d{3}$/.test(name) && FAULT_STATUSES.has(Number(name))) kind = Number(name)
    else throw new FaultSpecError(`fault "${part}": unknown fault "${name}" (use an HTTP status such as 429/500/503, reset, hang, latency or retry_after)`)
    const count = /^(\d{1,9})x$/.exec(value)
    if (count !== null) {
      rules.push({ kind, probability: 0, remaining: Number(count[1]) })
      continue
    }
    const p = Number(value)
    if (value === '' || !Number.isFinite(p) || p < 0 || p > 1) {
      throw new FaultSpecError(`fault "${part}": the share must be a number from 0 to 1, or a count like 3x`)
    }
    rules.push({ kind, probability: p, remaining: undefined })
  }
  const total = rules.reduce((sum, r) => sum + r.probability, 0)
  if (total > 1 + 1e-9) throw new FaultSpecError('faults: the shares add up to more than 1')
  return { rules, latency, retryAfterSeconds }
}

export const NO_FAULTS: FaultPlan = { rules: [], latency: undefined, retryAfterSeconds: 1 }

function toDecision(kind: FaultKind): FaultDecision {
  return typeof kind === 'number' ? { kind: 'status', status: kind } : { kind }
}

/** Picks the fault for one request: counted rules first (in order), then one roll over the shares. */
export function decideFault(plan: FaultPlan, random: () => number): FaultDecision {
  for (const rule of plan.rules) {
    if (rule.remaining !== undefined && rule.remaining > 0) {
      rule.remaining -= 1
      return toDecision(rule.kind)
    }
  }
  const roll = random()
  let acc = 0
  for (const rule of plan.rules) {
    if (rule.remaining !== undefined) continue
    acc += rule.probability
    if (roll < acc) return toDecision(rule.kind)
  }
  return { kind: 'none' }
}

export function latencyFor(plan: FaultPlan, random: () => number): number {
  if (plan.latency === undefined) return 0
  const [lo, hi] = plan.latency
  return Math.round(lo + (hi - lo) * random())
}
