/**
 * The erasure engine: one idempotent state machine per transcript (see internal/erasure-steps.ts)
 * serving single erasure (the gateway's DELETE), erasure of everything one owner has (GDPR
 * Art. 17) and the retention sweep.
 *
 * @module
 */
import { randomUUID } from 'node:crypto'
import { setTimeout as delay } from 'node:timers/promises'
import { ConflictError, UpstreamError, UpstreamUnavailableError } from '../errors.js'
import type { Ledger } from '../ledger/index.js'
import { AWAITING_COMPLETION, createErasureJobsRepository, createUploadsRepository, type ErasureJobRow, type Store } from '../store/index.js'
import type {
  EngineLogger,
  ErasureContext,
  ErasureReceipt,
  PendingErasureReceipt,
  ErasureUpstream,
  OwnerErasureSummary,
  SweepFailure,
  SweepOptions,
  SweepSummary,
} from './erasure-types.js'
import { driveJob } from './internal/drive-job.js'
import { DEFAULT_ENGINE_OPTIONS, isoIn, type EngineOptions, type EngineRuntime } from './internal/engine-runtime.js'
import { createRequestBudget } from './internal/request-budget.js'
import { runSweep } from './internal/run-sweep.js'
import { purgeUnusedUpload } from './internal/unused-uploads.js'

export interface ErasureEngine {
  /**
   * Erases one transcript, or, when AssemblyAI is still queueing or processing it, accepts and
   * records the request and returns a `pending_completion` receipt (erased as soon as it finishes).
   */
  eraseTranscript(id: string, ctx: ErasureContext): Promise<ErasureReceipt>
  /**
   * The transcript finished upstream (its completion webhook): if an erasure is waiting for it,
   * runs it now. Undefined when no erasure is open for it.
   */
  resumeErasure(id: string): Promise<ErasureReceipt | undefined>
  /**
   * Checks the erasures waiting for AssemblyAI whose next check is due (one GET each) and erases
   * those that finished; returns how many were erased. The scheduler runs it between sweeps, so a
   * pending erasure whose completion webhook never came still happens soon after it finished.
   */
  followUpPending(): Promise<number>
  eraseOwner(owner: string, ctx: ErasureContext): Promise<OwnerErasureSummary>
  sweep(options?: SweepOptions): Promise<SweepSummary>
  /** The HMAC an owner is stored under after erasure (for the gateway's ownership checks). */
  ownerRef(owner: string): string
  /** Upstream requests sent so far (for benchmarks and metrics). */
  requestsSent(): number
}

export interface ErasureEngineDeps {
  store: Store
  upstream: ErasureUpstream
  ledger: Ledger
  clock?: () => Date
  sleep?: (ms: number) => Promise<void>
  random?: () => number
  logger?: EngineLogger
  options?: Partial<EngineOptions>
}

export function createErasureEngine(deps: ErasureEngineDeps): ErasureEngine {
  const clock = deps.clock ?? (() => new Date())
  const sleep = deps.sleep ?? ((ms: number) => delay(ms))
  const options: EngineOptions = { ...DEFAULT_ENGINE_OPTIONS, ...definedOnly(deps.options ?? {}) }
  const rt: EngineRuntime = {
    store: deps.store,
    jobs: createErasureJobsRepository(deps.store),
    uploads: createUploadsRepository(deps.store.db),
    upstream: deps.upstream,
    ledger: deps.ledger,
    budget: createRequestBudget({ requestsPerWindow: options.requestsPerWindow, windowMs: options.windowMs, now: () => clock().getTime(), sleep }),
    clock,
    sleep,
    random: deps.random ?? Math.random,
    logger: deps.logger,
    options,
    holder: `erasure-${randomUUID()}`,
  }

  const engine: ErasureEngine = {
    ownerRef: (owner) => deps.ledger.ownerRef(owner),
    requestsSent: () => rt.budget.granted(),
    async eraseTranscript(id, ctx) {
      const before = await rt.jobs.find(id)
      if (before?.state === 'recorded') return receiptOf(rt, before, 'already_deleted')
      const now = clock().toISOString()
      // Already accepted and waiting for AssemblyAI: nothing to do before its next check.
      if (before?.state === AWAITING_COMPLETION && before.next_attempt_at > now) return pendingReceipt(rt, before)
      if (!before) {
        const row = await deps.store.db.selectFrom('transcripts').select(['owner']).where('id', '=', id).executeTakeFirst()
        await rt.jobs.enqueue(
          [{ transcript_id: id, source: row ? 'tracked' : 'untracked', owner_ref: row ? deps.ledger.ownerRef(row.owner) : null, reason: ctx.reason, actor_ref: deps.ledger.actorRef(ctx.actor) }],
          now,
        )
      } else if (before.state === 'failed') {
        await rt.jobs.reopenFailed(now, [id])
      }
      const job = await driveToEnd(rt, id)
      if (job.state === AWAITING_COMPLETION) return pendingReceipt(rt, job)
      return receiptOf(rt, job, job.upstream_outcome === 'deleted' ? 'deleted' : 'already_deleted')
    },
    async resumeErasure(id) {
      const job = await rt.jobs.find(id)
      if (!job || job.state === 'recorded') return undefined
      if (job.state === 'failed') return undefined
      const now = clock().toISOString()
      // Another worker is on it (a sweep, another instance): it finishes it; do not wait for it here.
      if (job.lease_holder !== null && job.lease_holder !== rt.holder && job.lease_until !== null && job.lease_until > now) return undefined
      await rt.jobs.wakeAwaiting(id, now)
      const done = await driveToEnd(rt, id)
      if (done.state === AWAITING_COMPLETION) return pendingReceipt(rt, done)
      return receiptOf(rt, done, done.upstream_outcome === 'deleted' ? 'deleted' : 'already_deleted')
    },
    async followUpPending() {
      let erased = 0
      for (;;) {
        const [job] = await rt.jobs.claim(rt.holder, clock().toISOString(), isoIn(rt, rt.options.leaseMs), 1, undefined, AWAITING_COMPLETION)
        if (!job) return erased
        const outcome = await driveJob(rt, job)
        if (outcome.kind === 'recorded') erased++
      }
    },
    async eraseOwner(owner, ctx) {
      const ref = deps.ledger.ownerRef(owner)
      const request = `request:${randomUUID()}`
      let total = 0
      let deleted = 0
      let alreadyGone = 0
      let pendingCompletion = 0
      const failures: SweepFailure[] = []
      let failed = 0
      let after: string | undefined
      for (;;) {
        const page = await rt.jobs.ownedBy([owner, ref], after, 100)
        if (page.length === 0) break
        after = page[page.length - 1]?.id
        await forEachLimited(page, options.concurrency, async ({ id }) => {
          total++
          try {
            const receipt = await engine.eraseTranscript(id, ctx)
            if (receipt.upstream === 'deleted') deleted++
            else if (receipt.upstream === 'pending_completion') pendingCompletion++
            else alreadyGone++
          } catch (error) {
            if (error instanceof UpstreamError && error.upstreamStatus === 401) throw error
            failed++
            if (failures.length < 1000) failures.push({ id, reason: error instanceof Error ? error.message : String(error) })
          }
        })
      }
      // Their uploads no transcript used: AssemblyAI cannot be asked to delete them; the local
      // record goes now and the ledger states when AssemblyAI's own deletion is due.
      let uploads = 0
      let afterUpload: string | undefined
      for (;;) {
        const page = await rt.uploads.unusedOwnedBy(owner, afterUpload, 200)
        if (page.length === 0) break
        afterUpload = page[page.length - 1]?.url_hash
        for (const upload of page) if (await purgeUnusedUpload(rt, upload, { reason: ctx.reason, actorRef: deps.ledger.actorRef(ctx.actor) })) uploads++
      }
      const evidence = { transcripts: total, deleted, already_gone: alreadyGone, failed, ...(pendingCompletion > 0 ? { pending_completion: pendingCompletion } : {}), ...(uploads > 0 ? { unused_uploads: uploads } : {}) }
      const { entry } = await deps.ledger.appendOnce({
        action: 'owner_erased',
        subject: request,
        ownerRef: ref,
        actorRef: deps.ledger.actorRef(ctx.actor),
        reason: ctx.reason,
        evidence,
      })
      await deps.ledger.checkpoint()
      return { owner_ref: ref, request, total, deleted, alreadyGone, pendingCompletion, uploads, failed, failures, ledger: { seq: Number(entry.seq), entry_hash: entry.entry_hash } }
    },
    async sweep(sweepOptions = {}) {
      return runSweep(rt, sweepOptions)
    },
  }
  return engine
}

/** Claims the job (waiting for another holder's lease) and drives it until it is recorded or failed. */
async function driveToEnd(rt: EngineRuntime, id: string): Promise<ErasureJobRow> {
  const started = rt.clock().getTime()
  const waitLimit = started + rt.options.leaseMs + 5000
  const deadline = started + rt.options.singleErasureDeadlineMs
  for (;;) {
    const current = await rt.jobs.find(id)
    if (!current) throw new ConflictError(`no erasure job for transcript ${id}`)
    if (current.state === 'recorded') return current
    if (current.state === 'failed') throw new UpstreamError(`the transcript could not be erased: ${current.last_error ?? 'unknown reason'}`)
    const now = rt.clock()
    const claimed = await rt.jobs.claim(rt.holder, now.toISOString(), isoIn(rt, rt.options.leaseMs), 1, id)
    const job = claimed[0]
    if (job) {
      const outcome = await driveJob(rt, job)
      if (outcome.kind === 'recorded' || outcome.kind === 'awaiting') return outcome.job
      if (outcome.kind === 'failed') throw new UpstreamError(`the transcript could not be erased: ${outcome.reason}`)
      if (outcome.kind === 'retry_later') {
        if (Date.parse(outcome.job.next_attempt_at) > deadline) {
          throw new UpstreamUnavailableError('AssemblyAI did not confirm the deletion in time; the erasure stays queued and the retention sweep will finish it', {
            retryable: true,
          })
        }
        await rt.sleep(Math.max(0, Date.parse(outcome.job.next_attempt_at) - rt.clock().getTime()))
        continue
      }
    }
    // Someone else holds it (or the retry is not due yet): wait a little, bounded by their lease.
    if (rt.clock().getTime() > waitLimit && current.lease_holder !== null && current.lease_holder !== rt.holder) {
      throw new ConflictError('this transcript is being erased by another worker; try again shortly')
    }
    const nextAt = Date.parse(current.next_attempt_at) - rt.clock().getTime()
    await rt.sleep(Math.min(1000, Math.max(100, nextAt)))
  }
}

function pendingReceipt(rt: EngineRuntime, job: ErasureJobRow): PendingErasureReceipt {
  const since = job.awaiting_since ?? job.updated_at
  return {
    id: job.transcript_id,
    upstream: 'pending_completion',
    local: 'withheld',
    requested_at: job.created_at,
    deleted_at: null,
    ledger: null,
    next_check_at: job.next_attempt_at,
    gives_up_at: new Date(Date.parse(since) + rt.options.maxAwaitCompletionMs).toISOString(),
  }
}

async function receiptOf(rt: EngineRuntime, job: ErasureJobRow, upstream: 'deleted' | 'already_deleted'): Promise<ErasureReceipt> {
  const entry = await rt.store.db.selectFrom('ledger_entries').select(['seq', 'entry_hash']).where('seq', '=', Number(job.ledger_seq)).executeTakeFirst()
  return {
    id: job.transcript_id,
    upstream,
    local: 'purged',
    deleted_at: job.upstream_deleted_at ?? job.verified_at ?? job.purged_at ?? job.updated_at,
    ledger: { seq: Number(job.ledger_seq), entry_hash: entry?.entry_hash ?? '' },
  }
}

async function forEachLimited<T>(items: readonly T[], limit: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const workers = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++] as T
      await fn(item)
    }
  })
  await Promise.all(workers)
}

function definedOnly<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
