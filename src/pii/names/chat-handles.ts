/**
 * People mentioned by their chat handle ("@priya.nair", "@rhys_peters", "@dylan-kerr", "@megan.b",
 * "@angus"), or writing under it ("[08:48] kavya_red: ..."): a handle made of a given name, maybe
 * joined by ".", "_" or "-" to a surname, an initial or a word, is that person's name. Handles glued or abbreviated ("@tomw", "@pnair") and role handles
 * ("@here", "@channel", "@oncall-sre") say nothing a word list can check, and stay.
 *
 * @module
 */
import type { Candidate } from '../detectors/detector.js'
import type { NameLexicon } from './name-lexicon.js'

/** "@" not inside an address (no word character before it), a given name, maybe a joiner and a second part. */
const HANDLE = /(?<![\p{L}\p{N}_.@-])@([a-z]{2,})(?:([._-])([a-z]{1,}))?(?![\p{L}\p{N}_@]|[.-][\p{L}\p{N}])/giu
/**
 * A chat line's author written as a handle in lower case ("[08:48] kavya_red: ...", "09:02 harry: ok",
 * "niamh.hughes: the build is green"): at a line's start, after a timestamp maybe, before a colon.
 */
const AUTHOR_HANDLE = /^[ \t]*(?:\[[^\]\n]{3,32}\][ \t]*|\d{1,2}:\d{2}(?::\d{2})?(?: ?[AP]M)?[ \t]+)?([a-z]{2,})(?:([._-])([a-z]{1,}))?(?=:[ \t])/gmu

/** A word written as a name: a capital, then lower-case letters only. */
const CAPITALISED = /^\p{Lu}\p{Ll}+$/u

export function chatHandles(text: string, lexicon: NameLexicon): Candidate[] {
  const out: Candidate[] = []
  const take = (m: RegExpMatchArray, start: number, mention: boolean): void => {
    const given = (m[1] as string).toLowerCase()
    const second = m[3]?.toLowerCase()
    if (lexicon.notNames.has(given)) return
    // "@Sita", "@Thanawat": a mention written as a name (capitalised) that English does not know names someone,
    // whatever the lists hold ("@Here", "@Platform" stay words)
    if (!lexicon.firstNames.has(given)) {
      if (!mention || !CAPITALISED.test(m[1] as string) || given.length < 3 || lexicon.knownWords.has(given)) return
      if (second !== undefined && (second.length > 1 ? !CAPITALISED.test(m[3] as string) : !/^[A-Z]$/.test(m[3] as string))) return
    }
    const everyday = lexicon.commonWords.has(given)
    // a lone given name that is also an everyday word ("@will", "@hope") is too weak alone
    if (second === undefined && everyday) return
    // after such a name, the second part: a surname, a word English does not know, or an initial ("@will_power" stays)
    if (everyday && second !== undefined && second.length > 1 && !lexicon.surnames.has(second) && lexicon.knownWords.has(second)) return
    out.push({ type: 'person_name', start, end: (m.index ?? 0) + m[0].length, confidence: 0.7, detector: 'name-handle', validated: false })
  }
  if (text.includes('@')) for (const m of text.matchAll(HANDLE)) take(m, m.index + 1, true)
  if (text.includes(':')) for (const m of text.matchAll(AUTHOR_HANDLE)) take(m, m.index + m[0].length - (m[1] as string).length - (m[2] ?? '').length - (m[3] ?? '').length, false)
  return out
}
