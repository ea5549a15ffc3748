import { createHash } from 'node:crypto'
import type { Kysely } from 'kysely'
import type { Database, UploadRow } from './database.js'

/** How an upload URL is kept: its SHA-256, never the URL (it grants access to the audio). */
export function uploadUrlHash(uploadUrl: string): string {
  return createHash('sha256').update(uploadUrl).digest('hex')
}

export interface UploadsRepository {
  /** Records an upload the gateway made for `owner`. */
  record(input: { uploadUrl: string; owner: string; at: string; bytes: number | null }): Promise<void>
  /** Links the upload an `audio_url` names (if it is one of ours) to the transcript that uses it. */
  linkToTranscript(audioUrl: string, transcriptId: string, at: string): Promise<boolean>
  /** Uploads never used by a transcript that were made at or before `createdBefore`, in hash order. */
  unusedBefore(createdBefore: string, afterHash: string | undefined, limit: number): Promise<UploadRow[]>
  /** One owner's uploads never used by a transcript. */
  unusedOwnedBy(owner: string, afterHash: string | undefined, limit: number): Promise<UploadRow[]>
}

export function createUploadsRepository(db: Kysely<Database>): UploadsRepository {
  return {
    async record({ uploadUrl, owner, at, bytes }) {
      await db
        .insertInto('uploads')
        .values({ url_hash: uploadUrlHash(uploadUrl), owner, created_at: at, bytes, transcript_id: null, used_at: null })
        .onConflict((oc) => oc.column('url_hash').doNothing())
        .execute()
    },
    async linkToTranscript(audioUrl, transcriptId, at) {
      const result = await db
        .updateTable('uploads')
        .set({ transcript_id: transcriptId, used_at: at })
        .where('url_hash', '=', uploadUrlHash(audioUrl))
        .where('used_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) > 0
    },
    async unusedBefore(createdBefore, afterHash, limit) {
      let query = db.selectFrom('uploads').selectAll().where('used_at', 'is', null).where('created_at', '<=', createdBefore)
      if (afterHash !== undefined) query = query.where('url_hash', '>', afterHash)
      return query.orderBy('url_hash').limit(limit).execute()
    },
    async unusedOwnedBy(owner, afterHash, limit) {
      let query = db.selectFrom('uploads').selectAll().where('used_at', 'is', null).where('owner', '=', owner)
      if (afterHash !== undefined) query = query.where('url_hash', '>', afterHash)
      return query.orderBy('url_hash').limit(limit).execute()
    },
  }
}
