/**
 * The names stage's second pass: a name found once lends its evidence to the same word elsewhere in the
 * text ("My name is Antti Poutiainen but everyone calls me Antti") and to the other members of a list it
 * is part of ("our founders: Kónya, Becker and Vasquez", "they had 6: silvana, adam, christopher").
 *
 * @module
 */
import type { Candidate } from '../detectors/detector.js'
import { HESITATIONS } from '../internal/context-lexicon.js'
import { lastBefore } from '../internal/sorted-positions.js'
import { TokenKind, type TokenList } from '../internal/tokenize.js'
import type { NameLexicon } from './name-lexicon.js'
import { BANK_BRANDS, BRANDS, CAR_MAKES, FIRM_SUFFIX, LEGAL_FORM_AFTER } from './organisation-words.js'
import { NAME_SUFFIXES } from './person-cue-words.js'
import { spellingWordAt } from './spelling-word.js'
import { EPONYM_AFTER, EPONYM_THING_AFTER } from './thing-words.js'

/** What the first pass knows about the text's word tokens. */
export interface NameTokenView {
  readonly text: string
  readonly tokens: TokenList
  /** The text has no capital letters (ASR output): capitalisation says nothing. */
  readonly lowerMode: boolean
  /** A known word of the text's kind (see DictionaryNameDetector.known). */
  known(w: string): boolean
  /** Lower-cased word, possessive removed. */
  word(i: number): string
  /** Capitalised (not an acronym). */
  cap(i: number): boolean
  /** Could be a name at all: not a function word, title, cue or never-a-name word, at least two letters. */
  eligible(i: number): boolean
  /** Words a and b together name a firm named after people ("Simon & Schuster", "Ben & Jerry's"). */
  firmPair(a: number, b: number): boolean
  /** Word i names an animal by the words before it ("a dog called Bruno", "dogs like Rocky or Daisy"). */
  animal(i: number): boolean
  /** Word i stands where a place goes ("lives in Charlotte", "Savannah, Georgia") or is part of a place's name ("Jackson Avenue", "Hurricane Katrina"). */
  place(i: number): boolean
  /** Word i is part of a dish's or a drink's name ("Peach Melba", "a Shirley Temple"). */
  dish(i: number): boolean
  /** Word i is 2-6 capitals in mixed-case text that no list holds as a name ("COPD"). */
  capitalsNoName(i: number): boolean
  /** Word i is a letter said in the spelling alphabet, in a run of three or more ("Victor, Charlie, 7, Juliet"). */
  spelled(i: number): boolean
}

/** Kin addressed by what they are ("Dad", "Mum", "Nana"): family words, though some are surnames too. */
const KIN_ADDRESSED: ReadonlySet<string> = new Set(['dad', 'daddy', 'mom', 'mommy', 'mum', 'mummy', 'mother', 'father', 'papa', 'mama', 'nan', 'nana', 'nanna', 'grandma', 'grandpa', 'granny', 'gran', 'grandad', 'granddad', 'auntie', 'aunty', 'uncle', 'sis', 'bro'])
const LIST_CONFIDENCE = 0.6
const REPEAT_CONFIDENCE = 0.6

export function propagateNames(view: NameTokenView, lex: NameLexicon, found: readonly Candidate[]): Candidate[] {
  const covered = coveredTokens(view.tokens, found)
  const out: Candidate[] = []
  const emit = (i: number, detector: string, confidence: number): void => {
    covered.add(i)
    const start = view.tokens.start(i)
    let end = view.tokens.end(i)
    if (end - start > 2 && view.text.charCodeAt(end - 1) === 115 && "'\u2019".includes(view.text.charAt(end - 2))) end -= 2
    out.push({ type: 'person_name', start, end, confidence, detector, validated: false })
  }
  const isDictionaryName = (w: string): boolean => (lex.firstNames.has(w) || lex.surnames.has(w)) && !lex.commonWords.has(w)
  const shaped = (i: number): boolean => view.eligible(i) && (view.lowerMode || view.cap(i))

  // Lists: items joined by ", ", " and ", ", and ", " & ", " or ".
  const tk = view.tokens
  for (let i = 0; i < tk.length; i++) {
    if (tk.kind(i) !== TokenKind.Word || listNext(view, i) < 0 || !shaped(i)) continue
    const items = [i]
    for (let next = listNext(view, i); next >= 0 && shaped(next); next = listNext(view, next)) items.push(next)
    // "in Paris, London and Rome", "Savannah, Georgia", "offices: Leeds, Glasgow and Cardiff": a list of places
    // (a large city no name was found in says so); "Johnson & Johnson", "Jacobs & Co.": a firm
    // ... "j as in juliet and okafor is ...": a spelling alphabet's word is a letter said
    // ... "thanks for calling Harper and Finch": the firm called
    const lead = tk.wordBefore(items[0] as number)
    // ... "Foster & Webb LLP": a firm, its legal form after the last partner's name
    // ... "app banks such as Monzo or Starling": two banks or more, though "Starling" is a surname too
    const tail = tk.end(items[items.length - 1] as number)
    // ... "Heberden's and Bouchard's nodes", "Tinel and Phalen signs": eponyms, the thing named after the last
    if (items.length < 2 || (lead >= 0 && view.word(lead) === 'calling') || LEGAL_FORM_AFTER.test(view.text.slice(tail, tail + 14)) || EPONYM_AFTER.test(view.text.slice(/['\u2019]s$/.test(view.text.slice(tail - 2, tail)) ? tail - 2 : tail, tail + 24)) || EPONYM_THING_AFTER.test(view.text.slice(tail, tail + 24)) || items.some((k, n) => view.place(k) || view.animal(k) || view.dish(k) || productAt(view, lex, k) || firmAt(view, lex, k) || (lex.cities.has(view.word(k)) && !covered.has(k)) || (n > 0 && view.word(k) === 'co') || spellingWordAt(view.text, tk.start(k)) || view.spelled(k)) || repeatsSurname(view, lex, items) || items.filter((k) => BANK_BRANDS.has(view.word(k))).length >= 2 || items.some((k, n) => view.firmPair(n > 0 ? (items[n - 1] as number) : tk.wordBefore(k), k))) {
      i = items[items.length - 1] as number
      continue
    }
    let evidence = 0
    let unknown = 0
    for (const k of items) {
      const w = view.word(k)
      if (covered.has(k) || isDictionaryName(w)) evidence++
      else if (!view.known(w) && !view.lowerMode) unknown++
    }
    if (evidence >= 2 || (evidence >= 1 && evidence + unknown === items.length)) {
      for (const k of items) {
        const w = view.word(k)
        // a hesitation in the list ("thabo nkosi and um nkosi") is no name
        // ... nor is a parent addressed ("... and Owain is 4. Dad, Gareth Hughes, wasn't home")
        // ... nor a brand of two English words run together ("your profile on LinkedIn, Oluwaseun")
        // ... nor a suffix after a name ("Rachel Kim, Esq.")
        // ... nor a greeting or word of another language that no dictionary has as a name ("Oi, Callum")
        const foreign = lex.foreignWords.has(w) && !lex.firstNames.has(w) && !lex.surnames.has(w)
        // ... nor, in mixed-case text, a word in capitals no list holds as a name ("Mehmet Öztürk, COPD exacerbation")
        const nameLike = !view.capitalsNoName(k) && !HESITATIONS.has(w) && !KIN_ADDRESSED.has(w) && !NAME_SUFFIXES.has(w) && !foreign && (lex.firstNames.has(w) || lex.surnames.has(w) || !view.known(w)) && !wordsRunTogether(view.text.slice(tk.start(k), tk.end(k)), lex)
        if (!covered.has(k) && nameLike) emit(k, 'name-list', LIST_CONFIDENCE)
      }
    }
    i = items[items.length - 1] as number
  }

  // Spelled out: "Volkov, V-O-L-K-O-V", "g o n z a l e z": the letters of a found name, or any spelling
  // right after one.
  const spelledFrom = new Set<string>()
  for (const k of covered) if (view.word(k).length >= 3) spelledFrom.add(view.word(k).replace(/[^a-z]/g, ''))
  out.push(...spelledNames(view.text, spelledFrom, [...found, ...out], (w) => lex.commonWords.has(w), (w) => lex.firstNames.has(w)))
  out.push(...clarifiedNames(view.text, [...found, ...out], (w) => lex.commonWords.has(w) && !lex.firstNames.has(w)))

  // Repeats: the same word as in a found name (same capitalisation), not a common English word; in
  // mixed-case text a common one too ("Is this Gene? Great, Gene, ..."), capitalised inside a sentence
  const names = new Set<string>()
  const commonNames = new Set<string>()
  for (const k of covered) {
    const w = view.word(k)
    if (w.length >= 3) (lex.commonWords.has(w) ? commonNames : names).add(w)
  }
  if (names.size === 0 && (commonNames.size === 0 || view.lowerMode)) return out
  for (let i = 0; i < tk.length; i++) {
    if (tk.kind(i) !== TokenKind.Word || covered.has(i) || (!view.lowerMode && !view.cap(i))) continue
    const w = view.word(i)
    // ... and opening a sentence, before what a person does ("Miles Sato ... Miles is a regular donor"), or
    // as a field's whole value ("Attendees: ..., Drew Stone ... Owner: Drew")
    const repeated = names.has(w) || (!view.lowerMode && commonNames.has(w) && (!sentenceOpens(view, i) || personVerbAfter(view, i) || labelValue(view, i)))
    if (repeated && view.eligible(i) && !view.place(i) && !view.dish(i) && !thingBefore(view, i) && !placeAround(view, i)) emit(i, 'name-repeat', REPEAT_CONFIDENCE)
  }
  return out
}

/**
 * Word k is a make's model or a make before its model ("mostly Toyota Prius and Honda Jazz models"): a
 * list of products, not of people.
 */
function productAt(view: NameTokenView, lex: NameLexicon, k: number): boolean {
  const tk = view.tokens
  const single = (gap: number): boolean => tk.kind(gap) === TokenKind.Space && view.text.slice(tk.start(gap), tk.end(gap)) === ' '
  const makeAt = (m: number): boolean => m >= 0 && tk.kind(m) === TokenKind.Word && view.cap(m) && BRANDS.has(view.word(m))
  if (makeAt(k - 2) && single(k - 1)) return true
  return makeAt(k) && single(k + 1) && tk.kind(k + 2) === TokenKind.Word && view.cap(k + 2) && !lex.surnames.has(view.word(k + 2)) && !lex.firstNames.has(view.word(k + 2))
}

/** Word k is a brand no one is named ("Kaiser Permanente, Humana, and Cigna all offer plans"): a list of firms. */
function firmAt(view: NameTokenView, lex: NameLexicon, k: number): boolean {
  const w = view.word(k)
  // (or a word no list knows shaped as a bank's or a wallet's name: "Medibank, Jess speaking")
  return (BRANDS.has(w) || (FIRM_SUFFIX.test(w) && !view.known(w))) && !lex.firstNames.has(w) && !lex.surnames.has(w)
}

/** Verbs that follow a person who is their subject (not "will", "can": "Grant will be reviewed"). */
const PERSON_VERBS: ReadonlySet<string> = new Set([
  'is', 'was', 'has', 'had', 'wants', 'wanted', 'said', 'says', 'told', 'asked', 'thinks', 'thought', 'mentioned', 'confirmed',
  'agreed', 'left', 'joined', 'called', 'emailed', 'sent', 'described', 'recommended', 'suggested', 'noted', 'reported',
  'replied', 'wrote', 'explained', 'approved', 'signed', 'presented', 'owns', 'leads', 'handles',
])

/** Word i is followed, after one space, by a verb a person does. */
function personVerbAfter(view: NameTokenView, i: number): boolean {
  const tk = view.tokens
  return tk.kind(i + 1) === TokenKind.Space && view.text.slice(tk.start(i + 1), tk.end(i + 1)) === ' ' && tk.kind(i + 2) === TokenKind.Word && PERSON_VERBS.has(view.word(i + 2))
}

/** How far back a field's label may start (`[-*•] ` and 31 characters, a colon, spaces). */
const LABEL_REACH = 48

/** Word i is the whole value of a field on its line ("Owner: Drew"). */
function labelValue(view: NameTokenView, i: number): boolean {
  const tk = view.tokens
  // (a field's label is short: the line's start is looked for no further back than one could be, so a
  // long line costs no more than a short one)
  const from = Math.max(0, tk.start(i) - LABEL_REACH)
  const head = view.text.slice(from, tk.start(i))
  const newline = head.lastIndexOf('\n')
  if (newline < 0 && from > 0) return false
  if (!/^[ \t]*(?:[-*•][ \t]*)?[A-Za-z][\w ]{0,30}:[ \t]*$/.test(head.slice(newline + 1))) return false
  return /^[ \t]*(?:\n|$)/.test(view.text.slice(tk.end(i), tk.end(i) + 3))
}

/** Words after which a person's name names a thing: "the Denny's", "a Ford", "St Andrew's Day", "st lucy's hospital". */
/** Words that make the word right after them a thing: an article, a saint's title, a car's make ("the Dodge Dakota"). */
const THING_BEFORE: ReadonlySet<string> = new Set(['the', 'a', 'an', 'st', 'saint', 'ste', ...CAR_MAKES])

/** Prepositions of places and journeys before a word said again ("a week in florence", "going to paris"). */
const PLACE_BEFORE: ReadonlySet<string> = new Set(['in', 'from', 'near', 'via', 'visiting', 'outside', 'around'])
/** Words of journeys before "to" ("going to paris", "flying to florence"; not "spoke to antti"). */
const JOURNEY_BEFORE_TO: ReadonlySet<string> = new Set(['going', 'go', 'goes', 'went', 'flying', 'fly', 'flew', 'moving', 'moved', 'travelling', 'traveling', 'travel', 'trip', 'driving', 'drive', 'headed', 'heading', 'way', 'back', 'holiday', 'vacation', 'flight', 'train'])
/** Nouns of sites after it ("our sydney office", "victoria station"). */
const SITE_AFTER: ReadonlySet<string> = new Set(['office', 'offices', 'station', 'airport', 'branch', 'store', 'depot', 'hotel', 'campus', 'warehouse', 'site', 'hub', 'team'])

/**
 * A word said again where a place stands: after a place's preposition, or before a site's noun. The
 * name found elsewhere is a person named like a place ("paris delacroix ... going to paris"), not the place.
 */
function placeAround(view: NameTokenView, i: number): boolean {
  const tk = view.tokens
  const before = tk.wordBefore(i)
  if (before >= 0 && before >= i - 2 && PLACE_BEFORE.has(view.word(before))) return true
  if (before >= 0 && before >= i - 2 && view.word(before) === 'to') {
    const verb = tk.wordBefore(before)
    if (verb >= 0 && JOURNEY_BEFORE_TO.has(view.word(verb))) return true
  }
  const after = i + 2
  return tk.kind(i + 1) === TokenKind.Space && tk.kind(after) === TokenKind.Word && SITE_AFTER.has(view.word(after))
}

/** The word right before word i makes it a thing, not the person named elsewhere in the text. */
function thingBefore(view: NameTokenView, i: number): boolean {
  const j = view.tokens.wordBefore(i)
  if (j < 0 || j < i - 3) return false
  const between = view.text.slice(view.tokens.end(j), view.tokens.start(i))
  return /^\.?[ \t]{1,2}$/.test(between) && THING_BEFORE.has(view.word(j))
}

/** Word i opens a sentence, a line or a speaker's turn (its capital says nothing there). */
function sentenceOpens(view: NameTokenView, i: number): boolean {
  const tk = view.tokens
  for (let k = i - 1; k >= 0; k--) {
    if (tk.kind(k) === TokenKind.Space) {
      if (view.text.slice(tk.start(k), tk.end(k)).includes('\n')) return true
      continue
    }
    const c = view.text.charAt(tk.end(k) - 1)
    return c === '.' || c === '!' || c === '?' || c === ':' || c === '"' || c === '\u201c'
  }
  return true
}

/**
 * Three or more single letters in a row, apart by spaces, dots, hyphens or commas ("R, I, double C,
 * I"; not the pronoun of "T A N A K A. I'm calling"), each maybe with the word it is "as in" or "for", which begins with it ("C as in Charlie, A, R as in
 * Romeo", "S for Sierra", Dutch "V van Victor" and German "B wie Berta"; not "k h a n for security").
 */
const SPELLED = /(?<![\p{L}\p{N}'])(?:(?:[Dd]ouble |[Tt]riple )?(\p{L})(?: (?:as in|for|van|wie) \1\p{L}*)?(?:[-.,] ?| (?:(?:apostrophe|hyphen|dash) )?))+(?:[Dd]ouble |[Tt]riple )?(\p{L})(?: (?:as in|for|van|wie) \2\p{L}*)?(?![\p{L}\p{N}]|['’]\p{L})/giu
/** "I" or "a" set off by a comma or a space after a hyphenated spelling: a word, not a letter. */
const WORD_LETTER_AFTER = /,? ([IiAa])$/u
/** The word a spelled letter is "as in" or "for" ("C as in Charlie", "S for Sierra"): not part of the spelling's letters. */
const AS_IN_WORD = / (?:as in|for|van|wie) \p{L}+/gu
/** "double s", "triple e" inside a spelling: the letter two or three times ("j o h a n double s o n"). */
const REPEATED_LETTER = /\b([Dd]ouble|[Tt]riple) (\p{L})/gu
/** Words said inside a spelling for its punctuation ("o apostrophe c o n n o r"). */
const SPELLED_PUNCTUATION = /\b(?:apostrophe|hyphen|dash)\b/gu
/** What is spelled after these is a code, not a name ("the code is a b c d, abcd"). */
const NOT_NAME_SPELLING = /\b(?:code|password|passcode|pin|reference|ref|confirmation|order|tracking|serial|postcode|zip|plate|registration|vin|id|username|login|booking)\b/iu
/** A name asked for a thing of those ("the name for the booking?", "the name on the order"): a name is spelled after it. */
const NAME_FOR_THING = /\bname (?:for|on|under|of) (?:the|your|this|that) \p{L}+/giu
/** Abbreviations said letter by letter that name a field or an institution, never a person ("D O B", "N D C"). */
const SPELLED_ACRONYMS: ReadonlySet<string> = new Set([
  'dob', 'ssn', 'dln', 'ein', 'itin', 'mrn', 'npi', 'ndc', 'vin', 'cvv', 'cvc', 'bic', 'iban', 'ipv', 'irs', 'ira',
  'hsa', 'fsa', 'atm', 'apr', 'usa', 'pto', 'eta', 'ceo', 'cfo', 'cto', 'hmo', 'ppo', 'dmv', 'ups', 'dhl', 'aka',
])
/** A kind of number named after a word ("rma number", "case no", "order id"). */
const NUMBER_NAMED_AFTER = /^[ \t]+(?:number|no|num|id|code|ref|reference)\b/i
/** How far (characters) from a spelling the word it spells is looked for ("zeynep, that's z e y n e p"). */
const SPELLED_WORD_REACH = 60
const WORD = /[\p{L}][\p{L}'\u2019]*/gu
/** What may stand between a name and its spelling: punctuation, "that's", "spelled", "as in". */
const SPELLING_GAP = /^[\s,:;.-]*(?:(?:that's|that is|it's|spelled|spelt|spelling|as)[\s,:;.-]*){0,2}$/i
const SPELLED_CONFIDENCE = 0.7
/** "spelled o k a f o r", "spelled the surname as T-R-A-N". */
const SPELLED_CUE = /\b(?:spelled|spelt|spelling)(?:\s+(?:the|his|her|their|my|your)\s+(?:(?:sur|last |first |family |maiden )name|name))?(?:\s+as)?[\s,:]+$/i
/** A name's field said right before the letters ("surname b a n k s", "last name is o k a f o r", "surname's h u g h e s", "the surname on the account um it's i y e r"). */
const NAME_FIELD_CUE = /\b(?:sur|last |family |maiden |first |middle )name(?:'s|s)?(?:\s+(?:part|bit))?(?:\s+on (?:the|my|your|his|her|their) (?:account|file|card|policy|booking))?(?:\s+(?:um|uh|er|erm))?(?:\s+(?:is|was|it's|its|it is))?[\s,:]+$/i
/** Whose name an account or a booking is under, spelled ("the account is under K-E-L-L-Y"). */
const UNDER_CUE = /\b(?:is|it's|its|it is|are|booked|filed|listed) under[\s,:]+$/i
/**
 * The answer to a request to spell something ("can you spell that? sure, it's", "how do you spell your last name? it's",
 * "spell the other party's last name", "spell your last name for the record?"), maybe after the answering turn's label
 * ("...? Caller: Sure.").
 */
const SPELL_REQUEST = /\bspell(?:\s+(?:that|it|this|(?:your|his|her|their|the)(?:\s+[\w'\u2019]+){1,4}))?(?:\s+(?:out|again|please|for me|for us|for (?:the|our|my|your) (?:record|records|file|notes|system)|one more time)){0,3}\s*[?.,:]?\s*(?:[A-Za-z][\w ]{0,20}:\s*)?(?:(?:sure|yes|yeah|yep|okay|ok|of course|it's|it is|that's|that is|so)[\s,.:]*){0,3}$/i

/**
 * Sequences of three or more single letters (`V-O-L-K-O-V`, `g o n z a l e z`, `J. O. N. E. S`) that
 * spell a found name, or that follow one closely: a caller spelling their name.
 */
/** Words that open what is said ("So", "And", "Okay"), some of them given names too. */
const SPEECH_OPENERS: ReadonlySet<string> = new Set(['so', 'and', 'but', 'yes', 'no', 'ok', 'okay', 'well', 'now', 'then', 'right', 'sure', 'hi', 'hey', 'oh', 'yeah', 'again', 'also'])

function spelledNames(
  text: string,
  names: ReadonlySet<string>,
  found: readonly Candidate[],
  isEverydayWord: (w: string) => boolean,
  isFirstName: (w: string) => boolean,
): Candidate[] {
  const out: Candidate[] = []
  // where found names end, ascending: each spelling looks at the nearest one before it (a binary
  // search, so a text of many names and many spellings stays linear)
  const ends = found.filter((c) => c.type === 'person_name').map((c) => c.end).sort((a, b) => a - b)
  SPELLED.lastIndex = 0
  for (let m = SPELLED.exec(text); m !== null; m = SPELLED.exec(text)) {
    // ("W-O-J-C-I-E-C-H, I know": a word of one letter set off otherwise than the hyphenated letters is no letter of them)
    const trail = WORD_LETTER_AFTER.exec(m[0])
    const spelling = trail !== null && m[0].includes('-') && !/[ ,]/.test(m[0].slice(0, trail.index)) ? m[0].slice(0, trail.index) : m[0]
    const letters = spelling
      .replace(AS_IN_WORD, '')
      .replace(REPEATED_LETTER, (_, times: string, letter: string) => letter.repeat(times.toLowerCase() === 'double' ? 2 : 3))
      .replace(SPELLED_PUNCTUATION, '')
      .replace(/[^\p{L}]/gu, '')
      .toLowerCase()
    if (letters.length < 2 || SPELLED_ACRONYMS.has(letters)) continue
    const start = m.index
    const end = start + spelling.replace(/[-., ]+$/, '').length
    // ("the reference is d s p  eight eight four one oh", "my g w f number is g w f  zero eight one"): a few letters
    // that are no name, right before a number said or written or the word "number", are its code's letters
    const codeLetters = (at: number): boolean => CODE_DIGITS_AFTER.test(text.slice(at, at + 40)) || NUMBER_NAMED_AFTER.test(text.slice(at, at + 12))
    if (letters.length <= 4 && codeLetters(end) && !isFirstName(letters) && !isEverydayWord(letters)) continue
    const codeBefore = NOT_NAME_SPELLING.test(text.slice(Math.max(0, start - SPELLED_WORD_REACH), start).replace(NAME_FOR_THING, ''))
    const announced = !codeBefore && (SPELLED_CUE.test(text.slice(Math.max(0, start - 40), start)) || NAME_FIELD_CUE.test(text.slice(Math.max(0, start - 48), start)) || UNDER_CUE.test(text.slice(Math.max(0, start - 16), start)) || SPELL_REQUEST.test(text.slice(Math.max(0, start - 60), start)))
    // two letters are a name only when announced as one ("let me spell that, V-U")
    if (letters.length < 3 && !announced) continue
    // "uh it's k as in kilo o w a l s k i": five letters or more spelled with the spelling alphabet are a name's
    // (a code's letters come with its digits, or after its name)
    const phonetic = !codeBefore && letters.length >= 5 && / (?:as in|van|wie) /i.test(m[0])
    // "that's k o w a l s k i, kowalski", "maria de la cruz, d e l a c r u z": a spelling of a word (or
    // words) said next to it names a person, and so does the word, unless it is an everyday English word
    // (an everyday word is a name when it is a given name spelled out: "That's Mark, M-A-R-K")
    const spelledOf = letters.length >= 3 && !codeBefore ? spelledWord(text, start, end, letters, (w) => isEverydayWord(w) && !isFirstName(w)) : undefined
    // ("the rma number is r m a two oh ...": a word before "number" names a kind of number, spelled as its code's letters)
    const said = spelledOf !== undefined && NUMBER_NAMED_AFTER.test(text.slice(spelledOf.end, spelledOf.end + 12)) ? undefined : spelledOf
    if (spelledOf !== undefined && said === undefined) continue
    if (said !== undefined && !found.some((c) => c.type === 'person_name' && c.start < said.end && c.end > said.start)) {
      // "mercy adjei, a d j e i": a first name right before the spelled surname belongs to it
      const before = /([\p{L}]+) $/u.exec(text.slice(Math.max(0, said.start - 30), said.start))
      // ("So D'Souza is spelled ...": a word that opens what is said is none of it, though "So" is a given name too)
      const given = before === null ? undefined : (before[1] as string).toLowerCase()
      const first = given !== undefined && isFirstName(given) && !SPEECH_OPENERS.has(given) ? said.start - (before?.[0] as string).length : said.start
      out.push({ type: 'person_name', start: first, end: said.end, confidence: SPELLED_CONFIDENCE, detector: 'name-spelled', validated: false })
    }
    const spells = names.has(letters) || said !== undefined
    const nameEnd = lastBefore(ends, start, true)
    const follows = nameEnd !== undefined && start - nameEnd <= 24 && SPELLING_GAP.test(text.slice(nameEnd, start))
    // "it's spelled o k a f o r", "surname b a n k s": what is spelled right after "spelled" or a name's field is a
    // name (a code when one is named just before)
    if (spells || follows || announced || phonetic) {
      out.push({ type: 'person_name', start, end, confidence: SPELLED_CONFIDENCE, detector: 'name-spelled', validated: false })
      // "It's Chinedu, C-H-I-N-E-D-U, Mensah.": the capitalised word after a given name's spelling is the surname
      // ... and in lower-case speech, a word no English word right after it ("it's tomasz t o m a s z wiśniewski")
      const after = SURNAME_AFTER_SPELLING.exec(text.slice(end, end + 40)) ?? LOWER_SURNAME_AFTER_SPELLING.exec(text.slice(end, end + 40))
      const surname = after?.[1]
      // (a reply opening the next sentence is none: "K-O-W-A-L-C-Z-Y-K. Yeah, people always ...")
      if (surname !== undefined && said !== undefined && !isEverydayWord(surname.toLowerCase()) && !REPLY_WORDS.has(surname.toLowerCase()) && !CONTRACTIONS.has(surname.toLowerCase().replace(/['\u2019]/g, '')) && surname.toLowerCase() !== letters) {
        const at = end + (after?.[0].length ?? 0) - surname.length
        out.push({ type: 'person_name', start: at, end: at + surname.length, confidence: SPELLED_CONFIDENCE, detector: 'name-spelled', validated: false })
      }
    }
  }
  return out
}

/** A word its speaker tells apart by one letter: "jon without the h", "Sara without an h", "Steven with a v", "Ann with no e", "Doherty is with an H". */
const CLARIFIED = /(?<![\p{L}\p{N}'\u2019])(\p{L}[\p{L}'\u2019-]{1,20}),?(?: is| was)? (?:without (?:the|an?) |with (?:an?|one|two|double|no|the) )\p{L}(?=[\s.,!?;]|$)/giu

/**
 * A word told apart by one of its letters is a name ("that's jon without the h"): people say so of
 * names, whose spellings vary, not of everyday words ("a grade with an A" stays a grade).
 */
function clarifiedNames(text: string, found: readonly Candidate[], everyday: (w: string) => boolean): Candidate[] {
  const out: Candidate[] = []
  if (!/\bwith(?:out)? /i.test(text)) return out
  for (const m of text.matchAll(CLARIFIED)) {
    const word = m[1] as string
    if (everyday(word.toLowerCase())) continue
    const start = m.index
    const end = start + word.length
    if (found.some((c) => c.start < end && start < c.end)) continue
    out.push({ type: 'person_name', start, end, confidence: SPELLED_CONFIDENCE, detector: 'name-clarified', validated: false })
  }
  return out
}

/** A capitalised word after a spelling and its comma, ending its clause ("..., C-H-I-N-E-D-U, Mensah."). */
/** Replies and interjections that open a sentence after a spelling ("Yeah", "Okay"). */
/** Two or more digits, written or said, right after a spelling ("  eight eight four", " 0819"; not "double l"). */
const CODE_DIGITS_AFTER = /^[ \t,-]*(?:\d{2}|(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)[ \t,-]+(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple)\b)/i

/** What a speaker goes on with after spelling a name, with its apostrophe or without ("m c b r i d e  i'm ringing", "... theres"). */
const CONTRACTIONS: ReadonlySet<string> = new Set([
  'im', 'its', 'hes', 'shes', 'thats', 'theres', 'whats', 'were', 'theyre', 'youre', 'ive', 'weve', 'youve', 'theyve', 'ill',
  'itll', 'id', 'hed', 'shed', 'dont', 'doesnt', 'didnt', 'cant', 'wont', 'isnt', 'wasnt', 'arent', 'havent', 'hasnt', 'lets',
  'heres', 'wheres', 'thatll', 'thered',
])
const REPLY_WORDS: ReadonlySet<string> = new Set(['yeah', 'yes', 'yep', 'yup', 'okay', 'ok', 'no', 'nope', 'sorry', 'right', 'thanks', 'great', 'perfect', 'sure', 'alright', 'cool', 'got'])
const SURNAME_AFTER_SPELLING = /^[.,]? (\p{Lu}[\p{L}'\u2019-]+)(?=[.,!?;]|$)/u

/** A lower-case word right after a spelling, then a pause, a space or the clause's end ("t o m a s z wiśniewski i'll spell it"). */
const LOWER_SURNAME_AFTER_SPELLING = /^ {1,2}(\p{Ll}[\p{Ll}'\u2019-]{2,})(?= |[.,!?;]|$)/u

/** The word or run of up to three words near a spelling whose letters are the spelled ones, if any. */
function spelledWord(text: string, start: number, end: number, letters: string, everyday: (w: string) => boolean): { start: number; end: number } | undefined {
  const from = Math.max(0, start - SPELLED_WORD_REACH)
  const words: { start: number; end: number; letters: string }[] = []
  WORD.lastIndex = from
  for (let m = WORD.exec(text); m !== null && m.index < end + SPELLED_WORD_REACH; m = WORD.exec(text)) {
    if (m.index >= start && m.index < end) continue
    words.push({ start: m.index, end: m.index + m[0].length, letters: m[0].replace(/['\u2019]/gu, '').toLowerCase() })
  }
  // (the run nearest the spelling: "dariush underscore demir at yahoo ... And Demir is spelled D-E-M-I-R" spells the second)
  let best: { start: number; end: number } | undefined
  const distance = (r: { start: number; end: number }): number => (r.end <= start ? start - r.end : r.start - end)
  for (let a = 0; a < words.length; a++) {
    let joined = ''
    for (let b = a; b < Math.min(words.length, a + 3); b++) {
      const w = words[b] as { start: number; end: number; letters: string }
      // the words of a run must be adjacent (one space between them)
      if (b > a && text.slice((words[b - 1] as { end: number }).end, w.start) !== ' ') break
      joined += w.letters
      if (joined === letters) {
        if (b === a && everyday(joined)) return undefined
        const run = { start: (words[a] as { start: number }).start, end: w.end }
        if (best === undefined || distance(run) < distance(best)) best = run
        break
      }
      if (!letters.startsWith(joined)) break
    }
  }
  return best
}

/** Two items of a list are the same frequent surname ("Johnson & Johnson" is a firm; "Maria and Maria" two people). */
function repeatsSurname(view: NameTokenView, lex: NameLexicon, items: readonly number[]): boolean {
  const seen = new Set<string>()
  for (const k of items) {
    const w = view.word(k)
    if (seen.has(w) && (lex.surnames.get(w) ?? Infinity) < 1000) return true
    seen.add(w)
  }
  return false
}

/** Word tokens inside the found spans. */
function coveredTokens(tokens: TokenList, found: readonly Candidate[]): Set<number> {
  const covered = new Set<number>()
  let f = 0
  // The first pass emits in text order; sort only if a caller did not.
  let ordered = true
  for (let k = 1; k < found.length && ordered; k++) ordered = (found[k - 1] as Candidate).start <= (found[k] as Candidate).start
  const sorted = ordered ? found : [...found].sort((a, b) => a.start - b.start)
  for (let i = 0; i < tokens.length && f < sorted.length; i++) {
    const s = tokens.start(i)
    while (f < sorted.length && (sorted[f] as Candidate).end <= s) f++
    const c = sorted[f]
    if (c !== undefined && tokens.kind(i) === TokenKind.Word && s >= c.start && s < c.end) covered.add(i)
  }
  return covered
}

function isChar(view: NameTokenView, k: number, c: string): boolean {
  return view.tokens.kind(k) === TokenKind.Other && view.text.charAt(view.tokens.start(k)) === c
}

function isOneSpace(tk: TokenList, k: number): boolean {
  return tk.kind(k) === TokenKind.Space && tk.end(k) - tk.start(k) === 1
}

/** The next list item after word token i: ", X", " and X", ", and X", " & X" (one space each), or -1. */
function listNext(view: NameTokenView, i: number): number {
  const tk = view.tokens
  let j = i + 1
  let separated = false
  if (isChar(view, j, ',')) {
    j++
    separated = true
  }
  if (!isOneSpace(tk, j)) return -1
  j++
  if ((tk.kind(j) === TokenKind.Word && (view.word(j) === 'and' || view.word(j) === 'or')) || isChar(view, j, '&')) {
    if (!isOneSpace(tk, j + 1)) return -1
    j += 2
    separated = true
  }
  return separated && tk.kind(j) === TokenKind.Word ? j : -1
}

/**
 * A brand written as English words run together, each starting with a capital ("LinkedIn", "YouTube",
 * "PayPal"); not a name with a particle ("McKenzie", "DeShawn", "LaToya": the first part is no English word).
 */
function wordsRunTogether(raw: string, lex: NameLexicon): boolean {
  const m = /^(\p{Lu}\p{Ll}{2,})(\p{Lu}\p{Ll}+)$/u.exec(raw)
  if (m === null) return false
  const [first, second] = [(m[1] as string).toLowerCase(), (m[2] as string).toLowerCase()]
  return lex.commonWords.has(first) && lex.commonWords.has(second) && !lex.firstNames.has(first) && !lex.surnames.has(first)
}
