/**
 * Blood types ("O negative", "AB+") with "blood" nearby.
 *
 * @module
 */
import { contextWords, hasAny, substringTrigger } from '../internal/context-words.js'
import { BLOOD_WORDS } from '../internal/context-lexicon.js'
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

/** "O negative", "AB+", "B Rh+", "0 Rh-" (Germany, Poland and others write the group O as zero). */
const BLOOD = /\b(?:(?:AB|A|B|O)(?:[ \t]{0,2}(?:positive|negative|pos|neg)\b|(?:[ \t]?Rh)?[+-](?![A-Za-z0-9]))|0[ \t]?Rh[+-](?![A-Za-z0-9]))/gi

const BLOOD_TRIGGER = substringTrigger(BLOOD_WORDS)

export const bloodTypeDetector: Detector = {
  name: 'blood-type',
  detect({ view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    if (!BLOOD_TRIGGER.test(view.text)) return out
    for (const m of view.text.matchAll(BLOOD)) {
      const end = m.index + m[0].length
      const ctx = contextWords(view.text, m.index, end, 5, 2)
      if (!hasAny(ctx.before, BLOOD_WORDS) && !hasAny(ctx.after, BLOOD_WORDS)) continue
      out.push({ type: 'blood_type', ...mapSpan(view, m.index, end), confidence: 0.8, detector: 'blood-type', validated: false })
    }
    return out
  },
}
