import type { Kysely } from 'kysely'
import type { AuditEventRow, Database } from './database.js'

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
  append(event: AuditEventInput): Promise<void>
  list(options?: { action?: string; limit?: number }): Promise<AuditEventRow[]>
}

export function createAuditEventsRepository(db: Kysely<Database>): AuditEventsRepository {
  // Appended on every security-relevant request: compiled once, the seven values bound per call
  // (in this column order).
  const insert = db
    .insertInto('audit_events')
    .values({ at: '', action: '', principal: '', request_id: '', target: '', outcome: '', details: '' })
    .compile()
  return {
    async append(event) {
      const parameters = [
        event.at,
        event.action,
        event.principal,
        event.requestId ?? null,
        event.target ?? null,
        event.outcome,
        event.details ? JSON.stringify(event.details) : null,
      ]
      await db.executeQuery({ ...insert, parameters })
    },
    async list(options = {}) {
      let query = db.selectFrom('audit_events').selectAll()
      if (options.action) query = query.where('action', '=', options.action)
      return query.orderBy('id', 'asc').limit(options.limit ?? 1000).execute()
    },
  }
}
