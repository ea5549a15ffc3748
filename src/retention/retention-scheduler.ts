/**
 * Runs the retention sweep on the policy's cron schedule inside the gateway (croner). Overlapping
 * ticks are skipped in-process (`protect`), and the sweep's own lease lock keeps to one sweep at a
 * time across every instance sharing the store: an instance that finds the lock held logs and waits
 * for the next tick.
 *
 * @module
 */
import { Cron } from 'croner'
import { ConflictError, PolicyError } from '../errors.js'
import type { Store } from '../store/index.js'
import type { ErasureEngine } from './create-erasure-engine.js'
import type { EngineLogger, SweepOptions } from './erasure-types.js'

export interface RetentionSchedulerOptions {
  engine: ErasureEngine
  /** Cron expression (policy `retention.schedule`), evaluated in UTC unless `timezone` is given. */
  schedule: string
  logger?: EngineLogger | undefined
  /** Accepted for symmetry with the gateway's wiring; the sweep's lock lives in the engine's store. */
  store?: Store | undefined
  timezone?: string | undefined
  /** Passed to every sweep (policy `retention.include_untracked` and `retention.days`). */
  sweep?: Pick<SweepOptions, 'includeUntracked' | 'retentionDays'>
  /**
   * How often erasures waiting for AssemblyAI to finish a transcript are checked between sweeps
   * (default 60 s; 0 turns it off). Each check is one query, plus one GET per waiting job that is due.
   */
  followUpEveryMs?: number
}

export interface RetentionScheduler {
  /** The next planned run, if any. */
  nextRun(): Date | null
  /** Stops the schedule and waits for a sweep in progress to end. */
  stop(): Promise<void>
}

export function startRetentionScheduler(options: RetentionSchedulerOptions): RetentionScheduler {
  let running: Promise<void> | undefined
  const tick = async (): Promise<void> => {
    const started = Date.now()
    try {
      const summary = await options.engine.sweep({ ...options.sweep, actor: 'system:retention' })
      options.logger?.info(
        { due: summary.due, deleted: summary.deleted, alreadyGone: summary.alreadyGone, failed: summary.failed, ms: Date.now() - started },
        'scheduled retention sweep done',
      )
    } catch (error) {
      if (error instanceof ConflictError) options.logger?.info({}, 'retention sweep skipped: another instance is sweeping')
      else options.logger?.error({ err: error instanceof Error ? { name: error.name, message: error.message } : String(error) }, 'scheduled retention sweep failed')
    }
  }
  let job: Cron
  try {
    job = new Cron(options.schedule, { protect: true, unref: true, timezone: options.timezone ?? 'Etc/UTC' }, () => {
      running = tick().finally(() => {
        running = undefined
      })
      return running
    })
  } catch (error) {
    throw new PolicyError('policy', [{ path: 'retention.schedule', message: `is not a valid cron expression (${error instanceof Error ? error.message : 'invalid'})` }])
  }
  // Pending erasures (transcripts AssemblyAI had not finished): checked between sweeps.
  let following: Promise<void> | undefined
  const followEvery = options.followUpEveryMs ?? 60_000
  const follow =
    followEvery > 0
      ? setInterval(() => {
          if (following) return
          following = options.engine
            .followUpPending()
            .then((erased) => {
              if (erased > 0) options.logger?.info({ erased }, 'pending erasures done')
            })
            .catch((error: unknown) => {
              options.logger?.warn({ err: error instanceof Error ? { name: error.name, message: error.message } : String(error) }, 'pending erasure check failed')
            })
            .finally(() => {
              following = undefined
            })
        }, followEvery)
      : undefined
  follow?.unref()
  return {
    nextRun: () => job.nextRun(),
    async stop() {
      job.stop()
      if (follow) clearInterval(follow)
      await running
      await following
    },
  }
}
