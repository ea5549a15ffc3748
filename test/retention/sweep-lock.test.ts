/**
 * "One sweep at a time" with the lease row in `retention_locks`: two engines with their own
 * connections to one database, started at the same moment, run one sweep between them; a crashed
 * holder's lease expires and the next sweep takes over; a sweep whose lease was taken stops.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConflictError } from '../../src/errors.js'
import { createLedger } from '../../src/ledger/index.js'
import { createErasureEngine, type ErasureEngine, type SweepSummary } from '../../src/retention/index.js'
import { createRetentionLocksRepository, createStore, type Store } from '../../src/store/index.js'
import { openTestStore, storeDialects, type TestStore } from '../setup/test-stores.js'
import { startEmulatorFixture, type EmulatorFixture } from './helpers/emulator-upstream.js'
import { daysAgo, FAST_ENGINE, insertTracked, newLedgerKeyPem } from './helpers/retention-fixture.js'

const FAST = { ...FAST_ENGINE, requestsPerWindow: 2000, maxAttempts: 8, concurrency: 4 }

describe.each(storeDialects())('the sweep lock on %s', (dialect) => {
  let emu: EmulatorFixture
  let ts: TestStore
  let second: Store
  let key: string
  let due: string[]

  beforeEach(async () => {
    emu = await startEmulatorFixture()
    ts = await openTestStore(dialect)
    // A second instance: its own connection (pool) to the same database.
    second = createStore({ url: ts.url, dataDir: ts.dataDir })
    key = newLedgerKeyPem()
    due = await emu.seed(60, daysAgo(40))
    await insertTracked(ts.store, due, { owner: 'user:alice', created: daysAgo(40), retentionDays: 30 })
  })
  afterEach(async () => {
    await second.close()
    await ts.dispose()
    await emu.close()
  })

  const engineOn = (store: Store, options: object = {}): ErasureEngine =>
    createErasureEngine({ store, upstream: emu.upstream, ledger: createLedger({ store, privateKey: key }), options: { ...FAST, ...options } })

  it('two instances started at the same moment run one sweep; every due transcript is recorded once', async () => {
    const a = engineOn(ts.store)
    const b = engineOn(second)
    const results = await Promise.allSettled([a.sweep({}), b.sweep({})])
    const ran = results.filter((r): r is PromiseFulfilledResult<SweepSummary> => r.status === 'fulfilled')
    const refused = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected')
    expect(ran).toHaveLength(1)
    expect(refused).toHaveLength(1)
    expect(refused[0]?.reason).toBeInstanceOf(ConflictError)
    expect(ran[0]?.value).toMatchObject({ due: 60, deleted: 60, failed: 0 })
    const entries = await ts.store.db.selectFrom('ledger_entries').select(['subject']).where('action', '=', 'transcript_erased').execute()
    expect(entries.map((e) => e.subject).sort()).toEqual([...due].sort())
    // The lock was released: the next sweep runs at once (and finds nothing left).
    expect(await ts.store.db.selectFrom('retention_locks').selectAll().execute()).toHaveLength(0)
    expect((await b.sweep({})).due).toBe(0)
  })

  it("a crashed holder's lease expires, and the next sweep takes over", async () => {
    const locks = createRetentionLocksRepository(ts.store)
    // A holder that took the lock and died: nobody renews its lease.
    expect(await locks.acquire('retention-sweep', 'crashed-instance', new Date().toISOString(), new Date(Date.now() + 800).toISOString())).toBe(true)
    const a = engineOn(second)
    await expect(a.sweep({})).rejects.toThrow(ConflictError)
    const started = Date.now()
    const summary = await a.sweep({ waitForLockMs: 5000 })
    expect(Date.now() - started).toBeGreaterThanOrEqual(500)
    expect(summary).toMatchObject({ deleted: 60, failed: 0 })
    expect(await ts.store.db.selectFrom('retention_locks').selectAll().execute()).toHaveLength(0)
  })

  it('a sweep whose lease was taken by another instance stops instead of running alongside it', async () => {
    await emu.faults('latency=40ms')
    const a = engineOn(ts.store, { leaseMs: 300, concurrency: 2, requestsPerWindow: 20 })
    const sweeping = a.sweep({})
    // Wait until it holds the lock and has done some work, then let another instance take the
    // lock as if the first had stalled past its lease.
    for (let i = 0; i < 200 && (await ts.store.db.selectFrom('ledger_entries').select('seq').execute()).length < 3; i++) await new Promise((r) => setTimeout(r, 25))
    await second.db.updateTable('retention_locks').set({ holder: 'other-instance', lease_until: new Date(Date.now() + 60_000).toISOString() }).where('name', '=', 'retention-sweep').execute()
    await expect(sweeping).rejects.toThrow(/lost its lock/)
    const recorded = await ts.store.db.selectFrom('ledger_entries').select('subject').execute()
    expect(recorded.length).toBeGreaterThan(0)
    expect(recorded.length).toBeLessThan(60)
    // The other instance's lock is left alone.
    expect(await ts.store.db.selectFrom('retention_locks').select('holder').execute()).toEqual([{ holder: 'other-instance' }])
    await emu.faults('')
  })
})
