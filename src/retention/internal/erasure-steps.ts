/**
 * One step of a transcript's erasure. The state machine:
 *
 *   due --DELETE--> upstream_deleted --GET, tombstone seen--> verified --purge row--> purged
 *       --ledger entry--> recorded
 *
 * A 404 on DELETE or GET counts as done upstream (`not_found`). Every step is idempotent, so a
 * crash between any two leaves a state from which the next run simply carries on.
 *
 * @module
 */
import type { ErasureJobRow, ErasureJobUpdate } from '../../store/index.js'
import type { UpstreamTranscriptState } from '../erasure-types.js'
import { isoIn, type EngineRuntime } from './engine-runtime.js'
import { classifyUpstreamFailure } from './upstream-failure.js'

export const ERASED_ACTION = 'transcript_erased'
/** AssemblyAI's sentinel on a deleted transcript. */
export const DELETED_SENTINEL = 'http://deleted_by_user'

/** `applied`: the step already wrote the patch to the job (in its own transaction). */
/** Our lease expired and another worker took the job: its transaction is rolled back. */
export class LeaseLostError extends Error {}

export type StepResult = { patch: ErasureJobUpdate; applied?: boolean; failure?: undefined } | { patch?: undefined; failure: string }

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
        if (classifyUpstreamFailure(error).kind !== 'not_found') throw error
        const at = now()
        return { patch: { state: 'verified', upstream_outcome: 'not_found', upstream_http_status: 404, upstream_deleted_at: at, verified_at: at, verified_status: 'not_found' } }
      }
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
      return { patch: await purgeLocal(rt, job), applied: true }
    case 'purged':
      return { patch: await record(rt, job), applied: true }
    default:
      return { failure: `job in unexpected state ${job.state}` }
  }
}

/** Clears everything about the transcript except the fact it existed; the owner becomes its HMAC. */
async function purgeLocal(rt: EngineRuntime, job: ErasureJobRow): Promise<ErasureJobUpdate> {
  const at = rt.clock().toISOString()
  return rt.store.db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('transcripts').select(['owner']).where('id', '=', job.transcript_id).executeTakeFirst()
    let purged = 0
    if (row) {
      const result = await trx
        .updateTable('transcripts')
        .set({
          owner: rt.ledger.ownerRef(row.owner),
          webhook_secret_hash: null,
          safety_verdict: null,
          pii_verdict: null,
          status: 'deleted',
          deleted_at: at,
          updated_at: at,
        })
        .where('id', '=', job.transcript_id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst()
      purged = Number(result.numUpdatedRows)
    }
    const patch: ErasureJobUpdate = { state: 'purged', purged_at: at, local_rows_purged: purged }
    const kept = await rt.jobs.update(job.transcript_id, rt.holder, { ...patch, attempts: 0, last_error: null, lease_until: isoIn(rt, rt.options.leaseMs), updated_at: at }, trx)
    if (!kept) throw new LeaseLostError()
    return patch
  })
}

/** Appends the ledger entry (exactly once per transcript) and marks the job recorded in the same transaction. */
async function record(rt: EngineRuntime, job: ErasureJobRow): Promise<ErasureJobUpdate> {
  let patch: ErasureJobUpdate = {}
  await rt.ledger.appendOnce(
    {
      action: ERASED_ACTION,
      subject: job.transcript_id,
      ownerRef: job.owner_ref,
      actorRef: job.actor_ref,
      reason: job.reason,
      evidence: {
        source: job.source,
        upstream: {
          delete: job.upstream_outcome,
          http_status: job.upstream_http_status,
          at: job.upstream_deleted_at,
        },
        verification: { seen: job.verified_status, at: job.verified_at },
        local: { transcripts_rows_purged: job.local_rows_purged ?? 0, at: job.purged_at },
        provider_asserted: { uploaded_audio: 'deleted by AssemblyAI together with the transcript' },
      },
    },
    async (db, entry) => {
      const at = rt.clock().toISOString()
      patch = { state: 'recorded', ledger_seq: Number(entry.seq) }
      const kept = await rt.jobs.update(job.transcript_id, rt.holder, { ...patch, attempts: 0, last_error: null, lease_until: isoIn(rt, rt.options.leaseMs), updated_at: at }, db)
      // Roll back (ledger entry included): the new lease holder records it instead, exactly once.
      if (!kept) throw new LeaseLostError()
    },
  )
  return patch
}
