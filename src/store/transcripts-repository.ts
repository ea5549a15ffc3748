import type { Kysely } from 'kysely'
import type { Database, NewTranscriptRow, TranscriptRow, TranscriptUpdate } from './database.js'
import { createGroupCommit } from './group-commit.js'
import { precompile } from './precompiled-query.js'

/** Most webhook refs looked up by one query. */
const REF_LOOKUP_BATCH_LIMIT = 64

/** Id of a submission whose upstream id is not known yet. */
export const PENDING_PREFIX = 'pending:'

/** Erased, or erasure requested: the owner can no longer read it and the app is sent nothing more about it. */
export function isWithdrawn(row: Pick<TranscriptRow, 'deleted_at' | 'erasure_requested_at'>): boolean {
  return row.deleted_at !== null || row.erasure_requested_at !== null
}

/** A transcript as the webhook receiver sees it. */
export type WebhookTarget = Pick<TranscriptRow, 'id' | 'webhook_secret_hash'>

/** What the webhook pipeline records on a finished transcript (see finished-transcripts-repository.ts). */
export interface Verdicts {
  readonly status: string
  readonly safety_verdict: string
  readonly pii_verdict: string
  readonly updated_at: string
}

export interface TranscriptPage {
  rows: TranscriptRow[]
  /** Opaque cursor for the next (older) page, or null at the end. */
  nextCursor: string | null
}

export interface TranscriptsRepository {
  insert(row: NewTranscriptRow): Promise<void>
  /** Only the owner's transcript: another owner's id reads as absent. */
  findOwned(id: string, owner: string): Promise<TranscriptRow | undefined>
  findById(id: string): Promise<TranscriptRow | undefined>
  update(id: string, changes: TranscriptUpdate): Promise<void>
  /** Updates only while no erasure was requested (nor done); false when one was. */
  updateUnlessWithdrawn(id: string, changes: TranscriptUpdate): Promise<boolean>
  /** What a webhook delivery is checked against (only those columns: read on every delivery; the refs asked for in one event-loop turn share one query). */
  findByWebhookRef(ref: string): Promise<WebhookTarget | undefined>
  /** Gives a pending submission its upstream id. */
  assignId(pendingId: string, id: string, changes: TranscriptUpdate): Promise<void>
  remove(id: string): Promise<void>
  /** The owner's transcripts, newest first (pending submissions excluded). */
  listOwned(owner: string, limit: number, cursor?: string): Promise<TranscriptPage>
}

export function createTranscriptsRepository(db: Kysely<Database>): TranscriptsRepository {
  // Looked up on every webhook delivery and every read: compiled once.
  const byId = precompile<'id', TranscriptRow>(db, (value) => db.selectFrom('transcripts').selectAll().where('id', '=', value('id')))
  const byWebhookRef = precompile<'ref', WebhookTarget>(db, (value) => db.selectFrom('transcripts').select(['id', 'webhook_secret_hash']).where('webhook_ref', '=', value('ref')))
  // Webhook deliveries arrive in bursts: the refs asked for in one event-loop turn are looked up by
  // one query (one read transaction instead of one each); a lone ref keeps the precompiled lookup.
  const byWebhookRefs = createGroupCommit<string, WebhookTarget | undefined>(async (refs) => {
    if (refs.length === 1) return [(await byWebhookRef({ ref: refs[0] })).rows[0]]
    const rows = await db.selectFrom('transcripts').select(['id', 'webhook_secret_hash', 'webhook_ref']).where('webhook_ref', 'in', [...new Set(refs)]).execute()
    const found = new Map(rows.map((r) => [r.webhook_ref, { id: r.id, webhook_secret_hash: r.webhook_secret_hash }]))
    return refs.map((ref) => found.get(ref))
  }, REF_LOOKUP_BATCH_LIMIT)
  return {
    async insert(row) {
      await db.insertInto('transcripts').values(row).execute()
    },
    async findOwned(id, owner) {
      return db.selectFrom('transcripts').selectAll().where('id', '=', id).where('owner', '=', owner).executeTakeFirst()
    },
    async findById(id) {
      return (await byId({ id })).rows[0]
    },
    async update(id, changes) {
      await db.updateTable('transcripts').set(changes).where('id', '=', id).execute()
    },
    async updateUnlessWithdrawn(id, changes) {
      const result = await db
        .updateTable('transcripts')
        .set(changes)
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .where('erasure_requested_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) > 0
    },
    findByWebhookRef(ref) {
      return byWebhookRefs(ref)
    },
    async assignId(pendingId, id, changes) {
      await db.updateTable('transcripts').set({ ...changes, id }).where('id', '=', pendingId).execute()
    },
    async remove(id) {
      await db.deleteFrom('transcripts').where('id', '=', id).execute()
    },
    async listOwned(owner, limit, cursor) {
      let query = db.selectFrom('transcripts').selectAll().where('owner', '=', owner).where('id', 'not like', `${PENDING_PREFIX}%`)
      const after = cursor ? decodeCursor(cursor) : undefined
      if (after) {
        query = query.where((eb) =>
          eb.or([eb('created_at', '<', after.createdAt), eb.and([eb('created_at', '=', after.createdAt), eb('id', '<', after.id)])]),
        )
      }
      const rows = await query.orderBy('created_at', 'desc').orderBy('id', 'desc').limit(limit + 1).execute()
      const page = rows.slice(0, limit)
      const last = page[page.length - 1]
      return { rows: page, nextCursor: rows.length > limit && last ? encodeCursor(last.created_at, last.id) : null }
    },
  }
}

function encodeCursor(createdAt: string, id: string): string {
  return Buffer.from(JSON.stringify([createdAt, id])).toString('base64url')
}

/** A malformed cursor reads as "no cursor" rather than an error the caller cannot act on. */
function decodeCursor(cursor: string): { createdAt: string; id: string } | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
    if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') {
      return { createdAt: value[0], id: value[1] }
    }
  } catch {
    /* fall through */
  }
  return undefined
}
