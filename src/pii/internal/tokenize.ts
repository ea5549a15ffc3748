/**
 * A linear-time tokenizer: ASCII words (with inner apostrophes), digit runs, whitespace runs and
 * single other characters. Tokens are stored as parallel typed arrays (no object per token), so a
 * megabyte of punctuation costs no garbage.
 *
 * @module
 */

export const TokenKind = { Word: 0, Digits: 1, Space: 2, Other: 3, None: -1 } as const
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind]

export class TokenList {
  length = 0
  private kinds: Int8Array
  private starts: Int32Array
  private ends: Int32Array

  constructor(capacity: number) {
    const cap = Math.max(8, capacity)
    this.kinds = new Int8Array(cap)
    this.starts = new Int32Array(cap)
    this.ends = new Int32Array(cap)
  }

  /** Empties the list, keeping its buffers (typed arrays cost ~30 us each to allocate). */
  clear(): void {
    this.length = 0
  }

  push(kind: TokenKind, start: number, end: number): void {
    if (this.length === this.kinds.length) this.grow()
    this.kinds[this.length] = kind
    this.starts[this.length] = start
    this.ends[this.length] = end
    this.length++
  }

  /** Kind of token i, or `TokenKind.None` outside the list. */
  kind(i: number): number {
    return i >= 0 && i < this.length ? (this.kinds[i] ?? TokenKind.None) : TokenKind.None
  }

  start(i: number): number {
    return this.starts[i] ?? 0
  }

  end(i: number): number {
    return this.ends[i] ?? 0
  }

  /** The word token before token i (across one space token), or -1. */
  wordBefore(i: number): number {
    const j = this.kind(i - 1) === TokenKind.Space ? i - 2 : i - 1
    return this.kind(j) === TokenKind.Word ? j : -1
  }

  private grow(): void {
    const cap = this.kinds.length * 2
    const k = new Int8Array(cap)
    k.set(this.kinds)
    const s = new Int32Array(cap)
    s.set(this.starts)
    const e = new Int32Array(cap)
    e.set(this.ends)
    this.kinds = k
    this.starts = s
    this.ends = e
  }
}

const UNICODE_LETTER = /^[\p{L}\p{M}]$/u

/** ASCII letters, and any Unicode letter or combining mark of the BMP (names are not all ASCII). */
export function isLetter(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
  if (c < 0xc0 || (c >= 0xd800 && c <= 0xdfff)) return false
  return UNICODE_LETTER.test(String.fromCharCode(c))
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0
}

/**
 * Splits `text` into tokens. With `into`, that list is cleared and refilled (callers that tokenize every
 * text keep one list and reuse it; the result is then only valid until their next call).
 */
export function tokenize(text: string, into?: TokenList): TokenList {
  const n = text.length
  let out: TokenList
  if (into === undefined) out = new TokenList(Math.min(n, 1 << 16) + 8)
  else {
    out = into
    out.clear()
  }
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    const start = i
    if (isLetter(c)) {
      i++
      while (i < n) {
        const d = text.charCodeAt(i)
        if (isLetter(d)) i++
        else if ((d === 39 || d === 0x2019) && i + 1 < n && isLetter(text.charCodeAt(i + 1))) i += 2
        else break
      }
      out.push(TokenKind.Word, start, i)
    } else if (isDigitCode(c)) {
      i++
      while (i < n && isDigitCode(text.charCodeAt(i))) i++
      out.push(TokenKind.Digits, start, i)
    } else if (isSpace(c)) {
      i++
      while (i < n && isSpace(text.charCodeAt(i))) i++
      out.push(TokenKind.Space, start, i)
    } else {
      i++
      out.push(TokenKind.Other, start, i)
    }
  }
  return out
}
