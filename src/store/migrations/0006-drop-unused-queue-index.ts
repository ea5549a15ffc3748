import type { Kysely, Migration } from 'kysely'

/**
 * Since 0005 the queue is claimed through (state, id), and the counts by state read that index
 * too; nothing reads (state, lease_until) any more (EXPLAIN QUERY PLAN on SQLite), yet every
 * delivery queued and every state change paid to keep it. Typed `Kysely<any>`: a migration is
 * frozen in time.
 */
export function dropUnusedQueueIndex(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.dropIndex('webhook_deliveries_state').execute()
    },
    async down(db: Kysely<any>) {
      await db.schema.createIndex('webhook_deliveries_state').on('webhook_deliveries').columns(['state', 'lease_until']).execute()
    },
  }
}
