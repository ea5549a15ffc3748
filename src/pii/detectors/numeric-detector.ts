/**
 * Numbers, written or spoken: digit runs of the normalised view, classified window by window
 * (card, phone, SSN, IPv4, account/routing, CVV, expiry, numeric date of birth).
 *
 * @module
 */
import { luhnValid, plausibleCardPrefix, ssnValid } from '../internal/checksums.js'
import { ACCOUNT_WORDS, CARD_WORDS, DOB_WORDS, IP_WORDS, PHONE_WORDS, SSN_WORDS } from '../internal/context-lexicon.js'
import { contextWords, hasAny, type ContextWords } from '../internal/context-words.js'
import { forEachWindow, scanDigitRuns, type DigitWindow } from '../internal/digit-runs.js'
import { mapSpan, type OffsetText } from '../internal/offset-text.js'
import { classifyAccount, NUMERIC_CLASSIFIERS, type GatedClassifier, type WindowContext } from './numeric-classifiers.js'
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

/** The context every window of one run shares (digits are not words), computed on first use. */
class RunContext implements WindowContext {
  private readonly text: string
  private readonly view: OffsetText
  private readonly start: number
  private readonly end: number
  private words: ContextWords | undefined
  private allWords: string[] | undefined
  private letters: boolean | undefined

  constructor(text: string, view: OffsetText, start: number, end: number) {
    this.text = text
    this.view = view
    this.start = start
    this.end = end
  }

  private context(): ContextWords {
    this.words ??= contextWords(this.view.text, this.start, this.end, 8, 5)
    return this.words
  }

  get before(): readonly string[] {
    return this.context().before
  }

  get after(): readonly string[] {
    return this.context().after
  }

  get all(): readonly string[] {
    this.allWords ??= [...this.context().before, ...this.context().after]
    return this.allWords
  }

  spoken(w: DigitWindow): boolean {
    // Digit by digit ("0 0 4 5 7 8 9 2"): how a transcript writes a number read out one digit at a
    // time; as in speech, its grouping means nothing.
    if (w.groupCount >= 4 && w.digitCount === w.groupCount && w.uniformSepClass === ' ') return true
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

export const numericDetector: Detector = {
  name: 'numeric',
  detect({ text, view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    let ctx: RunContext | undefined
    // Classifiers that need context words the text does not contain at all are off for this text.
    const on = NUMERIC_CLASSIFIERS.map((g) => g.trigger === null || g.trigger.test(view.text))
    const visit = (w: DigitWindow): void => {
      const n = w.digitCount
      // "one, two, three, four, five ...": someone counting (a mic check), not a number read out
      if (n >= 5 && isCounting(w.digits) && (ctx as RunContext).spoken(w) && !cued(ctx as RunContext)) return
      for (let k = 0; k < NUMERIC_CLASSIFIERS.length; k++) {
        const g = NUMERIC_CLASSIFIERS[k] as GatedClassifier
        if (on[k] !== true || n < g.minDigits || n > g.maxDigits || (g.wholeOnly && !w.whole)) continue
        const c = g.classify(w, ctx as RunContext)
        if (c === null) continue
        const span = spanOf(view, w)
        if (c.type === 'phone_number') span.end = extensionEnd(view, w.end, span.end)
        // "TB-5055-3118", "C U S oh three eight ...": an account number's letters belong to it
        if (c.type === 'account_number' || c.detector === 'account-context') {
          const letters = letterPrefixStart(view.text, w.start)
          if (letters < w.start) span.start = mapSpan(view, letters, w.start).start
        }
        out.push({ ...c, ...span })
      }
    }
    if (on[ACCOUNT_GATE] === true) out.push(...lettersAndDigits(view))
    out.push(...numberInPieces(view))
    for (const run of scanDigitRuns(view.text)) {
      // A run of more than 16 groups is a table or noise, not one identifier; skipping it keeps this linear.
      if (run.groups.length > MAX_RUN_GROUPS) continue
      const first = run.groups[0]
      const lastGroup = run.groups[run.groups.length - 1]
      if (first === undefined || lastGroup === undefined) continue
      let total = 0
      for (const grp of run.groups) total += grp.end - grp.start
      if (total < MIN_DIGITS) continue
      ctx = new RunContext(text, view, first.start, lastGroup.end)
      const runStart = out.length
      forEachWindow(view.text, run, visit)
      absorbNestedPhones(out, runStart)
    }
    return out
  },
}

/** Index of the account classifier's gate (its trigger says whether the text has an account word at all). */
const ACCOUNT_GATE = NUMERIC_CLASSIFIERS.findIndex((g) => g.classify === classifyAccount)

/**
 * Where the letters before an account number's digits start: an upper-case code joined by a hyphen or
 * a space ("TB-", "DPM-", "ACC "), or letters spelled out one by one ("C U S ", "a c c "); `start` when
 * there are none. At most four letters.
 */
export function letterPrefixStart(text: string, start: number): number {
  const sep = text.charAt(start - 1)
  if (sep !== '-' && sep !== ' ') return start
  const isLetter = (c: string): boolean => /^[A-Za-z]$/.test(c)
  // an upper-case code: "TB-", "DPM "
  let k = start - 1
  while (k > 0 && k > start - 6 && /[A-Z]/.test(text.charAt(k - 1))) k--
  if (k < start - 1 && (k === 0 || !/[A-Za-z0-9]/.test(text.charAt(k - 1))) && (sep === '-' || start - 1 - k >= 2)) return k
  // spelled letters, one space apart: "C U S ", "t b "
  let first = start
  let letters = 0
  for (let j = start - 1; letters < 4 && j >= 1 && text.charAt(j) === ' ' && isLetter(text.charAt(j - 1)) && (j - 1 === 0 || !/[A-Za-z0-9]/.test(text.charAt(j - 2))); j -= 2) {
    first = j - 1
    letters++
  }
  // one lone letter is a word ("a", "I") more often than a code
  return letters >= 2 || (letters === 1 && /[B-HJ-Z]/.test(text.charAt(first))) ? first : start
}

const LETTERS_THEN_DIGITS = /(?<![A-Za-z0-9])[A-Za-z]{1,4}\d{6,14}(?![A-Za-z0-9])/g

/**
 * Account numbers written as one token of letters and digits ("ACC61194133", "NE30778732"): the digit
 * runs never see them (digits glued to letters belong to a word), so they are read here, with an
 * account word right before.
 */
function lettersAndDigits(view: OffsetText): Candidate[] {
  const out: Candidate[] = []
  for (const m of view.text.matchAll(LETTERS_THEN_DIGITS)) {
    const before = contextWords(view.text, m.index, m.index + m[0].length, 8, 0).before
    const pos = before.findIndex((w) => ACCOUNT_WORDS.has(w))
    if (pos < 0 || pos > 4) continue
    out.push({ type: 'account_number', ...mapSpan(view, m.index, m.index + m[0].length), confidence: 0.85, detector: 'account-context', validated: false })
  }
  return out
}

/** Words that introduce the pieces of a number read out in parts ("the first three are ..., the last four ..."). */
const PIECE_TRIGGER = /\b(?:first|middle|last|next|then|rest|remaining|second|part)\b/i
/** The words one of the two kinds of pieces needs (SSN_WORDS and CARD_WORDS, their longer members). */
const PIECE_VALUE_WORDS = /social|ssn|security|taxpayer|itin|card|credit|debit|visa|mastercard|amex|discover|maestro/i
/** A piece: digits, in groups one space or hyphen apart ("5596 0732"). */
const PIECE = /(?<![A-Za-z0-9])\d+(?:[ -]\d+)*(?![A-Za-z0-9])/g
/** The count in a piece's label ("the first 3", "the last 8"): a number, not a piece. */
const COUNT_LABEL = /\b(?:first|middle|last|next|other|final)\s+$/i
/** At most this many characters of words between two pieces. */
const PIECE_GAP = 60

/**
 * An SSN or a card read out in labelled pieces with words between them: "the first three of my social
 * are 698, the middle two are 62, and the last four are 1362"; "first eight are 5596 0732 and the last
 * eight are 8801 6591". Two to four pieces in one sentence make a whole only when it validates: an SSN
 * as three pieces of 3, 2 and 4 digits after a social-security word; a card as 13-19 digits in pieces
 * of at least four, with a card word, the Luhn checksum and a card prefix. Each piece is its own span.
 */
function numberInPieces(view: OffsetText): Candidate[] {
  const t = view.text
  if (!PIECE_TRIGGER.test(t) || !PIECE_VALUE_WORDS.test(t)) return []
  const pieces: Piece[] = []
  for (const m of t.matchAll(PIECE)) {
    const raw = m[0]
    if (raw.length <= 2 && COUNT_LABEL.test(t.slice(Math.max(0, m.index - 12), m.index))) continue
    let len = raw.length
    for (let i = 0; i < raw.length; i++) if (raw.charCodeAt(i) < 48) len--
    pieces.push({ start: m.index, end: m.index + raw.length, len })
  }
  const out: Candidate[] = []
  for (let a = 0; a + 1 < pieces.length; a++) {
    const head = pieces[a] as Piece
    let total = head.len
    let allFour = head.len >= 4
    for (let b = a + 1; b < Math.min(pieces.length, a + 4); b++) {
      const prev = pieces[b - 1] as Piece
      const cur = pieces[b] as Piece
      if (cur.start - prev.end > PIECE_GAP || sentenceEndBetween(t, prev.end, cur.start)) break
      total += cur.len
      allFour &&= cur.len >= 4
      if (total > 19) break
      // the shapes first (cheap), then the checksums, then the words before the first piece
      const ssnShape = b === a + 2 && head.len === 3 && (pieces[a + 1] as Piece).len === 2 && cur.len === 4
      const cardShape = total >= 13 && allFour
      if (!ssnShape && !cardShape) continue
      const group = pieces.slice(a, b + 1)
      const digits = group.map((p) => t.slice(p.start, p.end).replace(/\D/g, '')).join('')
      const ssn = ssnShape && ssnValid(digits) && hasAny(contextWords(t, head.start, cur.start, 12, 0).before, SSN_WORDS)
      const card = !ssn && cardShape && luhnValid(digits) && plausibleCardPrefix(digits) && hasAny(contextWords(t, head.start, cur.start, 12, 0).before, CARD_WORDS)
      if (!ssn && !card) continue
      for (const p of group)
        out.push({ type: ssn ? 'us_social_security_number' : 'credit_card_number', ...mapSpan(view, p.start, p.end), confidence: 0.9, detector: ssn ? 'ssn-pieces' : 'card-pieces', validated: card })
      break
    }
  }
  return out
}

interface Piece {
  readonly start: number
  readonly end: number
  /** Digits in it. */
  readonly len: number
}

/** A sentence's end (". ", "? ", "! ") in text[from, to). */
function sentenceEndBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i + 1 < to; i++) {
    const c = text.charCodeAt(i)
    if ((c === 46 || c === 63 || c === 33) && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 10)) return true
  }
  return false
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
