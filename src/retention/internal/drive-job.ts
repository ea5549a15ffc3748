/**
 * Drives one leased job through its steps until it is recorded, must wait (a retry is scheduled
 * and the lease released), fails for good, or the lease is lost to another worker.
 *
 * @module
 */
import { AWAITING_COMPLETION, type ErasureJobRow } from '../../store/index.js'
import { backoffMs } from './backoff.js'
import { isoIn, type EngineRuntime } from './engine-runtime.js'
import { LeaseLostError, runStep } from './erasure-steps.js'
import { classifyUpstreamFailure } from './upstream-failure.js'

export type DriveOutcome =
  | { kind: 'recorded'; job: ErasureJobRow }
  | { kind: 'retry_later'; job: ErasureJobRow }
  /** AssemblyAI has not finished the transcript: the job waits (lease released) for it. */
  | { kind: 'awaiting'; job: ErasureJobRow }
  | { kind: 'failed'; job: ErasureJobRow; reason: string }
  | { kind: 'lost' }

const OPEN = new Set(['due', 'upstream_deleted', 'verified', 'purged', AWAITING_COMPLETION])

export async function driveJob(rt: EngineRuntime, leased: ErasureJobRow): Promise<DriveOutcome> {
  let job = leased
  while (OPEN.has(job.state)) {
    let failure: { reason: string; retryAfterMs: number | undefined; permanent: boolean } | undefined
    try {
      const result = await runStep(rt, job)
      if (result.failure !== undefined) {
        failure = { reason: result.failure, retryAfterMs: undefined, permanent: result.permanent === true }
      } else {
        const at = rt.clock().toISOString()
        const awaiting = result.patch.state === AWAITING_COMPLETION
        // Waiting for AssemblyAI releases the lease: the completion webhook or any later run takes it up.
        const lease = awaiting ? { lease_holder: null, lease_until: null } : { lease_until: isoIn(rt, rt.options.leaseMs) }
        const changes = { ...result.patch, attempts: 0, last_error: null, ...lease, updated_at: at }
        // A step that wrote its own patch (in its transaction) also renewed the lease there.
        if (!result.applied && !(await rt.jobs.update(job.transcript_id, rt.holder, changes))) return { kind: 'lost' }
        job = { ...job, ...changes } as ErasureJobRow
        if (awaiting) return { kind: 'awaiting', job }
        continue
      }
    } catch (error) {
      if (error instanceof LeaseLostError) return { kind: 'lost' }
      const classified = classifyUpstreamFailure(error)
      if (classified.kind === 'fatal') {
        await rt.jobs.update(job.transcript_id, rt.holder, { lease_holder: null, lease_until: null, last_error: classified.reason })
        throw classified.error
      }
      if (classified.kind === 'not_found') throw error // runStep handles 404 itself; anything else is a bug
      failure = { reason: classified.reason, retryAfterMs: classified.kind === 'retry' ? classified.retryAfterMs : undefined, permanent: classified.kind === 'permanent' }
      if (failure.retryAfterMs !== undefined) rt.budget.pause(failure.retryAfterMs)
    }
    const attempts = job.attempts + 1
    const at = rt.clock().toISOString()
    if (failure.permanent || attempts >= rt.options.maxAttempts) {
      const reason = failure.permanent ? failure.reason : `${failure.reason} (gave up after ${attempts} attempts)`
      const changes = { state: 'failed', attempts, last_error: reason, lease_holder: null, lease_until: null, updated_at: at }
      if (!(await rt.jobs.update(job.transcript_id, rt.holder, changes))) return { kind: 'lost' }
      rt.logger?.warn({ transcript: job.transcript_id, state: job.state, reason }, 'erasure failed permanently')
      return { kind: 'failed', job: { ...job, ...changes }, reason }
    }
    const delay = failure.retryAfterMs ?? backoffMs(attempts, rt.random, rt.options.backoffBaseMs, rt.options.backoffCapMs)
    const changes = { attempts, last_error: failure.reason, next_attempt_at: isoIn(rt, delay), lease_holder: null, lease_until: null, updated_at: at }
    if (!(await rt.jobs.update(job.transcript_id, rt.holder, changes))) return { kind: 'lost' }
    return { kind: 'retry_later', job: { ...job, ...changes } }
  }
  return job.state === 'recorded' ? { kind: 'recorded', job } : { kind: 'failed', job, reason: job.last_error ?? job.state }
}
