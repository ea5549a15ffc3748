/**
 * Names in the places written conversations keep for their authors, whatever the name: a chat line's
 * author after its timestamp ("[12:46] Malte: ...", "09:02 Njeri Mwangi: ..."), a copied chat
 * message's header line ("Katja Reinholz  11:14 AM", "Chua Li Ting (Teams, 4:32 PM): ..."), and the
 * voice of a WebVTT cue ("<v Lovely Manalastas>..."), a message's sign-off ("Thanks! Radek", "— Farhad"). The slot says a person wrote or spoke there, so
 * names the dictionaries do not hold count too; roles ("Agent", "Speaker B", "Bot", "Kunde") and
 * everyday words ("Release Notes") do not.
 *
 * @module
 */
import type { Candidate } from '../detectors/detector.js'
import type { NameLexicon } from './name-lexicon.js'
import { NAME_PARTICLES } from './name-particles.js'

/** The particles of names written in lower case between their capitalised words ("Nur Aisyah binte Rahman", "Sanne de Vries"). */
const PARTICLES = `(?:${[...NAME_PARTICLES].join('|')})`
/** One to three capitalised words (letters, apostrophes, hyphens), as an author is written. */
const CAPITALISED_WORDS = String.raw`\p{Lu}[\p{L}'’-]*(?:[ \t](?:${PARTICLES}[ \t])?\p{Lu}[\p{L}'’-]*){0,2}`
/** A clock time: "11:14", "4:32 PM", "09:14:05". */
const TIME = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]?[AaPp]\.?[Mm]\.?)?`

/** "[12:46] Malte: ...", "09:02 Njeri Mwangi: ...": the author after a line's timestamp, before a colon. */
const TIMESTAMPED_AUTHOR = new RegExp(String.raw`^[ \t]*(?:\[[^\]\n]{0,24}?${TIME}\][ \t]*|${TIME}[ \t]+)(${CAPITALISED_WORDS})(?=:[ \t])`, 'gmu')
/** "Katja Reinholz  11:14 AM", "Davide • 14:21" alone on its line: a copied chat message's header. */
const HEADER_LINE = new RegExp(String.raw`^[ \t]*(${CAPITALISED_WORDS})(?:[ \t]{1,4}|[ \t]?[•·|–-][ \t]?)${TIME}[ \t]*$`, 'gmu')
/** "Chua Li Ting (Teams, 4:32 PM): ...": the author, then where and when in brackets, then a colon. */
const BRACKETED_TIME_AUTHOR = new RegExp(String.raw`^[ \t]*(${CAPITALISED_WORDS})[ \t]\([^()\n]{0,24}${TIME}\):`, 'gmu')
/** "<v Lovely Manalastas>", "<v.loud Ana Souza>": a WebVTT cue's voice. */
const VTT_VOICE = /<v(?:\.[\w.-]+)*[ \t]+([^>\n]{1,60})>/gu

const PARTICLE_WORD = new RegExp(`^${PARTICLES}$`)

/**
 * A message's sign-off at the end of a line: a closing opening its line or sentence ("Thanks!", "Love,",
 * "Kind regards,"; not "we love Zalando") or a dash,
 * then the writer's name ("Thanks! Radek", "Love, Huda", "— Farhad").
 */
const CLOSINGS = ['thanks', 'thank you', 'many thanks', 'thx', 'cheers', 'love', 'best', 'best wishes', 'all the best', 'kind regards', 'warm regards', 'regards', 'sincerely', 'yours', 'take care', 'xo', 'xx']
/** The closings with their first letter in either case (\"Thanks\", \"thanks\"); the name after them keeps its capitals. */
const CLOSING = CLOSINGS.map((c) => `[${c.charAt(0).toUpperCase()}${c.charAt(0)}]${c.slice(1)}`).join('|')
const SIGN_OFF = new RegExp(String.raw`(?:(?<=^[ \t]*|[.!?][ \t]{1,3})(?:${CLOSING})[!,.]?(?:[ \t]+|[ \t]*\r?\n[ \t]*)|(?<![\p{L}\p{N}])([—–])[ \t]+)(${CAPITALISED_WORDS})[ \t]*[.!]?[ \t]*$`, 'gmu')

/** Words that name a role, a party or a system in an author's place, not a person (English and the languages callers switch to). */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  'speaker', 'agent', 'caller', 'customer', 'client', 'user', 'support', 'team', 'bot', 'system', 'admin', 'administrator',
  'moderator', 'host', 'guest', 'interviewer', 'interviewee', 'narrator', 'presenter', 'participant', 'operator', 'rep',
  'representative', 'advisor', 'adviser', 'unknown', 'me', 'you', 'assistant', 'staff', 'service', 'desk', 'nurse', 'doctor',
  'kunde', 'kundin', 'berater', 'beraterin', 'mitarbeiter', 'cliente', 'agente', 'asesor', 'asesora', 'usuario', 'atendente',
  'utilisateur', 'conseiller', 'conseillère', 'klant', 'medewerker', 'interlocutor', 'locutor', 'sprecher', 'intervenant',
])

/**
 * The author written in `words` is a person's name: no role word, and not every word an everyday
 * English word that is no given name or surname ("Release Notes", "Build"); foreign function words
 * ("Hola", "Bonjour") neither.
 */
function personAuthor(words: readonly string[], lexicon: NameLexicon, signed = false): boolean {
  let nameLike = false
  for (const raw of words) {
    const w = raw.toLowerCase()
    if (ROLE_WORDS.has(w) || lexicon.notNames.has(w)) return false
    if (w.length === 1) continue
    // (a given name that is an everyday word, "Will", or an English word that is also a surname, "Lunch", is not enough alone;
    // after a closing that ends a message, "Best,\nMark", "Thanks, Will", the given name is who signs)
    const given = lexicon.firstNames.has(w) && (!lexicon.commonWords.has(w) || (signed && words.length === 1))
    // (an acronym in capitals names a team or a call's outcome: "IB call – RPC", "— HR")
    if (!given && raw.length <= 5 && raw === raw.toUpperCase()) continue
    if (given || (!lexicon.knownWords.has(w) && !lexicon.foreignWords.has(w))) nameLike = true
  }
  return nameLike
}

export function authorSlots(text: string, lexicon: NameLexicon): Candidate[] {
  const out: Candidate[] = []
  const take = (name: string, start: number, minWords = 1, signed = false): void => {
    const words = name.split(/[ \t]+/).filter((w) => !PARTICLE_WORD.test(w))
    // (a header line of one word must be a given name: "Priya  11:14 AM", not "Standup 9:30")
    if (words.length < minWords && !(words.length === 1 && lexicon.firstNames.has((words[0] as string).toLowerCase()))) return
    if (!personAuthor(words, lexicon, signed)) return
    out.push({ type: 'person_name', start, end: start + name.length, confidence: 0.85, detector: 'name-author', validated: false })
  }
  if (text.includes(':')) {
    for (const m of text.matchAll(TIMESTAMPED_AUTHOR)) take(m[1] as string, m.index + m[0].length - (m[1] as string).length)
    for (const m of text.matchAll(HEADER_LINE)) take(m[1] as string, m.index + m[0].indexOf(m[1] as string), 2)
    for (const m of text.matchAll(BRACKETED_TIME_AUTHOR)) take(m[1] as string, m.index + m[0].indexOf(m[1] as string))
  }
  for (const m of text.matchAll(SIGN_OFF)) take(m[2] as string, m.index + m[0].lastIndexOf(m[2] as string), 1, m[1] === undefined)
  if (text.includes('<v')) {
    for (const m of text.matchAll(VTT_VOICE)) {
      const voice = (m[1] as string).trim()
      // (a voice named like a role, or with digits: "Speaker 2", "SPK_1")
      if (!/^\p{Lu}[\p{L}'’-]*(?:[ \t]\p{Lu}[\p{L}'’-]*){0,3}$/u.test(voice)) continue
      take(voice, m.index + m[0].indexOf(voice))
    }
  }
  return out
}
