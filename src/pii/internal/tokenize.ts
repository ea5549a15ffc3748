/**
 * A linear-time tokenizer: ASCII words (with inner apostrophes), digit runs, whitespace runs and
 * single other characters. Used by the normaliser and the names stage.
 *
 * @module
 */

export const TokenKind = { Word: 0, Digits: 1, Space: 2, Other: 3 } as const
export type TokenKind = (typeof TokenKind)[keyof typeof TokenKind]

export interface Token {
  readonly kind: TokenKind
  readonly start: number
  readonly end: number
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

export function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 12 || c === 11 || c === 0xa0
}

export function tokenize(text: string): Token[] {
  const out: Token[] = []
  const n = text.length
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
      out.push({ kind: TokenKind.Word, start, end: i })
    } else if (isDigitCode(c)) {
      i++
      while (i < n && isDigitCode(text.charCodeAt(i))) i++
      out.push({ kind: TokenKind.Digits, start, end: i })
    } else if (isSpace(c)) {
      i++
      while (i < n && isSpace(text.charCodeAt(i))) i++
      out.push({ kind: TokenKind.Space, start, end: i })
    } else {
      i++
      out.push({ kind: TokenKind.Other, start, end: i })
    }
  }
  return out
}
