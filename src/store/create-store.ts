/**
 * Opens the store: embedded SQLite (better-sqlite3) by default, PostgreSQL when a `postgres://` URL
 * is configured. Connection failures become one clear `StoreError` that never includes the URL
 * (it may hold a password).
 *
 * @module
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import SQLite from 'better-sqlite3'
import { Kysely, Migrator, PostgresDialect, SqliteDialect, sql, type MigrationProvider } from 'kysely'
import pg from 'pg'
import { StoreError } from '../errors.js'
import type { Database } from './database.js'
import { storeMigrations } from './migrations/index.js'
import { withStatementCache } from './sqlite/statement-cache.js'
import { startWalCheckpointer } from './sqlite/wal-checkpointer.js'
import type { Store, StoreDialectName } from './store-types.js'

export interface CreateStoreOptions {
  /** PostgreSQL URL; absent = SQLite. */
  url?: string | undefined
  /** Directory for the SQLite file (`voxguard.db`); `:memory:` for an in-memory database. */
  dataDir: string
  /** Largest PostgreSQL pool. */
  poolSize?: number
  /**
   * SQLite: run WAL checkpoints on a worker thread instead of inside a commit (the gateway, whose
   * event loop must not stall; see wal-checkpointer.ts). Short-lived CLI runs leave it off.
   */
  checkpointOffThread?: boolean
}

export function createStore(options: CreateStoreOptions): Store {
  return options.url ? createPostgresStore(options.url, options.poolSize ?? 10) : createSqliteStore(options.dataDir, options.checkpointOffThread === true)
}

function createSqliteStore(dataDir: string, checkpointOffThread: boolean): Store {
  let file = ':memory:'
  if (dataDir !== ':memory:') {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 })
    file = join(dataDir, 'voxguard.db')
  }
  let database: SQLite.Database
  try {
    database = new SQLite(file)
    database.pragma('journal_mode = WAL')
    // WAL + NORMAL: no fsync per commit, still never corrupt; a power cut can lose the last commits.
    database.pragma('synchronous = NORMAL')
    database.pragma('busy_timeout = 5000')
    database.pragma('foreign_keys = ON')
  } catch (error) {
    throw new StoreError(`cannot open the SQLite database under ${dataDir}: ${(error as Error).message}`, { cause: error })
  }
  const checkpointer = checkpointOffThread && file !== ':memory:' ? startWalCheckpointer(database, file) : undefined
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(database) }) })
  return assemble(db, 'sqlite', async () => checkpointer?.stop())
}

function createPostgresStore(url: string, poolSize: number): Store {
  // int8 (bigserial ids, counts) as numbers: our ids stay far below 2^53.
  pg.types.setTypeParser(20, (value) => Number.parseInt(value, 10))
  const pool = new pg.Pool({ connectionString: url, max: poolSize, connectionTimeoutMillis: 5000 })
  // An idle client's error must not crash the process; the next query reports it.
  pool.on('error', () => undefined)
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return assemble(db, 'postgres')
}

function assemble(db: Kysely<Database>, dialect: StoreDialectName, beforeClose?: () => Promise<void>): Store {
  const provider: MigrationProvider = { getMigrations: async () => storeMigrations(dialect) }
  return {
    db,
    dialect,
    async migrate() {
      const migrator = new Migrator({ db, provider, allowUnorderedMigrations: true })
      let result
      try {
        result = await migrator.migrateToLatest()
      } catch (error) {
        throw connectionError(dialect, error)
      }
      if (result.error) throw connectionError(dialect, result.error)
    },
    async ping() {
      try {
        await sql`select 1`.execute(db)
      } catch (error) {
        throw connectionError(dialect, error)
      }
    },
    async close() {
      await beforeClose?.()
      await db.destroy()
    },
  }
}

/** Describes a database failure without echoing the connection string. */
function connectionError(dialect: StoreDialectName, error: unknown): StoreError {
  const code = (error as { code?: string }).code
  const what = dialect === 'postgres' ? 'PostgreSQL (DATABASE_URL)' : 'SQLite'
  const reason = code ? `${code}` : error instanceof Error ? error.message.split('\n')[0] : 'unknown error'
  return new StoreError(`database unreachable or failing: ${what}: ${reason}`, { cause: error })
}
