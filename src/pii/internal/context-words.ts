/**
 * Presidio-style context: whole words (never substrings) in a small window around a candidate.
 *
 * @module
 */

const MAX_SCAN_CHARS = 160

/** ASCII letters, apostrophes, and the accented Latin letters ("numéro", "teléfono"; not × and ÷). */
function isWordChar(c: number): boolean {
  // (Latin letters with their accents, Greek's, "Ημ. Γέννησης", "ΑΜΚΑ", and Cyrillic's, "номер телефона", "ИНН")
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7) || (c >= 0x386 && c <= 0x3ce) || (c >= 0x400 && c <= 0x4ff)
}

const isDigitChar = (c: number): boolean => c >= 48 && c <= 57

/**
 * Han ideographs, kana and Hangul syllables (scripts written without spaces between words), and
 * Arabic letters: runs of them are read for the label terms below rather than as English words.
 */
function isTermScript(c: number): boolean {
  return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0x0621 && c <= 0x064a)
}

/**
 * Labels in Chinese (simplified and traditional), Japanese, Korean and Arabic, with the English context
 * word each stands for; a run of CJK text has no spaces, so the terms are found inside it (and inside an
 * Arabic word, whose article "ال" they may carry).
 */
const LABEL_TERMS: readonly (readonly [string, string])[] = [
  ['電話', 'phone'], ['电话', 'phone'], ['携帯', 'mobile'], ['手机', 'mobile'], ['手機', 'mobile'], ['連絡先', 'contact'], ['联系', 'contact'],
  ['전화', 'phone'], ['휴대폰', 'mobile'], ['핸드폰', 'mobile'], ['연락처', 'contact'],
  ['口座', 'account'], ['账户', 'account'], ['賬戶', 'account'], ['账号', 'account'], ['帳號', 'account'], ['계좌', 'account'], ['会員', 'member'], ['회원', 'member'],
  ['カード', 'card'], ['信用卡', 'card'], ['银行卡', 'card'], ['카드', 'card'],
  ['生年月日', 'birth'], ['出生日期', 'birth'], ['誕生日', 'birthday'], ['生日', 'birthday'], ['생년월일', 'birth'], ['생일', 'birthday'],
  ['メール', 'email'], ['邮箱', 'email'], ['電郵', 'email'], ['이메일', 'email'],
  ['パスポート', 'passport'], ['旅券', 'passport'], ['护照', 'passport'], ['護照', 'passport'], ['여권', 'passport'],
  ['注文', 'order'], ['订单', 'order'], ['訂單', 'order'], ['주문', 'order'], ['追跡', 'tracking'], ['快递', 'tracking'], ['운송장', 'tracking'],
  ['番号', 'number'], ['号码', 'number'], ['號碼', 'number'], ['번호', 'number'],
  // an identity card's or registration's number ("身份证号码", "주민등록번호")
  ['身份证', 'identity'], ['身份證', 'identity'], ['居民身份', 'identity'], ['주민등록', 'identity'], ['신분증', 'identity'],
  // Japan's My Number ("マイナンバー", "個人番号")
  ['マイナンバー', 'mynumber'], ['個人番号', 'mynumber'],
  // Arabic forms' labels: identity ("الهوية الوطنية"), Egypt's national number ("الرقم القومي"), Iqama, mobile,
  // phone, passport, birth, e-mail, account, number
  ['هوية', 'identity'], ['القومي', 'identity'], ['إقامة', 'iqama'], ['اقامة', 'iqama'], ['جوال', 'mobile'], ['محمول', 'mobile'],
  ['هاتف', 'phone'], ['جواز', 'passport'], ['ميلاد', 'birth'], ['بريد', 'email'], ['حساب', 'account'], ['رقم', 'number'],
  // ... and the other things a number is of ("رقم الطلب": the order's number)
  ['طلب', 'order'], ['فاتورة', 'invoice'], ['حجز', 'booking'], ['تذكرة', 'ticket'], ['تتبع', 'tracking'], ['مرجع', 'reference'], ['شحنة', 'tracking'],
]

/** The English context words a run of CJK or Arabic text holds, nearest (rightmost) first. */
function termContextWords(run: string): string[] {
  const found: { at: number; word: string }[] = []
  for (const [term, word] of LABEL_TERMS) {
    const at = run.lastIndexOf(term)
    if (at >= 0) found.push({ at, word })
  }
  return found.sort((a, b) => b.at - a.at).map((f) => f.word)
}

/** French's elided article or preposition before a word ("d'allocataire", "l'iban", "qu'identifiant"): the word is the rest. */
const ELISION = /^(?:d|l|qu|n|s|j|m)['’](?=\p{L}{3})/u

/** A word in lower case, Turkish's dotted capital "İ" as "i" (JavaScript lowers it to two characters: "i̇stanbul"). */
function lowerWord(w: string): string {
  const lower = w.toLowerCase()
  return lower.length === w.length ? lower : w.replace(/İ/g, 'I').toLowerCase()
}

function contextWord(w: string): string {
  const word = stripPossessive(w)
  // (most words have no apostrophe second or third: one look before the pattern)
  const c1 = word.charCodeAt(1)
  const c2 = word.charCodeAt(2)
  return c1 === 39 || c1 === 0x2019 || c2 === 39 || c2 === 0x2019 ? word.replace(ELISION, '') : word
}

function stripPossessive(w: string): string {
  const n = w.length
  if (n > 2 && w.charCodeAt(n - 1) === 115) {
    const q = w.charCodeAt(n - 2)
    if (q === 39 || q === 0x2019) return w.slice(0, n - 2)
  }
  return w
}

/** Who speaks a transcript's turns, as its lines label them ("Customer:", "Agent:", "Speaker 2:"). */
const SPEAKER_ROLES: ReadonlySet<string> = new Set([
  'customer', 'caller', 'client', 'agent', 'rep', 'representative', 'advisor', 'adviser', 'support', 'operator', 'speaker', 'me', 'user',
  'applicant', 'tenant', 'landlord', 'candidate', 'recruiter', 'debtor', 'collector', 'paralegal', 'intake', 'attorney', 'lawyer',
  'interviewer', 'receptionist', 'dispatcher', 'nurse', 'doctor', 'pharmacist', 'host', 'guest', 'visitor', 'bot', 'assistant',
  'clerk', 'teller', 'cashier', 'attendant',
  // surveys' and polls' interviews ("Interviewer: ID number?\nRespondent: 8106140875086.")
  'respondent', 'interviewee', 'moderator', 'enumerator',
])

/** Code of an ASCII capital letter. */
const isCapital = (c: number): boolean => c >= 65 && c <= 90

/**
 * A turn label's colon right after its word (at `end`), maybe after the speaker's number or letter
 * ("Caller:", "Speaker 2:", "Speaker2:", "Speaker B:"). The name detector asks the same of its words.
 */
export function labelColonAfter(text: string, end: number): boolean {
  let k = end
  const spaced = text.charCodeAt(k) === 32
  if (spaced) k++
  const digits = k
  while (k < digits + 2 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++
  if (k === digits && spaced) {
    if (!isCapital(text.charCodeAt(k))) return false
    k++
  }
  return text.charCodeAt(k) === 58
}

/**
 * The word text[start, end) labels a turn: a speaker's role before a label's colon, at a line's start
 * or inside a line where a transcript's turns run together; or a speaker's letter alone after the
 * previous turn ("... to B: ").
 */
function turnLabel(text: string, start: number, end: number, word: string): boolean {
  if (!labelColonAfter(text, end)) return false
  if (SPEAKER_ROLES.has(word)) return true
  // ("Patient:" labels a turn where a clinician's turns do too; a form's "Patient: 4471829" names a patient's number)
  if (word === 'patient' && clinicalDialogue(text)) return true
  // ... and "Member:" or "Player:" where an agent's turns, or players' numbered turns, make it a dialogue ("Player: Join
  // code is 4827-1936-5504.\nPlayer 2: In."; a form's "Player: SR-2270418" names a player's account)
  if ((word === 'member' || word === 'player') && (clinicalDialogue(text) || NUMBERED_PLAYER_TURN.test(text))) return true
  // a single letter: "A:", "B:" after a space or at a line's start, never glued to a word ("6:30" holds none)
  return text.charCodeAt(end) === 58 && end - start === 1 && isCapital(text.charCodeAt(start)) && (start === 0 || text.charCodeAt(start - 1) === 32 || text.charCodeAt(start - 1) === 10)
}

/** A numbered player's turn label ("Player 2:"). */
const NUMBERED_PLAYER_TURN = /(?:^|\n)[ \t]*player \d{1,2}[ \t]?:/i
/** A clinician's or an agent's turn label: the text is a dialogue, so "Patient:" labels a turn too. */
const CLINICIAN_TURN = /(?:^|[\n.?!][ \t]*)(?:nurse|doctor|dr|receptionist|pharmacist|agent|rep|gp|clinician)(?: \p{Lu}[\p{L}'-]*)?[ \t]?:/iu
/** The last text asked about (rules ask of one text again and again). */
let lastDialogueText: string | undefined
let lastDialogue = false

function clinicalDialogue(text: string): boolean {
  if (text !== lastDialogueText) {
    lastDialogueText = text
    lastDialogue = CLINICIAN_TURN.test(text)
  }
  return lastDialogue
}

/** After "speaker" at `end`: one space, then one letter or up to two digits, then a blank, a colon or the end ("speaker b yeah"). */
function speakerTagAfter(text: string, end: number): boolean {
  if (text.charCodeAt(end) !== 32) return false
  let k = end + 1
  const c = text.charCodeAt(k)
  if (c >= 97 && c <= 122) k++
  else while (k < end + 3 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++
  if (k === end + 1) return false
  const after = text.charCodeAt(k)
  return Number.isNaN(after) || after === 32 || after === 58 || after === 10
}

/** What follows "case" when it names a number ("case number", "case no", "case id"). */
const CASE_NUMBER_WORDS: ReadonlySet<string> = new Set(['number', 'no', 'num', 'nr', 'id', 'ref', 'reference'])

/** The word ending right before `i` (inclusive, going back over blanks) is "in". */
function inBefore(text: string, i: number): boolean {
  let k = i
  while (k >= 0 && text.charCodeAt(k) === 32) k--
  return k >= 1 && (text.charCodeAt(k) | 32) === 110 && (text.charCodeAt(k - 1) | 32) === 105 && (k < 2 || !isWordChar(text.charCodeAt(k - 2)))
}

export interface ContextWords {
  /** Nearest first. */
  readonly before: string[]
  readonly after: string[]
}

/** Lower-cased words before `start` (nearest first, from `from` on) and after `end` (up to `to`), at most `before`/`after` of them. */
/** A key in lower camel case: "policyNumber", "customerId", "dateOfBirth". */
const LOWER_CAMEL = /^[a-z]+(?:[A-Z][a-z]+)+$/
/** Where its words meet. */
const CAMEL_BREAK = /(?=[A-Z])/

export function contextWords(text: string, start: number, end: number, before = 6, after = 3, from = 0, to = text.length): ContextWords {
  const out: string[] = []
  const tail: string[] = []
  let i = start - 1
  const minI = Math.max(from, start - MAX_SCAN_CHARS)
  let count = 0
  while (i >= minI && count < before) {
    while (i >= minI && !isWordChar(text.charCodeAt(i)) && !isTermScript(text.charCodeAt(i))) i--
    if (i >= minI && isTermScript(text.charCodeAt(i))) {
      // "電話番号は", "전화번호는", "الجوال": a label in Chinese, Japanese, Korean or Arabic, read as the English words it means
      const e = i + 1
      while (i >= minI && isTermScript(text.charCodeAt(i))) i--
      for (const w of termContextWords(text.slice(i + 1, e))) {
        out.push(w)
        count++
      }
      continue
    }
    const e = i + 1
    while (i >= minI && isWordChar(text.charCodeAt(i))) i--
    if (e > i + 1) {
      // a record's key in lower camel case names what its value is as its words would ("policyNumber", "customerId")
      const raw = text.slice(i + 1, e)
      if (LOWER_CAMEL.test(raw)) {
        const parts = raw.split(CAMEL_BREAK)
        for (let p = parts.length - 1; p >= 0 && count < before; p--) {
          out.push((parts[p] as string).toLowerCase())
          count++
        }
        continue
      }
      const w = contextWord(lowerWord(raw))
      // a turn's speaker ("Customer: yeah hang on, REF91380549") says who talks, not what the number is
      if (turnLabel(text, i + 1, e, w)) continue
      // ... also as lower-case speech-to-text writes it, without a colon ("... number please speaker b yeah it's ...")
      if (w === 'speaker' && speakerTagAfter(text, e)) {
        if (out.length > 0 && (out[out.length - 1] as string).length === 1 && text.charCodeAt(e + 1) === (out[out.length - 1] as string).charCodeAt(0)) {
          out.pop()
          count--
        }
        continue
      }
      // "in case we get cut off": the idiom names no case (its number); "in case 4471", "in case number ..." do
      if (w === 'case' && out.length > 0 && !CASE_NUMBER_WORDS.has(out[out.length - 1] as string) && inBefore(text, i)) continue
      out.push(w)
      count++
    }
  }
  let j = end
  const maxJ = Math.min(to, end + MAX_SCAN_CHARS)
  count = 0
  while (j < maxJ && count < after) {
    while (j < maxJ && !isWordChar(text.charCodeAt(j))) j++
    const s = j
    while (j < maxJ && isWordChar(text.charCodeAt(j))) j++
    if (j > s) {
      tail.push(contextWord(lowerWord(text.slice(s, j))))
      count++
    }
  }
  return { before: out, after: tail }
}

export function hasAny(words: readonly string[], set: ReadonlySet<string>): boolean {
  for (const w of words) if (set.has(w)) return true
  return false
}

/** Presidio's enhancement: +0.35, floor 0.4, cap 1. */
export function boost(score: number, lifted: boolean): number {
  return lifted ? Math.min(1, Math.max(0.4, score + 0.35)) : score
}

/**
 * A case-insensitive regex for any of the words as a substring: a superset of the whole-word test, so a
 * detector that needs one of these context words can skip a text without any of them in one pass.
 */
export function substringTrigger(...sets: readonly ReadonlySet<string>[]): RegExp {
  const english = sets.flatMap((s) => [...s])
  // (and the CJK and Arabic labels standing for them, which `contextWords` reads as those words)
  const terms = LABEL_TERMS.filter(([, word]) => english.includes(word)).map(([term]) => term)
  const words = [...english, ...terms].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  return new RegExp(words.join('|'), 'i')
}

/**
 * Where the line holding `pos` starts, looking back no further than context words are read (a text
 * of one long line must not be scanned back to its start for every number in it).
 */
export function lineStartNear(text: string, pos: number): number {
  const min = contextReach(pos)
  for (let i = pos - 1; i >= min; i--) if (text.charCodeAt(i) === 10) return i + 1
  return min
}

/** How far back from `pos` context words are read at most. */
export function contextReach(pos: number): number {
  return Math.max(0, pos - MAX_SCAN_CHARS)
}

/** Abbreviations a period ends that end no statement ("passport no. PE874", "Tel. 0176", "approx. 12"). */
const ABBREVIATIONS: ReadonlySet<string> = new Set(['no', 'nr', 'tel', 'ref', 'acct', 'approx', 'est', 'dept', 'inc', 'ltd', 'co', 'corp', 'mr', 'mrs', 'ms', 'dr', 'st', 'ave', 'rd', 'vs', 'etc', 'min', 'max', 'ext', 'exp', 'num', 'mob'])
/**
 * The last words of a record's headings: what follows the colon is a note's text, so another number's name
 * before them ("Case note:", "Ticket update:") names none of the numbers in it.
 */
const HEADING_WORDS: ReadonlySet<string> = new Set(['note', 'notes', 'summary', 'update', 'updates', 'details', 'history', 'comment', 'comments', 'remarks', 'description', 'narrative'])

/** A heading's word ends right before the colon at `colon`, and a blank follows it. */
function headingBefore(text: string, colon: number): boolean {
  if (!/\s/.test(text.charAt(colon + 1))) return false
  let b = colon
  while (b > 0 && isWordChar(text.charCodeAt(b - 1))) b--
  return b < colon && HEADING_WORDS.has(text.slice(b, colon).toLowerCase())
}

/** How far back a statement's start is looked for. */
const STATEMENT_REACH = 240

/**
 * Where the statement holding `pos` starts: right after the last full stop or exclamation mark before
 * it that ends a statement (a word or a number before it, blanks and a capital after it), within reach;
 * -1 when none does; or right after the colon of a note's heading. A question mark ends none: the answer after it belongs with the question
 * ("Your ticket number? It's ..."), and neither does an abbreviation's period ("no.", "Tel.").
 */
export function statementStart(text: string, pos: number): number {
  const stop = Math.max(0, pos - STATEMENT_REACH)
  for (let p = pos - 1; p > stop; p--) {
    const c = text.charCodeAt(p)
    // (a note's heading ends one too, when words of the note stand before the number: "Case note: he called from
    // ..."; not "Account details: TX-55102", whose heading names the value right after it)
    if (c === 58 && headingBefore(text, p) && /\p{L}{2,}\s/u.test(text.slice(p + 1, pos))) return p + 1
    if (c !== 46 && c !== 33) continue
    let k = p + 1
    if (k >= pos || !/\s/.test(text.charAt(k))) continue
    while (k < pos && /\s/.test(text.charAt(k))) k++
    if (!/\p{Lu}/u.test(text.charAt(k))) continue
    let b = p
    while (b > 0 && (isWordChar(text.charCodeAt(b - 1)) || isDigitChar(text.charCodeAt(b - 1)))) b--
    const word = text.slice(b, p)
    if (word.length === 0 || ABBREVIATIONS.has(word.toLowerCase()) || (word.length === 1 && !/\d/.test(word))) continue
    return p + 1
  }
  return -1
}

