import type { Store } from './store-types.js'

export interface RetentionLocksRepository {
  /** Takes (or renews) the named lease when it is free, expired or already ours; true on success. */
  acquire(name: string, holder: string, now: string, leaseUntil: string): Promise<boolean>
  release(name: string, holder: string): Promise<void>
}

export function createRetentionLocksRepository(store: Store): RetentionLocksRepository {
  const db = store.db
  return {
    async acquire(name, holder, now, leaseUntil) {
      const row = await db
        .insertInto('retention_locks')
        .values({ name, holder, lease_until: leaseUntil })
        .onConflict((oc) =>
          oc
            .column('name')
            .doUpdateSet({ holder, lease_until: leaseUntil })
            .where((eb) => eb.or([eb('retention_locks.lease_until', '<', now), eb('retention_locks.holder', '=', holder)])),
        )
        .returning('holder')
        .executeTakeFirst()
      return row?.holder === holder
    },
    async release(name, holder) {
      await db.deleteFrom('retention_locks').where('name', '=', name).where('holder', '=', holder).execute()
    },
  }
}
