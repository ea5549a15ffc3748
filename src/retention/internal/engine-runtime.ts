/**
 * What the engine's internal parts share: the store, the upstream client, the ledger, the request
 * budget, injected time and randomness, and the tuning options.
 *
 * @module
 */
import type { Ledger } from '../../ledger/index.js'
import type { ErasureJobsRepository, Store, UploadsRepository } from '../../store/index.js'
import type { EngineLogger, ErasureUpstream } from '../erasure-types.js'
import type { RequestBudget } from './request-budget.js'

export interface EngineOptions {
  /** Failed attempts of one step before the transcript is recorded as failed (default 10). */
  maxAttempts: number
  /** The engine's share of the account's rate limit (default 20 requests per 1,000 ms). */
  requestsPerWindow: number
  windowMs: number
  /** How long a claimed job (or the sweep lock) stays ours without renewal (default 60 s). */
  leaseMs: number
  /** Jobs in flight at once during a sweep (default 8). */
  concurrency: number
  /** Backoff base and cap for retries without Retry-After. */
  backoffBaseMs: number
  backoffCapMs: number
  /** How long a single erasure (the gateway's DELETE) keeps retrying before it answers "queued" (default 30 s). */
  singleErasureDeadlineMs: number
  /**
   * A transcript AssemblyAI is still queueing or processing cannot be deleted yet. Its completion
   * webhook wakes the job at once; without one it is checked (one GET) this often (default 60 s).
   */
  awaitPollMs: number
  /** How long to wait for AssemblyAI to finish such a transcript before the erasure fails, reported (default 24 h). */
  maxAwaitCompletionMs: number
}

export const DEFAULT_ENGINE_OPTIONS: EngineOptions = {
  maxAttempts: 10,
  requestsPerWindow: 20,
  windowMs: 1000,
  leaseMs: 60_000,
  concurrency: 8,
  backoffBaseMs: 500,
  backoffCapMs: 60_000,
  singleErasureDeadlineMs: 30_000,
  awaitPollMs: 60_000,
  maxAwaitCompletionMs: 24 * 3_600_000,
}

export interface EngineRuntime {
  readonly store: Store
  readonly jobs: ErasureJobsRepository
  readonly uploads: UploadsRepository
  readonly upstream: ErasureUpstream
  readonly ledger: Ledger
  readonly budget: RequestBudget
  readonly clock: () => Date
  readonly sleep: (ms: number) => Promise<void>
  readonly random: () => number
  readonly logger: EngineLogger | undefined
  readonly options: EngineOptions
  /** This process's lease-holder id. */
  readonly holder: string
}

export function isoIn(rt: EngineRuntime, ms: number): string {
  return new Date(rt.clock().getTime() + ms).toISOString()
}
