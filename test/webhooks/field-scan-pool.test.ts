import { afterEach, describe, expect, it } from 'vitest'
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

  it('fails the jobs of a closed pool instead of leaving them waiting', async () => {
    pool = createFieldScanPool(1)
    await pool.close()
    await expect(pool.scan(transcript('hello'))).rejects.toThrow(/closed/)
  })

  it('refuses a pool without threads', () => {
    expect(() => createFieldScanPool(0)).toThrow(RangeError)
  })
})
