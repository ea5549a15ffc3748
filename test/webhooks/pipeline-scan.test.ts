import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { scanTranscriptText } from '../../src/pii/index.js'
import { defaultPolicy } from '../../src/policy/index.js'
import { createTranscriptsRepository, type TranscriptsRepository } from '../../src/store/index.js'
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

  it('scans on the calling thread when the scan threads are unavailable, with the same verdict', async () => {
    const closed = createFieldScanPool(1)
    await closed.close()
    await processWebhookEvent(deps(closed.scan), 'tr-1', 'completed')
    expect(await verdict()).toMatchObject({ status: 'found', counts: { phone_number: 1, email_address: 1 } })
  })
})
