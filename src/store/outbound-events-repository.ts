import { sql, type Kysely } from 'kysely'
import type { Database } from './database.js'
import type { StoreDialectName } from './store-types.js'

export interface OutboundEvent {
  id: string
  type: string
  payload: string
  created_at: string
  attempts: number
}

/** An event for the application, as queued for delivery. */
export interface NewOutboundEvent {
  readonly id: string
  readonly type: string
  readonly payload: string
  readonly created_at: string
}

export interface OutboundEventsRepository {
  add(event: NewOutboundEvent): Promise<void>
  claimDue(limit: number, now: string, leaseUntil: string): Promise<OutboundEvent[]>
  delivered(id: string, status: number, at: string): Promise<void>
  retryLater(id: string, status: number | null, nextAttemptAt: string): Promise<void>
  giveUp(id: string, status: number | null): Promise<void>
  byState(): Promise<Record<string, number>>
}

/** Queues events for the application, due at once (in `runner`: the database or a transaction); an id already queued is kept as it is. */
export async function insertOutboundEvents(runner: Kysely<Database>, events: readonly NewOutboundEvent[]): Promise<void> {
  if (events.length === 0) return
  await runner
    .insertInto('outbound_events')
    .values(events.map((e) => ({ ...e, state: 'pending', attempts: 0, next_attempt_at: e.created_at, lease_until: null, last_status: null, delivered_at: null })))
    .onConflict((oc) => oc.column('id').doNothing())
    .execute()
}

export function createOutboundEventsRepository(db: Kysely<Database>, dialect: StoreDialectName): OutboundEventsRepository {
  return {
    async add(event) {
      await insertOutboundEvents(db, [event])
    },
    async claimDue(limit, now, leaseUntil) {
      return db.transaction().execute(async (trx) => {
        let query = trx
          .selectFrom('outbound_events')
          .select(['id', 'type', 'payload', 'created_at', 'attempts'])
          .where('state', '=', 'pending')
          .where('next_attempt_at', '<=', now)
          .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
          .orderBy('next_attempt_at')
          .limit(limit)
        if (dialect === 'postgres') query = query.modifyEnd(sql`for update skip locked`)
        const rows = await query.execute()
        if (rows.length === 0) return []
        await trx
          .updateTable('outbound_events')
          .set((eb) => ({ lease_until: leaseUntil, attempts: eb('attempts', '+', 1) }))
          .where('id', 'in', rows.map((r) => r.id))
          .execute()
        return rows.map((r) => ({ ...r, attempts: r.attempts + 1 }))
      })
    },
    async delivered(id, status, at) {
      await db.updateTable('outbound_events').set({ state: 'delivered', last_status: status, delivered_at: at, lease_until: null }).where('id', '=', id).execute()
    },
    async retryLater(id, status, nextAttemptAt) {
      await db.updateTable('outbound_events').set({ last_status: status, next_attempt_at: nextAttemptAt, lease_until: null }).where('id', '=', id).execute()
    },
    async giveUp(id, status) {
      await db.updateTable('outbound_events').set({ state: 'given_up', last_status: status, lease_until: null }).where('id', '=', id).execute()
    },
    async byState() {
      const rows = await db.selectFrom('outbound_events').select(['state', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('state').execute()
      return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]))
    },
  }
}
