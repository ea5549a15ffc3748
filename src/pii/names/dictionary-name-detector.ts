/**
 * Person names from dictionaries and cues: a census first name, optionally followed by a surname,
 * scored by capitalisation, sentence position, whether the name is also a common English word
 * ("Will", "Hope"), and cue phrases before it ("my name is", "this is", "spoke with", "Mr.").
 * Works on lower-case ASR text too, where only cues and dictionaries count.
 *
 * @module
 */
import { eastAsianNames, givenAfterFamily } from './east-asian-names.js'
import { authorSlots } from './author-slots.js'
import { chatHandles } from './chat-handles.js'
import { extendNameEdges, KOREAN_FIRST_SYLLABLES, KOREAN_SECOND_SYLLABLES, KOREAN_SURNAMES } from './name-edges.js'
import { overlapsSpan } from '../internal/sorted-positions.js'
import { labelledScriptNames } from './labelled-script-names.js'
import { arabicScriptNames } from './arabic-script-names.js'
import { cyrillicGreekNames } from './cyrillic-greek-names.js'
import { vietnameseFullNames, vietnameseNames, vietnameseText } from './vietnamese-names.js'
import type { Candidate } from '../detectors/detector.js'
import { TokenKind } from '../internal/tokenize.js'
import { ANIMAL_WORDS } from '../internal/context-lexicon.js'
import { labelColonAfter } from '../internal/context-words.js'
import { CALENDAR_ERAS } from '../internal/date-mentions.js'
import { MONTH_WORDS } from '../internal/number-words.js'
import { loadNameLexicon, REGIONS, type NameLexicon } from './name-lexicon.js'
import { propagateNames, type NameTokenView } from './name-propagation.js'
import { NonPersonContexts } from './non-person-contexts.js'
import { isUpper } from './name-scan-tokens.js'
import { spellingWordAt } from './spelling-word.js'
import { lexiconForText } from './switched-lexicon.js'
import { answeredNames } from './answered-names.js'
import type { NameDetector } from './name-detector.js'
import { isRegionName } from './region-names.js'
import {
  ABBREVIATED_TITLES, ACTION_AFTER, ACTION_ITEM_BEFORE, ADDRESSEES, ADDRESS_OPENERS, AGENT_QUESTIONS,
  ADDED_TO, ADDING_VERBS, CALL_GREETINGS, CALL_VERBS, HELD_ON, CHAT_N_PRONOUNS, CHAT_PERSON_BEFORE, CHAT_SUBJECT_VERBS, CONTACT_NOUNS, CREDENTIAL_AFTER,
  CUE_1, CUE_2, CUE_3, CUE_3_LAST, DASH_BEFORE, DISPLAY_ADDRESS_AFTER, FOREIGN_COPULAS, GREETINGS, HAVE,
  HERE_BEFORE, HONORIFIC_SUFFIXES, IT_WAS, LABEL_CUES, NAME_HOLDERS, NAME_PREDICATES, NAME_SUFFIXES,
  NATO_REACH, NATO_WORDS, ON_THE_LINE, OWNED_BY_PEOPLE, OWNERS, PERSON_VERBS, PERSON_VERBS_AFTER,
  PERSON_VERB_WORDS, PROFESSIONAL_TITLES, RELATIONS, RELATION_ADJECTIVES, RELATION_AFTER,
  RELATIVE_SUBJECT_VERBS, ROLE_NOUNS, SELF_INTRO_NEXT, SIGNATURE_LINE, SPEECH_ADVERBS, SPEECH_VERBS,
  STRONG_CUE_1, SURNAME_INITIAL_AFTER, SURNAME_PARTICLES, SURNAME_WORDS, TITLES, WORD_TITLES, titleOrCue,
  AGENT_INTRODUCTION, ANSWER_WORDS, FAMILY_NOUNS, FAMILY_SURNAME_RANK, PARTY_NOUNS, REACHED, KIN_LABELS,
} from './person-cue-words.js'
import {
  ARTICLES, CLAUSE_OPENERS, DETERMINERS, FILLERS, FUNCTION_WORDS, isNumberWord, MODAL_SUBJECTS, MODAL_VERBS, MODAL_WORDS,
  OBJECT_PRONOUNS, PARTICLES, QUANTITIES, SLANG, SUBJECT_VERBS, calledByPronoun, functionWordContraction,
} from './grammar-words.js'
import {
  BUILDING_WORDS, CHAT_PLACE_BEFORE, COMPASS_QUARTERS, COMPASS_WORDS, LOCATIVE, LOCATIVES, NUMBERED_SITES,
  OF_PLACE_HEADS, PLACE_BEFORE_DEPARTMENT, PLACE_PREFIXES, PLACE_PREPOSITIONS, PLACE_WORDS, REGION_PREFIXES,
  ROOM_AFTER, SITE_NOUNS, STREET_COMPOUND, TRAVELS_FROM, streetCompound,
  HONOUR_TITLES,
} from './place-cue-words.js'
import {
  ASSISTANT_NAMES, BANK_BRANDS, BOT_AFTER, BOT_LABEL_AFTER, BOUNDED_QUANTITIES, BRANDS, CAR_MAKES, DEPARTMENT_AFTER,
  FIRM_AFTER, FIRM_DEPARTMENTS, FIRM_TAIL_AFTER, FIRM_WORD_SURNAME_RANK, FIRM_WORDS, HOTEL_BRANDS, LEGAL_FORM_AFTER, ORG_LABELS, PERSON_NAMED_FIRMS, TEAM_AFTER,
  TEAM_LINE_REST, TYRE_MAKES,
} from './organisation-words.js'
import {
  AWARD_AFTER, COLOUR_AFTER, DATING_WORDS, DISEASE_EPONYMS, EPONYM_AFTER, EPONYM_THING_AFTER, FESTIVAL_WORDS, HOLIDAY_AFTER,
  JUNIOR_THEN, CALLED_THINGS, MONTHS_AS_NAMES, NAME_COMPOUNDS, SEASONS_AND_MONTHS, THING_NAMES,
} from './thing-words.js'

interface CapitalisedRun {
  readonly first: number
  readonly last: number
  readonly count: number
  readonly words: number
}

/** A name's last word that is a negation or a pronoun's contraction ("rhiannon won't be in") is no part of it. */
function trimContractions(text: string, names: Candidate[]): Candidate[] {
  for (let k = 0; k < names.length; k++) {
    const c = names[k] as Candidate
    // (looked for inside the name only: a text without spaces is not searched back to its start for each name)
    let space = c.end - 1
    while (space > c.start && text.charCodeAt(space) !== 32) space--
    if (space <= c.start) continue
    const last = text.slice(space + 1, c.end).toLowerCase().replaceAll('\u2019', "'")
    if (functionWordContraction(last)) names[k] = { ...c, end: text.slice(c.start, space).trimEnd().length + c.start }
  }
  return names
}

/** Verbs right after a word that make it a clause's subject, no name's part ("kishore  dob is ..."). */
const CLAUSE_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'will', 'would', 'should'])
/** What lies between two words where speech pauses: a stop, a comma, a line's end, or two blanks. */
/** Malay's and Indonesian's "full" after "nama" ("nama penuh", "nama lengkap"). */
/** "nombre", "nome", "nom": the languages' "name" before "de" and the name it is of ("a nombre de Nicolás Ferreyra"). */
const NAME_OF_WORDS: ReadonlySet<string> = new Set(['nombre', 'nome', 'nom'])
/** "de" and "di", "of" after those words. */
const NAME_OF_PARTICLES: ReadonlySet<string> = new Set(['de', 'di', 'du'])
const FULL_NAME_WORDS: ReadonlySet<string> = new Set(['penuh', 'lengkap'])
const PAUSE_BETWEEN = /[.,;:!?\n]|\s{2,}/
/** What a child or a caller has that a possessive given name owns in speech ("ellas name", "kaydens inhaler"), beside the relations. */
const OWNED_IN_SPEECH: ReadonlySet<string> = new Set(['name', 'birthday', 'teacher', 'class', 'classroom', 'lunch', 'inhaler', 'medication', 'appointment', 'passport', 'room', 'bag', 'glasses', 'bus'])
/** A school's grade after its name ("Westbrook High", "Lincoln Elementary"). */
const SCHOOL_GRADES: ReadonlySet<string> = new Set(['high', 'elementary', 'primary'])
/** A capital initial and its full stop, one space before a name ("G. " of "G. Pemberton"; not the "I" of a sentence). */
const INITIAL_RIGHT_BEFORE = /(?<![\p{L}\p{N}.])[A-HJ-Z]\. $/u
/** Titles written without a vowel: they stand before names (the name's own rules read them). */
const TITLES_WITHOUT_VOWELS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'dr', 'mx', 'mstr', 'jr', 'sr', 'st', 'pvt', 'sgt'])
/** A question asking for a name ("And the first name?", "your name, please?"), then the answer's turn opening. */
const NAME_ASKED_BEFORE = /\bname(?:,? please)?\?[ \t]*\n(?:[A-Za-z][\w .]{0,20}:[ \t]*)?(?:(?:it's|it is|sure|yes|yeah|okay|ok|uh|um)[,.]?[ \t]+){0,3}$/i

export function createDictionaryNameDetector(lexicon: NameLexicon = loadNameLexicon()): NameDetector {
  return {
    name: 'names-dictionary',
    detect(text: string): Candidate[] {
      const lex = lexiconForText(text, lexicon)
      const found = trimContractions(text, new NameScan(text, lex).run())
      const handles = chatHandles(text, lex)
      // (an author the scan already found whole is not found twice)
      const authors = authorSlots(text, lex).filter((a) => !found.some((f) => f.start <= a.start && f.end >= a.end))
      const labelled = labelledScriptNames(text)
      // (names in Cyrillic and Greek without a label; the labelled one is the same name, found once)
      const unlabelled = [...cyrillicGreekNames(text), ...arabicScriptNames(text)].filter((c) => !overlapsSpan(labelled, c.start, c.end))
      const scripts = unlabelled.length === 0 ? labelled : [...labelled, ...unlabelled]
      // (a name answering a question that asked for it, which the scan left: "And your name? / Caller: Hone Paki.")
      const answered = answeredNames(text, lex).filter((a) => !found.some((f) => f.start < a.end && a.start < f.end))
      const all = handles.length === 0 && authors.length === 0 && scripts.length === 0 && answered.length === 0 ? found : [...found, ...handles, ...authors, ...scripts, ...answered]
      // (family names before and given-name syllables after the words taken: "Otieno Odhiambo", "Goh Shu Fen")
      const edges = extendNameEdges(text, all, lex, (w) => titleOrCue(w) || KIN_LABELS.has(w))
      const withEdges = edges.length === 0 ? all : [...all, ...edges]
      // (in Vietnamese text, whose syllables are all someone's name, only a family name's, an addressed or a foreign one)
      const inScript = vietnameseText(text) ? vietnameseOnly(text, withEdges, lex) : withEdges
      // (a blessing of Arabic speakers, "Ramadan Kareem", "Eid Mubarak", "Masha Allah", is no one's name)
      const named = BLESSING_WORD.test(text) ? inScript.filter((c) => !BLESSING.test(text.slice(c.start, c.end))) : inScript
      // (most texts name no bank, insurer, airline or festival: they skip the test)
      if (!FIRM_OR_FESTIVAL_WORD.test(text)) return named
      return named.some((c) => firmOrFestival(text, c, lex)) ? named.filter((c) => !firmOrFestival(text, c, lex)) : named
    },
  }
}

/** In Vietnamese text: the names found by their structure, and the others found that stay names there. */
function vietnameseOnly(text: string, names: readonly Candidate[], lex: NameLexicon): Candidate[] {
  const everyday = (w: string): boolean => lex.foreignWords.has(w)
  // (sorted by start, none overlapping: a binary search finds the one a name found otherwise overlaps)
  const full = vietnameseFullNames(text, everyday, (w) => lex.firstNames.has(w)).sort((a, b) => a.start - b.start)
  const kept = vietnameseNames(text, names, everyday).filter((c) => !overlapsSpan(full, c.start, c.end))
  return [...full, ...kept]
}

/** A bank's, an insurer's or an airline's word, capitalised, ending a name found or right after it. */
const FIRM_TAIL = /^[ \t]+(\p{Lu}\p{Ll}+)/u
const INSTITUTION_WORDS: ReadonlySet<string> = new Set(['bank', 'bancorp', 'insurance', 'assurance', 'airlines', 'airways', 'finserv', 'telecom'])

/**
 * A name a signature, an author's or a title's slot took is a festival's, or a firm's, its last word or the word after it a bank's, an
 * insurer's or an airline's ("- Canara Bank", "Thanks, Canara Bank", "Officer, State Bank of India"); none of those words
 * is a frequent surname.
 */
function firmOrFestival(text: string, c: Candidate, lex: NameLexicon): boolean {
  const value = text.slice(c.start, c.end)
  const own = /(\p{Lu}\p{Ll}+)$/u.exec(value)?.[1]
  const after = FIRM_TAIL.exec(text.slice(c.end, c.end + 24))?.[1]
  if ([own, after].some((w) => w !== undefined && INSTITUTION_WORDS.has(w.toLowerCase()) && (lex.surnames.get(w.toLowerCase()) ?? Infinity) >= FIRM_WORD_SURNAME_RANK)) return true
  // ("Gandhi Jayanti", "Ganesh Chaturthi", "Buddha Purnima": a festival named after someone, its last word a given name too)
  return FESTIVAL_AFTER_NAME.test(value)
}
/** Blessings and greetings Arabic speakers write in Latin letters, each of words that are names or surnames too. */
const BLESSING = /^(?:(?:ramadh?an|eid|jumm?ah?|jumu'?ah)[ \t]+(?:kareem|karim|mubarak|mubarek|saeed)|(?:masha|insha|inshaa)[ \t]+allah|allahu[ \t]+ak(?:bar|ram)|eid|ramadh?an)$/i
const BLESSING_WORD = /\b(?:ramadh?an|eid|jumm?ah?|jumu'?ah|masha|insha|inshaa|allahu)\b/i
const capitalised = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1)
/** Any of the words `firmOrFestival` looks for, capitalised, anywhere in a text. */
const FIRM_OR_FESTIVAL_WORD = new RegExp(`\\b(?:${[...[...INSTITUTION_WORDS].map(capitalised), ...FESTIVAL_WORDS].join('|')})\\b`)
const FESTIVAL_AFTER_NAME = new RegExp(`\\p{L}[ \\t]+(?:${FESTIVAL_WORDS.join('|')})$`, 'u')

/** A user name as chats and systems write them: letters, maybe joined by ".", "_" or "-" (not inside an address). */
/** German and Dutch articles: the capitalised word after one is a noun ("das Aktenzeichen", "der Grundfreibetrag", "het Loket"). */
/** Whom a speaker serves or is served by, after "is my" ("is my sponsor", "was our client"). */
const PEOPLE_SERVED: ReadonlySet<string> = new Set(['sponsor', 'client', 'customer', 'patient', 'doctor', 'gp', 'dentist', 'midwife', 'nurse', 'tutor', 'mentor', 'referee'])
/** Given names said mostly as adjectives after "is" ("my husband is rich", "she is frank"). */
const ADJECTIVE_NAMES: ReadonlySet<string> = new Set(['rich', 'frank', 'young', 'sunny', 'earnest', 'bright', 'noble', 'merry', 'free', 'true', 'happy', 'able', 'rusty', 'sandy', 'honey', 'sweet', 'brave', 'bold', 'wise', 'royal', 'ill', 'fine', 'well', 'late', 'home', 'away', 'out', 'here', 'there', 'busy'])
/** Words that open the next clause after a name ("my wife is grace and ...", "... grace but"). */
const CLAUSE_AFTER_NAME: ReadonlySet<string> = new Set(['and', 'but', 'so', 'she', 'he', 'they', 'who', 'if', 'because', 'by', 'from'])
/** What a patient or a client is booked for ("for Ingrid's cleaning", "book Omar's checkup"). */
const VISITS: ReadonlySet<string> = new Set(['cleaning', 'appointment', 'appt', 'visit', 'checkup', 'check-up', 'exam', 'consult', 'consultation', 'procedure', 'surgery', 'follow-up', 'followup', 'session', 'lesson', 'vaccination', 'vaccine', 'physical', 'therapy', 'filling', 'x-rays'])
/** Subjects a modal verb asks about ("may i", "can we"). */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'he', 'she', 'they'])
/** The most frequent Vietnamese family names, without their diacritics and with them. */
const VIETNAMESE_FAMILY_NAMES: ReadonlySet<string> = new Set([
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly', 'truong', 'dinh', 'doan', 'lam', 'luong', 'mai', 'trinh', 'cao', 'ha', 'quach', 'ta', 'luu',
  'nguyễn', 'trần', 'lê', 'phạm', 'hoàng', 'huỳnh', 'vũ', 'võ', 'đặng', 'bùi', 'đỗ', 'hồ', 'ngô', 'dương', 'lý', 'trương', 'đinh', 'đoàn', 'lương', 'trịnh',
])
/** The middle names that mark a Vietnamese name's middle ("Văn" for men, "Thị" for women; "Đức", "Minh" and "Ngọc" vary too much). */
const VIETNAMESE_MIDDLE_NAMES: ReadonlySet<string> = new Set(['van', 'văn', 'thi', 'thị'])
/** Second given names that follow the first in such names ("Mai Anh", "Thu Trang", "Minh Tuan"). */
const VIETNAMESE_GIVEN_SECOND: ReadonlySet<string> = new Set(['anh', 'linh', 'trang', 'huong', 'hương', 'ha', 'hà', 'lan', 'mai', 'ngoc', 'ngọc', 'tuan', 'tuấn', 'hung', 'hùng', 'dung', 'thao', 'thảo', 'hoa', 'hằng', 'hang', 'phuong', 'phương', 'long', 'nam', 'minh', 'thanh', 'thu', 'yen', 'yến', 'chi', 'vy', 'nhung', 'hai', 'hải', 'binh', 'bình', 'quang', 'duc', 'đức', 'son', 'sơn'])
/** What is said of a payment before "by" and the way it was paid ("paid by BACS", "taken by Lastschrift"). */
const PAYMENT_VERBS: ReadonlySet<string> = new Set(['paid', 'pay', 'pays', 'paying', 'took', 'taken', 'charged', 'collected', 'sent', 'transferred', 'refunded', 'settled', 'payment', 'payments', 'debited'])
/** Terms of endearment said after a greeting ("hi love", "hiya pet"): given names too, but no one's there. */
const ENDEARMENTS: ReadonlySet<string> = new Set(['love', 'darling', 'sweetheart', 'honey', 'hun', 'pet', 'duck', 'dear', 'babe', 'dearie', 'sweetie'])
/** The greetings such a term follows. */
const CALL_GREETING_WORDS: ReadonlySet<string> = new Set(['hi', 'hiya', 'hello', 'hey', 'morning', 'afternoon', 'evening', 'thanks', 'cheers', 'bye', 'ta'])

const NOUN_ARTICLES: ReadonlySet<string> = new Set(['der', 'die', 'das', 'dem', 'des', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'het'])

/** Initials right before a written name, where a line, a field or an answer opens ("H. M. ", "R.M. ", "Caller: W. A. "). */
const INITIALS_BEFORE = /(?:^|[:"(]|[?.!][ \t])[ \t]*((?:\p{Lu}\.[ \t]?){1,3})$/u
/** "Md." and "Mohd.", Muhammad as South Asia and Malaysia write it, right before a name. */
const MUHAMMAD_BEFORE = /(?<![\p{L}\p{N}])(?:Md|Mohd|Muhd|Mhd)\.?[ \t]$/u
/** A name's label before its value: "Name:", "Full name -", "Name as per NID:", "Account name?" answered, a bare "Name " opening a line. */
const NAME_LABEL_BEFORE = /(?:^|\n|[|;])[ \t]*(?:(?:full|account|holder'?s?|customer|applicant)[ \t]+)?name(?:[ \t]+as[ \t]+per[ \t]+[\p{L}\p{N}]+)?[ \t]*[:=-]?[ \t]*$/iu
/** Up to two capitalised words closing a name's field: then the line's end, a bar, a comma, a bracket or a wide gap. */
/** A nickname in quotes or brackets after a given name, then a capitalised word: the surname, captured. */
const NICKNAME_THEN_SURNAME = /^[ \t](?:"\p{Lu}[\p{L}'’-]*"|“\p{Lu}[\p{L}'’-]*”|'\p{Lu}[\p{L}’-]*'|\(\p{Lu}[\p{L}'’-]*\))[ \t]+(\p{Lu}[\p{L}'’-]+)/u
/** One capital (a surname's initial, not "I"), maybe its full stop, then the field's end: a gap, the line's end, a bar, a comma, a bracket. */
const TRAILING_INITIAL = /^[ \t](?!I\b)\p{Lu}\.?(?=[ \t]{2}|[ \t]*(?:$|\n|[|,;)]))/u
const FIELD_REST_AFTER = /^((?:[ \t]\p{Lu}[\p{L}'’-]*){1,2})(?=[ \t]*(?:$|\n|[|,;(]|[ \t]{2}))/u

const HANDLE_TOKEN = /(?<![\p{L}\p{N}_.@-])[a-z][a-z]*(?:[._-][a-z]+)?(?![\p{L}\p{N}_@]|[.-][\p{L}\p{N}])/giu
/** How many written addresses (and owners named by them) one text is read for. */
const MAX_OWNED_ADDRESSES = 32
/** A given name rarer than this as a surname is read as a given name ("Emma & Co. came over": Emma and her friends). */
const RARE_SURNAME_RANK = 5000
/** An e-mail address written out, its local part captured. */
const WRITTEN_ADDRESS = /(?<![\w.%+-])([A-Za-z0-9._%+-]{2,64})@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g

/** One or two capitalised words and a firm's legal form after a name ("... Pools LLC", "... Home Services Ltd"). */
const FIRM_WORDS_THEN_LEGAL_FORM = /^(?:[ \t]+\p{Lu}[\p{L}'\u2019-]+){1,2},?[ \t]+(?:Inc|Ltd|LLC|LLP|PLC|GmbH|Limited|Corp)(?![\p{L}\p{N}])/u
/** Verbs of getting in touch by phone, before whom ("call Kemal on ..."). */
const CONTACT_VERBS: ReadonlySet<string> = new Set(['call', 'ring', 'text', 'phone', 'message', 'whatsapp'])
/** Pronouns that take up a relative just named ("my dad frank he has ..."). */
const RESUMING_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they'])
/** Given names that are verbs a clause follows ("my daughter hope she can come": "I hope she can"). */
const CLAUSE_VERB_NAMES: ReadonlySet<string> = new Set(['hope', 'will', 'may', 'trust', 'mark', 'bet', 'wish'])

/** What follows a department's name ("Billing Dept"). */
const DEPARTMENT_NOUNS: ReadonlySet<string> = new Set(['dept', 'department', 'team', 'office', 'desk', 'unit'])
/** What a state has or does, right after its name ("Georgia DL", "Virginia minimum limits"). */
const STATE_THINGS: ReadonlySet<string> = new Set(['license', 'licence', 'licenses', 'dl', 'driver', "driver's", 'drivers', 'plate', 'plates', 'tag', 'tags', 'registration', 'dmv', 'mvc', 'mva', 'bmv', 'minimum', 'minimums', 'law', 'laws', 'requires', 'require', 'statute', 'resident', 'residents', 'id', 'title', 'insurance', 'coverage', 'pip',
  // its departments and offices ("the Georgia Department of Revenue", "Virginia Tax says", "Washington State doesn't")
  'department', 'dept', 'tax', 'taxes', 'state', 'revenue', 'medicaid', 'court', 'courts', 'lottery', 'dmv', 'attorney', 'legislature'])
/** A name's parts as a record's labels ("last: Jones"). */
const NAME_PART_LABELS: ReadonlySet<string> = new Set(['last', 'first', 'given', 'family', 'middle', 'forename', 'forenames', 'surname', 'lastname', 'firstname'])
/** Eras of Japan's and the Republic of China's calendars, said before a year ("Showa 63 is 1988"). */
const ERAS: ReadonlySet<string> = new Set(CALENDAR_ERAS)
/** Units said after a number ("500 Meg"). */
const UNITS_AFTER_NUMBER: ReadonlySet<string> = new Set(['meg', 'megs', 'gig', 'gigs', 'mil', 'grand'])
/** What a bill is for, right before it ("the water bill"). */
const BILLED: ReadonlySet<string> = new Set(['water', 'gas', 'electric', 'electricity', 'power', 'phone', 'cable', 'internet', 'energy', 'utility', 'medical', 'hospital', 'tax', 'final', 'monthly', 'current', 'latest', 'paper', 'sewer', 'trash', 'cell', 'mobile'])

/** Question words that open what is asked of someone just named ("Hanako, where can people find you?"). */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['where', 'what', 'when', 'how', 'why', 'who', 'which'])
/**
 * Police ranks and clinicians' credentials abbreviated, titles only when written in capitals ("DC" is also a city's and a
 * current's; "w NP Goldberg", "RN Okafor called back").
 */
const CAPITAL_RANKS: ReadonlySet<string> = new Set(['dc', 'ds', 'di', 'dci', 'dsi', 'dsu', 'ps', 'sc', 'dsc', 'det', 'const', 'sgt', 'insp', 'supt', 'np', 'rn', 'lpn', 'aprn', 'fnp', 'crnp', 'cna', 'rph'])

/** The particles of Irish, Scottish Gaelic and Welsh surnames ("Ní", "Nic", "Ó", "Uí", "Mac", "Mhic", "ap", "ab"). */
const GAELIC_PARTICLES: ReadonlySet<string> = new Set(['ni', 'ní', 'nic', 'o', 'ó', 'ui', 'uí', 'mac', 'mhic', 'ap', 'ab'])
/** An Irish word mutated after a particle: a lower-case letter or two, then the word's capital ("hEadhra", "tSaoir", "bhFiach"). */
const GAELIC_MUTATED = /^(?:h|n|t|b|bh|d|g|m)\p{Lu}/u

class NameScan extends NonPersonContexts implements NameTokenView {
  private readonly out: Candidate[] = []
  /** Local parts of two names written in the text's addresses ("karl.bjornsen"), as `addressOwners` read them. */
  private readonly addressLocals: string[] = []
  /** The last capitalised run measured (see `capitalisedRun`). */
  private runCache: CapitalisedRun | undefined
  /** Names found as one given name with no cue, by their word and token: said as a place later, or listed with a city, they were a place. */
  private readonly lone: { name: Candidate, word: string, at: number, score: number }[] = []

  run(): Candidate[] {
    const { tokens } = this
    let i = 0
    while (i < tokens.length) {
      if (tokens.kind(i) !== TokenKind.Word) {
        i++
        continue
      }
      const end = this.scoreAt(i)
      i = end > i ? end + 1 : i + 1
    }
    this.placesSaidLater()
    this.signature()
    this.addressOwners()
    for (const c of propagateNames(this, this.lex, this.out)) this.out.push(c)
    if (!this.lowerMode) this.widenWrittenNames()
    this.wholeEastAsianNames()
    this.handlesOfNames()
    return this.out
  }

  /**
   * "Georgia? No, we don't lend in Georgia.": a lone given name with no cue, found before the same word
   * was read as a place, was that place (a place said first and named as one after); so was one listed
   * with a large city ("Canadian branches: Regina, Victoria, Kelowna").
   */
  private placesSaidLater(): void {
    if (this.lone.length === 0) return
    const drop = new Set(this.lone.filter((l) => (l.score < 0.6 && this.places.has(l.word)) || (!this.lowerMode && this.listedWithCity(l.at))).map((l) => l.name))
    if (drop.size === 0) return
    const kept = this.out.filter((c) => !drop.has(c))
    this.out.length = 0
    this.out.push(...kept)
  }

  /**
   * A written name's parts the word-by-word reading left outside it: the initials before it ("H. M. Sampath Herath",
   * "R.M. Gunawardena" opening a line, a field or an answer), "Md." or "Mohd." (Muhammad) before it, and after a name's
   * label ("Name:", "Name as per NID:") the capitalised words that end the field ("Name: Bilal Ahmed Butt |", a surname
   * English has as a word).
   */
  private widenWrittenNames(): void {
    const text = this.text
    for (let n = 0; n < this.out.length; n++) {
      const c = this.out[n] as Candidate
      if (c.type !== 'person_name') continue
      // (the line's text before the name, 60 characters at most: a huge line's many names each look back a bounded way;
      // "\u0001" stands for the rest of a line longer than that, so that "^" means the line's start)
      const lineBefore = (from: number, reach: number): string => {
        const seg = text.slice(Math.max(0, from - reach), from)
        const nl = seg.lastIndexOf('\n')
        return nl >= 0 ? seg.slice(nl + 1) : from - reach > 0 ? `\u0001${seg}` : seg
      }
      let start = c.start
      const initials = INITIALS_BEFORE.exec(lineBefore(start, 60))
      if (initials !== null) start -= (initials[1] as string).length
      const muhammad = MUHAMMAD_BEFORE.exec(lineBefore(start, 8))
      if (muhammad !== null) start -= muhammad[0].length
      let end = c.end
      if (NAME_LABEL_BEFORE.test(lineBefore(start, 40))) {
        const rest = FIELD_REST_AFTER.exec(text.slice(end, end + 60))
        if (rest !== null) end += (rest[1] as string).length
      }
      // ... and a surname's initial closing the field ("Dispensed by: Lisa M   Date: ...", "Carer: Tom B, ...")
      const initial = TRAILING_INITIAL.exec(text.slice(end, end + 8))
      if (initial !== null) end += initial[0].length
      // ... and a nickname in quotes or brackets, then the surname ('Robert "Bobby" Cantrell', "Jennifer (Jen) Castellano")
      const nicknamed = NICKNAME_THEN_SURNAME.exec(text.slice(end, end + 60))
      if (nicknamed !== null && !this.known((nicknamed[1] as string).toLowerCase())) end += nicknamed[0].length
      if (start !== c.start || end !== c.end) this.out[n] = { ...c, start, end }
    }
  }

  /**
   * "Kim Soon-ok", "Lam Siu Ming", "lee chang ho": a Chinese, Korean or Taiwanese name read by its structure
   * (`east-asian-names.ts`) takes the place of its parts read word by word ("Kim" alone), whose cue it keeps.
   */
  private wholeEastAsianNames(): void {
    if (this.lowerMode) for (const c of givenAfterFamily(this.text, this.out)) this.out.push(c)
    const whole = eastAsianNames(this.text, this.lowerMode)
    if (whole.length === 0) return
    // (one sweep over both, by start: a text of many names stays linear)
    const names = this.out.filter((c) => c.type === 'person_name').sort((a, b) => a.start - b.start)
    const replaced = new Set<Candidate>()
    let k = 0
    for (const w of whole) {
      while (k < names.length && (names[k] as Candidate).start < w.start) k++
      let confidence = w.confidence
      for (let j = k; j < names.length && (names[j] as Candidate).start < w.end; j++) {
        const part = names[j] as Candidate
        if (part.end > w.end) continue
        replaced.add(part)
        confidence = Math.max(confidence, part.confidence)
      }
      this.out.push({ ...w, confidence })
    }
    if (replaced.size > 0) {
      const kept = this.out.filter((c) => !replaced.has(c))
      this.out.length = 0
      for (const c of kept) this.out.push(c)
    }
  }

  /**
   * "[10:42] jmorales: ..." in a chat where Julieta Morales is named: a user name made of a name the
   * text holds (initial and surname, surname and initial, both names joined) is that person's.
   */
  private handlesOfNames(): void {
    if (this.lowerMode) return
    const forms = new Set<string>()
    // (the names found, and the two-part local parts of the addresses written: "karl.bjornsen@..." for "bjornsen_k")
    const names = [...this.out.filter((c) => c.type === 'person_name').map((c) => this.text.slice(c.start, c.end)), ...this.addressLocals]
    for (const name of names) {
      if (forms.size > 4 * MAX_OWNED_ADDRESSES) break
      const parts = name.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^a-z]+/).filter((p) => p.length > 0)
      if (parts.length < 2) continue
      const given = parts[0] as string
      const surname = parts[parts.length - 1] as string
      if (surname.length < 3) continue
      for (const f of [given[0] + surname, `${given[0]}.${surname}`, `${given[0]}_${surname}`, `${surname}_${given[0]}`, `${surname}.${given[0]}`, surname + given[0], given + surname, `${given}.${surname}`, `${given}_${surname}`, given + surname[0]]) forms.add(f)
    }
    // (a form the text does not hold, case aside, cannot be a handle in it: most texts hold none, and are not walked word by word)
    const lower = this.text.toLowerCase()
    for (const f of forms) if (!lower.includes(f)) forms.delete(f)
    if (forms.size === 0) return
    for (const m of this.text.matchAll(HANDLE_TOKEN)) {
      const start = m.index
      const end = start + m[0].length
      // (an English word is no handle: "hunters" of Hunter S.)
      if (!forms.has(m[0].toLowerCase()) || this.out.some((c) => c.start < end && start < c.end) || this.english(m[0].toLowerCase())) continue
      this.out.push({ type: 'person_name', start, end, confidence: 0.6, detector: 'name-handle', validated: false })
    }
  }

  /**
   * "Abdulrahman Al-Qahtani | +1 713 ... | a.alqahtani@...": capitalised words the local part of an
   * address written in the text spells (whole, or run together with the rest: "alqahtani", "jsmith")
   * name its owner, with the capitalised words joined to them (a given name and a surname). Only words
   * English does not know, or given names and surnames: "Support" in "support@" stays a word.
   */
  private addressOwners(): void {
    if (this.lowerMode || !this.text.includes('@')) return
    const parts = new Set<string>()
    const runs: string[] = []
    for (const m of this.text.matchAll(WRITTEN_ADDRESS)) {
      // (a text of many addresses is a list or a dump: its first ones are read, so the look-ups stay linear)
      if (runs.length === MAX_OWNED_ADDRESSES) break
      const local = (m[1] as string).toLowerCase()
      for (const part of local.split(/[^a-z]+/)) if (part.length >= 3) parts.add(part)
      if (/^[a-z]{2,}[._-][a-z]{2,}$/.test(local)) this.addressLocals.push(local)
      runs.push(local.replace(/[^a-z]/g, ''))
    }
    if (runs.length === 0) return
    const tk = this.tokens
    const nameWord = (k: number): boolean => {
      if (tk.kind(k) !== TokenKind.Word || !this.cap(k)) return false
      const w = this.word(k)
      // (not a title before the name: "for the attention of Mrs Ronke Okonkwo"; nor "I'm" before it)
      if (TITLES.has(w) || ABBREVIATED_TITLES.has(w) || FUNCTION_WORDS.has(w)) return false
      return ((this.lex.firstNames.has(w) || this.lex.surnames.has(w)) && !this.lex.commonWords.has(w)) || (!this.english(w) && !SLANG.has(w))
    }
    let owners = 0
    for (let i = 0; i < tk.length && owners < MAX_OWNED_ADDRESSES; i++) {
      if (!nameWord(i)) continue
      const w = this.word(i)
      if (w.length < 3 || !(parts.has(w) || (w.length >= 4 && runs.some((r) => r.length > w.length && r.includes(w))))) continue
      // the capitalised words joined to it by one space or a hyphen, three more at most either side
      const joined = (from: number, step: 1 | -1): number => {
        let k = from
        for (let n = 0; n < 3; n++) {
          const gap = k + step
          const next = k + 2 * step
          const sep = tk.kind(gap) === TokenKind.Space ? this.text.slice(tk.start(gap), tk.end(gap)) === ' ' : tk.kind(gap) === TokenKind.Other && this.text.charAt(tk.start(gap)) === '-'
          // (a particle joins too: "Al-Qahtani", "Van Dyke")
          if (!sep || !(nameWord(next) || (tk.kind(next) === TokenKind.Word && this.cap(next) && PARTICLES.has(this.word(next))))) break
          k = next
        }
        return k
      }
      const first = joined(i, -1)
      const last = joined(i, 1)
      const start = tk.start(first)
      const end = tk.end(last)
      // (a part of it found already, "Al-Qahtani" of "Abdulrahman Al-Qahtani", gives way to the whole)
      const overlapping = this.out.filter((c) => c.start < end && start < c.end)
      if (overlapping.every((c) => c.start >= start && c.end <= end)) {
        for (const c of overlapping) this.out.splice(this.out.indexOf(c), 1)
        this.out.push({ type: 'person_name', start, end, confidence: 0.7, detector: 'name-address', validated: false })
        owners++
      }
      i = last
    }
  }

  /**
   * "...sorry for the delay\n-- tariq", "cheers for sorting that out\n\nrania", "running late - Ximena":
   * a message signed with a given name alone on its last line (or after a dash ending it). Only a
   * given name English does not know, so that "Regards", "Thanks" or "Monday" stay words.
   */
  private signature(): void {
    const m = SIGNATURE_LINE.exec(this.text)
    const at = m?.indices
    if (m === null || at === undefined) return
    const first = m[2] as string
    const w = first.toLowerCase()
    const dashed = (m[1] as string).includes('-') || /[—–~]/.test(m[1] as string)
    const capitalised = isUpper(first.charCodeAt(0)) && !(first.length <= 3 && first === first.toUpperCase())
    const second = m[3]
    // not an English word, nor the country ending an address ("... Suite 343\n Pärnu\n Estonia")
    if (this.lex.commonWords.has(w) || this.english(w) || SLANG.has(w) || isRegionName(second === undefined ? first : `${first} ${second}`) || isRegionName(first)) return
    // a given name the dictionaries hold, or a word of four letters or more they do not, written as a
    // name (capitalised, or after a dash) and followed by nothing or by a capitalised surname
    const known = this.lex.firstNames.has(w)
    if (!known && (!(capitalised || dashed) || first.length < 4 || (second !== undefined && !isUpper(second.charCodeAt(0))))) return
    const [start, firstEnd] = at[2] as [number, number]
    // a second word English does not know is the surname ("-- tariq aziz"); else the name is the first word
    const end = second !== undefined && !this.english(second.toLowerCase()) && !this.lex.commonWords.has(second.toLowerCase()) ? (at[3] as [number, number])[1] : firstEnd
    if (this.out.some((c) => c.start < end && start < c.end)) return
    this.out.push({ type: 'person_name', start, end, confidence: 0.6, detector: 'name-signature', validated: false })
  }

  /** Words i and i + 2 are given names no English word is, and a capitalised word follows them ("Margaret Anne Whitlock"). */
  private twoGivenNamesThenMore(i: number): boolean {
    const tk = this.tokens
    const given = (k: number): boolean => tk.kind(k) === TokenKind.Word && this.cap(k) && this.lex.firstNames.has(this.word(k)) && !this.lex.commonWords.has(this.word(k))
    return given(i) && this.oneSpace(i + 1) && given(i + 2) && this.oneSpace(i + 3) && tk.kind(i + 4) === TokenKind.Word && this.cap(i + 4)
  }

  /** After word i, a line break, or one space and a given name the lists hold. */
  /** An abbreviated title right before word i ("MS LAW", "Dr. NG"). */
  private titleRightBefore(i: number): boolean {
    const before = this.tokens.wordBefore(i)
    return before >= 0 && i - before <= 3 && (ABBREVIATED_TITLES.has(this.word(before)) || TITLES.has(this.word(before)))
  }

  /**
   * "DC Sharma", "DS Patel", "DC Stone": a police rank's abbreviation written in capitals, then a word that
   * can be a name (a given name, a frequent surname, or a word English has not: "DC Comics", "PS Plus" stay
   * what they are).
   */
  private policeRankBefore(i: number, w: string): boolean {
    const before = this.tokens.wordBefore(i)
    if (before < 0 || !CAPITAL_RANKS.has(this.word(before)) || !this.oneSpace(before + 1) || before + 2 !== i) return false
    if (/[^A-Z]/.test(this.text.slice(this.tokens.start(before), this.tokens.end(before)))) return false
    // (an English word only when it is a frequent surname: "DC Stone", not "DC Water" or "DC Metro")
    return !this.known(w) || this.lex.firstNames.has(w) || (this.lex.surnames.get(w) ?? Infinity) < RARE_SURNAME_RANK
  }

  private givenNameOrLineAfter(i: number): boolean {
    const tk = this.tokens
    if (tk.kind(i + 1) === TokenKind.Space && this.text.slice(tk.start(i + 1), tk.end(i + 1)).includes('\n')) return true
    return this.oneSpace(i + 1) && tk.kind(i + 2) === TokenKind.Word && this.lex.firstNames.has(this.word(i + 2))
  }

  /** Emits a name starting at word token i when evidence suffices; returns its last token index, else i. */
  private scoreAt(i: number): number {
    const w = this.word(i)
    // a hesitation is never a name: "her name is um lucia" names lucia; nor is a word of chat or
    // speech ("Agent: Alright, your claim ...")
    if (FILLERS.has(w) || SLANG.has(w)) return i
    // "the server's called darwin", "an AP named Gandalf": what a machine or a thing is called is no person
    if (this.wordRightBefore(i) && (this.raw(i - 2) === 'called' || this.raw(i - 2) === 'named') && this.thingCalled(i - 2)) return i
    // "Mom Jiyeon 416-555-0199", "dad Henri": a family word labelling a contact, then the relative's given name
    // (no English word; after an owner, "my dad ...", the relation's own rule reads the name)
    const kin = KIN_LABELS.has(w) ? this.kinNamed(i) : -1
    if (kin >= 0) return kin
    // "okay  hang on", "hold on": a phrasal verb, not a name ("Hang" is a surname too)
    if ((w === 'hang' || w === 'hold') && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && this.raw(i + 2) === 'on') return i
    // "put me through to ward twelve", "Room 12", "bed four": a site's noun before its number, not a surname
    if (NUMBERED_SITES.has(w) && this.numberFollows(i)) return i
    // "the surname is fine", "my name is spelled ...": a word that says something of the name, not the name
    if (NAME_PREDICATES.has(w) && !this.cap(i) && (this.prevWords(i)[0] === 'is' || this.prevWords(i)[0] === 'was')) return i
    // "whiskey delta lima golf charlie golf six five two victor uniform": a code read in the spelling alphabet
    if (NATO_WORDS.has(w) && this.natoRun(i) >= 3) return i
    // "my son ravi": a relation after its owner is the relation, though "Son" is a family name too
    if (RELATIONS.has(w) && !this.cap(i) && OWNERS.has(this.prevWords(i)[0] ?? '')) return i
    // "Showa 63", "Minguo 75": an era of Japan's or Taiwan's calendar before its year
    if (ERAS.has(w) && this.numberAfter(i)) return i
    // "1024Mi", "unit 18B": letters glued to a number are a unit or part of a code
    if (this.tokens.kind(i - 1) === TokenKind.Digits) return i
    // "the 500 Meg plan", "2 Gig": a unit after a number
    if (UNITS_AFTER_NUMBER.has(w) && this.tokens.kind(i - 1) === TokenKind.Space && this.tokens.kind(i - 2) === TokenKind.Digits) return i
    // "the water bill says", "my gas bill": a bill after what it bills for
    if (w === 'bill' && !this.cap(i) && BILLED.has(this.prevWords(i)[0] ?? '')) return i
    // "Wi-Fi"
    if (w === 'wi' && this.tokens.kind(i + 1) === TokenKind.Other && this.text.charAt(this.tokens.start(i + 1)) === '-' && this.word(i + 2) === 'fi') return i + 2
    // "Max liability $500", "Min order 3 units": the abbreviation of maximum or minimum before what it bounds
    if ((w === 'max' || w === 'min') && this.oneSpace(i + 1) && (this.tokens.kind(i + 2) === TokenKind.Digits || (this.tokens.kind(i + 2) === TokenKind.Word && BOUNDED_QUANTITIES.has(this.word(i + 2))) || this.text.charAt(this.tokens.start(i + 2)) === '$')) return i
    // "credit under Reg E", "Reg CC holds": a US banking regulation's letters, not Reg (Reginald)
    if (w === 'reg' && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && /^[A-Z]{1,2}$/.test(this.text.slice(this.tokens.start(i + 2), this.tokens.end(i + 2)))) return i + 2
    // "NOVA-4328", "RITM0077982": a tracker's key, letters glued (or joined by a hyphen) to the digits after them
    if (this.keyBeforeDigits(i)) return i
    const cap = this.cap(i)
    // "Dear HMRC,", "Hello DVLA, I moved": in mixed-case text, a short word in capitals with at most one
    // vowel that no list holds as a name is an agency's or a firm's initials
    // (not a surname in capitals after a title: "MS LAW: The victim's card ...")
    if (cap && !this.lowerMode && this.initialism(i, w) && !this.titleRightBefore(i)) return i
    // "Pt Luis Thibodeaux", "Mbr Mariam Jordan called": a note's abbreviation with no vowel (not a title's, nor "Ng")
    if (cap && !this.lowerMode && /^[b-df-hj-np-tv-xz]{2,4}$/.test(w) && !TITLES_WITHOUT_VOWELS.has(w) && !this.lex.firstNames.has(w) && !this.lex.surnames.has(w)) return i
    // "Dear Billing Dept,", "the Claims Department": a firm's department by its name
    if (cap && FIRM_DEPARTMENTS.has(w) && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && DEPARTMENT_NOUNS.has(this.word(i + 2))) return i + 2
    // "Team Nova", "Team Marlin vs Team Kestrel": a team's name after the capitalised word "Team"
    if (cap && !this.lowerMode && this.tokens.kind(i - 1) === TokenKind.Space && this.raw(this.tokens.wordBefore(i)) === 'team' && this.cap(this.tokens.wordBefore(i))) return i
    // "Thank you, Mr. de Vries.", "Dear Dr. da Silva,": a title, then a surname's particles in lower case
    if (cap && !this.lowerMode) {
      const from = this.titledParticlesStart(i)
      if (from >= 0) {
        const last = this.tail(i)
        this.out.push({ type: 'person_name', start: this.tokens.start(from), end: this.tokens.end(last), confidence: 0.85, detector: 'name-title', validated: false })
        return last
      }
    }
    // in mixed-case text a lower-case word is a name only when the dictionaries know it as one, or
    // when "my name is" comes right before it (a name the transcriber did not know to capitalise);
    // tested first, as it settles most words of mixed-case text in one or two look-ups
    // "the surname is van der Berg", "last name is de la Cruz": after "name is", a surname opened by its particles
    // (and the Irish "Ó", a capital alone: "surname is Ó Súilleabháin")
    // (not "de" right after the languages' "name": "a nombre de Nicolás Ferreyra", "em nome de João Silva" is "of")
    if ((!cap || w.length === 1) && !this.lowerMode && PARTICLES.has(w) && this.particlesThenCapital(i) && this.afterNameIs(i) && !(NAME_OF_PARTICLES.has(w) && NAME_OF_WORDS.has(this.word(this.tokens.wordBefore(i))))) {
      const last = this.tail(i)
      this.out.push({ type: 'person_name', start: this.tokens.start(i), end: this.tokens.end(last), confidence: 0.85, detector: 'name-cue', validated: false })
      return last
    }
    if (!cap && !this.lowerMode && (!this.lex.firstNames.has(w) || this.lex.commonWords.has(w)) && !this.afterNameIs(i)) return i
    // "hi its sandra  lachies mum", "naledis husband", "(yusuf's dad)": in lower-case speech a given name owning a
    // relation is a person's, its apostrophe often lost in a transcript
    if (this.lowerMode && this.relationOwnedInSpeech(i, w)) return this.emitWhole(i, i, 'name-relation-owner')
    // "her name is june park": after "name is", even a word the dictionaries keep from names (a month)
    // ... but not a turn's label ("your first name?\nCaller: It's ...", "full name? Speaker 2: ...")
    if (!this.eligible(i) && !(this.lex.notNames.has(w) && w.length >= 3 && this.nameCue(i, this.prevWords(i)) && !labelColonAfter(this.text, this.tokens.end(i)))) return i
    // "Debtor: h u a n g", "Lettings: so the unit ...": an English word (no given name or surname) before a
    // label's colon is a speaker's role or a field's name, even right after "spell your last name for me"
    if (cap && this.roleLabel(i, w)) return i
    // (the rules below allocate or look around: they come after the cheap tests that settle most words)
    // "decimal.InvalidOperation", "UserService": an identifier of joined English words is no name
    if (cap && this.joinedWords(i)) return i
    // "Eggs Benedict", "a Shirley Temple", "two Beef Wellingtons": a dish or a drink named after someone
    const dish = this.dishAt(i)
    if (dish >= 0) return dish
    // "will my number transfer", "Will Teddy need ...?": the modal verb, not Will
    if (w === 'will' && this.modalWill(i)) return i
    // "Agent: May I have the account number?", "May we call you back?": the modal verb asking, not May
    if (w === 'may' && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && (this.raw(i + 2) === 'i' || this.raw(i + 2) === 'we')) return i
    // "Dr. Martens": a brand named with a title
    if (cap && this.firmWithTitle(i, w)) return i
    // "Villa in Al Barsha, Abu Dhabi", "a flat in Toa Payoh": a place whose name is words of names
    // (also from its second word, when the first, "Al", is a particle no name starts with)
    if (this.inNamedPlace(i)) return Math.max(i, this.namedPlaceEnd(i))
    // "Our Lady of Lourdes", "the Hail Mary", "Salve Regina", "St Vincent de Paul": a church's, a prayer's or a saint's name
    if (this.devotionAt(i)) return i
    // "the role of Bill Collector", "Grant Writer (0.6 FTE)", "Scrum Master": a word that is a given name
    // too, before a job's noun, is the job's title; so is "Dean of Students", an "Associate Dean"
    if (cap && !this.lowerMode && this.jobTitleAt(i)) return this.tokens.kind(i + 2) === TokenKind.Word ? i + 2 : i
    // "it's Father Michael", "this message is for Coach Daniels": a title spelled out and capitalised before a
    // capitalised word is no part of the name after it (that word takes the title as its cue)
    if (cap && !this.lowerMode && WORD_TITLES.has(w) && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && this.cap(i + 2)) return i
    // "Python 3.12 and Ruby 3.3 are supported": a word before a version's dotted number is software's
    if (cap && this.numberAfter(i) && this.text.charCodeAt(this.tokens.end(i + 2)) === 46 && /\d/.test(this.text.charAt(this.tokens.end(i + 2) + 1))) return i
    // "the attending unit is Echo Charlie 21": a call sign of the spelling alphabet's words
    if (cap && NATO_WORDS.has(w) && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && this.cap(i + 2) && NATO_WORDS.has(this.word(i + 2)) && (this.numberAfter(i + 2) || !this.lex.firstNames.has(w) || !this.lex.firstNames.has(this.word(i + 2)))) return i + 2
    // ... and in lower-case speech, a title no name is ("this is pc tom hughes")
    if (this.lowerMode && WORD_TITLES.has(w) && !this.lex.firstNames.has(w) && !this.lex.surnames.has(w) && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word) return i
    // "the Royal Free", "Royal Mail", "the Royal Brompton": an institution, after an article or before an English word
    if (w === 'royal' && cap && !this.lowerMode && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && this.cap(i + 2) && (ARTICLES.has(this.prevWords(i)[0] ?? '') || (this.known(this.word(i + 2)) && !this.lex.firstNames.has(this.word(i + 2))))) return this.capitalisedRun(i).last
    // "Cardholder Alejandro Ruiz", "Policyholder Ama Mensah": a role's label before the name it introduces
    if (cap && !this.lowerMode && (LABEL_CUES.has(w) || ROLE_NOUNS.has(w)) && !this.lex.firstNames.has(w) && !this.lex.surnames.has(w) && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && this.cap(i + 2)) return i
    // "North Carolina", "New Jersey": a region's name after its first word
    if (REGIONS.has(w) && REGION_PREFIXES.has(this.word(this.tokens.wordBefore(i)))) return i
    // "Georgia DL 160472169", "Washington license number?", "Does Georgia require PIP?": a state before its licences, plates and laws
    // (and said alone again later it is the state still: "... Georgia and the IRS seem to say")
    if (REGIONS.has(w) && this.cap(i) && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && STATE_THINGS.has(this.word(i + 2))) {
      this.places.add(w)
      return i
    }
    // a table's cell under a place's column ("warehouse", "city"): "Charlotte" there is a town
    if (!this.lowerMode && this.placeColumn(i)) return i
    // "We're", "You'd": a pronoun's contraction is never a name
    if (functionWordContraction(w)) return i
    const prev = this.prevWords(i)
    // "and that's for ingrid's cleaning on october twentieth": a given name owning a visit is a patient's
    if (this.possessive(i) && this.lex.firstNames.has(w) && this.oneSpace(i + 1) && VISITS.has(this.word(i + 2)) && (prev[0] === 'for' || prev[0] === 'book' || prev[0] === 'move' || prev[0] === 'cancel' || prev[0] === 'reschedule')) return this.emitWhole(i, i, 'name-visit-owner')
    // "there we go i see amara park": in lower-case speech the word right after "i" or "we" is their verb
    if (this.lowerMode && (prev[0] === 'i' || prev[0] === 'we') && this.wordRightBefore(i) && this.english(w)) return i
    // "Good afternoon, you're through to Spark, my name's Aroha": the firm a caller has reached, when the
    // agent then says who answers ("Thanks for holding, you're through to Hiwot." names the agent; "I'll
    // put you through to Sarah" who takes the call)
    if (prev[0] === 'to' && prev[1] === 'through' && REACHED.has(this.prevWords(i, 3)[2] ?? '')) {
      const last = cap && !this.lowerMode ? this.capitalisedRun(i).last : i
      // (... or the words reached end as a firm's do: "you're through to Inland Revenue", "... to Sun Life")
      // (not a frequent surname's: "you're through to Sarah Power")
      if (this.followedBy(AGENT_INTRODUCTION, last) || (last > i && FIRM_WORDS.has(this.word(last)) && (this.lex.surnames.get(this.word(last)) ?? Infinity) > FIRM_WORD_SURNAME_RANK)) return last
    }
    if (ASSISTANT_NAMES.has(w) && !this.nameCue(i, prev) && !CUE_2.has(`${prev[1] ?? ''} ${prev[0] ?? ''}`) && !(this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && this.cap(i + 2) && !this.lowerMode && !this.known(this.word(i + 2)))) return i
    const common = this.lex.commonWords.has(w)
    // "Caller: Will the engineer still come?", "Nurse: Keep the dressing on": after a speaker's label, an
    // English word (and no given name but a common word) that a lower-case word follows is the first word
    // of what they say ("Caller: Jasmine", "Contact: Hope" stay names)
    // (a word of the languages callers switch to, too: "Caller: Mijn telefoonnummer?", "Agent: Boleh saya ...")
    const utterance = prev.length > 0 && prev[0] !== 'name' && this.colonBefore(i) && (this.known(w) || this.lex.foreignWords.has(w)) && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && !this.cap(i + 2)
    if (utterance && (common || !this.lex.firstNames.has(w))) return i
    // "Guten Tag, my name is ...", "Agent: Ditt personnummer?", "Meine Steuer-ID: ...": a function word or a
    // greeting of another language opening a sentence or a turn is no name, whatever follows it (the
    // list holds no given name and no frequent surname)
    if (cap && !this.lowerMode && this.lex.foreignWords.has(w) && !this.lex.surnames.has(w) && (this.colonBefore(i) || this.sentenceStart(i))) return i
    // ... nor, anywhere, the first word of a name after it: before a given name the lists hold, or at a line's end
    // ("Kontoinhaber Jürgen Müller", "Mit freundlichen Grüßen\nJ. Müller"); unless English has the word too ("Air
    // India": the Indonesian for water). Before a word no list holds it may be a given name ("new starter Kanya Chaiyaporn").
    if (cap && !this.lowerMode && this.lex.foreignWords.has(w) && !this.lex.surnames.has(w) && !this.known(w) && this.givenNameOrLineAfter(i)) return i
    // "Caller: La CURP es ...": a name's particle opening a turn starts a name only before a word that can be one ("La Rosa")
    if (cap && PARTICLES.has(w) && (this.colonBefore(i) || this.sentenceStart(i)) && !(this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && this.cap(i + 2) && this.eligible(i + 2))) return i
    // "doctor nakamura", not "doctor appointment": a spelled-out title before a word English does not know
    // "Doctor Park", "Professor Young": in mixed-case text a capitalised word after such a title is its name
    // ("Professor: Right, so ...": a title with a colon after it labels a turn; the turn's first word is no name)
    const title =
      !this.colonBefore(i) &&
      // ("yes sir mera number hai": in lower-case speech, an everyday word after a title is none of its names)
      // ("Sr. Zavala", not "Sr. Engineer": the abbreviation is also "Senior" before a job's English name)
      ((!utterance && TITLES.has(prev[0] ?? '') && !(ABBREVIATED_TITLES.has(prev[0] ?? '') && this.commaAt(i - 2)) && !(prev[0] === 'sr' && this.known(w) && !this.lex.surnames.has(w)) && !this.unitBefore(i) && !(this.lowerMode && this.known(w) && !this.lex.firstNames.has(w) && !this.lex.surnames.has(w)) && !this.titleEndsSentence(i, prev[0] ?? '')) ||
        (!utterance && WORD_TITLES.has(prev[0] ?? '') && (!this.known(w) || (cap && !this.lowerMode && PROFESSIONAL_TITLES.has(prev[0] ?? '')))) ||
        // ("follow up with doctor fielding": in lower-case speech, a surname no everyday word after a professional's title)
        (!utterance && this.lowerMode && PROFESSIONAL_TITLES.has(prev[0] ?? '') && this.lex.surnames.has(w) && !this.lex.commonWords.has(w) && !this.lex.firstNames.has(w) && !WORD_TITLES.has(w)) ||
        (cap && !this.lowerMode && this.policeRankBefore(i, w)))
    const role = ((prev[0] === 'is' || prev[0] === 'was') && ROLE_NOUNS.has(prev[1] ?? '')) || this.thanksSoMuch(i, prev)
    // "the month name is june", "the wifi name is ...": the name of a thing is no cue
    const thingName = (prev[0] === 'is' || prev[0] === 'was') && prev[1] === 'name' && this.thingNamed(i, this.prevWords(i, 3)[2])
    const phrase =
      title ||
      role ||
      (CUE_2.has(`${prev[1] ?? ''} ${prev[0] ?? ''}`) && !thingName) ||
      (CUE_3_LAST.has(prev[0] ?? '') && CUE_3.has(this.prevWords(i, 3).join(' '))) ||
      this.nameOn(i, prev) ||
      // "hold 2 seats for the Nguyen family", "the Okafor household": a family's name
      // ... also a table plan's or a guest list's field ("T2: Okafor family"), and a booking's party ("the Rossi party")
      (cap && !this.lowerMode && (prev[0] === 'the' || this.colonBefore(i)) && this.familyAfter(i, w))
    // ... also "my late spouse", "my ex"
    const related = RELATIONS.has(prev[0] ?? '') && (OWNERS.has(prev[1] ?? '') || (RELATION_ADJECTIVES.has(prev[1] ?? '') && OWNERS.has(this.prevWords(i, 3)[2] ?? '')))
    // "My son Jack called", "my wife June set it up": in mixed-case text a given name that is also a word,
    // capitalised right after a relation written in lower case, is the relative's name
    const relation =
      related &&
      this.lex.firstNames.has(w) &&
      (!common ||
        (cap && !this.lowerMode && this.oneSpace(i - 1) && !this.cap(i - 2)) ||
        (this.lowerMode && (this.relativeAsSubject(i) || this.surnameAfter(i) || this.possessive(i))))
    const relatedUnknown = this.relativeUnknownName(i, w, prev, related)
    // "please have jasmine call me back": someone asked to get in touch
    // "my daughter hope mensah", "the customer faith oyelowo": after a relation or a role, a given name that
    // is also an English word, when a surname English does not know follows it
    const roleBefore = ROLE_NOUNS.has(prev[0] ?? '') && (ARTICLES.has(prev[1] ?? '') || OWNERS.has(prev[1] ?? ''))
    const pairAfterCue = (related || roleBefore) && this.lex.firstNames.has(w) && this.unknownWordAfter(i)
    // "I'm the tenant, Maricel.", "This is the duty manager, Oyelaran": a capitalised word set off by a
    // comma after a role is its holder's name
    const roleAppositive =
      roleBefore && cap && !this.lowerMode && (this.commaAt(i - 1) || (this.tokens.kind(i - 1) === TokenKind.Space && this.commaAt(i - 2))) && (this.lex.firstNames.has(w) || !this.english(w))
    // "Your technician Will was brilliant", "the engineer ray fixed it": a role's holder named as the subject of a verb
    const roleSubject =
      roleBefore && this.lex.firstNames.has(w) && ((cap && !this.lowerMode && this.oneSpace(i - 1) && !this.cap(i - 2)) || this.lowerMode) && this.relativeAsSubject(i)
    // "Frank from the Camden team", "troy from the troy branch told me": someone of a firm's team or branch
    // ("Your case is with Fionnuala in our fraud team": or, capitalised, a word English does not know)
    const ofTeam = (this.lex.firstNames.has(w) ? cap || this.lowerMode : cap && !this.lowerMode && !this.known(w) && !this.lex.cities.has(w) && w.length >= 3) && this.followedBy(TEAM_AFTER, i)
    // "hello hsbc customer care", "Hello, Delta reservations": after a greeting, the firm a call opens with, its department after it
    // ("agent: avis reservations grace speaking": or right after the opening turn's label)
    if ((CALL_GREETINGS.has(prev[0] ?? '') || this.colonBefore(i)) && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && FIRM_DEPARTMENTS.has(this.word(i + 2))) return i
    // "I've checked with Olena in underwriting", "escalated to aditya from collections": someone of a department
    const ofDepartment = !PLACE_BEFORE_DEPARTMENT.has(prev[0] ?? '') && (this.lex.firstNames.has(w) ? cap || this.lowerMode : cap && !this.lowerMode && !this.known(w) && w.length >= 3) && this.followedBy(DEPARTMENT_AFTER, i)
    // "a delivery for Joy, that's my daughter": a relation said after the name
    const relationAfter = this.lex.firstNames.has(w) && this.followedBy(RELATION_AFTER, i)
    // "hello is that james": who a caller asks for, in lower-case speech (a given name that is no word)
    // ... or a word no list knows ("is that kavitha"); and "is layla there": who a caller asks for by name
    const askedFor =
      this.lowerMode &&
      // "...for the ticket  name kishore  dob is ...": "name" opening what is said after a pause, then the name
      ((prev[0] === 'name' && this.pauseBefore(this.tokens.wordBefore(i)) && ((this.lex.firstNames.has(w) && !common) || this.unknownWord(w))) ||
        ((prev[0] === 'that' && prev[1] === 'is') && ((this.lex.firstNames.has(w) && !common) || this.unknownWord(w))) ||
        (prev[0] === 'is' && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && this.raw(i + 2) === 'there' && this.thereEnds(i + 2) && ((this.lex.firstNames.has(w) && !common) || this.unknownWord(w))))
    // "Sato-san", "Ito-sama": a Japanese honorific after the word
    const honorific = cap && this.tokens.kind(i + 1) === TokenKind.Other && this.text.charAt(this.tokens.start(i + 1)) === '-' && this.tokens.kind(i + 2) === TokenKind.Word && HONORIFIC_SUFFIXES.has(this.raw(i + 2))
    let cue =
      phrase ||
      honorific ||
      relation ||
      pairAfterCue ||
      roleAppositive ||
      roleSubject ||
      ofTeam ||
      ofDepartment ||
      relationAfter ||
      // "so im mark and my wife is grace and ...": a relation's given name said after "is"
      this.relationIs(i, w, prev) ||
      askedFor ||
      // "Actions:\n- Okafor to send the deck": who takes an action in minutes
      (cap && !this.lowerMode && this.actionOwner(i)) ||
      // "... Account 6537 897 728. - Jack": a message signed after a dash
      (cap && !this.lowerMode && this.dashSignature(i)) ||
      // "the driver will call Kemal on 07700 ...": someone to ring on a number
      (CONTACT_VERBS.has(prev[0] ?? '') && this.oneSpace(i + 1) && (this.raw(i + 2) === 'on' || this.raw(i + 2) === 'at') && this.numberAfter(i + 2)) ||
      // "okay i have lindiwe van zyl on the line": someone joining a call
      (HAVE.has(prev[0] ?? '') && this.onTheLineAfter(i)) ||
      // "From: Kateryna Kovalenko <kateryna@...>": the display name of an address
      (cap && !this.lowerMode && this.displayNameAt(i)) ||
      // "so my names thiago": "name's" as raw speech-to-text writes it
      (prev[0] === 'names' && OWNERS.has(prev[1] ?? '')) ||
      // (not "im" in a text switched to German, where it is "in dem": "der Termin ist im Juli")
      (CUE_1.has(prev[0] ?? '') && !(prev[0] === 'called' && calledByPronoun(this.prevWords(i, 3))) && !(prev[0] === 'by' && (this.paidBy(i, w) || this.issuingCountry(i, w, prev))) && !(prev[0] === 'im' && this.lex.foreignWords.has('im'))) ||
      ((prev[0] === 'have' || prev[0] === 'let') && this.personVerbAfter(i)) ||
      (cap && !this.lowerMode && ((prev[0] === 'is' && this.thereQuestion(i)) || this.speakerInBrackets(i))) ||
      // "thiago can you keep an eye on the chat": a given name spoken to, in lower-case speech
      (this.lowerMode && this.lex.firstNames.has(w) && !this.lex.commonWords.has(w) && this.addressedInSpeech(i))
    // "ok see you at 8", "thanks love you": after a greeting, a word that is a given name too ("See",
    // "Love") but takes a pronoun as its object is the verb
    // ("okay grace you are all set": there the pronoun is the subject of what follows)
    // "hi love how are you", "hiya darling": a greeting's term of endearment, unless a surname follows it
    if (ENDEARMENTS.has(w) && CALL_GREETING_WORDS.has(prev[0] ?? '') && !this.surnameAfter(i)) return i
    if (common && !phrase && !relation && CUE_1.has(prev[0] ?? '') && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && OBJECT_PRONOUNS.has(this.raw(i + 2)) && !this.subjectVerbAt(i + 4)) return i
    // "Requester: Ngata, Aroha", "display_name":"Nowak-Kaczmarek, Zofia": a record's "Surname, Given"
    const inverted = this.invertedName(i)
    if (inverted !== undefined) {
      this.out.push({ type: 'person_name', start: this.tokens.start(inverted.start), end: this.tokens.end(inverted.last), confidence: 0.7, detector: 'name-inverted', validated: false })
      return inverted.last
    }
    // "nguyen van an", "Vo Thi Hoa": a Vietnamese family name, the middle name "Van" or "Thi", and a given name
    const vietnamese = this.vietnameseName(i, w)
    if (vietnamese > i) return this.emitWhole(i, vietnamese, 'name-vietnamese')
    // "the candidate's name is hyun woo lee", "it's ji woo park": a Korean given name of two syllables written
    // apart and a Korean family name, after a cue
    const korean = this.koreanNameAfterCue(i, w, prev)
    if (korean > i) return this.emitWhole(i, korean, 'name-korean')
    // "My wife Seo-yeon has ...", "Can you call Seo-yeon back?": a Korean given name's two syllables hyphenated
    const hyphenated = this.koreanHyphenated(i, w)
    if (hyphenated > i) return this.emitWhole(i, hyphenated, 'name-korean')
    // "ADEYEMI/FOLAKE": an airline's SURNAME/GIVEN NAME, in capitals, one of them a known name
    const slashed = this.slashedName(i)
    if (slashed > i) {
      this.out.push({ type: 'person_name', start: this.tokens.start(i), end: this.tokens.end(slashed), confidence: 0.7, detector: 'name-slashed', validated: false })
      return slashed
    }
    // "Public Service Loan Forgiveness", "Ronald Reagan Washington National": four or more capitalised
    // words in a row, two of them English words that are no given names, name a programme, a building
    // or a title ("Eoghan Mac Giolla Phádraig" is a person)
    // ("Hello Mr J Smith": a title and initials before the word make it a person's surname)
    if (!cue && !this.lowerMode && cap && !this.titledInitials(i)) {
      const run = this.capitalisedRun(i)
      if (run.count >= 4 && run.words >= 2) return run.last
      // "Maple Tree Practice", "Oak Lane Dental": three capitalised words, the middle one an English word that
      // is no name, before an organisation's word, are the organisation
      if (run.count === 3 && run.first === i && FIRM_AFTER.has(this.word(run.last)) && this.known(this.word(i + 2)) && !this.lex.firstNames.has(this.word(i + 2)) && !this.lex.surnames.has(this.word(i + 2))) return run.last
    }
    // a place unless a title or a cue phrase ("this is", "spoke with") says otherwise: "it says Victoria Station" is one
    // (the whole of its capitalised run: "the Goethe Institut Munich", "Lycée Victor Hugo"; and after a royal's, a
    // saint's or a knight's title too: "Sir John Cass School")
    if ((!phrase || HONOUR_TITLES.has(prev[0] ?? '')) && (this.placeFollows(i) || this.placePrefixed(i))) return cap && !this.lowerMode ? this.capitalisedRun(i).last : i
    if (!phrase && PLACE_PREFIXES.has(w) && this.cap(i)) return i
    // "the University of Victoria", "Bank of Ireland", "the City of Charlotte": an institution or a place named "of" a place
    if (!phrase && prev[0] === 'of' && OF_PLACE_HEADS.has(prev[1] ?? '')) return this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && this.cap(i + 2) ? i + 2 : i
    // lower-case speech: "born in santa clara", "flying to san jose": a place's first word after a preposition, and the word after it
    if (!phrase && this.lowerMode && PLACE_PREFIXES.has(w) && PLACE_PREPOSITIONS.has(prev[0] ?? '') && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word) return i + 2
    const first = this.lex.firstNames.has(w)
    const sentenceStart = this.sentenceStart(i)
    let ext = this.extension(i, cue)
    if (ext < 0) {
      // "Jean-Luc Picard": the surname after a hyphenated first name
      const joined = this.hyphenEnd(i)
      if (joined > i) ext = this.extension(joined, cue)
    }
    // "Das Aktenzeichen beginnt ...", "Der Grundfreibetrag liegt ...", "het Loket": a capitalised word right after a
    // German or Dutch article is a noun (German writes every noun capitalised), not a name
    if (cap && !this.lowerMode && this.wordRightBefore(i) && NOUN_ARTICLES.has(this.raw(i - 2))) return i
    // ... and the article itself, opening a sentence before such a noun no list holds as a name ("Das" is a surname too:
    // "Das Gupta" stays one)
    if (cap && !this.lowerMode && NOUN_ARTICLES.has(w) && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && this.cap(i + 2) && !this.lex.firstNames.has(this.word(i + 2)) && !this.lex.surnames.has(this.word(i + 2))) return i + 2
    // "Priya Shah (née Joshi)": a birth surname, capitalised after "née" ("née le 12/05/1988" is French for born on)
    if (!cue && cap && !this.lowerMode && (prev[0] === 'née' || prev[0] === 'nee')) cue = true
    // (a field's label cues a name weakly: a place still says otherwise, "Employee: Charlotte, North Carolina")
    // ("Customer:" labels a turn in a dialogue: "Customer: Salam, pls add ..." opens what they write)
    const labelCue = !cue && LABEL_CUES.has(prev[0] ?? '') && !(prev[0] === 'customer' && this.dialogue())
    if (labelCue && ((first && !common) || (this.lex.surnames.has(w) && !this.known(w)) || (ext >= 0 && !this.known(this.word(ext))) || (cap && !this.known(w) && this.oneSpace(i + 1) && PARTICLES.has(this.raw(i + 2)) && this.particlesThenCapital(i)))) cue = true
    // "Grace's mobile is +27 ...", "Daniel's email": a given name owning a contact detail only people have
    // ... in lower-case speech too, when the name is no English word ("karthik's mobile is ...")
    if (!cue && ((cap && !this.lowerMode) || (this.lowerMode && !common)) && first && !BRANDS.has(w) && this.contactOwner(i)) cue = true
    // "call vinh on 0903 123 456", "text Ama at 024 555 0101": someone reached on a number (a name no English word)
    if (!cue && first && !common && CALL_VERBS.has(prev[0] ?? '') && this.numberOnAfter(ext >= 0 ? ext : i)) cue = true
    // "just put O'Sullivan on the file", "add Okonkwo to the policy": someone added to (or taken off) what holds a name
    if (!cue && ((cap && !this.lowerMode) || (this.lowerMode && !common)) && !BRANDS.has(w) && !this.lex.cities.has(w) && (first || this.lex.surnames.has(w) || !this.known(w)) && ADDING_VERBS.has(prev[0] ?? '') && this.addedToHolder(ext >= 0 ? ext : i)) cue = true
    // "first: Aaliyah | last: Whitaker-Jones": a name's part labelling a record's field, its colon right before the word
    if (!cue && cap && !this.lowerMode && NAME_PART_LABELS.has(prev[0] ?? '') && this.colonBefore(i) && !this.lex.cities.has(w) && !MONTH_WORDS.has(w) && !this.lex.notNames.has(w)) cue = true
    // "surname,forename,dob\nKowalski,Zofia,...": a table's cell under a column of people's names
    if (!cue && cap && !this.lowerMode && (first || this.lex.surnames.has(w) || !this.known(w)) && this.nameColumn(i)) cue = true
    if (ext >= 0 && !cue && PERSON_NAMED_FIRMS.has(`${w} ${this.word(ext)}`)) return ext
    // "The Austin Marriott Downtown", "the Denver Hilton": a town before a hotel chain names the hotel
    if (ext >= 0 && !cue && cap && !this.lowerMode && HOTEL_BRANDS.has(this.word(ext))) return this.capitalisedRun(i).last
    // ("Okay, Vancouver Marriott Pinnacle?": a city before a hotel's brand, after a cue too)
    if (ext >= 0 && cap && !this.lowerMode && HOTEL_BRANDS.has(this.word(ext)) && this.lex.cities.has(w)) return this.capitalisedRun(i).last
    // "Harley-Davidson", "Simon & Schuster", "Ben & Jerry's": the same firms joined by a hyphen or "&"
    const joined = this.joinedPartner(i)
    if (joined > 0 && PERSON_NAMED_FIRMS.has(`${w} ${this.word(joined)}`)) return joined
    // "the Amber Alert", "an Ivy League school": an article before a first name and an English word
    // that is at most a rare surname
    if (!cue && ARTICLES.has(prev[0] ?? '') && !this.colonBefore(i) && ext >= 0 && this.known(this.word(ext)) && (this.lex.surnames.get(this.word(ext)) ?? Infinity) > 5000) return ext
    // "Jurong East", "Andheri East", "Amsterdam Zuid": a large city, or a word no name list holds, before a
    // capitalised point of the compass names a town's quarter ("Julie West", "Mae North" stay people)
    if (cap && !this.lowerMode && !phrase && ext >= 0 && ext === i + 2 && COMPASS_QUARTERS.has(this.raw(ext)) && this.cap(ext) && (this.lex.cities.has(w) || (!this.lex.firstNames.has(w) && !this.lex.surnames.has(w)))) return ext
    // "London Heathrow", "Warsaw Chopin", "Gdańsk Lech Wałęsa": a large city before capitalised words names its
    // airport, its station or its quarter
    if (!cue && cap && !this.lowerMode && ext >= 0 && this.lex.cities.has(w)) return this.capitalisedRun(i).last
    // "offices in Leeds, Glasgow and Cardiff", "Designation: Consultant, Lagos": a large city's name alone is the city
    if ((!cue || labelCue) && ext < 0 && this.lex.cities.has(w)) return i
    // "lives in Charlotte", "flying to Austin", "Savannah, Georgia": a lone name where a place goes
    if ((!cue || labelCue) && ext < 0 && this.where(i, prev)) {
      this.places.add(w)
      return i
    }
    // "... or the one in Sydney? Agent: Sydney, level twelve": a word said as a place before, said alone again
    // (also after a turn's label, which cues a name only for want of anything better)
    if ((!cue || (!phrase && this.colonBefore(i))) && ext < 0 && this.places.has(w)) return i
    // "Hi, I'm Max, Beacon Health's digital assistant", "i'm ava your virtual assistant": a bot's name is no person's
    if (ext < 0 && (this.followedBy(BOT_AFTER, i) || this.followedBy(BOT_LABEL_AFTER, i))) return i
    // "This is Greenleaf pharmacy", "this is maple federal": a firm announcing itself, even after a cue
    if (!title && this.firmWordAfter(ext < 0 ? i : ext)) return ext < 0 ? i : ext
    // "calling from Castlebridge Care", "Sage Payroll v29.1": a capitalised firm's word as the pair's second word
    // (not a frequent surname as the second word: "Mark Bank" may be a person)
    if (!title && !phrase && cap && !this.lowerMode && ext === i + 2 && this.cap(ext) && FIRM_AFTER.has(this.word(ext)) && (this.lex.surnames.get(this.word(ext)) ?? Infinity) >= 5000) return ext
    // "you're through to Westbrook High": a school by its grade after a word no one is given, even after a cue
    // (a surname that frequent as the grade's word, "High", still takes a given name before it: "Amy High")
    if (!title && cap && !this.lowerMode && ext === i + 2 && this.cap(ext) && SCHOOL_GRADES.has(this.word(ext)) && !this.lex.firstNames.has(w)) return ext
    // "Thank you,\nCoastal Parcel Customer Care": a line that ends in a team's noun signs for the team
    if (!title && cap && !this.lowerMode && TEAM_LINE_REST.test(this.text.slice(this.tokens.end(ext < 0 ? i : ext), this.tokens.end(ext < 0 ? i : ext) + 80))) return ext < 0 ? i : ext
    // "my dog Max", "our cat, Luna": a pet's name is no person's
    if (!phrase && ANIMAL_WORDS.has(prev[0] ?? '')) return ext >= 0 ? ext : i
    // "a little terrier called Buddy", "dogs like Rocky or Daisy", "adopting Luna (DSH, 3y)"
    if (!title && this.animal(i)) return i
    // "Charlie, my cocker spaniel", "Rocky (labrador)": a name the words after it say is an animal's
    if (ext < 0 && this.animalAfter(i)) return i
    // "My Alexa keeps announcing", "our Jasper dropped off the wifi": a lone given name right after
    // "my"/"our" is what someone owns (a device, a pet); people are named after a relation ("my wife Ana")
    if (!cue && ext < 0 && OWNERS.has(prev[0] ?? '') && this.wordRightBefore(i)) return i
    // "Thank you for calling Maple & Main": who is called there is the firm
    if (prev[0] === 'calling' && prev[1] === 'for' && !title && this.wordRightBefore(i)) return ext >= 0 ? ext : i
    // "a pending charge from Dick's Sporting Goods", "declined at Hamilton Beach": where a card was used is a merchant
    if (!title && cap && !this.lowerMode && this.merchantBefore(i)) return this.capitalisedRun(i).last
    // "declined at Tiffany & Co.", "Austin Tire & Auto": a name before "&" and a firm's word
    if (!title && cap && !this.lowerMode && this.ampersandFirmAfter(ext < 0 ? i : ext)) return ext < 0 ? i : ext
    // "the Marriott Regina", "Marriott Courtyard Dallas": a hotel's name after its chain's
    if (!cue && !title && HOTEL_BRANDS.has(w) && cap && !this.lowerMode) return this.capitalisedRun(i).last
    // "Dell replaced the dock", "a Hilton in Leeds": a firm's name alone ("Michael Dell" stays a name)
    // ... or before a product's English name ("Dell Latitude", "Ford Focus")
    // ... even after a greeting or "by", when the word is no name at all ("Hi Safaricom, I sent ...", "assigned by Tesco")
    // ... or before the town of its branch ("Europcar Bristol counter", "Jumia Kenya")
    // ("you're through to Deloitte", "I spoke to Barclays": a cue's phrase does not make a firm that is no name a person; a title does)
    // (a bank the census also has as a surname is the bank but after a phrase naming a person: "contact Santander directly")
    const pureBrand = BRANDS.has(w) && !title && !this.afterNameIs(i) && ((!this.lex.firstNames.has(w) && !this.lex.surnames.has(w)) || (BANK_BRANDS.has(w) && !phrase))
    if ((!cue || pureBrand) && BRANDS.has(w) && (ext < 0 || this.known(this.word(ext)) || CAR_MAKES.has(w) || TYRE_MAKES.has(w) || REGIONS.has(this.word(ext)) || this.lex.cities.has(this.word(ext)))) return ext >= 0 ? ext : i
    // "Air Jordan 4 Retro", "Air Max 90", "a Jordan 4 restock": a name with a model's number after it is a product
    if (!cue && ext < 0 && cap && !this.lowerMode && this.modelNumberAfter(i)) return i
    // ... and a maker's name with its product's after it ("a Worcester Bosch 30i")
    if (!cue && ext >= 0 && cap && !this.lowerMode && this.productModelAfterRun(ext)) return ext
    // "Sydney, Nova Scotia", "Austin Texas": a word right before a region's name (one no one is named) names a place with it
    if (!cue && !title && ext < 0 && cap && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && this.cap(i + 2) && REGIONS.has(this.word(i + 2)) && this.lex.notNames.has(this.word(i + 2))) return i + 2
    // "fiber cut affecting Orlando 32801": a word right before a ZIP code is its town
    if (!cue && !title && ext < 0 && cap && this.zipCodeAfter(i)) return i
    // "a 2017 GMC Sierra": a capitalised word right after a car's make is its model
    if (!cue && !title && cap && !this.lowerMode && CAR_MAKES.has(prev[0] ?? '') && this.wordRightBefore(i)) return ext >= 0 ? ext : i
    // "It's a Dell Inspiron", "the Ford Maverick": a brand after an article is a product, whatever its model's name
    if (!cue && BRANDS.has(w) && ARTICLES.has(prev[0] ?? '')) return ext >= 0 ? ext : i
    // "the Ritz-Carlton": a name glued by a hyphen after a word that is none names a firm or a place
    if (!cue && this.afterHyphenedWord(i)) return ext >= 0 ? ext : i
    // "a flight from Houston Hobby", "the train from Fort Worth": where a journey starts, in two words too
    if (!cue && ext >= 0 && cap && prev[0] === 'from' && (TRAVELS_FROM.has(prev[1] ?? '') || this.numberedServiceBefore(i, 'from'))) return ext
    // "the corner of Washington and Adams", "Washington Street between Hamilton and Jackson": cross streets
    if (!cue && this.crossStreetAt(i)) return ext >= 0 ? ext : i
    // "near Somerset West", "from Palm Beach Gardens": a pair ending in a compass point is a place
    if (!cue && ext >= 0 && cap && !first && COMPASS_WORDS.has(this.word(ext)) && (PLACE_PREPOSITIONS.has(prev[0] ?? '') || LOCATIVES.has(prev[0] ?? ''))) return ext
    // "Carrier: Royal Mail", "Retailer: John Lewis": what an organisation's field holds is no person
    // ("Ordering provider: David Anderson, MD": a clinician's credential after the name makes it a person's)
    // ("Vendor: Margaret Anne Whitlock": two given names before a third word are a person's, whatever the field)
    if (!phrase && ORG_LABELS.has(prev[0] ?? '') && this.colonBefore(i) && !this.twoGivenNamesThenMore(i) && !CREDENTIAL_AFTER.test(this.text.slice(this.tokens.end(ext >= 0 ? ext : i), this.tokens.end(ext >= 0 ? ext : i) + 12))) return ext >= 0 ? ext : i
    // "im in augusta georgia": a word before a state or a country, after "in", is a town
    if (ext >= 0 && REGIONS.has(this.word(ext)) && (LOCATIVES.has(prev[0] ?? '') || LOCATIVE.has(prev[0] ?? '')) && !phrase) return ext
    // "the Denver warehouse", "a Jordan jersey": a lone first name after an article names a thing
    if (!cue && ext < 0 && ARTICLES.has(prev[0] ?? '') && !this.colonBefore(i)) return i
    // "two Madison chairs", "three Jordan hoodies": a quantity before a lone name and a noun after it
    if (!cue && ext < 0 && QUANTITIES.has(prev[0] ?? '') && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && !this.cap(i + 2) && this.known(this.word(i + 2))) return i
    // "by may the fifth", "june twelfth": a month before a day is a date
    // ... and "by june", "in april", "since august", "the end of may": a month after a word that dates
    if (MONTHS_AS_NAMES.has(w) && (this.dayFollows(i) || (!phrase && DATING_WORDS.has(prev[0] ?? '')))) return i
    // "Johnson & Johnson", "johnson and johnson": a firm
    if ((this.lex.surnames.get(w) ?? Infinity) < 1000 && this.sameWordJoined(i)) return i + 4
    let score = 0
    let detector = 'name-dictionary'
    // "Mr. J. Smith", "Dr C. Young": a title and an initial before a capitalised word, whatever the word
    if (cap && !this.lowerMode && this.titledInitials(i)) {
      score = 0.85
      detector = 'name-initial'
    } else if (title && (cap || this.lowerMode)) {
      score = 0.85
      detector = 'name-title'
    } else if (cap && !this.lowerMode && !common && (first || !this.known(w)) && NAME_ASKED_BEFORE.test(this.text.slice(Math.max(0, this.tokens.start(i) - 120), this.tokens.start(i)))) {
      // "And the first name?\nCustomer: Aaliyah.": a name (no English word) answering a question that asked for one
      score = 0.7
      detector = 'name-asked'
    } else if (first && cap && !this.lowerMode && common && !SEASONS_AND_MONTHS.has(w) && ((sentenceStart && this.speakerLabel(i) && this.dialogue()) || this.vocative(i))) {
      // "Will: Will it ship?", "Faith: After sign-off, Bill.": a given name that is a word too, labelling
      // a turn of a dialogue or addressed at the end of a clause, is the person
      score = 0.7
      detector = 'name-speaker'
    } else if (first) {
      if (cap && !this.lowerMode) score = common ? 0.2 : sentenceStart ? 0.5 : 0.6
      else if (!this.lowerMode && !common && ext >= 0 && !this.lex.commonWords.has(this.word(ext))) score = 0.55
      else score = common ? 0.1 : 0.25
      if (cue) score += 0.45
      if (ext >= 0 && cap && this.cap(ext) && !this.lowerMode) score = Math.max(score, common && sentenceStart ? 0.55 : 0.85)
      else if (ext >= 0 && this.lowerMode && !common && !this.lex.commonWords.has(this.word(ext))) score = Math.max(score + 0.1, 0.5)
      else if (ext >= 0) score += 0.1
      // "it was mark who answered": a first name that "who" refers back to, after "it was"
      if (ext < 0 && IT_WAS.has(prev[0] ?? '') && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && this.raw(i + 2) === 'who') score = Math.max(score, 0.6)
      // "lihua and joost both off sick", "ask dmitri": in lower-case chat, a given name English does
      // not know, where a person stands
      if (this.lowerMode && !common && !this.known(w) && w.length >= 3 && this.chatPerson(i, prev)) score = Math.max(score, 0.6)
      // "on behalf of a colleague  thandiwe": after a relation, a given name English does not know
      if (relatedUnknown && !common) score = Math.max(score, 0.6)
      // "Yeah, Will said he'd call", "to be honest grace told me": a given name that is also a word, right before
      // what only people say or think ("the bill said" and "may" the month stay words)
      // ("the help desk guy said", "the remote support guy asked": "guy" after a noun is the noun's man)
      if (common && ext < 0 && (cap || this.lowerMode) && !SEASONS_AND_MONTHS.has(w) && !ARTICLES.has(prev[0] ?? '') && !OWNERS.has(prev[0] ?? '') && !(w === 'guy' && !cap && prev[0] !== undefined && this.known(prev[0]) && !FUNCTION_WORDS.has(prev[0])) && this.speechVerbAfter(i)) score = Math.max(score, 0.6)
      // "oh um faith okonkwo from my church": in lower-case speech, a given name that is also a word, then a
      // surname English does not know
      if (this.lowerMode && common && ext >= 0 && this.lex.surnames.has(this.word(ext)) && !this.english(this.word(ext)) && !this.lex.commonWords.has(this.word(ext))) score = Math.max(score, 0.6)
      // "okay so jennifer is going to take the q three numbers": in lower-case speech, a given name (no
      // everyday word) doing what only people do
      if (this.lowerMode && !common && ext < 0 && w.length >= 3 && !ARTICLES.has(prev[0] ?? '') && !PLACE_PREPOSITIONS.has(prev[0] ?? '') && this.personVerbFollows(i)) score = Math.max(score, 0.6)
    } else if (relatedUnknown || (this.lowerMode && askedFor)) {
      // ("is that kavitha": who a caller asks for, a word no list knows)
      score = 0.6
      detector = 'name-cue'
    } else if (this.nameCue(i, prev) && !this.known(w) && /^[\p{L}][\p{L}'-]{2,}$/u.test(w)) {
      // "my name is vitoria": what follows "name is" is the name, when it is not an English word
      score = 0.7
      detector = 'name-cue'
    } else if (this.lowerMode && ((phrase && (prev[1] !== 'name' || this.nameCue(i, prev))) || STRONG_CUE_1.has(prev[0] ?? '')) && !this.english(w) && !SLANG.has(w) && /^\p{L}[\p{L}'-]{2,}$/u.test(w)) {
      // "this is agnieszka from billing", "got you down as wanjiru kamau": after a strong cue, a word English does not know
      score = 0.6
      detector = 'name-cue'
    } else if (this.lowerMode && !this.english(w) && !SLANG.has(w) && /^\p{L}[\p{L}'-]{2,}$/u.test(w) && this.addressedInSpeech(i)) {
      // "thiago can you keep an eye on the chat", "so linh you're up next": a word English does not know,
      // spoken to
      score = 0.6
      detector = 'name-cue'
    } else if (this.lowerMode && cue && !this.known(w) && ext >= 0 && this.lex.surnames.has(this.word(ext))) {
      // "hi it's jiyeon park": after a cue, an unknown word followed by a census surname
      score = 0.6
      detector = 'name-cue'
    } else if (!this.lowerMode && cap && this.nameCue(i, prev) && !ANSWER_WORDS.has(w)) {
      // "Name is River, social is ...": a capitalised word right after a person's "name is"
      // (not the answer's first word: "Can you spell the surname? Sure, K-O-W-A-L-C-Z-Y-K.")
      score = 0.7
      detector = 'name-cue'
    } else if (ext >= 0 && this.fullNameAfterCue(i, ext, prev, phrase)) {
      // "It's Sky Brown", "Okay River Wood,", "name is river king": after a cue, a word that is
      // also English ("River", "Sky") before a census surname still makes a full name
      score = 0.7
      detector = 'name-cue'
    } else if (
      (prev.includes('name') || ((prev[0] === 'is' || prev[0] === 'was') && SURNAME_WORDS.has(prev[1] ?? ''))) &&
      (prev[0] === 'name' ? !NAME_COMPOUNDS.has(w) : prev[1] !== 'name' || this.nameCue(i, prev)) &&
      (this.lex.surnames.get(w) ?? Infinity) < (common ? 5000 : 50000)
    ) {
      // "last name is smith", "name: okafor": a surname right after "name".
      score = 0.7
      detector = 'name-cue'
    } else if (this.lowerMode && w.length >= 3 && (this.lex.surnames.has(w) || (!this.english(w) && !SLANG.has(w))) && /^\p{L}[\p{L}'-]*$/u.test(w) && this.spokenInitialBefore(i) >= 0) {
      // "my name is j okafor", "the name on the account is mr k patel": in lower-case speech, an initial
      // after a person's "name is" (or a title after it), then a surname
      score = 0.7
      detector = 'name-initial-spoken'
    } else if (cap && !this.lowerMode && !common) {
      // "Okay Zephyrine, ...": after "okay" only a word English does not know ("Okay Great" is no one)
      // ... and after a turn's label, too ("Caller: Billing." answers a menu; "Caller: Zephyrine." names)
      // ("So it's UCAS code B940": capitals no list holds as a name are a body's initials, even after a cue)
      if (cue && ((prev[0] !== 'okay' && prev[0] !== 'ok' && !this.colonBefore(i)) || !this.known(w)) && !this.capitalsNoName(i) && !this.firmShaped(w)) {
        score = 0.7
        detector = 'name-cue'
      } else if (ext >= 0 && this.cap(ext)) {
        // Two capitalised words that are not common English words: a full name when one of them is
        // a known name, or when the pair is not at the start of a sentence.
        const w2 = this.word(ext)
        const known = this.lex.surnames.has(w2) || this.lex.surnames.has(w)
        const words = this.known(w) || this.known(w2) || this.lex.notNames.has(w2)
        if (known && !this.known(w)) score = sentenceStart ? 0.55 : 0.7
        else if (!words) score = sentenceStart && !this.foreignOrOwned(i, ext) ? 0.3 : 0.55
        // "Hanne I. Kreutzmann": a middle initial between two capitalised words is a name's shape.
        if (ext > i + 2 && !this.known(w)) score = Math.max(score, 0.7)
        // "Wulan Saputra scored twice", "Emir Babić has run the stall": two words no list knows, doing what people do
        if (!words && this.personVerbAfter(ext)) score = Math.max(score, 0.6)
        detector = 'name-pair'
      } else if (!this.known(w) && this.personVerbAfter(i) && !this.capitalsNoName(i)) {
        // ("SUSI asked for it", "HMRC says": capitals no list holds as a name are a body's initials)
        // "Tomomi is from Hawkins", "Mehrudin shouted at Todd": an unknown capitalised word doing what people do
        score = 0.6
        detector = 'name-subject'
      } else if (!this.known(w) && (this.relationOwner(i) || (sentenceStart && this.addressed(i)))) {
        // "him and Franciska's kid": someone whose relation is named; "Warrane, can I speak to ...":
        // someone addressed by name before a question or a request
        score = 0.6
        detector = 'name-subject'
      } else if (sentenceStart && !this.known(w) && !LABEL_CUES.has(w) && !SURNAME_WORDS.has(w) && !this.capitalsNoName(i) && this.speakerLabel(i) && !this.formFieldLabel(w)) {
        // "Ubul: What a wife.": an unknown capitalised word labelling a line of dialogue
        // ("HELOC: draw period ends ...": capitals no list holds as a name head a field; so does a word that opens
        // one line only of a form: "Vuelo: LA 2033 LIM-CUZ")
        score = 0.6
        detector = 'name-speaker'
      } else if ((this.lex.surnames.has(w) || (!this.known(w) && !STREET_COMPOUND.test(w) && !this.numberAfter(i))) && this.initialBefore(i) >= 0) {
        // "Prepared by: L. Fischer", "O. Odhiambo": an initial and a census surname or a word English does not know
        score = 0.7
        detector = 'name-initial'
      } else if (!this.known(w) && !STREET_COMPOUND.test(w) && !this.numberAfter(i) && this.bareInitialsOwn(i, w)) {
        // "Cardholder: J M Ortiz", "cc: K Nakamura": initials without full stops, before a census surname
        // that is no English word, or two before any word English does not know
        score = 0.7
        detector = 'name-initial'
      }
    }
    // "Okonkwo here.", "dawn here  from the mortgage team", "frank speaking": someone saying who answers
    if (score < 0.7 && (first || !this.english(w)) && !SLANG.has(w) && this.introducesSelf(i, ext >= 0 ? ext : i, prev)) {
      score = 0.7
      detector = 'name-cue'
    }
    // "Annelies van Dijk", "Saif bin Rashid": a capitalised word, a surname particle and a capitalised
    // surname are a name even where a sentence starts
    if (score < 0.6 && !this.lowerMode && ext >= 0 && cap && SURNAME_PARTICLES.has(this.word(ext)) && !this.cap(ext) && !this.known(w)) {
      score = 0.6
      detector = 'name-pair'
    }
    if (score < 0.5) return i
    const cuedName = cue || detector === 'name-cue'
    let lastTok = this.tail(ext >= 0 ? ext : i, cuedName)
    // "Chimamanda Ngozi Adichie": a third capitalised word that is no English word
    // ("Bùi Thị Thanh Hương", "Eoghan Mac Giolla Phádraig": and a fourth)
    const beforeMore = lastTok
    for (let more = 0; more < 2 && lastTok > i && !this.lowerMode && this.oneSpace(lastTok + 1) && this.tokens.kind(lastTok + 2) === TokenKind.Word && this.cap(lastTok + 2); more++) {
      const third = this.word(lastTok + 2)
      // "Mary Ann Smith": after a middle name, a frequent surname even when it is an English word too
      // ("Mei Ling Tan", "Jia Hui Ng": Tan and Ng rank past 2,000 in the census list)
      const afterMiddle = this.lex.firstNames.has(this.word(lastTok)) && (this.lex.surnames.get(third) ?? Infinity) < 5000
      if (third.length >= 2 && (!this.known(third) || afterMiddle) && !this.lex.notNames.has(third) && !PLACE_WORDS.has(third) && !NAME_SUFFIXES.has(third)) lastTok += 2
      else break
    }
    // ... and the particles and surname after it ("José Luis García de la Fuente")
    if (lastTok > beforeMore) lastTok = this.tail(lastTok, cuedName)
    // lower-case speech: "lucia fernandez ortega", "juan carlos rodriguez perez": two family names, each a
    // surname the census knows and no English word
    // ... and after a cue, the words English does not know that follow it ("my name is ngo ngoc linh",
    // "my spouse behnam moradi", "it's anahera te kani"): the rest of the name
    for (let more = 0; more < 2 && (lastTok > i || cuedName) && this.lowerMode && this.oneSpace(lastTok + 1) && this.tokens.kind(lastTok + 2) === TokenKind.Word; more++) {
      const next = this.word(lastTok + 2)
      if (next.length >= 3 && this.lex.surnames.has(next) && !this.known(next) && !this.lex.notNames.has(next) && !FILLERS.has(next)) lastTok += 2
      // (not another person's given name in a list, "yonas abebe sanjay and kirsty", a particle, a possessive
      // or a degree: "anna de la table", "santos ingrid's mum", "rodrigues md")
      else if (cuedName && next.length >= 2 && !this.english(next) && !SLANG.has(next) && !FILLERS.has(next) && !FUNCTION_WORDS.has(next) && !PARTICLES.has(next) && !NAME_SUFFIXES.has(next) && this.raw(lastTok + 2) === next && /^\p{L}[\p{L}'-]*$/u.test(next) && !(this.lex.firstNames.has(next) && this.listGoesOn(lastTok + 2))) lastTok += 2
      else break
    }
    const dotted = detector === 'name-initial' ? this.initialBefore(i) : -1
    const initial = detector === 'name-initial-spoken' ? this.spokenInitialBefore(i) : detector === 'name-initial' && dotted < 0 ? this.bareInitialsBefore(i) : dotted
    let start = this.tokens.start(initial >= 0 ? initial : i)
    // "Customer G. Pemberton", "under C. Llewellyn": a capital's initial and its full stop right before the name are its own
    if (initial < 0 && cap && !this.lowerMode && INITIAL_RIGHT_BEFORE.test(this.text.slice(Math.max(0, start - 4), start))) start -= 3
    let end = this.tokens.end(lastTok)
    // "[08:52] Greta C: ...", "Dana D. wrote": a surname's initial after the name belongs to it
    if (cap && !this.lowerMode) {
      const initial = SURNAME_INITIAL_AFTER.exec(this.text.slice(end, end + 4))
      if (initial !== null) end += initial[0].length
    }
    // "Maria's": the possessive is not part of the name.
    if (end - start > 2 && this.text.charCodeAt(end - 1) === 115 && "'\u2019".includes(this.text.charAt(end - 2))) end -= 2
    // "Martin Luther King Jr. Day", "Waitangi Day": a holiday; "Parkinson's disease", "Newton's laws": an eponym;
    // "Hunter green", "Rose gold": a colour
    const rest = this.text.slice(end, end + 24)
    const junior = /\b(?:Jr|Sr|Junior|junior|jr)$/.test(this.text.slice(start, end)) || /^\.?,?\s+(?:Jr|Sr|Junior|junior|jr)\b/.test(rest) ? JUNIOR_THEN.exec(rest)?.[1]?.toLowerCase() : undefined
    if (junior !== undefined && (PLACE_WORDS.has(junior) || SITE_NOUNS.has(junior))) return lastTok
    // "J for Juliet", "M as in Mary": a spelling alphabet's word after its letter
    if (lastTok === i && spellingWordAt(this.text, start)) return lastTok
    if (HOLIDAY_AFTER.test(rest) || EPONYM_AFTER.test(rest) || EPONYM_THING_AFTER.test(rest) || (!this.lowerMode && AWARD_AFTER.test(rest)) || (!this.lowerMode && COLOUR_AFTER.test(rest)) || (lastTok > i && this.raw(lastTok) === 'day' && this.cap(lastTok))) return lastTok
    if (DISEASE_EPONYMS.has(this.word(lastTok)) && this.possessive(lastTok)) return lastTok
    // "Viento Verde S.L.", "Wiśniewski Tech sp. z o.o.", "Ipanema Store Ltda": a firm's name before its legal form
    // ... or before one or two more capitalised words and its legal form ("Summer Breeze Pools LLC")
    if (LEGAL_FORM_AFTER.test(this.text.slice(end, end + 14)) || FIRM_WORDS_THEN_LEGAL_FORM.test(this.text.slice(end, end + 48))) return lastTok
    // "Harrison & Co.", "Dawson and Sons", "Foster & Webb LLP": a firm named after its founders
    // (not "Emma & Co. came over": a given name alone is a person and her friends)
    const given = lastTok === i && this.lex.firstNames.has(this.word(i)) && (this.lex.surnames.get(this.word(i)) ?? Infinity) > RARE_SURNAME_RANK
    if (!given && FIRM_TAIL_AFTER.test(this.text.slice(end, end + 40))) return lastTok
    // "looking for Bristol Road", "on Elizabeth Street": a street named after a person or a place
    if (this.streetAfter(lastTok)) return lastTok
    // "Johannes Vermeerstraat 4", "Maria Theresia-Straße": a given name before a street's one-word name is the street's
    if (lastTok === i && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && this.cap(i + 2) && streetCompound(this.word(i + 2))) return lastTok
    // "Tagore Hall, room 1.19", "Ramanujan Block, room 214", "Brunel Hall - block C": a building's name before a room in it
    // (not "Samantha Hall, room 12": a given name first makes it a person)
    if (lastTok > i && BUILDING_WORDS.has(this.word(lastTok)) && !this.lex.firstNames.has(w) && ROOM_AFTER.test(rest)) return lastTok
    const name: Candidate = { type: 'person_name', start, end, confidence: Math.min(1, score), detector, validated: false }
    this.out.push(name)
    if (!cuedName && !title && lastTok === i && initial < 0 && score < 0.7) this.lone.push({ name, word: w, at: i, score })
    return lastTok
  }

  /**
   * The name's last token, extended over a hyphenated part ("Delacroix-Whitby") and over surname particles
   * before a capitalised word ("Dyan van Gijn", "Maika van de Noort").
   */
  /**
   * An Irish, Scottish or Welsh surname after a given name, opened by its particle ("siobhan ni chonaill", "gearoid o
   * riain", "dafydd ap gwilym", "orla nic an tsaoir", "Ciarán Ó hEadhra"): the last token of the surname, or `last`. After
   * the particle a word English does not know (a surname the lists hold, in lower-case speech), or written with a capital,
   * or mutated with its capital second ("hEadhra", "tSaoir", "bhFiach").
   */
  private gaelicSurnameAfter(last: number): number {
    const tk = this.tokens
    // (the name read so far may end in the particle itself: "Orla Nic" of "Orla Nic an tSaoir")
    let k = last
    if (!GAELIC_PARTICLES.has(this.word(last))) {
      if (!this.oneSpace(last + 1) || tk.kind(last + 2) !== TokenKind.Word || !GAELIC_PARTICLES.has(this.word(last + 2))) return last
      k = last + 2
    }
    // ("nic an tSaoir", "mac an tsaoi": the article after "nic", "mac" or "mhic")
    if (this.word(k) !== 'o' && this.word(k) !== 'ó' && this.oneSpace(k + 1) && tk.kind(k + 2) === TokenKind.Word && this.word(k + 2) === 'an') k += 2
    if (!this.oneSpace(k + 1) || tk.kind(k + 2) !== TokenKind.Word) return last
    const w = this.word(k + 2)
    if (w.length < 3 || FUNCTION_WORDS.has(w)) return last
    const raw = this.text.slice(tk.start(k + 2), tk.end(k + 2))
    const surname = this.lowerMode ? !this.known(w) || (this.lex.surnames.has(w) && !this.lex.commonWords.has(w)) : this.cap(k + 2) || GAELIC_MUTATED.test(raw)
    return surname ? k + 2 : last
  }

  private tail(last: number, cued = false): number {
    const tk = this.tokens
    const gaelic = this.gaelicSurnameAfter(last)
    if (gaelic > last) return gaelic
    // "vasquez-lund", "Ferreira-nunes": a hyphenated surname's second part, a surname or no English word
    // ... and after a cue any part ("my dad jae-won lee", "it's park min-seo": Korean given names)
    const hyphenPart = (k: number): boolean => {
      if (tk.kind(k + 1) !== TokenKind.Other || !'-\u2010'.includes(this.text.charAt(tk.start(k + 1))) || tk.end(k + 1) - tk.start(k + 1) !== 1) return false
      if (tk.kind(k + 2) !== TokenKind.Word || this.raw(k) !== this.word(k)) return false
      const w = this.word(k + 2)
      // ("Tanaka-san", "Ito-sama": a Japanese honorific after the name is no part of it)
      if (HONORIFIC_SUFFIXES.has(w)) return false
      return w.length >= 2 && !FUNCTION_WORDS.has(w) && ((this.lex.surnames.has(w) && !this.lex.commonWords.has(w)) || !this.known(w) || (cued && this.lowerMode))
    }
    if (this.lowerMode) {
      if (hyphenPart(last)) return last + 2
      // "khalid bin rashid", "jan van der berg", "maria de la cruz": particles, then a surname or a word English does not know
      let k = last
      while (this.oneSpace(k + 1) && tk.kind(k + 2) === TokenKind.Word && PARTICLES.has(this.raw(k + 2)) && k - last < 6) k += 2
      // "radomir al-masri": the particle joined to the surname by a hyphen
      if (k > last && hyphenPart(k)) return k + 2
      if (k === last || !this.oneSpace(k + 1) || tk.kind(k + 2) !== TokenKind.Word) return last
      const w = this.word(k + 2)
      const surname = this.lex.surnames.has(w) && !this.lex.commonWords.has(w)
      return w.length >= 3 && !FUNCTION_WORDS.has(w) && (surname || !this.known(w)) ? k + 2 : last
    }
    let end = last
    let second = false
    // "Aoife Ni Bhriain", "Ana de Souza" taken up to the particle: the surname follows it
    if (PARTICLES.has(this.raw(end)) && this.oneSpace(end + 1) && tk.kind(end + 2) === TokenKind.Word && this.cap(end + 2) && !streetCompound(this.word(end + 2))) end += 2
    for (let step = 0; step < 3; step++) {
      const hyphen = tk.kind(end + 1) === TokenKind.Other && '-\u2010'.includes(this.text.charAt(tk.start(end + 1)))
      if ((hyphen && tk.kind(end + 2) === TokenKind.Word && this.cap(end + 2) && this.raw(end) === this.word(end)) || hyphenPart(end)) {
        end += 2
        continue
      }
      let k = end
      while (this.oneSpace(k + 1) && tk.kind(k + 2) === TokenKind.Word && PARTICLES.has(this.raw(k + 2))) k += 2
      // "Omar al-Farsi", "Ahmed bin Abdullah al-Mansouri": the last particle joined to the surname by a hyphen
      const joined = k > end && tk.kind(k + 1) === TokenKind.Other && '-\u2010'.includes(this.text.charAt(tk.start(k + 1))) && tk.end(k + 1) - tk.start(k + 1) === 1
      if (k > end && (this.oneSpace(k + 1) || joined) && tk.kind(k + 2) === TokenKind.Word && this.cap(k + 2) && !streetCompound(this.word(k + 2))) {
        end = k + 2
        continue
      }
      // "Esteban Quiroga Lama reports", "Rocío Beltrán Arenas, mi prima": a second surname after two capitalised words
      // of the name, as Spanish and Portuguese names carry: a surname the lists hold and no everyday word, no given name,
      // place or firm, before a word in lower case or a stop (its particles and hyphens after it, as above)
      if (!second && this.secondSurnameAfter(end)) {
        second = true
        end += 2
        continue
      }
      break
    }
    return end
  }

  /** Word `end` and the capitalised word before it end a name, and the capitalised word after is a second surname. */
  private secondSurnameAfter(end: number): boolean {
    const tk = this.tokens
    if (end < 2 || tk.kind(end - 1) !== TokenKind.Space || tk.kind(end - 2) !== TokenKind.Word || !this.cap(end - 2) || !this.oneSpace(end + 1) || tk.kind(end + 2) !== TokenKind.Word || !this.cap(end + 2) || this.raw(end) !== this.word(end)) return false
    const w = this.word(end + 2)
    const after = end + 3
    const closes = tk.kind(after) !== TokenKind.Space || tk.kind(after + 1) !== TokenKind.Word || !this.cap(after + 1)
    return closes && this.lex.surnames.has(w) && !this.lex.notNames.has(w) && !this.lex.commonWords.has(w) && !this.lex.firstNames.has(w) && !PLACE_WORDS.has(w) && !FIRM_WORDS.has(w) && !this.lex.cities.has(w) && !this.sentenceStart(end + 2)
  }

  /** The word after word i is one English does not know (a surname such as "mensah", "oyelowo"). */
  private unknownWordAfter(i: number): boolean {
    if (!this.oneSpace(i + 1) || this.tokens.kind(i + 2) !== TokenKind.Word) return false
    const next = this.word(i + 2)
    return !this.known(next) && !this.lex.notNames.has(next) && !SLANG.has(next) && /^\p{L}[\p{L}'-]{2,}$/u.test(next)
  }

  /** The last token of a capitalised hyphenated word starting at word i ("Jean-Luc", "Mary-Kate"), else i. */
  private hyphenEnd(i: number): number {
    const tk = this.tokens
    let end = i
    while (!this.lowerMode && tk.kind(end + 1) === TokenKind.Other && '-\u2010'.includes(this.text.charAt(tk.start(end + 1))) && tk.end(end + 1) - tk.start(end + 1) === 1 && tk.kind(end + 2) === TokenKind.Word && (this.cap(end + 2) || this.lowerPartBeforeSurname(end + 2))) end += 2
    return end
  }

  /** Word i is glued by a hyphen to a capitalised word before it that is no name ("Ritz-Carlton", not "Garcia-Smith"). */
  private afterHyphenedWord(i: number): boolean {
    const tk = this.tokens
    if (this.lowerMode || tk.kind(i - 1) !== TokenKind.Other || tk.end(i - 1) - tk.start(i - 1) !== 1 || !'-\u2010'.includes(this.text.charAt(tk.start(i - 1))) || tk.kind(i - 2) !== TokenKind.Word || !this.cap(i - 2)) return false
    const w = this.word(i - 2)
    return !this.lex.firstNames.has(w) && (this.lex.surnames.get(w) ?? Infinity) > 5000
  }

  /** "Ji-woo Baek", "Seo-yeon Park": a short lower-case part of a given name, then a capitalised surname. */
  private lowerPartBeforeSurname(k: number): boolean {
    const len = this.tokens.end(k) - this.tokens.start(k)
    return len >= 2 && len <= 5 && this.oneSpace(k + 1) && this.tokens.kind(k + 2) === TokenKind.Word && this.cap(k + 2) && !this.sentenceStart(k + 2) && (this.lex.surnames.has(this.word(k + 2)) || !this.known(this.word(k + 2)))
  }

  /**
   * The surname token after word i, possibly across a middle initial ("Faina D. Yefremova"), or -1.
   * `cued`: a cue ("my name is") came before the first name, so in lower-case text a word outside the
   * dictionaries and the English vocabulary counts as a surname ("my name is priya raghunathan").
   */
  private extension(i: number, cued = false): number {
    if (this.raw(i) !== this.word(i)) return -1 // "Oneal's Mrs": nothing follows a possessive
    // "olga krylova's killers", "aksel kristensen": in lower-case text a given name that is no English
    // word vouches for a surname no dictionary holds, as a cue does
    const w = this.word(i)
    const vouched = cued || (this.lowerMode && this.lex.firstNames.has(w) && !this.known(w) && !this.namesAThing(i))
    // "and the name is lerato lerato dlamini": a given name said again (a restart) before the rest of the name
    const tk = this.tokens
    // (one space apart: a restart after a pause, "june  june osei", is read by the cue past the pause)
    if (this.lowerMode && this.oneSpace(i + 1) && tk.kind(i + 2) === TokenKind.Word && this.word(i + 2) === w && this.word(tk.wordBefore(i)) !== w) {
      const again = this.extension(i + 2, vouched)
      return again >= 0 ? again : i + 2
    }
    const direct = this.extensionAt(i, i + 2, vouched)
    if (direct >= 0) return direct
    // Middle initial: Word Space Initial [.] Space Word. In lower-case text the initial is any letter
    // but "a" and "i", which are words ("marcus j. abernathy", but "marcus i think")
    const ini = i + 2
    if (tk.kind(i + 1) !== TokenKind.Space || tk.kind(ini) !== TokenKind.Word || tk.end(ini) - tk.start(ini) !== 1) return -1
    const c = this.text.charCodeAt(tk.start(ini))
    if (this.lowerMode ? c < 98 || c > 122 || c === 105 : !isUpper(c)) return -1
    let k = ini + 1
    if (tk.kind(k) === TokenKind.Other && this.text.charCodeAt(tk.start(k)) === 46) k++
    if (k > i + 4 || tk.kind(k) !== TokenKind.Space) return -1
    // "Declan T. de Paor": particles after the initial, then the capitalised surname
    if (!this.lowerMode && tk.kind(k + 1) === TokenKind.Word && PARTICLES.has(this.raw(k + 1))) {
      let m = k + 1
      while (m - k < 8 && PARTICLES.has(this.raw(m)) && this.oneSpace(m + 1) && tk.kind(m + 2) === TokenKind.Word) m += 2
      return m > k + 1 && this.cap(m) ? m : -1
    }
    return this.extensionAt(k - 1, k + 1, this.lowerMode && vouched)
  }

  /**
   * Where a name with lower-case surname particles before word i starts when a title stands before them
   * ("Mr. de Vries": the particles) or an initial does ("P. van der Merwe": the initial), else -1.
   */
  private titledParticlesStart(i: number): number {
    const tk = this.tokens
    let k = i
    while (this.oneSpace(k - 1) && tk.kind(k - 2) === TokenKind.Word && !this.cap(k - 2) && PARTICLES.has(this.raw(k - 2)) && i - k < 8) k -= 2
    if (k === i || !this.oneSpace(k - 1)) return -1
    let t = k - 2
    if (tk.kind(t) === TokenKind.Other && this.text.charCodeAt(tk.start(t)) === 46 && tk.end(t) - tk.start(t) === 1) t--
    if (t < 0 || tk.kind(t) !== TokenKind.Word) return -1
    // ("P. van der Merwe", "t.n.v. S. de Vries": an initial is part of the name)
    if (t < k - 2 && tk.end(t) - tk.start(t) === 1 && /\p{Lu}/u.test(this.text.charAt(tk.start(t)))) return t
    return this.word(t) !== 'st' && (TITLES.has(this.word(t)) || ABBREVIATED_TITLES.has(this.word(t))) ? k : -1
  }

  /**
   * Word i (and maybe the word after it) signs the message after a dash at its end: "Thanks. - Jack",
   * "... the app.\n— Priya Raman".
   */
  private dashSignature(i: number): boolean {
    // (the mark before it first: most capitalised words follow a letter, not a dash)
    const mark = this.markBefore(i)
    if (mark !== '-' && mark !== '\u2013' && mark !== '\u2014') return false
    if (!DASH_BEFORE.test(this.text.slice(Math.max(0, this.tokens.start(i) - 6), this.tokens.start(i)))) return false
    const next = this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && this.cap(i + 2) ? i + 2 : i
    return /^[.!]?\s*$/.test(this.text.slice(this.tokens.end(next)))
  }

  /**
   * Capitalised word i (maybe with a second capitalised word) takes an action in minutes: it opens an
   * item or follows "Action:", and "to" and an action's verb follow it ("- Okafor to follow up",
   * "Action: Moran + BH to fix ...").
   */
  private actionOwner(i: number): boolean {
    const start = this.tokens.start(i)
    // (the mark before it first: most capitalised words follow a letter)
    const mark = this.markBefore(i)
    if (mark !== '-' && mark !== '*' && mark !== '\u2022' && mark !== '.' && mark !== ')' && mark !== ':') return false
    if (!ACTION_ITEM_BEFORE.test(this.text.slice(Math.max(0, start - 16), start))) return false
    const w = this.word(i)
    if (this.known(w) && !this.lex.surnames.has(w) && !this.lex.firstNames.has(w)) return false
    const next = this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && this.cap(i + 2) ? i + 2 : i
    return ACTION_AFTER.test(this.text.slice(this.tokens.end(next), this.tokens.end(next) + 40))
  }

  /** Word k is followed by "and", "or" or a comma: an item of a list of names. */
  private listGoesOn(k: number): boolean {
    if (this.tokens.kind(k + 1) === TokenKind.Other && this.text.charAt(this.tokens.start(k + 1)) === ',') return true
    return this.oneSpace(k + 1) && this.tokens.kind(k + 2) === TokenKind.Word && (this.raw(k + 2) === 'and' || this.raw(k + 2) === 'or')
  }

  /** " on the line" follows word i, or the one or two words after it ("i have harish sharma on the line"). */
  private onTheLineAfter(i: number): boolean {
    let k = i
    for (let words = 0; words < 4; words++) {
      if (ON_THE_LINE.test(this.text.slice(this.tokens.end(k), this.tokens.end(k) + 13))) return true
      if (!this.oneSpace(k + 1) || this.tokens.kind(k + 2) !== TokenKind.Word) return false
      k += 2
    }
    return false
  }

  /**
   * Word i starts the display name of an e-mail address: up to four capitalised words, then
   * " <mailbox@domain>" ("Kateryna Kovalenko <k.kovalenko@northbridge.ac.uk>"). Not a team's or a
   * service's name, whose words English knows ("Student Services <...>") unless one is a given name.
   */
  private displayNameAt(i: number): boolean {
    // (most texts hold no address in angle brackets: one search per scan)
    if (!(this.angleBracket ??= this.text.includes('<'))) return false
    const tk = this.tokens
    let last = i
    while (last - i < 6 && this.oneSpace(last + 1) && tk.kind(last + 2) === TokenKind.Word && this.cap(last + 2)) last += 2
    if (!DISPLAY_ADDRESS_AFTER.test(this.text.slice(tk.end(last), tk.end(last) + 80))) return false
    for (let k = i; k <= last; k += 2) if (!this.known(this.word(k)) || (this.lex.firstNames.has(this.word(k)) && !this.lex.commonWords.has(this.word(k)))) return true
    return false
  }

  /** Particles from word j on, then a capitalised word that is no sentence's start. */
  private particlesThenCapital(j: number): boolean {
    const tk = this.tokens
    let k = j
    while (this.oneSpace(k + 1) && tk.kind(k + 2) === TokenKind.Word && PARTICLES.has(this.raw(k + 2)) && k - j < 6) k += 2
    return this.oneSpace(k + 1) && tk.kind(k + 2) === TokenKind.Word && this.cap(k + 2) && !this.sentenceStart(k + 2) && !streetCompound(this.word(k + 2))
  }

  /** Word token j as a surname after the token before the space at j - 1. */
  private extensionAt(i: number, j: number, cued = false): number {
    const tk = this.tokens
    if (tk.kind(j - 1) !== TokenKind.Space || tk.kind(j) !== TokenKind.Word) return -1
    const spStart = tk.start(j - 1)
    const spEnd = tk.end(j - 1)
    // in lower-case speech two spaces mark a clause break ("mrs warsame  amara seventy three at ..."), unless a given
    // name is followed past the pause by a surname that is no given name and no everyday word ("kwame  asante",
    // "colin  ashcroft": a name said with a breath between its parts)
    // (... or, after a name's cue, by a surname the census knows or a word no list knows: "name  mei  chen", "under bronte  kelly")
    const paused = this.lowerMode && spEnd - spStart === 2 && (this.pausedSurname(i, j) || (cued && this.cuedPausedSurname(j)))
    if ((spEnd - spStart > (this.lowerMode ? 1 : 2) && !paused) || this.text.slice(spStart, spEnd).includes('\n')) return -1
    const w = this.word(j)
    // ("Larissa Nascimento", "Kevin French": a word kept from names that is a surname too, after a given name, is the surname)
    if (w.length < 2 || FUNCTION_WORDS.has(w) || FILLERS.has(w) || (this.lex.notNames.has(w) && !this.surnameAfterGiven(i, w))) return -1
    // ("Johannes Vermeerstraat 4": a street named after a person is no surname)
    if (streetCompound(w)) return -1
    // ("PA PA687260074", "with PA PA-3319503": letters glued to digits open a code)
    if (this.keyBeforeDigits(j)) return -1
    // ("this is kwame may i have your name": a modal verb before its subject, not the surname May)
    if ((w === 'may' || w === 'might' || w === 'can' || w === 'will') && (this.lowerMode || !this.cap(j)) && this.oneSpace(j + 1) && SUBJECT_PRONOUNS.has(this.raw(j + 2))) return -1
    // "ben you've got the floor": a pronoun's contraction is no surname
    if (functionWordContraction(w)) return -1
    // a particle starts the surname ("bridget ni dhomhnaill"): `tail` takes it with what follows
    if (this.lowerMode && PARTICLES.has(w)) return -1
    const rank = this.lex.surnames.get(w)
    const common = this.lex.commonWords.has(w)
    if (!this.lowerMode) {
      // "Anna van Leeuwen", "Saif bin Rashid": a Dutch, German or Arabic particle before a capitalised
      // surname (`tail` takes the particles and the surname); not "de"/"del", which place names have too
      if (SURNAME_PARTICLES.has(w) && !this.cap(j) && this.particlesThenCapital(j)) return j
      if (!this.cap(j)) {
        // "follow up with patricia desrosiers": a lower-case pair in mixed-case text, both in the dictionaries.
        // "my name is tomasz wisniewski": after a cue, a lower-case word no dictionary knows
        const lowerPair = !this.cap(i) && ((rank !== undefined && !common) || (cued && w.length >= 3 && /^\p{Ll}[\p{Ll}'-]*$/u.test(w) && !this.known(w)))
        if (!lowerPair) return -1
        return j
      }
      if (this.sentenceStart(j)) return -1
      return rank !== undefined || !common ? j : -1
    }
    if (rank === undefined) return cued && w.length >= 3 && /^\p{Ll}[\p{Ll}'-]*$/u.test(w) && !this.known(w) ? j : -1
    return !common || rank < 1000 ? j : -1
  }


  /** The word joined to word i by a hyphen ("Harley-Davidson") or " & " ("Simon & Schuster"), else -1. */
  private joinedPartner(i: number): number {
    const tk = this.tokens
    if (tk.kind(i + 1) === TokenKind.Other && this.text.charAt(tk.start(i + 1)) === '-' && tk.kind(i + 2) === TokenKind.Word) return i + 2
    if (this.oneSpace(i + 1) && tk.kind(i + 2) === TokenKind.Other && this.text.charAt(tk.start(i + 2)) === '&' && this.oneSpace(i + 3) && tk.kind(i + 4) === TokenKind.Word) return i + 4
    // "Marks and Spencer", "ben and jerry's": the pair joined by "and" (only a firm's pair is taken)
    if (this.oneSpace(i + 1) && tk.kind(i + 2) === TokenKind.Word && this.raw(i + 2) === 'and' && this.oneSpace(i + 3) && tk.kind(i + 4) === TokenKind.Word) return i + 4
    return -1
  }

  /** "thank you so much malik", "thanks very much, Priya": a name after thanks and "so/very much". */
  /**
   * A family's noun after word i ("the Nguyen family"), word i no English word or a frequent surname
   * ("the Smith family"; "the Royal family", "the New family" are none).
   */
  private familyAfter(i: number, w: string): boolean {
    if (!this.oneSpace(i + 1) || this.tokens.kind(i + 2) !== TokenKind.Word) return false
    const noun = this.raw(i + 2)
    const foreign = !this.lex.commonWords.has(w) && !this.english(w)
    // (a booking's party only after a word English does not have: "the Green party" is a political one)
    if (PARTY_NOUNS.has(noun)) return foreign && (this.lex.surnames.has(w) || !this.known(w))
    return FAMILY_NOUNS.has(noun) && (foreign || (this.lex.surnames.get(w) ?? Infinity) < FAMILY_SURNAME_RANK)
  }

  private thanksSoMuch(i: number, prev: readonly string[]): boolean {
    if (prev[0] !== 'much' || (prev[1] !== 'so' && prev[1] !== 'very')) return false
    const p = this.prevWords(i, 4)
    return p[2] === 'thanks' || (p[2] === 'you' && p[3] === 'thank')
  }

  /** Word i, then "and" or "&", then the same word ("Johnson & Johnson"). */
  private sameWordJoined(i: number): boolean {
    const tk = this.tokens
    if (!this.oneSpace(i + 1) || !this.oneSpace(i + 3) || tk.kind(i + 4) !== TokenKind.Word) return false
    const joiner = tk.kind(i + 2) === TokenKind.Word ? this.raw(i + 2) : this.text.charAt(tk.start(i + 2))
    return (joiner === 'and' || joiner === '&') && this.raw(i + 4) === this.raw(i)
  }

  /**
   * Word i and the surname at `ext` follow a cue closely enough to be a full name although word i
   * is also an English word: capitalised after a cue phrase or a strong cue ("It's Sky Brown"), or,
   * in lower-case speech, after "name is" or a greeting and "it's" ("hi it's brook king"). The
   * surname must be a frequent census surname and no place word ("It's Central Park").
   */
  private fullNameAfterCue(i: number, ext: number, prev: readonly string[], phrase: boolean): boolean {
    const w2 = this.word(ext)
    const rank = this.lex.surnames.get(w2)
    if (PLACE_WORDS.has(w2) || this.lex.notNames.has(this.word(i)) || PLACE_PREFIXES.has(this.word(i))) return false
    // ("I'm Justice Boateng", "it's Promise Nwosu": in mixed case, a capitalised surname English does not know serves too)
    const unknownSurname = !this.lowerMode && !this.known(w2) && !this.lex.notNames.has(w2) && !this.lex.cities.has(w2) && /^\p{L}[\p{L}'-]{2,}$/u.test(w2)
    if ((rank === undefined || rank >= 5000) && !unknownSurname) return false
    // ("Customer Memory Banda forgot her PIN": a role's word cues such a pair too)
    if (!this.lowerMode) return this.cap(i) && this.cap(ext) && !this.sentenceStart(i) && (phrase || CUE_1.has(prev[0] ?? '') || (unknownSurname && ROLE_NOUNS.has(prev[0] ?? '')))
    return this.nameCue(i, prev) || ((prev[0] === "it's" || prev[0] === 'its') && GREETINGS.has(prev[1] ?? ''))
  }

  /**
   * The name from word i to word `last` opens a clause and is followed by "here" or "speaking" that
   * ends it ("Okonkwo here.", "frank speaking  how can i help", "dawn here from the mortgage team").
   */
  private introducesSelf(i: number, last: number, prev: readonly string[]): boolean {
    const tk = this.tokens
    if (!this.oneSpace(last + 1) || tk.kind(last + 2) !== TokenKind.Word) return false
    const verb = this.raw(last + 2)
    if (verb !== 'here' && verb !== 'speaking') return false
    // what follows: the end, punctuation, a clause break, or "from"/"calling"/"with"
    const after = last + 3
    const kind = tk.kind(after)
    const ends =
      kind === TokenKind.None ||
      kind === TokenKind.Other ||
      (kind === TokenKind.Space &&
        (tk.end(after) - tk.start(after) > 1 ||
          // the turn ends there ("gloria here\ncustomer: hiya")
          this.text.slice(tk.start(after), tk.end(after)).includes('\n') ||
          tk.kind(after + 1) === TokenKind.None ||
          // "gustavo here - card 2555 ...": a dash or other mark after a space
          tk.kind(after + 1) === TokenKind.Other ||
          SELF_INTRO_NEXT.has(this.raw(after + 1)) ||
          // "jonathan speaking hi we've got a viewing", "gloria here how can i help": the caller answers, or the agent asks
          (verb === 'speaking' && GREETINGS.has(this.raw(after + 1))) ||
          AGENT_QUESTIONS.has(this.raw(after + 1))))
    if (!ends) return false
    if (prev.length === 0 || GREETINGS.has(prev[0] ?? '')) return true
    // "Parkside Homes, uh, Hope speaking.", "hsbc customer care gloria here", "Delta customer care, Amelie here.": an
    // agent's name answering the phone after the business's name (a given name, or a word no list knows;
    // not "over here", "at tesco here")
    if (!HERE_BEFORE.has(prev[0] ?? '') && (this.lex.firstNames.has(this.word(i)) || this.unknownWord(this.word(i)))) return true
    const before = tk.kind(i - 1)
    return this.sentenceStart(i) || (before === TokenKind.Space && tk.end(i - 1) - tk.start(i - 1) > 1)
  }

  /** Word i is directly followed by ':' and then a space or a quote ("Ubul: ...", 'Heather:"I'm'). */
  /** Token k is a single space. */
  /**
   * The capitalised words one space apart around word token i: how many, the last one's index, how
   * many are English words and no given names. Computed once per run (the scan moves left to right,
   * so a run is entered at its first word), which keeps a text of nothing but capitals linear.
   */
  private capitalisedRun(i: number): CapitalisedRun {
    const cached = this.runCache
    if (cached !== undefined && i >= cached.first && i <= cached.last) return cached
    const tk = this.tokens
    // one blank (not a line break), and no possessive inside ("Terence Vassiliev's Cautionary Tales" is a name and a title)
    const joins = (space: number, word: number): boolean =>
      tk.kind(space) === TokenKind.Space && tk.end(space) - tk.start(space) === 1 && this.text.charCodeAt(tk.start(space)) === 32 && tk.kind(word) === TokenKind.Word && this.cap(word)
    const possessive = (word: number): boolean => {
      const e = tk.end(word)
      const q = this.text.charCodeAt(e - 2)
      return (this.text.charCodeAt(e - 1) | 32) === 115 && (q === 39 || q === 0x2019)
    }
    // a sentence's first word ("The Halldór Ó Árnþórsson version") is capitalised for another reason
    let first = i
    while (first >= 2 && joins(first - 1, first - 2) && !possessive(first - 2) && !FUNCTION_WORDS.has(this.word(first - 2))) first -= 2
    let last = i
    while (!possessive(last) && joins(last + 1, last + 2)) last += 2
    let words = 0
    // (a middle initial is no English word: "Customer Mitchell R Walsh")
    for (let k = first; k <= last; k += 2) if (tk.end(k) - tk.start(k) > 1 && this.known(this.word(k)) && !this.lex.firstNames.has(this.word(k))) words++
    const run = { first, last, count: (last - first) / 2 + 1, words }
    this.runCache = run
    return run
  }

  /** The word before "called"/"named" at k is a machine's or a thing's noun ("the box called", "the server's called"). */
  private thingCalled(k: number): boolean {
    if (!this.wordRightBefore(k)) return false
    return CALLED_THINGS.has(this.word(k - 2))
  }

  /** After a family word at i with no owner before it, the relative's given name (pushed as found); its last word, or -1. */
  private kinNamed(i: number): number {
    const k = i + 2
    // (mixed-case text only; after an owner or its adjective, "my dad jose santos", "my ex husband brodie kelly",
    // the relation's own rule reads the whole name)
    if (this.lowerMode || !this.oneSpace(i + 1) || this.tokens.kind(k) !== TokenKind.Word || !this.cap(k) || this.tokens.kind(i - 1) === TokenKind.Digits) return -1
    const before = this.prevWords(i, 1)[0] ?? ''
    if (OWNERS.has(before) || RELATION_ADJECTIVES.has(before)) return -1
    const w = this.word(k)
    if (!this.lex.firstNames.has(w) || this.lex.commonWords.has(w) || this.known(w)) return -1
    const last = this.capitalisedRun(k).last
    this.out.push({ type: 'person_name', start: this.tokens.start(k), end: this.tokens.end(last), confidence: 0.7, detector: 'name-relation', validated: false })
    return last
  }

  /**
   * "on" or "at" after word i, then a phone number's start: three digits or more, "+" or "(", or three
   * number words ("on 0903 ...", "at oh four one two"); not a time ("at nine", "at 9:30").
   */
  private numberOnAfter(i: number): boolean {
    const tk = this.tokens
    if (!this.oneSpace(i + 1) || tk.kind(i + 2) !== TokenKind.Word || (this.raw(i + 2) !== 'on' && this.raw(i + 2) !== 'at') || !this.oneSpace(i + 3)) return false
    // (a country code said as "plus": "on plus eight four nine ...")
    const k = tk.kind(i + 4) === TokenKind.Word && this.raw(i + 4) === 'plus' && this.oneSpace(i + 5) ? i + 6 : i + 4
    if (tk.kind(k) === TokenKind.Digits) return tk.end(k) - tk.start(k) >= 3 || k > i + 4
    if (tk.kind(k) === TokenKind.Other) return '+('.includes(this.text.charAt(tk.start(k))) && tk.kind(k + 1) === TokenKind.Digits
    for (let n = 0; n < 3; n++) if (tk.kind(k + 2 * n) !== TokenKind.Word || !isNumberWord(this.raw(k + 2 * n)) || (n > 0 && !this.oneSpace(k + 2 * n - 1))) return false
    return true
  }

  /** "on the file", "to my policy", "off the account" after word i: what holds a person's name. */
  private addedToHolder(i: number): boolean {
    const tk = this.tokens
    if (!this.oneSpace(i + 1) || tk.kind(i + 2) !== TokenKind.Word || !ADDED_TO.has(this.raw(i + 2).toLowerCase()) || !this.oneSpace(i + 3) || tk.kind(i + 4) !== TokenKind.Word) return false
    let k = i + 4
    if (DETERMINERS.has(this.word(k))) {
      if (!this.oneSpace(k + 1) || tk.kind(k + 2) !== TokenKind.Word) return false
      k += 2
    }
    return NAME_HOLDERS.has(this.word(k)) || HELD_ON.has(this.word(k))
  }

  /** Word i ends in a possessive "'s" ("Maria's"). */
  /** Word i, a possessive, owns a contact detail or a birth date ("Grace's mobile", "Daniel's email address"). */
  private contactOwner(i: number): boolean {
    if (!this.possessive(i) || !this.oneSpace(i + 1) || this.tokens.kind(i + 2) !== TokenKind.Word) return false
    return CONTACT_NOUNS.has(this.raw(i + 2))
  }

  /**
   * "Surname, Given" opening a field (after a label's colon, a quote or a bracket), its first and last
   * tokens: a capitalised surname (hyphenated, maybe after particles) no English word,
   * a comma, and a capitalised given name the dictionaries know and no common word, ending the field.
   */
  private invertedName(i: number): { start: number; last: number } | undefined {
    if (this.lowerMode || !this.cap(i)) return undefined
    const tk = this.tokens
    // the field's start before the surname (particles first: "van den Heuvel, Sanne")
    let s = i
    while (tk.kind(s - 1) === TokenKind.Space && tk.kind(s - 2) === TokenKind.Word && PARTICLES.has(this.raw(s - 2))) s -= 2
    let b = s - 1
    if (tk.kind(b) === TokenKind.Space) b--
    if (b < 0 || tk.kind(b) !== TokenKind.Other || !':"\'(<[\u201c'.includes(this.text.charAt(tk.start(b)))) return undefined
    const surnameEnd = this.hyphenEnd(i)
    const sw = this.word(i)
    if (this.known(sw) && !this.lex.surnames.has(sw)) return undefined
    if (!this.commaAt(surnameEnd + 1) || !this.oneSpace(surnameEnd + 2)) return undefined
    const g = surnameEnd + 3
    if (tk.kind(g) !== TokenKind.Word || !this.cap(g)) return undefined
    const gw = this.word(g)
    // (a given name that is a word too after a surname that is none: "Worker: Eze, Blessing")
    if (!this.lex.firstNames.has(gw) || (this.lex.commonWords.has(gw) && this.known(sw)) || REGIONS.has(gw)) return undefined
    // a second given name ("Ahmad Faiz", "María José")
    let last = g
    if (this.oneSpace(g + 1) && tk.kind(g + 2) === TokenKind.Word && this.cap(g + 2) && this.lex.firstNames.has(this.word(g + 2))) last = g + 2
    const after = tk.kind(last + 1)
    const ends = after === TokenKind.None || (after === TokenKind.Other && ',;"\')>]\u201d'.includes(this.text.charAt(tk.start(last + 1)))) || (after === TokenKind.Space && (this.text.slice(tk.start(last + 1), tk.end(last + 1)).includes('\n') || ['<', '('].includes(this.text.charAt(tk.end(last + 1)))))
    if (!ends) return undefined
    // "Canadian branches: Regina, Victoria, Kelowna": two given names listed with a city are towns
    if (this.lex.firstNames.has(sw) && this.listedWithCity(g)) return undefined
    return { start: s, last }
  }

  /**
   * "will" at word i is the modal verb: a pronoun or determiner follows it ("will my number transfer"),
   * or it opens a sentence that ends in a question mark ("Will Teddy need to stay in?").
   */
  private modalWill(i: number): boolean {
    const tk = this.tokens
    if (!this.oneSpace(i + 1) || tk.kind(i + 2) !== TokenKind.Word || this.raw(i) !== this.word(i)) return false
    if (MODAL_SUBJECTS.has(this.word(i + 2))) return true
    // "okay will do", "will be there": the verb a modal takes
    if (MODAL_VERBS.has(this.word(i + 2))) return true
    if (!this.sentenceStart(i)) return false
    for (let k = i + 1; k < tk.length && k < i + 60; k++) {
      if (tk.kind(k) !== TokenKind.Other) continue
      const c = this.text.charAt(tk.start(k))
      if (c === '?') return true
      if (c === '.' || c === '!' || c === '\n') return false
    }
    return false
  }

  /**
   * "name is", "name was", "name's" right before word i: spoken, not a form's "name:" (YAML has
   * those), and a person's name, not a login, file or plan name ("my login name is admin").
   */
  /** `nameCue` for token i, looking at the word before it first (most tokens stop there, with no allocation). */
  private afterNameIs(i: number): boolean {
    const j = this.tokens.wordBefore(i)
    if (j < 0) return false
    let before = this.raw(j)
    // "and your first name Debtor: jun": the word before the answer's turn label
    if (this.text.charCodeAt(this.tokens.end(j)) === 58 && this.cap(j) && this.speakersRole(j, before)) before = this.prevWords(i)[0] ?? ''
    return (before === 'is' || before === 'was' || FOREIGN_COPULAS.has(before) || before === "name's" || before === 'named' || before === 'name' || SURNAME_WORDS.has(before)) && this.nameCue(i, this.prevWords(i))
  }

  /** "the name on the card is", "name on file was" right before word i. */
  private nameOn(i: number, prev: readonly string[]): boolean {
    const p = this.prevWords(i, 5)
    // "the name on the account yaroslav fisher", "name on card: ...": the name read out right after what it is on
    // ... not what is said of it ("the name on the card doesn't match")
    if (NAME_HOLDERS.has(prev[0] ?? '')) return !this.word(i).endsWith("n't") && ((p[1] === 'on' && p[2] === 'name') || (DETERMINERS.has(p[1] ?? '') && p[2] === 'on' && p[3] === 'name'))
    if (prev[0] !== 'is' && prev[0] !== 'was') return false
    return (p[2] === 'on' && p[3] === 'name') || (p[3] === 'on' && p[4] === 'name')
  }

    /** A census surname follows word i after one space ("my husband bill brown"). */
  private surnameAfter(i: number): boolean {
    // (not a modal: "my landlord will call")
    if (MODAL_WORDS.has(this.word(i)) || !this.oneSpace(i + 1) || this.tokens.kind(i + 2) !== TokenKind.Word) return false
    // ... a frequent one when it is an English word too ("bill brown", not "rose early")
    const next = this.word(i + 2)
    return (this.lex.surnames.get(next) ?? Infinity) < (this.known(next) ? 500 : 5000)
  }

  /** Token k, after one space, is a verb whose subject comes right before it ("you are", "you have"). */
  private subjectVerbAt(k: number): boolean {
    return this.oneSpace(k - 1) && this.tokens.kind(k) === TokenKind.Word && SUBJECT_VERBS.has(this.raw(k))
  }

  spelled(i: number): boolean {
    return NATO_WORDS.has(this.word(i)) && this.natoRun(i) >= 3
  }

  /** How many spelling-alphabet words the run around word i holds (words of it, digits and single letters between them). */
  private natoRun(i: number): number {
    const tk = this.tokens
    const inRun = (k: number): boolean | undefined => {
      const kind = tk.kind(k)
      // (digits, number words, letters, hesitations and commas go between: "Romeo Foxtrot one nine, uh, Bravo Sierra Tango")
      if (kind === TokenKind.Word) return NATO_WORDS.has(this.word(k)) ? true : tk.end(k) - tk.start(k) === 1 || isNumberWord(this.word(k)) || FILLERS.has(this.word(k)) ? false : undefined
      if (kind === TokenKind.Other) return this.text.charAt(tk.start(k)) === ',' ? false : undefined
      return kind === TokenKind.Digits || (kind === TokenKind.Space && !this.text.slice(tk.start(k), tk.end(k)).includes('\n')) ? false : undefined
    }
    // (a few words either side at most, so a text of digits stays linear)
    let count = 1
    for (let k = i - 1; k >= 0 && k >= i - NATO_REACH && count < 3; k--) {
      const r = inRun(k)
      if (r === undefined) break
      if (r) count++
    }
    for (let k = i + 1; k < tk.length && k <= i + NATO_REACH && count < 3; k++) {
      const r = inRun(k)
      if (r === undefined) break
      if (r) count++
    }
    return count
  }

  /** What only people say or think follows word i, maybe after an adverb ("Will said", "Precious just told me"). */
  private speechVerbAfter(i: number): boolean {
    if (!this.oneSpace(i + 1) || this.tokens.kind(i + 2) !== TokenKind.Word) return false
    const next = this.raw(i + 2)
    if (SPEECH_VERBS.has(next)) return true
    return SPEECH_ADVERBS.has(next) && this.oneSpace(i + 3) && this.tokens.kind(i + 4) === TokenKind.Word && SPEECH_VERBS.has(this.raw(i + 4))
  }

  /** Word i is followed by what only a person does ("said", "told me", "will handle", "is going to", "is handling"). */
  private personVerbFollows(i: number): boolean {
    if (!this.oneSpace(i + 1) || this.tokens.kind(i + 2) !== TokenKind.Word) return false
    const verb = this.raw(i + 2)
    if (PERSON_VERBS.has(verb)) return true
    if (verb !== 'is' && verb !== 'was') return false
    if (!this.oneSpace(i + 3) || this.tokens.kind(i + 4) !== TokenKind.Word) return false
    const next = this.raw(i + 4)
    return next === 'going' || (next.length > 5 && next.endsWith('ing') && this.known(next))
  }

  private relativeAsSubject(i: number): boolean {
    const tk = this.tokens
    let j = i + 1
    while (tk.kind(j) === TokenKind.Space || (tk.kind(j) === TokenKind.Other && '.!?,'.includes(this.text.charAt(tk.start(j))))) j++
    if (tk.kind(j) === TokenKind.None) return true
    // "my son jack  his date of birth is ...", "my son jack, he ...": a pause or a stop ends what is said of the relative
    if (j > i + 1 && !this.oneSpace(i + 1)) return true
    // "my aunt may but she never calls", "my son jack and his wife": a new clause starts after the name
    // ... "my dad frank he has alzheimers": the relative named again as the clause's subject (not a verb's clause)
    return this.oneSpace(i + 1) && tk.kind(i + 2) === TokenKind.Word && (RELATIVE_SUBJECT_VERBS.has(this.raw(i + 2)) || CLAUSE_OPENERS.has(this.raw(i + 2)) || (RESUMING_PRONOUNS.has(this.raw(i + 2)) && !CLAUSE_VERB_NAMES.has(this.word(i))))
  }

  /**
   * What comes before word i says its name follows: "name is", "name's", "last name" (no verb), or
   * "named" ("a guy named rafferty", "a user named ..."); unless the name is a thing's ("user name is", "a dog named",
   * "a server named"; `CALLED_THINGS`, which the early "called"/"named" rule reads too).
   */
  private nameCue(i: number, prev: readonly string[]): boolean {
    if (prev[0] === 'named') return prev[1] === undefined || !CALLED_THINGS.has(prev[1])
    if (prev[0] === 'name' && (prev[1] === 'last' || prev[1] === 'first' || prev[1] === 'middle' || prev[1] === 'full')) return !NAME_COMPOUNDS.has(this.word(i))
    // "my surname is mthembu", "surname okafor" (not the rest of a field's label: "Nama ahli: ...", "Nama nasabah: ...")
    // (nor a word of the label's language after it: "nama penuh", "nama lengkap", "nombre completo" are "full name")
    if (SURNAME_WORDS.has(prev[0] ?? '')) return !NAME_COMPOUNDS.has(this.word(i)) && !FOREIGN_COPULAS.has(this.word(i)) && this.text.charCodeAt(this.tokens.end(i)) !== 58 && !(prev[0] === 'nama' && (this.lex.foreignWords.has(this.word(i)) || FULL_NAME_WORDS.has(this.word(i))))
    // ... "mi nombre es ...", "mein nachname ist ...", "o nome e ..."
    if ((prev[0] === 'is' || prev[0] === 'was' || FOREIGN_COPULAS.has(prev[0] ?? '')) && SURNAME_WORDS.has(prev[1] ?? '')) return true
    // ("so my names thiago": raw speech-to-text writes "name's" without its apostrophe)
    const spoken = prev[0] === "name's" || (prev[0] === 'names' && OWNERS.has(prev[1] ?? '')) || ((prev[0] === 'is' || prev[0] === 'was' || FOREIGN_COPULAS.has(prev[0] ?? '')) && prev[1] === 'name')
    if (!spoken) return this.nameOn(i, prev)
    const owner = this.prevWords(i, 3)[prev[0] === "name's" || prev[0] === 'names' ? 1 : 2]
    return owner === undefined || !this.thingNamed(i, owner)
  }

  /** A name read whole by its structure, tokens i to last, its possessive left out ("Nguyễn Thị Lan's case"); returns last. */
  private emitWhole(i: number, last: number, detector: string): number {
    const end = this.possessive(last) ? this.tokens.end(last) - 2 : this.tokens.end(last)
    this.out.push({ type: 'person_name', start: this.tokens.start(i), end, confidence: 0.7, detector, validated: false })
    return last
  }

  /**
   * The last token of a Korean name at word i after a person's cue ("my name is", "it's", "this is"), or -1:
   * two given-name syllables and a family name ("hyun woo lee"), or the family name first ("park ji woo").
   */
  private koreanNameAfterCue(i: number, w: string, prev: readonly string[]): number {
    // (the syllables first: they rule out almost every word at once, the cue is dearer to read)
    const tk = this.tokens
    const at = (k: number): string => (this.oneSpace(k - 1) && tk.kind(k) === TokenKind.Word ? this.word(k) : '')
    const shaped =
      (KOREAN_FIRST_SYLLABLES.has(w) && KOREAN_SECOND_SYLLABLES.has(at(i + 2)) && KOREAN_SURNAMES.has(at(i + 4))) ||
      (KOREAN_SURNAMES.has(w) && KOREAN_FIRST_SYLLABLES.has(at(i + 2)) && KOREAN_SECOND_SYLLABLES.has(at(i + 4)))
    // (or "i am": "i am seo yeon park")
    return shaped && (STRONG_CUE_1.has(prev[0] ?? '') || this.nameCue(i, prev) || (prev[0] === 'am' && prev[1] === 'i')) ? i + 4 : -1
  }

  /**
   * Word i, which no list knows, names the relative before it: "my daughter imogen", "my colleague fenwick",
   * after "a" ("on behalf of a colleague  thandiwe"), after a relation and "is" in lower-case speech ("my wife
   * is rukhsana and she ..."); capitalised after a relation, three letters are enough ("My son Huy").
   */
  private relativeUnknownName(i: number, w: string, prev: readonly string[], related: boolean): boolean {
    const relation = related || (RELATIONS.has(prev[0] ?? '') && (prev[1] === 'a' || prev[1] === 'an')) || (this.lowerMode && this.relationIs(i, w, prev))
    if (relation && this.unknownWord(w)) return true
    // ("My brother Jawed sent money": capitalised mid-sentence after an owner's relation, a rare English word is a name)
    if (related && !this.lowerMode && this.cap(i) && w.length >= 3 && !this.lex.commonWords.has(w) && !this.lex.notNames.has(w) && !SLANG.has(w) && /^\p{Lu}\p{Ll}+$/u.test(this.text.slice(this.tokens.start(i), this.tokens.end(i)))) return true
    if (!related || this.lowerMode || w.length !== 3 || this.known(w) || SLANG.has(w) || this.lex.foreignWords.has(w)) return false
    return /^\p{Lu}\p{Ll}{2}$/u.test(this.text.slice(this.tokens.start(i), this.tokens.end(i)))
  }

  /**
   * The last token of a Korean given name written with its syllables hyphenated at word i ("Seo-yeon", and a
   * Korean family name after it: "Ji-woo Kim"), or -1. In mixed-case text only, capitalised as a name is,
   * two different syllables ("So-so" and "Ha-ha" are English) that make no English word run together.
   */
  private koreanHyphenated(i: number, w: string): number {
    const tk = this.tokens
    if (this.lowerMode || !KOREAN_FIRST_SYLLABLES.has(w) || !this.cap(i) || tk.kind(i + 1) !== TokenKind.Other || this.text.charAt(tk.start(i + 1)) !== '-') return -1
    if (tk.end(i + 1) !== tk.start(i + 2) || tk.kind(i + 2) !== TokenKind.Word || this.cap(i + 2)) return -1
    const second = this.word(i + 2)
    if (second === w || !KOREAN_SECOND_SYLLABLES.has(second) || this.known(w + second)) return -1
    if (!this.oneSpace(i + 3) || tk.kind(i + 4) !== TokenKind.Word || !this.cap(i + 4)) return i + 2
    const next = this.word(i + 4)
    if (KOREAN_SURNAMES.has(next)) return i + 4
    // ... or any other surname after it ("Soo-ah Thibodeaux", "Eun-ji Delgado"): a census surname no English word, or a word English does not know
    const surname = (this.lex.surnames.has(next) && !this.lex.commonWords.has(next)) || (!this.known(next) && !this.lex.notNames.has(next))
    return surname && next.length >= 2 && !FUNCTION_WORDS.has(next) && !this.sentenceStart(i + 4) ? i + 4 : i + 2
  }

  /**
   * The last token of a Vietnamese name at word i, or -1: one of the frequent family names, "Van" or "Thi"
   * (Văn, Thị), and one or two given names that are no function words ("nguyen van an", "Tran Thi Mai
   * Anh"), written all in lower case or each capitalised.
   */
  private vietnameseName(i: number, w: string): number {
    if (!VIETNAMESE_FAMILY_NAMES.has(w) || !this.oneSpace(i + 1) || this.tokens.kind(i + 2) !== TokenKind.Word) return -1
    if (!VIETNAMESE_MIDDLE_NAMES.has(this.word(i + 2)) || !this.oneSpace(i + 3) || this.tokens.kind(i + 4) !== TokenKind.Word) return -1
    // (one case throughout: "Nguyen Van An" or "nguyen van an", not "Le Van der Berg" or "do thi this")
    const cap = this.cap(i)
    if (this.cap(i + 2) !== cap || this.cap(i + 4) !== cap) return -1
    const given = this.word(i + 4)
    // ("An", a frequent given name, is the article in English only)
    if (given.length < 2 || (FUNCTION_WORDS.has(given) && given !== 'an') || FILLERS.has(given) || PARTICLES.has(given)) return -1
    let last = i + 4
    const more = this.oneSpace(last + 1) && this.tokens.kind(last + 2) === TokenKind.Word ? this.word(last + 2) : ''
    if (VIETNAMESE_GIVEN_SECOND.has(more) && this.cap(last + 2) === cap) last += 2
    return last
  }

  /**
   * "someone took €2.300 by Lastschrift", "paid by BACS": after a sum and "by", or a payment and "by" before
   * a word in capitals, a word no list holds as a given name is how it was paid ("paid by Okonkwo" is who).
   */
  /** "Passport H0322916, issued by India": a country or a city after "issued by" issued a document, no person. */
  private issuingCountry(i: number, w: string, prev: readonly string[]): boolean {
    return (prev[1] === 'issued' || prev[1] === 'issuing') && this.cap(i) && (REGIONS.has(w) || this.lex.towns.has(w)) && !this.surnameAfter(i)
  }

  private paidBy(i: number, w: string): boolean {
    if (this.lex.firstNames.has(w)) return false
    if (/\d\s+by\s+$/.test(this.text.slice(Math.max(0, this.tokens.start(i) - 12), this.tokens.start(i)))) return true
    return /^[A-Z]{3,}$/.test(this.text.slice(this.tokens.start(i), this.tokens.end(i))) && this.prevWords(i, 4).slice(1).some((x) => PAYMENT_VERBS.has(x))
  }

  /**
   * "my wife is grace and ...", "our son was Callum.": a given name after a relation and "is", ending its
   * clause (not "my husband is rich and ...": a name that is mostly said as an adjective); or a word no
   * list knows, written as a name ("My wife is Rukhsana.").
   */
  private relationIs(i: number, w: string, prev: readonly string[]): boolean {
    if ((prev[0] !== 'is' && prev[0] !== 'was') || !RELATIONS.has(prev[1] ?? '') || !OWNERS.has(this.prevWords(i, 3)[2] ?? '')) return false
    const unknownName = this.unknownWord(w) && (this.lowerMode || this.cap(i))
    if (!(this.lex.firstNames.has(w) || unknownName) || ADJECTIVE_NAMES.has(w)) return false
    const next = i + 1 < this.tokens.length ? this.text.charAt(this.tokens.start(i + 1)) : ''
    if (next === '' || next === '.' || next === ',' || next === ';' || next === '!' || next === '?') return true
    // ("her mum is claire  and her number is ...": in raw speech a pause ends what is said, as a stop does)
    if (this.lowerMode && this.tokens.kind(i + 1) === TokenKind.Space && !this.oneSpace(i + 1)) return true
    return this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && (CLAUSE_AFTER_NAME.has(this.raw(i + 2)) || this.surnameAfter(i))
  }

  /**
   * The token of a lower-case initial right before word i that a person's "name is" (or such a cue and a
   * title) comes before ("my name is j okafor", "name on the account is mr k patel"), else -1. Not "a" or
   * "i", which are words.
   */
  private spokenInitialBefore(i: number): number {
    if (!this.oneSpace(i - 1)) return -1
    const k = i - 2
    if (k < 0 || this.tokens.kind(k) !== TokenKind.Word || this.tokens.end(k) - this.tokens.start(k) !== 1) return -1
    const letter = this.raw(k)
    if (letter === 'a' || letter === 'i' || !/^[a-z]$/.test(letter)) return -1
    const before = this.prevWords(k)
    if (this.nameCue(k, before)) return k
    // ("... is mr j okafor": a title between the cue and the initial)
    if (TITLES.has(before[0] ?? '') && this.oneSpace(k - 1) && this.nameCue(this.tokens.wordBefore(k), this.prevWords(this.tokens.wordBefore(k)))) return k
    return -1
  }

  /**
   * "the wifi name is ...", "my login name is admin": the name of a thing, not a person's. A bank
   * account's name is its holder's, though, when a given name and a surname are read out ("the account
   * name is john smith"; "the account name is admin" stays a login).
   */
  private thingNamed(i: number, owner: string | undefined): boolean {
    if (owner === undefined || !THING_NAMES.has(owner)) return false
    // ("the account name is j okafor": an initial and a census surname)
    if (owner === 'account' && /^[b-hj-z]$/.test(this.raw(i)) && this.oneSpace(i + 1) && this.tokens.kind(i + 2) === TokenKind.Word && this.lex.surnames.has(this.word(i + 2))) return false
    if (owner !== 'account' || !this.lex.firstNames.has(this.word(i)) || !this.oneSpace(i + 1) || this.tokens.kind(i + 2) !== TokenKind.Word) return true
    return !this.surnameAfter(i) && this.known(this.word(i + 2))
  }

  /** A pair of capitalised words carrying a non-ASCII letter ("Szöllösy") or a possessive ("Lemmens's"): not English words. */
  private foreignOrOwned(i: number, ext: number): boolean {
    const span = this.text.slice(this.tokens.start(i), this.tokens.end(ext))
    return /[^\x00-\x7f]/.test(span) || this.raw(ext) !== this.word(ext)
  }

  /** Two words after word i (one space each) that people, not things, are the subject of. */
  /**
   * The given name's token of "SURNAME/GIVEN" in capitals (a booking's passenger name), when the given
   * name is a known one and no common word, or the surname a known one and no English word; else i.
   * Not "TCP/IP", "AC/DC", "PASS/FAIL".
   */
  private slashedName(i: number): number {
    const tk = this.tokens
    if (tk.kind(i + 1) !== TokenKind.Other || this.text.charCodeAt(tk.start(i + 1)) !== 47 || tk.kind(i + 2) !== TokenKind.Word) return i
    const a = this.text.slice(tk.start(i), tk.end(i))
    const b = this.text.slice(tk.start(i + 2), tk.end(i + 2))
    if (a.length < 2 || b.length < 2 || a !== a.toUpperCase() || b !== b.toUpperCase() || a === a.toLowerCase() || b === b.toLowerCase()) return i
    const surname = this.word(i)
    const given = this.word(i + 2)
    const known = (this.lex.firstNames.has(given) && !this.lex.commonWords.has(given)) || (this.lex.surnames.has(surname) && !this.known(surname))
    return known ? i + 2 : i
  }

  /** "Agent (Yaw): ...": word i in brackets between a role and the colon of a line of dialogue. */
  private speakerInBrackets(i: number): boolean {
    const tk = this.tokens
    const ch = (k: number, c: number): boolean => k >= 0 && tk.kind(k) === TokenKind.Other && this.text.charCodeAt(tk.start(k)) === c
    if (!ch(i - 1, 40) || !ch(i + 1, 41) || !ch(i + 2, 58)) return false
    const role = tk.wordBefore(i - 1)
    return role >= 0 && (ROLE_NOUNS.has(this.word(role)) || this.lex.notNames.has(this.word(role)))
  }

  private joinedWords(i: number): boolean {
    const start = this.tokens.start(i)
    const end = this.tokens.end(i)
    // most words have no capital after their first letter: settled without a slice or a regex
    let inner = false
    for (let k = start + 1; k < end && !inner; k++) {
      const c = this.text.charCodeAt(k)
      inner = c >= 65 && c <= 90
    }
    if (!inner) return false
    const raw = this.text.slice(start, end)
    const parts = raw.match(/[A-Z][a-z]+/g)
    if (parts === null || parts.length < 2 || parts.join('') !== raw) return false
    return parts.every((p) => p.length >= 3 && this.known(p.toLowerCase()) && !this.lex.firstNames.has(p.toLowerCase()))
  }

  /**
   * In lower-case speech, word i owns a relation named right after it: a given name with its "'s" ("yusuf's
   * dad"), or with only its "s" ("lachies mum", "thandekas grandmother") when the name is no everyday word and
   * the word with its "s" no English word ("jacks", "bills" may be plurals); not after an owner or an article
   * ("my sons teacher", "the girls mum").
   */
  private relationOwnedInSpeech(i: number, w: string): boolean {
    if (!this.oneSpace(i + 1) || this.tokens.kind(i + 2) !== TokenKind.Word || !(RELATIONS.has(this.raw(i + 2)) || OWNED_IN_SPEECH.has(this.raw(i + 2)))) return false
    const before = this.prevWords(i)[0] ?? ''
    if (OWNERS.has(before) || ARTICLES.has(before)) return false
    if (this.possessive(i)) return this.lex.firstNames.has(w) && w.length >= 3
    if (w.length < 4 || !w.endsWith('s')) return false
    const stem = w.slice(0, -1)
    return this.lex.firstNames.has(stem) && !this.lex.commonWords.has(stem) && !this.known(w)
  }

  /**
   * Word i is a given name that is no everyday word, and word j, past a pause, a census surname that is no given
   * name and no everyday word, or one no word list knows after a name's cue ("kwame  asante", "ivan  petrenko").
   */
  private pausedSurname(i: number, j: number): boolean {
    const given = this.word(i)
    if (!this.lex.firstNames.has(given) || this.lex.commonWords.has(given)) return false
    const w = this.word(j)
    if (w.length < 3 || this.lex.firstNames.has(w) || this.lex.commonWords.has(w) || FUNCTION_WORDS.has(w) || FILLERS.has(w)) return false
    // ("hi its sam  finlays mum": another person, owning a relation, is no surname)
    if (this.relationOwnedInSpeech(j, w)) return false
    return (this.lex.surnames.has(w) && !this.known(w)) || (!this.known(w) && !this.lex.foreignWords.has(w) && /^\p{Ll}[\p{Ll}'-]+$/u.test(w))
  }

  /** Word j, past a pause after a cued name, is a census surname or a word no list knows, and no everyday or function word. */
  private cuedPausedSurname(j: number): boolean {
    const w = this.word(j)
    if (w.length < 3 || this.lex.commonWords.has(w) || FUNCTION_WORDS.has(w) || FILLERS.has(w) || this.lex.notNames.has(w)) return false
    // ("it's cornelius  cornelius banks": the name said again after the pause, whole, is no surname of the first)
    if (this.tokens.kind(j - 2) === TokenKind.Word && w === this.word(j - 2)) return false
    // ("ben  benjamin hale", "raj  rajinder gill": a given name past the pause opening a name of its own, one blank on)
    if (this.lex.firstNames.has(w) && this.oneSpace(j + 1) && this.tokens.kind(j + 2) === TokenKind.Word) return false
    // ("name kishore  dob is ...": a word the next clause opens with, its verb right after it)
    if (this.oneSpace(j + 1) && this.tokens.kind(j + 2) === TokenKind.Word && CLAUSE_VERBS.has(this.word(j + 2))) return false
    if (this.relationOwnedInSpeech(j, w)) return false
    return this.lex.surnames.has(w) || (!this.known(w) && !this.lex.foreignWords.has(w) && /^\p{Ll}[\p{Ll}'-]+$/u.test(w))
  }

  /** A pause (two blanks, as raw speech-to-text writes one) or the text's start right before word i. */
  private pauseBefore(i: number): boolean {
    if (i < 0) return false
    const from = this.tokens.wordBefore(i)
    if (from < 0) return true
    return PAUSE_BETWEEN.test(this.text.slice(this.tokens.end(from), this.tokens.start(i)))
  }

  /** Word i is a possessive before a relation ("Asya's kid", "Okafor's wife"). */
  private relationOwner(i: number): boolean {
    if (this.raw(i) === this.word(i) || !this.oneSpace(i + 1) || this.tokens.kind(i + 2) !== TokenKind.Word) return false
    return RELATIONS.has(this.raw(i + 2))
  }

  /** Word i, then a comma and a question or a request to the one addressed ("Kuba, can I ...", "Ines, could you ..."). */
  private addressed(i: number): boolean {
    const tk = this.tokens
    if (tk.kind(i + 1) !== TokenKind.Other || this.text.charCodeAt(tk.start(i + 1)) !== 44) return false
    if (!this.oneSpace(i + 2) || tk.kind(i + 3) !== TokenKind.Word || !this.oneSpace(i + 4) || tk.kind(i + 5) !== TokenKind.Word) return false
    // ("Hanako, where can people find you?": a question word, then its verb)
    return (ADDRESS_OPENERS.has(this.raw(i + 3)) && ADDRESSEES.has(this.raw(i + 5))) || (QUESTION_WORDS.has(this.raw(i + 3)) && ADDRESS_OPENERS.has(this.raw(i + 5)))
  }

  /** Lower-case speech: word i is followed by "you're" or a question put to "you" ("can you", "are you"). */
  private addressedInSpeech(i: number): boolean {
    const tk = this.tokens
    if (!this.oneSpace(i + 1) || tk.kind(i + 2) !== TokenKind.Word) return false
    const next = this.raw(i + 2)
    if (next === "you're" || next === 'youre') return true
    return ADDRESS_OPENERS.has(next) && this.oneSpace(i + 3) && tk.kind(i + 4) === TokenKind.Word && this.raw(i + 4) === 'you'
  }

  /** Word i (a given name) stands where a person does in lower-case chat: see CHAT_SUBJECT_VERBS, CHAT_PERSON_BEFORE; or paired by "and" with another given name. */
  private chatPerson(i: number, prev: readonly string[]): boolean {
    // a call about an animal names it the way chat names people ("charlie needs one tablet ... the vet says")
    if (CHAT_PLACE_BEFORE.has(prev[0] ?? '') || this.aboutAnimals()) return false
    if (CHAT_PERSON_BEFORE.has(prev[0] ?? '') || (prev[0] === 'n' && CHAT_N_PRONOUNS.has(prev[1] ?? '')) || this.personVerbAfter(i)) return true
    const tk = this.tokens
    const pairedBefore = prev[0] === 'and' && this.unknownGivenName(tk.wordBefore(tk.wordBefore(i)), i)
    if (!this.oneSpace(i + 1) || tk.kind(i + 2) !== TokenKind.Word) return pairedBefore
    const next = this.raw(i + 2)
    if (CHAT_SUBJECT_VERBS.has(next)) return true
    return (next === 'and' && this.oneSpace(i + 3) && tk.kind(i + 4) === TokenKind.Word && this.unknownGivenName(i + 4, i)) || pairedBefore
  }

  /** Word j is a given name that is no English word, and not word i again ("johnson and johnson" is a firm). */
  private unknownGivenName(j: number, i: number): boolean {
    if (j < 0 || this.tokens.kind(j) !== TokenKind.Word) return false
    const w = this.word(j)
    return w !== this.word(i) && w.length >= 3 && this.lex.firstNames.has(w) && !this.lex.commonWords.has(w) && !this.known(w)
  }

  private personVerbAfter(i: number): boolean {
    const tk = this.tokens
    // "Kahurangi's laptop", "Khalid's team": what belongs to a person
    if (this.possessive(i) && this.oneSpace(i + 1) && tk.kind(i + 2) === TokenKind.Word && OWNED_BY_PEOPLE.has(this.raw(i + 2))) return true
    if (!this.oneSpace(i + 1) || tk.kind(i + 2) !== TokenKind.Word) return false
    // "Kemi's covering the returns queue": "is" contracted before what people do at work
    if (this.possessive(i) && PERSON_VERBS_AFTER.has(`is ${this.raw(i + 2)}`)) return true
    // "Yetunde couldn't make it", "As Paco said": what people do
    if (PERSON_VERB_WORDS.has(this.raw(i + 2))) return true
    if (!this.oneSpace(i + 3) || tk.kind(i + 4) !== TokenKind.Word) return false
    if (PERSON_VERBS_AFTER.has(`${this.raw(i + 2)} ${this.raw(i + 4)}`)) return true
    // "Babajide Oyelaran is my sponsor", "Tamsin was our lodger": someone's relation to the speaker
    const be = this.raw(i + 2)
    return (be === 'is' || be === 'was' || be === "'s") && OWNERS.has(this.raw(i + 4)) && this.oneSpace(i + 5) && tk.kind(i + 6) === TokenKind.Word && (RELATIONS.has(this.raw(i + 6)) || PEOPLE_SERVED.has(this.raw(i + 6)))
  }
}
