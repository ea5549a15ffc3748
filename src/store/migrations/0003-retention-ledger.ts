import { sql, type Kysely, type Migration } from 'kysely'
import type { StoreDialectName } from '../store-types.js'

/**
 * Retention and proof of deletion:
 * - `erasure_jobs`: one row per transcript being (or having been) erased, the state machine
 *   `due -> upstream_deleted -> verified -> purged -> recorded` (or `failed`), with leases.
 * - `ledger_entries`: the append-only, hash-chained deletion ledger (no text, no raw person ids).
 * - `ledger_checkpoints`: Ed25519-signed heads of the ledger.
 * - `retention_locks`: named leases (one sweep at a time across processes and instances).
 *
 * The ledger refuses UPDATE and DELETE through triggers on both dialects. Typed `Kysely<any>`: a
 * migration is frozen in time.
 */
export function retentionLedgerSchema(dialect: StoreDialectName): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema
        .createTable('erasure_jobs')
        .addColumn('transcript_id', 'text', (c) => c.primaryKey())
        .addColumn('source', 'text', (c) => c.notNull())
        .addColumn('owner_ref', 'text')
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('actor_ref', 'text', (c) => c.notNull())
        .addColumn('state', 'text', (c) => c.notNull())
        .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
        .addColumn('next_attempt_at', 'text', (c) => c.notNull())
        .addColumn('lease_holder', 'text')
        .addColumn('lease_until', 'text')
        .addColumn('upstream_outcome', 'text')
        .addColumn('upstream_http_status', 'integer')
        .addColumn('upstream_deleted_at', 'text')
        .addColumn('verified_at', 'text')
        .addColumn('verified_status', 'text')
        .addColumn('purged_at', 'text')
        .addColumn('local_rows_purged', 'integer')
        .addColumn('ledger_seq', 'integer')
        .addColumn('last_error', 'text')
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('updated_at', 'text', (c) => c.notNull())
        .execute()
      await db.schema.createIndex('erasure_jobs_state_next').on('erasure_jobs').columns(['state', 'next_attempt_at']).execute()
      await db.schema.createIndex('erasure_jobs_owner_ref').on('erasure_jobs').column('owner_ref').execute()

      await db.schema
        .createTable('ledger_entries')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('action', 'text', (c) => c.notNull())
        .addColumn('subject', 'text', (c) => c.notNull())
        .addColumn('owner_ref', 'text')
        .addColumn('actor_ref', 'text', (c) => c.notNull())
        .addColumn('reason', 'text', (c) => c.notNull())
        .addColumn('evidence', 'text', (c) => c.notNull())
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('prev_hash', 'text', (c) => c.notNull())
        .addColumn('entry_hash', 'text', (c) => c.notNull())
        .execute()
      // Exactly one entry per (action, subject): a transcript's erasure is recorded once, whatever crashes.
      await db.schema.createIndex('ledger_entries_action_subject').on('ledger_entries').columns(['action', 'subject']).unique().execute()
      await db.schema.createIndex('ledger_entries_owner_ref').on('ledger_entries').column('owner_ref').execute()
      await db.schema.createIndex('ledger_entries_at').on('ledger_entries').column('at').execute()

      await db.schema
        .createTable('ledger_checkpoints')
        .addColumn('seq', 'integer', (c) => c.primaryKey())
        .addColumn('entry_hash', 'text', (c) => c.notNull())
        .addColumn('at', 'text', (c) => c.notNull())
        .addColumn('key_id', 'text', (c) => c.notNull())
        .addColumn('signature', 'text', (c) => c.notNull())
        .execute()

      await db.schema
        .createTable('retention_locks')
        .addColumn('name', 'text', (c) => c.primaryKey())
        .addColumn('holder', 'text', (c) => c.notNull())
        .addColumn('lease_until', 'text', (c) => c.notNull())
        .execute()

      if (dialect === 'postgres') {
        await sql`create function voxguard_ledger_append_only() returns trigger language plpgsql as $$
          begin raise exception 'the deletion ledger is append-only'; end $$`.execute(db)
        await sql`create trigger ledger_entries_append_only before update or delete on ledger_entries
          for each row execute function voxguard_ledger_append_only()`.execute(db)
        await sql`create trigger ledger_checkpoints_append_only before update or delete on ledger_checkpoints
          for each row execute function voxguard_ledger_append_only()`.execute(db)
      } else {
        for (const table of ['ledger_entries', 'ledger_checkpoints']) {
          for (const op of ['update', 'delete']) {
            await sql
              .raw(`create trigger ${table}_no_${op} before ${op} on ${table} begin select raise(abort, 'the deletion ledger is append-only'); end`)
              .execute(db)
          }
        }
      }
    },
  }
}
