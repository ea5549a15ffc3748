/**
 * IPv6 addresses: a bounded hex-and-colon candidate, validated with node:net.
 *
 * @module
 */
import { isIPv6 } from 'node:net'
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

const CANDIDATE = /(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Fa-f:])/g

/**
 * An address read out: hex groups (digits normalised, letters spelled: "2001", "D B 8", "4 A 2 F")
 * between the word "colon" ("colon, colon" or "double colon" for `::`), with commas and fillers
 * allowed between the words. One token of the sequence a match.
 */
const SPOKEN_TOKEN = /[0-9A-Fa-f]{1,4}(?![\w])|double colon|colon|,|\b(?:um|uh|er)\b/gi
const SPOKEN_TRIGGER = /\bcolon\b.*\bcolon\b/i

export const ipv6Detector: Detector = {
  name: 'ipv6',
  detect({ view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    if (!view.text.includes(':') && !SPOKEN_TRIGGER.test(view.text)) return out
    for (const m of view.text.matchAll(CANDIDATE)) {
      const value = m[0]
      if (value.length < 6 || !/[0-9A-Fa-f]/.test(value) || !isIPv6(value)) continue
      const span = mapSpan(view, m.index, m.index + value.length)
      out.push({ type: 'ip_address', ...span, confidence: 0.95, detector: 'ip-v6', validated: true })
    }
    if (SPOKEN_TRIGGER.test(view.text)) for (const [start, end] of spokenAddresses(view.text)) out.push({ type: 'ip_address', ...mapSpan(view, start, end), confidence: 0.9, detector: 'ip-v6-spoken', validated: true })
    return out
  },
}

interface SpokenToken {
  readonly text: string
  readonly start: number
  readonly end: number
}

/** Spans of addresses read out with "colon": runs of adjacent tokens that spell a valid IPv6 address with a `::` or eight groups. */
function spokenAddresses(text: string): [number, number][] {
  const found: [number, number][] = []
  let run: SpokenToken[] = []
  let lastEnd = -1
  const flush = (): void => {
    const span = bestAddress(run)
    if (span !== undefined) found.push(span)
    run = []
  }
  for (const m of text.matchAll(SPOKEN_TOKEN)) {
    const gap = lastEnd < 0 ? '' : text.slice(lastEnd, m.index)
    // tokens of one address sit apart by spaces only (the commas and fillers are tokens themselves)
    if (lastEnd >= 0 && !/^ *$/.test(gap)) flush()
    run.push({ text: m[0], start: m.index, end: m.index + m[0].length })
    lastEnd = m.index + m[0].length
  }
  flush()
  return found
}

/** The address a run spells, trying from each of its first few tokens (a word such as "a" or "be" may lead in). */
function bestAddress(run: readonly SpokenToken[]): [number, number] | undefined {
  for (let from = 0; from < Math.min(run.length, 4); from++) {
    let value = ''
    let group = ''
    let first = -1
    let last = -1
    let colons = 0
    let ok = true
    for (let i = from; i < run.length && ok; i++) {
      const t = run[i] as SpokenToken
      const word = t.text.toLowerCase()
      if (word === ',' || word === 'um' || word === 'uh' || word === 'er') continue
      if (word === 'colon' || word === 'double colon') {
        value += group + (word === 'colon' ? ':' : '::')
        colons += word === 'colon' ? 1 : 2
        group = ''
        if (first < 0) first = i
        last = i
        continue
      }
      if (group.length + t.text.length > 4) ok = false
      else {
        group += t.text
        if (first < 0) first = i
        last = i
      }
    }
    value += group
    if (first < 0 || colons < 2 || !/[0-9A-Fa-f]/.test(value)) continue
    // the run may end with a colon ("... colon" then a word): trim to the last hex token
    while (last > first && !/^[0-9A-Fa-f]+$/.test((run[last] as SpokenToken).text)) last--
    const spelled = value.replace(/:+$/, (c) => (c.length >= 2 ? '::' : ''))
    if (!(spelled.includes('::') || spelled.split(':').length === 8) || !isIPv6(spelled)) continue
    return [(run[first] as SpokenToken).start, (run[last] as SpokenToken).end]
  }
  return undefined
}
