import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ConflictError, StoreError } from '../../src/errors.js'
import { precompile } from '../../src/store/precompiled-query.js'
import { ENQUEUE_BATCH_LIMIT } from '../../src/store/webhook-deliveries-repository.js'
import type { AuditEventRow } from '../../src/store/database.js'
import {
  AUDIT_BATCH_LIMIT,
  createWebhookDeliveriesRepository,
  createAuditEventsRepository,
  createClientsRepository,
  createKeyFingerprintsRepository,
  createStore,
  createTranscriptsRepository,
  createFinishedTranscriptsRepository,
} from '../../src/store/index.js'
import { openTestStore, storeDialects, type TestStore } from '../setup/test-stores.js'

for (const dialect of storeDialects()) {
  describe(`store on ${dialect}`, () => {
    let t: TestStore
    beforeEach(async () => {
      t = await openTestStore(dialect)
    })
    afterEach(async () => {
      await t.dispose()
    })

    it('migrates idempotently and answers ping', async () => {
      await t.store.migrate()
      await expect(t.store.ping()).resolves.toBeUndefined()
    })

    it('stores clients by key hash, refuses duplicate names, revokes', async () => {
      const clients = createClientsRepository(t.store.db)
      const row = {
        id: 'c1', name: 'backend', key_hash: 'h1', key_prefix: 'vgk_abcd', origins: '[]',
        max_token_ttl_seconds: 120, rate_per_minute: 60, created_at: '2026-01-01T00:00:00.000Z', revoked_at: null,
      }
      await clients.insert(row)
      await expect(clients.insert({ ...row, id: 'c2', key_hash: 'h2' })).rejects.toBeInstanceOf(ConflictError)
      expect((await clients.findActiveByKeyHash('h1'))?.name).toBe('backend')
      expect(await clients.countActive()).toBe(1)
      expect(await clients.revoke('backend', '2026-01-02T00:00:00.000Z')).toBe(true)
      expect(await clients.revoke('backend', '2026-01-02T00:00:00.000Z')).toBe(false)
      expect(await clients.findActiveByKeyHash('h1')).toBeUndefined()
      expect((await clients.list()).map((c) => c.revoked_at)).toEqual(['2026-01-02T00:00:00.000Z'])
    })

    it('scopes transcripts to their owner and pages newest first', async () => {
      const transcripts = createTranscriptsRepository(t.store.db)
      for (let i = 0; i < 5; i++) {
        await transcripts.insert({
          id: `t${i}`, owner: i === 4 ? 'user:bob' : 'user:alice', created_at: `2026-01-0${i + 1}T00:00:00.000Z`,
          delete_after: '2026-02-01T00:00:00.000Z', status: 'queued', webhook_secret_hash: 'x', policy: '{}',
          safety_verdict: null, pii_verdict: null, updated_at: '2026-01-01T00:00:00.000Z', deleted_at: null,
        })
      }
      expect(await transcripts.findOwned('t4', 'user:alice')).toBeUndefined()
      expect((await transcripts.findOwned('t1', 'user:alice'))?.id).toBe('t1')
      const first = await transcripts.listOwned('user:alice', 3)
      expect(first.rows.map((r) => r.id)).toEqual(['t3', 't2', 't1'])
      expect(first.nextCursor).not.toBeNull()
      const second = await transcripts.listOwned('user:alice', 3, first.nextCursor ?? undefined)
      expect(second.rows.map((r) => r.id)).toEqual(['t0'])
      expect(second.nextCursor).toBeNull()
      expect((await transcripts.listOwned('user:alice', 3, 'garbage')).rows).toHaveLength(3)
      await transcripts.update('t1', { status: 'completed', safety_verdict: '{"action":"allow"}' })
      expect((await transcripts.findById('t1'))?.status).toBe('completed')
    })

    it('looks up the webhook refs asked for together in one query, each answered with its own row', async () => {
      const transcripts = createTranscriptsRepository(t.store.db)
      const at = '2026-01-01T00:00:00.000Z'
      for (const i of [1, 2, 3]) {
        await transcripts.insert({ id: `w${i}`, owner: 'client:a', created_at: at, delete_after: at, status: 'queued', webhook_secret_hash: `hash-${i}`, webhook_ref: `ref-${i}`, policy: '{}', safety_verdict: null, pii_verdict: null, updated_at: at, deleted_at: null })
      }
      // the same ref twice, an unknown one, and more than one query's worth
      const refs = ['ref-2', 'ref-1', 'ref-2', 'ref-unknown', 'ref-3', ...Array.from({ length: 70 }, (_, i) => `ref-${(i % 3) + 1}`)]
      const found = await Promise.all(refs.map((ref) => transcripts.findByWebhookRef(ref)))
      expect(found.slice(0, 5)).toEqual([
        { id: 'w2', webhook_secret_hash: 'hash-2' },
        { id: 'w1', webhook_secret_hash: 'hash-1' },
        { id: 'w2', webhook_secret_hash: 'hash-2' },
        undefined,
        { id: 'w3', webhook_secret_hash: 'hash-3' },
      ])
      expect(found.slice(5).map((r) => r?.id)).toEqual(Array.from({ length: 70 }, (_, i) => `w${(i % 3) + 1}`))
      // a lone lookup (the precompiled query)
      expect(await transcripts.findByWebhookRef('ref-3')).toEqual({ id: 'w3', webhook_secret_hash: 'hash-3' })
      expect(await transcripts.findByWebhookRef('ref-none')).toBeUndefined()
    })

    it('records a finished transcript, its app event and its delivery together, and nothing for a withdrawn one', async () => {
      const transcripts = createTranscriptsRepository(t.store.db)
      const deliveries = createWebhookDeliveriesRepository(t.store.db, dialect)
      const finished = createFinishedTranscriptsRepository(t.store.db)
      const at = '2026-01-01T00:00:00.000Z'
      for (const id of ['f1', 'f2', 'f3', 'f4']) {
        await transcripts.insert({ id, owner: 'client:a', created_at: at, delete_after: at, status: 'queued', webhook_secret_hash: 'h', webhook_ref: `ref-${id}`, policy: '{}', safety_verdict: null, pii_verdict: null, updated_at: at, deleted_at: null })
        await deliveries.enqueue(id, 'completed', at)
      }
      const claimed = await deliveries.claim(10, at, '2026-01-01T00:01:00.000Z')
      const delivery = (id: string) => claimed.find((d) => d.transcript_id === id)?.id ?? -1
      await transcripts.update('f3', { erasure_requested_at: at })
      const verdicts = { status: 'completed', safety_verdict: '{"action":"flag"}', pii_verdict: '{"status":"clean"}', updated_at: '2026-01-03T00:00:00.000Z' }
      const event = (id: string) => ({ id: `msg_${id}`, type: 'transcript.completed', payload: `{"transcript_id":"${id}"}`, created_at: '2026-01-03T00:00:00.000Z' })
      // finishing together: one transaction
      const kept = await Promise.all([
        finished.record({ transcriptId: 'f1', verdicts, event: event('f1'), delivery: { id: delivery('f1'), doneAt: '2026-01-03T00:00:01.000Z' } }),
        finished.record({ transcriptId: 'f2', verdicts, delivery: { id: delivery('f2'), doneAt: '2026-01-03T00:00:02.000Z' } }),
        finished.record({ transcriptId: 'f3', verdicts, event: event('f3'), delivery: { id: delivery('f3'), doneAt: '2026-01-03T00:00:02.000Z' } }),
        finished.record({ transcriptId: 'nope', verdicts, event: event('nope') }),
      ])
      expect(kept).toEqual([true, true, false, false])
      expect(await transcripts.findById('f1')).toMatchObject(verdicts)
      expect(await transcripts.findById('f2')).toMatchObject(verdicts)
      // withdrawn meanwhile: no verdicts, no event, the delivery left queued for the caller
      expect(await transcripts.findById('f3')).toMatchObject({ status: 'queued', safety_verdict: null, pii_verdict: null })
      expect((await t.store.db.selectFrom('outbound_events').select(['id', 'state']).execute())).toEqual([{ id: 'msg_f1', state: 'pending' }])
      const states = await t.store.db.selectFrom('webhook_deliveries').select(['transcript_id', 'state', 'done_at']).orderBy('transcript_id').execute()
      expect(states).toEqual([
        { transcript_id: 'f1', state: 'done', done_at: '2026-01-03T00:00:02.000Z' },
        { transcript_id: 'f2', state: 'done', done_at: '2026-01-03T00:00:02.000Z' },
        { transcript_id: 'f3', state: 'queued', done_at: null },
        { transcript_id: 'f4', state: 'queued', done_at: null },
      ])
    })

    it('writes none of a finished transcript when its transaction fails', async () => {
      const transcripts = createTranscriptsRepository(t.store.db)
      const finished = createFinishedTranscriptsRepository(t.store.db)
      const at = '2026-01-01T00:00:00.000Z'
      await transcripts.insert({ id: 'g1', owner: 'client:a', created_at: at, delete_after: at, status: 'queued', webhook_secret_hash: 'h', webhook_ref: 'ref-g1', policy: '{}', safety_verdict: null, pii_verdict: null, updated_at: at, deleted_at: null })
      const verdicts = { status: 'completed', safety_verdict: '{"action":"allow"}', pii_verdict: '{"status":"clean"}', updated_at: at }
      // an event the database refuses (NOT NULL payload): the verdicts written before it are rolled back
      const bad = { id: 'msg_bad', type: 'transcript.completed', payload: null as unknown as string, created_at: at }
      await expect(finished.record({ transcriptId: 'g1', verdicts, event: bad })).rejects.toThrow()
      expect(await transcripts.findById('g1')).toMatchObject({ status: 'queued', safety_verdict: null })
      expect(await t.store.db.selectFrom('outbound_events').selectAll().execute()).toEqual([])
    })

    it('appends audit events in order', async () => {
      const audit = createAuditEventsRepository(t.store.db)
      await audit.append({ at: '2026-01-01T00:00:00.000Z', action: 'token.issued', principal: 'client:a', requestId: 'req-1', target: 't-1', outcome: 'success', details: { ttl: 60 } })
      await audit.append({ at: '2026-01-01T00:00:01.000Z', action: 'auth.failed', principal: 'anonymous', outcome: 'denied' })
      const events = await audit.list()
      expect(events.map((e) => e.action)).toEqual(['token.issued', 'auth.failed'])
      expect(JSON.parse(events[0]?.details ?? '{}')).toEqual({ ttl: 60 })
      expect(events[0]).toMatchObject({ at: '2026-01-01T00:00:00.000Z', principal: 'client:a', request_id: 'req-1', target: 't-1', outcome: 'success' })
      expect(events[1]).toMatchObject({ principal: 'anonymous', request_id: null, target: null, outcome: 'denied', details: null })
      expect(await audit.list({ action: 'auth.failed' })).toHaveLength(1)
    })

    it('writes concurrent audit events together, each in its order, and more than one batch holds', async () => {
      const audit = createAuditEventsRepository(t.store.db)
      const count = AUDIT_BATCH_LIMIT * 2 + 5
      await Promise.all(
        Array.from({ length: count }, (_, i) => audit.append({ at: `2026-01-01T00:00:00.${String(i).padStart(3, '0')}Z`, action: 'token.issued', principal: `client:c${i}`, outcome: 'success' })),
      )
      const events = await audit.list()
      expect(events.map((e) => e.principal)).toEqual(Array.from({ length: count }, (_, i) => `client:c${i}`))
    })

    it('rejects every append of a batch that cannot be written, and keeps working afterwards', async () => {
      const audit = createAuditEventsRepository(t.store.db)
      // A NOT NULL column given null: the database refuses the row, so the whole batch fails.
      const bad = { at: null as unknown as string, action: 'token.issued', principal: 'client:a', outcome: 'success' as const }
      const results = await Promise.allSettled([audit.append(bad), audit.append({ ...bad, at: '2026-01-01T00:00:00.000Z' })])
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected'])
      await audit.append({ at: '2026-01-01T00:00:01.000Z', action: 'auth.failed', principal: 'anonymous', outcome: 'denied' })
      expect((await audit.list()).map((e) => e.action)).toEqual(['auth.failed'])
    })

    it('runs a precompiled query with values bound by name, whatever order they appear in', async () => {
      const audit = createAuditEventsRepository(t.store.db)
      await audit.append({ at: '2026-01-01T00:00:00.000Z', action: 'a', principal: 'p1', outcome: 'success' })
      await audit.append({ at: '2026-01-01T00:00:01.000Z', action: 'b', principal: 'p2', outcome: 'denied' })
      await audit.append({ at: '2026-01-01T00:00:02.000Z', action: 'b', principal: 'p1', outcome: 'denied' })
      const query = precompile<'principal' | 'action', AuditEventRow>(t.store.db, (value) =>
        t.store.db.selectFrom('audit_events').selectAll().where('action', '=', value('action')).where('outcome', '=', 'denied').where('principal', '=', value('principal')),
      )
      expect((await query({ principal: 'p1', action: 'b' })).rows.map((r) => r.at)).toEqual(['2026-01-01T00:00:02.000Z'])
      expect((await query({ action: 'b', principal: 'p2' })).rows.map((r) => r.at)).toEqual(['2026-01-01T00:00:01.000Z'])
      expect((await query({ action: 'a', principal: 'p1' })).rows).toEqual([]) // 'a' was a success: the constant is kept
    })

    it('queues concurrent webhook deliveries together, each (transcript, event) exactly once', async () => {
      const deliveries = createWebhookDeliveriesRepository(t.store.db, dialect)
      const at = '2026-01-01T00:00:00.000Z'
      // Two identical deliveries in one batch: the first is fresh, the second a duplicate.
      const first = await Promise.all([deliveries.enqueue('t1', 'completed', at), deliveries.enqueue('t1', 'completed', at), deliveries.enqueue('t2', 'completed', at), deliveries.enqueue('t1', 'redacted_audio_ready', at)])
      expect(first).toEqual([true, false, true, true])
      const many = await Promise.all(Array.from({ length: ENQUEUE_BATCH_LIMIT * 2 + 3 }, (_, i) => deliveries.enqueue(`t${i % 100}`, 'completed', at)))
      expect(many.filter(Boolean)).toHaveLength(98) // t0..t99 less the two already queued
      expect(await deliveries.counts()).toEqual({ queued: 101 })
      const claimed = await deliveries.claim(500, at, '2026-01-01T00:01:00.000Z')
      expect(claimed).toHaveLength(101)
      await deliveries.complete(claimed[0]?.id ?? -1, at)
      expect(await deliveries.counts()).toEqual({ queued: 100, done: 1 })
      // finished together: one statement marks them all done, at the latest of their times
      await Promise.all(claimed.slice(1, 4).map((d, i) => deliveries.complete(d.id, `2026-01-01T00:00:0${i + 1}.000Z`)))
      expect(await deliveries.counts()).toEqual({ queued: 97, done: 4 })
      const doneAt = await t.store.db.selectFrom('webhook_deliveries').select('done_at').where('id', 'in', claimed.slice(1, 4).map((d) => d.id)).execute()
      expect(doneAt.map((r) => r.done_at)).toEqual(Array(3).fill('2026-01-01T00:00:03.000Z'))
    })

    it('releases claimed deliveries that never started: claimable again at once, the attempt not counted', async () => {
      const deliveries = createWebhookDeliveriesRepository(t.store.db, dialect)
      const at = '2026-01-01T00:00:00.000Z'
      await Promise.all(['r1', 'r2', 'r3'].map((id) => deliveries.enqueue(id, 'completed', at)))
      const claimed = await deliveries.claim(10, at, '2026-01-01T00:01:00.000Z')
      expect(claimed.map((d) => d.attempts)).toEqual([1, 1, 1])
      expect(await deliveries.claim(10, at, '2026-01-01T00:01:00.000Z')).toEqual([])
      await deliveries.complete(claimed[0]?.id ?? -1, at)
      await deliveries.release(claimed.map((d) => d.id))
      // the done one stays done; the other two are back, with their attempt given back
      const again = await deliveries.claim(10, at, '2026-01-01T00:01:00.000Z')
      expect(again.map((d) => d.transcript_id).sort()).toEqual(['r2', 'r3'])
      expect(again.map((d) => d.attempts)).toEqual([1, 1])
      expect(await deliveries.counts()).toEqual({ queued: 2, done: 1 })
    })

    it('claims each delivery with its transcript row as it stands (null when there is none)', async () => {
      const deliveries = createWebhookDeliveriesRepository(t.store.db, dialect)
      const transcripts = createTranscriptsRepository(t.store.db)
      const at = '2026-01-01T00:00:00.000Z'
      const row = { owner: 'user:alice', created_at: at, delete_after: at, status: 'queued', webhook_secret_hash: 'x', policy: '{}', safety_verdict: null, pii_verdict: null, updated_at: at, deleted_at: null }
      await transcripts.insert({ ...row, id: 'live' })
      await transcripts.insert({ ...row, id: 'erasing', owner: 'user:bob' })
      await transcripts.update('erasing', { erasure_requested_at: '2026-01-01T00:00:05.000Z' })
      await transcripts.insert({ ...row, id: 'gone', deleted_at: '2026-01-01T00:00:06.000Z' })
      for (const id of ['live', 'erasing', 'gone', 'unknown']) await deliveries.enqueue(id, 'completed', at)
      const claimed = await deliveries.claim(10, at, '2026-01-01T00:01:00.000Z')
      expect(Object.fromEntries(claimed.map((d) => [d.transcript_id, d.transcript]))).toEqual({
        live: { owner: 'user:alice', deleted_at: null, erasure_requested_at: null },
        erasing: { owner: 'user:bob', deleted_at: null, erasure_requested_at: '2026-01-01T00:00:05.000Z' },
        gone: { owner: 'user:alice', deleted_at: '2026-01-01T00:00:06.000Z', erasure_requested_at: null },
        unknown: null,
      })
      expect(claimed.map((d) => d.attempts)).toEqual([1, 1, 1, 1])
    })

    it('claims in two transactions at once without handing out a delivery twice (the join locks only the deliveries)', async () => {
      const deliveries = createWebhookDeliveriesRepository(t.store.db, dialect)
      const transcripts = createTranscriptsRepository(t.store.db)
      const at = '2026-01-01T00:00:00.000Z'
      const ids = Array.from({ length: 40 }, (_, i) => `c${i}`)
      for (const id of ids) {
        await transcripts.insert({ id, owner: 'user:alice', created_at: at, delete_after: at, status: 'queued', webhook_secret_hash: 'x', policy: '{}', safety_verdict: null, pii_verdict: null, updated_at: at, deleted_at: null })
      }
      await Promise.all(ids.map((id) => deliveries.enqueue(id, 'completed', at)))
      const [a, b] = await Promise.all([deliveries.claim(25, at, '2026-01-01T00:01:00.000Z'), deliveries.claim(25, at, '2026-01-01T00:01:00.000Z')])
      const handedOut = [...(a ?? []), ...(b ?? [])].map((d) => d.transcript_id)
      expect(new Set(handedOut).size).toBe(handedOut.length)
      expect(handedOut.length).toBeGreaterThanOrEqual(25)
      expect(a?.every((d) => d.transcript?.owner === 'user:alice')).toBe(true)
    })

    it('remembers key fingerprints per environment', async () => {
      const keys = createKeyFingerprintsRepository(t.store.db)
      expect(await keys.recordUse('abcd1234', 'staging', '2026-01-01T00:00:00.000Z')).toEqual([])
      expect(await keys.recordUse('abcd1234', 'staging', '2026-01-02T00:00:00.000Z')).toEqual([])
      expect(await keys.recordUse('abcd1234', 'production', '2026-01-03T00:00:00.000Z')).toEqual(['staging'])
    })
  })
}

describe('store errors', () => {
  it('reports an unreachable PostgreSQL without echoing the URL', async () => {
    const secret = 'hunter2-secret-password'
    const store = createStore({ url: `postgres://vg:${secret}@127.0.0.1:1/vg`, dataDir: ':memory:' })
    const error = await store.ping().then(() => undefined, (e: unknown) => e)
    expect(error).toBeInstanceOf(StoreError)
    expect((error as Error).message).toContain('ECONNREFUSED')
    expect((error as Error).message).not.toContain(secret)
    await store.close()
  })
})
