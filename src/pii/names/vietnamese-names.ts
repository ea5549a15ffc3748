/**
 * Names in Vietnamese text. Vietnamese writes one syllable a word, and most syllables are someone's given
 * name somewhere ("Thành", "Minh", "Hai", "Mai"): read word by word, a bank's notice ("hệ thống sẽ bảo trì",
 * "thanh toán", "Thành tiền") and a street ("đường Nguyễn Huệ", "Hai Bà Trưng") are full of names. In a
 * text written in Vietnamese (`vietnameseText`: its own letters and everyday words), names are read by
 * their structure instead (`vietnameseFullNames`):
 * - a family name nearly every Vietnamese person bears (Nguyễn, Trần, Lê, Phạm, ...) and one to three
 *   syllables, capitalised where the text writes capitals; in lower-case speech a family name that is an
 *   everyday word too ("mai", "cao", "từ") only before a middle name ("văn", "thị"); not after a street's,
 *   a district's, a branch's or a firm's word ("đường", "quận", "chi nhánh", "công ty"), nor the next of a
 *   list of them, nor a city ("Hà Nội", "Hồ Chí Minh");
 * - a given name after a word of address ("anh Tuấn", "chị Lan", "bé Na");
 * - the given name of a full name found, said again ("trương thị yến nhi  yến nhi").
 * Of the names the other rules found (`vietnameseNames`), only those after a word of address or an
 * introduction, and those no Vietnamese word could be (an English name: "Sarah Whitfield"), are kept.
 *
 * @module
 */
import type { Candidate } from '../detectors/detector.js'

/** Letters only Vietnamese writes (its horned, hooked and dotted vowels; not Romanian's "ă" nor Croatian's "đ"). */
const VIETNAMESE_LETTERS = /[ơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu
/** A letter with a mark (any language's: "toán", "thì" are Vietnamese in Vietnamese text). */
const MARKED = /[\u00C0-\u024F\u1E00-\u1EFF]/u
/** A syllable Vietnamese could write without marks ("thanh", "minh", "hai", "nguyen"): onset, vowels, coda. */
const PLAIN_SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/i
/** How many of those letters, and of Vietnamese's everyday words, make a text Vietnamese (a name or two in English text does not). */
const MIN_LETTERS = 2
const MIN_WORDS = 2
/** Everyday words of Vietnamese, none of them a name ("và", "của", "không", "ngân hàng", "tài khoản"). */
const EVERYDAY_WORDS: ReadonlySet<string> = new Set(
  ('và của là không được cho có này để với các những một đã sẽ thì mà ạ nhé ơi tôi vui lòng ngân hàng tài khoản số điện thoại ' +
    'xin chào cảm ơn dạ vâng giao dịch thông báo khách quý hệ thống đồng tiền chuyển gửi nhận bao nhiêu tháng năm hả phần trăm muốn ' +
    'hỏi em anh chị rồi vậy nào gì đâu vẫn nghỉ mở cửa từ đến giờ ngày lúc trong trên tại về khi nếu cũng đang bị ra vào làm chi nhánh').split(' '),
)
/** Family names, in their written forms (folded to lower case). */
const FAMILY_NAMES: ReadonlySet<string> = new Set(
  ('nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn vương trịnh trương lâm phùng mai tô hà tạ cao ' +
    'lưu quách châu thái kiều đinh lương chu tăng la triệu văn diệp thân từ khúc lại hứa mạc ông quan tôn giang kim đàm lục doãn ' +
    'nguyen tran le pham hoang huynh vu vo dang bui do ho ngo duong ly dao doan vuong trinh truong lam phung luu quach chau thai ' +
    'kieu dinh luong trieu').split(' '),
)
/** Words a person's name follows: words of address and kin, and "tên" (name), "là" after "tên", "em", "tôi", "mình". */
const ADDRESS_WORDS: ReadonlySet<string> = new Set(['anh', 'chị', 'em', 'ông', 'bà', 'cô', 'chú', 'bác', 'cháu', 'con', 'cậu', 'dì', 'mợ', 'thím', 'bạn', 'bé', 'tên', 'ngài', 'mr', 'mrs', 'ms'])
const INTRODUCERS: ReadonlySet<string> = new Set(['tên', 'em', 'tôi', 'mình', 'anh', 'chị', 'cháu', 'con'])
/** Words before a street's, a district's, a school's, a hospital's or a firm's name ("đường Nguyễn Huệ", "quận Tân Bình"). */
const PLACE_WORDS: ReadonlySet<string> = new Set([
  'đường', 'phố', 'quận', 'phường', 'huyện', 'tỉnh', 'xã', 'tp', 'trường', 'viện', 'chợ', 'cầu', 'kcn', 'lộ', 'ngõ', 'hẻm', 'ấp', 'thôn',
  'làng', 'tòa', 'ga', 'bến', 'nhánh', 'street', 'st', 'district',
])
/** Cities and provinces whose names open with a family name ("Hà Nội", "Hồ Chí Minh", "Cao Bằng"). */
const CITY_NAMES: readonly string[] = [
  'hà nội', 'hồ chí minh', 'hải phòng', 'hải dương', 'hà giang', 'hà tĩnh', 'hà nam', 'hà đông', 'cao bằng', 'lâm đồng', 'thái nguyên',
  'thái bình', 'phan thiết', 'phan rang', 'mai châu', 'châu đốc', 'lào cai', 'la gi', 'ha noi', 'ho chi minh', 'hai phong',
]
/** Their first words: only a word that is one opens a city's name. */
const CITY_FIRST_WORDS: ReadonlySet<string> = new Set(CITY_NAMES.map((c) => c.split(' ')[0] as string))
/** ... and the second words of two ("ngân hàng", "cửa hàng", "công ty", "công viên"), which alone are other words ("khách hàng"). */
const PLACE_PAIRS: ReadonlySet<string> = new Set(['ngân hàng', 'cửa hàng', 'nhà hàng', 'công ty', 'công viên', 'bệnh viện', 'thành phố', 'thị xã', 'sân bay', 'siêu thị', 'chung cư'])
/** The text is written in Vietnamese (enough of its letters). */
export function vietnameseText(text: string): boolean {
  let n = 0
  for (const _ of text.matchAll(VIETNAMESE_LETTERS)) if (++n >= MIN_LETTERS) break
  if (n < MIN_LETTERS) return false
  const seen = new Set<string>()
  for (const m of text.toLowerCase().matchAll(/\p{L}+/gu)) if (EVERYDAY_WORDS.has(m[0]) && seen.add(m[0]).size >= MIN_WORDS) return true
  return false
}

/** Family names that are everyday words too ("mai" tomorrow, "cao" tall, "hà", "la", "từ" from): in lower-case speech, only before a middle name. */
const AMBIGUOUS_FAMILY: ReadonlySet<string> = new Set(['lê', 'mai', 'tô', 'hà', 'cao', 'la', 'văn', 'từ', 'kim', 'ông', 'quan', 'giang', 'thân', 'chu', 'lâm', 'hồ', 'lại', 'hứa', 'mạc', 'thái', 'châu', 'tôn', 'lý', 'le', 'do', 'ho', 'ly', 'lam', 'chau', 'thai', 'vu', 'vo', 'dao', 'dinh', 'tăng', 'khúc', 'lục', 'đàm', 'diệp', 'đào', 'ngô', 'phan', 'vũ', 'võ', 'tạ', 'kiều', 'lương', 'triệu'])
/** Middle names, which follow the family name ("Nguyễn Văn An", "Trần Thị Mai"). */
const MIDDLE_NAMES: ReadonlySet<string> = new Set(
  ('văn thị hữu đức ngọc minh thanh quốc hoàng thu xuân kim bảo gia anh tuấn công đình quang thành trung mạnh phương hồng thúy diệu ' +
    'mỹ khánh hải nhật duy tiến van thi huu duc ngoc quoc hoang xuan bao cong dinh thanh trung').split(' '),
)
/** A word of a name: letters only, a capital first in text that writes capitals. */
const WORD = /\p{L}+/gu

/**
 * Full names read by their structure: a family name, then one to three syllables ("Nguyễn Thị Thanh Tâm", "HOANG THI
 * MAI", "trương thị yến nhi"); and a given name after a word of address ("chị Thủy", "em Na").
 */
export function vietnameseFullNames(text: string, everyday: (word: string) => boolean, given: (word: string) => boolean): Candidate[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0], lower: m[0].toLowerCase() }))
  const writesCapitals = /\p{Lu}/u.test(text.replace(/^[^:\n]{1,24}:/gmu, ''))
  const joined = (a: { end: number }, b: { start: number }): boolean => /^[ \t]{1,2}$/.test(text.slice(a.end, b.start))
  const capital = (w: { raw: string }): boolean => /^\p{Lu}/u.test(w.raw)
  const out: Candidate[] = []
  // (where a list of streets or places after their word ends: "đường Nguyễn Huệ, Lê Thánh Tôn và Hai Bà Trưng")
  let placesEnd = -1
  const placeBefore = (k: number): boolean => {
    const prev = words[k - 1]
    const w = words[k] as (typeof words)[number]
    if (placesEnd >= 0 && /^[ \t]*(?:,|và|,[ \t]*và)[ \t]*$/u.test(text.slice(placesEnd, w.start))) return true
    if (prev === undefined || !joined(prev, w)) return false
    return PLACE_WORDS.has(prev.lower) || PLACE_PAIRS.has(`${words[k - 2]?.lower ?? ''} ${prev.lower}`)
  }
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as (typeof words)[number]
    const place = placeBefore(k)
    let e = k
    const city = CITY_FIRST_WORDS.has(w.lower) ? CITY_NAMES.find((c) => text.slice(w.start, w.start + c.length).toLowerCase() === c && !/\p{L}/u.test(text.charAt(w.start + c.length))) : undefined
    if (city !== undefined) {
      while (e + 1 < words.length && (words[e + 1] as (typeof words)[number]).end <= w.start + city.length) e++
      k = e
      continue
    }
    if (FAMILY_NAMES.has(w.lower) && (!writesCapitals || capital(w))) {
      const next = words[k + 1]
      if (!writesCapitals && AMBIGUOUS_FAMILY.has(w.lower) && (next === undefined || !MIDDLE_NAMES.has(next.lower))) continue
      while (e + 1 < words.length && e - k < 3) {
        const n = words[e + 1] as (typeof words)[number]
        if (!joined(words[e] as (typeof words)[number], n) || (writesCapitals ? !capital(n) : everyday(n.lower) && !MIDDLE_NAMES.has(n.lower))) break
        e++
      }
      if (e > k && place) {
        placesEnd = (words[e] as (typeof words)[number]).end
        k = e
        continue
      }
      if (e > k) {
        out.push({ type: 'person_name', start: w.start, end: (words[e] as (typeof words)[number]).end, confidence: 0.8, detector: 'name-vietnamese', validated: false })
        k = e
        continue
      }
    }
    // "chị Thủy", "anh Tuấn", "em Na": a given name after a word of address (in lower-case speech, a listed given name)
    const after = words[k + 1]
    if (place && writesCapitals && capital(w)) {
      // (a place of the list without a family name first: "Hai Bà Trưng")
      let end = w.end
      for (let j = k + 1; j < words.length && j - k < 3 && joined(words[j - 1] as (typeof words)[number], words[j] as (typeof words)[number]) && capital(words[j] as (typeof words)[number]); j++) {
        end = (words[j] as (typeof words)[number]).end
        k = j
      }
      placesEnd = end
      continue
    }
    if (ADDRESS_WORDS.has(w.lower) && after !== undefined && joined(w, after) && !everyday(after.lower) && (writesCapitals ? capital(after) : given(after.lower))) {
      let end = after.end
      const second = words[k + 2]
      if (second !== undefined && joined(after, second) && (writesCapitals ? capital(second) : given(second.lower) && !everyday(second.lower))) end = second.end
      out.push({ type: 'person_name', start: after.start, end, confidence: 0.7, detector: 'name-vietnamese', validated: false })
    }
  }
  return [...out, ...repeatedGivenNames(text, words, out, writesCapitals)]
}

/**
 * The given name of a full name found, said again alone: "em tên trương thị yến nhi  yến nhi", "... khách hàng Cao Thị
 * Minh Nguyệt ... chị Nguyệt". Its last two syllables; its last one alone where the text writes it capitalised.
 */
function repeatedGivenNames(text: string, words: readonly { start: number; end: number; raw: string; lower: string }[], found: readonly Candidate[], writesCapitals: boolean): Candidate[] {
  const out: Candidate[] = []
  const parts = new Set<string>()
  for (const f of found) {
    const syllables = text.slice(f.start, f.end).toLowerCase().split(/[ \t]+/)
    if (syllables.length < 3) continue
    parts.add(syllables.slice(-2).join(' '))
    if (writesCapitals) parts.add(syllables[syllables.length - 1] as string)
  }
  if (parts.size === 0) return out
  // (`found` is in text order and its names do not overlap: a pointer walks it beside the words)
  let f = 0
  const inFound = (w: { start: number; end: number }): boolean => {
    while (f < found.length && (found[f] as Candidate).end <= w.start) f++
    const name = found[f]
    return name !== undefined && name.start <= w.start && w.end <= name.end
  }
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as (typeof words)[number]
    if (inFound(w)) continue
    const next = words[k + 1]
    if (next !== undefined && /^[ \t]{1,2}$/.test(text.slice(w.end, next.start)) && parts.has(`${w.lower} ${next.lower}`) && !inFound(next)) {
      out.push({ type: 'person_name', start: w.start, end: next.end, confidence: 0.7, detector: 'name-vietnamese', validated: false })
      k++
    } else if (writesCapitals && /^\p{Lu}/u.test(w.raw) && parts.has(w.lower)) {
      out.push({ type: 'person_name', start: w.start, end: w.end, confidence: 0.6, detector: 'name-vietnamese', validated: false })
    }
  }
  return out
}

/** The names in `names` that stay names in Vietnamese `text`; `everyday`: a Vietnamese everyday word (lower case). */
export function vietnameseNames(text: string, names: readonly Candidate[], everyday: (word: string) => boolean): Candidate[] {
  return names.filter((c) => {
    if (c.type !== 'person_name') return true
    const words = text.slice(c.start, c.end).split(/[\s,]+/u).filter((w) => w.length > 0)
    const lower = words.map((w) => w.toLowerCase())
    const before = (text.slice(Math.max(0, c.start - 24), c.start).toLowerCase().match(/[\p{L}]+/gu) ?? []).slice(-2)
    const prev = before[before.length - 1] ?? ''
    // (an English or another language's name: no marked letter, no everyday Vietnamese word, a word no Vietnamese syllable)
    if (!words.some((w) => MARKED.test(w)) && !lower.some(everyday) && !words.every((w) => PLAIN_SYLLABLE.test(w))) return true
    if (ADDRESS_WORDS.has(prev) || (prev === 'là' && INTRODUCERS.has(before[0] ?? ''))) return true
    return false
  })
}
