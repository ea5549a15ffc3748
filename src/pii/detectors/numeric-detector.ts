/**
 * Numbers, written or spoken: digit runs of the normalised view, classified window by window
 * (card, phone, SSN, IPv4, account/routing, CVV, expiry, numeric date of birth).
 *
 * @module
 */
import { ACCOUNT_WORDS, birthAskedBefore, numberAskedBefore, type AskedNumber, birthNamedAfter, exampleBefore, CARD_WORDS, DOB_WORDS, IP_WORDS, PHONE_WORDS, SSN_WORDS } from '../internal/context-lexicon.js'
import { contextReach, contextWords, hasAny, lineStartNear, statementStart, type ContextWords } from '../internal/context-words.js'
import { forEachWindow, viewDigitRuns, type DigitRun, type DigitWindow } from '../internal/digit-runs.js'
import { ColumnCursor, columnWords, tableHeader } from '../internal/table-columns.js'
import { mapSpan, type OffsetText } from '../internal/offset-text.js'
import { classifyAccount } from './account-classifier.js'
import type { RunFacts, WindowContext } from './classifier-context.js'
import { classifyHealthcareNumber } from './health-number-classifier.js'
import { NUMERIC_CLASSIFIERS, type GatedClassifier } from './numeric-classifiers.js'
import { letterPrefixStart, lettersAndDigits } from './account-letters.js'
import { cardReadBack, numberInPieces } from './number-pieces.js'
import { restartedNumbers } from './restarted-numbers.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

const LETTER = /[A-Za-z]/
const MAX_RUN_GROUPS = 16
/** The shortest thing any classifier reports is a three-digit CVV. */
const MIN_DIGITS = 3

/** The window's original span; "(415) 555-0192" and "+1 415 ..." include the parenthesis or plus. */
function spanOf(view: OffsetText, w: DigitWindow): { start: number; end: number } {
  const open = (w.prefix === '(' && (w.seps[0] ?? '').startsWith(')')) || w.prefix === '+' ? 1 : 0
  return mapSpan(view, w.start - open, w.end)
}

const EXTENSION = /^(?:[xX]|,?[ \t]{0,2}(?:ext\.?|extension|x)[ \t]{0,2})\d{1,6}/i

/** A phone span grows over an extension ("x123", "ext. 12"). */
function extensionEnd(view: OffsetText, viewEnd: number, end: number): number {
  const m = EXTENSION.exec(view.text.slice(viewEnd, viewEnd + 20))
  return m === null ? end : mapSpan(view, viewEnd, viewEnd + m[0].length).end
}

/** Where the word before `pos` starts (spaces between skipped); `pos` when there is none. */
function wordStartBefore(text: string, pos: number): number {
  let k = pos
  while (k > 0 && text.charCodeAt(k - 1) === 32) k--
  const end = k
  while (k > 0 && /[A-Za-z]/.test(text.charAt(k - 1))) k--
  return k < end ? k : pos
}

/** "b." for "born" right before a date: a letter b alone, its dot, at most one space. */
const BORN_ABBREVIATION = /(?:^|[^\p{L}\p{N}])b\. ?$/iu
/** A list's first item marked "a." or "a)" at the start of a line or after a space or a bracket. */
const LIST_ITEM_A = /(?:^|[\s(])a[.)] /im
/** A word that letters an item rather than a birth ("section b.", "plan b."). */
const ENUMERATING = /\b(?:plan|section|part|item|step|option|schedule|appendix|annex|exhibit|clause|article|point|paragraph|phase|type|class|grade|level|unit|block|row|column|group|category)\s*$/i
const GLUED_AFTER = /^-[A-Za-z]/
const GLUED_BEFORE = /[A-Za-z]-$/
const CODE_BEFORE = /(?<![A-Za-z0-9])[A-Z]{2,5}-$/
/**
 * Two groups of letters and digits mixed (a tracking code's "1Z 4F7"), each then one space, right before a
 * window (one alone is as often a flat's or a unit's: "flat 4B 0161 555 0834").
 */
const CODE_GROUP_BEFORE = /(?<![A-Za-z0-9])(?:(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d)[A-Za-z0-9]{2,8} ){2}$/
/** A currency sign or code right before a number (`$`, `£ `, `EUR `, `US$`). */
const CURRENCY_SIGN_BEFORE = /(?:[$£€¥₹₦₩₱₽₴₸₺]|\b(?:usd|eur|gbp|cad|aud|inr|rs\.?))\s?$/i
/** A currency sign or code right after a number ("2.062,95 €", "3 050,22 zł"). */
/** (a per cent sign too: "Processor fee was 1.85%" is a rate, no card's expiry) */
const CURRENCY_SIGN_AFTER = /^\s?(?:[$£€¥₹₦₩₱₽₴₸₺%]|zł|kr\b|(?:руб|грн|тг)(?![\p{L}]))/iu
/** A document part's sign or abbreviation right before a number ("§ 4.3.2.1", "sec. 4.3.2.1", "paras. 2.1"). */
const SECTION_ABBREVIATION = /(?:§{1,2}|\b(?:secs?|paras?|arts?|subs?|ch|cl|sch|app)\.)\s?$/i
/** A sum's leading thousands before a number's window ("£1,|903.85": the window starts inside the sum). */
const CURRENCY_THOUSANDS_BEFORE = /(?:[$£€¥₹₦₩₱₽₴₸₺]|\b(?:usd|eur|gbp|cad|aud|inr|rs\.?))\s?\d{1,3}(?:[,.'’]\d{3})*[,.'’]$/i
/** Currencies named after a number ("1823 dollars"). */
const CURRENCIES: ReadonlySet<string> = new Set([
  'dollar', 'dollars', 'bucks', 'cents', 'pound', 'pounds', 'quid', 'pence', 'euro', 'euros', 'rupees', 'yen', 'pesos',
  'naira', 'rand', 'francs', 'usd', 'eur', 'gbp', 'cad', 'aud', 'inr',
  // ... in Russian, Ukrainian and Kazakh ("48 600,00 грн", "1 000 000 тенге", "5000 рублей")
  'рублей', 'рубля', 'рубль', 'руб', 'гривень', 'гривні', 'гривня', 'грн', 'тенге', 'долларов', 'доларів', 'евро', 'євро',
])

/** The context every window of one run shares (digits are not words), computed on first use. */
class RunContext implements WindowContext {
  private readonly text: string
  private readonly view: OffsetText
  private readonly start: number
  private readonly end: number
  private words: ContextWords | undefined
  private allWords: string[] | undefined
  private lineWords: string[] | undefined
  readonly perRun: RunFacts = {}
  private letters: boolean | undefined
  /** How many of `before` lie in the run's own statement (see `statementWords`); the column's words among them. */
  private statement: number | undefined
  private columnWords = 0

  private readonly columns: ColumnCursor | null
  private readonly sep: string

  constructor(text: string, view: OffsetText, start: number, end: number, columns: ColumnCursor | null = null, sep = '') {
    this.text = text
    this.view = view
    this.start = start
    this.end = end
    this.columns = columns
    this.sep = sep
  }

  private context(): ContextWords {
    if (this.words === undefined) {
      const words = contextWords(this.view.text, this.start, this.end, 8, 5)
      // a table's cell: its column's name is the nearest word before it ("customer_no,...,phone,dob" / "...,(11) 90365-7261,...")
      // (only a run inside one cell: "0479 796 837,1985-03-04" runs over the separator into the next)
      const column = this.columns === null || this.view.text.slice(this.start, this.end).includes(this.sep) ? undefined : this.columns.at(this.start)
      const named = column === undefined ? [] : columnWords(column)
      this.columnWords = named.length
      this.words = column === undefined ? words : { ...words, before: [...named.reverse(), ...words.before] }
    }
    return this.words
  }

  get before(): readonly string[] {
    return this.context().before
  }

  columnWordCount(): number {
    this.context()
    return this.columnWords
  }

  get after(): readonly string[] {
    return this.context().after
  }

  get all(): readonly string[] {
    this.allWords ??= [...this.context().before, ...this.context().after]
    return this.allWords
  }

  glued(w: DigitWindow): boolean {
    const text = this.view.text
    return GLUED_AFTER.test(text.slice(w.end, w.end + 2)) || GLUED_BEFORE.test(text.slice(Math.max(0, w.start - 2), w.start))
  }

  codeGroupBefore(w: DigitWindow): boolean {
    return CODE_GROUP_BEFORE.test(this.view.text.slice(Math.max(0, w.start - 20), w.start))
  }

  codePrefixed(w: DigitWindow): boolean {
    return CODE_BEFORE.test(this.view.text.slice(Math.max(0, w.start - 7), w.start))
  }

  birthNamedAfter(w: DigitWindow): boolean {
    return birthNamedAfter(this.view.text, w.end)
  }

  dottedOn(w: DigitWindow): boolean {
    const text = this.view.text
    return w.start >= 2 && text.charCodeAt(w.start - 1) === 46 && /[\p{L}\p{N}]/u.test(text.charAt(w.start - 2))
  }

  groupText(w: DigitWindow, index: number): string {
    const g = w.run.groups[index]
    return g === undefined ? '' : this.view.text.slice(g.start, g.end)
  }

  textBefore(w: DigitWindow, n: number): string {
    return this.view.text.slice(Math.max(0, w.start - n), w.start)
  }

  textAfter(w: DigitWindow, n: number): string {
    return this.view.text.slice(w.end, w.end + n)
  }

  wordsBefore(w: DigitWindow, n: number): readonly string[] {
    return contextWords(this.view.text, w.start, w.start, n, 0).before
  }

  statementWords(): number {
    if (this.statement === undefined) {
      this.context()
      const text = this.view.text
      const at = statementStart(text, this.start)
      // (a table's column words, put first, are the cell's own)
      this.statement = at < 0 ? Infinity : contextWords(text, this.start, this.start, 8, 0, at).before.length + this.columnWords
    }
    return this.statement
  }

  ownBefore(w: DigitWindow): readonly string[] {
    const text = this.view.text
    const runStart = w.run.groups[0]?.start ?? w.start
    let k = runStart - 1
    const stop = contextReach(runStart)
    while (k >= stop && !(text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57)) k--
    return k < stop ? this.before : contextWords(text, w.start, w.start, 8, 0, k + 1).before
  }

  exampleBefore(w: DigitWindow): boolean {
    return exampleBefore(this.view.text, w.start)
  }

  hourAfter(w: DigitWindow): boolean {
    // (the colon first: most numbers have none after them, and the test then costs no slice)
    return w.groupCount > 1 && this.view.text.charCodeAt(w.end) === 58 && HOUR_AFTER.test(this.view.text.slice(w.end, w.end + 4))
  }

  timeAfter(w: DigitWindow): boolean {
    return TIME_AFTER_DATE.test(this.view.text.slice(w.end, w.end + 9))
  }

  sectionAbbreviated(w: DigitWindow): boolean {
    return SECTION_ABBREVIATION.test(this.view.text.slice(Math.max(0, w.start - 8), w.start))
  }

  bornAbbreviated(w: DigitWindow): boolean {
    const text = this.view.text
    if (!BORN_ABBREVIATION.test(text.slice(Math.max(0, w.start - 4), w.start))) return false
    // not the second item of a list ("a. 2023-01-05 signed; b. 2024-01-01 renewed", "Section b. ...")
    const before = text.slice(Math.max(0, w.start - 200), w.start).replace(/b\. ?$/i, '')
    return !LIST_ITEM_A.test(before) && !ENUMERATING.test(before)
  }

  accountAsked(): boolean {
    return this.numberAsked() === 'account'
  }

  numberAsked(): AskedNumber | undefined {
    if (this.perRun.numberAsked === undefined) this.perRun.numberAsked = numberAskedBefore(this.view.text, this.start) ?? null
    return this.perRun.numberAsked ?? undefined
  }

  birthAsked(): boolean {
    return (this.perRun.birthAsked ??= birthAskedBefore(this.view.text, this.start))
  }

  lineBefore(): readonly string[] {
    // the same for every window of the run: between the run's start and a window's there are digits
    // and separators only, no words
    if (this.lineWords === undefined) {
      const text = this.view.text
      const lineStart = lineStartNear(text, this.start)
      // no line break within reach: the run's context words, as far as they go
      this.lineWords = lineStart === contextReach(this.start) ? this.before.slice(0, 6) : contextWords(text, this.start, this.start, 6, 0, lineStart).before
    }
    return this.lineWords
  }

  amount(w: DigitWindow): boolean {
    if (CURRENCY_SIGN_BEFORE.test(this.view.text.slice(Math.max(0, w.start - 5), w.start))) return true
    if (CURRENCY_THOUSANDS_BEFORE.test(this.view.text.slice(Math.max(0, w.start - 24), w.start))) return true
    return w.end === this.end && (CURRENCY_SIGN_AFTER.test(this.view.text.slice(w.end, w.end + 4)) || CURRENCIES.has(this.after[0] ?? ''))
  }

  originalText(w: DigitWindow): string {
    const sp = mapSpan(this.view, w.start, w.end)
    return this.text.slice(sp.start, sp.end)
  }

  spoken(w: DigitWindow): boolean {
    // Digit by digit ("0 0 4 5 7 8 9 2"): how a transcript writes a number read out one digit at a
    // time; as in speech, its grouping means nothing. With commas ("6, 6, 2, 0, 4") it is as often
    // a list of small numbers, so only after a cue word ("the account number is 6, 6, 2, ...").
    // (hyphens between the digits are how notes write them read out: "the card ending 5-9-6-3")
    if (w.groupCount >= 4 && w.digitCount === w.groupCount && (w.uniformSepClass === ' ' || w.uniformSepClass === '-' || (commaOrSpace(w) && cued(this)))) return true
    // A run whose original text has no letters was written, so none of its windows was spoken.
    if (this.letters === undefined) {
      const sp = mapSpan(this.view, this.start, this.end)
      this.letters = LETTER.test(this.text.slice(sp.start, sp.end))
    }
    if (!this.letters) return false
    const sp = spanOf(this.view, w)
    return LETTER.test(this.text.slice(sp.start, sp.end))
  }
}

/** Every separator of the window is a comma or a space ("6 2 1, 3 8, 4 4 0 9": pauses marked in the digits read out). */
function commaOrSpace(w: DigitWindow): boolean {
  if (w.uniformSepClass === ',' || w.uniformSepClass === ' ') return true
  return w.uniformSepClass === null && w.seps.every((s) => /^\s*,?\s*$/.test(s))
}

/** A time of day right after a date: "23/03/2024, 13:21:14", "2024-05-04T09:23:39Z", "12/09/2024 at 14:05". */
const TIME_AFTER_DATE = /^(?:, ?| |T| at )\d{1,2}:[0-5]\d(?!\d)/
/** A colon and two digits right after a number: its last group was an hour ("07/07/2025 12:30pm"). */
const HOUR_AFTER = /^:[0-5]\d(?!\d)/

/** One letter after a code's digits, on its own (not "a", not "I", not a word's first letter): its check letter; or a hyphenated version code in capitals (Ontario's health card "4471-229-018-KT"). */
/** Two letters after a health card's number, its version code: in capitals, or spoken one by one (not "a" or "i"). */
const VERSION_LETTERS_AFTER = /^(?: {1,2}[A-Z]{2}| {1,2}[b-hj-z] [b-hj-z])(?![\p{L}\p{N}_'’])/u
// (not a name's initial after it: "40812,K. Mensah,..." in a table is a number and a name)
// (a hyphen's or a slash's letters are the number's whatever follows: "health card 3415-351-836-JK. Her ...")
const CHECK_LETTER_AFTER = /^(?:[-/][A-Z]{1,2}(?![\p{L}\p{N}_'’/])|(?:[ ,]{0,2}[B-HJ-Zb-hj-z]|[ ,]{0,2}[AaIi](?=[ \t]?(?:$|[.,;!?\n])))(?![\p{L}\p{N}_'’/]|\.[ \t]?\p{Lu}\p{Ll}))/u

export const numericDetector: Detector = {
  name: 'numeric',
  detect({ text, view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    let ctx: RunContext | undefined
    // Classifiers that need context words the text does not contain at all are off for this text
    // (asked the first time a window could be theirs: a text without such a window never searches)
    const on: (boolean | undefined)[] = new Array<boolean | undefined>(NUMERIC_CLASSIFIERS.length)
    const isOn = (k: number): boolean => {
      const g = NUMERIC_CLASSIFIERS[k] as GatedClassifier
      return (on[k] ??= g.trigger === null || g.trigger.test(view.text))
    }
    const visit = (w: DigitWindow): void => {
      const n = w.digitCount
      // "one, two, three, four, five ...": someone counting (a mic check), not a number read out
      if (n >= 5 && isCounting(w.digits) && (ctx as RunContext).spoken(w) && !cued(ctx as RunContext)) return
      for (let k = 0; k < NUMERIC_CLASSIFIERS.length; k++) {
        const g = NUMERIC_CLASSIFIERS[k] as GatedClassifier
        if (n < g.minDigits || n > g.maxDigits || (g.wholeOnly && !w.whole) || !isOn(k)) continue
        const c = g.classify(w, ctx as RunContext)
        if (c === null) continue
        const span = spanOf(view, w)
        if (c.type === 'phone_number') {
          span.end = extensionEnd(view, w.end, span.end)
          // "so plus 353 87 665 1209": the plus said before a country code is the number's
          const plus = w.first === 0 ? SAID_PLUS.exec(view.text.slice(Math.max(0, w.start - 8), w.start)) : null
          if (plus !== null) span.start = mapSpan(view, w.start - plus[0].length, w.start).start
        }
        if (c.withWordBefore === true) span.start = mapSpan(view, wordStartBefore(view.text, w.start), w.start).start
        // "TB-5055-3118", "C U S oh three eight ...": an account number's letters belong to it (a
        // hospital number's too: "H six three oh nine ..."), and so does a check letter after them
        // ("h x two six one ... four two c")
        if (c.type === 'account_number' || c.type === 'healthcare_number' || c.detector === 'account-context') {
          const letters = letterPrefixStart(view.text, w.start)
          if (letters < w.start) span.start = mapSpan(view, letters, w.start).start
          // ... with or without letters before, a check letter after the whole number ("crn is 0701164444 s")
          // (a health card's two version letters: "OHIP 2199 086 829 RG", "... five five three e p")
          const after = view.text.slice(w.end, w.end + 8)
          const check = letters < w.start || w.whole ? (c.type === 'healthcare_number' ? VERSION_LETTERS_AFTER.exec(after) : null) ?? CHECK_LETTER_AFTER.exec(after) : null
          if (check !== null) span.end = mapSpan(view, w.end, w.end + check[0].length).end
        }
        // written out, not spread: one shape for every candidate, and the hottest allocation of a scan
        out.push({ type: c.type, start: span.start, end: span.end, confidence: c.confidence, detector: c.detector, validated: c.validated })
      }
    }
    const header = tableHeader(view.text)
    if (isOn(ACCOUNT_GATE) || isOn(HEALTH_GATE)) out.push(...lettersAndDigits(view, header))
    out.push(...numberInPieces(view))
    out.push(...cardReadBack(view))
    const found = out.length
    const columns = header === null ? null : new ColumnCursor(view.text, header)
    // in a table's rows, cells are runs of their own ("2015-01-30,07412 558 019": a date, then a phone)
    const runs = header === null ? viewDigitRuns(view) : viewDigitRuns(view).flatMap((r) => splitAtCells(r, header.sep))
    for (const run of runs) {
      // A run of more than 16 groups is a table or noise, not one identifier; skipping it keeps this linear.
      if (run.groups.length > MAX_RUN_GROUPS) continue
      const first = run.groups[0]
      const lastGroup = run.groups[run.groups.length - 1]
      if (first === undefined || lastGroup === undefined) continue
      let total = 0
      for (const grp of run.groups) total += grp.end - grp.start
      if (total < MIN_DIGITS) continue
      ctx = new RunContext(text, view, first.start, lastGroup.end, columns, header?.sep)
      const runStart = out.length
      forEachWindow(view.text, run, visit)
      absorbNestedPhones(out, runStart)
    }
    out.push(...abandonedAttempts(text, view, out.slice(found)))
    out.push(...restartedNumbers(view))
    return out
  },
}

/** A run cut where a table's cell separator joins two of its groups (a run with none is returned as is). */
function splitAtCells(run: DigitRun, sep: string): DigitRun[] {
  if (!run.seps.some((x) => x.includes(sep))) return [run]
  const out: DigitRun[] = []
  let from = 0
  for (let k = 0; k <= run.seps.length; k++) {
    if (k < run.seps.length && !(run.seps[k] as string).includes(sep)) continue
    out.push({ groups: run.groups.slice(from, k + 1), seps: run.seps.slice(from, k) })
    from = k + 1
  }
  return out
}

/** Index of the account classifier's gate (its trigger says whether the text has an account word at all). */
const ACCOUNT_GATE = NUMERIC_CLASSIFIERS.findIndex((g) => g.classify === classifyAccount)
/** ... and the health number classifier's (a hospital number may be a code too). */
const HEALTH_GATE = NUMERIC_CLASSIFIERS.findIndex((g) => g.classify === classifyHealthcareNumber)

/** A number begun and taken back right before a value: "348, sorry, 3473493310". */
const TAKEN_BACK = /(?<![\dA-Za-z])(\d{2,6})[ ,.]{1,3}(?:sorry|no|oops|wait|i mean|actually|no sorry|sorry no)[ ,.]{1,3}$/i
const CORRECTION_BEFORE = /(?:sorry|no|oops|wait|mean|actually)[ ,.]{1,3}$/i
/** Values whose start a caller corrects as they read it out. */
/** "plus" said before a number's country code, right before the digits. */
const SAID_PLUS = /(?<![\p{L}])plus[ \t]+$/iu
const CORRECTED_TYPES: ReadonlySet<string> = new Set(['phone_number', 'us_social_security_number', 'credit_card_number', 'account_number', 'banking_information'])

/**
 * The abandoned first attempt at a value read out ("my number's 348, sorry, 347 349 3310"): digits
 * right before "sorry"/"no"/"I mean" and the value itself, when the value starts with the attempt's
 * first digit, are the same kind of value.
 */
function abandonedAttempts(text: string, view: OffsetText, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = []
  for (const c of found) {
    // first the cheap test on the original text: a correction word right before the value
    if (!CORRECTED_TYPES.has(c.type) || !CORRECTION_BEFORE.test(text.slice(Math.max(0, c.start - 14), c.start))) continue
    // the value's start in the view: found candidates carry original offsets, so look at the view's text up to it
    const at = viewOffset(view, c.start)
    if (at < 0) continue
    const m = TAKEN_BACK.exec(view.text.slice(Math.max(0, at - 40), at))
    if (m === null || m[1]?.charAt(0) !== view.text.charAt(at)) continue
    const start = at - m[0].length
    out.push({ ...c, ...mapSpan(view, start, start + (m[1] as string).length), confidence: Math.min(c.confidence, 0.85), detector: `${c.detector}-attempt`, validated: false })
  }
  return out
}

/** The view offset whose original offset is `original`, or -1 (a binary search over the view's map). */
function viewOffset(view: OffsetText, original: number): number {
  let lo = 0
  let hi = view.text.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const o = mapSpan(view, mid, mid + 1).start
    if (o < original) lo = mid + 1
    else hi = mid
  }
  return lo < view.text.length && mapSpan(view, lo, lo + 1).start === original ? lo : -1
}

/** Cue words of the numeric types: "my social is one two three four five ..." is a (made-up) value, not counting. */
const CUES: readonly ReadonlySet<string>[] = [PHONE_WORDS, SSN_WORDS, ACCOUNT_WORDS, CARD_WORDS, DOB_WORDS, IP_WORDS]
const cued = (ctx: WindowContext): boolean => CUES.some((set) => hasAny(ctx.before, set))

/**
 * Digits that are five or more consecutive numbers counted up ("12345", "345678", "12345678910"),
 * starting at a one- or two-digit number.
 */
export function isCounting(digits: string): boolean {
  for (let firstLen = 1; firstLen <= 2; firstLen++) {
    let n = Number(digits.slice(0, firstLen))
    if (digits.charCodeAt(0) === 48 && firstLen > 1) continue
    let at = firstLen
    let count = 1
    while (at < digits.length) {
      const next = String(++n)
      if (!digits.startsWith(next, at)) break
      at += next.length
      count++
    }
    if (at === digits.length && count >= 5) return true
  }
  return false
}

/**
 * Within one digit run, a phone window inside a longer phone window is part of it ("21 284 698 2548": the
 * last ten digits also look like a US number): the longer window keeps the best confidence and validation.
 */
function absorbNestedPhones(out: Candidate[], from: number): void {
  let phones = 0
  for (let i = from; i < out.length; i++) if ((out[i] as Candidate).type === 'phone_number') phones++
  if (phones < 2) return
  const kept: Candidate[] = []
  for (let i = from; i < out.length; i++) {
    const c = out[i] as Candidate
    if (c.type !== 'phone_number') {
      kept.push(c)
      continue
    }
    let outer: Candidate | undefined
    for (let k = from; k < out.length; k++) {
      const o = out[k] as Candidate
      if (o.type !== 'phone_number' || o.start > c.start || o.end < c.end || o.end - o.start <= c.end - c.start) continue
      if (outer === undefined || o.end - o.start > outer.end - outer.start) outer = o
    }
    if (outer === undefined) {
      kept.push(c)
      continue
    }
    outer.confidence = Math.max(outer.confidence, c.confidence)
    outer.validated ||= c.validated
  }
  out.splice(from, out.length - from, ...kept)
}
