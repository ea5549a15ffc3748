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
  return {
    async append(event) {
      await db
        .insertInto('audit_events')
        .values({
          at: event.at,
          action: event.action,
          principal: event.principal,
          request_id: event.requestId ?? null,
          target: event.target ?? null,
          outcome: event.outcome,
          details: event.details ? JSON.stringify(event.details) : null,
        })
        .execute()
    },
    async list(options = {}) {
      let query = db.selectFrom('audit_events').selectAll()
      if (options.action) query = query.where('action', '=', options.action)
      return query.orderBy('id', 'asc').limit(options.limit ?? 1000).execute()
    },
  }
}
