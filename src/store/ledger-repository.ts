import { sql, type Kysely } from 'kysely'
import type { Database, LedgerCheckpointRow, LedgerEntryRow } from './database.js'
import type { Store } from './store-types.js'

/** Arbitrary constant: the PostgreSQL advisory lock that serialises ledger appends. */
const LEDGER_APPEND_LOCK = 0x76786c67

export interface LedgerEntriesFilter {
  /** Entries at or after this ISO time. */
  since?: string | undefined
  ownerRef?: string | undefined
}

export interface LedgerRepository {
  /**
   * Runs `fn` in a write transaction that no other appender (in this or another process) can run
   * at the same time: `BEGIN IMMEDIATE` on SQLite, an advisory transaction lock on PostgreSQL.
   */
  serialized<T>(fn: (db: Kysely<Database>) => Promise<T>): Promise<T>
  head(db?: Kysely<Database>): Promise<LedgerEntryRow | undefined>
  findBySubject(action: string, subject: string, db?: Kysely<Database>): Promise<LedgerEntryRow | undefined>
  insert(db: Kysely<Database>, row: LedgerEntryRow): Promise<void>
  /** Entries with `seq >= fromSeq` in order, `batch` rows at a time (memory stays flat). */
  scan(fromSeq: number, batch?: number): AsyncGenerator<LedgerEntryRow>
  /** Matching entries in order (for exports). */
  scanMatching(filter: LedgerEntriesFilter, batch?: number): AsyncGenerator<LedgerEntryRow>
  checkpoints(): Promise<LedgerCheckpointRow[]>
  latestCheckpoint(): Promise<LedgerCheckpointRow | undefined>
  insertCheckpoint(row: LedgerCheckpointRow): Promise<void>
}

export function createLedgerRepository(store: Store): LedgerRepository {
  const root = store.db
  const repo: LedgerRepository = {
    async serialized(fn) {
      if (store.dialect === 'postgres') {
        return root.transaction().execute(async (trx) => {
          await sql`select pg_advisory_xact_lock(${LEDGER_APPEND_LOCK})`.execute(trx)
          return fn(trx)
        })
      }
      return root.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn)
        try {
          const result = await fn(conn)
          await sql`commit`.execute(conn)
          return result
        } catch (error) {
          await sql`rollback`.execute(conn).catch(() => undefined)
          throw error
        }
      })
    },
    async head(db = root) {
      return db.selectFrom('ledger_entries').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst()
    },
    async findBySubject(action, subject, db = root) {
      return db.selectFrom('ledger_entries').selectAll().where('action', '=', action).where('subject', '=', subject).executeTakeFirst()
    },
    async insert(db, row) {
      await db.insertInto('ledger_entries').values(row).execute()
    },
    async *scan(fromSeq, batch = 1000) {
      let next = fromSeq
      for (;;) {
        const rows = await root.selectFrom('ledger_entries').selectAll().where('seq', '>=', next).orderBy('seq').limit(batch).execute()
        for (const row of rows) yield row
        const last = rows[rows.length - 1]
        if (!last || rows.length < batch) return
        next = Number(last.seq) + 1
      }
    },
    async *scanMatching(filter, batch = 1000) {
      let next = 1
      for (;;) {
        let query = root.selectFrom('ledger_entries').selectAll().where('seq', '>=', next)
        if (filter.since) query = query.where('at', '>=', filter.since)
        if (filter.ownerRef) query = query.where('owner_ref', '=', filter.ownerRef)
        const rows = await query.orderBy('seq').limit(batch).execute()
        for (const row of rows) yield row
        const last = rows[rows.length - 1]
        if (!last || rows.length < batch) return
        next = Number(last.seq) + 1
      }
    },
    async checkpoints() {
      return root.selectFrom('ledger_checkpoints').selectAll().orderBy('seq').execute()
    },
    async latestCheckpoint() {
      return root.selectFrom('ledger_checkpoints').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst()
    },
    async insertCheckpoint(row) {
      await root
        .insertInto('ledger_checkpoints')
        .values(row)
        .onConflict((oc) => oc.column('seq').doNothing())
        .execute()
    },
  }
  return repo
}
