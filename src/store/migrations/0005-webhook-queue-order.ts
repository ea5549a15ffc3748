import type { Kysely, Migration } from 'kysely'

/**
 * The webhook queue is claimed oldest first (`state = 'queued' ... order by id`). With an index
 * on (state, id) a claim walks the queued rows in order and stops at the batch size; before, it
 * gathered and sorted the whole backlog on every claim. Typed `Kysely<any>`: a migration is
 * frozen in time.
 */
export function webhookQueueOrderIndex(): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.createIndex('webhook_deliveries_state_id').on('webhook_deliveries').columns(['state', 'id']).execute()
    },
    async down(db: Kysely<any>) {
      await db.schema.dropIndex('webhook_deliveries_state_id').execute()
    },
  }
}
