/**
 * One step of a transcript's erasure. The state machine:
 *
 *   due --DELETE--> upstream_deleted --GET, tombstone seen--> verified --purge row + ledger entry--> recorded
 *    ^  \
 *    |   `--DELETE refused (4xx), GET says queued/processing--> awaiting_completion
 *    `------------- GET says completed/error (or its completion webhook woke it) ------'
 *
 * AssemblyAI does not document DELETE on an unfinished transcript. Whatever it answers (the
 * emulator: 400), a refused DELETE is followed by a GET: if the transcript is still `queued` or
 * `processing`, the job waits for it to finish (woken by the completion webhook, polled every
 * `awaitPollMs`) instead of failing, for at most `maxAwaitCompletionMs`, then fails with its reason.
 *
 * The purge (`purged`) and the ledger entry commit in one transaction, so no crash can leave a
 * purged row without its ledger entry.
 *
 * A 404 on DELETE or GET counts as done upstream (`not_found`). Every step is idempotent, so a
 * crash between any two leaves a state from which the next run simply carries on.
 *
 * @module
 */
import type { Kysely } from 'kysely'
import { AWAITING_COMPLETION, type Database, type ErasureJobRow, type ErasureJobUpdate } from '../../store/index.js'
import type { UpstreamTranscriptState } from '../erasure-types.js'
import { isoIn, type EngineRuntime } from './engine-runtime.js'
import { classifyUpstreamFailure } from './upstream-failure.js'

export const ERASED_ACTION = 'transcript_erased'
/** AssemblyAI's sentinel on a deleted transcript. */
export const DELETED_SENTINEL = 'http://deleted_by_user'

/** `applied`: the step already wrote the patch to the job (in its own transaction). */
/** Our lease expired and another worker took the job: its transaction is rolled back. */
export class LeaseLostError extends Error {}

export type StepResult =
  | { patch: ErasureJobUpdate; applied?: boolean; failure?: undefined }
  | { patch?: undefined; failure: string; permanent?: boolean }

/** Upstream statuses of a transcript that cannot be deleted yet. */
const UNFINISHED = new Set(['queued', 'processing'])

export function isTombstone(t: UpstreamTranscriptState): boolean {
  return t.audio_url === DELETED_SENTINEL || t.text === 'Deleted by user.'
}

/** Runs the step for `job.state`; upstream errors other than 404 are thrown to the caller. */
export async function runStep(rt: EngineRuntime, job: ErasureJobRow): Promise<StepResult> {
  const now = () => rt.clock().toISOString()
  switch (job.state) {
    case 'due': {
      await rt.budget.acquire()
      try {
        await rt.upstream.deleteTranscript(job.transcript_id)
        return { patch: { state: 'upstream_deleted', upstream_outcome: 'deleted', upstream_http_status: 200, upstream_deleted_at: now() } }
      } catch (error) {
        const kind = classifyUpstreamFailure(error).kind
        if (kind === 'permanent') {
          // Refused: is it because AssemblyAI has not finished the transcript yet?
          await rt.budget.acquire()
          let seen: UpstreamTranscriptState
          try {
            seen = await rt.upstream.getTranscript(job.transcript_id)
          } catch (probeError) {
            // A transient or fatal failure of the check is retried (or stops) as such; a 404 or a
            // refused GET leaves the DELETE's own refusal as the reason.
            const probe = classifyUpstreamFailure(probeError).kind
            throw probe === 'retry' || probe === 'fatal' ? probeError : error
          }
          if (seen.status !== undefined && UNFINISHED.has(seen.status) && !isTombstone(seen)) return awaitCompletion(rt, job, seen.status)
          throw error
        }
        if (kind !== 'not_found') throw error
        const at = now()
        return { patch: { state: 'verified', upstream_outcome: 'not_found', upstream_http_status: 404, upstream_deleted_at: at, verified_at: at, verified_status: 'not_found' } }
      }
    }
    case AWAITING_COMPLETION: {
      await rt.budget.acquire()
      let seen: UpstreamTranscriptState
      try {
        seen = await rt.upstream.getTranscript(job.transcript_id)
      } catch (error) {
        if (classifyUpstreamFailure(error).kind !== 'not_found') throw error
        const at = now()
        return { patch: { state: 'verified', upstream_outcome: 'not_found', upstream_http_status: 404, upstream_deleted_at: at, verified_at: at, verified_status: 'not_found' } }
      }
      if (isTombstone(seen)) {
        const at = now()
        return { patch: { state: 'verified', upstream_outcome: 'deleted', upstream_http_status: 200, upstream_deleted_at: at, verified_at: at, verified_status: `tombstone:${seen.status ?? 'unknown'}` } }
      }
      if (seen.status !== undefined && UNFINISHED.has(seen.status)) return awaitCompletion(rt, job, seen.status)
      // Finished (completed or error): it can be deleted now.
      return { patch: { state: 'due', next_attempt_at: now() } }
    }
    case 'upstream_deleted': {
      await rt.budget.acquire()
      let seen: UpstreamTranscriptState
      try {
        seen = await rt.upstream.getTranscript(job.transcript_id)
      } catch (error) {
        if (classifyUpstreamFailure(error).kind !== 'not_found') throw error
        return { patch: { state: 'verified', verified_at: now(), verified_status: 'not_found' } }
      }
      if (!isTombstone(seen)) return { failure: 'the transcript was not redacted after DELETE (no tombstone on GET)' }
      return { patch: { state: 'verified', verified_at: now(), verified_status: `tombstone:${seen.status ?? 'unknown'}` } }
    }
    case 'verified':
    case 'purged':
      return { patch: await purgeAndRecord(rt, job), applied: true }
    default:
      return { failure: `job in unexpected state ${job.state}` }
  }
}

/** Waits (polling, or until the completion webhook wakes it) for an unfinished transcript; bounded. */
function awaitCompletion(rt: EngineRuntime, job: ErasureJobRow, status: string): StepResult {
  const at = rt.clock()
  const since = job.awaiting_since ?? at.toISOString()
  if (at.getTime() - Date.parse(since) >= rt.options.maxAwaitCompletionMs) {
    const hours = Math.round((rt.options.maxAwaitCompletionMs / 3_600_000) * 10) / 10
    return { failure: `AssemblyAI still reports the transcript as ${status} ${hours} h after the erasure first waited for it; it cannot be deleted until it finishes`, permanent: true }
  }
  return { patch: { state: AWAITING_COMPLETION, awaiting_since: since, next_attempt_at: isoIn(rt, rt.options.awaitPollMs) } }
}

/**
 * Purges the local row and appends the ledger entry in one serialised transaction, marking the job
 * recorded in the same commit: the row is cleared of everything but the fact it existed (the owner
 * becomes its HMAC), and the ledger holds exactly one entry per transcript whatever crashes.
 */
async function purgeAndRecord(rt: EngineRuntime, job: ErasureJobRow): Promise<ErasureJobUpdate> {
  const at = rt.clock().toISOString()
  let purged = 0
  let uploadsPurged = 0
  let patch: ErasureJobUpdate = {}
  await rt.ledger.appendOnce(
    {
      action: ERASED_ACTION,
      subject: job.transcript_id,
      async build(db) {
        const ownerRef = job.owner_ref ?? (await ownerRefOf(rt, db, job.transcript_id))
        if (ownerRef !== null) {
          const result = await db
            .updateTable('transcripts')
            .set({ owner: ownerRef, webhook_secret_hash: null, safety_verdict: null, pii_verdict: null, status: 'deleted', deleted_at: at, updated_at: at })
            .where('id', '=', job.transcript_id)
            .where('deleted_at', 'is', null)
            .executeTakeFirst()
          purged = Number(result.numUpdatedRows)
        }
        // The upload it used (if the gateway made it): AssemblyAI deletes it with the transcript.
        const uploads = await db.deleteFrom('uploads').where('transcript_id', '=', job.transcript_id).executeTakeFirst()
        uploadsPurged = Number(uploads.numDeletedRows)
        return {
          ownerRef: job.owner_ref ?? ownerRef,
          actorRef: job.actor_ref,
          reason: job.reason,
          evidence: {
            source: job.source,
            requested_at: job.created_at,
            ...(job.awaiting_since !== null ? { awaited_completion_since: job.awaiting_since } : {}),
            upstream: { delete: job.upstream_outcome, http_status: job.upstream_http_status, at: job.upstream_deleted_at },
            verification: { seen: job.verified_status, at: job.verified_at },
            local: { transcripts_rows_purged: purged, uploads_rows_purged: uploadsPurged, at },
            provider_asserted: { uploaded_audio: 'deleted by AssemblyAI together with the transcript' },
          },
        }
      },
    },
    async (db, entry) => {
      patch = { state: 'recorded', ledger_seq: Number(entry.seq), purged_at: at, local_rows_purged: purged }
      const kept = await rt.jobs.update(
        job.transcript_id,
        rt.holder,
        { ...patch, attempts: 0, last_error: null, lease_until: isoIn(rt, rt.options.leaseMs), updated_at: at },
        db,
      )
      // Roll back (purge and ledger entry included): the new lease holder records it instead, exactly once.
      if (!kept) throw new LeaseLostError()
    },
  )
  return patch
}

/** The owner's HMAC for a row the job did not know about (untracked when enqueued); null without a row. */
async function ownerRefOf(rt: EngineRuntime, db: Kysely<Database>, id: string): Promise<string | null> {
  const row = await db.selectFrom('transcripts').select('owner').where('id', '=', id).executeTakeFirst()
  return row ? rt.ledger.ownerRef(row.owner) : null
}
