/**
 * The bottom layer of the dictionary name scan: a text's tokens read as words (lower-cased, possessive
 * removed, memoised), their case, their neighbours, and what English and the name lexicon know of them.
 *
 * @module
 */
import { ANIMAL_WORDS } from '../internal/context-lexicon.js'
import { labelColonAfter } from '../internal/context-words.js'
import { TokenKind, TokenList, tokenize } from '../internal/tokenize.js'
import { ENGLISH_PREFIX, FILLERS, FUNCTION_WORDS, SLANG } from './grammar-words.js'
import type { NameLexicon } from './name-lexicon.js'
import {
  ABBREVIATED_TITLES, DOTTED_ABBREVIATIONS, LABEL_CUES, NAME_WORDS, PRESENCE_QUESTION, ROLE_NOUNS, SAME_LINE_CUES, SURNAME_WORDS,
  TITLES, TURN_LABEL, TURN_LABELS,
} from './person-cue-words.js'
import { FIRM_SUFFIX } from './organisation-words.js'
import { NUMBER_WORDS_AFTER_SITE } from './place-cue-words.js'
import { ANIMAL_APPOSITION } from './thing-words.js'


/** Roles that label a speaker's turn though the word list lacks them ("Fundraiser: Hi there, ...", "Admin: Done."). */
const SPEAKER_ROLES: ReadonlySet<string> = new Set([
  'fundraiser', 'admin', 'caseworker', 'telecaller', 'telemarketer', 'interviewee', 'panelist', 'panellist', 'triager', 'scheduler',
  'verifier', 'underwriter', 'adjuster', 'adjustor', 'frontdesk', 'helpdesk', 'concierge', 'chatbot', 'bot', 'ivr', 'csr', 'rep', 'sup',
  'carer', 'porter', 'screener', 'lienholder', 'dispatcher', 'seller', 'buyer',
  // callers, customers, staff, sellers and buyers in German, Dutch, French, Spanish, Italian and Portuguese ("Anrufer: ...", "Verkäufer: ...")
  'anrufer', 'anruferin', 'kunde', 'kundin', 'mitarbeiter', 'mitarbeiterin', 'kundenbetreuer', 'kundenbetreuerin', 'berater',
  'beraterin', 'verkäufer', 'verkäuferin', 'käufer', 'käuferin', 'beller', 'klant', 'medewerker', 'appelant', 'appelante',
  'conseiller', 'conseillère', 'vendeur', 'acheteur', 'llamante', 'cliente', 'clienta', 'asesor', 'asesora', 'agente',
  'operador', 'operadora', 'vendedor', 'vendedora', 'comprador', 'compradora', 'chiamante', 'operatore', 'operatrice',
  'atendente', 'utente', 'usuario', 'usuaria', 'utilisateur', 'utilisatrice',
  // drivers, dispatchers, offices, clinicians, patients, spouses and guards labelling turns in Polish, Romanian,
  // Spanish, Portuguese, French, German, Italian, Dutch, Turkish, Czech and Hungarian ("Kierowca: ...", "Dispecer: ...")
  'kierowca', 'spedytor', 'spedytorka', 'dyspozytor', 'dyspozytorka', 'konsultant', 'konsultantka', 'klient', 'klientka',
  'pracownik', 'pracownica', 'biuro', 'kadrowa', 'kadry', 'magazynier', 'kurier', 'lekarz', 'lekarka', 'pielęgniarka',
  'pacjent', 'pacjentka', 'doradca', 'żona', 'mąż', 'șofer', 'şofer', 'sofer', 'dispecer', 'dispeceră', 'clientă', 'clienta',
  'angajat', 'angajată', 'pacient', 'pacientă', 'soție', 'soț', 'despachador', 'despachadora', 'despacho', 'chofer', 'chófer',
  'conductora', 'ajustador', 'ajustadora', 'guardia', 'esposa', 'esposo', 'paciente', 'médico', 'médica', 'doctora',
  'enfermera', 'enfermero', 'recepcionista', 'gerente', 'supervisora', 'transportista', 'motorista', 'enfermeira',
  'chauffeur', 'transporteur', 'patiente', 'médecin', 'infirmière', 'infirmier', 'standardiste', 'répartiteur', 'fahrer',
  'fahrerin', 'disponent', 'disponentin', 'spediteur', 'arzt', 'ärztin', 'patientin', 'empfang', 'autista', 'paziente',
  'infermiera', 'infermiere', 'centralinista', 'patiënt', 'vervoerder', 'şoför', 'şoför', 'müşteri', 'temsilci', 'operatör',
  'hasta', 'řidič', 'dispečer', 'zákazník', 'zákaznice', 'operátor', 'operátorka', 'sofőr', 'ügyfél', 'ügyintéző',
])
/** Surnames ranked below this are frequent: a listed role word that is one of them ("Porter:", "Carer:") may be a person's name. */
const ROLE_SURNAME_RANK = 5000
/** A line's label: a capitalised word and a colon opening the line; then the rest of the line. */
const LINE_LABEL = /(?:^|\n)[ \t]*(\p{Lu}[\p{L}'\u2019-]{0,30}):[ \t]([^\n]*)/gu
/** A line that ends a sentence (what a speaker says, not a field's value). */
const SENTENCE_END = /[.!?…]["'\u201d\u2019)]?[ \t]*$/u
/** One token list for every scan (a scan runs to completion before the next one starts). */
const scratchTokens = new TokenList(1024)

/** A capital, small letters, then a capital and small letters again: two words run together, or a name's prefix and its stem. */
const CAMEL_CASE = /^(\p{Lu}\p{Ll}+)\p{Lu}\p{Ll}+$/u
/** The prefixes names keep before a capital ("McKay", "MacArthur", "DeShawn", "LaToya", "DiCaprio", "VanDyke", "FitzGerald", "DuBois", "LeBlanc"). */
const NAME_PREFIXES: ReadonlySet<string> = new Set(['mc', 'mac', 'de', 'da', 'di', 'du', 'la', 'le', 'lo', 'van', 'von', 'fitz', 'st', 'ja', 'ke', 'ra', 'sha', 'ta', 'te', 'del', 'della', 'dos', 'ben', 'al', 'el', 'ap', 'ni', 'nic', 'ver', 'vande', 'ten', 'ter'])

/** A character code of an upper-case letter, in any script. */
export function isUpper(c: number): boolean {
  if (c < 128) return c >= 65 && c <= 90
  const ch = String.fromCharCode(c)
  return ch !== ch.toLowerCase() && ch === ch.toUpperCase()
}

/**
 * What every rule of the name scan reads a token by: its word, case and neighbours, whether English or
 * the name lists know it, where sentences and turns start. Reused across the scan's layers.
 */
export class ScanTokens {
  readonly tokens: TokenList
  readonly lowerMode: boolean

  readonly text: string
  /** The text holds a "<" (an address's display name may stand before one). */
  protected angleBracket: boolean | undefined
  /** Per-token memo of word() and raw() (each token is looked at by several rules); sized up front (fast elements). */
  private readonly words: (string | undefined)[]
  private readonly raws: (string | undefined)[]
  protected readonly lex: NameLexicon
  /** How many turn labels the text has, up to 2 (see `dialogue`). */
  private turns: number | undefined
  /** How often each word labels a line ("Domicilio: ..." -> domicilio: 1), lower case (see `formFieldLabel`). */
  private lineLabels: Map<string, number> | undefined

  constructor(text: string, lex: NameLexicon) {
    this.text = text
    this.lex = lex
    this.tokens = tokenize(text, scratchTokens)
    this.words = new Array<string | undefined>(this.tokens.length)
    this.raws = new Array<string | undefined>(this.tokens.length)
    // lower-case speech-to-text output, whose only capitals are its turns' labels of roles ("Caller: hi it's
    // jericho reyes", "Speaker B: ..."; a chat's "Owen M:" or "Priya:" names someone and keeps the case)
    // (while this is decided, `known` reads English words only: a label is an English role word)
    this.lowerMode = false
    this.lowerMode = !/[A-Z]/.test(text) || this.onlyRoleLabelsCapitalised()
  }

  /** Every capital of the text is in a turn label naming a role, not a person ("Agent:", "Speaker 2:", "B:"). */
  private onlyRoleLabelsCapitalised(): boolean {
    // (no colon, no label: most written text is settled without a pass over it)
    if (!this.text.includes(':')) return false
    let roles = true
    const rest = this.text.replace(TURN_LABELS, (_label: string, word: string) => {
      const w = word.toLowerCase()
      if (w.length > 1 && (!this.english(w) || this.lex.firstNames.has(w))) roles = false
      return ''
    })
    return roles && !/[A-Z]/.test(rest)
  }

  /** An English word, or in lower-case speech an everyday word of a language callers switch to ("mija", "hai", "po"). */
  known(w: string): boolean {
    return this.lex.knownWords.has(w) || (this.lowerMode && this.lex.foreignWords.has(w))
  }

  /**
   * An English word or a never-a-name word, also as a plural ("bots", "emails") or with a prefix English
   * adds to words the lists hold ("rebooked", "unverified", "preapproved"); never a prefix before a
   * name ("prescott" is no "scott" made again).
   */
  protected english(w: string): boolean {
    if (this.knownOrNotName(w)) return true
    const prefixed = ENGLISH_PREFIX.exec(w)
    if (prefixed !== null) {
      const rest = w.slice(prefixed[0].length)
      if (rest.length >= 4 && this.knownOrNotName(rest) && !this.lex.firstNames.has(rest) && !this.lex.surnames.has(rest)) return true
    }
    if (w.endsWith('s') && w.length >= 4 && (this.knownOrNotName(w.slice(0, -1)) || (w.endsWith('es') && this.knownOrNotName(w.slice(0, -2))) || (w.endsWith('ies') && this.knownOrNotName(`${w.slice(0, -3)}y`)))) return true
    // "billing", "rescheduled": a verb's -ing and -ed forms of a word the lists hold (not a name's: "Browning", "Fielding")
    if (w.length >= 6 && (w.endsWith('ing') || w.endsWith('ed')) && !this.lex.firstNames.has(w) && !this.lex.surnames.has(w)) {
      const stem = w.slice(0, w.endsWith('ing') ? -3 : -2)
      if (stem.length >= 3 && (this.known(stem) || this.known(`${stem}e`) || (stem.at(-1) === stem.at(-2) && this.known(stem.slice(0, -1))))) return true
    }
    return this.compound(w)
  }

  /**
   * "... within 48 hours, sir. Kindly keep ...": a title said as a word (not an abbreviation, which takes
   * a period: "Mr. Smith") ends its sentence before word i, and names nothing after it.
   */
  protected titleEndsSentence(i: number, title: string): boolean {
    if (ABBREVIATED_TITLES.has(title)) return false
    let before = i - 1
    while (before >= 0 && before > i - 5 && this.tokens.kind(before) !== TokenKind.Word) before--
    return before >= 0 && this.tokens.kind(before) === TokenKind.Word && /[.?!]/.test(this.text.slice(this.tokens.end(before), this.tokens.start(i)))
  }

  /** A known word or a never-a-name word. */
  private knownOrNotName(x: string): boolean {
    return this.known(x) || this.lex.notNames.has(x)
  }

  /**
   * Two English words written as one ("autopay", "paperless", "keycard"), each of three letters or
   * more, when the word is no name the dictionaries hold ("Newton", "Freeman" stay names).
   */
  private compound(w: string): boolean {
    if (w.length < 6 || w.length > 20 || this.lex.firstNames.has(w) || this.lex.surnames.has(w) || !/^[a-z]+$/.test(w)) return false
    for (let k = 3; k <= w.length - 3; k++) {
      const head = w.slice(0, k)
      const rest = w.slice(k)
      if (this.known(head) && this.known(rest) && !this.lex.firstNames.has(head) && !this.lex.firstNames.has(rest)) return true
    }
    return false
  }

  /** A word no English list, foreign-word list or slang list knows, of four letters or more: a name more likely than not after a cue. */
  protected unknownWord(w: string): boolean {
    // (nor one shaped as a bank's or a wallet's name)
    return !this.known(w) && !SLANG.has(w) && !this.lex.foreignWords.has(w) && /^\p{L}[\p{L}'-]{3,}$/u.test(w) && !this.firmShaped(w)
  }

  /** A word no list knows that ends as one-word firms' names do ("Vietcombank", "Techcombank", "ZaloPay"; not the surnames "Fairbank", "Eubank"). */
  protected firmShaped(w: string): boolean {
    return FIRM_SUFFIX.test(w) && !this.known(w) && !this.lex.surnames.has(w) && !this.lex.firstNames.has(w)
  }

  /** Token i ("HMRC", "LHDN", "DVLA") is written in 3-5 capitals with at most one vowel ("TJ", "AJ" may be a person), and is no given name or surname. */
  protected initialism(i: number, w: string): boolean {
    const len = this.tokens.end(i) - this.tokens.start(i)
    if (len < 3 || len > 5 || this.raw(i) !== w || /[^A-Z]/.test(this.text.slice(this.tokens.start(i), this.tokens.end(i)))) return false
    let vowels = 0
    for (const ch of w) if ('aeiouy'.includes(ch)) vowels++
    return vowels <= 1 && !this.lex.firstNames.has(w) && !this.lex.surnames.has(w)
  }

  /**
   * Token i is written in 2-6 capitals in mixed-case text and is no given name or surname ("SUSI", "COPD"):
   * looser than `initialism`, for where only weak evidence (a verb after it, a list around it) would make
   * it a name.
   */
  capitalsNoName(i: number): boolean {
    if (this.lowerMode) return false
    const raw = this.text.slice(this.tokens.start(i), this.tokens.end(i))
    // ... or a brand's two words run together ("ServPro", "FedEx"), not a name's prefix before its capital ("McKay", "DeShawn", "LaToya")
    const camel = CAMEL_CASE.exec(raw)
    if (camel !== null) return !NAME_PREFIXES.has((camel[1] as string).toLowerCase())
    if (!/^[A-Z]{2,6}$/.test(raw)) return false
    const w = this.word(i)
    return !this.lex.firstNames.has(w) && !this.lex.surnames.has(w)
  }

  /** "there" at token k ends its clause: the text's end, a pause, a question mark, or "please" ("is layla there  please"). */
  protected thereEnds(k: number): boolean {
    const rest = this.text.slice(this.tokens.end(k), this.tokens.end(k) + 10)
    return /^(?:\s*$|\s{2}|\s*[?.,!]|\s+please\b)/.test(rest)
  }

  /**
   * The text right after word i starts with what a sticky pattern (`y`) matches: tested in place, no
   * slice; only when a blank, a comma or a bracket follows the word, as every such pattern starts.
   */
  protected followedBy(re: RegExp, i: number): boolean {
    const end = this.tokens.end(i)
    const c = this.text.charCodeAt(end)
    if (c !== 32 && c !== 44 && c !== 40) return false
    re.lastIndex = end
    return re.test(this.text)
  }

  /** The character before word i, spaces and tabs skipped ('' at the text's start). */
  protected markBefore(i: number): string {
    let k = this.tokens.start(i) - 1
    while (k >= 0 && (this.text.charCodeAt(k) === 32 || this.text.charCodeAt(k) === 9)) k--
    return k < 0 ? '' : this.text.charAt(k)
  }

  /** Lower-cased word with a possessive 's removed (for dictionary look-ups); memoised per token. */
  word(i: number): string {
    let w = this.words[i]
    if (w === undefined) {
      // (raw() has turned a curly apostrophe straight: "'s" is the one possessive left to strip)
      const r = this.raw(i)
      w = r.length >= 2 && r.charCodeAt(r.length - 1) === 115 && r.charCodeAt(r.length - 2) === 39 ? r.slice(0, -2) : r
      this.words[i] = w
    }
    return w
  }

  /** Lower-cased word as written (for cues such as "it's"); memoised per token. */
  protected raw(i: number): string {
    let r = this.raws[i]
    if (r === undefined) {
      const start = this.tokens.start(i)
      const end = this.tokens.end(i)
      r = end - start > 30 ? '' : this.text.slice(start, end).toLowerCase()
      if (r.includes('\u2019')) r = r.replaceAll('\u2019', "'")
      this.raws[i] = r
    }
    return r
  }

  cap(i: number): boolean {
    const start = this.tokens.start(i)
    const len = this.tokens.end(i) - start
    if (!isUpper(this.text.charCodeAt(start))) return false
    // ALL-CAPS words of two or three letters are acronyms (SSN, IP), not capitalised names; but after a
    // title in capitals they are a surname in capitals ("MS LAW:", "DR. NG").
    return len === 1 || !isUpper(this.text.charCodeAt(start + 1)) || len >= 4 || this.capitalTitleBefore(i)
  }

  /** Word i comes right after an abbreviated title written in capitals ("MS", "DR."). */
  private capitalTitleBefore(i: number): boolean {
    let j = i - 1
    if (this.tokens.kind(j) !== TokenKind.Space || this.tokens.end(j) - this.tokens.start(j) !== 1) return false
    j--
    if (this.tokens.kind(j) === TokenKind.Other && this.text.charCodeAt(this.tokens.start(j)) === 46) j--
    if (this.tokens.kind(j) !== TokenKind.Word || !ABBREVIATED_TITLES.has(this.raw(j))) return false
    return /^[A-Z]+$/.test(this.text.slice(this.tokens.start(j), this.tokens.end(j)))
  }

  /** The last prevWords answer: rules ask it of one token again and again, for two words, then three ... */
  private lastPrev: { readonly i: number; readonly max: number; readonly out: readonly string[] } = { i: -1, max: 0, out: [] }

  /**
   * Up to two previous words (nearest first), skipping spaces and commas; stops at sentence punctuation.
   * The first `max` words do not depend on `max`, so a longer answer for the same token serves a shorter ask.
   */
  protected prevWords(i: number, max = 2): readonly string[] {
    const last = this.lastPrev
    if (last.i === i && last.max >= max) return last.out.length > max ? last.out.slice(0, max) : last.out
    const out = this.readPrevWords(i, max)
    this.lastPrev = { i, max, out }
    return out
  }

  private readPrevWords(i: number, max: number): string[] {
    const out: string[] = []
    let j = i - 1
    // disfluencies are no words of a cue: "this uh is is fatima" (a hesitation, a word said twice),
    // "this i mean is maria" (a self-correction's "i mean"); two at most, so a text of one
    // word repeated is not read back to its start from every word
    let skips = 0
    let newLine = false
    let question = false
    while (j >= 0 && out.length < max) {
      const kind = this.tokens.kind(j)
      if (kind === TokenKind.Space) {
        if (out.length === 0 && !newLine && this.text.slice(this.tokens.start(j), this.tokens.end(j)).includes('\n')) newLine = true
      } else if (kind === TokenKind.Word) {
        const w = this.raw(j)
        if (newLine && out.length === 0 && SAME_LINE_CUES.has(w)) break
        // "your first name Debtor: jun": the answer's turn label stands between the question and the name
        if (out.length === 0 && this.cap(j) && this.speakersRole(j, w) && NAME_WORDS.has(this.word(this.tokens.wordBefore(j)))) {
          j--
          continue
        }
        // hesitations are skipped however many (none of them is ever scored as a name), and so is a
        // question's "please" ("Your name please? Kiprono.")
        if (question && out.length === 0 && w === 'please') {
          // (skipped)
        } else if (!FILLERS.has(w)) {
          const iMean = skips < 2 && w === 'mean' ? this.tokens.wordBefore(j) : -1
          if (iMean >= 0 && this.raw(iMean) === 'i') {
            j = iMean
            skips++
          } else if (skips < 2 && out[out.length - 1] === w) skips++
          // "this is dawn  dawn pettiford", "under june  june osei": the name itself said twice (a restart)
          else if (skips < 2 && out.length === 0 && w === this.raw(i)) skips++
          else out.push(w)
        }
      }
      else if (kind === TokenKind.Other) {
        const c = this.text.charAt(this.tokens.start(j))
        // "What's your name? Shintarou Hamaguchi": the answer to a question about a name.
        // ... about a surname, maybe with "please" ("Your name please? Kiprono. And surname? Langat.")
        const asked = this.tokens.wordBefore(j)
        const askedWord = this.word(asked) === 'please' ? this.word(this.tokens.wordBefore(asked)) : this.word(asked)
        const nameQuestion = c === '?' && out.length === 0 && NAME_WORDS.has(askedWord)
        question = nameQuestion
        // (an opening quote right before the word: 'Horse: "Rosie"', 'my dog "Max"')
        const openingQuote = out.length === 0 && j === i - 1 && (c === '"' || c === '“') && this.tokens.end(j) === this.tokens.start(i)
        if (c !== ',' && c !== '.' && c !== ':' && !nameQuestion && !openingQuote) break
        if (c === '.' && !TITLES.has(this.word(j - 1))) break
      } else if (kind === TokenKind.Digits) {
        // "... first name Speaker 2: jun": a speaker's number in the answer's turn label
        const label = out.length === 0 && this.tokens.end(j) - this.tokens.start(j) <= 2 && this.text.charCodeAt(this.tokens.end(j)) === 58 && this.raw(this.tokens.wordBefore(j)) === 'speaker'
        if (!label) break
        j = this.tokens.wordBefore(j)
      }
      j--
    }
    return out
  }

  /** Token k is one blank: a space, not a line break ("Dylan Lawson\nInsurance No: ..." are two lines). */
  protected oneSpace(k: number): boolean {
    const tk = this.tokens
    return tk.kind(k) === TokenKind.Space && tk.end(k) - tk.start(k) === 1 && this.text.charCodeAt(tk.start(k)) !== 10
  }

  /** The word before word i is glued to a number: a unit ("1728ms, error rate"), not a title ("Ms"). */
  protected unitBefore(i: number): boolean {
    const tk = this.tokens
    let j = i - 1
    while (j > 0 && (tk.kind(j) === TokenKind.Space || (tk.kind(j) === TokenKind.Other && ',.:'.includes(this.text.charAt(tk.start(j)))))) j--
    if (j <= 0 || tk.kind(j) !== TokenKind.Word) return false
    // ("jitter 6 ms. Server: Regina": a unit in lower case a space after its number)
    return tk.kind(j - 1) === TokenKind.Digits || (tk.kind(j - 1) === TokenKind.Space && tk.kind(j - 2) === TokenKind.Digits && !isUpper(this.text.charCodeAt(tk.start(j))) && this.text.slice(tk.start(j - 1), tk.end(j - 1)) === ' ')
  }

  protected possessive(i: number): boolean {
    const r = this.raw(i)
    return r.endsWith("'s") || r.endsWith('\u2019s')
  }

  /** A word, one space, then word i: nothing (a comma, a line break) between them. */
  protected wordRightBefore(i: number): boolean {
    return this.oneSpace(i - 1) && this.tokens.kind(i - 2) === TokenKind.Word
  }

  /** Word k is an airline's two-character code in capitals ("UA", "DL", "B6"). */
  protected airlineCode(k: number): boolean {
    const start = this.tokens.start(k)
    return this.tokens.end(k) - start === 2 && /^[A-Z][A-Z0-9]$/.test(this.text.slice(start, start + 2))
  }

  /**
   * The token of the first of one to three capital initials right before word i ("L. Fischer",
   * "A. K. Sharma", "J. R. R. Tolkien"), not part of an abbreviation ("U. S.", "Ph. D."), else -1.
   */
  protected initialBefore(i: number): number {
    const tk = this.tokens
    let k = this.dottedInitialBefore(i)
    if (k < 0) return -1
    let count = 1
    for (let prev = this.dottedInitialBefore(k); prev >= 0 && count < 3; prev = this.dottedInitialBefore(k)) {
      k = prev
      count++
    }
    // "U. S. Army", "A. M.": two initials that spell a country, a city or a time of day
    if (count === 2 && DOTTED_ABBREVIATIONS.has(this.text.charAt(tk.start(k)) + this.text.charAt(tk.start(k + 3)))) return -1
    // "N.A.T.O. Smith", "Ph. D. Jones": a full stop before the first initial that no title's is ("Dr. C. Lambert")
    const before = k - 1 >= 0 && tk.kind(k - 1) === TokenKind.Space ? k - 2 : k - 1
    // (a sentence's stop after a longer word is no abbreviation's: "... for further information.\nJ. Whitfield")
    const stopAfter = before >= 0 ? tk.wordBefore(before) : -1
    const abbreviation = stopAfter >= 0 && tk.end(stopAfter) === tk.start(before) && tk.end(stopAfter) - tk.start(stopAfter) <= 2
    if (before >= 0 && tk.kind(before) === TokenKind.Other && this.text.charCodeAt(tk.start(before)) === 46 && abbreviation && !TITLES.has(this.word(stopAfter))) return -1
    return k
  }

  /**
   * The token of the first of one to three capital letters without full stops right before word i ("Mr J Smith",
   * "J M Ortiz"), else -1. Not "I", and not a letter that another capitalised word names ("Plan B Smith",
   * "Model T Ford") or a number counts ("Section 3 B Smith").
   */
  protected bareInitialsBefore(i: number): number {
    const tk = this.tokens
    let k = -1
    for (let j = i, n = 0; n < 3 && this.oneSpace(j - 1); n++) {
      const c = j - 2
      if (c < 0 || tk.kind(c) !== TokenKind.Word || tk.end(c) - tk.start(c) !== 1 || !isUpper(this.text.charCodeAt(tk.start(c)))) break
      k = c
      j = c
    }
    if (k < 0 || (k === i - 2 && this.text.charCodeAt(tk.start(k)) === 73)) return -1
    const before = k - 1 >= 0 && tk.kind(k - 1) === TokenKind.Space ? k - 2 : k - 1
    if (before < 0 || this.titleBeforeInitial(k)) return k
    const kind = tk.kind(before)
    if (kind === TokenKind.Digits) return -1
    if (kind === TokenKind.Word) return isUpper(this.text.charCodeAt(tk.start(before))) ? -1 : k
    return this.text.charCodeAt(tk.start(before)) === 46 && tk.end(before) === tk.start(k) ? -1 : k
  }

  /** A title and initials, with full stops or without, right before word i ("Mr. J. Smith", "Mrs K Patel"). */
  protected titledInitials(i: number): boolean {
    return this.titleBeforeInitial(this.initialBefore(i)) || this.titleBeforeInitial(this.bareInitialsBefore(i))
  }

  /** Initials without full stops before word i make it a surname: a census one, or any unknown word after two. */
  protected bareInitialsOwn(i: number, w: string): boolean {
    const k = this.bareInitialsBefore(i)
    return k >= 0 && (this.lex.surnames.has(w) || k < i - 2)
  }

  /** The token of a capital letter and its full stop right before word i ("L. Fischer": L), else -1. */
  private dottedInitialBefore(i: number): number {
    const tk = this.tokens
    if (tk.kind(i - 1) !== TokenKind.Space || tk.kind(i - 2) !== TokenKind.Other || this.text.charCodeAt(tk.start(i - 2)) !== 46) return -1
    const k = i - 3
    if (k < 0 || tk.kind(k) !== TokenKind.Word || tk.end(k) - tk.start(k) !== 1 || !isUpper(this.text.charCodeAt(tk.start(k)))) return -1
    // (a letter glued to what comes before it ends a code, not a name's initial: "MAC ...-56-5C. Rebooted")
    if (k > 0 && tk.end(k - 1) === tk.start(k) && tk.kind(k - 1) !== TokenKind.Space && !/[\s(\["'“‘]/.test(this.text.charAt(tk.start(k) - 1))) return -1
    return k
  }

  /** A number right after word i, in digits or in words ("ward twelve", "Room 4"). */
  protected numberFollows(i: number): boolean {
    if (!this.oneSpace(i + 1)) return false
    const k = i + 2
    return this.tokens.kind(k) === TokenKind.Digits || (this.tokens.kind(k) === TokenKind.Word && NUMBER_WORDS_AFTER_SITE.has(this.raw(k)))
  }

  /** A number right after word i ("Beerninckstraat 88": a house number). */
  protected numberAfter(i: number): boolean {
    return this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Digits
  }

  /** A title before the initial at token k ("Mr. J.", "Dr C."). */
  protected titleBeforeInitial(k: number): boolean {
    if (k < 0) return false
    const tk = this.tokens
    let j = k - 1
    if (tk.kind(j) === TokenKind.Space) j--
    if (tk.kind(j) === TokenKind.Other && this.text.charCodeAt(tk.start(j)) === 46) j--
    return j >= 0 && tk.kind(j) === TokenKind.Word && TITLES.has(this.word(j))
  }

  protected commaAt(j: number): boolean {
    return j >= 0 && j < this.tokens.length && this.tokens.kind(j) === TokenKind.Other && this.text.charCodeAt(this.tokens.start(j)) === 44
  }

  /** What follows word i says it is an animal: ", my cocker spaniel", " (labrador)", " the cat", " is a beagle". */
  protected animalAfter(i: number): boolean {
    const m = ANIMAL_APPOSITION.exec(this.text.slice(this.tokens.end(i), this.tokens.end(i) + 48))
    return m !== null && ANIMAL_WORDS.has((m[1] ?? m[2] ?? m[3] ?? m[4] ?? '').toLowerCase())
  }

  /** "Hi, is Will there?": word i, then "there" and a question mark (someone asked for on the phone). */
  protected thereQuestion(i: number): boolean {
    // "Is Will there?", "Is Hope on the call yet?", "Is Grace available?": asked whether someone is present
    return PRESENCE_QUESTION.test(this.text.slice(this.tokens.end(i), this.tokens.end(i) + 40))
  }

  /**
   * Word i is an identifier made of joined English words, each capitalised ("InvalidOperation",
   * "PaymentService"), none of them a given name ("McDonald", "MacArthur", "DeShawn" are names).
   */
  /** Word i is glued to the digits after it, or joined to them by a hyphen ("RITM0077982", "NOVA-4328"). */
  protected keyBeforeDigits(i: number): boolean {
    const end = this.tokens.end(i)
    const c = this.text.charCodeAt(end)
    if (c >= 48 && c <= 57) return true
    const d = this.text.charCodeAt(end + 1)
    if (c === 45 && d >= 48 && d <= 57) return true
    // "PA/04418/2023", "HC/2024/118": a case's or a file's reference, capitals slashed to digits
    return c === 47 && d >= 48 && d <= 57 && /^[A-Z]{1,4}$/.test(this.text.slice(this.tokens.start(i), end))
  }

  /** A colon (then spaces) right before word i: the word opens what follows a label ("Caller: ..."). */
  protected colonBefore(i: number): boolean {
    let j = i - 1
    if (this.tokens.kind(j) === TokenKind.Space) j--
    return j >= 0 && this.tokens.kind(j) === TokenKind.Other && this.text.charCodeAt(this.tokens.start(j)) === 58
  }

  /**
   * Word w (lower case) labels one line of a form: the text's lines open with three or more different labels
   * and this one opens only one of them ("Pasajero: ...\nDocumento: DNI ...\nVuelo: LA 2033\nSeguro: ..."), and
   * most of those lines hold a value, not a sentence: a dialogue's lines end theirs.
   */
  protected formFieldLabel(w: string): boolean {
    if (this.lineLabels === undefined) {
      this.lineLabels = new Map()
      let lines = 0
      let sentences = 0
      if (this.text.includes(':')) {
        for (const m of this.text.matchAll(LINE_LABEL)) {
          const label = (m[1] as string).toLowerCase()
          this.lineLabels.set(label, (this.lineLabels.get(label) ?? 0) + 1)
          lines++
          if (SENTENCE_END.test(m[2] as string)) sentences++
        }
      }
      // (what most lines hold is said, not filled in: "Ubul: What a wife.\nNicole: Remember me, Mary? ...")
      if (sentences * 2 > lines) this.lineLabels.clear()
    }
    return this.lineLabels.size >= 3 && this.lineLabels.get(w) === 1
  }

  /** The text is a dialogue: at least two turns open with a capitalised label and a colon. */
  protected dialogue(): boolean {
    if (this.turns === undefined) {
      let n = 0
      TURN_LABEL.lastIndex = 0
      while (n < 2 && TURN_LABEL.exec(this.text) !== null) n++
      this.turns = n
    }
    return this.turns >= 2
  }

  /**
   * Word i is addressed at the end of a clause: a comma before it and the sentence's end right after
   * ("After sign-off, Bill.", "Fair point, Sunny.", "Is that still current, Da-eun?").
   */
  protected vocative(i: number): boolean {
    const tk = this.tokens
    if (tk.kind(i - 1) !== TokenKind.Space || tk.kind(i - 2) !== TokenKind.Other || this.text.charAt(tk.start(i - 2)) !== ',') return false
    if (tk.kind(i + 1) !== TokenKind.Other || !'.!?'.includes(this.text.charAt(tk.start(i + 1)))) return false
    // "..., Inc.", "Savannah, Georgia.": no capitalised word right before the comma
    const before = tk.wordBefore(i - 2)
    return before < 0 || !this.cap(before)
  }

  /** Word i is an English word, no name the dictionaries hold, labelling a turn or a field ("Tenant: ..."). */
  protected roleLabel(i: number, w: string): boolean {
    if (!labelColonAfter(this.text, this.tokens.end(i))) return false
    if (this.lex.firstNames.has(w)) return false
    // (a role listed here may be a rare surname too, "Șofer" folding to "sofer": the role is what labels a turn)
    return this.lex.surnames.has(w) ? SPEAKER_ROLES.has(w) && (this.lex.surnames.get(w) ?? 0) > ROLE_SURNAME_RANK : this.english(w) || SPEAKER_ROLES.has(w)
  }

  /**
   * Word i labels a speaker's turn and is no cue for what follows: not a field's label whose value is a
   * name ("Name:", "Applicant: Jo Reyes", "Manager: Selam Girma"), so a cue before it still counts.
   */
  protected speakersRole(i: number, w: string): boolean {
    return !LABEL_CUES.has(w) && !ROLE_NOUNS.has(w) && !SURNAME_WORDS.has(w) && w !== 'name' && this.roleLabel(i, w)
  }

  protected speakerLabel(i: number): boolean {
    const tk = this.tokens
    if (tk.kind(i + 1) !== TokenKind.Other || this.text.charCodeAt(tk.start(i + 1)) !== 58) return false
    const next = tk.kind(i + 2)
    // dialogue follows a speaker's label; a number or a code ("IBAN: FR14 2004 ...") follows a field's,
    // and so does a full name ("Attendees: Farida Osei, ...")
    if (next === TokenKind.Space) {
      // ... and an amount follows a field's ("Copay: $0.00"), and a phone number's "+" or "(" ("Puhelin: +358 40 ...")
      if (tk.kind(i + 3) !== TokenKind.Word) return tk.kind(i + 3) !== TokenKind.Digits && !'$£€¥₹'.includes(this.text.charAt(tk.start(i + 3))) && !('+(#'.includes(this.text.charAt(tk.start(i + 3))) && tk.kind(i + 4) === TokenKind.Digits)
      if (tk.kind(i + 4) === TokenKind.Digits) return false
      // ... and a code of letters and digits ("Mitgliedsnummer: FS-1048837")
      if (tk.kind(i + 4) === TokenKind.Other && tk.kind(i + 5) === TokenKind.Digits && '-/'.includes(this.text.charAt(tk.start(i + 4)))) return false
      // a single word ending the line is a field's value ("Nom: Laurent", "Azienda: Philips")
      if (tk.kind(i + 4) === TokenKind.None || (tk.kind(i + 4) === TokenKind.Space && this.text.slice(tk.start(i + 4), tk.end(i + 4)).includes('\n'))) return false
      // ("Aroha: Our German supplier's IBAN ...": a function word starts what the speaker says)
      return !(this.cap(i + 3) && !FUNCTION_WORDS.has(this.word(i + 3)) && this.oneSpace(i + 4) && tk.kind(i + 5) === TokenKind.Word && this.cap(i + 5))
    }
    return next === TokenKind.Other && '"\u201c\''.includes(this.text.charAt(tk.start(i + 2)))
  }

  protected sentenceStart(i: number): boolean {
    let j = i - 1
    while (j >= 0) {
      const kind = this.tokens.kind(j)
      if (kind === TokenKind.Space) {
        if (this.text.slice(this.tokens.start(j), this.tokens.end(j)).includes('\n')) return true
        j--
        continue
      }
      if (kind !== TokenKind.Other) return false
      const c = this.text.charAt(this.tokens.start(j))
      // "D." (an initial) and "Mr." do not end a sentence.
      if (c === '.' && this.tokens.kind(j - 1) === TokenKind.Word) {
        const prev = this.tokens.end(j - 1) - this.tokens.start(j - 1)
        if (prev === 1 || TITLES.has(this.word(j - 1))) return false
      }
      // "[00:17:20] Babatunde: ...": a turn starts after a bracketed timestamp
      return c === '.' || c === '!' || c === '?' || c === '"' || c === ':' || c === ';' || c === '(' || c === '-' || c === ']'
    }
    return true
  }
}
