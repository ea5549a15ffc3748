/**
 * Function words of English speech and chat that the name detector reads around a candidate (modals,
 * pronouns, determiners, fillers, slang, number words), never names themselves.
 *
 * @module
 */
import { REPEAT_WORDS, TEEN_WORDS, TENS_WORDS, UNIT_WORDS } from '../internal/number-words.js'
import { NAME_PARTICLES } from './name-particles.js'
import { HESITATIONS } from '../internal/context-lexicon.js'

/** Hesitations a transcript with disfluencies keeps ("it's uh karthik"): not words a cue is read from. */
export const FILLERS = HESITATIONS
/** Verbs that follow "will" the modal, never Will the person ("okay will do", "will be fine"). */
export const MODAL_VERBS = new Set(['do', 'be', 'have', 'call', 'send', 'get', 'try', 'let', 'need', 'pay', 'arrive', 'check', 'come', 'go'])
/** Verbs and auxiliaries that follow their subject ("you are", "you've"). */
export const SUBJECT_VERBS = new Set(['are', 'were', 'have', 'had', 'can', 'could', 'should', 'will', 'would', 'need', 'must', 'might', 'may', 'do', 'did', 'got', 'still', 'just'])
/** Who phones: "I called Chase", "we already called them" ("called" is then no naming, as in "a man called Jon"). */
const CALLERS = new Set(['i', 'we', 'you', 'he', 'she', 'they', "i've", "we've", 'ive', 'weve'])
export const calledByPronoun = (prev: readonly string[]): boolean => CALLERS.has(prev[1] ?? '') || (CALLERS.has(prev[2] ?? '') && /^(?:already|just|also|then|first|have|had)$/.test(prev[1] ?? ''))
export const MODAL_WORDS = new Set(['will', 'may', 'can', 'must', 'shall', 'should', 'would', 'could', 'might', 'did', 'does'])
/** Pronouns that follow a verb as its object ("see you", "love ya"). */
export const OBJECT_PRONOUNS = new Set(['you', 'u', 'ya', 'yall', "y'all", 'them', 'him', 'her', 'it', 'me', 'us'])
export const DETERMINERS = new Set(['the', 'my', 'your', 'this', 'that', 'his', 'her', 'our', 'their'])
/** Words that open a new clause after a relative's name ("my aunt may but she never calls"). */
export const CLAUSE_OPENERS = new Set(['his', 'their', 'and', 'but', 'because'])
/** Chat and speech words no dictionary lists, which a relation word may come before ("my brother tho"). */
export const SLANG = new Set([
  // a team's abbreviation ("Payments Ops asked us to hold refunds")
  'ops', 'devops', 'secops', 'finops',
  'hmm', 'lol', 'cuz', 'gotcha', "y'all", "ain't", 'bro', 'fam', 'idk', 'btw', 'asap', 'pls', 'plz', 'tho', 'imho', 'omg',
  'haha', 'hahaha', 'yknow', "y'know", 'gonna', 'wanna', 'gotta', 'kinda', 'sorta', 'tryna', 'lemme', 'gimme', 'dunno',
  'outta', 'lotta', 'alright', 'alrighty', 'okie', 'okey', 'yep', 'yup', 'nope', 'nah', 'yea', 'mhm', 'ya', 'yah', 'aight',
  'uh', 'um', 'erm', 'uhm', 'umm', 'uhh', 'hiya', 'howdy', 'thx', 'ty', 'np', 'cya', 'tbh', 'ngl', 'fyi', 'wifi', 'online',
])
/** Counts before a lone capitalised name that make it a product ("two Madison chairs"). */
export const QUANTITIES = new Set(['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'dozen', 'several', 'few', 'pair'])
/** Lower-case particles inside surnames ("van de Noort", "da Silva", "von Trapp"), and the Vietnamese middle names before a given name ("Nguyen Thi Lan"). */
export const PARTICLES = NAME_PARTICLES
export const FUNCTION_WORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'as', 'is', 'are',
  'was', 'were', 'be', 'been', 'am', 'i', 'you', 'he', 'she', 'it', 'we', 'they', 'me', 'him', 'her', 'us', 'them', 'my',
  'your', 'his', 'its', 'our', 'their', 'this', 'that', 'these', 'those', 'here', 'there', 'what', 'who', 'when', 'where',
  'why', 'how', 'not', 'no', 'yes', 'so', 'do', 'does', 'did', 'have', 'has', 'had', 'would', 'can', 'could',
  'should', 'might', 'must', 'let', 'just', 'please', 'thanks', 'okay', 'ok', 'about', 'calling', 'speaking',
  "i'm", "it's", "i've", "i'll", "that's", "you're", 'yeah', 'well', 'also', 'then', 'than', 'too', 'very', 'again',
  // the same contractions as raw speech-to-text writes them, without the apostrophe ("ms king ive got you")
  'im', 'ive', 'youre', 'thats', 'dont', 'cant', 'wont', 'didnt', 'doesnt', 'isnt', 'wasnt', 'theyre', 'weve', 'hes', 'shes',
  // "Ta, Dawn": British thanks
  'ta',
  'social', 'number', 'email', 'phone', 'account', 'card', 'date', 'birth', 'yesterday', 'today', 'tomorrow', 'said',
])

/** Articles: "the Amber Alert", "a Grace Period" are things; a person's name rarely has one. */
export const ARTICLES = new Set(['the', 'a', 'an'])
/** What follows the modal "will" and never a person called Will ("will my", "will it", "will the"). */
export const MODAL_SUBJECTS = new Set(['my', 'i', 'you', 'it', 'this', 'that', 'the', 'we', 'they', 'he', 'she', 'your', 'our', 'their', 'these', 'those', 'a', 'an'])
/** A word of a number as spoken ("oh", "twenty", "double", "hundred"): a flight's or a train's number. */
export const isNumberWord = (w: string): boolean => UNIT_WORDS.has(w) || TEEN_WORDS.has(w) || TENS_WORDS.has(w) || REPEAT_WORDS.has(w) || w === 'hundred'

/** Prefixes English puts before words the word lists may hold only without them. */
export const ENGLISH_PREFIX = /^(?:re|un|pre|mis|over|under|dis|non|co)-?/

/** "We're", "you've": a function word's contraction (never a name nor a surname). */
export function functionWordContraction(w: string): boolean {
  const apostrophe = w.indexOf("'")
  // ... and any negation ("don't", "won't", "didn't")
  return apostrophe > 0 && (FUNCTION_WORDS.has(w.slice(0, apostrophe)) || w.endsWith("n't"))
}
