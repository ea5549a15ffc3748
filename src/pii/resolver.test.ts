import { describe, expect, it } from 'vitest'
import type { Candidate } from './detectors/detector.js'
import { resolveCandidates } from './resolver.js'

const c = (start: number, end: number, confidence: number, validated = false, type: Candidate['type'] = 'phone_number'): Candidate => ({
  type,
  start,
  end,
  confidence,
  detector: `d${start}-${end}`,
  validated,
})

describe('resolveCandidates', () => {
  it('keeps non-overlapping candidates sorted by start', () => {
    const out = resolveCandidates([c(10, 20, 0.6), c(0, 5, 0.9)])
    expect(out.map((f) => [f.start, f.end])).toEqual([[0, 5], [10, 20]])
  })

  it('lets validated hits win over higher unvalidated confidence', () => {
    const out = resolveCandidates([c(0, 10, 0.95), c(5, 15, 0.7, true, 'credit_card_number')])
    expect(out).toEqual([{ type: 'credit_card_number', start: 5, end: 15, confidence: 0.7, detector: 'd5-15' }])
  })

  it('prefers higher confidence, then the longer span', () => {
    expect(resolveCandidates([c(0, 10, 0.6), c(2, 8, 0.8)]).map((f) => f.detector)).toEqual(['d2-8'])
    expect(resolveCandidates([c(0, 10, 0.8), c(2, 8, 0.8)]).map((f) => f.detector)).toEqual(['d0-10'])
  })

  it('drops empty spans and allows touching spans', () => {
    expect(resolveCandidates([c(3, 3, 1), c(0, 3, 0.5), c(3, 6, 0.5)]).map((f) => [f.start, f.end])).toEqual([[0, 3], [3, 6]])
  })

  it('keeps the words of a name before a stronger finding that took its last word, given the text', () => {
    const text = 'email it to grainne oconnell seventy one at outlook dot com'
    const name = c(text.indexOf('grainne'), text.indexOf(' seventy'), 0.5, false, 'person_name')
    const email = c(text.indexOf('oconnell'), text.length, 0.95, false, 'email_address')
    const out = resolveCandidates([name, email], text)
    expect(out.map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([['person_name', 'grainne'], ['email_address', 'oconnell seventy one at outlook dot com']])
    // without the text, or for a number, the weaker candidate goes whole
    expect(resolveCandidates([name, email]).map((f) => f.type)).toEqual(['email_address'])
    expect(resolveCandidates([{ ...name, type: 'phone_number' }, email], text).map((f) => f.type)).toEqual(['email_address'])
  })
})
