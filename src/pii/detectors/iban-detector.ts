/**
 * IBANs, grouped or not, upper or lower case, with spelled country letters ("d e 89 ..."):
 * candidate pattern, then mod-97 and the country's BBAN format via ibantools. Trailing groups
 * that break the checksum are trimmed.
 *
 * @module
 */
import { isValidIBAN } from 'ibantools'
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

const CANDIDATE = /\b[A-Za-z] ?[A-Za-z] ?\d{2}(?:[ -]{0,2}[A-Za-z0-9]{1,4}){2,12}/g
const MIN_IBAN = 15
const MAX_IBAN = 34

export const ibanDetector: Detector = {
  name: 'iban',
  detect({ view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    for (const m of view.text.matchAll(CANDIDATE)) {
      const raw = m[0]
      // Positions (in raw) of the alphanumeric characters.
      const pos: number[] = []
      for (let i = 0; i < raw.length; i++) if (/[A-Za-z0-9]/.test(raw.charAt(i))) pos.push(i)
      const compact = raw.replace(/[^A-Za-z0-9]/g, '').toUpperCase()
      for (let len = Math.min(MAX_IBAN, compact.length); len >= MIN_IBAN; len--) {
        if (!isValidIBAN(compact.slice(0, len))) continue
        const endInRaw = (pos[len - 1] ?? 0) + 1
        // Only accept a trimmed match that ends on a group boundary.
        const next = raw.charAt(endInRaw)
        if (next !== '' && /[A-Za-z0-9]/.test(next)) continue
        const span = mapSpan(view, m.index, m.index + endInRaw)
        out.push({ type: 'banking_information', ...span, confidence: 1, detector: 'iban', validated: true })
        break
      }
    }
    return out
  },
}
