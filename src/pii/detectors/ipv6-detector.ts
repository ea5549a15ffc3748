/**
 * IPv6 addresses: a bounded hex-and-colon candidate, validated with node:net.
 *
 * @module
 */
import { isIPv6 } from 'node:net'
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

const CANDIDATE = /(?<![0-9A-Fa-f:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Fa-f:])/g

export const ipv6Detector: Detector = {
  name: 'ipv6',
  detect({ view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    if (!view.text.includes(':')) return out
    for (const m of view.text.matchAll(CANDIDATE)) {
      const value = m[0]
      if (value.length < 6 || !/[0-9A-Fa-f]/.test(value) || !isIPv6(value)) continue
      const span = mapSpan(view, m.index, m.index + value.length)
      out.push({ type: 'ip_address', ...span, confidence: 0.95, detector: 'ip-v6', validated: true })
    }
    return out
  },
}
