/**
 * Digit runs in the normalised view: groups of digits separated by short separators
 * (" ", "-", ".", "/", ", ", ") ", double spaces), and the windows of up to six consecutive groups that
 * detectors classify (card, phone, SSN, IP, dates, account numbers). Linear in the text length.
 *
 * @module
 */
import { HESITATIONS } from './context-lexicon.js'

export interface DigitGroup {
  readonly start: number
  readonly end: number
}

export interface DigitRun {
  readonly groups: DigitGroup[]
  /** seps[i] is the separator between groups[i] and groups[i + 1]. */
  readonly seps: string[]
}

/** One window of consecutive groups. Visitors must not keep it: the same object is reused for the next window. */
export interface DigitWindow {
  readonly run: DigitRun
  readonly first: number
  /** Exclusive. */
  readonly last: number
  /** View offsets of the window. */
  readonly start: number
  readonly end: number
  /** Number of digits (known without building `digits`). */
  readonly digitCount: number
  /** last - first. */
  readonly groupCount: number
  /** The window's digits without separators (built on first access). */
  readonly digits: string
  /** Group lengths joined with '-', e.g. "3-3-4" (built on first access). */
  readonly shape: string
  /** Separators inside the window (computed on first access). */
  readonly seps: readonly string[]
  /** The class (see sepClass) all separators share, '' without separators, null when they differ. */
  readonly uniformSepClass: string | null
  /** True when the window covers its whole run. */
  readonly whole: boolean
  /** '+' or '(' directly before the first group, else ''. */
  readonly prefix: string
  /** The group before the window is a '+'-prefixed country code ("+1 415 ..." seen from "415"). */
  readonly afterCountryCode: boolean
}

/** Per-run data every window reads: the run's digits in one string, offsets into it, separator classes. */
interface RunDigits {
  readonly text: string
  /** offsets[i] is where group i starts in `text`; offsets[groups] = text.length. */
  readonly offsets: number[]
  readonly sepClasses: string[]
}

// What a window holds before forEachWindow sets its run: shared, so a window costs no throwaway objects.
const NO_RUN: DigitRun = { groups: [], seps: [] }
const NO_RUN_DIGITS: RunDigits = { text: '', offsets: [0], sepClasses: [] }

class MutableWindow implements DigitWindow {
  run: DigitRun = NO_RUN
  runDigits: RunDigits = NO_RUN_DIGITS
  first = 0
  last = 0
  start = 0
  end = 0
  digitCount = 0
  whole = false
  prefix = ''
  afterCountryCode = false
  private digitsCache: string | undefined
  private shapeCache: string | undefined
  private sepsCache: readonly string[] | undefined
  private sepClassCache: string | null | undefined

  reset(): void {
    this.digitsCache = undefined
    this.shapeCache = undefined
    this.sepsCache = undefined
    this.sepClassCache = undefined
  }

  get groupCount(): number {
    return this.last - this.first
  }

  get digits(): string {
    const o = this.runDigits.offsets
    this.digitsCache ??= this.runDigits.text.slice(o[this.first] ?? 0, o[this.last] ?? 0)
    return this.digitsCache
  }

  get shape(): string {
    if (this.shapeCache === undefined) {
      const o = this.runDigits.offsets
      let shape = ''
      for (let g = this.first; g < this.last; g++) {
        const len = (o[g + 1] ?? 0) - (o[g] ?? 0)
        shape = g === this.first ? String(len) : `${shape}-${len}`
      }
      this.shapeCache = shape
    }
    return this.shapeCache
  }

  get seps(): readonly string[] {
    this.sepsCache ??= this.last - this.first <= 1 ? NO_SEPS : this.run.seps.slice(this.first, this.last - 1)
    return this.sepsCache
  }

  get uniformSepClass(): string | null {
    if (this.sepClassCache === undefined) {
      const classes = this.runDigits.sepClasses
      let c: string | null = this.last - this.first <= 1 ? '' : (classes[this.first] ?? '')
      for (let k = this.first + 1; c !== null && k < this.last - 1; k++) if (classes[k] !== c) c = null
      this.sepClassCache = c
    }
    return this.sepClassCache
  }
}

const MAX_WINDOW_GROUPS = 8
/** Longer windows are never classified (Hungary's GIRO account, the longest, has 24 digits; Argentina's CBU 22; cards 19). */
const MAX_WINDOW_DIGITS = 24
const MAX_SEP = 3
/** No classifier accepts fewer digits (a CVV has three). */
const MIN_WINDOW_DIGITS = 3

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isUpperAscii(c: number): boolean {
  return c >= 65 && c <= 90
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function isSepChar(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 47 || c === 40 || c === 41 || c === 9 || c === 44
}

/** Runs per normalised view: one scan's numeric detector and read-back pass share them (a view lives for one scan). */
const runsOfView = new WeakMap<object, DigitRun[]>()

/** The digit runs of a scan's view (computed once per view; callers do not change them). */
export function viewDigitRuns(view: { readonly text: string }): DigitRun[] {
  let runs = runsOfView.get(view)
  if (runs === undefined) {
    runs = scanDigitRuns(view.text)
    runsOfView.set(view, runs)
  }
  return runs
}

export function scanDigitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = []
  const n = text.length
  let i = 0
  let current: DigitRun | null = null
  while (i < n) {
    if (!isDigit(text.charCodeAt(i))) {
      i++
      continue
    }
    const start = i
    while (i < n && isDigit(text.charCodeAt(i))) i++
    const end = i
    // "3560x4587": a phone extension does not make the number part of a word.
    const ext = end + 1 < n && (text.charCodeAt(end) | 32) === 120 && isDigit(text.charCodeAt(end + 1))
    // ("CRN 318 447 209K": the last group of a run may carry one capital check letter, which the account's span takes)
    const checkLetter = current !== null && end < n && isUpperAscii(text.charCodeAt(end)) && !(end + 1 < n && (isLetter(text.charCodeAt(end + 1)) || isDigit(text.charCodeAt(end + 1))))
    const attached = (start > 0 && isLetter(text.charCodeAt(start - 1))) || (end < n && isLetter(text.charCodeAt(end)) && !ext && !checkLetter)
    if (attached) {
      current = null
      continue
    }
    // Look for a separator followed by another digit group.
    let k = end
    while (k < n && k - end < MAX_SEP && isSepChar(text.charCodeAt(k))) k++
    // (not into the day of a date written after it: "Member: KHI/189832/57, 28 May 1968")
    // (nor past a comma after a whole number, or into a decimal one: "account no. 338120, 12.5 hours")
    // (nor into a count that names what follows: "expiry 04/28, 4-digit code 7316")
    // (but an Amex's middle six, after its first four: "the Amex is 3714, 496353, 98431")
    const amexMiddle = end - start === 6 && current !== null && current.groups.length === 1 && (current.groups[0] as DigitGroup).end - (current.groups[0] as DigitGroup).start === 4
    // (nor, past a comma, into one digit and a word after three or more: "the card ending 5637, one is a pre-authorisation")
    let continues = k > end && k < n && isDigit(text.charCodeAt(k)) && !startsWrittenDate(text, k) && !startsCount(text, k) && !(text.slice(end, k).includes(',') && ((end - start >= WHOLE_BEFORE_COMMA && !amexMiddle) || startsDecimal(text, k) || (end - start >= 3 && loneDigitWord(text, k))))
    // ("4462, uh, 0187, um, 3390": a hesitation between the groups of a number read out; not after a whole
    // card's or phone's digits, nor into a date: "4012 8888 8888 1881, uh, 03/27" reads out the expiry next)
    if (!continues && digitsSoFar(current, end - start) < WHOLE_BEFORE_PAUSE) {
      const pause = HESITATION_SEP.exec(text.slice(end, end + 20))
      const next = end + (pause?.[0].length ?? 0)
      if (pause !== null && isDigit(text.charCodeAt(next)) && !startsWrittenDate(text, next) && !startsCount(text, next) && !startsSlashed(text, next)) {
        k = next
        continues = true
      }
    }
    if (current === null) {
      // A lone group of fewer than three digits ("5 to 7 days") is never classified: no run for it.
      if (!continues && end - start < MIN_WINDOW_DIGITS) continue
      current = { groups: [], seps: [] }
      runs.push(current)
    }
    current.groups.push({ start, end })
    if (continues) {
      current.seps.push(text.slice(end, k))
      i = k
    } else {
      current = null
    }
  }
  return runs
}

/** The lexicon's hesitations, but "mm", which after a number is millimetres ("12 mm 40"); and the phrases of a pause. */
const HESITATION_WORDS = [...[...HESITATIONS].filter((w) => w !== 'mm'), 'let me see', 'hang on', 'hold on', 'one sec', 'one second'].join('|')
/** The same words and phrases, for the patterns of codes said with a pause in them (a regular expression's alternatives). */
export const PAUSE_WORDS_SOURCE = HESITATION_WORDS
/**
 * A hesitation between two groups of digits, with its commas or dashes: ", uh, ", " um ", " — hang on — ",
 * ", let me see, ", two in a row (", uh, hold on, "); or a trailing off, with or without one ("4847... 9631",
 * "4847... uh, 9631", "2246 ... 9721", "13393... um... 1471").
 */
const HESITATION_SEP = new RegExp(
  `^(?:(?:,| [—–-])?[ \\t]{1,2}(?:${HESITATION_WORDS})(?:,?[ \\t]{1,2}(?:${HESITATION_WORDS}))?[,.]?(?:[ \\t]{1,2}[—–-])?|[ \\t]?(?:\\.{3}|…)(?:[ \\t]{1,2}(?:${HESITATION_WORDS})(?:\\.{3}|…|[,.])?)?)[ \\t]{1,2}`,
)
/** So many digits before a hesitation make a whole number: what follows it is another. */
const WHOLE_BEFORE_PAUSE = 12

/** The digits of the run so far and of the group just read. */
function digitsSoFar(run: DigitRun | null, group: number): number {
  let n = group
  for (const g of run?.groups ?? []) n += g.end - g.start
  return n
}

/** The digits at `k` are followed by a slash and more digits ("03/27", "12/05/1990"): a date's or an expiry's. */
function startsSlashed(text: string, k: number): boolean {
  let e = k
  while (e < text.length && isDigit(text.charCodeAt(e))) e++
  return text.charCodeAt(e) === 47 && isDigit(text.charCodeAt(e + 1))
}

/** A hesitation inside a separator. */
const HESITATION_IN_SEP = new RegExp(`\\b(?:${HESITATION_WORDS})\\b`, 'g')

/** One digit at `k`, then a space and a word ("1 is", "2 more"): a word said after a number, not its next group. */
function loneDigitWord(text: string, k: number): boolean {
  return !isDigit(text.charCodeAt(k + 1)) && text.charCodeAt(k + 1) === 32 && isLetter(text.charCodeAt(k + 2))
}

/** A group this long before a comma is a number of its own: what follows the comma is another. */
const WHOLE_BEFORE_COMMA = 6

/** The digits at `k` are a decimal number ("12.5", "3.75"), not dotted groups ("10.0.0.1", "12.34.56"). */
function startsDecimal(text: string, k: number): boolean {
  let e = k
  while (e < text.length && isDigit(text.charCodeAt(e))) e++
  if (text.charCodeAt(e) !== 46 || !isDigit(text.charCodeAt(e + 1))) return false
  e++
  while (e < text.length && isDigit(text.charCodeAt(e))) e++
  return !(text.charCodeAt(e) === 46 && isDigit(text.charCodeAt(e + 1)))
}

/** A month's name or abbreviation, a word on its own ("May", "sept."). */
const MONTH_AFTER_DAY = /^(?:st|nd|rd|th)? (?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![\p{L}\p{N}])/iu

/** A count of characters before what it counts ("4-digit", "3 digits", "16-character"). */
const COUNTED_AFTER = /^[- ](?:digits?|figures?|characters?|chars?|letters?)(?![\p{L}\p{N}])/u

/** The one or two digits at `k` count what follows them ("4-digit code", "3 digits on the back"). */
function startsCount(text: string, k: number): boolean {
  let e = k
  while (e < text.length && e - k < 3 && isDigit(text.charCodeAt(e))) e++
  return e - k <= 2 && COUNTED_AFTER.test(text.slice(e, e + 12))
}

/** The one or two digits at `k` are a day followed by its month's name ("28 May", "3rd of"-less "3rd June"). */
function startsWrittenDate(text: string, k: number): boolean {
  let e = k
  while (e < text.length && e - k < 3 && isDigit(text.charCodeAt(e))) e++
  return e - k <= 2 && MONTH_AFTER_DAY.test(text.slice(e, e + 12))
}

/** Visits all windows of 1..8 consecutive groups (more when each is one digit) with 3 to 24 digits (one reused window object). */
export function forEachWindow(text: string, run: DigitRun, visit: (w: DigitWindow) => void): void {
  const g = run.groups.length
  const w = new MutableWindow()
  w.run = run
  const offsets = [0]
  let digitText = ''
  for (const grp of run.groups) {
    digitText += text.slice(grp.start, grp.end)
    offsets.push(digitText.length)
  }
  w.runDigits = { text: digitText, offsets, sepClasses: run.seps.map(sepClass) }
  for (let a = 0; a < g; a++) {
    const first = run.groups[a] as DigitGroup
    const before = first.start > 0 ? text.charAt(first.start - 1) : ''
    const cc = a > 0 ? run.groups[a - 1] : undefined
    const afterCountryCode = cc !== undefined && cc.end - cc.start <= 3 && cc.start > 0 && text.charAt(cc.start - 1) === '+'
    const prefix = before === '+' || before === '(' ? before : ''
    // a number read out digit by digit ("0 0 4 5 7 8 9 2 3 1") has one group per digit: its windows
    // may hold more groups, up to the digit limit
    let singles = true
    for (let b = a; b < g; b++) {
      const grp = run.groups[b] as DigitGroup
      singles &&= grp.end - grp.start === 1
      if (b - a >= MAX_WINDOW_GROUPS && !singles) break
      const n = (offsets[b + 1] ?? 0) - (offsets[a] ?? 0)
      if (n > MAX_WINDOW_DIGITS) break
      if (n < MIN_WINDOW_DIGITS) continue
      w.reset()
      w.first = a
      w.last = b + 1
      w.start = first.start
      w.end = (run.groups[b] as DigitGroup).end
      w.digitCount = n
      w.whole = a === 0 && b === g - 1
      w.prefix = prefix
      w.afterCountryCode = afterCountryCode
      visit(w)
    }
  }
}

const NO_SEPS: string[] = []

/** Separator class: all whitespace -> ' ', otherwise the trimmed punctuation. */
function sepClass(sep: string): string {
  if (sep.length > MAX_SEP) {
    // (a hesitation inside it says nothing of the number: ", uh, " is a comma's class)
    const rest = sep.replace(HESITATION_IN_SEP, '').replace(/\.{3}|…|[—–]|\s+|(?<=\s)-(?=\s)/g, '')
    return rest === '' ? ' ' : rest.charAt(0)
  }
  const t = sep.trim()
  return t === '' ? ' ' : t
}
