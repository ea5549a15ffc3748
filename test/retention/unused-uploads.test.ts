/**
 * Uploads no transcript used: AssemblyAI deletes them 24 h after upload and has no API to delete
 * one, so the sweep removes the local record of those past 24 h and says so in the ledger, once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Ledger } from '../../src/ledger/index.js'
import type { ErasureEngine } from '../../src/retention/index.js'
import { createUploadsRepository, uploadUrlHash } from '../../src/store/index.js'
import { storeDialects, type TestStore } from '../setup/test-stores.js'
import { startEmulatorFixture, type EmulatorFixture } from './helpers/emulator-upstream.js'
import { daysAgo, FAST_ENGINE, insertTracked, openErasureRig } from './helpers/retention-fixture.js'

const HOUR = 3_600_000
const FAST = FAST_ENGINE

describe.each(storeDialects())('unused uploads on %s', (dialect) => {
  let emu: EmulatorFixture
  let ts: TestStore
  let ledger: Ledger
  let engine: ErasureEngine

  beforeEach(async () => {
    emu = await startEmulatorFixture()
    ;({ ts, ledger, engine } = await openErasureRig(dialect, emu.upstream, FAST))
  })
  afterEach(async () => {
    await ts.dispose()
    await emu.close()
  })

  it('removes the record of uploads unused after 24 h with one ledger entry each, and keeps the rest', async () => {
    const uploads = createUploadsRepository(ts.store.db)
    const url = (n: number) => `https://cdn.example/upload/secret-token-${n}/file`
    const at = (msAgo: number) => new Date(Date.now() - msAgo).toISOString()
    await uploads.record({ uploadUrl: url(1), owner: 'user:alice', at: at(25 * HOUR), bytes: 1000 }) // unused, expired
    await uploads.record({ uploadUrl: url(2), owner: 'user:alice', at: at(2 * HOUR), bytes: 1000 }) // unused, young
    await uploads.record({ uploadUrl: url(3), owner: 'user:bob', at: at(48 * HOUR), bytes: 1000 }) // used by a young transcript
    const [young] = await emu.seed(1, daysAgo(1))
    if (!young) throw new Error('seed')
    await insertTracked(ts.store, [young], { owner: 'user:bob', created: daysAgo(1), retentionDays: 30 })
    expect(await uploads.linkToTranscript(url(3), young, at(47 * HOUR))).toBe(true)
    // Only the gateway's own uploads are linked.
    expect(await uploads.linkToTranscript('https://elsewhere.example/a.wav', young, at(0))).toBe(false)

    expect((await engine.sweep({ dryRun: true })).expiredUploads).toBe(1)
    const summary = await engine.sweep({})
    expect(summary).toMatchObject({ due: 0, deleted: 0, expiredUploads: 1 })
    const left = await ts.store.db.selectFrom('uploads').select('url_hash').orderBy('url_hash').execute()
    expect(left.map((r) => r.url_hash)).toEqual([uploadUrlHash(url(2)), uploadUrlHash(url(3))].sort())

    const entries = await ts.store.db.selectFrom('ledger_entries').selectAll().execute()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ action: 'upload_purged', subject: `upload:${uploadUrlHash(url(1))}`, reason: 'retention', owner_ref: engine.ownerRef('user:alice') })
    expect(JSON.parse(entries[0]?.evidence ?? '{}')).toMatchObject({ upstream: { state: 'expired_upstream', deletable: false }, local: { uploads_rows_removed: 1 } })
    expect(JSON.stringify(entries)).not.toContain('secret-token')
    expect(JSON.stringify(entries)).not.toContain('alice')

    // Nothing twice; the used upload goes with its transcript's erasure.
    expect((await engine.sweep({})).expiredUploads).toBe(0)
    await engine.eraseTranscript(young, { actor: 'user:bob', reason: 'owner_request' })
    expect(await ts.store.db.selectFrom('uploads').select('url_hash').execute()).toEqual([{ url_hash: uploadUrlHash(url(2)) }])
    const erased = await ts.store.db.selectFrom('ledger_entries').select('evidence').where('subject', '=', young).executeTakeFirstOrThrow()
    expect(JSON.parse(erased.evidence)).toMatchObject({ local: { uploads_rows_purged: 1 }, provider_asserted: { uploaded_audio: expect.any(String) } })
    expect((await ledger.verify()).ok).toBe(true)
  })
})
