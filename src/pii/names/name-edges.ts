/**
 * The edges of names found in mixed-case text, where a name runs on past the words the scan took:
 * a family name written before the given names ("Otieno Odhiambo", "Tan Wei Ling": a capitalised word
 * the dictionaries know only as a surname, or not at all), and the given-name syllables of Chinese
 * names romanised in pinyin ("Goh Shu Fen", "Chua Li Ting", where "fen" and "ting" are English words too).
 *
 * @module
 */
import type { Candidate } from '../detectors/detector.js'
import type { NameLexicon } from './name-lexicon.js'

/** Syllables of Chinese given names as pinyin (and Singapore's and Malaysia's spellings) write them. */
export const CHINESE_GIVEN_SYLLABLES: ReadonlySet<string> = new Set([
  'ai', 'an', 'bao', 'bin', 'bo', 'chang', 'chao', 'chen', 'cheng', 'chun', 'dan', 'dong', 'fang', 'fei', 'fen', 'feng',
  'gang', 'guang', 'gui', 'hai', 'han', 'hao', 'hong', 'hua', 'huan', 'hui', 'jia', 'jian', 'jiang', 'jie', 'jin', 'jing',
  'jun', 'kai', 'lan', 'lei', 'li', 'lian', 'liang', 'lin', 'ling', 'mei', 'min', 'ming', 'na', 'nan', 'ning', 'peng',
  'ping', 'qi', 'qian', 'qiang', 'qin', 'qing', 'rong', 'rui', 'shan', 'sheng', 'shu', 'si', 'tao', 'ting', 'wei', 'wen',
  'xia', 'xian', 'xiang', 'xiao', 'xin', 'xing', 'xiu', 'xue', 'ya', 'yan', 'yi', 'yin', 'ying', 'yong', 'yu', 'yuan',
  'yue', 'yun', 'ze', 'zhen', 'zheng', 'zhi', 'zhong', 'siew', 'swee', 'choon', 'kok', 'boon', 'seng', 'hock',
])

/**
 * Second syllables of Korean given names romanised with a hyphen ("Hae-in", "Soo-ah", "Ji-woo",
 * "Min-jun"): a name the scan ended at the hyphen runs on over one of them.
 */
export const KOREAN_SECOND_SYLLABLES: ReadonlySet<string> = new Set([
  'ah', 'a', 'in', 'woo', 'jun', 'joon', 'min', 'ji', 'hye', 'seo', 'yeon', 'soo', 'su', 'hee', 'jin', 'ho', 'eun', 'kyung',
  'young', 'yoon', 'yun', 'na', 'ra', 'bin', 'hyun', 'won', 'sung', 'seong', 'chul', 'hoon', 'hun', 'jae', 'jung', 'mi',
  'kyu', 'seok', 'sik', 'wook', 'hwan', 'yeong', 'rin', 'ha', 'woong', 'gyu', 'ok', 'sook', 'hyuk', 'kook',
])
/** First syllables of Korean given names written apart from the second ("hyun woo", "ji woo", "seo yeon"). */
export const KOREAN_FIRST_SYLLABLES: ReadonlySet<string> = new Set([
  'hyun', 'ji', 'min', 'seo', 'soo', 'su', 'eun', 'jae', 'hye', 'yeon', 'jin', 'jun', 'joon', 'hee', 'kyung', 'seung', 'sang',
  'tae', 'hyo', 'yoon', 'chae', 'woo', 'do', 'ha', 'ye', 'da', 'na', 'yu', 'so', 'si', 'hae', 'ga', 'bo', 'mi', 'jung', 'jeong',
])
/** Korean family names, before a hyphenated given name even when English has the word ("Park Ji-woo", "Song Hye-kyo"). */
export const KOREAN_SURNAMES: ReadonlySet<string> = new Set([
  'kim', 'lee', 'park', 'choi', 'jung', 'jeong', 'kang', 'cho', 'jo', 'yoon', 'yun', 'jang', 'lim', 'im', 'han', 'oh', 'seo',
  'shin', 'kwon', 'hwang', 'ahn', 'an', 'song', 'yoo', 'ryu', 'hong', 'jeon', 'ko', 'moon', 'yang', 'son', 'bae', 'baek', 'heo', 'nam',
])
/** A hyphenated Korean given name ("Ji-woo"). */
const KOREAN_GIVEN = /^\p{Lu}\p{Ll}{1,5}-\p{Ll}{1,5}$/u
/** A hyphen and a lower-case syllable right after a name ("-in", "-ah"). */
const HYPHEN_SYLLABLE = /^-([a-z]{1,5})(?![\p{L}\p{N}'’-])/u

/** The ends of contractions and possessives. */
const CONTRACTION = /['’](?:m|s|re|ve|ll|d|t)$/

/** A generational suffix after a name: " Jr.", ", Sr.", " II", " III", " IV". */
const GENERATIONAL_SUFFIX = /^,? (?:Jr\.?|Sr\.?|II|III|IV)(?![\p{L}\p{N}])/u

/** A capitalised word right before a name, one space apart. */
const WORD_BEFORE = /(?<![\p{L}\p{N}'’.-])(\p{Lu}[\p{Ll}'’-]+) $/u
/** A capitalised word right after a name, one space apart. */
const WORD_AFTER = /^ (\p{Lu}\p{Ll}+)(?![\p{L}\p{N}'’-])/u
/** "a/p", "a/l", "s/o", "d/o" (or "a p", "a l" spoken) and the father's name after it, capitalised or all lower case (one or two words). */
const PATRONYM_AFTER = /^ (?:[Aa]\/[PpLl]|[SsDd]\/[Oo]|a [pl]) (?:\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+)?|\p{Ll}[\p{Ll}'’-]+)(?![\p{L}\p{N}])/u

/**
 * `titleOrCue`: the scan's titles and cue words ("Mme", "Puan", "Dear"), which stand before names
 * without being part of them.
 */
export function extendNameEdges(text: string, names: readonly Candidate[], lexicon: NameLexicon, titleOrCue: (word: string) => boolean): Candidate[] {
  const out: Candidate[] = []
  // (where names end: a word before a name that ends another is that name's, not this one's family name)
  const ends = new Set<number>()
  for (const c of names) if (c.type === 'person_name') ends.add(c.end)
  for (const c of names) {
    if (c.type !== 'person_name') continue
    let { start, end } = c
    const words = text.slice(start, end).split(/\s+/)
    // "Tan Wei Ling", "Otieno Odhiambo says": the family name before, a word no everyday one
    const before = WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start))?.[1]
    if (before !== undefined && !titleOrCue(before.toLowerCase()) && familyNameBefore(before.toLowerCase(), lexicon) && !ends.has(start - 1)) start -= before.length + 1
    // ... a Korean family name before a hyphenated given name, though English has the word ("Park Ji-woo")
    else if (before !== undefined && KOREAN_SURNAMES.has(before.toLowerCase()) && !ends.has(start - 1) && KOREAN_GIVEN.test(koreanGiven(text, start, end))) start -= before.length + 1
    // "Goh Shu Fen": one more given-name syllable after one
    const last = (words[words.length - 1] ?? '').toLowerCase()
    const after = WORD_AFTER.exec(text.slice(end, end + 24))?.[1]
    if (after !== undefined && CHINESE_GIVEN_SYLLABLES.has(last) && CHINESE_GIVEN_SYLLABLES.has(after.toLowerCase())) end += after.length + 1
    // "Jung Hae-in", "Park Ji-woo": a Korean given name's second syllable after its hyphen
    const syllable = HYPHEN_SYLLABLE.exec(text.slice(end, end + 8))?.[1]
    if (syllable !== undefined && KOREAN_SECOND_SYLLABLES.has(syllable)) end += syllable.length + 1
    // "Kavitha a/p Muniandy", "Rajesh a/l Subramaniam", "Arun s/o Rajan": Malaysia's and Singapore's "child of" and the
    // father's name after it, one or two words, are the name's ("a p" as speech-to-text writes it)
    const patronym = PATRONYM_AFTER.exec(text.slice(end, end + 48))
    if (patronym !== null) end += patronym[0].length
    // "Nigel Fairbanks III", "DeShawn Gaines Jr.": a generational suffix after a full name is part of it
    const suffix = words.length >= 2 ? GENERATIONAL_SUFFIX.exec(text.slice(end, end + 8))?.[0] : undefined
    if (suffix !== undefined) end += suffix.length
    if (start !== c.start || end !== c.end) out.push({ ...c, start, end, detector: `${c.detector}-extended` })
  }
  return out
}

/** The first word of a name with its hyphenated syllable after it, if the text has one there ("Ji" of "Ji-woo"). */
function koreanGiven(text: string, start: number, end: number): string {
  const first = /^\S+/.exec(text.slice(start, end))?.[0] ?? ''
  const syllable = HYPHEN_SYLLABLE.exec(text.slice(start + first.length, start + first.length + 8))?.[0] ?? ''
  return first.includes('-') ? first : first + syllable
}

/** "co-borrower", "co-applicant", "co-signer", "ex-husband": a role with its prefix. */
const HYPHENED_ROLE = /^(?:co|ex|vice|step|self)-/

/** A word that stands before a given name as a family name: a surname or a word no list knows, never an everyday word, a title or a role. */
function familyNameBefore(w: string, lexicon: NameLexicon): boolean {
  // (not a contraction or a possessive: "I'm", "It's", "Surname's"; "O'Brien" stays)
  if (CONTRACTION.test(w)) return false
  // (two letters only when a surname: "Ng", "Wu", not a note's "Pt")
  if (w.length < 2 || (w.length === 2 && !lexicon.surnames.has(w)) || lexicon.commonWords.has(w) || lexicon.notNames.has(w) || lexicon.foreignWords.has(w)) return false
  // (not a note's abbreviation with no vowel, "Mbr"; nor a role joined by a hyphen, "Co-borrower", "Co-applicant")
  if ((/^[b-df-hj-np-tv-xz]+$/.test(w) || HYPHENED_ROLE.test(w)) && !lexicon.surnames.has(w)) return false
  return lexicon.surnames.has(w) || !lexicon.knownWords.has(w)
}
