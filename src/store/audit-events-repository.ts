import type { Kysely } from 'kysely'
import type { AuditEventRow, Database, NewAuditEventRow } from './database.js'
import { createGroupCommit } from './group-commit.js'

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

/**
 * Audit events arrive on every security-relevant request: appends made in the same turn of the
 * event loop are written as one multi-row insert (group commit); each caller still waits for its
 * own event to be committed.
 */
export function createAuditEventsRepository(db: Kysely<Database>): AuditEventsRepository {
  const write = createGroupCommit<NewAuditEventRow, void>(async (rows) => {
    await db.insertInto('audit_events').values([...rows]).execute()
    return rows.map(() => undefined)
  }, AUDIT_BATCH_LIMIT)

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
      return write(row)
    },
    async list(options = {}) {
      let query = db.selectFrom('audit_events').selectAll()
      if (options.action) query = query.where('action', '=', options.action)
      return query.orderBy('id', 'asc').limit(options.limit ?? 1000).execute()
    },
  }
}
