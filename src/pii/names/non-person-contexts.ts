/**
 * Where a word that could be a name stands for something else: a place (lives in Charlotte, Jackson Avenue,
 * a list of towns, a table's city column), a date (may the fifth), an animal, a firm or a job title, a
 * devotion or a named thing.
 *
 * @module
 */
import { ANIMAL_WORDS } from '../internal/context-lexicon.js'
import { ColumnCursor, columnWords, tableHeader } from '../internal/table-columns.js'
import { TokenKind } from '../internal/tokenize.js'
import { ARTICLES, FUNCTION_WORDS, PARTICLES, functionWordContraction, isNumberWord } from './grammar-words.js'
import { REGIONS } from './name-lexicon.js'
import { isUpper, ScanTokens } from './name-scan-tokens.js'
import {
  FIRM_AFTER, FIRM_WORDS, FIRM_WORD_SURNAME_RANK, JOB_NOUNS, ORG_LABELS, PERSON_NAMED_FIRMS, POLICE_AFTER, PRODUCT_NOUNS, RANK_WORDS,
  SENIORITIES,
} from './organisation-words.js'
import { CUE_1, NAME_COLUMN_WORDS, TITLES } from './person-cue-words.js'
import {
  AIRPORT_CODE_AFTER, COMES_FROM, DIRECTIONS, LANDMARK_QUALIFIERS, LIVES_IN, LOCATIVE, LOCATIVES,
  LOWER_CASE_LANDMARKS, MAX_LIST_ITEMS, MOVED_TO, MOVES_THROUGH, MOVES_TO, PLACE_COLUMNS, PLACE_PREFIXES, PLACE_WORDS,
  REGION_PREFIXES, REGION_TAILS, ROAD_WORDS, SERVICES, SITE_NOUNS, STREET_WORDS, US_STATE_CODES, CROSSING_NOUNS, ROAD_NOUNS,
  SITE_MODIFIERS,
  streetCompound,
  AIRPORTS, ARROW_END, DEPARTS, ENTRY_PAPERS, ROUTE_ARROW, TIMED_DEPARTURE,
} from './place-cue-words.js'
import { inSomeMultiWordPlace, multiWordPlaceLength, startsMultiWordPlace } from './place-names.js'
import {
  ADOPTING, ANIMAL_LEADS, ANIMAL_TALK, DATE_ABBREVIATIONS, DAY_ORDINALS, DISEASE_EPONYMS, PRAYER_OPENINGS,
  THING_NAMES, WEEKDAY_ABBREVIATIONS, DISH_NAMES, DISH_WORDS, ORDERING_WORDS, PIZZA_NAMES,
} from './thing-words.js'


/**
 * The scan's middle layer: where a name-like word is no person but a place, a date, an animal, a firm,
 * a job or a thing (read before a word is scored as a name).
 */
/** Compass points that stand between a house number and its street ("2450 North Clark", "1200 W Madison"). */
const STREET_COMPASS: ReadonlySet<string> = new Set(['north', 'south', 'east', 'west', 'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw'])

/** "make it to": arriving ("my bag didn't make it to Charlotte"). */
/** A word after a given name that makes it someone answering the phone ("Chloe speaking", "Dawn here"). */
const ANSWERS_AS: ReadonlySet<string> = new Set(['speaking', 'here'])
const MAKES_IT: ReadonlySet<string> = new Set(['make', 'made', 'makes', 'making'])

/** One space, five digits (maybe "-" and four more), and no more digits: a ZIP code. */
const ZIP_AFTER = /^ \d{5}(?:-\d{4})?(?![\d.,:/-]\d|\d)/
/**
 * Right before a name, where a card was used ("a pending charge from", "declined at", "4 txns at"): what
 * follows is the merchant. (Not payments and transfers: those go to people too.)
 */
const MERCHANT_BEFORE = /\b(?:charges?|charged|purchases?|purchased|transactions?|txns?|declined|swiped|spent|shopping|bought)(?: (?:there|twice|again|online|in-store))? (?:from|at|by|with)[ \t]+$/i
/** After a name, "&" and a capitalised word ("Austin Tire & Auto", "Marsh & Sons"): a firm's name. */
const AMPERSAND_FIRM_AFTER = /^(?: \p{Lu}[\p{L}'-]*)? & (\p{Lu}[\p{L}'-]*)/u

/** A model's code: one or two capitals glued to up to four digits ("T10", "MR6500"-like, not "T-Mobile"). */
const MODEL_CODE = /^[A-Z]{1,2}\d{1,4}(?![\p{L}\p{N}])/u

/** A name's part alone as a column's name ("#,first,last,dob"). */
const NAME_PART_COLUMNS: ReadonlySet<string> = new Set(['first', 'last', 'given', 'family', 'middle', 'forenames'])
/** A column's first word saying the name is an animal's ("pet_first", "dog_last"), not a person's. */
const ANIMAL_COLUMNS: ReadonlySet<string> = new Set(['pet', 'pets', 'animal', 'dog', 'cat', 'horse'])

export class NonPersonContexts extends ScanTokens {
  /** Whether the text talks about animals (see `aboutAnimals`): undefined until looked for. */
  private animals: boolean | undefined
  /** Words read as a place's name (`where`) earlier in the text. */
  protected readonly places = new Set<string>()
  /** The columns of a table the text opens with (see `columnOf`): undefined until looked for, null when none. */
  private columns: ColumnCursor | null | undefined

  eligible(i: number): boolean {
    const w = this.word(i)
    return (
      w.length >= 2 && !FUNCTION_WORDS.has(w) && !TITLES.has(w) && !CUE_1.has(w) && (!this.lex.notNames.has(w) || this.givenBeforeSurname(i)) && !(DATE_ABBREVIATIONS.has(w) && this.inDate(i)) &&
      !(DISEASE_EPONYMS.has(w) && this.possessive(i)) && !functionWordContraction(w)
    )
  }

  /**
   * `w` is a census surname and the word at token i a given name of three letters or more, capitalised in
   * mixed-case text: the pair is a full name whatever else `w` is ("Mise le meas" stays a sign-off).
   */
  protected surnameAfterGiven(i: number, w: string): boolean {
    const given = this.word(i)
    return given.length >= 3 && (this.lowerMode || this.cap(i)) && this.lex.firstNames.has(given) && (this.lex.surnames.get(w) ?? Infinity) < 50_000
  }

  /**
   * Word i, a given name the lists also hold as no one's ("Jesus", the Spanish "Jesús"), right before a
   * census surname that is no English word and no no-name: a person ("Jesus Hernandez", "jesus ibarra").
   */
  private givenBeforeSurname(i: number): boolean {
    if (!this.oneSpace(i + 1) || this.tokens.kind(i + 2) !== TokenKind.Word) return false
    const next = this.word(i + 2)
    return this.surnameAfterGiven(i, next) && !this.lex.knownWords.has(next) && !this.lex.notNames.has(next)
  }

  /**
   * A capitalised place word follows word i, maybe after other capitalised words ("Jackson Avenue",
   * "Martin Luther King Boulevard"): a place, unless a cue said otherwise.
   */
  protected placeFollows(i: number): boolean {
    if (this.lowerMode) return this.lowerLandmarkFollows(i)
    const tk = this.tokens
    // "our Austin office", "the Denver warehouse": a capitalised name before a lower-case site noun
    // (not someone's: "Khalid's team", "Maria's office")
    if (this.oneSpace(i + 1) && tk.kind(i + 2) === TokenKind.Word && !this.cap(i + 2) && SITE_NOUNS.has(this.raw(i + 2)) && !this.possessive(i)) return true
    // ... and the same for a product's tier ("your Unlimited Max plan", "the Premier bundle")
    if (this.oneSpace(i + 1) && tk.kind(i + 2) === TokenKind.Word && !this.cap(i + 2) && PRODUCT_NOUNS.has(this.raw(i + 2)) && !this.possessive(i)) return true
    // ... with a word between ("the Austin conference room", "our Leeds sorting office")
    if (this.oneSpace(i + 1) && tk.kind(i + 2) === TokenKind.Word && !this.cap(i + 2) && this.oneSpace(i + 3) && tk.kind(i + 4) === TokenKind.Word && !this.cap(i + 4) && SITE_NOUNS.has(this.raw(i + 4)) && SITE_MODIFIERS.has(this.raw(i + 2)) && !this.possessive(i)) return true
    // ... and as the first of two joined by "and" or "or" ("the Austin and Charlotte hubs", "Sydney and Adelaide stores",
    // "the Ford and Ferrari meeting rooms")
    if (this.oneSpace(i + 1) && tk.kind(i + 2) === TokenKind.Word && (this.raw(i + 2) === 'and' || this.raw(i + 2) === 'or') && this.oneSpace(i + 3) && tk.kind(i + 4) === TokenKind.Word && this.cap(i + 4) && this.oneSpace(i + 5) && tk.kind(i + 6) === TokenKind.Word && !this.cap(i + 6) && (SITE_NOUNS.has(this.raw(i + 6)) || (SITE_MODIFIERS.has(this.raw(i + 6)) && this.oneSpace(i + 7) && tk.kind(i + 8) === TokenKind.Word && SITE_NOUNS.has(this.raw(i + 8))))) return true
    // ... and after two capitalised words ("a break at Leigh Delamere services", "unit 7, Summer Lane industrial estate")
    if (this.oneSpace(i + 1) && tk.kind(i + 2) === TokenKind.Word && this.cap(i + 2) && this.oneSpace(i + 3) && tk.kind(i + 4) === TokenKind.Word && !this.cap(i + 4)) {
      const noun = this.raw(i + 4)
      // (an estate only with its kind: "the John Smith estate" is his)
      if (SITE_NOUNS.has(noun) || (SITE_MODIFIERS.has(noun) && this.oneSpace(i + 5) && tk.kind(i + 6) === TokenKind.Word && (SITE_NOUNS.has(this.raw(i + 6)) || this.raw(i + 6) === 'estate'))) return true
    }
    for (let j = i + 2, hops = 0; hops < 3; j += 2, hops++) {
      if (!this.oneSpace(j - 1) || tk.kind(j) !== TokenKind.Word) return false
      // "The Pierre Elliott Trudeau airport shuttle": a landmark's word no one carries as a surname, even in lower case
      if (!this.cap(j)) return LOWER_CASE_LANDMARKS.has(this.word(j))
      // "Park", "Hall", "Lane" are frequent surnames too: those say nothing, unless "in"/"at" comes before
      const w = this.word(j)
      // ... nor "on" before a street's word ("the house on Morgan Lane")
      const before = this.prevWords(i)[0] ?? ''
      // (on the same line: a name heads a signature's lines)
      if (FIRM_WORDS.has(w) && this.text.charCodeAt(tk.start(j - 1)) === 32 && (this.lex.surnames.get(w) ?? Infinity) >= FIRM_WORD_SURNAME_RANK) return true
      // ... nor a house number before it ("I moved into 657 Jordan Lane")
      // ... nor an article ("tables in the Victoria Hall")
      // ... nor a county's or a country's name no one is given before it ("flat 412 of Dorset House")
      if (PLACE_WORDS.has(w) && (STREET_WORDS.has(w) || (this.lex.surnames.get(w) ?? Infinity) >= 2000 || LOCATIVE.has(before) || ARTICLES.has(before) || (ROAD_WORDS.has(w) && (before === 'on' || this.houseNumberBefore(i) || this.streetJoinedAfter(j))) || (REGIONS.has(this.word(i)) && !this.lex.firstNames.has(this.word(i))))) return true
    }
    return false
  }

  /**
   * Lower-case speech has no capitals to tie a name to the place word after it, so only place
   * words that are no one's surname count, within four words ("martin luther king junior boulevard",
   * "indira gandhi international airport"); "sarah park", "tom hall" stay names.
   */
  private lowerLandmarkFollows(i: number): boolean {
    const tk = this.tokens
    for (let j = i + 2, hops = 0; hops < 4; j += 2, hops++) {
      if (!this.oneSpace(j - 1) || tk.kind(j) !== TokenKind.Word) return false
      const w = this.word(j)
      if (LOWER_CASE_LANDMARKS.has(w)) return true
      // only names and a landmark's own words between ("jackson memorial hospital"), not "john from main street"
      if (!LANDMARK_QUALIFIERS.has(w) && !this.lex.firstNames.has(w) && !this.lex.surnames.has(w)) return false
    }
    return false
  }

  /** A house number right before word i ("657 Jordan Lane", "12B Morgan Court"). */
  /** "Mark Lane and Hope Street will be closed": the road's word at j is joined to a street's name by "and"/"or". */
  private streetJoinedAfter(j: number): boolean {
    const tk = this.tokens
    if (!this.oneSpace(j + 1) || (this.raw(j + 2) !== 'and' && this.raw(j + 2) !== 'or') || !this.oneSpace(j + 3)) return false
    if (tk.kind(j + 4) !== TokenKind.Word || !this.cap(j + 4) || !this.oneSpace(j + 5) || tk.kind(j + 6) !== TokenKind.Word || !this.cap(j + 6)) return false
    return STREET_WORDS.has(this.word(j + 6))
  }

  private houseNumberBefore(i: number): boolean {
    if (!this.oneSpace(i - 1)) return false
    const tk = this.tokens
    const k = tk.kind(i - 2) === TokenKind.Word && tk.kind(i - 3) === TokenKind.Digits && tk.end(i - 2) - tk.start(i - 2) === 1 ? i - 3 : i - 2
    return tk.kind(k) === TokenKind.Digits && tk.end(k) - tk.start(k) <= 5
  }

  /** Word i follows the words of a card's use ("a charge from Dick's Sporting Goods"): a merchant's name. */
  protected merchantBefore(i: number): boolean {
    const start = this.tokens.start(i)
    return MERCHANT_BEFORE.test(this.text.slice(Math.max(0, start - 40), start))
  }

  /** "Tire & Auto", "& Sons" after word i, the word after "&" no given name ("Tom & Jerry" stays people). */
  protected ampersandFirmAfter(i: number): boolean {
    const end = this.tokens.end(i)
    const m = AMPERSAND_FIRM_AFTER.exec(this.text.slice(end, end + 40))
    // ("Emma & Co. came over": "& Co." after a given name is a person and her friends; its own rule reads it)
    const word = m === null ? '' : (m[1] as string).toLowerCase()
    return m !== null && word !== 'co' && word !== 'company' && !this.lex.firstNames.has(word)
  }

  /** A US ZIP code right after word i ("affecting Orlando 32801 and 32806"): the word is its town. */
  protected zipCodeAfter(i: number): boolean {
    return ZIP_AFTER.test(this.text.slice(this.tokens.end(i), this.tokens.end(i) + 12))
  }

  /** A one-word name right before an organisation's word ("Greenleaf pharmacy", "maple federal"), the name no surname that frequent. */
  protected firmWordAfter(i: number): boolean {
    if (!this.oneSpace(i + 1) || this.tokens.kind(i + 2) !== TokenKind.Word) return false
    // ("Riverside Family Pharmacy", "Paws and Claws Vet": one more capitalised word, or "and" and one, before the firm's word)
    if (!FIRM_AFTER.has(this.word(i + 2))) return !this.lowerMode && this.cap(i) && this.firmWordTwoAfter(i)
    // ("for Eleni Papadopoulou's dental plan": a person's, in mixed-case text, before the word in lower case;
    // "Smith's Dental" capitalises its firm's word)
    if (!this.lowerMode && this.possessive(i) && !this.cap(i + 2)) return false
    // ("Mark Bank" may be a person: a frequent surname after the word is, "bank" is not one here)
    // ("Madison PD", "Austin Police": a town's police, whatever the town is called)
    // ("Davis Vision", "Jordan Health": a given name before the firm's word capitalised, which no surname is, names the firm)
    const capitalFirm = isUpper(this.text.charCodeAt(this.tokens.start(i + 2))) && !this.lowerMode
    return (capitalFirm && (POLICE_AFTER.has(this.word(i + 2)) || !this.lex.surnames.has(this.word(i + 2)))) || !this.lex.firstNames.has(this.word(i)) || this.lex.commonWords.has(this.word(i)) || this.lowerMode
  }

  /** Word i, then a capitalised word (or "and" and one) and a capitalised firm's word: "Riverside Family Pharmacy", "Paws and Claws Vet". */
  private firmWordTwoAfter(i: number): boolean {
    let k = i + 2
    if (this.raw(k) === 'and' && this.oneSpace(k + 1) && this.tokens.kind(k + 2) === TokenKind.Word) k += 2
    if (!this.cap(k) || !this.oneSpace(k + 1) || this.tokens.kind(k + 2) !== TokenKind.Word || !this.cap(k + 2)) return false
    return FIRM_AFTER.has(this.word(k + 2)) && !this.lex.firstNames.has(this.word(k))
  }

  /**
   * "near the nelson mandela statue", "the steve jobs theatre": after an article, or before a place or
   * site noun, a person's name names a thing (lower-case text, where capitals cannot say so).
   */
  protected namesAThing(i: number): boolean {
    if (ARTICLES.has(this.prevWords(i)[0] ?? '')) return true
    const tk = this.tokens
    const k = i + 4
    if (!this.oneSpace(i + 1) || !this.oneSpace(k - 1) || tk.kind(k) !== TokenKind.Word) return false
    const after = this.word(k)
    return PLACE_WORDS.has(after) || SITE_NOUNS.has(after)
  }

  /** A street's word follows word i ("Road", "Street"; capitalised in mixed-case text, as written). */
  /**
   * Word i names a devotion, not someone to reach: after "Our Lady of" ("Our Lady of Lourdes"), after a
   * prayer's first word ("Hail Mary", "Salve Regina", "Ave Maria"), or a saint's name's last part after
   * its particle ("St Vincent de Paul").
   */
  protected devotionAt(i: number): boolean {
    const tk = this.tokens
    const b = tk.wordBefore(i)
    if (b < 0) return false
    const before = this.word(b)
    if (before === 'of') {
      const lady = tk.wordBefore(b)
      if (lady < 0 || this.word(lady) !== 'lady') return false
      const our = tk.wordBefore(lady)
      return !this.lowerMode || (our >= 0 && this.word(our) === 'our')
    }
    if (PRAYER_OPENINGS.has(before)) return this.lowerMode || this.cap(b)
    if (!PARTICLES.has(this.raw(b))) return false
    // ("St Vincent de Paul": the saint, a name, particles, then this word)
    // (at most three particles, "de la", "de los": a run of them is walked in bounded steps from each word)
    let k = i
    while (k >= 2 && i - k < 6 && this.oneSpace(k - 1) && this.tokens.kind(k - 2) === TokenKind.Word && PARTICLES.has(this.raw(k - 2))) k -= 2
    if (k === i || k < 4 || !this.oneSpace(k - 1) || this.tokens.kind(k - 2) !== TokenKind.Word) return false
    const saint = this.tokens.wordBefore(k - 2)
    return saint >= 0 && (this.word(saint) === 'st' || this.word(saint) === 'saint' || this.word(saint) === 'san' || this.word(saint) === 'santa')
  }

  /** Word i, capitalised, opens a job's title or is an academic rank's ("Grant Writer", "Dean of Students", "Associate Dean"). */
  protected jobTitleAt(i: number): boolean {
    const tk = this.tokens
    // ("Junior Grant Writer", "Senior Associate Dean": at most two seniorities before such a title; a loop,
    // not a recursion, so a run of them cannot exhaust the stack)
    for (let n = 0; n < 2 && SENIORITIES.has(this.word(i)) && this.oneSpace(i + 1) && tk.kind(i + 2) === TokenKind.Word && this.cap(i + 2); n++) i += 2
    const w = this.word(i)
    if (!this.lex.commonWords.has(w) && w !== 'scrum' && w !== 'dean') return false
    if (this.oneSpace(i + 1) && tk.kind(i + 2) === TokenKind.Word && this.cap(i + 2) && JOB_NOUNS.has(this.raw(i + 2))) return true
    // ("Loan Servicing Specialist", "Member Services Officer": two English words before the job's noun)
    if (this.oneSpace(i + 1) && tk.kind(i + 2) === TokenKind.Word && this.cap(i + 2) && this.known(this.word(i + 2)) && !this.lex.firstNames.has(this.word(i + 2)) && this.oneSpace(i + 3) && tk.kind(i + 4) === TokenKind.Word && this.cap(i + 4) && JOB_NOUNS.has(this.raw(i + 4))) return true
    if (w !== 'dean') return false
    if (this.oneSpace(i + 1) && tk.kind(i + 2) === TokenKind.Word && this.raw(i + 2) === 'of') return true
    const b = tk.wordBefore(i)
    return b >= 0 && RANK_WORDS.has(this.word(b))
  }

  /** Word i is part of a place of `MULTI_WORD_PLACES` (it starts one, or one starts up to three words before it). */
  protected inNamedPlace(i: number): boolean {
    if (!inSomeMultiWordPlace(this.word(i))) return false
    for (let k = i, n = 0; n < 4 && k >= 0; n++, k -= 2) {
      if (this.namedPlaceEnd(k) >= i) return true
      if (!this.oneSpace(k - 1)) return false
    }
    return false
  }

  /** Word i starts a place of `MULTI_WORD_PLACES` ("Abu Dhabi", "Ang Mo Kio"): its last word, or -1. */
  protected namedPlaceEnd(i: number): number {
    if (i < 0 || this.tokens.kind(i) !== TokenKind.Word || !startsMultiWordPlace(this.word(i))) return -1
    const words = [this.word(i)]
    let k = i
    while (words.length < 4 && this.oneSpace(k + 1) && this.tokens.kind(k + 2) === TokenKind.Word) {
      k += 2
      words.push(this.word(k))
    }
    const n = multiWordPlaceLength(words)
    return n === 0 ? -1 : i + 2 * (n - 1)
  }

  protected streetAfter(i: number): boolean {
    const tk = this.tokens
    // "Jan van Galenstraat 12": particles, then a street's one-word name
    let k = i
    while (this.oneSpace(k + 1) && tk.kind(k + 2) === TokenKind.Word && PARTICLES.has(this.raw(k + 2)) && k - i < 6) k += 2
    if (k > i && this.oneSpace(k + 1) && tk.kind(k + 2) === TokenKind.Word && streetCompound(this.word(k + 2))) return true
    if (!this.oneSpace(i + 1) || tk.kind(i + 2) !== TokenKind.Word || !STREET_WORDS.has(this.word(i + 2))) return false
    return this.lowerMode || this.cap(i + 2)
  }

  firmPair(a: number, b: number): boolean {
    return a >= 0 && this.tokens.kind(a) === TokenKind.Word && PERSON_NAMED_FIRMS.has(`${this.word(a)} ${this.word(b)}`)
  }

  /** A day follows the month at word i: "the fifth", "twelfth", "5th", "5". */
  protected dayFollows(i: number): boolean {
    const tk = this.tokens
    if (!this.oneSpace(i + 1)) return false
    let k = i + 2
    if (tk.kind(k) === TokenKind.Word && this.raw(k) === 'the' && this.oneSpace(k + 1)) k += 2
    if (tk.kind(k) === TokenKind.Digits) return tk.end(k) - tk.start(k) <= 2
    return tk.kind(k) === TokenKind.Word && DAY_ORDINALS.has(this.raw(k))
  }

  /**
   * Word i (a weekday's or month's short name) is part of a date: a day number or another such name
   * next to it ("Dec 19", "31 Jan", "Thu, Dec", "26/Jan/2026"), not a name ("Jan Nowak").
   */
  private inDate(i: number): boolean {
    const tk = this.tokens
    const dateish = (k: number): boolean =>
      (tk.kind(k) === TokenKind.Digits && tk.end(k) - tk.start(k) <= 4) || (tk.kind(k) === TokenKind.Word && DATE_ABBREVIATIONS.has(this.word(k)))
    // after: "Dec 19", "Thu, Dec", "Jan/2026", "Dec. 19"
    let k = i + 1
    while (k < tk.length && k <= i + 3 && tk.kind(k) !== TokenKind.Word && tk.kind(k) !== TokenKind.Digits) {
      if (tk.kind(k) === TokenKind.Other && !',./-'.includes(this.text.charAt(tk.start(k)))) break
      k++
    }
    if (k <= i + 3 && dateish(k)) return true
    // a weekday's short name alone ("next sync Thu", "till Wed"), unless a surname follows it ("Sun Yang")
    if (WEEKDAY_ABBREVIATIONS.has(this.word(i)) && !(this.oneSpace(i + 1) && tk.kind(i + 2) === TokenKind.Word && this.cap(i + 2))) return true
    // before: "31 Jan", "26/Jan", "Thu Dec"
    k = i - 1
    while (k >= 0 && k >= i - 3 && tk.kind(k) !== TokenKind.Word && tk.kind(k) !== TokenKind.Digits) {
      if (tk.kind(k) === TokenKind.Other && !',/-'.includes(this.text.charAt(tk.start(k)))) return false
      k--
    }
    return k >= 0 && k >= i - 3 && dateish(k)
  }

  /** Where a dish's or a drink's two-word name that holds word i ends (`DISH_NAMES`: "Eggs Benedict", "a Shirley Temple"), or -1. */
  dishAt(i: number): number {
    const w = this.word(i)
    // "a large Margherita", "2x Margherita": a pizza after a size, a count or an article
    if (PIZZA_NAMES.has(w) && this.tokens.kind(i - 1) === TokenKind.Space && (ORDERING_WORDS.has(this.word(i - 2)) || /(?<![\p{L}\p{N}])\d{1,2}x $/iu.test(this.text.slice(Math.max(0, this.tokens.start(i) - 4), this.tokens.start(i))))) return i
    // (a word in no dish's name settles it at once)
    if (!DISH_WORDS.has(w) && !DISH_WORDS.has(w.endsWith('s') ? w.slice(0, -1) : w)) return -1
    const singular = (x: string): string => (x.length > 3 && x.endsWith('s') && !x.endsWith('ss') ? x.slice(0, -1) : x)
    const before = this.tokens.kind(i - 1) === TokenKind.Space && this.tokens.kind(i - 2) === TokenKind.Word ? this.word(i - 2) : ''
    if (before !== '' && (DISH_NAMES.has(`${before} ${w}`) || DISH_NAMES.has(`${before} ${singular(w)}`))) return i
    if (!this.oneSpace(i + 1) || this.tokens.kind(i + 2) !== TokenKind.Word) return -1
    const after = this.word(i + 2)
    return DISH_NAMES.has(`${w} ${after}`) || DISH_NAMES.has(`${w} ${singular(after)}`) ? i + 2 : -1
  }

  /**
   * Word i is a cross street: right after "the corner of" (a crossing's noun and "of") or a road's
   * "between", or after "and" and the one or two words of the first street named so.
   */
  protected crossStreetAt(i: number): boolean {
    // (most words have none of "of", "between", "and" right before them: settled without reading back)
    if (this.tokens.kind(i - 1) !== TokenKind.Space || this.tokens.kind(i - 2) !== TokenKind.Word) return false
    const right = this.raw(i - 2)
    if (right !== 'of' && right !== 'between' && right !== 'and') return false
    const before = this.prevWords(i, 5)
    const opens = (k: number): boolean => (before[k] === 'of' && CROSSING_NOUNS.has(before[k + 1] ?? '')) || (before[k] === 'between' && ROAD_NOUNS.has(before[k + 1] ?? ''))
    return opens(0) || (before[0] === 'and' && (opens(2) || opens(3)))
  }

  /** Word i is part of a dish's or a drink's name. */
  dish(i: number): boolean {
    return this.dishAt(i) >= 0
  }

  place(i: number): boolean {
    return this.inNamedPlace(i) || this.crossStreetAt(i) || this.devotionAt(i) || this.where(i, this.prevWords(i)) || this.placePrefixed(i) || this.placeFollows(i) || (!this.lowerMode && this.placeColumn(i))
  }

  /**
   * Word i (a lone capitalised word, not a possessive) stands where a place goes: after a locative
   * preposition, after "to" that follows a move, after "from" that says where someone comes from,
   * next to a state or country across a comma ("Florence, Alabama"), or after a street and a comma.
   */
  /**
   * A later item of a list of single capitalised words whose first item follows a locative and whose
   * last comes after "and" or "or" ("in Jackson, Madison and Florence", "near Leeds or York."): the
   * places go on. Two items need nothing after them but punctuation: in "in Denver and Maria lives
   * ..." Maria begins a clause, as in "in Austin, Maria called"; "with Maria and John" has no locative.
   */
  private listedAfterLocative(i: number): boolean {
    const tk = this.tokens
    let head = i
    let count = 1
    let joined = false
    for (;;) {
      const prev = this.listStep(head, -1)
      if (prev.item < 0) break
      // "and" or "or" comes only before the last item
      if (prev.joined && count > 1) return false
      joined ||= prev.joined
      head = prev.item
      if (++count > MAX_LIST_ITEMS) return false
    }
    if (head === i || !this.oneSpace(head - 1) || tk.kind(head - 2) !== TokenKind.Word || !LOCATIVES.has(this.raw(head - 2))) return false
    let last = i
    while (!joined) {
      const next = this.listStep(last, 1)
      if (next.item < 0) break
      joined = next.joined
      last = next.item
      if (++count > MAX_LIST_ITEMS) return false
    }
    if (!joined) return false
    if (count >= 3 || !(this.oneSpace(last + 1) && tk.kind(last + 2) === TokenKind.Word)) return true
    // "Employees in Victoria and Regina get a T4": two towns before a verb
    for (let k = head; k >= 0; k = k === last ? -1 : this.listStep(k, 1).item) if (!this.lex.towns.has(this.word(k))) return false
    return true
  }

  /** Word i is an item of a list ("Regina, Victoria, Kelowna") another item of which is a large city's name. */
  protected listedWithCity(i: number): boolean {
    const city = (k: number): boolean => k >= 0 && this.tokens.kind(k) === TokenKind.Word && this.lex.cities.has(this.word(k))
    for (const dir of [-1, 1] as const) {
      let k = i
      for (let n = 0; n < MAX_LIST_ITEMS; n++) {
        k = this.listStep(k, dir).item
        if (k < 0) break
        if (city(k)) return true
      }
    }
    return false
  }

  /**
   * The capitalised word one list item before (dir -1) or after (dir 1) word `pos`, across ", ", " and ",
   * " or " or ", and " (`joined` when "and" or "or" is between); item -1 when there is none.
   */
  private listStep(pos: number, dir: -1 | 1): { item: number; joined: boolean } {
    const tk = this.tokens
    const none = { item: -1, joined: false }
    const isWord = (k: number): boolean => tk.kind(k) === TokenKind.Word
    const conj = (k: number): boolean => isWord(k) && (this.raw(k) === 'and' || this.raw(k) === 'or')
    let item = -1
    let joined = false
    if (dir < 0) {
      if (!this.oneSpace(pos - 1)) return none
      const t = pos - 2
      if (this.commaAt(t)) item = t - 1
      else if (conj(t) && this.oneSpace(t - 1)) {
        item = this.commaAt(t - 2) ? t - 3 : t - 2
        joined = true
      }
    } else {
      let t = pos + 1
      const comma = this.commaAt(t)
      if (comma) t++
      if (!this.oneSpace(t)) return none
      if (conj(t + 1) && this.oneSpace(t + 2)) {
        item = t + 3
        joined = true
      } else if (comma) item = t + 1
    }
    return item >= 0 && isWord(item) && this.cap(item) ? { item, joined } : none
  }

  protected where(i: number, prev: readonly string[]): boolean {
    if (this.raw(i) !== this.word(i)) return false
    const before = prev[0] ?? ''
    // lower-case speech: only where living or moving says so ("i actually live in denver", "just moved to savannah")
    if (this.lowerMode) return (before === 'in' && LIVES_IN.has(prev[1] ?? '')) || (before === 'to' && MOVED_TO.has(prev[1] ?? ''))
    if (!this.cap(i)) return false
    if (this.listedAfterLocative(i)) return true
    const tk = this.tokens
    const commaBefore = this.commaAt(i - 1) || (tk.kind(i - 1) === TokenKind.Space && this.commaAt(i - 2))
    if (!commaBefore) {
      if (LOCATIVES.has(before)) return true
      if (before === 'to' && MOVES_TO.has(prev[1] ?? '')) return true
      // "flying out of Raleigh" (not "out of Maria's bag")
      if (before === 'of' && prev[1] === 'out' && !this.possessive(i)) return true
      if (before === 'to') {
        // "moved from Raleigh to Chester", "flights from Boston to Denver", "we fly from John Lennon Airport
        // to Raleigh": the end of a journey
        const far = this.prevWords(i, 8)
        // (... or a journey word a little before "from": "flight BA 2491 from Gatwick to Florence")
        for (let f = 2; f + 1 < far.length; f++) if (far[f] === 'from' && far.slice(f + 1, f + 5).some((w) => MOVES_TO.has(w) || COMES_FROM.has(w))) return true
        // "Flight Air Canada one two oh eight to Madison", "train 1208 to Leeds": where a numbered service goes
        if (this.numberedServiceBefore(i)) return true
        // ... and from where ("flight BA 2491 from Gatwick to Florence")
        let start = this.tokens.wordBefore(this.tokens.wordBefore(i))
        // (... from a place of two or three words: "flight AM 401 from Mexico City to Tijuana")
        for (let k = 0; k < 2 && start >= 2 && this.cap(start) && this.oneSpace(start - 1) && tk.kind(start - 2) === TokenKind.Word && this.cap(start - 2); k++) start -= 2
        if (start >= 0 && this.cap(start) && this.numberedServiceBefore(start, 'from')) return true
      }
      // "issued by India": the country or town that issued a document
      if (before === 'by' && (prev[1] === 'issued' || prev[1] === 'issuing') && (REGIONS.has(this.word(i)) || this.lex.towns.has(this.word(i)))) return true
      // "a visa for Jordan", "an ETA to Canada": the country that asks for it
      if ((before === 'for' || before === 'to') && ENTRY_PAPERS.has(prev[1] ?? '')) return true
      // "the 6:10 to Denver": a departure named by its time
      if (before === 'to' && TIMED_DEPARTURE.test(this.text.slice(Math.max(0, tk.start(i) - 40), tk.start(tk.wordBefore(i))))) return true
      // "drove down to Austin", "flew back to Denver"
      if (before === 'to' && DIRECTIONS.has(prev[1] ?? '') && MOVES_TO.has(this.prevWords(i, 3)[2] ?? '')) return true
      // "driving up from Savannah", "flew in from Denver": where a journey comes from
      if (before === 'from' && DIRECTIONS.has(prev[1] ?? '') && (MOVES_TO.has(this.prevWords(i, 3)[2] ?? '') || COMES_FROM.has(this.prevWords(i, 3)[2] ?? ''))) return true
      // "my bag didn't make it to Charlotte", "we made it to Denver"
      if (before === 'to' && prev[1] === 'it' && MAKES_IT.has(this.prevWords(i, 3)[2] ?? '')) return true
      if (before === 'through' && MOVES_THROUGH.has(prev[1] ?? '')) return true
      // "departing Sydney on the 3rd": where a journey leaves from
      if (DEPARTS.has(before)) return true
      if (before === 'from' && COMES_FROM.has(prev[1] ?? '')) return true
      // "My flight was AA 2291 from Dallas to Charlotte": where a numbered service leaves from
      if (before === 'from' && this.numberedServiceBefore(i, 'from')) return true
    }
    // "VN 55 Hanoi → Sydney", "LHR -> Boston": the end of a route drawn with an arrow from a town or an airport's code
    if (this.routeEnd(i)) return true
    // "flying Manchester to Orlando", "So Victoria to Gatwick is 30 minutes": a route's end, its other end a city or an airport
    if (this.routeSaid(i)) return true
    // "relocating to 2450 North Clark": a street after a house number and a compass point
    if (i >= 4 && this.oneSpace(i - 1) && STREET_COMPASS.has(this.word(i - 2)) && this.cap(i - 2) && this.houseNumberBefore(i - 2)) return true
    // "Austin (AUS) 07:10 -> Charlotte (CLT)": a town before its airport's code
    if (AIRPORT_CODE_AFTER.test(this.text.slice(tk.end(i), tk.end(i) + 7))) return true
    // "Jackson MS", "Eugene, OR": a town before a US state's postal code
    const code = this.commaAt(i + 1) && tk.kind(i + 2) === TokenKind.Space ? i + 3 : this.oneSpace(i + 1) ? i + 2 : -1
    if (code > 0 && tk.kind(code) === TokenKind.Word && tk.end(code) - tk.start(code) === 2 && US_STATE_CODES.has(this.text.slice(tk.start(code), tk.end(code))) && !(this.oneSpace(code + 1) && tk.kind(code + 2) === TokenKind.Word && this.cap(code + 2))) return true
    // "Savannah, Georgia": this word before a region, or a region after a capitalised word
    const next = this.commaAt(i + 1) && tk.kind(i + 2) === TokenKind.Space ? i + 3 : -1
    // ("Charlotte, North Carolina": a region of two words)
    if (next > 0 && tk.kind(next) === TokenKind.Word && this.cap(next) && (REGIONS.has(this.word(next)) || (REGION_PREFIXES.has(this.word(next)) && this.oneSpace(next + 1) && tk.kind(next + 2) === TokenKind.Word && this.cap(next + 2) && (REGIONS.has(this.word(next + 2)) || (this.word(next) === 'new' && REGION_TAILS.has(this.word(next + 2))))))) return true
    if (commaBefore) {
      const j = this.tokens.wordBefore(tk.kind(i - 1) === TokenKind.Space ? i - 2 : i - 1)
      if (j < 0 || !this.cap(j)) return false
      // "Savannah, Georgia"; "42 Wallaby Way, Sydney": the town after a street (not someone answering
      // after the firm's name: "Riverside Dental, Chloe speaking", "Oakwood Clinic, Dawn here")
      if (REGIONS.has(this.word(i))) return true
      return PLACE_WORDS.has(this.word(j)) && !(this.oneSpace(i + 1) && ANSWERS_AS.has(this.raw(i + 2)))
    }
    return false
  }

  /** Word i and a city or an airport are a route's two ends, joined by "to" ("Manchester to Orlando", "Victoria to Gatwick"). */
  private routeSaid(i: number): boolean {
    if (this.lowerMode) return false
    const tk = this.tokens
    const placeAt = (k: number): boolean => k >= 0 && tk.kind(k) === TokenKind.Word && this.cap(k) && (this.lex.cities.has(this.word(k)) || AIRPORTS.has(this.word(k)))
    // ("Dallas to Houston": both ends towns, given names though they are)
    const town = this.lex.towns.has(this.word(i))
    const end = (k: number): boolean => placeAt(k) || (town && k >= 0 && tk.kind(k) === TokenKind.Word && this.cap(k) && this.lex.towns.has(this.word(k)))
    if (this.oneSpace(i + 1) && this.raw(i + 2) === 'to' && this.oneSpace(i + 3) && end(i + 4)) return true
    return i >= 4 && this.oneSpace(i - 1) && this.raw(i - 2) === 'to' && this.oneSpace(i - 3) && end(i - 4)
  }

  /** Word i comes after an arrow ("→", "->", "=>") whose start is a town or an airport's code. */
  private routeEnd(i: number): boolean {
    const tk = this.tokens
    const from = tk.start(i)
    // (an arrow's last character right before the word, spaces aside, or nothing is read)
    let k = from - 1
    while (k > 0 && (this.text.charCodeAt(k) === 32 || this.text.charCodeAt(k) === 9) && from - k < 4) k--
    if (!ARROW_END.has(this.text.charAt(k))) return false
    const arrow = ROUTE_ARROW.exec(this.text.slice(Math.max(0, from - 40), from))
    if (arrow === null) return false
    const start = arrow[1] as string
    return /^[A-Z]{3}$/.test(start) || this.lex.cities.has(start.toLowerCase()) || REGIONS.has(start.toLowerCase())
  }

  /**
   * "to" before word i follows a flight's, train's or bus's number ("Flight Air Canada one two oh
   * eight to", "train 1208 to"): walks back over the number and the operator's capitalised name.
   */
  protected numberedServiceBefore(i: number, via = 'to'): boolean {
    const tk = this.tokens
    let j = tk.wordBefore(i)
    if (j < 0 || this.word(j) !== via) return false
    let numbers = 0
    for (let k = j - 1, steps = 0; k >= 0 && steps < 24; k--, steps++) {
      const kind = tk.kind(k)
      if (kind === TokenKind.Space) continue
      if (kind === TokenKind.Digits) {
        numbers++
        continue
      }
      if (kind !== TokenKind.Word) return false
      const w = this.word(k)
      if (SERVICES.has(w)) return numbers > 0
      if (isNumberWord(w)) numbers++
      else if (this.airlineCode(k)) {
        // "booked on UA 692 to Chelsea": an airline's code and a flight number need no "flight"
        if (numbers > 0 && k >= j - 4) return true
      } else if (!this.cap(k) && !/^[a-z]{1,3}\d+$/.test(w)) return false
    }
    return false
  }

  /** "Dr. Martens", "Dr Martens": a title and word i make a firm's name. */
  protected firmWithTitle(i: number, w: string): boolean {
    const tk = this.tokens
    const before = tk.kind(i - 2) === TokenKind.Other ? tk.wordBefore(i - 2) : tk.wordBefore(i)
    if (before < 0) return false
    const first = this.word(before)
    return TITLES.has(first) && PERSON_NAMED_FIRMS.has(`${first} ${w}`)
  }

  /** A capitalised place prefix right before word i ("San Diego", "St. Louis"). */
  protected placePrefixed(i: number): boolean {
    if (this.lowerMode) return false
    const tk = this.tokens
    let j = i - 1
    if (!this.oneSpace(j)) return false
    j--
    if (tk.kind(j) === TokenKind.Other && this.text.charAt(tk.start(j)) === '.') j--
    return tk.kind(j) === TokenKind.Word && this.cap(j) && PLACE_PREFIXES.has(this.raw(j))
  }

  /**
   * "hes my son jack", "my wife rose set up the account", "my daughter hope was born ...": in lower-case
   * speech, a given name that is also a word, right after a relation, is the relative's name when it
   * ends what is said or a verb follows it as its subject's.
   */
  /**
   * A model's number follows word i ("Jordan 4", "Max 90"), and either a capitalised word stands right
   * before it that is no given name ("Air Jordan 4") or a capitalised word follows the number ("Jordan 4
   * Retro"): a product's name, not a person's.
   */
  /**
   * The last word of a capitalised run of two or more (`last`) has a model's number after it and a
   * capitalised word before it that is no given name ("a Worcester Bosch 30i", "Philips Sonicare 3100"):
   * a maker and its product, not a person ("Maria Lopez 3" keeps its given name).
   */
  protected productModelAfterRun(last: number): boolean {
    const tk = this.tokens
    if (!this.oneSpace(last + 1) || tk.kind(last + 2) !== TokenKind.Digits || tk.end(last + 2) - tk.start(last + 2) > 4) return false
    const after = this.text.charAt(tk.end(last + 2))
    if (after === ':' || after === '/' || after === '.' || after === ',') return false
    const before = tk.wordBefore(last)
    return before >= 0 && this.oneSpace(last - 1) && this.cap(before) && !this.lex.firstNames.has(this.word(before))
  }

  protected modelNumberAfter(i: number): boolean {
    const tk = this.tokens
    // "model Franklin T10": after a model's or a device's label, a code of capitals and digits after the word
    if (this.oneSpace(i + 1) && MODEL_CODE.test(this.text.slice(tk.start(i + 2), tk.start(i + 2) + 8))) {
      const label = tk.wordBefore(i)
      if (label >= 0 && ORG_LABELS.has(this.word(label))) return true
    }
    if (!this.oneSpace(i + 1) || tk.kind(i + 2) !== TokenKind.Digits || tk.end(i + 2) - tk.start(i + 2) > 4) return false
    // (not a time, a date or an amount: "Maria 10:30", "Maria 3/4")
    const after = this.text.charAt(tk.end(i + 2))
    if (after === ':' || after === '/' || after === '.' || after === ',') return false
    const before = tk.wordBefore(i)
    if (before >= 0 && this.cap(before) && !this.lex.firstNames.has(this.word(before)) && !this.sentenceStart(before) && !this.colonBefore(before)) return true
    return this.oneSpace(i + 3) && tk.kind(i + 4) === TokenKind.Word && this.cap(i + 4)
  }

  /** The column header of the table cell word i is in, when the text opens with a header line (CSV, TSV, `;`, `|`). */
  /** Word i is a cell of a table column named for places ("city", "origin_depot", "Destination Branch"). */
  protected placeColumn(i: number): boolean {
    const column = this.columnOf(i)
    return column !== undefined && (PLACE_COLUMNS.has(column) || column.split(/[_\s.-]+/).some((part) => PLACE_COLUMNS.has(part)))
  }

  /** Word i is in a table's cell under a column of people's names ("surname", "Parent name"; not "file_name", "street name"). */
  protected nameColumn(i: number): boolean {
    const column = this.columnOf(i)
    if (column === undefined) return false
    const words = columnWords(column)
    // ("first", "last", "given", "family": a name's part as a column of its own, "first,last,dob")
    if (words.length === 1 && NAME_PART_COLUMNS.has(words[0] as string)) return true
    // ... after whose name it is ("client_last,client_first", "Owner First"), not an animal's ("pet_first")
    if (words.length === 2 && NAME_PART_COLUMNS.has(words[1] as string) && !ANIMAL_COLUMNS.has(words[0] as string)) return true
    return words.some((w, k) => NAME_COLUMN_WORDS.has(w) || (w === 'name' && (k === 0 || !THING_NAMES.has(words[k - 1] as string))))
  }

  private columnOf(i: number): string | undefined {
    if (this.columns === undefined) {
      const header = tableHeader(this.text)
      this.columns = header === null ? null : new ColumnCursor(this.text, header)
    }
    return this.columns?.at(this.tokens.start(i))
  }

  /**
   * Word i names an animal by the words before it: "a dog called Bruno", "a little terrier called Buddy",
   * "cats like Poppy and Teddy" (and the rest of that list), and where the text talks about animals,
   * one being adopted or rehomed ("adopting Luna", "the adoption fee for Luna").
   */
  animal(i: number): boolean {
    if (this.animalNamed(i)) return true
    // a form's animal fields: "Pet name: Winston", "Breed: Cocker Spaniel", "Pet: Luna (cat)"
    if (this.colonBefore(i)) {
      const label = this.prevWords(i, 2)
      if (label[0] === 'breed' || label[0] === 'pet' || (label[0] === 'name' && (label[1] === 'pet' || label[1] === "pet's"))) return true
    }
    // ... and the later items of such a list ("dogs like Rocky or Daisy", "Luna, Milo and Daisy")
    const tk = this.tokens
    let k = i
    for (let step = 0; step < MAX_LIST_ITEMS; step++) {
      const last = tk.kind(k - 1) === TokenKind.Space ? k - 2 : k - 1
      let j = last
      // "..., and Daisy", "... or Daisy", ", Milo"
      if (tk.kind(j) === TokenKind.Word && (this.raw(j) === 'and' || this.raw(j) === 'or')) j = tk.kind(j - 1) === TokenKind.Space ? j - 2 : j - 1
      if (this.commaAt(j)) j = tk.kind(j - 1) === TokenKind.Space ? j - 2 : j - 1
      const item = j !== last && j >= 0 && tk.kind(j) === TokenKind.Word ? j : -1
      if (item < 0 || this.cap(item) !== this.cap(i)) return false
      if (this.animalNamed(item)) return true
      k = item
    }
    return false
  }

  private animalNamed(i: number): boolean {
    // (the word right before settles most words at once)
    const b = this.tokens.wordBefore(i)
    if (b < 0 || !ANIMAL_LEADS.has(this.word(b))) return false
    const prev = this.prevWords(i, 4)
    if ((prev[0] === 'called' || prev[0] === 'named') && (ANIMAL_WORDS.has(prev[1] ?? '') || ANIMAL_WORDS.has(prev[2] ?? ''))) return true
    if (prev[0] === 'like' && ANIMAL_WORDS.has(prev[1] ?? '')) return true
    if (!this.aboutAnimals()) return false
    if (ADOPTING.has(prev[0] ?? '')) return true
    return prev[0] === 'for' && prev[1] === 'fee' && prev[2] === 'adoption'
  }

  /** The text talks about an animal (a vet, a pet, a dog ...). */
  protected aboutAnimals(): boolean {
    this.animals ??= ANIMAL_TALK.test(this.text)
    return this.animals
  }
}
