/**
 * Names written in Arabic script: "أسيل العمري", "عبدالرحمن الزهراني", "شكراً أستاذ نايف", "معك نورة", "أم خالد",
 * "محمد بن سلمان", "د. سامي". The name stage's lists are Latin; these words are read against given names in Arabic
 * script (a hand list of names frequent from the Gulf to the Maghreb, and faker's Arabic list) and by the shapes of
 * Arabic names.
 *
 * A word is
 * - a given name: on the list, compared with its hamzas, its alef's forms, its ta marbuta and its vowel marks folded
 *   ("أسيل" and "اسيل" are one name), or a compound of "عبد" ("عبدالله", "عبد الرحمن");
 * - a family name: "ال" and a nisba ending in "ي" ("الكعبي", "الزهراني", "القحطاني"), not one of the everyday adjectives
 *   so made ("الوطني", "الإلكتروني"); a family name on the list ("الخطيب", "النجار"); "آل" and the word after it ("آل نهيان");
 * - a link: "بن", "بنت", "ابن" between two names.
 *
 * Taken: a given name with a family name, a link or another given name after it ("أحمد حسن محمود"); a given name alone
 * after words that introduce or address a person ("اسمي", "معك", "أستاذ", "يا", "السيد", "د.", "أخي", "باسم"), or alone
 * when it is no everyday word too; a kunya ("أم خالد", "أبو علي"). Not a name after a street's, a road's, a firm's or a
 * king's word ("شارع الملك فهد", "مستشفى سليمان الحبيب"): places and firms named after people.
 *
 * @module
 */
import type { Candidate } from '../detectors/detector.js'
import { ARABIC_SCRIPT_GIVEN_NAMES } from './script-names.generated.js'

/** A word of Arabic letters, with its vowel marks and tatweel. */
const WORD = /[\u0621-\u064A\u0640\u064B-\u065F\u0670\u0671-\u06D3]+/g
/** Texts without an Arabic letter are not read. */
const SCRIPT = /[\u0621-\u064A]/

/** Vowel marks and tatweel dropped, the alef's hamza forms one alef, ta marbuta "ه" (alef maqsura kept: "على" is no "علي"). */
function fold(word: string): string {
  return word.replace(/[\u064B-\u065F\u0670\u0640]/g, '').replace(/[أإآٱ]/g, 'ا').replace(/ة/g, 'ه')
}

/**
 * Given names frequent across the Arab world in Arabic script (faker's list holds few women's names and few of the Gulf's).
 */
const HAND_GIVEN_NAMES = [
  // men
  'محمد', 'أحمد', 'محمود', 'مصطفى', 'علي', 'عمر', 'عثمان', 'خالد', 'فهد', 'فيصل', 'سلمان', 'سلطان', 'سعود', 'نايف', 'نواف', 'بندر',
  'تركي', 'ماجد', 'مشعل', 'متعب', 'راكان', 'عبدالله', 'عبدالرحمن', 'عبدالعزيز', 'عبدالكريم', 'عبدالمجيد', 'عبدالإله', 'عبدالملك',
  'يوسف', 'إبراهيم', 'إسماعيل', 'يعقوب', 'موسى', 'عيسى', 'يحيى', 'زكريا', 'سليمان', 'داود', 'هشام', 'هاني', 'وليد', 'وائل', 'طارق',
  'زياد', 'زيد', 'زايد', 'حمد', 'حمدان', 'راشد', 'سيف', 'ناصر', 'منصور', 'مبارك', 'سالم', 'سعيد', 'سعد', 'صالح', 'حسين', 'حسن',
  'عادل', 'شريف', 'تامر', 'أيمن', 'أسامة', 'ياسر', 'عمرو', 'كريم', 'مروان', 'رامي', 'سامي', 'سامر', 'شادي', 'فادي', 'غسان', 'ليث',
  'مهند', 'معاذ', 'أنس', 'بلال', 'حمزة', 'جاسم', 'جاسر', 'مشاري', 'عبيد', 'مطر', 'حارب', 'ثامر', 'غازي', 'مازن', 'نبيل', 'نادر',
  'جمال', 'كمال', 'رياض', 'إياد', 'عماد', 'عصام', 'هيثم', 'باسل', 'بسام', 'حسام', 'عزيز', 'أنور', 'مجدي', 'حازم', 'رضا', 'قاسم',
  'مهدي', 'كاظم', 'جعفر', 'عباس', 'مراد', 'رشيد', 'ادريس', 'إدريس', 'العربي', 'الطيب', 'المهدي', 'الحسن', 'الحسين', 'لحسن', 'نور الدين',
  'نورالدين', 'صلاح', 'صلاح الدين', 'عز الدين', 'بدر', 'فارس', 'فراس', 'طلال', 'عدنان', 'غانم', 'مشعان', 'عوض', 'عواد', 'حمود',
  // women
  'فاطمة', 'عائشة', 'خديجة', 'مريم', 'زينب', 'نورة', 'نوره', 'سارة', 'ساره', 'ريم', 'هند', 'لمى', 'لما', 'ليلى', 'ليلي', 'أمل', 'أسيل',
  'منى', 'مها', 'هدى', 'هيفاء', 'نوف', 'العنود', 'الجوهرة', 'شيخة', 'موزة', 'حصة', 'عفراء', 'ميثاء', 'مريم', 'دانة', 'دانه', 'جود',
  'لين', 'رنا', 'رانيا', 'رشا', 'رهف', 'روان', 'رزان', 'سلمى', 'سمر', 'سماح', 'سهى', 'سعاد', 'شهد', 'شيماء', 'غادة', 'غدير', 'فرح',
  'لجين', 'لانا', 'لينا', 'ديما', 'دينا', 'دعاء', 'آلاء', 'إيمان', 'ايمان', 'أسماء', 'أميرة', 'أماني', 'بسمة', 'بشرى', 'تسنيم',
  'حنان', 'حلا', 'هالة', 'هبة', 'هناء', 'وفاء', 'ولاء', 'ياسمين', 'يارا', 'نادية', 'نجلاء', 'نجوى', 'نوال', 'نسرين', 'نهى', 'نهلة',
  'عبير', 'علياء', 'عزة', 'كوثر', 'لبنى', 'ملك', 'منيرة', 'مشاعل', 'مي', 'ندى', 'نور', 'وعد', 'سوسن', 'شيرين', 'صفاء', 'جميلة',
  'رقية', 'سمية', 'حليمة', 'سكينة', 'زهرة', 'كريمة', 'نعيمة', 'لطيفة', 'سلوى', 'رحاب', 'إسراء', 'اسراء', 'بتول', 'جنى', 'تالا',
]

/**
 * Given names that are everyday words too ("أمل" hope, "جمال" beauty, "نور" light, "بدر" full moon, "سالم" safe): a name
 * only with another name beside it or a word that introduces one before it.
 */
const EVERYDAY_NAMES = [
  'أمل', 'نور', 'جمال', 'كمال', 'بدر', 'سالم', 'سعيد', 'كريم', 'عادل', 'شريف', 'أمان', 'جمعة', 'سلام', 'هدى', 'فرح', 'وفاء', 'حسن', 'رضا',
  'عزيز', 'أمين', 'منى', 'ملك', 'ندى', 'وعد', 'صفاء', 'جميلة', 'كريمة', 'لطيفة', 'نعيمة', 'زهرة', 'بشرى', 'هناء', 'رحمة', 'حياة', 'صباح',
  'ضياء', 'نجاح', 'رجاء', 'سعادة', 'مبارك', 'مسعود', 'فضل', 'خير', 'نصر', 'منصور', 'ناصر', 'فارس', 'أنور', 'باسل', 'حازم', 'غانم', 'عوض',
  'الحسن', 'العربي', 'الطيب', 'المهدي', 'رمضان', 'جود', 'لين', 'مي', 'تالا', 'جنى', 'دانة', 'حلا', 'ليث', 'فهد', 'سيف', 'مطر', 'علي',
  'عباس', 'قاسم', 'طارق', 'صلاح', 'سامي', 'نبيل', 'فادي', 'هادي', 'غازي', 'باسم', 'سيد', 'حاج',
  // (months that are given names: "رمضان", "شعبان", "رجب")
  'شعبان', 'رجب',
]
/** Words faker lists as given names that are an everyday word only: "على" is the preposition "on" ("علي" is the name). */
const NOT_NAMES = ['على']

/** Family names that are no nisba. */
const FAMILY_NAMES = [
  'الخطيب', 'الشريف', 'النجار', 'الحداد', 'الصباغ', 'العطار', 'الخياط', 'البنا', 'الأحمد', 'الحسن', 'الحسين', 'العلي', 'المحمد',
  'السيد', 'الزين', 'الجمال', 'السقا', 'الدباغ', 'الطويل', 'الصغير', 'الكبير', 'المنصور', 'الراشد', 'السالم', 'الصالح', 'الفهد',
  'العبدالله', 'الحمد', 'السعد', 'الخالد', 'البدر', 'الناصر', 'الفارس', 'الشامسي', 'حسن', 'حسين', 'محمود', 'إبراهيم', 'عبدالله',
]

/** Adjectives and nouns made like a nisba ("ال" ... "ي") that are no family's name. */
const NISBA_WORDS = [
  'الوطني', 'الإلكتروني', 'الالكتروني', 'الشخصي', 'المدني', 'الصحي', 'الطبي', 'الحالي', 'الماضي', 'التالي', 'الرسمي', 'البنكي',
  'المصرفي', 'الدولي', 'العربي', 'الأمريكي', 'السعودي', 'الإماراتي', 'الكويتي', 'القطري', 'البحريني', 'العماني', 'المصري',
  'الأردني', 'اللبناني', 'السوري', 'العراقي', 'المغربي', 'الجزائري', 'التونسي', 'الليبي', 'اليمني', 'الفلسطيني', 'السوداني',
  'الخليجي', 'الأجنبي', 'المحلي', 'الذكي', 'الجوي', 'البري', 'البحري', 'الثاني', 'الأولي', 'النهائي', 'الشهري', 'السنوي',
  'اليومي', 'الأسبوعي', 'الإضافي', 'الجماعي', 'الفردي', 'الفني', 'التقني', 'القانوني', 'المالي', 'الإداري', 'التجاري', 'الصناعي',
  'الزراعي', 'الجامعي', 'المدرسي', 'الدراسي', 'الوظيفي', 'المهني', 'الأساسي', 'الرئيسي', 'الفرعي', 'الداخلي', 'الخارجي',
  'العالي', 'الحقيقي', 'الكامل', 'المجاني', 'الكافي', 'الباقي', 'الماضي', 'الجاري', 'الحالي', 'النصي', 'الصوتي', 'الهاتفي',
  'الإلكترونى', 'الكهربائي', 'المائي', 'الغذائي', 'الدوائي', 'العلاجي', 'الجراحي', 'النفسي', 'الجسدي', 'الجنسي', 'الطبيعي',
  'الذاتي', 'الآلي', 'الرقمي', 'السري', 'العادي', 'الفوري', 'المؤقت', 'الاحتياطي', 'الافتراضي', 'الأصلي', 'الحكومي', 'الخاص',
  'الشرقي', 'الغربي', 'الشمالي', 'الجنوبي', 'الوسطى', 'الدوري', 'الطارئ', 'الليلي', 'الصباحي', 'المسائي', 'الأمني', 'التأميني',
]

/** Words that introduce or address the person whose name follows ("اسمي", "معك", "أستاذ", "يا", "السيد", "أخي"). */
const CUES = [
  'اسمي', 'إسمي', 'اسمه', 'اسمها', 'الاسم', 'اسم', 'باسم', 'بإسم', 'معك', 'معاك', 'معكم', 'معاكم', 'أنا', 'انا', 'أستاذ', 'استاذ',
  'الأستاذ', 'الاستاذ', 'أستاذة', 'استاذة', 'الأستاذة', 'الاستاذة', 'السيد', 'السيدة', 'سيد', 'سيدة', 'الدكتور', 'الدكتورة', 'دكتور',
  'دكتورة', 'د', 'يا', 'أخي', 'اخي', 'أختي', 'اختي', 'اخوي', 'اخويا', 'ابني', 'بنتي', 'ابنتي', 'زوجي', 'زوجتي', 'والدي', 'والدتي',
  'الأخ', 'الاخ', 'الأخت', 'الاخت', 'المريض', 'المريضة', 'العميل', 'العميلة', 'المستفيد', 'المستفيدة', 'الطالب', 'الطالبة',
  'المهندس', 'المهندسة', 'الحاج', 'الحاجة', 'حاج', 'حاجة', 'مدام', 'الآنسة', 'الانسة', 'عمي', 'خالي', 'عمتي', 'خالتي',
]
/** A kunya's first word: "أم خالد", "أبو علي". */
const KUNYA = ['أم', 'ام', 'أبو', 'ابو', 'أبي']
/** Links inside a name: "محمد بن سلمان", "فاطمة بنت علي". */
const LINKS = ['بن', 'بنت', 'ابن']
/** Words after which a name is a place's or a firm's ("شارع الملك فهد", "مستشفى سليمان الحبيب", "جامعة الملك سعود"). */
const PLACE_WORDS = [
  'شارع', 'طريق', 'حي', 'مستشفى', 'مستوصف', 'مسجد', 'جامع', 'جامعة', 'مدرسة', 'كلية', 'برج', 'مركز', 'مجمع', 'مؤسسة', 'شركة', 'بنك',
  'مصرف', 'فندق', 'مطار', 'ميناء', 'جسر', 'ميدان', 'دوار', 'منطقة', 'مدينة', 'الملك', 'الأمير', 'الامير', 'الشيخ', 'الملكة', 'الأميرة',
  'مجموعة', 'مكتب', 'صيدلية', 'مطعم', 'محل', 'سوق', 'مول', 'حديقة', 'قاعة', 'نادي', 'مؤسسه', 'شركه', 'وزارة', 'هيئة', 'جمعية',
]

const CONFIDENCE_RUN = 0.85
const CONFIDENCE_ALONE = 0.7

interface Lists {
  readonly given: ReadonlySet<string>
  readonly everyday: ReadonlySet<string>
  readonly families: ReadonlySet<string>
  readonly nisbaWords: ReadonlySet<string>
  readonly cues: ReadonlySet<string>
  readonly kunya: ReadonlySet<string>
  readonly links: ReadonlySet<string>
  readonly places: ReadonlySet<string>
}
let lists: Lists | undefined
const folded = (words: readonly string[]): ReadonlySet<string> => new Set(words.map(fold))
function load(): Lists {
  lists ??= {
    given: folded([...HAND_GIVEN_NAMES, ...ARABIC_SCRIPT_GIVEN_NAMES.split('\n')].filter((w) => !w.includes(' ') && !NOT_NAMES.includes(w))),
    everyday: folded(EVERYDAY_NAMES),
    families: folded(FAMILY_NAMES),
    nisbaWords: folded(NISBA_WORDS),
    cues: folded(CUES),
    kunya: folded(KUNYA),
    links: folded(LINKS),
    places: folded(PLACE_WORDS),
  }
  return lists
}

interface Word {
  readonly start: number
  readonly end: number
  readonly key: string
}
type Kind = 'given' | 'family' | 'link' | null

/** One-letter prefixes a word takes ("وأحمد", "لأخي", "بسارة"): "و" and, "ل" for, "ب" with, "ف" so. */
const PREFIX = /^[ولبف]/

export function arabicScriptNames(text: string): Candidate[] {
  if (!SCRIPT.test(text)) return []
  const { given, everyday, families, nisbaWords, cues, kunya, links, places } = load()
  const words: Word[] = []
  for (const m of text.matchAll(WORD)) words.push({ start: m.index, end: m.index + m[0].length, key: fold(m[0]) })
  const isGiven = (key: string): boolean => given.has(key) || (key.startsWith('عبد') && key.length >= 6 && (given.has(key.slice(3)) || key.slice(3).startsWith('ال')))
  const kindOf = (w: Word): Kind => {
    const key = w.key
    if (links.has(key)) return 'link'
    if (isGiven(key)) return 'given'
    if (families.has(key)) return 'family'
    // (a nisba: "ال" and at least three letters ending in "ي")
    if (key.startsWith('ال') && key.endsWith('ي') && key.length >= 5 && !nisbaWords.has(key)) return 'family'
    return null
  }
  const kinds = words.map(kindOf)
  // (only blanks between the words of one name: a comma, a full stop or a line break ends it)
  const joined = (a: Word, b: Word): boolean => /^[ \t]{1,2}$/.test(text.slice(a.end, b.start))
  /** The word before `k` (a blank, or "." after "د", between), or undefined. */
  const previous = (k: number): Word | undefined => {
    const prev = words[k - 1]
    const cur = words[k] as Word
    if (prev === undefined || !/^\.?[ \t]{1,2}$|^\.$/.test(text.slice(prev.end, cur.start))) return undefined
    return prev
  }
  /** The word is one of `set`, as written or after a one-letter prefix ("لأخي", "وشارع"). */
  const isOf = (set: ReadonlySet<string>, w: Word): boolean => set.has(w.key) || (PREFIX.test(w.key) && set.has(w.key.slice(1)))
  const cueAt = (w: Word | undefined): boolean => w !== undefined && isOf(cues, w)
  const placeBefore = (k: number): boolean => {
    for (let j = k - 1, n = 0; j >= 0 && n < 2; j--, n++) {
      const w = words[j] as Word
      if (!joined(w, words[j + 1] as Word)) return false
      if (isOf(places, w)) return true
    }
    return false
  }
  const out: Candidate[] = []
  let k = 0
  while (k < words.length) {
    const kind = kinds[k]
    // ("عبد الرحمن": "عبد" and the word after it are one given name)
    const compound = words[k]?.key === 'عبد' && words[k + 1] !== undefined && joined(words[k] as Word, words[k + 1] as Word) && (words[k + 1] as Word).key.startsWith('ال')
    // (a word that introduces a name and is a given name too, "باسم", is the cue of the name after it)
    if ((kind !== 'given' && !compound) || (cues.has((words[k] as Word).key) && kinds[k + 1] === 'given' && joined(words[k] as Word, words[k + 1] as Word))) {
      k++
      continue
    }
    let e = compound ? k + 1 : k
    // the name's other words: given names, links followed by a name, family names ("آل" and its word)
    for (;;) {
      const next = words[e + 1]
      if (next === undefined || !joined(words[e] as Word, next)) break
      const nk = kinds[e + 1]
      if (nk === 'given' || nk === 'family') e++
      else if (nk === 'link' && words[e + 2] !== undefined && joined(next, words[e + 2] as Word) && kinds[e + 2] !== null && kinds[e + 2] !== 'link') e += 2
      else if (text.slice(next.start, next.end) === 'آل' && words[e + 2] !== undefined && joined(next, words[e + 2] as Word)) e += 2
      else break
      if (e - k >= 4) break
    }
    const first = words[k] as Word
    const firstKey = compound ? 'عبد' + (words[k + 1] as Word).key : first.key
    const many = e > (compound ? k + 1 : k)
    const strongPart = kinds.slice(k, e + 1).some((x, j) => x === 'family' || (x === 'given' && !everyday.has((words[k + j] as Word).key)))
    let start = first.start
    // a kunya before the given name: "أم خالد", "أبو علي"
    const before = previous(k)
    const kunyaBefore = before !== undefined && joined(before, first) && kunya.has(before.key)
    if (kunyaBefore) start = before.start
    const cue = kunyaBefore || cueAt(before) || cueAt(kunyaBefore ? previous(k - 1) : undefined)
    let take: boolean
    if (placeBefore(kunyaBefore ? k - 1 : k)) take = false
    else if (many) take = cue || strongPart
    else take = cue || !everyday.has(firstKey)
    if (take) out.push({ type: 'person_name', start, end: (words[e] as Word).end, confidence: many || cue ? CONFIDENCE_RUN : CONFIDENCE_ALONE, detector: 'name-arabic-script', validated: false })
    k = e + 1
  }
  return out
}
