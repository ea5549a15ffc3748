import type { Kysely } from 'kysely'
import type { Database } from './database.js'

export interface KeyFingerprintsRepository {
  /** Records that `fingerprint` is in use under `env`, and returns the other environments it was seen under. */
  recordUse(fingerprint: string, env: string, at: string): Promise<string[]>
}

export function createKeyFingerprintsRepository(db: Kysely<Database>): KeyFingerprintsRepository {
  return {
    async recordUse(fingerprint, env, at) {
      await db
        .insertInto('key_fingerprints')
        .values({ fingerprint, env, first_seen: at, last_seen: at })
        .onConflict((oc) => oc.columns(['fingerprint', 'env']).doUpdateSet({ last_seen: at }))
        .execute()
      const others = await db
        .selectFrom('key_fingerprints')
        .select('env')
        .where('fingerprint', '=', fingerprint)
        .where('env', '!=', env)
        .orderBy('env')
        .execute()
      return others.map((r) => r.env)
    },
  }
}
