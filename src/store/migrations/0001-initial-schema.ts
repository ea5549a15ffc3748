import type { Kysely, Migration } from 'kysely'
import type { StoreDialectName } from '../store-types.js'

/** clients, transcripts, audit_events, key_fingerprints. Typed `Kysely<any>`: a migration is frozen in time. */
export function initialSchema(dialect: StoreDialectName): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('clients')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('name', 'text', (c) => c.notNull().unique())
        .addColumn('key_hash', 'text', (c) => c.notNull().unique())
        .addColumn('key_prefix', 'text', (c) => c.notNull())
        .addColumn('origins', 'text', (c) => c.notNull())
        .addColumn('max_token_ttl_seconds', 'integer')
        .addColumn('rate_per_minute', 'integer')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('revoked_at', 'text')
        .execute()

      await db.schema
        .createTable('transcripts')
        .addColumn('id', 'text', (c) => c.primaryKey())
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('delete_after', 'text', (c) => c.notNull())
        .addColumn('status', 'text', (c) => c.notNull())
        .addColumn('webhook_secret_hash', 'text')
        .addColumn('policy', 'text', (c) => c.notNull())
        .addColumn('safety_verdict', 'text')
        .addColumn('pii_verdict', 'text')
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .addColumn('deleted_at', 'text')
        .execute()
      await db.schema.createIndex('transcripts_owner_created').on('transcripts').columns(['owner', 'created_at']).execute()
      await db.schema.createIndex('transcripts_delete_after').on('transcripts').column('delete_after').execute()

      await db.schema
        .createTable('audit_events')
        .addColumn('id', dialect === 'postgres' ? 'bigserial' : 'integer', (c) =>
          dialect === 'postgres' ? c.primaryKey() : c.primaryKey().autoIncrement(),
        )
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('principal', 'text', (c) => c.notNull())
        .addColumn('request_id', 'text')
        .addColumn('target', 'text')
        .addColumn('outcome', 'text', (c) => c.notNull())
        .addColumn('details', 'text')
        .execute()
      await db.schema.createIndex('audit_events_at').on('audit_events').column('at').execute()

      await db.schema
        .createTable('key_fingerprints')
        .addColumn('fingerprint', 'text', (c) => c.notNull())
        .addColumn('env', 'text', (c) => c.notNull())
        .addColumn('first_seen', 'text', (c) => c.notNull())
        .addColumn('last_seen', 'text', (c) => c.notNull())
        .addPrimaryKeyConstraint('key_fingerprints_pk', ['fingerprint', 'env'])
        .execute()
    },
  }
}
