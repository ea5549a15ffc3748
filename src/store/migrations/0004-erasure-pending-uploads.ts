import type { Kysely, Migration } from 'kysely'
import type { StoreDialectName } from '../store-types.js'

/**
 * Erasure of unfinished transcripts and the upload inventory:
 * - `transcripts.erasure_requested_at`: set (with the erasure job, in one transaction) the moment
 *   an erasure is requested; from then on the owner cannot read the transcript and it is never
 *   delivered to the application, even while AssemblyAI is still processing it.
 * - `erasure_jobs.awaiting_since`: when the engine first saw the transcript still `queued` or
 *   `processing` upstream (AssemblyAI cannot delete it yet); bounds the wait.
 * - `uploads`: each `POST /v2/upload` the gateway made: the SHA-256 of the upload URL (never the
 *   URL: it is a bearer address), the owner, when, and the transcript that used it, if any.
 *
 * Typed `Kysely<any>`: a migration is frozen in time.
 */
export function erasurePendingUploadsSchema(_dialect: StoreDialectName): Migration {
  return {
    async up(db: Kysely<any>) {
      await db.schema.alterTable('transcripts').addColumn('erasure_requested_at', 'text').execute()
      await db.schema.alterTable('erasure_jobs').addColumn('awaiting_since', 'text').execute()
      await db.schema
        .createTable('uploads')
        .addColumn('url_hash', 'text', (c) => c.primaryKey())
        .addColumn('owner', 'text', (c) => c.notNull())
        .addColumn('created_at', 'text', (c) => c.notNull())
        .addColumn('bytes', 'integer')
        .addColumn('transcript_id', 'text')
        .addColumn('used_at', 'text')
        .execute()
      await db.schema.createIndex('uploads_unused_created').on('uploads').columns(['used_at', 'created_at']).execute()
      await db.schema.createIndex('uploads_owner').on('uploads').column('owner').execute()
      await db.schema.createIndex('uploads_transcript').on('uploads').column('transcript_id').execute()
    },
  }
}
