import { afterEach, describe, expect, it } from 'vitest'
import { UpstreamError } from '../../src/errors.js'
import { scanTranscriptText } from '../../src/pii/index.js'
import { createFieldScanPool, scanTranscriptFields, type FieldScanPool } from '../../src/webhooks/index.js'

const transcript = (text: string): Record<string, unknown> => ({
  id: 'abc',
  status: 'completed',
  text,
  words: text.split(' ').map((w, i) => ({ text: w, start: i * 100, end: i * 100 + 90, confidence: 0.9, speaker: 'A' })),
  utterances: [{ speaker: 'A', text, start: 0, end: 1000, confidence: 0.9, words: [] }],
})

describe('field-scan pool', () => {
  let pool: FieldScanPool | undefined
  afterEach(async () => {
    await pool?.close()
    pool = undefined
  })

  it('gives exactly the result of scanning on the calling thread, for many transcripts at once', async () => {
    pool = createFieldScanPool(2)
    const texts = [
      'call me back on 415 555 0192 please',
      'my email is jane dot doe at example dot com',
      'nothing personal in this one at all',
      'the card is 4111 1111 1111 1111 expiring next year',
    ]
    const inputs = Array.from({ length: 40 }, (_, i) => transcript(`${texts[i % texts.length]} (${i})`))
    const results = await Promise.all(inputs.map((t) => pool?.scan(t)))
    results.forEach((result, i) => expect(result).toEqual(scanTranscriptFields(inputs[i] ?? {}, (text) => scanTranscriptText(text))))
    expect(results[0]?.fields).toContain('text')
    expect(results[2]?.fields).toEqual([])
  })

  it('parses upstream JSON text in the thread: the gist the pipeline needs, and the same scan', async () => {
    pool = createFieldScanPool(2)
    const labels = { status: 'success', results: [], summary: { profanity: 0.9 }, severity_score_summary: {} }
    const input = { ...transcript('write to jane.doe@example.com today'), content_safety_labels: labels, error: null }
    const { gist, result } = await pool.scanJson(JSON.stringify(input))
    expect(gist).toEqual({ id: 'abc', status: 'completed', error: null, content_safety_labels: labels })
    expect(result).toEqual(scanTranscriptFields(input, (text) => scanTranscriptText(text)))
    expect(result.counts).toMatchObject({ email_address: 1 })
  })

  it('answers a body that is not a JSON object with an UpstreamError (the delivery is retried), not a thread failure', async () => {
    pool = createFieldScanPool(1)
    for (const body of ['<html>bad gateway</html>', '[1,2]', 'null', ''])
      await expect(pool.scanJson(body)).rejects.toBeInstanceOf(UpstreamError)
    // the thread is still there for the next job
    expect((await pool.scanJson(JSON.stringify(transcript('hello there')))).gist.status).toBe('completed')
  })

  it('fails the jobs of a closed pool instead of leaving them waiting', async () => {
    pool = createFieldScanPool(1)
    await pool.close()
    await expect(pool.scan(transcript('hello'))).rejects.toThrow(/closed/)
    await expect(pool.scanJson('{}')).rejects.toThrow(/closed/)
  })

  it('refuses a pool without threads', () => {
    expect(() => createFieldScanPool(0)).toThrow(RangeError)
  })
})
