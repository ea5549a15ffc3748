/**
 * Digit runs in the normalised view: groups of digits separated by short separators
 * (" ", "-", ".", "/", ", ", ") ", double spaces), and the windows of up to six consecutive groups that
 * detectors classify (card, phone, SSN, IP, dates, account numbers). Linear in the text length.
 *
 * @module
 */

export interface DigitGroup {
  readonly start: number
  readonly end: number
}

export interface DigitRun {
  readonly groups: DigitGroup[]
  /** seps[i] is the separator between groups[i] and groups[i + 1]. */
  readonly seps: string[]
}

export interface DigitWindow {
  readonly run: DigitRun
  readonly first: number
  /** Exclusive. */
  readonly last: number
  /** View offsets of the window. */
  readonly start: number
  readonly end: number
  readonly digits: string
  /** Group lengths joined with '-', e.g. "3-3-4". */
  readonly shape: string
  readonly seps: string[]
  /** True when the window covers its whole run. */
  readonly whole: boolean
  /** '+' or '(' directly before the first group, else ''. */
  readonly prefix: string
  /** The group before the window is a '+'-prefixed country code ("+1 415 ..." seen from "415"). */
  readonly afterCountryCode: boolean
}

const MAX_WINDOW_GROUPS = 8
const MAX_WINDOW_DIGITS = 24
const MAX_SEP = 3
/** No classifier accepts fewer digits (a CVV has three). */
const MIN_WINDOW_DIGITS = 3

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function isSepChar(c: number): boolean {
  return c === 32 || c === 45 || c === 46 || c === 47 || c === 40 || c === 41 || c === 9 || c === 44
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
    const attached = (start > 0 && isLetter(text.charCodeAt(start - 1))) || (end < n && isLetter(text.charCodeAt(end)) && !ext)
    if (attached) {
      current = null
      continue
    }
    if (current === null) {
      current = { groups: [], seps: [] }
      runs.push(current)
    }
    current.groups.push({ start, end })
    // Look for a separator followed by another digit group.
    let k = end
    while (k < n && k - end < MAX_SEP && isSepChar(text.charCodeAt(k))) k++
    if (k > end && k < n && isDigit(text.charCodeAt(k))) {
      current.seps.push(text.slice(end, k))
      i = k
    } else {
      current = null
    }
  }
  return runs
}

/** All windows of 1..8 consecutive groups with 3 to 24 digits. */
export function* digitWindows(text: string, run: DigitRun): Generator<DigitWindow> {
  const g = run.groups.length
  const groupText = run.groups.map((grp) => (grp.end - grp.start <= MAX_WINDOW_DIGITS ? text.slice(grp.start, grp.end) : ''))
  for (let a = 0; a < g; a++) {
    const first = run.groups[a] as DigitGroup
    const before = first.start > 0 ? text.charAt(first.start - 1) : ''
    const cc = a > 0 ? run.groups[a - 1] : undefined
    const afterCountryCode = cc !== undefined && cc.end - cc.start <= 3 && cc.start > 0 && text.charAt(cc.start - 1) === '+'
    const prefix = before === '+' || before === '(' ? before : ''
    let digits = ''
    let shape = ''
    for (let b = a; b < g && b - a < MAX_WINDOW_GROUPS; b++) {
      const grp = run.groups[b] as DigitGroup
      const len = grp.end - grp.start
      if (digits.length + len > MAX_WINDOW_DIGITS) break
      digits += groupText[b] ?? ''
      shape = b === a ? String(len) : `${shape}-${len}`
      if (digits.length < MIN_WINDOW_DIGITS) continue
      yield {
        run,
        first: a,
        last: b + 1,
        start: first.start,
        end: grp.end,
        digits,
        shape,
        seps: b === a ? NO_SEPS : run.seps.slice(a, b),
        whole: a === 0 && b === g - 1,
        prefix,
        afterCountryCode,
      }
    }
  }
}

const NO_SEPS: string[] = []

/** Separator class: all whitespace -> ' ', otherwise the trimmed punctuation. */
export function sepClass(sep: string): string {
  const t = sep.trim()
  return t === '' ? ' ' : t
}

/** True when every separator has the same class. */
export function uniformSeps(seps: readonly string[]): boolean {
  if (seps.length === 0) return true
  const c = sepClass(seps[0] ?? '')
  return seps.every((s) => sepClass(s) === c)
}
