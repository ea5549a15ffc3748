/**
 * A retention sweep: enqueue what is due (tracked rows past `delete_after`, or older than
 * `--older-than`; optionally untracked transcripts from the AssemblyAI list), then drive every open
 * job to the end with `concurrency` workers under the request budget. One sweep at a time (a lease
 * in `retention_locks`); jobs are leased one by one, so a crashed sweep's work is resumed by the next.
 *
 * @module
 */
import { ConflictError } from '../../errors.js'
import type { SweepFailure, SweepOptions, SweepSummary } from '../erasure-types.js'
import { createRetentionLocksRepository } from '../../store/index.js'
import { driveJob } from './drive-job.js'
import { isoIn, type EngineRuntime } from './engine-runtime.js'
import { untrackedDue } from './untracked-inventory.js'
import { purgeExpiredUploads, UPLOAD_LIFETIME_MS } from './unused-uploads.js'

const DAY_MS = 86_400_000
export const SWEEP_LOCK = 'retention-sweep'

export async function runSweep(rt: EngineRuntime, options: SweepOptions): Promise<SweepSummary> {
  if (options.dryRun) return dryRun(rt, options)
  const locks = createRetentionLocksRepository(rt.store)
  await takeLock(rt, locks, options.waitForLockMs ?? 0)
  // Renew the sweep lock while we work; an unref'd interval never keeps the process alive. If a
  // renewal finds the lock taken (our lease expired, e.g. the process stalled longer than the
  // lease, and another instance started a sweep), this sweep stops: one sweep at a time. A failed
  // renewal (database unreachable) is not a loss; the next one tries again.
  let lost = false
  const renewal = setInterval(() => {
    void locks
      .acquire(SWEEP_LOCK, rt.holder, rt.clock().toISOString(), isoIn(rt, rt.options.leaseMs))
      .then((held) => {
        if (!held) lost = true
      })
      .catch(() => undefined)
  }, Math.max(50, Math.floor(rt.options.leaseMs / 3)))
  renewal.unref()
  try {
    return await sweepLocked(rt, options, () => lost)
  } finally {
    clearInterval(renewal)
    await locks.release(SWEEP_LOCK, rt.holder).catch(() => undefined)
  }
}

async function takeLock(rt: EngineRuntime, locks: ReturnType<typeof createRetentionLocksRepository>, waitMs: number): Promise<void> {
  const giveUpAt = rt.clock().getTime() + waitMs
  for (;;) {
    if (await locks.acquire(SWEEP_LOCK, rt.holder, rt.clock().toISOString(), isoIn(rt, rt.options.leaseMs))) return
    if (rt.clock().getTime() >= giveUpAt) throw new ConflictError('another retention sweep is running; try again when it has finished')
    await rt.sleep(Math.min(1000, Math.max(50, giveUpAt - rt.clock().getTime())))
  }
}

async function sweepLocked(rt: EngineRuntime, options: SweepOptions, lockLost: () => boolean): Promise<SweepSummary> {
  const now = rt.clock()
  const nowIso = now.toISOString()
  const actorRef = rt.ledger.actorRef(options.actor ?? 'system:retention')
  const createdBefore = options.olderThanDays === undefined ? undefined : new Date(now.getTime() - options.olderThanDays * DAY_MS).toISOString()
  const failures: SweepFailure[] = []
  await rt.jobs.reopenFailed(nowIso)

  // Tracked transcripts that are due (keyset pages, so memory stays flat).
  let after: string | undefined
  for (;;) {
    const page = await rt.jobs.dueTracked({ now: nowIso, createdBefore, afterId: after, limit: 500 })
    if (page.length === 0) break
    after = page[page.length - 1]?.id
    await rt.jobs.enqueue(
      page.map((t) => ({ transcript_id: t.id, source: 'tracked' as const, owner_ref: rt.ledger.ownerRef(t.owner), reason: 'retention', actor_ref: actorRef })),
      nowIso,
    )
  }

  let untracked: SweepSummary['untracked']
  if (options.includeUntracked) {
    untracked = { listed: 0, due: 0 }
    const cutoff = new Date(now.getTime() - (options.olderThanDays ?? options.retentionDays ?? 30) * DAY_MS)
    try {
      let pages = 0
      for await (const batch of untrackedDue(rt, cutoff)) {
        untracked.listed += batch.listed
        untracked.due += batch.due.length
        await rt.jobs.enqueue(batch.due.map((id) => ({ transcript_id: id, source: 'untracked' as const, owner_ref: null, reason: 'retention', actor_ref: actorRef })), nowIso)
        options.onProgress?.({ phase: 'listing', done: ++pages, total: 0 })
      }
    } catch (error) {
      if ((error as { upstreamStatus?: number }).upstreamStatus === 401) throw error
      failures.push({ id: '(list)', reason: error instanceof Error ? error.message : String(error) })
    }
  }

  const due = await rt.jobs.countOpen(nowIso)
  const requestsBefore = rt.budget.granted()
  const erasingStarted = rt.clock().getTime()
  const counts = { deleted: 0, alreadyGone: 0, failed: failures.length }
  let finished = 0
  let fatal: unknown
  const idle = idleSignal(rt.sleep)
  options.onProgress?.({ phase: 'erasing', done: 0, total: due })

  const worker = async (): Promise<void> => {
    while (fatal === undefined) {
      if (lockLost()) {
        fatal = new ConflictError('this sweep lost its lock to another instance (its lease expired) and stopped; the other sweep carries on')
        return
      }
      const seen = idle.generation()
      const [job] = await rt.jobs.claim(rt.holder, rt.clock().toISOString(), isoIn(rt, rt.options.leaseMs), 1)
      if (!job) {
        // Jobs waiting for AssemblyAI to finish a transcript are not waited for: the next run (or the
        // transcript's completion webhook) picks them up.
        const nowIso = rt.clock().toISOString()
        if ((await rt.jobs.countOpen(nowIso)) === 0) return
        const wake = await rt.jobs.nextWakeAt(nowIso)
        const wait = wake === undefined ? 1000 : Date.parse(wake) - rt.clock().getTime()
        // Usually what is left is held by our own workers: wake as soon as one of them finishes a
        // job, instead of sleeping out the poll interval at the end of every sweep.
        await idle.wait(Math.min(1000, Math.max(20, wait)), seen)
        continue
      }
      let outcome
      try {
        outcome = await driveJob(rt, job)
      } catch (error) {
        fatal = error
        return
      } finally {
        idle.notify()
      }
      if (outcome.kind === 'retry_later' || outcome.kind === 'lost') continue
      if (outcome.kind === 'awaiting') {
        // Counted in `awaitingCompletion` at the end.
      } else if (outcome.kind === 'recorded') {
        if (outcome.job.upstream_outcome === 'deleted') counts.deleted++
        else counts.alreadyGone++
        if ((counts.deleted + counts.alreadyGone) % 200 === 0) await rt.ledger.maybeCheckpoint()
      } else {
        counts.failed++
        if (failures.length < 1000) failures.push({ id: job.transcript_id, reason: outcome.reason })
      }
      options.onProgress?.({ phase: 'erasing', done: ++finished, total: due })
    }
  }
  await Promise.all(Array.from({ length: rt.options.concurrency }, () => worker()))
  const stats = { requests: rt.budget.granted() - requestsBefore, erasingMs: rt.clock().getTime() - erasingStarted }
  // Unused uploads past AssemblyAI's 24 h lifetime: their local record goes, with a ledger entry.
  const expiredUploads = fatal === undefined ? await purgeExpiredUploads(rt, actorRef) : 0
  const checkpoint = await rt.ledger.checkpoint()
  if (fatal !== undefined) throw fatal
  options.onProgress?.({ phase: 'done', done: finished, total: due })
  const summary: SweepSummary = {
    dryRun: false,
    due: due + failures.filter((f) => f.id === '(list)').length,
    deleted: counts.deleted,
    alreadyGone: counts.alreadyGone,
    failed: counts.failed,
    failures,
    pending: await rt.jobs.countOpen(rt.clock().toISOString()),
    awaitingCompletion: await rt.jobs.countAwaiting(),
    expiredUploads,
    untracked,
    wouldErase: undefined,
    ledger: { head: checkpoint ? Number(checkpoint.seq) : 0, checkpoint: checkpoint ? Number(checkpoint.seq) : undefined },
    stats,
  }
  rt.logger?.info({ ...summary, failures: summary.failures.length }, 'retention sweep finished')
  return summary
}

/** What a sweep would erase: open jobs, due tracked rows, and (optionally) untracked transcripts. */
async function dryRun(rt: EngineRuntime, options: SweepOptions): Promise<SweepSummary> {
  const now = rt.clock()
  const nowIso = now.toISOString()
  const createdBefore = options.olderThanDays === undefined ? undefined : new Date(now.getTime() - options.olderThanDays * DAY_MS).toISOString()
  const ids: string[] = []
  const open = await rt.store.db.selectFrom('erasure_jobs').select('transcript_id').where('state', '!=', 'recorded').orderBy('transcript_id').execute()
  ids.push(...open.map((r) => r.transcript_id))
  let after: string | undefined
  for (;;) {
    const page = await rt.jobs.dueTracked({ now: nowIso, createdBefore, afterId: after, limit: 1000 })
    if (page.length === 0) break
    after = page[page.length - 1]?.id
    ids.push(...page.map((t) => t.id))
  }
  let untracked: SweepSummary['untracked']
  const failures: SweepFailure[] = []
  if (options.includeUntracked) {
    untracked = { listed: 0, due: 0 }
    const known = new Set(ids)
    const cutoff = new Date(now.getTime() - (options.olderThanDays ?? options.retentionDays ?? 30) * DAY_MS)
    try {
      for await (const batch of untrackedDue(rt, cutoff)) {
        untracked.listed += batch.listed
        const fresh = batch.due.filter((id) => !known.has(id))
        untracked.due += fresh.length
        ids.push(...fresh)
      }
    } catch (error) {
      failures.push({ id: '(list)', reason: error instanceof Error ? error.message : String(error) })
    }
  }
  return { dryRun: true, due: ids.length, deleted: 0, alreadyGone: 0, failed: failures.length, failures, pending: 0, awaitingCompletion: 0, expiredUploads: await countExpiredUploads(rt), untracked, wouldErase: ids, ledger: undefined, stats: { requests: rt.budget.granted(), erasingMs: 0 } }
}

async function countExpiredUploads(rt: EngineRuntime): Promise<number> {
  const before = new Date(rt.clock().getTime() - UPLOAD_LIFETIME_MS).toISOString()
  const row = await rt.store.db
    .selectFrom('uploads')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('used_at', 'is', null)
    .where('created_at', '<=', before)
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

/**
 * Idle workers wait until a timeout or until another worker finishes a job, whichever is first. A
 * job finished since the waiter last looked (`seen`, a generation) ends the wait at once.
 */
function idleSignal(sleep: (ms: number) => Promise<void>): { generation(): number; wait(ms: number, seen: number): Promise<void>; notify(): void } {
  let waiters: Array<() => void> = []
  let generation = 0
  return {
    generation: () => generation,
    wait(ms, seen) {
      if (seen !== generation) return Promise.resolve()
      return new Promise<void>((resolve) => {
        let done = false
        const finish = (): void => {
          if (done) return
          done = true
          resolve()
        }
        waiters.push(finish)
        void sleep(ms).then(finish)
      })
    },
    notify() {
      generation++
      const woken = waiters
      waiters = []
      for (const finish of woken) finish()
    },
  }
}
