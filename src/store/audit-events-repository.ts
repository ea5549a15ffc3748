import type { Kysely } from 'kysely'
import type { AuditEventRow, Database, NewAuditEventRow } from './database.js'

export interface AuditEventInput {
  at: string
  action: string
  principal: string
  requestId?: string | undefined
  target?: string | undefined
  outcome: 'success' | 'failure' | 'denied'
  /** Non-secret details only; the caller is responsible for never passing a secret. */
  details?: Record<string, unknown> | undefined
}

export interface AuditEventsRepository {
  /** Resolves once the event is committed (never before), and rejects if it could not be. */
  append(event: AuditEventInput): Promise<void>
  list(options?: { action?: string; limit?: number }): Promise<AuditEventRow[]>
}

/** Most events written by one statement. */
export const AUDIT_BATCH_LIMIT = 64

interface PendingEvent {
  readonly row: NewAuditEventRow
  resolve(): void
  reject(error: unknown): void
}

/**
 * Audit events arrive on every security-relevant request. Appends made in the same turn of the
 * event loop are written together as one multi-row insert (group commit): each caller still waits
 * for its own event to be committed, but the database does one statement and one commit for many
 * concurrent requests instead of one each.
 */
export function createAuditEventsRepository(db: Kysely<Database>): AuditEventsRepository {
  let pending: PendingEvent[] = []
  let scheduled = false

  const flush = async (): Promise<void> => {
    scheduled = false
    const batch = pending.slice(0, AUDIT_BATCH_LIMIT)
    pending = pending.slice(batch.length)
    if (pending.length > 0) schedule()
    try {
      await db.insertInto('audit_events').values(batch.map((p) => p.row)).execute()
      for (const p of batch) p.resolve()
    } catch (error) {
      for (const p of batch) p.reject(error)
    }
  }
  const schedule = (): void => {
    if (scheduled) return
    scheduled = true
    setImmediate(() => void flush())
  }

  return {
    append(event) {
      const row: NewAuditEventRow = {
        at: event.at,
        action: event.action,
        principal: event.principal,
        request_id: event.requestId ?? null,
        target: event.target ?? null,
        outcome: event.outcome,
        details: event.details ? JSON.stringify(event.details) : null,
      }
      return new Promise<void>((resolve, reject) => {
        pending.push({ row, resolve, reject })
        schedule()
      })
    },
    async list(options = {}) {
      let query = db.selectFrom('audit_events').selectAll()
      if (options.action) query = query.where('action', '=', options.action)
      return query.orderBy('id', 'asc').limit(options.limit ?? 1000).execute()
    },
  }
}
