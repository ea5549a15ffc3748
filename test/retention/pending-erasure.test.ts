/**
 * Erasing a transcript AssemblyAI is still queueing or processing: DELETE is refused (undocumented
 * upstream; the emulator answers 400), so the erasure is accepted, withheld and recorded as
 * pending, waits (bounded) for the transcript to finish, and is erased and entered in the ledger
 * exactly once when it does. Time is moved, not waited for: the emulator and the engine share a
 * clock with an offset.
 */
import { randomBytes } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createLedger, type Ledger } from '../../src/ledger/index.js'
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js'
import { createErasureEngine, startRetentionScheduler, type ErasureEngine } from '../../src/retention/index.js'
import { isWithdrawn } from '../../src/store/index.js'
import { DEFAULT_SPEECH_MODELS } from '../../src/transcripts/transcript-request-schema.js'
import { createAssemblyAIClient } from '../../src/upstream/index.js'
import { openTestStore, storeDialects, type TestStore } from '../setup/test-stores.js'
import { daysAgo, FAST_ENGINE, insertTracked, newLedgerKeyPem } from './helpers/retention-fixture.js'

const MINUTE = 60_000

async function waitUntil(probe: () => Promise<boolean>, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await probe())) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((r) => setTimeout(r, 25))
  }
}
const FAST = { ...FAST_ENGINE, awaitPollMs: MINUTE, maxAwaitCompletionMs: 24 * 60 * MINUTE }

describe.each(storeDialects())('erasing an unfinished transcript on %s', (dialect) => {
  let emulator: RunningEmulator
  let apiKey: string
  let ts: TestStore
  let ledger: Ledger
  let engine: ErasureEngine
  const offset = { ms: 0 }
  const now = (): number => Date.now() + offset.ms

  beforeEach(async () => {
    offset.ms = 0
    apiKey = randomBytes(16).toString('hex')
    // Transcripts take 10 minutes (of the shared clock) to finish.
    emulator = await startEmulator({ port: 0, apiKeys: [apiKey], now, processingDelayMs: 10 * MINUTE, requestLogCapacity: 10_000 })
    ts = await openTestStore(dialect)
    ledger = createLedger({ store: ts.store, privateKey: newLedgerKeyPem(), clock: () => new Date(now()) })
    engine = createErasureEngine({ store: ts.store, upstream: client(), ledger, clock: () => new Date(now()), options: FAST })
  })
  afterEach(async () => {
    await ts.dispose()
    await emulator.close()
  })

  const client = () => createAssemblyAIClient({ apiKey: () => apiKey, baseUrl: emulator.restUrl, maxRetries: 0, timeoutMs: 10_000 })
  const requestsFor = async (id: string) => {
    const res = await fetch(`${emulator.restUrl}/__emulator/requests`, { headers: { authorization: apiKey } })
    const { requests } = (await res.json()) as { requests: Array<{ method: string; path: string; status: number }> }
    return requests.filter((r) => r.path === `/v2/transcript/${id}`).map((r) => `${r.method} ${r.status}`)
  }
  const job = (id: string) => ts.store.db.selectFrom('erasure_jobs').selectAll().where('transcript_id', '=', id).executeTakeFirstOrThrow()
  const row = (id: string) => ts.store.db.selectFrom('transcripts').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
  const entries = () => ts.store.db.selectFrom('ledger_entries').selectAll().orderBy('seq').execute()

  async function submitted(owner: string): Promise<string> {
    const created = await client().createTranscript({ audio_url: 'https://cdn.example/call.wav', speech_models: [...DEFAULT_SPEECH_MODELS] })
    await insertTracked(ts.store, [created.id], { owner, created: new Date(now()), retentionDays: 30 })
    await ts.store.db.updateTable('transcripts').set({ status: 'queued' }).where('id', '=', created.id).execute()
    return created.id
  }

  it('accepts and withholds at once, waits without failing, and erases once when the transcript finishes', async () => {
    const id = await submitted('user:alice')
    const receipt = await engine.eraseTranscript(id, { actor: 'user:alice', reason: 'owner_request' })
    expect(receipt).toMatchObject({ id, upstream: 'pending_completion', local: 'withheld', deleted_at: null, ledger: null })
    if (receipt.upstream !== 'pending_completion') throw new Error('expected a pending receipt')
    expect(Date.parse(receipt.next_check_at) - now()).toBeGreaterThan(MINUTE - 5000)
    expect(Date.parse(receipt.gives_up_at) - Date.parse(receipt.requested_at)).toBeGreaterThanOrEqual(24 * 60 * MINUTE - 5000)

    // Withheld from its owner from the moment of the request; nothing erased or recorded yet.
    const requested = await row(id)
    expect(requested.erasure_requested_at).not.toBeNull()
    expect(requested.deleted_at).toBeNull()
    expect(isWithdrawn(requested)).toBe(true)
    expect(await job(id)).toMatchObject({ state: 'awaiting_completion', attempts: 0, lease_holder: null, last_error: null })
    expect(await entries()).toHaveLength(0)
    // DELETE refused (still queued), then one GET to learn why.
    expect(await requestsFor(id)).toEqual(['DELETE 400', 'GET 200'])

    // Asking again before the next check costs no upstream request.
    expect((await engine.eraseTranscript(id, { actor: 'user:alice', reason: 'owner_request' })).upstream).toBe('pending_completion')
    // A sweep does not wait for it, and does not count it as failed.
    const started = Date.now()
    const sweep = await engine.sweep({})
    expect(Date.now() - started).toBeLessThan(5000)
    expect(sweep).toMatchObject({ deleted: 0, failed: 0, awaitingCompletion: 1 })
    expect(await requestsFor(id)).toHaveLength(2)

    // A minute later it is still processing: the next sweep checks once and keeps waiting.
    offset.ms += MINUTE + 1000
    expect(await engine.sweep({})).toMatchObject({ deleted: 0, failed: 0, awaitingCompletion: 1 })
    expect(await requestsFor(id)).toEqual(['DELETE 400', 'GET 200', 'GET 200'])
    expect((await job(id)).attempts).toBe(0)

    // It finishes; its completion webhook wakes the erasure, which runs at once.
    offset.ms += 10 * MINUTE
    const done = await engine.resumeErasure(id)
    expect(done).toMatchObject({ id, upstream: 'deleted', local: 'purged' })
    // Woken: one GET sees it completed, then DELETE and the tombstone check.
    expect((await requestsFor(id)).slice(3)).toEqual(['GET 200', 'DELETE 200', 'GET 200'])
    expect((await client().getTranscript(id)).audio_url).toBe('http://deleted_by_user')
    const [entry, ...more] = await entries()
    expect(more).toHaveLength(0)
    expect(entry).toMatchObject({ action: 'transcript_erased', subject: id, reason: 'owner_request' })
    const evidence = JSON.parse(entry?.evidence ?? '{}') as Record<string, unknown>
    expect(evidence).toMatchObject({ requested_at: requested.erasure_requested_at, upstream: { delete: 'deleted', http_status: 200 } })
    expect(Date.parse(String(evidence['awaited_completion_since'])) - Date.parse(requested.erasure_requested_at ?? '')).toBeLessThan(5000)
    expect(await row(id)).toMatchObject({ status: 'deleted', owner: engine.ownerRef('user:alice') })

    // Exactly once, whatever asks again.
    expect(await engine.resumeErasure(id)).toBeUndefined()
    expect((await engine.eraseTranscript(id, { actor: 'user:alice', reason: 'owner_request' })).upstream).toBe('already_deleted')
    expect((await engine.sweep({})).deleted).toBe(0)
    expect(await entries()).toHaveLength(1)
    expect((await ledger.verify()).ok).toBe(true)
  })

  it('without a webhook, a later sweep finds it finished and erases it', async () => {
    const id = await submitted('client:app')
    expect((await engine.eraseTranscript(id, { actor: 'client:app', reason: 'owner_request' })).upstream).toBe('pending_completion')
    offset.ms += 11 * MINUTE
    expect(await engine.sweep({})).toMatchObject({ deleted: 1, failed: 0, awaitingCompletion: 0 })
    expect(await entries()).toHaveLength(1)
  })

  it('the completion wake-up leaves a job another worker holds to that worker instead of waiting for it', async () => {
    const id = await submitted('client:app')
    expect((await engine.eraseTranscript(id, { actor: 'client:app', reason: 'owner_request' })).upstream).toBe('pending_completion')
    offset.ms += 11 * MINUTE
    await ts.store.db
      .updateTable('erasure_jobs')
      .set({ lease_holder: 'other-instance', lease_until: new Date(now() + MINUTE).toISOString() })
      .where('transcript_id', '=', id)
      .execute()
    const started = Date.now()
    expect(await engine.resumeErasure(id)).toBeUndefined()
    expect(Date.now() - started).toBeLessThan(2000)
    expect(await requestsFor(id)).toHaveLength(2)
    expect(await entries()).toHaveLength(0)
  })

  it('between sweeps, the scheduler checks waiting erasures and erases those that finished', async () => {
    const id = await submitted('client:app')
    const other = await submitted('client:app')
    expect((await engine.eraseTranscript(id, { actor: 'client:app', reason: 'owner_request' })).upstream).toBe('pending_completion')
    expect((await engine.eraseTranscript(other, { actor: 'client:app', reason: 'owner_request' })).upstream).toBe('pending_completion')
    // Not due for a check yet: nothing is sent.
    expect(await engine.followUpPending()).toBe(0)
    expect(await requestsFor(id)).toHaveLength(2)
    // Both finished; no webhook came. A cron that never fires in this test: only the follow-up runs.
    offset.ms += 11 * MINUTE
    const scheduler = startRetentionScheduler({ engine, schedule: '0 0 1 1 *', followUpEveryMs: 50 })
    try {
      await waitUntil(async () => (await entries()).length === 2)
    } finally {
      await scheduler.stop()
    }
    expect((await entries()).map((e) => e.subject).sort()).toEqual([id, other].sort())
    expect(await ts.store.db.selectFrom('erasure_jobs').select('state').distinct().execute()).toEqual([{ state: 'recorded' }])
  })

  it('stops waiting after maxAwaitCompletionMs and reports the failure, every sweep, without spinning', async () => {
    // Seeded as processing for good (a transcript AssemblyAI never finishes), due by retention.
    const res = await fetch(`${emulator.restUrl}/__emulator/transcripts`, {
      method: 'POST',
      headers: { authorization: apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ count: 1, created: daysAgo(40, now()).toISOString(), status: 'processing' }),
    })
    const [id] = ((await res.json()) as { ids: string[] }).ids
    if (!id) throw new Error('seed')
    await insertTracked(ts.store, [id], { owner: 'user:bob', created: daysAgo(40, now()), retentionDays: 30 })

    expect(await engine.sweep({})).toMatchObject({ due: 1, deleted: 0, failed: 0, awaitingCompletion: 1 })
    expect((await row(id)).erasure_requested_at).not.toBeNull()
    // Hourly checks for a day: each is one GET, none is a failure.
    for (let hour = 1; hour < 24; hour++) {
      offset.ms += 60 * MINUTE
      expect(await engine.sweep({})).toMatchObject({ failed: 0, awaitingCompletion: 1 })
    }
    expect((await requestsFor(id)).filter((r) => r === 'GET 200')).toHaveLength(24)
    offset.ms += 60 * MINUTE + 1000
    const late = await engine.sweep({})
    expect(late).toMatchObject({ failed: 1, awaitingCompletion: 0 })
    expect(late.failures[0]?.reason).toMatch(/still reports the transcript as processing 24 h after/)
    expect(await job(id)).toMatchObject({ state: 'failed' })
    // The next sweep reports it again after one DELETE and one GET, instead of waiting another day.
    const before = (await requestsFor(id)).length
    expect(await engine.sweep({})).toMatchObject({ failed: 1 })
    expect((await requestsFor(id)).slice(before)).toEqual(['DELETE 400', 'GET 200'])
    // Still withheld from its owner; nothing in the ledger.
    expect(isWithdrawn(await row(id))).toBe(true)
    expect(await entries()).toHaveLength(0)
  })
})
