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
const BLOOD = /\b(?:(?:AB|A[ \t]B(?=[ \t]{1,2}(?:positive|negative)\b)|A|B|O)(?:(?:[ \t]?Rh)?[ \t]{0,2}(?:positive|negative|pos|neg)\b|(?:[ \t]?Rh)?[+-](?![A-Za-z0-9]))|0[ \t]?Rh[+-](?![A-Za-z0-9]))/gi

/** What ends an utterance after the group: a stop, a question mark, a line's end, a pause, the text's end. */
/** A group written with "Rh" and its sign ("A Rh-", "O Rh positive", "0 Rh+"): nothing else is written so. */
const RHESUS = /\b(?:AB|A|B|O|0)[ \t]?Rh(?:[+-]|[ \t]{1,2}(?:positive|negative|pos|neg)\b)/
const ENDS_UTTERANCE = /^(?:[.!?,;]|[ \t]*(?:\n|$)|[ \t]{2})/
/** "you need o pos donors i'm o positive": donors, named before a group said alone. */
const DONOR_WORDS: ReadonlySet<string> = new Set(['donor', 'donors'])
/** "we need o pos donors": the group of the donors asked for. */
const DONOR_AFTER = /^[ \t]+donors?\b/i
/** A text without a blood or donor word is skipped at once, unless it says a group with its sign in words or has a group's field. */
const BLOOD_TRIGGER = substringTrigger(BLOOD_WORDS, DONOR_WORDS)
/**
 * "O negative", "AB pos", "b positive", "A neg": a group that is no article or letter (see
 * `UNAMBIGUOUS_GROUP`) with its sign in words names a blood group on its own where someone is said to
 * be one ("Rui is O pos and ...", "a regular donor (AB negative)", "i'm o negative so ...").
 */
const WORDED_GROUP = /\b(?:[oO]|[aA][bB]|a[ \t]b|[bB]|A)(?:[ \t]Rh)?[ \t]{1,2}(?:[pP]ositive|[nN]egative|[pP]os|[nN]eg)\b/
/** Groups that are no article or letter: O, AB ("a b" said), B, and A in capitals. */
const UNAMBIGUOUS_GROUP = /^(?:[oO]|[aA][bB]|a[ \t]b|[bB]|A)(?![A-Za-z])/
/** A record's field for the group ("Group: B pos", "ABO: O Rh positive", "Group & screen: B Rh positive"). */
const GROUP_FIELD_BEFORE = /(?:^|\n|[.;][ \t]+)[ \t]*(?:blood[ \t]+(?:group|type)|group|abo|abo[ \t]*\/[ \t]*rh)(?:[ \t]*(?:&|and)[ \t]*(?:screen|save|crossmatch))?[ \t]*:[ \t]*$/i
/** What someone is: a copula or an opening bracket right before the group. */
const BEING_BEFORE = /(?:\b(?:is|am|i'm|im|i’m|he's|she's|he’s|she’s|was|were|are|you're|you’re|they're|they’re|type|group)(?:,?[ \t]+(?:uh|um|er),?)?[ \t]+|\([ \t]*)$/i
/** Nothing the group could qualify after it: an utterance's end, a bracket, a conjunction, or the next clause's subject. */
const NOTHING_AFTER = /^(?:[ \t]*[).,;:!?]|[ \t]*(?:\n|$)|[ \t]{2}|[ \t]+(?:and|so|but|too|as|like|which|myself|though|if|because|they|he|she|we|i|you|apparently|actually)\b)/i

export const bloodTypeDetector: Detector = {
  name: 'blood-type',
  detect({ view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    if (!BLOOD_TRIGGER.test(view.text) && !WORDED_GROUP.test(view.text) && !/(?:group|abo)[ \t]*:/i.test(view.text) && !RHESUS.test(view.text)) return out
    for (const m of view.text.matchAll(BLOOD)) {
      const end = m.index + m[0].length
      const head = view.text.slice(Math.max(0, m.index - 40), m.index)
      const worded = UNAMBIGUOUS_GROUP.test(m[0]) && /(?:positive|negative|pos|neg)$/i.test(m[0])
      if ((worded && BEING_BEFORE.test(head.slice(-12)) && NOTHING_AFTER.test(view.text.slice(end, end + 12))) || GROUP_FIELD_BEFORE.test(head) || RHESUS.test(m[0])) {
        out.push({ type: 'blood_type', ...mapSpan(view, m.index, end), confidence: 0.8, detector: 'blood-type', validated: false })
        continue
      }
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
