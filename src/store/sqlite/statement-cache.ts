/**
 * A better-sqlite3 database as Kysely sees it, with prepared statements kept and reused by their
 * SQL text. Kysely's SQLite driver prepares every query afresh; on the gateway's hot paths (the
 * client lookup and the audit insert on every request) preparing costs as much as running.
 *
 * Reuse is safe because Kysely gives SQLite one connection behind a mutex: no two queries (and so
 * no two uses of one statement, streaming included) ever overlap. The cache is bounded, oldest
 * out first, so queries built with a varying number of parameters cannot grow it without end.
 *
 * @module
 */
import type { Database as BetterSqliteDatabase, Statement } from 'better-sqlite3'
import type { SqliteDatabase } from 'kysely'

export const STATEMENT_CACHE_SIZE = 256

export function withStatementCache(database: BetterSqliteDatabase, capacity = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, Statement>()
  return {
    prepare(sql) {
      const cached = statements.get(sql)
      if (cached) {
        // Most recently used last: re-insert so eviction takes the least recently used.
        statements.delete(sql)
        statements.set(sql, cached)
        return cached
      }
      const statement = database.prepare(sql)
      statements.set(sql, statement)
      if (statements.size > capacity) {
        const oldest = statements.keys().next().value
        if (oldest !== undefined) statements.delete(oldest)
      }
      return statement
    },
    close() {
      statements.clear()
      database.close()
    },
  }
}
