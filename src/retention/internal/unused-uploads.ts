/**
 * Uploads the gateway made that no transcript used. AssemblyAI has no API to delete an upload: it
 * deletes one never transcribed 24 hours after it was made (its `upload_url` stops working), and
 * an upload used by a transcript is deleted with that transcript's DELETE (reference §2, §6).
 *
 * So the honest erasure of an unused upload is local: its record (owner, time, hash of the URL) is
 * removed and a ledger entry states what AssemblyAI asserts about the audio, separate from what
 * voxguard verified. The retention sweep does this once the 24 h have passed (`expired_upstream`);
 * an owner's erasure does it at once, stating when AssemblyAI's own deletion is due
 * (`awaiting_provider_expiry`).
 *
 * @module
 */
import type { UploadRow } from '../../store/index.js'
import type { ErasureReason } from '../erasure-types.js'
import type { EngineRuntime } from './engine-runtime.js'

export const UPLOAD_ACTION = 'upload_purged'
/** AssemblyAI deletes an upload never transcribed after 24 hours ([D] faq.mdx, reference §2). */
export const UPLOAD_LIFETIME_MS = 24 * 3_600_000

const PROVIDER_ASSERTED =
  'AssemblyAI deletes an uploaded file never used in a transcript 24 h after upload (its upload_url stops working); deletion of customer-uploaded audio starts at 24 h and finishes within 48 h. There is no API to delete an upload.'

/** Removes the record of one unused upload and enters it in the ledger, once; false if a transcript used it meanwhile. */
export async function purgeUnusedUpload(rt: EngineRuntime, upload: UploadRow, ctx: { reason: ErasureReason; actorRef: string }): Promise<boolean> {
  const at = rt.clock()
  const expiresAt = Date.parse(upload.created_at) + UPLOAD_LIFETIME_MS
  const expired = at.getTime() >= expiresAt
  try {
    const { created } = await rt.ledger.appendOnce({
      action: UPLOAD_ACTION,
      subject: `upload:${upload.url_hash}`,
      async build(db) {
        const removed = await db.deleteFrom('uploads').where('url_hash', '=', upload.url_hash).where('used_at', 'is', null).executeTakeFirst()
        // Used by a transcript meanwhile (or removed by another worker): roll back, write nothing.
        if (Number(removed.numDeletedRows) === 0) throw new UploadNoLongerUnused()
        return {
          ownerRef: rt.ledger.ownerRef(upload.owner),
          actorRef: ctx.actorRef,
          reason: ctx.reason,
          evidence: {
            source: 'upload',
            uploaded_at: upload.created_at,
            upstream: {
              state: expired ? 'expired_upstream' : 'awaiting_provider_expiry',
              deletable: false,
              expires_at: new Date(expiresAt).toISOString(),
            },
            local: { uploads_rows_removed: 1, at: at.toISOString() },
            provider_asserted: { uploaded_audio: PROVIDER_ASSERTED },
          },
        }
      },
    })
    return created
  } catch (error) {
    if (error instanceof UploadNoLongerUnused) return false
    throw error
  }
}

/** Removes every unused upload older than AssemblyAI's 24 h lifetime; returns how many. */
export async function purgeExpiredUploads(rt: EngineRuntime, actorRef: string): Promise<number> {
  const before = new Date(rt.clock().getTime() - UPLOAD_LIFETIME_MS).toISOString()
  let purged = 0
  let after: string | undefined
  for (;;) {
    const page = await rt.uploads.unusedBefore(before, after, 200)
    if (page.length === 0) return purged
    after = page[page.length - 1]?.url_hash
    for (const upload of page) if (await purgeUnusedUpload(rt, upload, { reason: 'retention', actorRef })) purged++
  }
}

class UploadNoLongerUnused extends Error {}
