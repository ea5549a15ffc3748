import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { scanTranscriptText } from '../../src/pii/index.js'
import { defaultPolicy } from '../../src/policy/index.js'
import { createFinishedTranscriptsRepository, createOutboundEventsRepository, createTranscriptsRepository, createWebhookDeliveriesRepository, type OutboundEventsRepository, type TranscriptsRepository } from '../../src/store/index.js'
import type { UpstreamTranscriptView } from '../../src/transcripts/index.js'
import { processWebhookEvent, type PipelineDeps } from '../../src/webhooks/index.js'
import { openTestStore, type TestStore } from '../setup/test-stores.js'

// The queue claim reads each delivery's transcript row with it; the pipeline then trusts that
// snapshot instead of reading the row again, and relies on its guarded writes for what came after.
describe('the pipeline given the transcript row read with the claim', () => {
  let t: TestStore
  let transcripts: TranscriptsRepository
  let outbound: OutboundEventsRepository
  const at = '2026-01-01T00:00:00.000Z'
  const live = { owner: 'client:a', deleted_at: null, erasure_requested_at: null }
  beforeEach(async () => {
    t = await openTestStore('sqlite')
    transcripts = createTranscriptsRepository(t.store.db)
    outbound = createOutboundEventsRepository(t.store.db, t.store.dialect)
    await transcripts.insert({
      id: 'tr-1', owner: 'client:a', created_at: at, delete_after: at, status: 'queued', webhook_secret_hash: 'h', webhook_ref: 'r', policy: '{}',
      safety_verdict: null, pii_verdict: null, updated_at: at, deleted_at: null,
    })
  })
  afterEach(async () => {
    await t.dispose()
  })

  const setup = () => {
    const calls = { findById: 0, upstream: 0, withdrawn: [] as string[] }
    const counted: TranscriptsRepository = {
      ...transcripts,
      findById: async (id) => {
        calls.findById++
        return transcripts.findById(id)
      },
    }
    const deps: PipelineDeps = {
      upstream: {
        getTranscript: async (): Promise<UpstreamTranscriptView> => {
          calls.upstream++
          return { id: 'tr-1', status: 'completed', text: 'call me on 415 555 0192', words: [] }
        },
      },
      transcripts: counted,
      finished: createFinishedTranscriptsRepository(t.store.db),
      outbound,
      policy: defaultPolicy(),
      scanner: (text) => scanTranscriptText(text),
      now: () => new Date('2026-01-01T00:01:00.000Z'),
      onWithdrawn: async (id) => {
        calls.withdrawn.push(id)
      },
    }
    return { deps, calls }
  }
  const queuedTypes = async () => (await t.store.db.selectFrom('outbound_events').select('type').execute()).map((r) => r.type)

  it('uses the claimed row without reading it again, and records the verdicts', async () => {
    const { deps, calls } = setup()
    await processWebhookEvent(deps, 'tr-1', 'completed', live)
    expect(calls).toEqual({ findById: 0, upstream: 1, withdrawn: [] })
    const row = await transcripts.findById('tr-1')
    expect(row?.status).toBe('completed')
    expect(JSON.parse(row?.pii_verdict ?? 'null')).toMatchObject({ status: 'found', counts: { phone_number: 1 } })
    expect(await queuedTypes()).toEqual(['transcript.completed'])
  })

  it('reads the row itself when none was claimed with the delivery', async () => {
    const { deps, calls } = setup()
    await processWebhookEvent(deps, 'tr-1', 'completed')
    expect(calls.findById).toBe(1)
    expect((await transcripts.findById('tr-1'))?.status).toBe('completed')
  })

  it('records nothing and tells the app nothing when the erasure was requested after the claim', async () => {
    const { deps, calls } = setup()
    await transcripts.update('tr-1', { erasure_requested_at: '2026-01-01T00:00:30.000Z' })
    await processWebhookEvent(deps, 'tr-1', 'completed', live)
    const row = await transcripts.findById('tr-1')
    expect(row?.status).toBe('queued')
    expect(row?.pii_verdict).toBeNull()
    expect(calls.withdrawn).toEqual(['tr-1'])
    expect(await queuedTypes()).toEqual([])
  })

  it('does nothing for a delivery whose transcript had no row, or an erased or withdrawn one, when claimed', async () => {
    const { deps, calls } = setup()
    await processWebhookEvent(deps, 'tr-1', 'completed', null)
    await processWebhookEvent(deps, 'tr-1', 'completed', { ...live, deleted_at: '2026-01-01T00:00:10.000Z' })
    expect(calls).toEqual({ findById: 0, upstream: 0, withdrawn: [] })
    await processWebhookEvent(deps, 'tr-1', 'completed', { ...live, erasure_requested_at: '2026-01-01T00:00:10.000Z' })
    expect(calls).toEqual({ findById: 0, upstream: 0, withdrawn: ['tr-1'] })
    expect((await transcripts.findById('tr-1'))?.status).toBe('queued')
    expect(await queuedTypes()).toEqual([])
  })

  it('marks the delivery done with the verdicts and the event, and leaves it to the caller when the transcript was withdrawn', async () => {
    const deliveries = createWebhookDeliveriesRepository(t.store.db, t.store.dialect)
    await deliveries.enqueue('tr-1', 'completed', at)
    const [claimed] = await deliveries.claim(1, at, '2026-01-01T00:05:00.000Z')
    const { deps } = setup()
    expect(await processWebhookEvent(deps, 'tr-1', 'completed', live, claimed?.id)).toBe(true)
    expect(await deliveries.counts()).toEqual({ done: 1 })
    expect(await queuedTypes()).toEqual(['transcript.completed'])
    // without a delivery id, nothing is marked done (and the result says so)
    expect(await processWebhookEvent(deps, 'tr-1', 'completed', live)).toBe(false)
    // withdrawn between the claim and the write: the delivery stays queued, no new event
    await transcripts.insert({
      id: 'tr-2', owner: 'client:a', created_at: at, delete_after: at, status: 'queued', webhook_secret_hash: 'h', webhook_ref: 'r2', policy: '{}',
      safety_verdict: null, pii_verdict: null, updated_at: at, deleted_at: null,
    })
    await deliveries.enqueue('tr-2', 'completed', at)
    const [second] = await deliveries.claim(1, at, '2026-01-01T00:05:00.000Z')
    await transcripts.update('tr-2', { erasure_requested_at: at })
    expect(await processWebhookEvent(deps, 'tr-2', 'completed', live, second?.id)).toBe(false)
    expect(await deliveries.counts()).toEqual({ done: 1, queued: 1 })
    expect(await queuedTypes()).toEqual(['transcript.completed', 'transcript.completed'])
  })
})
