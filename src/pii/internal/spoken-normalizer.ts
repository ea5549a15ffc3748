/**
 * The spoken-form normaliser: rewrites number words ("four one five", "oh", "double five",
 * "nineteen sixty four", "twenty seventh"), spoken e-mail joiners ("dot", "at", "underscore",
 * "dash") into their written form, keeping an offset map to the original text. Detectors run on
 * the normalised view; findings are mapped back to the original words.
 *
 * Rules: adjacent single-digit tokens join when at least one of them was spoken ("four one five,
 * five five five" -> "415555"); compound numbers (teens, tens, years, ordinals) keep their
 * separators ("nine twenty seven nineteen forty eight" -> "9 27 1948"). Runs in linear time.
 *
 * @module
 */
import { OffsetTextBuilder, type OffsetText } from './offset-text.js'
import { tokenize, TokenKind, type Token } from './tokenize.js'
import {
  MONTH_WORDS,
  ORDINAL_TEEN_WORDS,
  ORDINAL_UNIT_WORDS,
  REPEAT_WORDS,
  TEEN_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
  ordinalSuffix,
} from './number-words.js'

type NumberKind = 'digits' | 'compound'

interface Phrase {
  out: string
  kind: NumberKind
  /** Index of the last token consumed. */
  last: number
}

const MAX_WORD = 12

export function normalizeSpoken(text: string): OffsetText {
  return new Normalizer(text).run()
}

class Normalizer {
  private readonly tokens: Token[]
  private readonly words: string[]
  private readonly b: OffsetTextBuilder
  private pending: number[] = []
  private prevNum: { kind: NumberKind; spoken: boolean } | null = null
  private prevSignificant = false

  private readonly text: string

  constructor(text: string) {
    this.text = text
    this.tokens = tokenize(text)
    this.words = this.tokens.map((t) =>
      t.kind === TokenKind.Word && t.end - t.start <= MAX_WORD ? text.slice(t.start, t.end).toLowerCase() : '',
    )
    this.b = new OffsetTextBuilder(text.length + 16)
  }

  run(): OffsetText {
    const { tokens } = this
    let i = 0
    while (i < tokens.length) {
      const t = tokens[i] as Token
      if (this.isSeparator(i)) {
        this.pending.push(i)
        i++
        continue
      }
      if (t.kind === TokenKind.Digits) {
        this.emitNumber(this.text.slice(t.start, t.end), 'digits', false, t.start, t.end)
        i++
        continue
      }
      if (t.kind === TokenKind.Word) {
        const next = this.handleWord(i)
        if (next > i) {
          i = next
          continue
        }
      }
      this.flushPending()
      this.b.copy(this.text, t.start, t.end)
      this.prevNum = null
      this.prevSignificant = t.kind === TokenKind.Word
      i++
    }
    this.flushPending()
    return this.b.build()
  }

  /** Returns the next token index when the word was consumed, else `i`. */
  private handleWord(i: number): number {
    const w = this.words[i] ?? ''
    if (w === '') return i
    if ((w === 'oh' || w === 'o') && !this.zeroContext(i)) return i
    const phrase = this.parsePhrase(i)
    if (phrase !== null) {
      const t = this.tokens[i] as Token
      const last = this.tokens[phrase.last] as Token
      this.emitNumber(phrase.out, phrase.kind, true, t.start, last.end)
      return phrase.last + 1
    }
    const joiner = this.joinerFor(i, w)
    if (joiner !== '') {
      const t = this.tokens[i] as Token
      this.pending = [] // drop the whitespace before the joiner
      this.b.emit(joiner, t.start, t.end)
      this.prevNum = null
      this.prevSignificant = false
      const after = this.tokens[i + 1]
      return after !== undefined && after.kind === TokenKind.Space ? i + 2 : i + 1
    }
    return i
  }

  private joinerFor(i: number, w: string): string {
    const pendingIsSpace = this.pending.every((p) => (this.tokens[p] as Token).kind === TokenKind.Space)
    if (!this.prevSignificant || !pendingIsSpace || this.pending.length === 0) return ''
    const n = this.nextWord(i, true)
    if (n < 0) return ''
    switch (w) {
      case 'dot':
        return '.'
      case 'point':
        return this.prevNum !== null && this.parsePhraseSafe(n) ? '.' : ''
      case 'underscore':
        return '_'
      case 'dash':
      case 'hyphen':
        return '-'
      case 'at': {
        // "at <domain> dot <tld>" only: "at home" stays a word.
        const after = this.tokens[n + 1]
        const dotIdx = after?.kind === TokenKind.Space ? n + 2 : n + 1
        const dotTok = this.tokens[dotIdx]
        if (dotTok === undefined) return ''
        if (dotTok.kind === TokenKind.Word && this.words[dotIdx] === 'dot') return '@'
        const tld = this.tokens[dotIdx + 1]
        if (dotTok.kind === TokenKind.Other && this.text.charCodeAt(dotTok.start) === 46 && tld?.kind === TokenKind.Word) return '@'
        return ''
      }
      default:
        return ''
    }
  }

  private parsePhraseSafe(i: number): boolean {
    const t = this.tokens[i]
    if (t === undefined) return false
    return t.kind === TokenKind.Digits || this.parsePhrase(i) !== null
  }

  private emitNumber(out: string, kind: NumberKind, spoken: boolean, start: number, end: number): void {
    const prev = this.prevNum
    const join =
      prev !== null && prev.kind === 'digits' && kind === 'digits' && (prev.spoken || spoken) && this.pending.length <= 4
    if (join) this.pending = []
    else this.flushPending()
    this.b.emit(out, start, end)
    this.prevNum = { kind, spoken }
    this.prevSignificant = true
  }

  private isSeparator(i: number): boolean {
    const t = this.tokens[i] as Token
    if (t.kind === TokenKind.Space) return true
    if (t.kind === TokenKind.Other) {
      const c = this.text.charCodeAt(t.start)
      return this.prevNum !== null && (c === 44 || c === 45)
    }
    return false
  }

  private flushPending(): void {
    for (const p of this.pending) {
      const t = this.tokens[p] as Token
      this.b.copy(this.text, t.start, t.end)
    }
    this.pending = []
  }

  /** "oh"/"o" is a zero only next to other numbers. */
  private zeroContext(i: number): boolean {
    if (this.prevNum?.spoken === true && this.pending.length <= 2) return true
    const n = this.nextWord(i, true)
    if (n < 0) return false
    const t = this.tokens[n] as Token
    if (t.kind === TokenKind.Digits) return true
    const w = this.words[n] ?? ''
    return (UNIT_WORDS.has(w) && w !== 'o' && w !== 'oh') || REPEAT_WORDS.has(w)
  }

  /** Next word/digits token after `i`, separated by at most one space (and a hyphen if `allowHyphen`). */
  private nextWord(i: number, allowDigits = false): number {
    let j = i + 1
    let t = this.tokens[j]
    if (t?.kind === TokenKind.Space) t = this.tokens[++j]
    if (t?.kind === TokenKind.Other && this.text.charCodeAt(t.start) === 45) t = this.tokens[++j]
    if (t === undefined) return -1
    if (t.kind === TokenKind.Word || (allowDigits && t.kind === TokenKind.Digits)) return j
    return -1
  }

  private prevWord(i: number): string {
    let j = i - 1
    if (this.tokens[j]?.kind === TokenKind.Space) j--
    return this.tokens[j]?.kind === TokenKind.Word ? (this.words[j] ?? '') : ''
  }

  private monthAdjacent(i: number): boolean {
    if (MONTH_WORDS.has(this.prevWord(i))) return true
    const of = this.nextWord(i)
    if (of < 0 || this.words[of] !== 'of') return false
    const m = this.nextWord(of)
    return m >= 0 && MONTH_WORDS.has(this.words[m] ?? '')
  }

  private word(i: number): string {
    return i < 0 ? '' : (this.words[i] ?? '')
  }

  private parsePhrase(i: number): Phrase | null {
    const w = this.word(i)
    const rep = REPEAT_WORDS.get(w)
    if (rep !== undefined) {
      const j = this.nextWord(i)
      const u = UNIT_WORDS.get(this.word(j))
      return u === undefined ? null : { out: String(u).repeat(rep), kind: 'digits', last: j }
    }
    const unit = UNIT_WORDS.get(w)
    if (unit !== undefined) return this.parseUnit(i, unit)
    const teen = TEEN_WORDS.get(w)
    if (teen !== undefined) return this.parseTeen(i, teen)
    const ordTeen = ORDINAL_TEEN_WORDS.get(w)
    if (ordTeen !== undefined) return { out: `${ordTeen}${ordinalSuffix(ordTeen)}`, kind: 'compound', last: i }
    const tens = TENS_WORDS.get(w)
    if (tens !== undefined) return this.parseTens(i, tens)
    const ordUnit = ORDINAL_UNIT_WORDS.get(w)
    if (ordUnit !== undefined && this.monthAdjacent(i)) {
      return { out: `${ordUnit}${ordinalSuffix(ordUnit)}`, kind: 'compound', last: i }
    }
    return null
  }

  private parseUnit(i: number, unit: number): Phrase {
    const j = this.nextWord(i)
    if (unit > 0 && this.word(j) === 'thousand') {
      let value = unit * 1000
      let last = j
      let k = this.nextWord(j)
      if (this.word(k) === 'and') k = this.nextWord(k)
      const rest = this.parseSmall(k)
      if (rest !== null) {
        value += rest.value
        last = rest.last
      }
      return { out: String(value), kind: 'compound', last }
    }
    return { out: String(unit), kind: 'digits', last: i }
  }

  /** 1..99 without ordinals: "five", "twelve", "forty two". */
  private parseSmall(i: number): { value: number; last: number } | null {
    const w = this.word(i)
    const unit = UNIT_WORDS.get(w)
    if (unit !== undefined && unit > 0) return { value: unit, last: i }
    const teen = TEEN_WORDS.get(w)
    if (teen !== undefined) return { value: teen, last: i }
    const tens = TENS_WORDS.get(w)
    if (tens === undefined) return null
    const j = this.nextWord(i)
    const u = UNIT_WORDS.get(this.word(j))
    return u !== undefined && u > 0 && this.word(j) !== 'o' && this.word(j) !== 'oh'
      ? { value: tens + u, last: j }
      : { value: tens, last: i }
  }

  private parseTeen(i: number, teen: number): Phrase {
    const j = this.nextWord(i)
    const wj = this.word(j)
    if (TENS_WORDS.has(wj)) {
      const rest = this.parseSmall(j)
      if (rest !== null) return { out: String(teen * 100 + rest.value), kind: 'compound', last: rest.last }
    }
    if (wj === 'hundred') return { out: `${teen}00`, kind: 'compound', last: j }
    if (wj === 'oh' || wj === 'o') {
      const k = this.nextWord(j)
      const u = UNIT_WORDS.get(this.word(k))
      if (u !== undefined && u > 0) return { out: `${teen}0${u}`, kind: 'compound', last: k }
    }
    return { out: String(teen), kind: 'compound', last: i }
  }

  private parseTens(i: number, tens: number): Phrase {
    const j = this.nextWord(i)
    const wj = this.word(j)
    const u = UNIT_WORDS.get(wj)
    if (u !== undefined && u > 0 && wj !== 'o' && wj !== 'oh') return { out: String(tens + u), kind: 'compound', last: j }
    const ou = ORDINAL_UNIT_WORDS.get(wj)
    if (ou !== undefined) {
      const n = tens + ou
      return { out: `${n}${ordinalSuffix(n)}`, kind: 'compound', last: j }
    }
    if (tens === 20 && (TEEN_WORDS.has(wj) || TENS_WORDS.has(wj))) {
      const rest = this.parseSmall(j)
      if (rest !== null) return { out: String(2000 + rest.value), kind: 'compound', last: rest.last }
    }
    if (tens === 20 && (wj === 'oh' || wj === 'o')) {
      const k = this.nextWord(j)
      const d = UNIT_WORDS.get(this.word(k))
      if (d !== undefined && d > 0) return { out: `200${d}`, kind: 'compound', last: k }
    }
    return { out: String(tens), kind: 'compound', last: i }
  }
}
