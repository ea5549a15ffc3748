import { sql, type Kysely } from 'kysely'
import type { Database } from './database.js'
import { BACKGROUND_BATCH_DELAY_MS, createGroupCommit } from './group-commit.js'
import type { StoreDialectName } from './store-types.js'

/** What the pipeline needs of a delivery's transcript row, read with the claim (no second lookup). */
export interface DeliveryTranscript {
  owner: string
  deleted_at: string | null
  erasure_requested_at: string | null
}

export interface QueuedDelivery {
  id: number
  transcript_id: string
  event: string
  attempts: number
  /**
   * The transcript's row as it stood when the delivery was claimed, or null when there is none.
   * A snapshot: a withdrawal after the claim is caught by the guarded writes that follow.
   */
  transcript: DeliveryTranscript | null
}

export interface WebhookDeliveriesRepository {
  /** Queues (transcript, event) once; returns false when it was already queued (a repeated delivery). */
  enqueue(transcriptId: string, event: string, at: string): Promise<boolean>
  /** Leases up to `limit` queued deliveries whose lease is free (SKIP LOCKED on PostgreSQL), each with its transcript's row. */
  claim(limit: number, now: string, leaseUntil: string): Promise<QueuedDelivery[]>
  /** Marks a delivery done (group commit: those finished together share one statement). */
  complete(id: number, at: string): Promise<void>
  /** Gives back deliveries claimed but never started (a stopping worker): claimable again at once, the attempt not counted. */
  release(ids: readonly number[]): Promise<void>
  /** Records a failed attempt: back to the queue (lease until `retryAt`), or `failed` for good. */
  fail(id: number, error: string, retryAt: string, final: boolean): Promise<void>
  counts(): Promise<Record<string, number>>
}

/** Most deliveries queued by one statement. */
export const ENQUEUE_BATCH_LIMIT = 64

interface Enqueue {
  readonly transcriptId: string
  readonly event: string
  readonly at: string
}

/**
 * Marks deliveries done by one statement (in `runner`: the database or a transaction). `done_at` is
 * the latest of their times (when they are committed together), which is what the column records.
 */
export async function markDeliveriesDone(runner: Kysely<Database>, done: readonly { id: number; at: string }[]): Promise<void> {
  if (done.length === 0) return
  const at = done.reduce((latest, d) => (d.at > latest ? d.at : latest), '')
  await runner
    .updateTable('webhook_deliveries')
    .set({ state: 'done', done_at: at, lease_until: null, last_error: null })
    .where('id', 'in', done.map((d) => d.id))
    .execute()
}

export function createWebhookDeliveriesRepository(db: Kysely<Database>, dialect: StoreDialectName): WebhookDeliveriesRepository {
  // Deliveries arrive in bursts: those answered in one event-loop turn are queued by one insert
  // (group commit). RETURNING names the rows really inserted; within a batch, the first of two
  // identical deliveries is the fresh one and the other a duplicate, as if they came one by one.
  const enqueue = createGroupCommit<Enqueue, boolean>(async (items) => {
    const inserted = await db
      .insertInto('webhook_deliveries')
      .values(items.map((i) => ({ transcript_id: i.transcriptId, event: i.event, received_at: i.at, state: 'queued', attempts: 0, lease_until: null, last_error: null, done_at: null })))
      .onConflict((oc) => oc.columns(['transcript_id', 'event']).doNothing())
      .returning(['transcript_id', 'event'])
      .execute()
    const fresh = new Set(inserted.map((r) => `${r.event}\u0000${r.transcript_id}`))
    return items.map((i) => fresh.delete(`${i.event}\u0000${i.transcriptId}`))
  }, ENQUEUE_BATCH_LIMIT)
  // Deliveries finished within a few milliseconds are marked done by one statement.
  const complete = createGroupCommit<{ id: number; at: string }, void>(async (items) => {
    await markDeliveriesDone(db, items)
    return items.map(() => undefined)
  }, ENQUEUE_BATCH_LIMIT, { delayMs: BACKGROUND_BATCH_DELAY_MS })

  return {
    enqueue(transcriptId, event, at) {
      return enqueue({ transcriptId, event, at })
    },
    async claim(limit, now, leaseUntil) {
      return db.transaction().execute(async (trx) => {
        // The transcript's row comes with the claim: one query per batch instead of one per delivery.
        let query = trx
          .selectFrom('webhook_deliveries as d')
          .leftJoin('transcripts as t', 't.id', 'd.transcript_id')
          .select(['d.id', 'd.transcript_id', 'd.event', 'd.attempts', 't.id as row_id', 't.owner', 't.deleted_at', 't.erasure_requested_at'])
          .where('d.state', '=', 'queued')
          .where((eb) => eb.or([eb('d.lease_until', 'is', null), eb('d.lease_until', '<', now)]))
          .orderBy('d.id')
          .limit(limit)
        // only the deliveries are locked: the transcripts stay free for the requests that update them
        if (dialect === 'postgres') query = query.modifyEnd(sql`for update of d skip locked`)
        const rows = await query.execute()
        if (rows.length === 0) return []
        await trx
          .updateTable('webhook_deliveries')
          .set((eb) => ({ lease_until: leaseUntil, attempts: eb('attempts', '+', 1) }))
          .where('id', 'in', rows.map((r) => r.id))
          .execute()
        return rows.map((r) => ({
          id: r.id,
          transcript_id: r.transcript_id,
          event: r.event,
          attempts: r.attempts + 1,
          transcript: r.row_id === null ? null : { owner: r.owner ?? '', deleted_at: r.deleted_at ?? null, erasure_requested_at: r.erasure_requested_at ?? null },
        }))
      })
    },
    async complete(id, at) {
      await complete({ id, at })
    },
    async release(ids) {
      if (ids.length === 0) return
      await db
        .updateTable('webhook_deliveries')
        .set((eb) => ({ lease_until: null, attempts: eb('attempts', '-', 1) }))
        .where('id', 'in', [...ids])
        .where('state', '=', 'queued')
        .execute()
    },
    async fail(id, error, retryAt, final) {
      await db
        .updateTable('webhook_deliveries')
        .set({ state: final ? 'failed' : 'queued', lease_until: final ? null : retryAt, last_error: error.slice(0, 500) })
        .where('id', '=', id)
        .execute()
    },
    async counts() {
      const rows = await db
        .selectFrom('webhook_deliveries')
        .select(['state', (eb) => eb.fn.countAll<number>().as('n')])
        .groupBy('state')
        .execute()
      return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]))
    },
  }
}
