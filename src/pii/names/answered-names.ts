/**
 * A person's name given as the whole answer to a question that asked for it: "Agent: And your name?
 * Caller: Hone Paki.", "Your name as it appears on the passport? Caller: Semi Nakarawa." The lists hold
 * neither word, and nothing else says the words are a name; the question does. Only written (capitalised)
 * answers of one to four words, their last word no English word unless a name list holds it ("Bunnings
 * Warehouse", "Same as before" are no names), no firm's word among them.
 *
 * @module
 */
import type { Candidate } from '../detectors/detector.js'
import type { NameLexicon } from './name-lexicon.js'
import { FIRM_AFTER, FIRM_WORDS } from './organisation-words.js'

/**
 * A question asking a person for their own (or a named person's) name: "your name?", "your full name", "the
 * surname?", "first name please?", "the patient's name?", "the name as it appears on the passport?"; not a
 * thing's ("the name on the account", "the business name", "your username").
 */
const NAME_QUESTION =
  /(?:\b(?:your|his|her|their|the patient's|the caller's|the cardholder's|the child's|full|first|given|last|family|middle)\s+name|\bsurname|\bname as it (?:appears|is written|shows))\b[^?\n]{0,40}\?/giu
/** A thing's name asked for in the same question ("your business name", "your first name on the account?" is still a person's). */
const THING_NAME = /\b(?:user|screen|display|account|company|business|trading|street|pet|dog|cat|horse|school|product|brand|team|shop|store|app|file|domain|host|device|network|wifi|farm|station|property|vessel|boat)\s*name\b/iu
/** A turn's label opening the answer ("Caller: ", "Customer: ", "Speaker B: "), maybe on the next line. */
const ANSWER_START = /^\s*(?:(?:speaker\s+\w|[\p{L}][\p{L}'’-]{1,20}(?:\s+[\p{L}][\p{L}'’-]{1,20})?)\s*:\s*)?/iu
/** Words that open an answer before the name ("Yes, it's ...", "Sure, ...", "It's ..."). */
const ANSWER_LEAD = /^(?:(?:yes|yeah|yep|sure|okay|ok|um|uh|erm|right|so)[,.]?\s+)*(?:(?:it's|it is|its|that's|that is|my name is|my name's|i'm|i am)\s+)?/iu
/** The answer's words, one to four capitalised words (a hyphen or an apostrophe inside), then the sentence's end. */
const ANSWER_NAME = /^(\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3})(?=\s*(?:[.!\n]|$))/u
const CONFIDENCE = 0.7
/** "is" or "was" right before the question's words: a yes-or-no question ("is your name ...?"). */
const YES_NO_BEFORE = /\b(?:is|was|are)\s+$/i
/** Titles and one-word answers that are no name ("Mrs. Okafor" answers with a title first, "Yeah." with no name). */
const NOT_ANSWERED_NAMES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'mx', 'dr', 'prof', 'sir', 'madam', 'dame', 'lord', 'lady', 'rev', 'fr',
  'yes', 'yeah', 'yep', 'yup', 'no', 'nope', 'sure', 'okay', 'ok', 'hi', 'hello', 'thanks', 'sorry', 'pardon', 'right', 'what',
])

export function answeredNames(text: string, lex: NameLexicon): Candidate[] {
  if (!text.includes('?')) return []
  const out: Candidate[] = []
  for (const q of text.matchAll(NAME_QUESTION)) {
    // (not a thing's name, nor a yes-or-no question that says the name itself: "And is your name Ana Ruiz?")
    if (THING_NAME.test(q[0]) || /name\b[^?]*\p{Lu}/u.test(q[0]) || YES_NO_BEFORE.test(text.slice(Math.max(0, q.index - 12), q.index))) continue
    const after = q.index + q[0].length
    const rest = text.slice(after, after + 120)
    const label = ANSWER_START.exec(rest)
    // (the answer comes in a turn of its own: a label, or a new line)
    if (label === null || (label[0].trim() === '' && !label[0].includes('\n'))) continue
    const lead = ANSWER_LEAD.exec(rest.slice(label[0].length))
    const from = label[0].length + (lead === null ? 0 : lead[0].length)
    const m = ANSWER_NAME.exec(rest.slice(from))
    if (m === null) continue
    const name = m[1] as string
    if (!looksLikeName(name, lex)) continue
    const start = after + from
    out.push({ type: 'person_name', start, end: start + name.length, confidence: CONFIDENCE, detector: 'name-answered', validated: false })
  }
  return out
}

/** The words may be a person's name: the last no English word unless a name list holds it; none a firm's word or a word no name is. */
function looksLikeName(name: string, lex: NameLexicon): boolean {
  const words = name.toLowerCase().split(/\s+/)
  const listed = (w: string): boolean => lex.firstNames.has(w) || lex.surnames.has(w)
  const last = words[words.length - 1] as string
  if (lex.knownWords.has(last) && !listed(last)) return false
  return words.every((w) => !NOT_ANSWERED_NAMES.has(w) && !lex.notNames.has(w) && !FIRM_WORDS.has(w) && !FIRM_AFTER.has(w) && !lex.cities.has(w) && (w.length > 1 || words.length > 1))
}
