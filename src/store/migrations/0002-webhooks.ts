import type { Kysely, Migration } from 'kysely'
import type { StoreDialectName } from '../store-types.js'

/**
 * Webhooks: each submission's random `webhook_ref` (in the webhook URL; it identifies the
 * transcript for notifications that carry no id), the inbound delivery queue (unique per
 * transcript and status, so repeated deliveries do nothing twice), and the outbound event outbox.
 */
export function webhooksSchema(dialect: StoreDialectName): Migration {
  const serial = dialect === 'postgres' ? 'bigserial' : 'integer'
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('transcripts').addColumn('webhook_ref', 'text').execute()
      await db.schema.alterTable('transcripts').addColumn('redacted_audio_ready_at', 'text').execute()
      await db.schema.createIndex('transcripts_webhook_ref').unique().on('transcripts').column('webhook_ref').execute()

      await db.schema
        .createTable('webhook_deliveries')
        .addColumn('id', serial, (c) => (dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement()))
        .addColumn('transcript_id', 'text', (c) => c.notNull())
        .addColumn('event', 'text', (c) => c.notNull())
        .addColumn('received_at', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('lease_until', 'text')
        .addColumn('last_error', 'text')
        .addColumn('done_at', 'text')
        .execute()
      await db.schema.createIndex('webhook_deliveries_unique').unique().on('webhook_deliveries').columns(['transcript_id', 'event']).execute()
      await db.schema.createIndex('webhook_deliveries_state').on('webhook_deliveries').columns(['state', 'lease_until']).execute()

      await db.schema
        .createTable('outbound_events')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('type', 'text', (c) => c.notNull())
        .addColumn('payload', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('lease_until', 'text')
        .addColumn('last_status', 'integer')
        .addColumn('delivered_at', 'text')
        .execute()
      await db.schema.createIndex('outbound_events_due').on('outbound_events').columns(['state', 'next_attempt_at']).execute()
    },
  }
}
