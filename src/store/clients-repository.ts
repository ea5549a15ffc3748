import type { Kysely } from 'kysely'
import { ConflictError } from '../errors.js'
import type { ClientRow, Database, NewClientRow } from './database.js'
import { precompile } from './precompiled-query.js'

export interface ClientsRepository {
  insert(row: NewClientRow): Promise<void>
  findActiveByKeyHash(keyHash: string): Promise<ClientRow | undefined>
  findByName(name: string): Promise<ClientRow | undefined>
  list(): Promise<ClientRow[]>
  /** Returns false when no active client has that name. */
  revoke(name: string, at: string): Promise<boolean>
  countActive(): Promise<number>
}

export function createClientsRepository(db: Kysely<Database>): ClientsRepository {
  // The lookup runs on every authenticated request: build and compile it once, bind the hash per call.
  const byKeyHash = precompile<'hash', ClientRow>(db, (value) => db.selectFrom('clients').selectAll().where('key_hash', '=', value('hash')).where('revoked_at', 'is', null))
  return {
    async insert(row) {
      const existing = await db.selectFrom('clients').select('id').where('name', '=', row.name).executeTakeFirst()
      if (existing) throw new ConflictError(`a client named "${row.name}" already exists`)
      await db.insertInto('clients').values(row).execute()
    },
    async findActiveByKeyHash(keyHash) {
      return (await byKeyHash({ hash: keyHash })).rows[0]
    },
    async findByName(name) {
      return db.selectFrom('clients').selectAll().where('name', '=', name).executeTakeFirst()
    },
    async list() {
      return db.selectFrom('clients').selectAll().orderBy('created_at').orderBy('name').execute()
    },
    async revoke(name, at) {
      const result = await db
        .updateTable('clients')
        .set({ revoked_at: at })
        .where('name', '=', name)
        .where('revoked_at', 'is', null)
        .executeTakeFirst()
      return Number(result.numUpdatedRows) > 0
    },
    async countActive() {
      const row = await db
        .selectFrom('clients')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('revoked_at', 'is', null)
        .executeTakeFirstOrThrow()
      return Number(row.n)
    },
  }
}
