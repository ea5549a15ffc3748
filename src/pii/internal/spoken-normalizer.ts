/**
 * The spoken-form normaliser: rewrites number words ("four one five", "oh", "double five",
 * "nineteen sixty four", "twenty seventh"), spoken e-mail joiners ("dot", "at", "underscore",
 * "dash") into their written form, keeping an offset map to the original text. Detectors run on
 * the normalised view; findings are mapped back to the original words.
 *
 * Rules: adjacent single-digit tokens join when at least one of them was spoken ("four one five,
 * five five five" -> "415555"); compound numbers (teens, tens, years, ordinals) keep their
 * separators ("nine twenty seven nineteen forty eight" -> "9 27 1948"). Runs in linear time.
 *
 * @module
 */
import { DUTCH_NUMBER_WORDS, DUTCH_TENS, dutchNumberAt } from './dutch-numbers.js'
import { FRENCH_NUMBER_WORDS, frenchNumberAt } from './french-numbers.js'
import type { SpokenNumber, WordCursor } from './number-grammar.js'
import { ROMANCE_NUMBER_WORDS, ROMANCE_TENS, romanceNumberAt } from './romance-numbers.js'
import { CYRILLIC_TENS, GREEK_NUMBER_WORDS, GREEK_TENS, greekNumberAt, RUSSIAN_NUMBER_WORDS, russianNumberAt, TURKISH_GREEK_DIGITS, TURKISH_NUMBER_WORDS, TURKISH_TENS, turkishNumberAt, UKRAINIAN_NUMBER_WORDS, ukrainianNumberAt } from './grouped-number-grammars.js'
import { OffsetTextBuilder, type OffsetText } from './offset-text.js'
import { isLetter, tokenize, TokenKind, TokenList } from './tokenize.js'
import {
  MONTH_WORDS,
  ORDINAL_TEEN_WORDS,
  ORDINAL_UNIT_WORDS,
  REPEAT_WORDS,
  TEEN_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  ordinalSuffix,
} from './number-words.js'

type NumberKind = 'digits' | 'compound'

interface Phrase {
  out: string
  kind: NumberKind
  /** Index of the last token consumed. */
  last: number
}

const MAX_WORD = 12

/** The words said for the dots of an IP address between its numbers. */
const DOT_WORDS: ReadonlySet<string> = new Set(['dot', 'point', 'period'])
const JOINER_WORDS: ReadonlySet<string> = new Set(['dot', 'period', 'point', 'underscore', 'dash', 'hyphen', 'slash', 'at', 'plus'])
/** Joiners of a spoken e-mail address: letters spelled out next to one of them belong to the address. */
const EMAIL_JOINERS: ReadonlySet<string> = new Set(['dot', 'period', 'underscore', 'dash', 'hyphen', 'at'])

/** Acronyms that cue a value, joined when spelled letter by letter ("s s n" -> "ssn"). */
const CUE_ACRONYMS: ReadonlySet<string> = new Set(['ssn', 'dob', 'itin', 'iban', 'ip', 'sin', 'pps', 'ppsn', 'nhi', 'mrn', 'nhs', 'bsb', 'tfn', 'ird', 'ein', 'tin', 'crn', 'cvv', 'cvc', 'csc', 'bsn', 'cpr', 'nie', 'dni', 'nin', 'cnic', 'nic', 'nid', 'qid', 'upi', 'ifsc', 'ohip', 'phn', 'chi', 'ihi', 'mbi', 'upn'])

/** Words that are never part of a domain said after "at" ("at the office dot ..."). */
const DOMAIN_STOP: ReadonlySet<string> = new Set(['the', 'my', 'your', 'our', 'his', 'her', 'their', 'this', 'that', 'and', 'or', 'to', 'of', 'in', 'on', 'at', 'home', 'work'])

/** Hesitations that may interrupt a number read out ("four one five uh five five five"). */
const FILLER_WORDS: ReadonlySet<string> = new Set(['uh', 'um', 'er', 'erm', 'uhm', 'umm', 'ah', 'eh'])
/** The spelling alphabet's code words (NATO/ICAO), each read as its letter inside a run of letters. */
const SPELLING_ALPHABET: ReadonlyMap<string, string> = new Map([
  ['alpha', 'a'], ['alfa', 'a'], ['bravo', 'b'], ['charlie', 'c'], ['delta', 'd'], ['echo', 'e'], ['foxtrot', 'f'], ['golf', 'g'],
  ['hotel', 'h'], ['india', 'i'], ['juliet', 'j'], ['juliett', 'j'], ['kilo', 'k'], ['lima', 'l'], ['mike', 'm'], ['november', 'n'],
  ['oscar', 'o'], ['papa', 'p'], ['quebec', 'q'], ['romeo', 'r'], ['sierra', 's'], ['tango', 't'], ['uniform', 'u'], ['victor', 'v'],
  ['whiskey', 'w'], ['whisky', 'w'], ['x-ray', 'x'], ['xray', 'x'], ['yankee', 'y'], ['zulu', 'z'],
])
/** Words of a pause between the groups of a number read out (with `PAUSE_PHRASES`); not "wait", which mostly takes digits back ("eight, wait, nine seven"). */
const PAUSE_WORDS: ReadonlySet<string> = new Set([...FILLER_WORDS, 'uhh', 'hmm', 'and', 'then', 'okay', 'ok', 'next', 'like'])
/** Words that make the number before them a count ("eleven digits", "two letters"). */
const COUNTED_WORDS: ReadonlySet<string> = new Set(['digits', 'digit', 'numbers', 'characters', 'letters', 'figures', 'chars'])
/** Words after which "one" stands for a thing said before ("my work one", "the new one", "which one"). */
const ONE_AS_PRONOUN_AFTER: ReadonlySet<string> = new Set([
  'the', 'that', 'this', 'which', 'each', 'every', 'no', 'any', 'another', 'other', 'same', 'old', 'new', 'older', 'newer',
  'work', 'home', 'personal', 'mobile', 'cell', 'landline', 'main', 'right', 'wrong', 'last', 'only', 'current', 'previous',
  'usual', 'best', 'better',
])
/** The shape of a country's adjective ("Irish", "Nigerian", "Indian", "Chinese", "Pakistani", "Dutch"). */
const NATIONALITY_ADJECTIVE = /^(?=[a-z]{4,}$)[a-z]+(?:ish|ian|an|ese|ic|i|ch)$/
/** What stands before such an adjective when "one" after it is the pronoun ("an Irish one", "my Indian one"). */
const ARTICLES_AND_OWNERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'my', 'his', 'her', 'their', 'our', 'your'])
const PAUSE_PHRASES: readonly (readonly string[])[] = [['hang', 'on'], ['hold', 'on'], ['you', 'know'], ['let', 'me', 'see'], ['let', 'me', 'check'], ["let's", 'see'], ['after', 'that']]
/** The longest word that starts a pause ("let's", "after"). */
const MAX_PAUSE_WORD = 5

/**
 * "at" and "dot" as callers who switch languages say them in an address ("karina punto vasquez arroba
 * gmail punto com", "mathieu arobase videotron", "birgit punkt lehmann at gmx punkt de", "sana tiret benjelloun"): read as the
 * English words, so an address is joined by the same rules ("a las tres en punto" stays words: no
 * "at" and domain around it).
 */
const FOREIGN_JOINERS: ReadonlyMap<string, string> = new Map([
  ['arroba', 'at'], ['arobase', 'at'], ['punto', 'dot'], ['ponto', 'dot'], ['punkt', 'dot'],
  // (French "tiret" for a dash, "tiret du bas" read as a dash too; Spanish "guion"; Dutch "streepje")
  ['tiret', 'dash'], ['guion', 'dash'], ['guión', 'dash'], ['streepje', 'dash'],
  // (Dutch "apenstaartje" for "@", and "punt" read as French "point" is: a dot in an address or between numbers only)
  ['apenstaartje', 'at'], ['punt', 'point'],
  // (Polish "małpa" for "@" and "kropka" for a dot, Romanian "punct": read as "point" is)
  ['małpa', 'at'], ['malpa', 'at'], ['kropka', 'point'], ['punct', 'point'],
  // (Turkish "nokta" and Greek "τελεία" for a dot, Greek "παπάκι" for "@"; Turkish "et" is read before a mail domain only)
  ['nokta', 'point'], ['τελεία', 'point'], ['τελεια', 'point'], ['παπάκι', 'at'], ['παπακι', 'at'],
  // (Russian "собака" and Ukrainian "собачка" or "равлик" for "@", "точка" and "крапка" for a dot; Indonesian and Malay
  // "titik", Vietnamese "chấm")
  ['собака', 'at'], ['собачка', 'at'], ['равлик', 'at'], ['точка', 'point'], ['крапка', 'point'], ['titik', 'point'], ['chấm', 'point'],
  // (Spanish "más" and Portuguese "mais" for a country code's "+", only where a number starts: "más cincuenta y seis nueve ...")
  ['más', 'plus'], ['mais', 'plus'],
])

/** The English digit words, by value. */
const ENGLISH_UNITS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'] as const

/**
 * Digits as callers who switch languages read a number out in Spanish, Portuguese, Italian, French,
 * German, Dutch, Polish, Romanian, Turkish, Greek, Indonesian, Malay, Tagalog, Vietnamese, Russian or Ukrainian ("cinco cinco cuatro uno dos ...", "vier sieben, acht eins sechs, ..."): read as the
 * English digit words, but only inside a run of `MIN_FOREIGN_DIGITS` or more of them (alone, "dos",
 * "un", "null", "sept" and "acht" are words). Not Portuguese "um", an English hesitation.
 */
const FOREIGN_DIGITS: ReadonlyMap<string, string> = new Map([
  ['cero', 'zero'], ['uno', 'one'], ['dos', 'two'], ['tres', 'three'], ['cuatro', 'four'], ['cinco', 'five'], ['seis', 'six'],
  ['siete', 'seven'], ['ocho', 'eight'], ['nueve', 'nine'],
  ['dois', 'two'], ['três', 'three'], ['quatro', 'four'], ['sete', 'seven'], ['oito', 'eight'], ['nove', 'nine'], ['um#', 'one'],
  ['due', 'two'], ['tre', 'three'], ['quattro', 'four'], ['cinque', 'five'], ['sei', 'six'], ['sette', 'seven'], ['otto', 'eight'],
  ['zéro', 'zero'], ['un', 'one'], ['deux', 'two'], ['trois', 'three'], ['quatre', 'four'], ['cinq', 'five'], ['sept', 'seven'],
  ['huit', 'eight'], ['neuf', 'nine'],
  ['null', 'zero'], ['eins', 'one'], ['zwei', 'two'], ['drei', 'three'], ['vier', 'four'], ['fünf', 'five'], ['sechs', 'six'],
  ['sieben', 'seven'], ['acht', 'eight'], ['neun', 'nine'],
  ['nul', 'zero'], ['een', 'one'], ['één', 'one'], ['eén', 'one'], ['twee', 'two'], ['drie', 'three'], ['vijf', 'five'], ['zes', 'six'], ['zeven', 'seven'],
  ['negen', 'nine'],
  // Polish and Romanian, with and without their diacritics as people type them ("pięć", "piec"; "șase", "şase", "sase")
  ['jeden', 'one'], ['dwa', 'two'], ['trzy', 'three'], ['cztery', 'four'], ['pięć', 'five'], ['piec', 'five'], ['sześć', 'six'],
  ['szesc', 'six'], ['siedem', 'seven'], ['osiem', 'eight'], ['dziewięć', 'nine'], ['dziewiec', 'nine'],
  ['unu', 'one'], ['doi', 'two'], ['două', 'two'], ['doua', 'two'], ['trei', 'three'], ['patru', 'four'], ['cinci', 'five'],
  ['șase', 'six'], ['şase', 'six'], ['sase', 'six'], ['șapte', 'seven'], ['şapte', 'seven'], ['sapte', 'seven'], ['opt', 'eight'],
  ['nouă', 'nine'], ['noua', 'nine'],
  // Turkish and Greek ("sıfır beş üç iki", "έξι εννιά τέσσερα ..."), with and without their accents
  ...TURKISH_GREEK_DIGITS.map(([word, value]) => [word, ENGLISH_UNITS[value] as string] as const),
  // Indonesian and Malay ("nol delapan satu satu ...", "kosong satu tujuh ..."), Tagalog, Vietnamese ("không chín một hai ..."),
  // Russian and Ukrainian ("ноль девять семь ...", "нуль шість сім ..."; Ukrainian's "п'ять" and "дев'ять" with each of
  // the apostrophes it is written with)
  ...(
    [
      ['nol', 0], ['kosong', 0], ['satu', 1], ['dua', 2], ['tiga', 3], ['empat', 4], ['lima', 5], ['enam', 6], ['tujuh', 7], ['delapan', 8],
      ['lapan', 8], ['sembilan', 9],
      ['sero', 0], ['isa', 1], ['dalawa', 2], ['tatlo', 3], ['apat', 4], ['anim', 6], ['pito', 7], ['walo', 8], ['siyam', 9],
      ['không', 0], ['một', 1], ['hai', 2], ['ba', 3], ['bốn', 4], ['năm', 5], ['sáu', 6], ['bảy', 7], ['bẩy', 7], ['tám', 8], ['chín', 9],
      ['ноль', 0], ['нуль', 0], ['один', 1], ['одна', 1], ['два', 2], ['две', 2], ['дві', 2], ['три', 3], ['четыре', 4], ['чотири', 4],
      ['пять', 5], ['пʼять', 5], ['шесть', 6], ['шість', 6], ['семь', 7], ['сім', 7], ['восемь', 8], ['вісім', 8], ['девять', 9], ['девʼять', 9],
      ["п'ять", 5], ['п’ять', 5], ["дев'ять", 9], ['дев’ять', 9],
    ] as const
  ).map(([word, value]) => [word, ENGLISH_UNITS[value] as string] as const),
])
/** Portuguese's digits that are no other language's nor an English word: "um" beside them is one. */
const PORTUGUESE_DIGITS: ReadonlySet<string> = new Set(['dois', 'duas', 'três', 'quatro', 'sete', 'oito', 'nove', 'meia', 'cinco', 'seis', 'um#'])
/** The fewest digit words of another language in a row that read as a number (see `FOREIGN_DIGITS`). */
const MIN_FOREIGN_DIGITS = 4
/** The fewest numbers in a row, one of them ten or more, that read as one number read out in pairs (see `readPairNumbers`). */
const MIN_PAIR_ITEMS = 3
/** The word the normaliser keeps for the first word of a number of two digits read in pairs (see `readPairNumbers`). */
const SPOKEN_PAIR = 'pair#'

/** Every word the rewriter looks at; any other word is '' to it. */
const VOCABULARY: ReadonlySet<string> = new Set([
  ...UNIT_WORDS.keys(),
  ...TEEN_WORDS.keys(),
  ...TENS_WORDS.keys(),
  ...ORDINAL_UNIT_WORDS.keys(),
  ...ORDINAL_TEEN_WORDS.keys(),
  ...REPEAT_WORDS.keys(),
  ...MONTH_WORDS.keys(),
  ...JOINER_WORDS,
  ...FOREIGN_JOINERS.keys(),
  ...FOREIGN_DIGITS.keys(),
  'hundred',
  'thousand',
  'and',
  'of',
])

/** Length and case-folded first and last letter: a cheap filter before slicing a word. */
function vocabularyKey(length: number, first: number, last: number): number {
  return (length << 16) | (((first | 32) & 0xff) << 8) | ((last | 32) & 0xff)
}

const VOCABULARY_KEYS: ReadonlySet<number> = new Set(
  [...VOCABULARY].map((w) => vocabularyKey(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))),
)

/**
 * A French number of ten or more at a word's start, which every run `readPairNumbers` reads holds (not inside English
 * words: "appendix", "bronze").
 */
const FRENCH_TENS = /\b(?:dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|quarante|cinquante|soixante|septante|huitante|octante|nonante)/i
/** The words after an amount said in Spanish, Portuguese or Italian ("... de pesos", "... euros", "... reais"). */
const AMOUNT_AFTER: ReadonlySet<string> = new Set([
  'de', 'di', 'pesos', 'peso', 'euros', 'euro', 'dólares', 'dolares', 'dólar', 'dolar', 'reales', 'reais', 'real', 'soles', 'bolívares',
  'bolivares', 'colones', 'quetzales', 'lempiras', 'guaraníes', 'guaranies', 'escudos', 'lire', 'dollari', 'sterline', 'libras',
  'dollars', 'pounds', 'usd', 'eur', 'mxn', 'clp', 'cop', 'ars', 'brl', 'pen',
])
/** Mail providers Turkish callers name after "et" ("@"). */
const MAIL_PROVIDERS: ReadonlySet<string> = new Set(['gmail', 'hotmail', 'yahoo', 'outlook', 'icloud', 'yandex', 'mynet', 'live', 'msn', 'windowslive', 'proton', 'protonmail', 'gmx', 'aol'])
const TURKISH_AT = new RegExp(String.raw`(?<![\p{L}])et (?:${[...MAIL_PROVIDERS].join('|')})(?![\p{L}])`, 'iu')
/** "point", which `readPointsInAddresses` reads. */
const POINT_WORD = /point|punt|punct|kropka|nokta|τελε[ιί]α|точка|крапка|titik|chấm/iu

/** A language's numbers of 0 to 99 read in pairs: their words, those words' keys, the words that only join, and the parser. */
interface PairGrammar {
  readonly words: ReadonlySet<string>
  readonly keys: ReadonlySet<number>
  readonly joiners: ReadonlySet<string>
  /** The longest word (Italian's "cinquantaquattro" is sixteen letters). */
  readonly maxWord: number
  numberAt(words: WordCursor, k: number): SpokenNumber | null
}
const wordKeys = (words: ReadonlySet<string>): ReadonlySet<number> => new Set([...words].map((w) => vocabularyKey(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))))
const longest = (words: ReadonlySet<string>): number => Math.max(...[...words].map((w) => w.length))
const FRENCH_GRAMMAR: PairGrammar = { words: FRENCH_NUMBER_WORDS, keys: wordKeys(FRENCH_NUMBER_WORDS), joiners: new Set(['et', 'vingts']), maxWord: longest(FRENCH_NUMBER_WORDS), numberAt: frenchNumberAt }
const DUTCH_GRAMMAR: PairGrammar = { words: DUTCH_NUMBER_WORDS, keys: wordKeys(DUTCH_NUMBER_WORDS), joiners: new Set(), maxWord: longest(DUTCH_NUMBER_WORDS), numberAt: dutchNumberAt }
const TURKISH_GRAMMAR: PairGrammar = { words: TURKISH_NUMBER_WORDS, keys: wordKeys(TURKISH_NUMBER_WORDS), joiners: new Set(), maxWord: longest(TURKISH_NUMBER_WORDS), numberAt: turkishNumberAt }
const GREEK_GRAMMAR: PairGrammar = { words: GREEK_NUMBER_WORDS, keys: wordKeys(GREEK_NUMBER_WORDS), joiners: new Set(), maxWord: longest(GREEK_NUMBER_WORDS), numberAt: greekNumberAt }
const RUSSIAN_GRAMMAR: PairGrammar = { words: RUSSIAN_NUMBER_WORDS, keys: wordKeys(RUSSIAN_NUMBER_WORDS), joiners: new Set(), maxWord: longest(RUSSIAN_NUMBER_WORDS), numberAt: russianNumberAt }
const UKRAINIAN_GRAMMAR: PairGrammar = { words: UKRAINIAN_NUMBER_WORDS, keys: wordKeys(UKRAINIAN_NUMBER_WORDS), joiners: new Set(), maxWord: longest(UKRAINIAN_NUMBER_WORDS), numberAt: ukrainianNumberAt }
const ROMANCE_GRAMMAR: PairGrammar = { words: ROMANCE_NUMBER_WORDS, keys: wordKeys(ROMANCE_NUMBER_WORDS), joiners: new Set(['y', 'e']), maxWord: longest(ROMANCE_NUMBER_WORDS), numberAt: romanceNumberAt }

/** The same keys for the spelling alphabet's code words: most words of four to eight letters are none. */
const ALPHABET_KEYS: ReadonlySet<number> = new Set(
  [...SPELLING_ALPHABET.keys()].map((w) => vocabularyKey(w.length, w.charCodeAt(0), w.charCodeAt(w.length - 1))),
)

/** One token list for every call (a normalisation runs to completion before the next one starts). */
const scratchTokens = new TokenList(1024)

export function normalizeSpoken(text: string): OffsetText {
  return new Normalizer(EASTERN_DIGIT.test(text) ? text.replace(EASTERN_DIGITS, westernDigit) : text).run()
}

/**
 * Arabic-Indic and Persian digits ("٠٥٠٤٤١٨٢٢٧", "۰۹۱۲"), read as the digits they are: one code unit each way, so every
 * offset of the view stays the original's.
 */
const EASTERN_DIGIT = /[\u0660-\u0669\u06F0-\u06F9]/
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g
const westernDigit = (d: string): string => {
  const c = d.charCodeAt(0)
  return String.fromCharCode(48 + c - (c >= 0x6f0 ? 0x6f0 : 0x660))
}

class Normalizer {
  private readonly tokens: TokenList
  private readonly words: string[]
  private readonly b: OffsetTextBuilder
  /** Separator tokens not yet copied: the first `pendingCount` entries (the array is reused, not reallocated per word). */
  private readonly pending: number[] = []
  private pendingCount = 0
  /** The last word emitted was a letter read with the spelling alphabet ("charlie", "b as in bravo"). */
  private prevLetter = false
  /** The last run of single letters `spelledRun` measured: its first and last tokens and the blank between its letters. */
  private lastRun: { readonly from: number; readonly last: number; readonly gap: number } | undefined
  /** A hesitation ("uh") is among the pending separators: a number may go on across a few more of them. */
  private fillerPending = false
  /** The last token of a pause run accepted as separators (see `pauseRun`). */
  private pauseUntil = -1
  private prevNum: { kind: NumberKind; spoken: boolean } | null = null
  /** How many digits the number being read has so far (its pieces joined). */
  private runDigits = 0
  /** How many characters the last number written in figures had (0 after a spoken one). */
  private lastWrittenDigits = 0
  private prevSignificant = false
  /** Numbers of two digits in a run read out in French, Spanish, Portuguese or Italian ("zéro six, douze, trente-quatre"): first word -> digits and last word. */
  private readonly spokenPairs = new Map<number, { readonly out: string; readonly last: number }>()
  /** Digit words said as a check digit after a number and a dash ("guion ocho"): each ends its number. */
  private readonly checkDigits = new Set<number>()

  private readonly text: string

  constructor(text: string) {
    this.text = text
    this.tokens = tokenize(text, scratchTokens)
    const tk = this.tokens
    this.words = new Array<string>(tk.length)
    for (let i = 0; i < tk.length; i++) {
      const s = tk.start(i)
      const e = tk.end(i)
      let w = ''
      // Only the rewriter's vocabulary matters; a length/first/last-letter key skips the slice for other words.
      if (tk.kind(i) === TokenKind.Word && e - s <= MAX_WORD && VOCABULARY_KEYS.has(vocabularyKey(e - s, text.charCodeAt(s), text.charCodeAt(e - 1)))) {
        const lower = text.slice(s, e).toLowerCase()
        if (VOCABULARY.has(lower)) w = FOREIGN_JOINERS.get(lower) ?? lower
      }
      this.words[i] = w
    }
    // (each pass only where its words are: most texts have neither)
    if (FRENCH_TENS.test(text)) this.readPairNumbers(FRENCH_GRAMMAR)
    if (ROMANCE_TENS.test(text)) this.readPairNumbers(ROMANCE_GRAMMAR)
    if (DUTCH_TENS.test(text)) this.readPairNumbers(DUTCH_GRAMMAR)
    if (TURKISH_TENS.test(text)) this.readPairNumbers(TURKISH_GRAMMAR)
    if (GREEK_TENS.test(text)) this.readPairNumbers(GREEK_GRAMMAR)
    if (CYRILLIC_TENS.test(text)) {
      this.readPairNumbers(RUSSIAN_GRAMMAR)
      this.readPairNumbers(UKRAINIAN_GRAMMAR)
    }
    this.readForeignDigits()
    if (TURKISH_AT.test(text)) this.readTurkishAtSigns()
    if (POINT_WORD.test(text)) this.readPointsInAddresses()
    this.b = new OffsetTextBuilder(text)
  }

  /**
   * A phone, an IBAN or an identity number read out in pairs in French ("zéro six  quatre-vingt-dix-sept  treize",
   * "b e quatre-vingt-huit zéro six trente-huit"), Spanish, Portuguese or Italian ("seis uno dos, treinta y cuatro",
   * "nove um dois, trinta e quatro", "tre quattro sette, ventidue"): a run of `MIN_PAIR_ITEMS` such numbers or more,
   * apart by spaces, commas or hyphens, one of them ten or more, is one number. Its units become the English digit
   * words and its pairs two digits each. Alone ("il a vingt-trois ans", "tengo treinta y dos años") a number stays words.
   */
  private readPairNumbers(grammar: PairGrammar): void {
    const tk = this.tokens
    const text = this.text
    // (a length/first/last-letter key skips the slice for the words no number of the grammar holds)
    const cursor: WordCursor = {
      word: (k) => {
        if (k < 0 || tk.kind(k) !== TokenKind.Word) return ''
        const s = tk.start(k)
        const e = tk.end(k)
        return e - s <= grammar.maxWord && grammar.keys.has(vocabularyKey(e - s, text.charCodeAt(s), text.charCodeAt(e - 1))) ? text.slice(s, e).toLowerCase() : ''
      },
      next: (k) => this.nextWord(k),
    }
    const items: { start: number; value: number; last: number }[] = []
    const apply = (): void => {
      // (or one number said with millions and more, not an amount: "treinta y nueve millones diecisiete mil seiscientos veintiocho")
      if ((items.length >= MIN_PAIR_ITEMS && items.some((it) => it.value >= 10)) || items.some((it) => this.saidWholeNumber(it.value, it.last))) {
        for (const it of items) {
          if (it.value < 10 && it.last === it.start) this.words[it.start] = ENGLISH_UNITS[it.value] as string
          else {
            this.words[it.start] = SPOKEN_PAIR
            this.spokenPairs.set(it.start, { out: String(it.value).padStart(2, '0'), last: it.last })
          }
        }
      }
      items.length = 0
    }
    for (let i = 0; i < tk.length; i++) {
      if (tk.kind(i) !== TokenKind.Word) continue
      // (a word another grammar's run took is settled)
      if (this.spokenPairs.has(i)) {
        apply()
        continue
      }
      const w = cursor.word(i)
      if (!grammar.words.has(w) || grammar.joiners.has(w)) {
        apply()
        continue
      }
      const n = grammar.numberAt(cursor, i)
      if (n === null) {
        apply()
        continue
      }
      // ("... cuatrocientos dos guion ocho  quince ...": a check digit after a number's dash ends it)
      if (n.value < 10 && n.last === i && items.length === 0 && this.takeCheckDigit(i, ENGLISH_UNITS[n.value] as string)) continue
      // (a run goes on across spaces, one comma or one hyphen: "zéro six, douze", "trente-huit  quatre-vingt-cinq")
      const prev = items[items.length - 1]
      if (prev !== undefined && !this.onlySeparatorsBetween(prev.last, i)) apply()
      items.push({ start: i, value: n.value, last: n.last })
      i = n.last
    }
    apply()
  }

  /**
   * A number past a million said whole, its last thousand not round, and no currency or "de" after it: an identity
   * number (Chile's RUT, Argentina's DNI), not "dos millones quinientos mil pesos".
   */
  private saidWholeNumber(value: number, last: number): boolean {
    if (value < 1_000_000 || value % 1000 === 0) return false
    const after = this.nextWord(last)
    return after < 0 || !AMOUNT_AFTER.has(this.lowerText(after))
  }

  /** Only spaces, one comma and hyphens between tokens a and b. */
  private onlySeparatorsBetween(a: number, b: number): boolean {
    let commas = 0
    for (let k = a + 1; k < b; k++) {
      const kind = this.tokens.kind(k)
      if (kind === TokenKind.Space) continue
      if (kind !== TokenKind.Other || this.tokens.end(k) - this.tokens.start(k) !== 1) return false
      const c = this.text.charAt(this.tokens.start(k))
      if (c === ',' && ++commas <= 1) continue
      if (c !== '-') return false
    }
    return true
  }

  /**
   * "audrey point lacroix arobase gmail point com": French (and callers who switch from it) say "point" for an
   * address's dots. A "point" after "at" (or "arobase") and a word of its domain, before a domain's label of two
   * to four letters, is a dot;
   * and so are the "point"s between the words of the name before it, once the domain has one. Elsewhere
   * "point" stays the word (a decimal's, an IP address's between numbers).
   */
  /** Turkish "et" for "@", right before a mail provider's name ("ayse nokta yilmaz et gmail nokta com"; French "et" is "and"). */
  private readTurkishAtSigns(): void {
    const tk = this.tokens
    for (let i = 0; i < tk.length; i++) {
      if (tk.kind(i) !== TokenKind.Word || this.lowerText(i) !== 'et') continue
      const next = this.nextWord(i)
      if (next >= 0 && MAIL_PROVIDERS.has(this.lowerText(next))) this.words[i] = 'at'
    }
  }

  private readPointsInAddresses(): void {
    const tk = this.tokens
    const words = this.words
    for (let i = 0; i < tk.length; i++) {
      if (words[i] !== 'at') continue
      const first = this.nextWord(i)
      if (first < 0 || DOMAIN_STOP.has(this.lowerText(first)) || this.parsePhraseSafe(first)) continue
      let dotted = false
      // (the word after the dot a domain's label of two to four letters: "point fr", "point com", "point co point uk")
      for (let k = this.nextWord(first), n = 0; k >= 0 && n < 4; k = this.nextWord(k), n++) {
        const after = this.nextWord(k)
        if (words[k] === 'point' && after >= 0 && /^[a-z]{2,4}$/.test(this.lowerText(after)) && !this.parsePhraseSafe(after)) {
          words[k] = 'dot'
          dotted = true
        }
      }
      if (!dotted) continue
      // (back across the name's words and digits: "nathalie point bouchard 1965 arobase ...")
      for (let k = i - 1, n = 0; k >= 0 && n < 8; k--) {
        const kind = tk.kind(k)
        if (kind === TokenKind.Space) continue
        if (kind !== TokenKind.Word && kind !== TokenKind.Digits && !(kind === TokenKind.Other && this.text.charCodeAt(tk.start(k)) === 45)) break
        n++
        if (words[k] === 'point' && tk.wordBefore(k) >= 0 && this.nextWord(k, true) >= 0) words[k] = 'dot'
      }
    }
  }

  /**
   * Runs of `MIN_FOREIGN_DIGITS` or more digit words of another language, apart by spaces, commas or
   * hyphens, become the English digit words; any other foreign digit word is '' again (no rule reads it).
   */
  /** Word i is "um" with a Portuguese digit right before or after it ("nove um dois", "um sete sete"). */
  private portugueseOne(i: number): boolean {
    const tk = this.tokens
    if (tk.end(i) - tk.start(i) !== 2 || this.lowerText(i) !== 'um') return false
    const next = this.nextWord(i)
    return PORTUGUESE_DIGITS.has(this.prevWord(i)) || PORTUGUESE_DIGITS.has(next >= 0 ? (this.words[next] ?? '') : '')
  }

  private readForeignDigits(): void {
    const tk = this.tokens
    const words = this.words
    let runStart = -1
    let count = 0
    const close = (end: number): void => {
      // ("null, null, null, null" in a pasted log is no number: a run needs two different digits)
      const values = new Set<string>()
      for (let k = runStart; k >= 0 && k < end; k++) {
        const w = words[k]
        if (w !== undefined && w !== '') values.add(FOREIGN_DIGITS.get(w) ?? w)
      }
      const number = count >= MIN_FOREIGN_DIGITS && values.size >= 2
      for (let k = runStart; k >= 0 && k < end; k++) {
        const english = FOREIGN_DIGITS.get(words[k] as string)
        // (an English digit word in the run stays itself: "seis five")
        if (english !== undefined && !UNIT_WORDS.has(words[k] as string)) words[k] = number ? english : ''
      }
      runStart = -1
      count = 0
    }
    for (let i = 0; i < tk.length; i++) {
      const kind = tk.kind(i)
      if (kind === TokenKind.Word) {
        // (Portuguese "um" beside a Portuguese digit is one: "nove um dois", "um sete sete"; elsewhere a hesitation)
        if (words[i] === '' && this.portugueseOne(i)) words[i] = 'um#'
        const w = words[i] as string
        // ("quince millones ... cuatrocientos dos guion ocho": a check digit said after a number and its dash)
        const digit = FOREIGN_DIGITS.get(w)
        if (runStart < 0 && digit !== undefined && this.takeCheckDigit(i, digit)) continue
        if (FOREIGN_DIGITS.has(w) || UNIT_WORDS.has(w)) {
          if (runStart < 0) runStart = i
          if (FOREIGN_DIGITS.has(w)) count++
          continue
        }
        if (runStart >= 0) close(i)
        continue
      }
      if (kind === TokenKind.Space || (kind === TokenKind.Other && tk.end(i) - tk.start(i) === 1 && ',-'.includes(this.text.charAt(tk.start(i))))) continue
      if (runStart >= 0) close(i)
    }
    if (runStart >= 0) close(tk.length)
  }

  /**
   * Word i follows a dash said ("guion", "tiret", "raya") after a number in figures or read in pairs, and no digit word
   * follows it: a check digit ("... cuatrocientos dos guion ocho"), read as `digit` and ending its number. Chile's "raya",
   * a word elsewhere, is made the dash here. False, and nothing changed, otherwise.
   */
  private takeCheckDigit(i: number, digit: string): boolean {
    const tk = this.tokens
    const dash = tk.wordBefore(i)
    // (Chile's "raya" too, only here: elsewhere it is a word, and a name)
    const raya = dash >= 0 && this.words[dash] === '' && this.lowerText(dash) === 'raya'
    if (dash < 0 || (this.words[dash] !== 'dash' && !raya)) return false
    const after = this.nextWord(i)
    if (after >= 0 && (FOREIGN_DIGITS.has(this.words[after] as string) || UNIT_WORDS.has(this.words[after] as string))) return false
    // (the token right before the dash: figures, or the last word of a number read in pairs)
    let before = dash - 1
    while (before >= 0 && tk.kind(before) === TokenKind.Space) before--
    if (before < 0) return false
    if (tk.kind(before) !== TokenKind.Digits && !UNIT_WORDS.has(this.words[before] as string) && !this.endsSpokenPair(before)) return false
    if (raya) this.words[dash] = 'dash'
    this.words[i] = digit
    this.checkDigits.add(i)
    return true
  }

  /** Token k is the last word of a number read in pairs. */
  private endsSpokenPair(k: number): boolean {
    for (const pair of this.spokenPairs.values()) if (pair.last === k) return true
    return false
  }

  run(): OffsetText {
    const { tokens } = this
    let i = 0
    while (i < tokens.length) {
      const kind = tokens.kind(i)
      const ts = tokens.start(i)
      const te = tokens.end(i)
      if (this.isSeparator(i) || this.isPauseBetweenDigits(i)) {
        this.pending[this.pendingCount++] = i
        i++
        continue
      }
      if (kind === TokenKind.Digits) {
        this.emitNumber('', 'digits', false, ts, te)
        i++
        continue
      }
      if (kind === TokenKind.Word && te - ts === 1) {
        const last = this.spelledRun(i)
        if (last > i) {
          // "j o h n at gmail dot com": letters spelled out before (or after) an e-mail joiner are one word
          this.flushPending()
          let out = ''
          for (let k = i; k <= last; k += 2) out += this.text.charAt(tokens.start(k))
          this.b.emit(out, ts, tokens.end(last))
          this.prevNum = null
          this.prevSignificant = true
          i = last + 1
          continue
        }
      }
      if (kind === TokenKind.Word) {
        const next = this.handleWord(i)
        if (next > i) {
          i = next
          continue
        }
      }
      this.flushPending()
      this.b.copy(ts, te)
      this.prevNum = null
      this.prevSignificant = kind === TokenKind.Word
      if (kind === TokenKind.Word) this.prevLetter = false
      i++
    }
    this.flushPending()
    return this.b.build()
  }

  /** Returns the next token index when the word was consumed, else `i`. */
  private handleWord(i: number): number {
    // "charlie hotel five nine ...", "b as in bravo e as in echo two four ...": letters read with the
    // spelling alphabet, in a run of two or more, are those letters; and one letter said "as in" a word
    // ("x as in xray navarro at aol dot com"), which is spelling whatever follows
    const spelled = this.alphabetLetter(i)
    if (spelled !== null && (spelled.last > i || this.prevLetter || this.alphabetLetter(this.nextWord(spelled.last)) !== null)) {
      this.flushPending()
      this.b.emit(spelled.letter, this.tokens.start(i), this.tokens.end(spelled.last))
      this.prevNum = null
      this.prevSignificant = true
      this.prevLetter = true
      return spelled.last + 1
    }
    const w = this.words[i] ?? ''
    if (w === '') return i
    if ((w === 'oh' || w === 'o') && !this.zeroContext(i)) return i
    // "my work one, 0161 ...", "the old one": "one" standing for a thing named before is no number
    if (w === 'one' && this.pronounOne(i)) return i
    const phrase = this.parsePhrase(i)
    if (phrase !== null) {
      // ("... eight nine one four digit code six two nine seven": a count of digits after a number is no digit of it)
      if (this.countAfter(phrase.last)) this.prevNum = null
      this.emitNumber(phrase.out, phrase.kind, true, this.tokens.start(i), this.tokens.end(phrase.last))
      // ("I have last four 1934", "the last four, 9642": the count after "last" is no digit of the number after it)
      if (phrase.last === i && this.wordBeforeIs(i, 'last')) this.prevNum = null
      // (a check digit after a dash ends its number: "... guion ocho  quince novecientos ..." is the number said again)
      if (this.checkDigits.has(i)) this.prevNum = null
      return phrase.last + 1
    }
    // "at a o l dot com", "at s b c global dot net", "at brightpath dental dot com": a domain spelled
    // out or said in several words is one word
    // "at sign" is read as @ below, not as the first word of a domain
    const domain = w === 'at' && !this.wordIs(this.nextWord(i), 'sign') ? this.spokenDomain(i) : null
    if (domain !== null) {
      this.pendingCount = 0
      this.b.emit(`@${domain.text}`, this.tokens.start(i), this.tokens.end(domain.last))
      this.prevNum = null
      this.prevSignificant = true
      return domain.last + 1
    }
    // "priya at the rate of gmail dot com": Indian English reads @ as "at the rate of"
    const rateOf = w === 'at' ? this.atTheRateOf(i) : -1
    if (rateOf > 0) {
      this.pendingCount = 0
      this.b.emit('@', this.tokens.start(i), this.tokens.end(rateOf))
      this.prevNum = null
      this.prevSignificant = false
      return this.tokens.kind(rateOf + 1) === TokenKind.Space ? rateOf + 2 : rateOf + 1
    }
    const joiner = this.joinerFor(i, w)
    if (joiner !== '') {
      this.pendingCount = 0 // drop the whitespace before the joiner
      this.b.emit(joiner, this.tokens.start(i), this.tokens.end(i))
      this.prevNum = null
      this.prevSignificant = false
      return this.tokens.kind(i + 1) === TokenKind.Space ? i + 2 : i + 1
    }
    return i
  }

  /**
   * The letter token i reads with the spelling alphabet: a code word ("bravo", "x-ray") or a letter
   * followed by "as in" and a word that starts with it ("b as in bravo", "s as in sam"), with the
   * last token it takes; null otherwise.
   */
  private alphabetLetter(i: number): { letter: string; last: number } | null {
    if (i < 0 || this.tokens.kind(i) !== TokenKind.Word) return null
    // code words have 4 to 8 letters ("alfa", "november"); most words of speech are shorter
    const start = this.tokens.start(i)
    const len = this.tokens.end(i) - start
    if (len !== 1 && (len < 4 || len > 8 || !ALPHABET_KEYS.has(vocabularyKey(len, this.text.charCodeAt(start), this.text.charCodeAt(start + len - 1))))) return null
    const w = this.lowerText(i)
    const code = SPELLING_ALPHABET.get(w)
    if (code !== undefined) return { letter: code, last: i }
    if (w.length !== 1 || !isLetter(w.charCodeAt(0))) return null
    const as = this.nextWord(i)
    if (as < 0) return null
    // "b as in bravo", and "e for edward", "q for queen" (a word of three letters or more, no number's), Dutch "a van anton"
    // and German "a wie anton"
    let example: number
    const by = this.lowerText(as)
    if (by === 'for' || by === 'van' || by === 'wie') {
      example = this.nextWord(as)
      if (example < 0 || this.tokens.end(example) - this.tokens.start(example) < 3 || UNIT_WORDS.has(this.lowerText(example))) return null
      // (Dutch "v van victor" and German "a wie anton" only in a run of such letters: "D van Dam" is a name)
      if (by !== 'for' && !this.prevLetter && !this.letterByExample(this.wordAfterComma(example))) return null
    } else {
      if (this.lowerText(as) !== 'as') return null
      const inWord = this.nextWord(as)
      if (inWord < 0 || this.lowerText(inWord) !== 'in') return null
      example = this.nextWord(inWord)
    }
    if (example < 0 || !this.lowerText(example).startsWith(w)) return null
    // ("x as in x-ray": the example's hyphenated rest is part of it)
    const last = this.text.charAt(this.tokens.end(example)) === '-' && this.tokens.kind(example + 2) === TokenKind.Word ? example + 2 : example
    return { letter: w, last }
  }

  /** The word after token i, past spaces and one comma ("V van Victor, E van Eduard"), or -1. */
  private wordAfterComma(i: number): number {
    const tk = this.tokens
    let j = i + 1
    if (tk.kind(j) === TokenKind.Other && this.text.charCodeAt(tk.start(j)) === 44) j++
    if (tk.kind(j) === TokenKind.Space) j++
    return tk.kind(j) === TokenKind.Word ? j : -1
  }

  /** Token i is a letter said by an example in Dutch or German ("e van eduard", "b wie berta"). */
  private letterByExample(i: number): boolean {
    if (i < 0 || this.tokens.end(i) - this.tokens.start(i) !== 1 || this.tokens.kind(i) !== TokenKind.Word) return false
    const by = this.nextWord(i)
    const example = by < 0 ? -1 : this.nextWord(by)
    return example >= 0 && (this.lowerText(by) === 'van' || this.lowerText(by) === 'wie') && this.lowerText(example).startsWith(this.lowerText(i))
  }

  private joinerFor(i: number, w: string): string {
    if (!JOINER_WORDS.has(w)) return ''
    // "plus four four seven ...": a country code's '+', only where a number starts (not "two plus two")
    if (w === 'plus') {
      const n = this.nextWord(i, true)
      if (this.prevNum === null && n >= 0 && this.tokens.kind(n) !== TokenKind.Digits && this.parsePhraseSafe(n)) return '+'
      // "akuznetsov plus alerts at gmail dot com": plus-addressing in an address read out
      return this.prevSignificant && this.pendingCount > 0 && this.pendingAllSpace() && n >= 0 && this.tokens.kind(n) === TokenKind.Word && !this.parsePhraseSafe(n) && this.atDomainAfter(n) ? '+' : ''
    }
    if (!this.prevSignificant || this.pendingCount === 0 || !this.pendingAllSpace()) return ''
    const n = this.nextWord(i, true)
    if (n < 0) return ''
    switch (w) {
      case 'dot':
        return '.'
      case 'period':
        // "fatima period hamdan at virgin media dot com": a dot, said so inside an address only
        // ... or between an IP address's numbers ("two period seventy eight period two one five period ...")
        return this.addressAhead(n) || (this.prevNum !== null && this.parsePhraseSafe(n) && this.periodsBetweenNumbers(i)) ? '.' : ''
      case 'point':
        return this.prevNum !== null && this.parsePhraseSafe(n) ? '.' : ''
      case 'underscore':
        return '_'
      case 'dash':
      case 'hyphen':
        return '-'
      case 'slash':
        // "oh three slash one four slash eighty five": between numbers only, or between a code's
        // spelled letters and its number ("m t r slash four oh nine ...")
        return (this.prevNum !== null || this.spelledBefore(i)) && this.parsePhraseSafe(n) ? '/' : ''
      case 'at': {
        // "at <domain> dot <tld>" only: "at home" stays a word, and "at ten dot zero ..." is an address
        // (but "at one six three dot com" is a domain of digits: a number, "dot", then a word)
        if (this.tokens.kind(n) === TokenKind.Word && this.parsePhraseSafe(n)) return this.numericDomainAfter(n) ? '@' : ''
        // "$40.78 at Dell.com", "3 at Amazon.com": an amount or a count is no mailbox
        if (this.amountBefore(i)) return ''
        const tk = this.tokens
        // "at t dash online dot de": a domain's parts joined by a dash or a hyphen said out
        let last = n
        for (let hops = 0; hops < 2; hops++) {
          const dash = this.nextWord(last)
          const part = dash < 0 ? -1 : this.nextWord(dash)
          if (part < 0 || (this.words[dash] !== 'dash' && this.words[dash] !== 'hyphen') || tk.kind(part) !== TokenKind.Word || this.parsePhraseSafe(part)) break
          last = part
        }
        const dotIdx = tk.kind(last + 1) === TokenKind.Space ? last + 2 : last + 1
        const dotKind = tk.kind(dotIdx)
        if (dotKind === TokenKind.Word && this.words[dotIdx] === 'dot') return '@'
        if (dotKind === TokenKind.Other && this.text.charCodeAt(tk.start(dotIdx)) === 46 && tk.kind(dotIdx + 1) === TokenKind.Word) return '@'
        return ''
      }
      default:
        return ''
    }
  }

  /**
   * Number words from token n (up to six phrases: "one six three", "one two six"), then the word
   * "dot", then a top-level domain's letters ("com", "net"; not "five", not a figure): a domain of
   * digits, as some of the largest mail providers have.
   */
  private numericDomainAfter(n: number): boolean {
    let k = n
    for (let phrases = 0; phrases < 6; phrases++) {
      const p = this.parsePhrase(k)
      if (p === null) break
      const next = this.nextWord(p.last)
      if (next < 0) return false
      k = next
      if (this.words[k] === 'dot') {
        const tld = this.nextWord(k)
        return tld >= 0 && /^[a-z]{2,6}$/.test(this.lowerText(tld)) && this.parsePhrase(tld) === null
      }
    }
    return false
  }

  /**
   * The domain after "at" (token i) when it is more than one plain word before "dot": spelled letters
   * ("a o l"), or two or three words ("s b c global", "brightpath dental"). Null otherwise (a
   * one-word domain is the joiner's ordinary case).
   */
  private spokenDomain(i: number): { text: string; last: number } | null {
    if (!this.prevSignificant || this.pendingCount === 0 || !this.pendingAllSpace()) return null
    let text = ''
    let items = 0
    let spelled = false
    let last = -1
    let k = this.nextWord(i)
    while (k >= 0 && items < 3) {
      const w = this.lowerText(k)
      if (w === 'dot') break
      if (this.singleLetter(k)) {
        let end = k
        while (this.oneSpaceAt(end + 1) && this.singleLetter(end + 2)) end += 2
        for (let m = k; m <= end; m += 2) text += this.lowerText(m)
        // "a o l": spelled; "u mich": a letter, then a word (not the article in "at a cafe"; "at i cloud" is icloud)
        if (end > k) spelled = true
        else if (items === 0 && (w === 'a' || w === 'i') && !(w === 'i' && this.nextWord(k) >= 0 && this.lowerText(this.nextWord(k)) === 'cloud')) return null
        last = end
      } else {
        // "at sixty-four dot one fifty-one ...": numbers are an address, not a domain
        if (DOMAIN_STOP.has(w) || !/^[a-z0-9-]+$/.test(w) || this.parsePhraseSafe(k)) return null
        text += w
        last = k
      }
      items++
      k = this.nextWord(last, true)
    }
    if (k < 0 || this.words[k] !== 'dot' || items === 0 || (items === 1 && !spelled)) return null
    const tld = this.nextWord(k)
    return tld >= 0 && /^[a-z]{2,}$/.test(this.lowerText(tld)) ? { text, last } : null
  }

  /**
   * An address goes on from word token n: within a few words (no punctuation between), "at", then a
   * domain of at most three words and "dot".
   */
  private addressAhead(n: number): boolean {
    for (let k = n, words = 0; k >= 0 && words < 6; k = this.nextWord(k), words++) {
      if (this.words[k] !== 'at') continue
      let d = this.nextWord(k)
      for (let m = 0; d >= 0 && m < 3 && this.words[d] !== 'dot'; m++) d = this.nextWord(d)
      return d >= 0 && d !== this.nextWord(k) && this.words[d] === 'dot'
    }
    return false
  }

  /** "<tag> at <domain> dot ..." from word token n: "at" right after it, then a domain and "dot". */
  private atDomainAfter(n: number): boolean {
    const at = this.nextWord(n)
    if (at < 0 || this.words[at] !== 'at') return false
    const domain = this.nextWord(at)
    const dot = domain < 0 ? -1 : this.nextWord(domain)
    return dot >= 0 && this.words[dot] === 'dot'
  }

  private oneSpaceAt(k: number): boolean {
    return this.tokens.kind(k) === TokenKind.Space && this.tokens.end(k) - this.tokens.start(k) === 1
  }

  /** The "of" of "at the rate of" at token i when a domain ("<word> dot ...") follows it in e-mail position, else -1. */
  private atTheRateOf(i: number): number {
    if (!this.prevSignificant || this.pendingCount === 0 || !this.pendingAllSpace()) return -1
    // "at the rate of" (Indian English), "at the rate" and "at sign": the last word of the phrase read as @
    const next = this.nextWord(i)
    let last = -1
    if (next >= 0 && this.lowerText(next) === 'sign') last = next
    else {
      const rate = next < 0 || this.lowerText(next) !== 'the' ? -1 : this.nextWord(next)
      if (rate < 0 || this.lowerText(rate) !== 'rate') return -1
      const of = this.nextWord(rate)
      last = of >= 0 && this.words[of] === 'of' ? of : rate
    }
    // a domain and "dot" after it, the domain maybe spelled ("g m x dot de")
    let k = this.nextWord(last)
    for (let letters = 0; k >= 0 && letters < 8 && this.words[k] !== 'dot'; letters++) {
      if ((this.words[k] ?? '').length > 1 && letters > 0) return -1
      k = this.nextWord(k)
    }
    return k >= 0 && this.words[k] === 'dot' ? last : -1
  }

  private parsePhraseSafe(i: number): boolean {
    const kind = this.tokens.kind(i)
    if (kind === TokenKind.None) return false
    return kind === TokenKind.Digits || this.parsePhrase(i) !== null
  }

  private emitNumber(out: string, kind: NumberKind, spoken: boolean, start: number, end: number): void {
    const prev = this.prevNum
    // a spoken digit after a written number of two digits or more is no part of it ("call 415-555-0192
    // two times", "room 12 two beds" stay apart); after a lone written digit it is ("0 double 7 ...")
    const join =
      prev !== null &&
      prev.kind === 'digits' &&
      kind === 'digits' &&
      (prev.spoken || (spoken && this.lastWrittenDigits <= 1)) &&
      this.pendingCount <= (this.fillerPending ? 16 : 4) &&
      !(this.runDigits <= 1 && this.lineBreakPending())
    if (join) {
      this.pendingCount = 0
      this.fillerPending = false
    } else this.flushPending()
    if (spoken) this.b.emit(out, start, end)
    else this.b.copy(start, end)
    this.runDigits = (join ? this.runDigits : 0) + (spoken ? out.length : end - start)
    this.lastWrittenDigits = spoken ? 0 : end - start
    this.prevNum = { kind, spoken }
    // digits may sit between letters read out ("delta echo two one ... bravo oscar"): they keep the run
    this.prevSignificant = true
  }

  /**
   * A line break among the pending separators. After one digit alone it ends the number: that digit was a form's or a
   * thing's ("... for the w nine\nthree three three ...", then the number asked for on its own line). A longer number
   * goes on across it (a read-back a turn break cut: "was that h v two oh three nine\none eight seven seven yeah").
   */
  private lineBreakPending(): boolean {
    for (let k = 0; k < this.pendingCount; k++) {
      const p = this.pending[k] ?? 0
      if (this.tokens.kind(p) === TokenKind.Space && this.text.slice(this.tokens.start(p), this.tokens.end(p)).includes('\n')) return true
    }
    return false
  }

  private isSeparator(i: number): boolean {
    const kind = this.tokens.kind(i)
    if (kind === TokenKind.Space) return true
    if (kind === TokenKind.Other) {
      const c = this.text.charCodeAt(this.tokens.start(i))
      return this.prevNum !== null && (c === 44 || c === 45)
    }
    return false
  }

  private flushPending(): void {
    if (this.fillerPending && this.pendingCount > 0) {
      // a hesitation between two spoken groups that stay apart ("fifteen uh thirty six"): a plain
      // space, so the groups stay one run of digits
      const first = this.pending[0] ?? 0
      const last = this.pending[this.pendingCount - 1] ?? 0
      this.b.emit(' ', this.tokens.start(first), this.tokens.end(last))
    } else {
      for (let k = 0; k < this.pendingCount; k++) {
        const p = this.pending[k] ?? 0
        this.b.copy(this.tokens.start(p), this.tokens.end(p))
      }
    }
    this.pendingCount = 0
    this.fillerPending = false
  }

  /**
   * "area code four one five then eight six seven ...": "then" between spoken digits reads like a
   * pause. A separator only there (the digits go on after it); anywhere else it stays a word.
   */
  private isPauseBetweenDigits(i: number): boolean {
    const tk = this.tokens
    // (after a spoken group too: "six four eight fifteen uh thirty six thirty three")
    if (tk.kind(i) !== TokenKind.Word || this.prevNum === null || (this.prevNum.kind !== 'digits' && !this.prevNum.spoken)) return false
    // "four one five uh five five five", "two zero, and then, hang on, five nine": hesitations and
    // pauses inside a number read out (transcripts with disfluencies) separate its groups
    if (i <= this.pauseUntil) return true
    const len = tk.end(i) - tk.start(i)
    if (len > MAX_PAUSE_WORD) return false
    const w = this.lowerText(i)
    if (this.prevNum.spoken && this.pendingCount <= 2) {
      const last = this.pauseRun(i)
      // "... dot one three seven and, uh, one nine two dot ...": after an address's fourth octet a pause
      // ends it (asked only of a pause that would join, the rarer case)
      if (last >= 0 && !this.dottedBefore(i)) {
        this.pauseUntil = last
        this.fillerPending = true
        return true
      }
    }
    if (this.prevNum.kind !== 'digits' || len !== 4 || !this.pendingAllSpace() || this.pendingCount > 1) return false
    if (w !== 'then') return false
    const n = this.nextWord(i, true)
    return n >= 0 && (tk.kind(n) === TokenKind.Digits || this.parsePhraseSafe(n)) && !this.dottedBefore(i)
  }

  /**
   * The last token of the pause words from token i ("uh", "and then", "hang on", "let me see", ...,
   * apart by spaces and commas) when a number comes right after them; -1 otherwise, and for a lone
   * "and" ("two and five" counts two things).
   */
  private pauseRun(i: number): number {
    const tk = this.tokens
    let k = i
    let last = -1
    let onlyAnd = true
    for (let items = 0; items < 6 && tk.kind(k) === TokenKind.Word; items++) {
      const w = this.lowerText(k)
      let end = -1
      // (not Portuguese "um" read as a digit: `readForeignDigits`)
      if (PAUSE_WORDS.has(w) && !(w === 'um' && this.words[k] === 'one')) end = k
      else
        for (const phrase of PAUSE_PHRASES) {
          if (phrase[0] !== w) continue
          let m = k
          for (let p = 1; p < phrase.length && m >= 0; p++) {
            m = this.nextWord(m)
            if (m >= 0 && this.lowerText(m) !== phrase[p]) m = -1
          }
          if (m >= 0) {
            end = m
            break
          }
        }
      if (end < 0) break
      if (w !== 'and') onlyAnd = false
      last = end
      k = end + 1
      while (tk.kind(k) === TokenKind.Space || (tk.kind(k) === TokenKind.Other && this.text.charCodeAt(tk.start(k)) === 44)) k++
    }
    if (last < 0 || onlyAnd || k - last > 4) return -1
    if (tk.kind(k) === TokenKind.Digits) return this.countAfter(k) ? -1 : last
    const phrase = tk.kind(k) === TokenKind.None ? null : this.parsePhrase(k)
    // "... five eight nine uh eleven digits": a count of the digits said after a pause is no part of them
    return phrase !== null && !this.countAfter(phrase.last) ? last : -1
  }

  /** The word after token i counts things ("eleven digits", "9 characters"): the number before it is a count. */
  private countAfter(i: number): boolean {
    const n = this.nextWord(i, true)
    return n >= 0 && COUNTED_WORDS.has(this.lowerText(n))
  }

  private pendingAllSpace(): boolean {
    for (let k = 0; k < this.pendingCount; k++) if (this.tokens.kind(this.pending[k] ?? 0) !== TokenKind.Space) return false
    return true
  }

  /**
   * "one" at token i stands for a thing ("my work one", "the old one", "which one"): after a determiner or an
   * adjective, with no number word or digits right after it.
   */
  private pronounOne(i: number): boolean {
    const b = this.tokens.wordBefore(i)
    if (b < 0) return false
    // "an Irish one", "the Nigerian one": a country's adjective after an article or an owner
    const nationality = NATIONALITY_ADJECTIVE.test(this.lowerText(b)) && ARTICLES_AND_OWNERS.has(this.lowerText(this.tokens.wordBefore(b)))
    if (!nationality && !ONE_AS_PRONOUN_AFTER.has(this.lowerText(b))) return false
    const n = this.nextWord(i)
    return n < 0 || !this.parsePhraseSafe(n)
  }

  /** "oh"/"o" is a zero only next to other numbers. */
  private zeroContext(i: number): boolean {
    // "R A B O seven three ...": a capital O after two spelled capitals is the letter (a bank code)
    if (this.capitalLetter(i) && this.text.charCodeAt(this.tokens.start(i)) === 79) {
      const b1 = this.tokens.wordBefore(i)
      if (b1 >= 0 && this.capitalLetter(b1) && this.capitalLetter(this.tokens.wordBefore(b1))) return false
    }
    // ... and in lower-case speech, an "o" after two letters spelled out ("n l eight three r a b o nine ...")
    if (this.text.charCodeAt(this.tokens.start(i)) === 111 && this.tokens.end(i) - this.tokens.start(i) === 1) {
      const b1 = this.tokens.wordBefore(i)
      if (b1 >= 0 && this.spelledLetter(b1) && this.spelledLetter(this.tokens.wordBefore(b1))) return false
    }
    if (this.prevNum?.spoken === true && this.pendingCount <= 2) return true
    // "one six eight dot oh dot one five": an octet of an address read out, between dots or after the third
    const before = this.tokens.wordBefore(i)
    if (before >= 0 && DOT_WORDS.has(this.word(before)) && this.numberEndsAt(before - 2)) {
      const after = this.word(this.nextWord(i))
      if (DOT_WORDS.has(after) || this.dottedBefore(before)) return true
    }
    let n = this.nextWord(i, true)
    // "oh oh four ...": leading zeros, each a zero when a number comes after the run
    for (let hops = 0; hops < 3 && n >= 0 && (this.words[n] === 'oh' || this.words[n] === 'o'); hops++) n = this.nextWord(n, true)
    if (n < 0) return false
    if (this.tokens.kind(n) === TokenKind.Digits) return true
    const w = this.words[n] ?? ''
    return (UNIT_WORDS.has(w) && w !== 'o' && w !== 'oh') || REPEAT_WORDS.has(w)
  }

  /** Token k is a single letter other than "o" (a letter spelled out, not a zero said "oh"). */
  private spelledLetter(k: number): boolean {
    if (k < 0 || this.tokens.kind(k) !== TokenKind.Word || this.tokens.end(k) - this.tokens.start(k) !== 1) return false
    const c = this.text.charCodeAt(this.tokens.start(k)) | 32
    return c >= 97 && c <= 122 && c !== 111
  }

  /** Token k is digits or a number word ("... one six eight" before " dot oh"). */
  private numberEndsAt(k: number): boolean {
    if (k < 0) return false
    return this.tokens.kind(k) === TokenKind.Digits || UNIT_WORDS.has(this.word(k)) || TENS_WORDS.has(this.word(k)) || TEEN_WORDS.has(this.word(k))
  }

  /** Next word/digits token after `i`, separated by at most one space (and a hyphen if `allowHyphen`). */
  private nextWord(i: number, allowDigits = false): number {
    const tk = this.tokens
    let j = i + 1
    if (tk.kind(j) === TokenKind.Space) j++
    if (tk.kind(j) === TokenKind.Other && this.text.charCodeAt(tk.start(j)) === 45) j++
    const kind = tk.kind(j)
    if (kind === TokenKind.Word || (allowDigits && kind === TokenKind.Digits)) return j
    return -1
  }

  /**
   * The last token of two or more single letters from token i, one space apart, when an e-mail
   * joiner ("at", "dot", "underscore", "dash") comes right after them or right before them; else i.
   */
  private spelledRun(i: number): number {
    const tk = this.tokens
    if (!this.singleLetter(i)) return i
    // (one blank between them, or two where raw speech-to-text marks a pause after each: "j  o  h  n  at gmail dot
    // com"; the same all along the run: "y y c  i made it" ends at the pause)
    const gap = tk.kind(i + 1) === TokenKind.Space ? tk.end(i + 1) - tk.start(i + 1) : 0
    // (a run measured from an earlier letter ends where it ended then: measuring it again from each of its
    // letters made a long run of letters quadratic)
    const known = this.lastRun
    let last = i
    if (known !== undefined && i > known.from && i <= known.last && gap === known.gap) last = known.last
    else {
      while (gap <= 2 && tk.kind(last + 1) === TokenKind.Space && tk.end(last + 1) - tk.start(last + 1) === gap && this.singleLetter(last + 2)) last += 2
      this.lastRun = { from: i, last, gap }
    }
    if (last === i) return i
    const after = this.nextWord(last)
    if (this.emailJoiner(after) || this.emailJoiner(tk.wordBefore(i))) return last
    // "m t r slash four oh nine ...": a code's letters, then its number
    if (after >= 0 && this.lowerText(after) === 'slash' && this.parsePhraseSafe(this.nextWord(after, true))) return last
    // "could i get the s s n on the account": an acronym that cues a value, spelled the way speech-to-text writes it
    if (last - i > 6) return i
    let word = ''
    for (let k = i; k <= last; k += 2) word += this.lowerText(k)
    return CUE_ACRONYMS.has(word) ? last : i
  }

  /** Token k is an e-mail joiner ("at", "dot", "underscore", "dash"). */
  private emailJoiner(k: number): boolean {
    return k >= 0 && EMAIL_JOINERS.has(this.lowerText(k))
  }

  /** The two words before token i are single letters ("m t r slash"): a code spelled out. */
  private spelledBefore(i: number): boolean {
    const b = this.tokens.wordBefore(i)
    return this.singleLetter(b) && this.singleLetter(this.tokens.wordBefore(b))
  }

  /** Token k is a word of one letter. */
  private singleLetter(k: number): boolean {
    const tk = this.tokens
    return k >= 0 && tk.kind(k) === TokenKind.Word && tk.end(k) - tk.start(k) === 1 && isLetter(this.text.charCodeAt(tk.start(k)))
  }

  /** Written figures right before token i (across one space) with a decimal point or a currency sign: an amount. */
  private amountBefore(i: number): boolean {
    const tk = this.tokens
    let k = i - 1
    if (tk.kind(k) === TokenKind.Space) k--
    if (k < 0 || tk.kind(k) !== TokenKind.Digits) return false
    let j = k - 1
    // "40.78", "1,299.00": groups joined by points and commas
    while (j >= 1 && tk.kind(j) === TokenKind.Other && '.,'.includes(this.text.charAt(tk.start(j))) && tk.kind(j - 1) === TokenKind.Digits) j -= 2
    const decimal = j < k - 1
    const currency = j >= 0 && tk.kind(j) === TokenKind.Other && '$£€¥₹'.includes(this.text.charAt(tk.start(j)))
    return decimal || currency
  }

  /** Token k is one capital letter A-Z. */
  private capitalLetter(k: number): boolean {
    if (k < 0 || this.tokens.kind(k) !== TokenKind.Word || this.tokens.end(k) - this.tokens.start(k) !== 1) return false
    const c = this.text.charCodeAt(this.tokens.start(k))
    return c >= 65 && c <= 90
  }

  /** Token k's text in lower case (for words outside the rewriter's vocabulary, which `words` leaves ''). */
  /** Token k (when there is one) is `word`, case aside. */
  private wordIs(k: number, word: string): boolean {
    return k >= 0 && this.tokens.end(k) - this.tokens.start(k) === word.length && this.lowerText(k) === word
  }

  private lowerText(k: number): string {
    return this.text.slice(this.tokens.start(k), this.tokens.end(k)).toLowerCase()
  }

  /** The word right before token `i` is `word` (any word: the vocabulary's array holds only its own). */
  private wordBeforeIs(i: number, word: string): boolean {
    const j = this.tokens.wordBefore(i)
    return j >= 0 && this.lowerText(j) === word
  }

  private prevWord(i: number): string {
    const j = this.tokens.wordBefore(i)
    return j >= 0 ? (this.words[j] ?? '') : ''
  }

  private monthAdjacent(i: number): boolean {
    if (MONTH_WORDS.has(this.prevWord(i))) return true
    // "april the second"
    const the = this.tokens.wordBefore(i)
    if (the >= 0 && this.lowerText(the) === 'the' && MONTH_WORDS.has(this.prevWord(the))) return true
    const of = this.nextWord(i)
    if (of < 0 || this.words[of] !== 'of') return false
    const m = this.nextWord(of)
    return m >= 0 && MONTH_WORDS.has(this.words[m] ?? '')
  }

  private word(i: number): string {
    return i < 0 ? '' : (this.words[i] ?? '')
  }

  private parsePhrase(i: number): Phrase | null {
    const pair = this.spokenPairs.get(i)
    if (pair !== undefined) return { out: pair.out, kind: 'digits', last: pair.last }
    const w = this.word(i)
    const rep = REPEAT_WORDS.get(w)
    if (rep !== undefined) {
      const j = this.nextWord(i, true)
      // "double 1", "triple 0": ASR writes the digit after the word as a figure
      if (j >= 0 && this.tokens.kind(j) === TokenKind.Digits && this.tokens.end(j) - this.tokens.start(j) === 1) {
        return { out: this.text.charAt(this.tokens.start(j)).repeat(rep), kind: 'digits', last: j }
      }
      const u = UNIT_WORDS.get(this.word(j))
      return u === undefined ? null : { out: String(u).repeat(rep), kind: 'digits', last: j }
    }
    const unit = UNIT_WORDS.get(w)
    if (unit !== undefined) return this.parseUnit(i, unit)
    const teen = TEEN_WORDS.get(w)
    if (teen !== undefined) return this.parseTeen(i, teen)
    const ordTeen = ORDINAL_TEEN_WORDS.get(w)
    if (ordTeen !== undefined) return { out: `${ordTeen}${ordinalSuffix(ordTeen)}`, kind: 'compound', last: i }
    const tens = TENS_WORDS.get(w)
    if (tens !== undefined) return this.parseTens(i, tens)
    const ordUnit = ORDINAL_UNIT_WORDS.get(w)
    if (ordUnit !== undefined && this.monthAdjacent(i)) {
      return { out: `${ordUnit}${ordinalSuffix(ordUnit)}`, kind: 'compound', last: i }
    }
    return null
  }

  private parseUnit(i: number, unit: number): Phrase {
    const j = this.nextWord(i)
    if (unit > 0 && this.word(j) === 'thousand') {
      let value = unit * 1000
      let last = j
      let k = this.nextWord(j)
      if (this.word(k) === 'and') k = this.nextWord(k)
      const rest = this.parseSmall(k)
      if (rest !== null) {
        value += rest.value
        last = rest.last
      }
      return { out: String(value), kind: 'compound', last }
    }
    if (unit > 0 && (TENS_WORDS.has(this.word(j)) || TEEN_WORDS.has(this.word(j)))) {
      // "one ninety two dot one sixty eight": an IP octet said as "one ninety two" is 192.
      const rest = this.parseSmall(j)
      const after = rest === null ? '' : this.word(this.nextWord(rest.last))
      // ... and the last octet, after the third dot ("... dot one twenty four")
      const before = this.tokens.wordBefore(i)
      const afterDot = before >= 0 && DOT_WORDS.has(this.word(before)) && this.dottedBefore(before)
      if (rest !== null && (DOT_WORDS.has(after) || afterDot) && this.prevNum === null) {
        return { out: String(unit * 100 + rest.value), kind: 'compound', last: rest.last }
      }
    }
    if (unit > 0 && this.word(j) === 'hundred') {
      // "eight hundred" in "one eight hundred five five five ..." is three digits; "five hundred twenty" is 520.
      // Inside a digit sequence, or before a single digit, "eight hundred" is the three digits 800.
      const k = this.nextWord(j)
      const tensOrTeen = TENS_WORDS.has(this.word(k)) || TEEN_WORDS.has(this.word(k))
      const rest = tensOrTeen && this.prevNum === null ? this.parseSmall(k) : null
      if (rest !== null) return { out: String(unit * 100 + rest.value), kind: 'compound', last: rest.last }
      // "two hundred and twelve": the "and" says the number goes on (not digits read one by one)
      if (this.word(k) === 'and' && this.prevNum === null) {
        const more = this.parseSmall(this.nextWord(k))
        if (more !== null) return { out: String(unit * 100 + more.value), kind: 'compound', last: more.last }
      }
      // "one hundred five dot ...", "... dot one hundred five": an address's octet, not 100 then 5
      const u = UNIT_WORDS.get(this.word(k))
      if (u !== undefined && u > 0 && this.word(k) !== 'o' && this.word(k) !== 'oh' && this.prevNum === null) {
        const after = this.word(this.nextWord(k))
        const before = this.tokens.wordBefore(i)
        if (DOT_WORDS.has(after) || (before >= 0 && DOT_WORDS.has(this.word(before)))) return { out: String(unit * 100 + u), kind: 'compound', last: k }
      }
      return { out: `${unit}00`, kind: 'digits', last: j }
    }
    return { out: String(unit), kind: 'digits', last: i }
  }

  /**
   * The "period" at word i is one of three said between numbers (an IP address read out), not the
   * end of a sentence nor "a period of": the words around it alternate numbers and "period" three times.
   */
  private periodsBetweenNumbers(i: number): boolean {
    let periods = 0
    for (let k = this.tokens.wordBefore(i), words = 0; k >= 0 && words < 12; k = this.tokens.wordBefore(k), words++) if (this.word(k) === 'period') periods++
    for (let k = this.nextWord(i), words = 0; k >= 0 && words < 12; k = this.nextWord(k), words++) if (this.word(k) === 'period') periods++
    return periods >= 2
  }

  /** Three "dot"s (or "point"s, "period"s) between numbers end at word `dot`: the last octet of an address follows. */
  private dottedBefore(dot: number): boolean {
    let dots = 0
    for (let k = dot, words = 0; k >= 0 && words < 16; k = this.wordBeforeAcrossHyphen(k), words++) {
      const w = this.word(k)
      if (DOT_WORDS.has(w)) dots++
      else if (w === '' && this.tokens.kind(k) !== TokenKind.Digits) break
    }
    return dots >= 3
  }

  /** The word before token k, across a space and the hyphen of "thirty-eight"; -1 when there is none. */
  private wordBeforeAcrossHyphen(k: number): number {
    const tk = this.tokens
    let j = k - 1
    if (tk.kind(j) === TokenKind.Space) j--
    if (tk.kind(j) === TokenKind.Other && this.text.charCodeAt(tk.start(j)) === 45) j--
    if (tk.kind(j) === TokenKind.Space) j--
    return j >= 0 && tk.kind(j) === TokenKind.Word ? j : -1
  }

  /** 1..99 without ordinals: "five", "twelve", "forty two". */
  private parseSmall(i: number): { value: number; last: number } | null {
    const w = this.word(i)
    const unit = UNIT_WORDS.get(w)
    if (unit !== undefined && unit > 0) return { value: unit, last: i }
    const teen = TEEN_WORDS.get(w)
    if (teen !== undefined) return { value: teen, last: i }
    const tens = TENS_WORDS.get(w)
    if (tens === undefined) return null
    const j = this.nextWord(i)
    const u = UNIT_WORDS.get(this.word(j))
    return u !== undefined && u > 0 && this.word(j) !== 'o' && this.word(j) !== 'oh'
      ? { value: tens + u, last: j }
      : { value: tens, last: i }
  }

  private parseTeen(i: number, teen: number): Phrase {
    const j = this.nextWord(i)
    const wj = this.word(j)
    if (TENS_WORDS.has(wj)) {
      const rest = this.parseSmall(j)
      if (rest !== null) return { out: String(teen * 100 + rest.value), kind: 'compound', last: rest.last }
    }
    if (wj === 'hundred') return { out: `${teen}00`, kind: 'compound', last: j }
    if (wj === 'oh' || wj === 'o') {
      const k = this.nextWord(j)
      const u = UNIT_WORDS.get(this.word(k))
      if (u !== undefined && u > 0) return { out: `${teen}0${u}`, kind: 'compound', last: k }
    }
    return { out: String(teen), kind: 'compound', last: i }
  }

  /** The teen word at j begins a year said in two parts ("nineteen seventy three", "nineteen oh four", "nineteen hundred"). */
  private startsTeenYear(j: number): boolean {
    const k = this.nextWord(j)
    const wk = this.word(k)
    if (TENS_WORDS.has(wk) || wk === 'hundred') return true
    return (wk === 'oh' || wk === 'o') && (UNIT_WORDS.get(this.word(this.nextWord(k))) ?? 0) > 0
  }

  private parseTens(i: number, tens: number): Phrase {
    const j = this.nextWord(i)
    const wj = this.word(j)
    const u = UNIT_WORDS.get(wj)
    if (u !== undefined && u > 0 && wj !== 'o' && wj !== 'oh') return { out: String(tens + u), kind: 'compound', last: j }
    const ou = ORDINAL_UNIT_WORDS.get(wj)
    if (ou !== undefined) {
      const n = tens + ou
      return { out: `${n}${ordinalSuffix(n)}`, kind: 'compound', last: j }
    }
    // "twenty nineteen" is 2019, but in "nine twenty nineteen seventy three" the teen starts a year of its own
    if (tens === 20 && (TENS_WORDS.has(wj) || (TEEN_WORDS.has(wj) && !this.startsTeenYear(j)))) {
      const rest = this.parseSmall(j)
      if (rest !== null) return { out: String(2000 + rest.value), kind: 'compound', last: rest.last }
    }
    if (tens === 20 && (wj === 'oh' || wj === 'o')) {
      const k = this.nextWord(j)
      const d = UNIT_WORDS.get(this.word(k))
      if (d !== undefined && d > 0) return { out: `200${d}`, kind: 'compound', last: k }
    }
    return { out: String(tens), kind: 'compound', last: i }
  }
}
