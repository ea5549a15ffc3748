/**
 * People mentioned by their chat handle ("@priya.nair", "@rhys_peters", "@dylan-kerr", "@megan.b",
 * "@angus"): a handle made of a given name, maybe joined by ".", "_" or "-" to a surname or an
 * initial, is that person's name. Handles glued or abbreviated ("@tomw", "@pnair") and role handles
 * ("@here", "@channel", "@oncall-sre") say nothing a word list can check, and stay.
 *
 * @module
 */
import type { Candidate } from '../detectors/detector.js'
import type { NameLexicon } from './name-lexicon.js'

/** "@" not inside an address (no word character before it), a given name, maybe a joiner and a second part. */
const HANDLE = /(?<![\p{L}\p{N}_.@-])@([a-z]{2,})(?:([._-])([a-z]{1,}))?(?![\p{L}\p{N}_@]|[.-][\p{L}\p{N}])/giu

export function chatHandles(text: string, lexicon: NameLexicon): Candidate[] {
  if (!text.includes('@')) return []
  const out: Candidate[] = []
  for (const m of text.matchAll(HANDLE)) {
    const given = (m[1] as string).toLowerCase()
    const second = m[3]?.toLowerCase()
    if (!lexicon.firstNames.has(given) || lexicon.notNames.has(given)) continue
    // a lone given name that is also an everyday word ("@will", "@hope") is too weak alone
    if (second === undefined && lexicon.commonWords.has(given)) continue
    // the second part: a surname, a word English does not know, or an initial
    if (second !== undefined && second.length > 1 && !lexicon.surnames.has(second) && lexicon.knownWords.has(second)) continue
    const start = m.index + 1
    out.push({ type: 'person_name', start, end: m.index + m[0].length, confidence: 0.7, detector: 'name-handle', validated: false })
  }
  return out
}
