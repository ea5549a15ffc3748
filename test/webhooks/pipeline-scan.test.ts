import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { UpstreamError } from '../../src/errors.js'
import { scanTranscriptText } from '../../src/pii/index.js'
import { defaultPolicy } from '../../src/policy/index.js'
import { createFinishedTranscriptsRepository, createTranscriptsRepository, type TranscriptsRepository } from '../../src/store/index.js'
import type { UpstreamTranscriptView } from '../../src/transcripts/index.js'
import { createFieldScanPool, processWebhookEvent, type FieldScanPool, type PipelineDeps } from '../../src/webhooks/index.js'
import { openTestStore, type TestStore } from '../setup/test-stores.js'

const TEXT = 'sure, my number is 415 555 0192 and my email is jane.doe@example.com'

describe('the finished-transcript pipeline with scan threads', () => {
  let t: TestStore
  let transcripts: TranscriptsRepository
  let pool: FieldScanPool | undefined
  beforeEach(async () => {
    t = await openTestStore('sqlite')
    transcripts = createTranscriptsRepository(t.store.db)
    const at = '2026-01-01T00:00:00.000Z'
    await transcripts.insert({
      id: 'tr-1', owner: 'client:a', created_at: at, delete_after: at, status: 'queued', webhook_secret_hash: 'h', webhook_ref: 'r', policy: '{}',
      safety_verdict: null, pii_verdict: null, updated_at: at, deleted_at: null,
    })
  })
  afterEach(async () => {
    await pool?.close()
    await t.dispose()
  })

  const deps = (fieldScan: PipelineDeps['fieldScan']): PipelineDeps => ({
    upstream: { getTranscript: async (): Promise<UpstreamTranscriptView> => ({ id: 'tr-1', status: 'completed', text: TEXT, words: [] }) },
    transcripts,
    finished: createFinishedTranscriptsRepository(t.store.db),
    outbound: undefined,
    policy: defaultPolicy(),
    scanner: (text) => scanTranscriptText(text),
    fieldScan,
    now: () => new Date('2026-01-01T00:01:00.000Z'),
  })
  const verdict = async () => JSON.parse((await transcripts.findById('tr-1'))?.pii_verdict ?? 'null') as { status: string; counts: Record<string, number> }

  it('records the residual-PII verdict computed on a scan thread', async () => {
    pool = createFieldScanPool(1)
    await processWebhookEvent(deps(pool.scan), 'tr-1', 'completed')
    expect(await verdict()).toMatchObject({ status: 'found', counts: { phone_number: 1, email_address: 1 } })
  })

  // the gateway's path: the JSON text goes to the thread unparsed
  const jsonDeps = (fieldScanJson: PipelineDeps['fieldScanJson'], body: string) => {
    const calls = { parsed: 0, text: 0 }
    const d: PipelineDeps = {
      ...deps(undefined),
      upstream: {
        getTranscript: async () => {
          calls.parsed++
          return { id: 'tr-1', status: 'completed' }
        },
        getTranscriptText: async () => {
          calls.text++
          return body
        },
      },
      fieldScanJson,
    }
    return { d, calls }
  }

  it('sends the JSON text to a scan thread and records its verdict, without parsing it here', async () => {
    pool = createFieldScanPool(1)
    const { d, calls } = jsonDeps(pool.scanJson, JSON.stringify({ id: 'tr-1', status: 'completed', text: TEXT, words: [] }))
    await processWebhookEvent(d, 'tr-1', 'completed')
    expect(await verdict()).toMatchObject({ status: 'found', counts: { phone_number: 1, email_address: 1 } })
    expect(calls).toEqual({ parsed: 0, text: 1 })
    expect((await transcripts.findById('tr-1'))?.status).toBe('completed')
  })

  it('records a failed transcript from the gist, and parses here when the threads are unavailable', async () => {
    pool = createFieldScanPool(1)
    await processWebhookEvent(jsonDeps(pool.scanJson, JSON.stringify({ id: 'tr-1', status: 'error', error: 'audio unreadable' })).d, 'tr-1', 'completed')
    expect((await transcripts.findById('tr-1'))?.status).toBe('error')
    const closed = createFieldScanPool(1)
    await closed.close()
    await transcripts.update('tr-1', { status: 'queued' })
    // the fallback scans here at once: the (equally unavailable) object path is not tried as well
    let objectScans = 0
    const fallback = jsonDeps(closed.scanJson, JSON.stringify({ id: 'tr-1', status: 'completed', text: TEXT })).d
    fallback.fieldScan = async (t) => {
      objectScans++
      return closed.scan(t)
    }
    await processWebhookEvent(fallback, 'tr-1', 'completed')
    expect(await verdict()).toMatchObject({ status: 'found', counts: { phone_number: 1, email_address: 1 } })
    expect(objectScans).toBe(0)
  })

  it('fails the delivery (to be retried) on a body that is not JSON, recording nothing', async () => {
    pool = createFieldScanPool(1)
    await expect(processWebhookEvent(jsonDeps(pool.scanJson, 'upstream hiccup').d, 'tr-1', 'completed')).rejects.toBeInstanceOf(UpstreamError)
    expect(await transcripts.findById('tr-1')).toMatchObject({ status: 'queued', pii_verdict: null })
  })

  it('scans on the calling thread when the scan threads are unavailable, with the same verdict', async () => {
    const closed = createFieldScanPool(1)
    await closed.close()
    await processWebhookEvent(deps(closed.scan), 'tr-1', 'completed')
    expect(await verdict()).toMatchObject({ status: 'found', counts: { phone_number: 1, email_address: 1 } })
  })
})
