import { randomBytes } from 'node:crypto'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { UpstreamError } from '../../src/errors.js'
import type { Ledger } from '../../src/ledger/index.js'
import { createErasureEngine, type ErasureEngine } from '../../src/retention/index.js'
import { storeDialects, type TestStore } from '../setup/test-stores.js'
import { fetchUpstream, startEmulatorFixture, type EmulatorFixture } from './helpers/emulator-upstream.js'
import { daysAgo, FAST_ENGINE, insertTracked, openErasureRig } from './helpers/retention-fixture.js'

const FAST = FAST_ENGINE

describe.each(storeDialects())('eraseTranscript and eraseOwner on %s', (dialect) => {
  let emu: EmulatorFixture
  let ts: TestStore
  let ledger: Ledger
  let engine: ErasureEngine

  beforeAll(async () => {
    emu = await startEmulatorFixture()
  })
  afterAll(async () => emu.close())
  beforeEach(async () => {
    await emu.faults('')
    ;({ ts, ledger, engine } = await openErasureRig(dialect, emu.upstream, FAST))
  })
  afterEach(async () => ts.dispose())

  async function tracked(owner: string, count = 1): Promise<string[]> {
    const ids = await emu.seed(count, daysAgo(2))
    await insertTracked(ts.store, ids, { owner, created: daysAgo(2), retentionDays: 30 })
    return ids
  }

  async function ledgerRows() {
    return ts.store.db.selectFrom('ledger_entries').selectAll().orderBy('seq').execute()
  }

  it('deletes upstream, confirms the tombstone, purges the row and records once', async () => {
    const [id] = await tracked('user:alice')
    if (!id) throw new Error('seed')
    const receipt = await engine.eraseTranscript(id, { actor: 'user:alice', reason: 'owner_request' })
    expect(receipt).toMatchObject({ id, upstream: 'deleted', local: 'purged', ledger: { seq: 1 } })
    if (receipt.upstream === 'pending_completion') throw new Error('the transcript was completed: no wait expected')
    expect(Date.parse(receipt.deleted_at)).not.toBeNaN()

    const upstreamNow = await emu.upstream.getTranscript(id)
    expect(upstreamNow.audio_url).toBe('http://deleted_by_user')
    const calls = (await emu.requests()).filter((r) => r.path.endsWith(id))
    expect(calls.map((r) => r.method).slice(0, 2)).toEqual(['DELETE', 'GET'])

    const row = await ts.store.db.selectFrom('transcripts').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    expect(row).toMatchObject({ owner: engine.ownerRef('user:alice'), webhook_secret_hash: null, safety_verdict: null, pii_verdict: null, status: 'deleted' })
    expect(row.owner).not.toContain('alice')
    expect(row.deleted_at).not.toBeNull()

    const entries = await ledgerRows()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ action: 'transcript_erased', subject: id, reason: 'owner_request', owner_ref: engine.ownerRef('user:alice'), actor_ref: engine.ownerRef('user:alice') })
    expect(JSON.parse(entries[0]?.evidence ?? '{}')).toMatchObject({ upstream: { delete: 'deleted', http_status: 200 }, verification: { seen: 'tombstone:completed' }, local: { transcripts_rows_purged: 1 } })
    expect(JSON.stringify(entries)).not.toContain('alice')
    expect(receipt.ledger.entry_hash).toBe(entries[0]?.entry_hash)

    const again = await engine.eraseTranscript(id, { actor: 'user:alice', reason: 'owner_request' })
    expect(again).toMatchObject({ id, upstream: 'already_deleted', local: 'purged', deleted_at: receipt.deleted_at })
    expect(await ledgerRows()).toHaveLength(1)
    expect((await ledger.verify()).ok).toBe(true)
  })

  it('treats a transcript AssemblyAI no longer has (404) as already deleted', async () => {
    const id = '00000000-0000-4000-8000-000000000001'
    await insertTracked(ts.store, [id], { owner: 'client:app', created: daysAgo(40), retentionDays: 30 })
    const receipt = await engine.eraseTranscript(id, { actor: 'client:app', reason: 'owner_request' })
    expect(receipt.upstream).toBe('already_deleted')
    const [entry] = await ledgerRows()
    expect(JSON.parse(entry?.evidence ?? '{}')).toMatchObject({ upstream: { delete: 'not_found', http_status: 404 } })
    expect(entry?.actor_ref).toBe('client:app')
  })

  it('retries 429 (honouring Retry-After), 500, 503 and resets, then succeeds', async () => {
    const [id] = await tracked('user:bob')
    if (!id) throw new Error('seed')
    await emu.faults('500=1x,reset=1x,503=1x,429=1x,retry_after=1')
    const started = Date.now()
    const receipt = await engine.eraseTranscript(id, { actor: 'user:bob', reason: 'gdpr_erasure' })
    expect(receipt.upstream).toBe('deleted')
    expect(Date.now() - started).toBeGreaterThanOrEqual(900) // the 429's Retry-After was waited out
    const methods = (await emu.requests()).filter((r) => r.path.endsWith(id)).map((r) => `${r.method} ${r.status ?? 'reset'}`)
    expect(methods.filter((m) => m.startsWith('DELETE')).length).toBeGreaterThanOrEqual(2)
    expect((await ledgerRows())).toHaveLength(1)
  })

  it('records a permanent failure with its reason, writes no ledger entry, and can be retried', async () => {
    const [id] = await tracked('user:carol')
    if (!id) throw new Error('seed')
    await emu.faults('400=1x')
    await expect(engine.eraseTranscript(id, { actor: 'user:carol', reason: 'owner_request' })).rejects.toThrow(UpstreamError)
    const job = await ts.store.db.selectFrom('erasure_jobs').selectAll().where('transcript_id', '=', id).executeTakeFirstOrThrow()
    expect(job.state).toBe('failed')
    expect(job.last_error).toMatch(/upstream 400/)
    expect(await ledgerRows()).toHaveLength(0)
    const row = await ts.store.db.selectFrom('transcripts').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    expect(row.deleted_at).toBeNull()

    const receipt = await engine.eraseTranscript(id, { actor: 'user:carol', reason: 'owner_request' })
    expect(receipt.upstream).toBe('deleted')
    expect(await ledgerRows()).toHaveLength(1)
  })

  it('gives up after maxAttempts on persistent 503s and says why', async () => {
    const [id] = await tracked('user:dan')
    if (!id) throw new Error('seed')
    await emu.faults('503=1,retry_after=0')
    await expect(engine.eraseTranscript(id, { actor: 'user:dan', reason: 'owner_request' })).rejects.toThrow(/gave up after 6 attempts/)
  })

  it('stops at once on 401 (a wrong key) without burning attempts', async () => {
    const [id] = await tracked('user:erin')
    if (!id) throw new Error('seed')
    const wrongKey = createErasureEngine({ store: ts.store, upstream: fetchUpstream(emu.emulator.restUrl, randomBytes(16).toString('hex')), ledger, options: FAST })
    await expect(wrongKey.eraseTranscript(id, { actor: 'user:erin', reason: 'owner_request' })).rejects.toMatchObject({ upstreamStatus: 401 })
    const job = await ts.store.db.selectFrom('erasure_jobs').selectAll().where('transcript_id', '=', id).executeTakeFirstOrThrow()
    expect(job).toMatchObject({ state: 'due', attempts: 0, lease_holder: null })
  })

  it('erases everything one owner has (GDPR Art. 17) and records the request', async () => {
    const alice = await tracked('user:alice', 5)
    const bob = await tracked('user:bob', 2)
    const summary = await engine.eraseOwner('user:alice', { actor: 'cli:erase', reason: 'gdpr_erasure' })
    expect(summary).toMatchObject({ owner_ref: engine.ownerRef('user:alice'), total: 5, deleted: 5, alreadyGone: 0, failed: 0 })
    for (const id of alice) expect((await emu.upstream.getTranscript(id)).audio_url).toBe('http://deleted_by_user')
    for (const id of bob) expect((await emu.upstream.getTranscript(id)).audio_url).not.toBe('http://deleted_by_user')
    const entries = await ledgerRows()
    expect(entries.filter((e) => e.action === 'transcript_erased').map((e) => e.subject).sort()).toEqual([...alice].sort())
    const request = entries.find((e) => e.action === 'owner_erased')
    expect(request).toMatchObject({ subject: summary.request, owner_ref: summary.owner_ref, reason: 'gdpr_erasure' })
    expect(JSON.parse(request?.evidence ?? '{}')).toEqual({ transcripts: 5, deleted: 5, already_gone: 0, failed: 0 })
    // A second request finds nothing left but is itself recorded.
    const second = await engine.eraseOwner('user:alice', { actor: 'cli:erase', reason: 'gdpr_erasure' })
    expect(second.total).toBe(0)
    expect((await ledger.verify()).ok).toBe(true)
    const receipts = await ledger.exportReceipts({ owner: 'user:alice' })
    expect(receipts.receipts).toHaveLength(7)
  })
})
