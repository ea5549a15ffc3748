/**
 * A text's own view of the name lexicon when it switches to Tagalog, Hindi-Urdu or Spanish ("Sir, yung cut-off
 * po ba ...", "haan ji mera PAN number hai ...", "Mira, el seguro dice ..."): that language's words that are
 * names elsewhere ("yung", "na", "ito", "ji", "hai": Chinese, Korean, Vietnamese and Japanese given names and
 * surnames; "mira", "dale") are its everyday words there, no names. Elsewhere the lexicon is left as it is
 * ("Yung Na called").
 *
 * @module
 */
import type { SwitchedLanguage } from './foreign-words.js'
import type { NameLexicon, RankedWords, WordSet } from './name-lexicon.js'

/** A language's markers a text must hold (distinct words) before its ambiguous words read as that language's. */
const SWITCH_MARKERS = 2
/** ... or the language's words of either kind, one marker among them. */
const SWITCH_WORDS = 3

/** A word in lower case (not a domain's or an address's part: "gmail.com", "@sapo.pt"). */
const LOWER_WORD = /(?<![\p{L}'’.@/-])\p{Ll}+(?:['’-]\p{Ll}+)*(?![\p{L}'’@-]|\.\p{L})/gu

/** The lexicon as `text` should be read: `lex` itself unless the text switches to one of `lex.switchedLanguages`. */
export function lexiconForText(text: string, lex: NameLexicon): NameLexicon {
  const { words, languages } = switchedWords(text, lex)
  if (words.size === 0) return lex
  const without = (list: WordSet): WordSet => ({ has: (w) => !words.has(w) && list.has(w) })
  const ranked = (list: RankedWords): RankedWords => ({ has: (w) => !words.has(w) && list.has(w), get: (w) => (words.has(w) ? undefined : list.get(w)) })
  const firstNames = without(lex.firstNames)
  const surnames = ranked(lex.surnames)
  // (a language's own words are words, not names; a name the lists hold stays one: "Pierre", "Rose")
  const vocabularies = languages.flatMap((l) => (l.vocabulary === undefined ? [] : [l.vocabulary()]))
  const ownWord = (w: string): boolean => vocabularies.some((v) => v.has(w)) && !firstNames.has(w) && !surnames.has(w)
  const withWords = (list: WordSet): WordSet => ({ has: (w) => words.has(w) || list.has(w) || ownWord(w) })
  return { ...lex, firstNames, surnames, knownWords: withWords(lex.knownWords), foreignWords: withWords(lex.foreignWords) }
}

/**
 * The words of the languages `text` switches to: two of a language's markers, or one and two of its
 * ambiguous words, written in lower case ("Ma'am, yung TIN ko po is ..."), say it does. Its markers come
 * too: a marker may be a rare surname ("po").
 */
function switchedWords(text: string, lex: NameLexicon): { words: ReadonlySet<string>; languages: SwitchedLanguage[] } {
  const markers = lex.switchedLanguages.map(() => new Set<string>())
  const ambiguous = lex.switchedLanguages.map(() => new Set<string>())
  const any = languageWords(lex.switchedLanguages)
  // (words written in lower case only: "PO Box", "Yung Na" are no one's Tagalog)
  for (const m of text.matchAll(LOWER_WORD)) {
    // (most words are none of theirs: one look-up for them all)
    if (!any.has(m[0])) continue
    lex.switchedLanguages.forEach((lang, k) => {
      if (lang.markers.has(m[0])) markers[k]?.add(m[0])
      else if (lang.ambiguous.has(m[0])) ambiguous[k]?.add(m[0])
    })
  }
  const out = new Set<string>()
  const languages: SwitchedLanguage[] = []
  lex.switchedLanguages.forEach((lang, k) => {
    const m = markers[k]?.size ?? 0
    if (m >= SWITCH_MARKERS || (m >= 1 && m + (ambiguous[k]?.size ?? 0) >= SWITCH_WORDS)) {
      languages.push(lang)
      for (const w of [...lang.ambiguous, ...lang.markers]) out.add(w)
    }
  })
  return { words: out, languages }
}

const LANGUAGE_WORDS = new WeakMap<readonly SwitchedLanguage[], ReadonlySet<string>>()

/** Every marker and ambiguous word of `languages`, built once per lexicon. */
function languageWords(languages: readonly SwitchedLanguage[]): ReadonlySet<string> {
  let words = LANGUAGE_WORDS.get(languages)
  if (words === undefined) {
    words = new Set(languages.flatMap((l) => [...l.markers, ...l.ambiguous]))
    LANGUAGE_WORDS.set(languages, words)
  }
  return words
}
