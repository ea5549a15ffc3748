import { sql, type Kysely } from 'kysely'
import type { Database, ErasureJobRow, ErasureJobUpdate } from './database.js'
import type { Store } from './store-types.js'

/** States a job can still move out of. */
export const OPEN_ERASURE_STATES = ['due', 'upstream_deleted', 'verified', 'purged', 'awaiting_completion'] as const
/** AssemblyAI still queues or processes the transcript: polled rarely, woken by its completion webhook. */
export const AWAITING_COMPLETION = 'awaiting_completion'

export interface NewErasureJob {
  transcript_id: string
  source: 'tracked' | 'untracked'
  owner_ref: string | null
  reason: string
  actor_ref: string
}

export interface DueTranscript {
  id: string
  owner: string
  created_at: string
}

export interface ErasureJobsRepository {
  find(id: string): Promise<ErasureJobRow | undefined>
  /**
   * Inserts jobs in state `due`; ids that already have a job are left alone. Returns how many were
   * new. In the same transaction it marks their rows `erasure_requested_at`, so a row is never
   * withdrawn from its owner without a job that will erase it.
   */
  enqueue(jobs: readonly NewErasureJob[], now: string): Promise<number>
  /** Puts `failed` jobs back to `due` with a fresh attempt budget (a new sweep gives them another chance). */
  reopenFailed(now: string, ids?: readonly string[]): Promise<number>
  /**
   * Leases up to `limit` open jobs whose next attempt is due and whose lease is free or expired
   * (`FOR UPDATE SKIP LOCKED` on PostgreSQL, so instances never share a job).
   */
  claim(holder: string, now: string, leaseUntil: string, limit: number, onlyId?: string, onlyState?: string): Promise<ErasureJobRow[]>
  /** Updates a job only while `holder` still holds its lease; false when the lease was lost. */
  update(id: string, holder: string, changes: ErasureJobUpdate, db?: Kysely<Database>): Promise<boolean>
  /**
   * Open jobs. With `now`, jobs awaiting completion upstream count only when their next check is
   * due: a sweep does not wait hours for AssemblyAI to finish a transcript.
   */
  countOpen(now?: string): Promise<number>
  /** Jobs waiting for AssemblyAI to finish the transcript. */
  countAwaiting(): Promise<number>
  /**
   * The earliest time some open job becomes claimable (the later of its next attempt and its lease
   * expiry); with `now`, jobs awaiting completion whose check is not due are left out.
   */
  nextWakeAt(now?: string): Promise<string | undefined>
  /** Makes a job awaiting completion claimable at once (its completion webhook arrived). */
  wakeAwaiting(id: string, now: string): Promise<boolean>
  /** Tracked transcripts that are due and have no job yet, in id order after `afterId`. */
  dueTracked(options: { now: string; createdBefore?: string | undefined; afterId?: string | undefined; limit: number }): Promise<DueTranscript[]>
  /** The owner's transcripts (by raw owner or owner ref) that are not yet deleted, after `afterId`. */
  ownedBy(owners: readonly string[], afterId: string | undefined, limit: number): Promise<Array<{ id: string }>>
  isTracked(ids: readonly string[]): Promise<Set<string>>
}

export function createErasureJobsRepository(store: Store): ErasureJobsRepository {
  const db = store.db
  return {
    async find(id) {
      return db.selectFrom('erasure_jobs').selectAll().where('transcript_id', '=', id).executeTakeFirst()
    },
    async enqueue(jobs, now) {
      if (jobs.length === 0) return 0
      return db.transaction().execute(async (trx) => {
        const result = await trx
          .insertInto('erasure_jobs')
          .values(jobs.map((j) => ({ ...j, state: 'due', attempts: 0, next_attempt_at: now, created_at: now, updated_at: now })))
          .onConflict((oc) => oc.column('transcript_id').doNothing())
          .executeTakeFirst()
        await trx
          .updateTable('transcripts')
          .set({ erasure_requested_at: now })
          .where('id', 'in', jobs.map((j) => j.transcript_id))
          .where('erasure_requested_at', 'is', null)
          .where('deleted_at', 'is', null)
          .execute()
        return Number(result.numInsertedOrUpdatedRows ?? 0)
      })
    },
    async reopenFailed(now, ids) {
      let query = db
        .updateTable('erasure_jobs')
        .set({ state: 'due', attempts: 0, next_attempt_at: now, lease_holder: null, lease_until: null, updated_at: now })
        .where('state', '=', 'failed')
      if (ids) query = query.where('transcript_id', 'in', ids.length > 0 ? [...ids] : [''])
      const result = await query.executeTakeFirst()
      return Number(result.numUpdatedRows)
    },
    async claim(holder, now, leaseUntil, limit, onlyId, onlyState) {
      return db
        .updateTable('erasure_jobs')
        .set({ lease_holder: holder, lease_until: leaseUntil })
        .where('transcript_id', 'in', (eb) => {
          let sub = eb
            .selectFrom('erasure_jobs')
            .select('transcript_id')
            .where('state', 'in', [...OPEN_ERASURE_STATES])
            .where('next_attempt_at', '<=', now)
            .where((w) => w.or([w('lease_until', 'is', null), w('lease_until', '<', now)]))
          if (onlyId !== undefined) sub = sub.where('transcript_id', '=', onlyId)
          if (onlyState !== undefined) sub = sub.where('state', '=', onlyState)
          sub = sub.limit(limit)
          return store.dialect === 'postgres' ? sub.forUpdate().skipLocked() : sub
        })
        .returningAll()
        .execute()
    },
    async update(id, holder, changes, conn = db) {
      const result = await conn
        .updateTable('erasure_jobs')
        .set(changes)
        .where('transcript_id', '=', id)
        .where('lease_holder', '=', holder)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) > 0
    },
    async countOpen(now) {
      let query = db
        .selectFrom('erasure_jobs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('state', 'in', [...OPEN_ERASURE_STATES])
      if (now !== undefined) query = query.where((eb) => eb.or([eb('state', '!=', AWAITING_COMPLETION), eb('next_attempt_at', '<=', now)]))
      const row = await query.executeTakeFirstOrThrow()
      return Number(row.n)
    },
    async countAwaiting() {
      const row = await db
        .selectFrom('erasure_jobs')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('state', '=', AWAITING_COMPLETION)
        .executeTakeFirstOrThrow()
      return Number(row.n)
    },
    async nextWakeAt(now) {
      let query = db
        .selectFrom('erasure_jobs')
        .select(sql<string | null>`min(case when lease_until is not null and lease_until > next_attempt_at then lease_until else next_attempt_at end)`.as('wake'))
        .where('state', 'in', [...OPEN_ERASURE_STATES])
      if (now !== undefined) query = query.where((eb) => eb.or([eb('state', '!=', AWAITING_COMPLETION), eb('next_attempt_at', '<=', now)]))
      const row = await query.executeTakeFirst()
      return row?.wake ?? undefined
    },
    async wakeAwaiting(id, now) {
      const result = await db
        .updateTable('erasure_jobs')
        .set({ next_attempt_at: now, updated_at: now })
        .where('transcript_id', '=', id)
        .where('state', '=', AWAITING_COMPLETION)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) > 0
    },
    async dueTracked({ now, createdBefore, afterId, limit }) {
      let query = db
        .selectFrom('transcripts')
        .leftJoin('erasure_jobs', 'erasure_jobs.transcript_id', 'transcripts.id')
        .select(['transcripts.id as id', 'transcripts.owner as owner', 'transcripts.created_at as created_at'])
        .where('transcripts.deleted_at', 'is', null)
        .where('erasure_jobs.transcript_id', 'is', null)
      query = createdBefore !== undefined ? query.where('transcripts.created_at', '<=', createdBefore) : query.where('transcripts.delete_after', '<=', now)
      if (afterId !== undefined) query = query.where('transcripts.id', '>', afterId)
      return query.orderBy('transcripts.id').limit(limit).execute()
    },
    async ownedBy(owners, afterId, limit) {
      let query = db.selectFrom('transcripts').select('id').where('owner', 'in', [...owners]).where('deleted_at', 'is', null)
      if (afterId !== undefined) query = query.where('id', '>', afterId)
      return query.orderBy('id').limit(limit).execute()
    },
    async isTracked(ids) {
      if (ids.length === 0) return new Set()
      const rows = await db.selectFrom('transcripts').select('id').where('id', 'in', [...ids]).execute()
      return new Set(rows.map((r) => r.id))
    },
  }
}

