import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConflictError } from '../../src/errors.js'
import type { Ledger } from '../../src/ledger/index.js'
import { startRetentionScheduler, type ErasureEngine, type SweepProgress } from '../../src/retention/index.js'
import { createRetentionLocksRepository } from '../../src/store/index.js'
import { storeDialects, type TestStore } from '../setup/test-stores.js'
import { startEmulatorFixture, type EmulatorFixture } from './helpers/emulator-upstream.js'
import { daysAgo, FAST_ENGINE, insertTracked, openErasureRig } from './helpers/retention-fixture.js'

const FAST = { ...FAST_ENGINE, requestsPerWindow: 2000, maxAttempts: 8, concurrency: 8 }

describe.each(storeDialects())('retention sweep on %s', (dialect) => {
  let emu: EmulatorFixture
  let ts: TestStore
  let ledger: Ledger
  let engine: ErasureEngine
  let due: string[]
  let young: string[]
  let untrackedOld: string[]
  let untrackedYoung: string[]

  beforeEach(async () => {
    emu = await startEmulatorFixture()
    ;({ ts, ledger, engine } = await openErasureRig(dialect, emu.upstream, FAST))
    due = await emu.seed(40, daysAgo(40))
    await insertTracked(ts.store, due, { owner: 'user:alice', created: daysAgo(40), retentionDays: 30 })
    young = await emu.seed(20, daysAgo(5))
    await insertTracked(ts.store, young, { owner: 'user:bob', created: daysAgo(5), retentionDays: 30 })
    untrackedOld = await emu.seed(300, daysAgo(50))
    untrackedYoung = await emu.seed(150, daysAgo(3))
  })
  afterEach(async () => {
    await ts.dispose()
    await emu.close()
  })

  const deletedUpstream = async (): Promise<Set<string>> => {
    const requests = await emu.requests()
    return new Set(requests.filter((r) => r.method === 'DELETE').map((r) => r.path.split('/').pop() ?? ''))
  }

  it('dry run lists exactly what is due and changes nothing', async () => {
    const before = (await emu.requests()).length
    const summary = await engine.sweep({ dryRun: true })
    expect(summary).toMatchObject({ dryRun: true, due: 40, deleted: 0 })
    expect(new Set(summary.wouldErase)).toEqual(new Set(due))
    const withUntracked = await engine.sweep({ dryRun: true, includeUntracked: true, retentionDays: 30 })
    const expected = new Set([...due, ...untrackedOld])
    for (const id of withUntracked.wouldErase ?? []) expect(expected.has(id) || !young.includes(id)).toBe(true)
    expect(withUntracked.wouldErase?.filter((id) => untrackedOld.includes(id))).toHaveLength(300)
    expect(withUntracked.wouldErase?.some((id) => untrackedYoung.includes(id) || young.includes(id))).toBe(false)
    const after = await emu.requests()
    expect(after.slice(before).every((r) => r.method === 'GET')).toBe(true)
    expect(await ts.store.db.selectFrom('erasure_jobs').select('transcript_id').execute()).toHaveLength(0)
    expect(await ts.store.db.selectFrom('ledger_entries').select('seq').execute()).toHaveLength(0)
  })

  it('erases every due tracked transcript, touches no young one, and records each once', async () => {
    const progress: SweepProgress[] = []
    const summary = await engine.sweep({ onProgress: (p) => progress.push(p) })
    expect(summary).toMatchObject({ dryRun: false, due: 40, deleted: 40, alreadyGone: 0, failed: 0, pending: 0 })
    expect(progress.at(-1)).toEqual({ phase: 'done', done: 40, total: 40 })
    const deleted = await deletedUpstream()
    for (const id of due) expect(deleted.has(id)).toBe(true)
    for (const id of [...young, ...untrackedOld, ...untrackedYoung]) expect(deleted.has(id)).toBe(false)
    const entries = await ts.store.db.selectFrom('ledger_entries').select(['subject']).execute()
    expect(entries.map((e) => e.subject).sort()).toEqual([...due].sort())
    const verification = await ledger.verify()
    expect(verification).toMatchObject({ ok: true, entries: 40 })
    expect(verification.latestCheckpoint?.seq).toBe(40)

    const second = await engine.sweep({})
    expect(second).toMatchObject({ due: 0, deleted: 0 })
    expect(await ts.store.db.selectFrom('ledger_entries').select('seq').execute()).toHaveLength(40)
  })

  it('pages the whole AssemblyAI list for untracked transcripts (all pages, not one)', async () => {
    const summary = await engine.sweep({ includeUntracked: true, retentionDays: 30 })
    expect(summary.untracked).toEqual({ listed: 510, due: 300 })
    expect(summary).toMatchObject({ due: 340, deleted: 340, failed: 0 })
    const deleted = await deletedUpstream()
    for (const id of untrackedOld) expect(deleted.has(id)).toBe(true)
    for (const id of [...untrackedYoung, ...young]) expect(deleted.has(id)).toBe(false)
    const listCalls = (await emu.requests()).filter((r) => r.method === 'GET' && r.path === '/v2/transcript')
    expect(listCalls.length).toBeGreaterThanOrEqual(3)
    const untrackedEntry = await ts.store.db.selectFrom('ledger_entries').selectAll().where('subject', '=', untrackedOld[0] ?? '').executeTakeFirstOrThrow()
    expect(untrackedEntry.owner_ref).toBeNull()
    expect(JSON.parse(untrackedEntry.evidence)).toMatchObject({ source: 'untracked', local: { transcripts_rows_purged: 0 } })
  })

  it('--older-than widens what is due to rows created before it', async () => {
    const summary = await engine.sweep({ olderThanDays: 4 })
    expect(summary.deleted).toBe(60)
    const deleted = await deletedUpstream()
    for (const id of young) expect(deleted.has(id)).toBe(true)
  })

  it('runs one sweep at a time: a held lock makes another sweep refuse', async () => {
    const locks = createRetentionLocksRepository(ts.store)
    const until = new Date(Date.now() + 60_000).toISOString()
    expect(await locks.acquire('retention-sweep', 'other-instance', new Date().toISOString(), until)).toBe(true)
    await expect(engine.sweep({})).rejects.toThrow(ConflictError)
    expect(await locks.acquire('retention-sweep', 'third-instance', new Date().toISOString(), until)).toBe(false)
    await locks.release('retention-sweep', 'other-instance')
    expect((await engine.sweep({})).deleted).toBe(40)
  })

  it('the scheduler runs sweeps on its cron schedule and stops cleanly', async () => {
    const scheduler = startRetentionScheduler({ engine, schedule: '* * * * * *', store: ts.store })
    expect(scheduler.nextRun()).toBeInstanceOf(Date)
    for (let i = 0; i < 100; i++) {
      const n = await ts.store.db.selectFrom('ledger_entries').select('seq').execute()
      if (n.length === 40) break
      await new Promise((r) => setTimeout(r, 100))
    }
    await scheduler.stop()
    expect(await ts.store.db.selectFrom('ledger_entries').select('seq').execute()).toHaveLength(40)
    expect(() => startRetentionScheduler({ engine, schedule: 'every tuesday' })).toThrow(/retention.schedule/)
  })
})
