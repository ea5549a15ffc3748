import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, describe, expect, it } from 'vitest'
import { createAuditEventsRepository, createStore, type Store } from '../../src/store/index.js'

describe('SQLite WAL checkpoints off the event loop', () => {
  let dir: string | undefined
  let store: Store | undefined
  afterEach(async () => {
    await store?.close()
    if (dir) rmSync(dir, { recursive: true, force: true })
    store = undefined
    dir = undefined
  })

  it('never checkpoints inside a commit, and a thread moves the WAL into the database file', async () => {
    dir = mkdtempSync(join(tmpdir(), 'vg-wal-'))
    store = createStore({ dataDir: dir, checkpointOffThread: true })
    await store.migrate()
    const auto = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(store.db)
    expect(auto.rows[0]?.wal_autocheckpoint).toBe(0)
    const file = join(dir, 'voxguard.db')
    const before = statSync(file).size
    const audit = createAuditEventsRepository(store.db)
    await Promise.all(Array.from({ length: 3000 }, (_, i) => audit.append({ at: new Date(i).toISOString(), action: 'token.issued', principal: `client:${i}`, outcome: 'success', details: { pad: 'x'.repeat(200) } })))
    // the rows are in the WAL; within a few intervals the thread has copied them into the file
    const deadline = Date.now() + 10_000
    while (statSync(file).size <= before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100))
    expect(statSync(file).size).toBeGreaterThan(before + 500_000)
    expect((await audit.list({ action: 'token.issued', limit: 5000 })).length).toBe(3000)
  })

  it('leaves automatic checkpoints on for a store that does not ask (CLI runs)', async () => {
    dir = mkdtempSync(join(tmpdir(), 'vg-wal-'))
    store = createStore({ dataDir: dir })
    await store.migrate()
    const auto = await sql<{ wal_autocheckpoint: number }>`pragma wal_autocheckpoint`.execute(store.db)
    expect(auto.rows[0]?.wal_autocheckpoint).toBe(1000)
  })
})
