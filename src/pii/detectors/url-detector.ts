/**
 * URLs with a scheme or a www. prefix.
 *
 * @module
 */
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

const URL_START = /\b(?:https?:\/\/|www\.)[^\s<>"'`]{2,2048}/gi
const TRAILING = /[.,;:!?)\]}]+$/

export const urlDetector: Detector = {
  name: 'url',
  detect({ view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    for (const m of view.text.matchAll(URL_START)) {
      const value = m[0].replace(TRAILING, '')
      if (value.length < 8) continue
      const span = mapSpan(view, m.index, m.index + value.length)
      out.push({ type: 'url', ...span, confidence: 0.9, detector: 'url', validated: false })
    }
    return out
  },
}
