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

/** What ends an utterance after the group: a stop, a question mark, a line's end, a pause, the text's end. */
const ENDS_UTTERANCE = /^(?:[.!?,]|[ \t]*(?:\n|$)|[ \t]{2})/
/** "you need o pos donors i'm o positive": donors, named before a group said alone. */
const DONOR_WORDS: ReadonlySet<string> = new Set(['donor', 'donors'])
/** "we need o pos donors": the group of the donors asked for. */
const DONOR_AFTER = /^[ \t]+donors?\b/i
/** A text without a blood or donor word is skipped at once. */
const BLOOD_TRIGGER = substringTrigger(BLOOD_WORDS, DONOR_WORDS)

export const bloodTypeDetector: Detector = {
  name: 'blood-type',
  detect({ view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    if (!BLOOD_TRIGGER.test(view.text)) return out
    for (const m of view.text.matchAll(BLOOD)) {
      const end = m.index + m[0].length
      const ctx = contextWords(view.text, m.index, end, 5, 2)
      // "did they test my blood type?\nagent: we have you down as A negative.": a group that ends what is said
      // (no noun after it, as "a positive result" has) answers a blood word a turn or two before
      // ("that's a positive.": the article, in lower case, is no group said alone)
      const answers =
        ENDS_UTTERANCE.test(view.text.slice(end, end + 3)) &&
        !/^a[ \t]/.test(m[0]) &&
        (hasAny(contextWords(view.text, m.index, end, 16, 0).before, BLOOD_WORDS) || hasAny(ctx.before, DONOR_WORDS))
      if (!answers && !hasAny(ctx.before, BLOOD_WORDS) && !hasAny(ctx.after, BLOOD_WORDS) && !(DONOR_AFTER.test(view.text.slice(end, end + 10)))) continue
      out.push({ type: 'blood_type', ...mapSpan(view, m.index, end), confidence: 0.8, detector: 'blood-type', validated: false })
    }
    return out
  },
}
