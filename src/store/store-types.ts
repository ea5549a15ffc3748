import type { Kysely } from 'kysely'
import type { Database } from './database.js'

export type StoreDialectName = 'sqlite' | 'postgres'

export interface Store {
  readonly db: Kysely<Database>
  readonly dialect: StoreDialectName
  /** Applies every pending migration; safe to call on every start. */
  migrate(): Promise<void>
  /** Resolves when the database answers a trivial query (readiness). */
  ping(): Promise<void>
  close(): Promise<void>
}
