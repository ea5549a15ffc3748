/**
 * Names written in Cyrillic or Greek script, without a label before them: "Ирина Викторовна Белова",
 * "Ковальчук Ірина Олегівна", "поліна жук", "Спасибо, Тетяно Миколаївно", "Бориса Лернера",
 * "Γιώργος Παπαδόπουλος". The census and faker lists the name stage reads are Latin; these words are
 * read against faker's Russian, Ukrainian and Greek lists (script-names.generated.ts) and by the
 * endings of these languages' patronymics and surnames.
 *
 * A word is
 * - a given name: on the list, as written or in another case (the genitive's, dative's or vocative's
 *   ending taken back: "Бориса", "Ірино", "Сергея", "Степане");
 * - a patronymic: by its ending ("-ович", "-евна", "-ична", "-івна");
 * - a surname: on the list, or by its ending ("-енко", "-чук", "-ов", "-ева", "-ский", "-ська",
 *   "-ман", "-берг", "-όπουλος", "-ίδης", "-άκης"), or a capitalised word right after a given name.
 *
 * Taken: two or three such words in a row with a given name or a patronymic among them (in lower-case
 * speech, the word after a given name too when it is no common word, verb or adjective: "борис шапиро"),
 * with an initial before or after ("Ю. Марченко", "Олександр П."); a given name alone where it is
 * capitalised (Russian, Ukrainian and Greek write no common noun so) or said after words that introduce
 * a name ("меня зовут", "мене звати", "это", "пан", "με λένε"), unless it is also an everyday word
 * ("Вера", "Надежда", "Роман", "Лев"); a surname or a patronymic alone after such words or a title, or
 * capitalised with an ending only surnames have ("Тимченко", "Ковальчук", "Зелінський").
 *
 * @module
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import type { Candidate } from '../detectors/detector.js'
import { CENTRAL_ASIAN_AND_HEBREW_GIVEN_NAMES_CYRILLIC } from './informal-and-regional-given-names.js'
import { SCRIPT_GIVEN_NAMES, SCRIPT_SURNAMES } from './script-names.generated.js'

/** A word of Cyrillic or Greek letters (an apostrophe or a hyphen inside: "Ім'я", "Римский-Корсаков"). */
const WORD = /[\p{Script=Cyrillic}\p{Script=Greek}]+(?:['’ʼ-][\p{Script=Cyrillic}\p{Script=Greek}]+)*/gu
/** Texts without a letter of these scripts are not read. */
const SCRIPTS = /[\u0370-\u03FF\u0400-\u04FF\u1F00-\u1FFF]/
/** Patronymics: Russian, Ukrainian and Belarusian men's and women's. */
const PATRONYMIC = /(?:[оеё]вич|йович|[оеё]вна|[іиы]чна|[іїи]вна|ьевна|ьевич)$/u
/** Surnames by their endings (Russian, Ukrainian, Belarusian, Jewish, Georgian, Armenian, Kazakh; Greek). */
const SURNAME_ENDING =
  /(?:енко|чук|щук|юк|[оеё]в[аы]?|[иы]н[аы]?|[сц]кий|[сц]кая|[сц]ький|[сц]ька|[сц]кі|ович|евич|швили|дзе|янц?|ман|зон|сон|штейн|берг|бург|таль|баев[аы]?|бекова?|ич|ук|ко|όπουλος|οπουλος|οπούλου|ίδης|ιδης|ίδου|άκης|ακης|άκη|ιάδης|άτος|ίου|έας)$/u
/** Endings only surnames have (not "-ов", "-ин", "-ко": "Киев", "магазин", "молоко"). */
const STRONG_SURNAME_ENDING = /(?:енко|чук|щук|[сц]ький|[сц]ька|швили|дзе)$/u
/** Endings of verbs', adjectives' and some nouns' forms: no surname after a given name ("ирина сказала", "олег новый"). */
const NOT_SURNAME_ENDING = /(?:ла|ло|ли|ть|ет|ит|ут|ют|ят|ал|ил|ел|ешь|ишь|ем|им|ой|ый|ий|ая|яя|ое|ые|ого|ому|ся|сь|ние|ния|ость)$/u
/** A surname's case ending ("Ткачуку", "Соколовой", "Петренком"): taken off before its ending is read. */
const SURNAME_CASE_ENDING = /(?:ому|ого|ой|ою|ым|ом|ій|ої|у|а|е)$/u
/** Words that introduce a name right after them ("меня зовут Ирина", "это Олег", "пан Мельник", "με λένε Γιώργο"). */
const CUES: ReadonlySet<string> = new Set([
  'зовут', 'звати', 'звут', 'это', 'це', 'пан', 'пані', 'пане', 'пану', 'панові', 'господину', 'госпоже', 'госпожи', 'господин', 'госпожа', 'господина', 'г-н', 'г-жа', 'гражданин', 'гражданка',
  'имя', "ім'я", 'ім’я', 'фамилия', 'прізвище', 'уважаемый', 'уважаемая', 'шановний', 'шановна', 'доктор', 'мр', 'миссис',
  'д-р', 'др', 'λένε', 'λενε', 'κύριος', 'κυριος', 'κύριε', 'κυριε', 'κυρία', 'κυρια', 'όνομα', 'ονομα', 'επώνυμο', 'επωνυμο',
  'mr', 'mrs', 'ms', 'miss', 'dr',
])
/** Given names that are everyday words too ("вера" faith, "надежда" hope, "роман" a novel, "лев" a lion). */
const EVERYDAY_GIVEN: ReadonlySet<string> = new Set([
  'вера', 'віра', 'надежда', 'надія', 'любовь', 'любов', 'роман', 'лев', 'слава', 'мир', 'мира', 'майя', 'лилия', 'лілія', 'роза', 'ева', 'ада',
  'лада', 'мария', 'дана', 'сила', 'доля', 'злата', 'нина', 'тома', 'август', 'ника', 'ян', 'мая', 'арина', 'ирида', 'дарина',
  // Greek's Friday and Sunday (Paraskevi, Kyriaki)
  'παρασκευη', 'κυριακη',
])
/** Prepositions a place follows ("в Германии", "из Харькова", "до Києва"). */
const PLACE_PREPOSITION: ReadonlySet<string> = new Set(['в', 'во', 'из', 'на', 'по', 'до', 'под', 'над', 'через', 'із', 'з', 'зі', 'στη', 'στην', 'στο', 'στον', 'απο'])
/** The endings of a given name's other cases (genitive, dative, accusative, instrumental, locative, vocative). */
const CASE_ENDINGS: ReadonlySet<string> = new Set(['а', 'я', 'у', 'ю', 'е', 'и', 'і', 'ї', 'о', 'ы', 'ом', 'ем', 'ём', 'ой', 'ей', 'ою', 'ею', 'ии', 'ію', 'ії', 'ові', 'еві'])
/** Case endings taken back to find a given name's nominative ("Бориса" -> "Борис", "Ірино" -> "Ірина", "Сергея" -> "Сергей"). */
const NOMINATIVE_ENDINGS = ['', 'а', 'я', 'й']
const CONFIDENCE_RUN = 0.85
const CONFIDENCE_ALONE = 0.7

type Kind = 'given' | 'patronymic' | 'surname' | 'ending' | null

interface Lists {
  readonly given: ReadonlySet<string>
  readonly surnames: ReadonlySet<string>
  readonly stopwords: ReadonlySet<string>
  /** Russian's common words as its dictionary lists them, in lower case ("логин", "дружина", "голова"): no surnames by their endings. */
  readonly russianWords: ReadonlySet<string>
}
let lists: Lists | undefined

/** Lower case; Greek's accents off and its final sigma as any other; Russian's "ё" as "е" (both are written). */
function fold(word: string): string {
  const lower = word.toLowerCase()
  if (GREEK.test(lower)) return lower.normalize('NFD').replace(/\p{M}/gu, '').normalize('NFC').replace(/ς/g, 'σ')
  return lower.replace(/ё/g, 'е')
}
const GREEK = /[\u0370-\u03FF\u1F00-\u1FFF]/

function load(): Lists {
  if (lists !== undefined) return lists
  const require = createRequire(import.meta.url)
  const stop = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>
  const stopwords = new Set([...(stop['ru'] ?? []), ...(stop['uk'] ?? []), ...(stop['el'] ?? [])].map(fold))
  // (the stop-word lists hold a few names: "Ян" is a name where the text says so, not a function word)
  // (hunspell's Russian dictionary, `dictionary-ru`, BSD: one stem a line, "/" and its affix flags after; proper nouns
  // are capitalised there and left out)
  const dic = readFileSync(join(dirname(require.resolve('dictionary-ru')), 'index.dic'), 'utf8')
  const russianWords = new Set<string>()
  for (const line of dic.split('\n')) {
    const word = line.split('/', 1)[0] as string
    if (word.length >= 4 && word === word.toLowerCase()) russianWords.add(fold(word))
  }
  lists = {
    given: new Set([...SCRIPT_GIVEN_NAMES.split('\n'), ...CENTRAL_ASIAN_AND_HEBREW_GIVEN_NAMES_CYRILLIC].map(fold)),
    surnames: new Set(SCRIPT_SURNAMES.split('\n').map(fold)),
    stopwords,
    russianWords,
  }
  return lists
}

interface Word {
  readonly start: number
  readonly end: number
  readonly raw: string
  readonly key: string
  readonly capital: boolean
}

export function cyrillicGreekNames(text: string): Candidate[] {
  if (!SCRIPTS.test(text)) return []
  const { given, surnames, stopwords, russianWords } = load()
  const words: Word[] = []
  for (const m of text.matchAll(WORD)) {
    const raw = m[0]
    const first = raw.charAt(0)
    words.push({ start: m.index, end: m.index + raw.length, raw, key: fold(raw), capital: first !== first.toLowerCase() && raw.slice(1) !== raw.slice(1).toUpperCase() })
  }
  // (`inflected`: in another case than the nominative; a word alone at a sentence's start is taken as written only:
  // "Дані:" is a form's "data", not "Дана")
  const isGiven = (w: Word, inflected = true): boolean => {
    if (w.key.length < 3 || stopwords.has(w.key)) return false
    for (let cut = 0; cut <= (inflected ? 2 : 0); cut++) {
      const stem = w.key.slice(0, w.key.length - cut)
      if (stem.length < 3) break
      // (only a case's ending comes off: "Бориса", "Ірино", "Сергеем"; not "Гнатюк" to "Гнат")
      if (cut > 0 && !CASE_ENDINGS.has(w.key.slice(w.key.length - cut))) continue
      for (const e of NOMINATIVE_ENDINGS) if ((cut > 0 || e === '') && given.has(stem + e)) return true
    }
    return false
  }
  const kindOf = (w: Word): Kind => {
    if (w.key.length < 2 || stopwords.has(w.key)) return null
    if (w.key.length >= 6 && PATRONYMIC.test(w.key)) return 'patronymic'
    if (isGiven(w)) return 'given'
    if (surnames.has(w.key)) return 'surname'
    if (w.key.length >= 4 && !russianWords.has(w.key) && (SURNAME_ENDING.test(w.key) || SURNAME_ENDING.test(w.key.replace(SURNAME_CASE_ENDING, '')))) return 'ending'
    return null
  }
  const kinds = words.map(kindOf)
  // (only blanks between the words of one name: a comma, a full stop or a line break ends it)
  const joined = (a: Word, b: Word): boolean => /^[ \t]{1,2}$/.test(text.slice(a.end, b.start))
  const cueBefore = (k: number): boolean => {
    const prev = words[k - 1]
    if (prev === undefined || !/^[ \t,:]{1,3}$/.test(text.slice(prev.end, (words[k] as Word).start))) return latinCueBefore(text, (words[k] as Word).start)
    return CUES.has(prev.key)
  }
  const out: Candidate[] = []
  let k = 0
  while (k < words.length) {
    if (kinds[k] === null) {
      k++
      continue
    }
    let e = k
    while (e + 1 < words.length && e - k < 2 && kinds[e + 1] !== null && joined(words[e] as Word, words[e + 1] as Word)) e++
    // (a capitalised word right after a given name or a patronymic is the surname: "Светлана Меир", "Бориса Лернера")
    const last = words[e] as Word
    const next = words[e + 1]
    if (e - k < 2 && next !== undefined && next.capital && kinds[e + 1] === null && (kinds[e] === 'given' || kinds[e] === 'patronymic') && last.capital && joined(last, next) && !stopwords.has(next.key)) e++
    // (... and in lower-case speech, a word after a given name that is no common word, verb or adjective: "борис шапиро",
    // "давид лернер"; a listed surname even if it is a word too: "тетяна мороз")
    else if (e === k && next !== undefined && !last.capital && !next.capital && kinds[e] === 'given' && joined(last, next) && !stopwords.has(next.key) && !CUES.has(next.key) && (kinds[e + 1] === 'surname' || (kinds[e + 1] === null && next.key.length >= 4 && !russianWords.has(next.key) && !NOT_SURNAME_ENDING.test(next.key)))) e++
    // (a given name's initial after it, or a surname's before: "Олександр П.", "Ю. Марченко")
    const initialAfter = words[e + 1]
    if (kinds[e] === 'given' && (words[e] as Word).capital && initialAfter !== undefined && /^\p{Lu}$/u.test(initialAfter.raw) && /^[ \t]$/.test(text.slice((words[e] as Word).end, initialAfter.start))) e++
    const initialBefore = words[k - 1]
    if ((kinds[k] === 'surname' || kinds[k] === 'ending') && (words[k] as Word).capital && initialBefore !== undefined && /^\p{Lu}$/u.test(initialBefore.raw) && /^\.[ \t]?$/.test(text.slice(initialBefore.end, (words[k] as Word).start)) && (out[out.length - 1]?.end ?? -1) <= initialBefore.start) k--
    // (the surname first before a given name and a patronymic, as forms write them: "кравец павел андреевич")
    const before = words[k - 1]
    if (e === k + 1 && kinds[k] === 'given' && kinds[e] === 'patronymic' && before !== undefined && joined(before, words[k] as Word) && !stopwords.has(before.key) && !CUES.has(before.key) && !russianWords.has(before.key) && before.key.length >= 3 && (out[out.length - 1]?.end ?? -1) <= before.start) k--
    const run = kinds.slice(k, e + 1)
    const firstWord = words[k] as Word
    const anchored = run.includes('given') || run.includes('patronymic')
    let take = false
    const initialled = e > k && /^\p{Lu}$/u.test((words[k] as Word).raw) !== /^\p{Lu}$/u.test((words[e] as Word).raw)
    if (e > k) take = anchored || initialled || (run.every((x) => x === 'surname' || x === 'ending') && cueBefore(k))
    else if (run[0] === 'given') {
      const cue = cueBefore(k)
      const asWritten = isGiven(firstWord, false)
      take = cue || (!EVERYDAY_GIVEN.has(firstWord.key) && (firstWord.capital ? asWritten || !sentenceStart(text, firstWord.start) : asWritten && firstWord.key.length >= 4 && isLowerText(text)))
      // (not a form's label, "Дані:", nor a place after its preposition, "в Германии", nor a firm's name in quotes, "«Борис»")
      if (take && !cue && (/^[ \t]*:/.test(text.slice(firstWord.end)) || PLACE_PREPOSITION.has(words[k - 1]?.key ?? '') || /[«"„“]$/.test(text.slice(0, firstWord.start)))) take = false
    }
    // (a surname alone after a title; or capitalised with an ending no other word has: "Тимченко", "Ковальчук", "Зелінський")
    else take = (cueBefore(k) && (firstWord.capital || run[0] !== 'ending')) || (firstWord.capital && STRONG_SURNAME_ENDING.test(firstWord.key) && !PLACE_PREPOSITION.has(words[k - 1]?.key ?? ''))
    if (take) {
      const end = (words[e] as Word).end
      out.push({ type: 'person_name', start: firstWord.start, end, confidence: e > k ? CONFIDENCE_RUN : CONFIDENCE_ALONE, detector: 'name-cyrillic-greek', validated: false })
    }
    k = e + 1
  }
  return out
}

/** Only a sentence's mark, a line break or a turn's label's colon before `start` (or nothing). */
function sentenceStart(text: string, start: number): boolean {
  return /(?:^|[.!?:\n]|["«„])[ \t]*$/.test(text.slice(Math.max(0, start - 4), start))
}

/** The text writes no capitals in these scripts (speech-to-text's raw form): a given name there is a name. */
function isLowerText(text: string): boolean {
  return !/[\u0391-\u03A9\u0400-\u042F]/.test(text)
}

/** An English title right before ("Mrs Ковальчук"). */
function latinCueBefore(text: string, start: number): boolean {
  return /\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+$/.test(text.slice(Math.max(0, start - 8), start))
}
