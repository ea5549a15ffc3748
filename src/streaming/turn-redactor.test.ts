import { describe, expect, it } from 'vitest'
import { redact } from '../pii/index.js'
import { parsePolicy } from '../policy/index.js'
import { redactorForPolicy } from './streaming-redaction.js'
import { createTurnRedactor } from './turn-redactor.js'

const turn = (transcript: string): Record<string, unknown> => ({
  type: 'Turn',
  turn_order: 3,
  end_of_turn: true,
  transcript,
  utterance: transcript,
  words: transcript.split(' ').map((text, i) => ({ text, start: i * 100, end: i * 100 + 80, confidence: 0.9, word_is_final: true })),
})

describe('turn redactor', () => {
  const redactor = createTurnRedactor({ redact, types: [], substitution: 'entity_name' })

  it('replaces PII in transcript, utterance and every overlapping word, keeping the other fields', () => {
    const out = redactor(turn('the card number is 4111 1111 1111 1111 thanks')).message
    expect(out['transcript']).toBe('the card number is [CREDIT_CARD_NUMBER] thanks')
    expect(out['utterance']).toBe(out['transcript'])
    const words = out['words'] as Array<Record<string, unknown>>
    expect(words.map((w) => w['text'])).toEqual(['the', 'card', 'number', 'is', '[CREDIT_CARD_NUMBER]', '[CREDIT_CARD_NUMBER]', '[CREDIT_CARD_NUMBER]', '[CREDIT_CARD_NUMBER]', 'thanks'])
    expect(words[4]).toMatchObject({ start: 400, end: 480, confidence: 0.9 })
    expect(out['turn_order']).toBe(3)
  })

  it('does not modify its input', () => {
    const input = turn('email me at ana@example.com')
    const copy = structuredClone(input)
    redactor(input)
    expect(input).toEqual(copy)
  })

  it('uses hash substitution when the policy says so', () => {
    const hashing = createTurnRedactor({ redact, types: [], substitution: 'hash' })
    const out = hashing(turn('call 4111 1111 1111 1111')).message
    expect(out['transcript']).toBe('call #### #### #### ####')
    expect((out['words'] as Array<{ text: string }>).map((w) => w.text)).toEqual(['call', '####', '####', '####', '####'])
  })

  it('follows the policy: its types only, and nothing when streaming redaction is off', () => {
    const pciOnly = redactorForPolicy(parsePolicy({ pii: { policies: ['credit_card_number'] } }, 'test'))
    const out = pciOnly?.(turn('my email is ana@example.com and card 4111 1111 1111 1111')).message
    expect(out?.['transcript']).toBe('my email is ana@example.com and card [CREDIT_CARD_NUMBER]')
    expect(redactorForPolicy(parsePolicy({ pii: { preset: 'gdpr', redact_streaming: false } }, 'test'))).toBeUndefined()
  })

  it('tolerates turns without words or with malformed words', () => {
    expect(redactor({ type: 'Turn', transcript: 'hello' }).message).toEqual({ type: 'Turn', transcript: 'hello' })
    const out = redactor({ type: 'Turn', words: [null, { text: 5 }, { text: 'ok' }] }).message
    expect(out['words']).toEqual([null, { text: 5 }, { text: 'ok' }])
  })
})
