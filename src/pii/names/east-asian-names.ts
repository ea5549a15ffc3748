/**
 * Chinese, Korean and Taiwanese names written in the Latin alphabet, family name first, by their structure: a
 * frequent family name, then one or two syllables of a given name ("Lam Siu Ming", "Kim Soon-ok", "LIN, YI-CHUN",
 * "LIU Yang", "lee chang ho"). The word lists hold few of these given names (they are syllables, combined freely),
 * so a reading word by word finds the family name alone, or nothing.
 *
 * - Mixed-case text: the family name capitalised or in capitals, then a given name capitalised or in capitals, of
 *   one or two syllables (apart by a space or joined by a hyphen: "Soon-ok", "Chia-hui"); "SURNAME, Given" too.
 * - Lower-case speech: the family name and two syllables, none of them an everyday English word the syllables
 *   share ("in", "man", "so"), and the family name none of the ambiguous short ones ("an", "ha", "ma").
 *
 * @module
 */
import type { Candidate } from '../detectors/detector.js'
import { CHINESE_GIVEN_SYLLABLES, KOREAN_FIRST_SYLLABLES, KOREAN_SECOND_SYLLABLES, KOREAN_SURNAMES } from './name-edges.js'

/** Family names: Korean (`KOREAN_SURNAMES`, and those it lacks), Chinese in pinyin, Cantonese, Taiwanese in Wade-Giles. */
const FAMILY_NAMES: ReadonlySet<string> = new Set([
  ...KOREAN_SURNAMES,
  ...('yi rhee pak choe chung yu sim shim noh roh kwak cha joo woo min jin chae won bang gong hyun byun yeo sung seong ' +
    // Chinese (pinyin)
    'wang li zhang liu chen huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao zheng liang xie tang feng deng cao peng zeng xiao ' +
    'tian dong pan yuan cai jiang du ye cheng wei su lu ding ren yao shen zhong cui tan fan qian qin shi kong bai mao hao gu meng fu ' +
    'xue yan dai xia zou ' +
    // Cantonese (Hong Kong, Macau)
    'chan wong cheung leung lam lau ho ng chow tsang kwok tse yip mak fung tam siu tsui kwan poon chiu hui mok lai yiu lui chau au sze ' +
    'chu kwong wan yuen tong ' +
    // Taiwanese (Wade-Giles)
    'chang tsai hsu hsieh kuo hung tseng liao chou yeh chuang chiang lo kao chien fang hou').split(' '),
])

/** Family names that are everyday English words too: read only in mixed-case text, where their capital says more. */
const AMBIGUOUS_FAMILY: ReadonlySet<string> = new Set(['an', 'ha', 'ma', 'he', 'su', 'lo', 'ho', 'yu', 'wu', 'gu', 'fu', 'im', 'jo', 'ko', 'au', 'son', 'song', 'fan', 'tan', 'min', 'won', 'nam', 'lau', 'pan', 'yang', 'chan', 'long'])

/**
 * Syllables of given names: Chinese in pinyin and Korean (`name-edges.ts`'s lists), and those they lack: more Korean
 * ones, Cantonese, Taiwanese in Wade-Giles, and Japanese given names of one syllable written in capitals after the
 * family name ("TAKEUCHI SHO").
 */
const GIVEN_SYLLABLES: ReadonlySet<string> = new Set([
  ...CHINESE_GIVEN_SYLLABLES,
  ...KOREAN_FIRST_SYLLABLES,
  ...KOREAN_SECOND_SYLLABLES,
  ...('jee hyeon gyeong suk ja cheol il hyeok nam uk soon kyoung ri gi ki byung byeong geun keun gun kun seon sun hwa kyeong doo du ' +
    'man myung myeong sol gil kil deok duk jong chan sin shin ' +
    'long juan guo yang tian zi hang xuan zhe lu meng yao xi ' +
    'siu wai kit ka yee fai keung kwan sze wing tung chi lok hin yat shing kin hon kwok kei hei wa lai chung hiu pui nga suet lam kam ' +
    'tsz cheuk on po ' +
    'chia chih hsin hsiang chien hsiu chieh tsung pei hsuan yen hung ' +
    'sho ken ryo rei').split(' '),
])

/** Syllables that are everyday English words: not read as a given name's in lower-case speech. */
const ENGLISH_SYLLABLES: ReadonlySet<string> = new Set(['a', 'ai', 'boon', 'in', 'an', 'so', 'man', 'bin', 'sun', 'long', 'ping', 'kit', 'fan', 'on', 'po', 'ah', 'ha', 'hi', 'hon', 'gun', 'sin', 'han', 'hang', 'lap', 'yo', 'ye', 'da', 'ok', 'il', 'won', 'kin', 'sol', 'do', 'ken', 'rei', 'bo', 'wa', 'na', 'ra', 'lu', 'si', 'li', 'mi', 'ji', 'ka', 'ki', 'gi'])

/** A syllable, or two joined by a hyphen, each a given name's (`GIVEN_SYLLABLES`). */
function givenName(word: string): boolean {
  const parts = word.toLowerCase().split('-')
  return parts.length <= 2 && parts.every((p) => GIVEN_SYLLABLES.has(p))
}

/** A family name, then a given name of one or two words, in mixed-case text ("Lam Siu Ming", "LIN, YI-CHUN", "LIU Yang"). */
const WRITTEN = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{Ll}{0,6}|\p{Lu}{1,7})(,?[ \t]+)(\p{Lu}(?:\p{Ll}{0,5}(?:-\p{Ll}{1,6})?|\p{Lu}{0,5}(?:-\p{Lu}{1,6})?))(?:[ \t]+(\p{Lu}(?:\p{Ll}{0,5}|\p{Lu}{0,5})))?(?![\p{L}\p{N}'’-])/gu

/** Names found by their structure, at 0.8 (above a family name read alone, so the whole name wins). */
export function eastAsianNames(text: string, lowerMode: boolean): Candidate[] {
  if (lowerMode) return spokenNames(text)
  const out: Candidate[] = []
  const re = new RegExp(WRITTEN.source, 'gu')
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const family = m[1] as string
    const first = m[3] as string
    const second = m[4]
    const caps = family.length > 1 && family === family.toUpperCase()
    // (a second given syllable joins only written as the first is, and a given name of it)
    const withSecond = second !== undefined && givenName(second) && !first.includes('-') && (second === second.toUpperCase()) === (first === first.toUpperCase() && first.length > 1)
    // a family name; "SURNAME, Given" only with the family name in capitals ("Chen, Lin and Wang" is a list); and one
    // capitalised syllable after a capitalised family name says too little ("Lee Ho" may be anything: in capitals, or
    // hyphenated, or two syllables, it is a name's shape)
    const name = FAMILY_NAMES.has(family.toLowerCase()) && (!(m[2] as string).startsWith(',') || caps) && givenName(first) && (withSecond || first.includes('-') || caps || first === first.toUpperCase())
    if (!name) {
      // (the next word may open one: "Mr Lam Siu Ming", "Dear Kim Soon-ok")
      re.lastIndex = m.index + family.length
      continue
    }
    const end = withSecond ? m.index + m[0].length : m.index + (m[1] as string).length + (m[2] as string).length + first.length
    out.push({ type: 'person_name', start: m.index, end, confidence: 0.8, detector: 'name-east-asian', validated: false })
  }
  return out
}

/** In lower-case speech: a family name and two given syllables, one space apart ("lee chang ho", "yoo jae suk"). */
function spokenNames(text: string): Candidate[] {
  const out: Candidate[] = []
  const words = [...text.matchAll(/\p{Ll}+/gu)]
  for (let k = 0; k + 2 < words.length; k++) {
    const [f, a, b] = [words[k], words[k + 1], words[k + 2]] as [RegExpExecArray, RegExpExecArray, RegExpExecArray]
    const family = f[0]
    if (!FAMILY_NAMES.has(family) || AMBIGUOUS_FAMILY.has(family)) continue
    // (one space between: a pause ends a name)
    if (a.index !== f.index + family.length + 1 || b.index !== a.index + a[0].length + 1) continue
    if (![a[0], b[0]].every((s) => GIVEN_SYLLABLES.has(s) && !ENGLISH_SYLLABLES.has(s))) continue
    if (f.index > 0 && /[\p{L}\p{N}'’-]/u.test(text.charAt(f.index - 1))) continue
    out.push({ type: 'person_name', start: f.index, end: b.index + b[0].length, confidence: 0.8, detector: 'name-east-asian', validated: false })
  }
  return out
}

/** After a family name said (and maybe spelled): a pause, then two given-name syllables ("fung  chun kit"). */
const GIVEN_AFTER = /^((?:[ \t]{1,3}\p{Ll}(?: \p{Ll}){1,6})?[ \t]{1,3})(\p{Ll}{1,6}) (\p{Ll}{1,6})(?![\p{L}\p{N}'’-])/u

/**
 * In lower-case speech, the given name said after a family name already found, past a pause and the family name's
 * spelling ("my name is fung  chun kit", "the name is park  p a r k  jin young"): two syllables of a given name, one
 * of them at least no English word ("po han": "han" is none).
 */
export function givenAfterFamily(text: string, names: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = []
  for (const c of names) {
    if (c.type !== 'person_name' || !FAMILY_NAMES.has(text.slice(c.start, c.end).toLowerCase())) continue
    const m = GIVEN_AFTER.exec(text.slice(c.end, c.end + 48))
    if (m === null) continue
    const [a, b] = [m[2] as string, m[3] as string]
    if (!GIVEN_SYLLABLES.has(a) || !GIVEN_SYLLABLES.has(b) || (ENGLISH_SYLLABLES.has(a) && ENGLISH_SYLLABLES.has(b))) continue
    // (the letters between spell the family name: "park  p a r k  jin young")
    const spelled = (m[1] as string).replace(/[ \t]/g, '')
    if (spelled !== '' && spelled !== text.slice(c.start, c.end).toLowerCase()) continue
    const start = c.end + (m[1] as string).length
    out.push({ type: 'person_name', start, end: start + a.length + 1 + b.length, confidence: 0.8, detector: 'name-east-asian-given', validated: false })
  }
  return out
}
