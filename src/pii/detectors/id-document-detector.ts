/**
 * Driver's licence and passport numbers: alphanumeric identifiers with at least five digits,
 * reported only with licence/passport context (Presidio's licence regex without context is its
 * most complained-about false positive).
 *
 * @module
 */
import { contextWords, hasAny, substringTrigger } from '../internal/context-words.js'
import { DRIVERS_LICENSE_WORDS, PASSPORT_WORDS } from '../internal/context-lexicon.js'
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

const ID = /\b[A-Za-z]{0,3}\d[A-Za-z0-9-]{4,18}\b/g

/** Text without any licence or passport word is skipped at once. */
const ID_TRIGGER = substringTrigger(DRIVERS_LICENSE_WORDS, PASSPORT_WORDS)

export const idDocumentDetector: Detector = {
  name: 'id-document',
  detect({ view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    const v = view.text
    if (!ID_TRIGGER.test(v)) return out
    for (const m of v.matchAll(ID)) {
      const value = m[0]
      if ((value.match(/\d/g)?.length ?? 0) < 5 || value.endsWith('-')) continue
      const ctx = contextWords(v, m.index, m.index + value.length, 6, 0)
      const passport = hasAny(ctx.before, PASSPORT_WORDS)
      const license = hasAny(ctx.before, DRIVERS_LICENSE_WORDS)
      if (!passport && !license) continue
      const span = mapSpan(view, m.index, m.index + value.length)
      out.push({
        type: passport ? 'passport_number' : 'drivers_license',
        ...span,
        confidence: 0.8,
        detector: passport ? 'passport-context' : 'drivers-license-context',
        validated: false,
      })
    }
    return out
  },
}
