/**
 * What the webhook pipeline writes when a finished transcript's work is done, all in one
 * transaction: the verdicts (only while no erasure was requested), and, when they were recorded,
 * the application's event and the queue delivery marked done. A crash leaves all of it or none of
 * it: the delivery is then worked again, so the app never misses its event, and a withdrawn
 * transcript gets no event and leaves its delivery to the caller (which hands it to the erasure).
 *
 * Work finishing within a few milliseconds shares the transaction (group commit): one commit for
 * tens of transcripts instead of three writes each.
 *
 * @module
 */
import type { Kysely } from 'kysely'
import type { Database } from './database.js'
import { BACKGROUND_BATCH_DELAY_MS, createGroupCommit } from './group-commit.js'
import { precompile } from './precompiled-query.js'
import { insertOutboundEvents, type NewOutboundEvent } from './outbound-events-repository.js'
import type { Verdicts } from './transcripts-repository.js'
import { markDeliveriesDone } from './webhook-deliveries-repository.js'

export interface FinishedTranscript {
  readonly transcriptId: string
  readonly verdicts: Verdicts
  /** Queued for the application with the verdicts (absent: app webhooks are off). */
  readonly event?: NewOutboundEvent
  /** The queue delivery the work came from: marked done with the verdicts. */
  readonly delivery?: { readonly id: number; readonly doneAt: string }
}

export interface FinishedTranscriptsRepository {
  /**
   * Records the outcome; false when the transcript was withdrawn (erasure requested, or erased)
   * meanwhile, in which case nothing at all was written.
   */
  record(finished: FinishedTranscript): Promise<boolean>
}

/** Most outcomes written by one transaction. */
const FINISH_BATCH_LIMIT = 64

export function createFinishedTranscriptsRepository(db: Kysely<Database>): FinishedTranscriptsRepository {
  const verdictsUnlessWithdrawn = precompile<'id' | keyof Verdicts, never>(db, (value) =>
    db
      .updateTable('transcripts')
      .set({ status: value('status'), safety_verdict: value('safety_verdict'), pii_verdict: value('pii_verdict'), updated_at: value('updated_at') })
      .where('id', '=', value('id'))
      .where('deleted_at', 'is', null)
      .where('erasure_requested_at', 'is', null),
  )
  const record = createGroupCommit<FinishedTranscript, boolean>(
    (items) =>
      db.transaction().execute(async (trx) => {
        const kept: boolean[] = []
        const events: NewOutboundEvent[] = []
        const done: { id: number; at: string }[] = []
        for (const item of items) {
          const recorded = Number((await verdictsUnlessWithdrawn({ id: item.transcriptId, ...item.verdicts }, trx)).numAffectedRows ?? 0n) > 0
          kept.push(recorded)
          if (!recorded) continue
          if (item.event) events.push(item.event)
          if (item.delivery) done.push({ id: item.delivery.id, at: item.delivery.doneAt })
        }
        await insertOutboundEvents(trx, events)
        await markDeliveriesDone(trx, done)
        return kept
      }),
    FINISH_BATCH_LIMIT,
    { delayMs: BACKGROUND_BATCH_DELAY_MS },
  )
  return { record }
}
