/**
 * Keys written in pieces or encoded: string literals joined with +, constants concatenated by name, and
 * base64 of a key.
 *
 * @module
 */
import { looksLikeKey } from './key-shape.js'

/** String literals joined by `+` (`"…" + "…"`). */
const NAMES_JOINED_HINT = /[\w$][ \t]*\+[ \t]*[A-Za-z_$]/
const JOINED_HINT = /["'`]\s*\+\s*["'`]/
/** Literals side by side, which Python, C and C++ join (`"…" "…"`, or one per line inside brackets). */
const ADJACENT_HINT = /[0-9a-z]["'](?:[ \t]+|[ \t]*\r?\n[ \t]*)["'][0-9a-z]/
const BASE64_CHAR = new Uint8Array(128)
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') BASE64_CHAR[c.charCodeAt(0)] = 1

/**
 * A text that may hold a key in base64 (a run of 44 base64 characters, or 43 and `=`) or in joined
 * string literals. The run is counted in one pass: a regex for it retries at every character inside
 * every word, which made this test a tenth of the tree scan's time in Node.
 */
export function mayHoldEncodedKey(text: string): boolean {
  let run = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 128 && BASE64_CHAR[c] === 1) {
      if (++run === 44) return true
    } else {
      if (run === 43 && c === 61) return true
      run = 0
    }
  }
  return (text.includes('+') && (JOINED_HINT.test(text) || NAMES_JOINED_HINT.test(text))) || ADJACENT_HINT.test(text)
}
/** base64 of a key (32 bytes: 43 characters and `=`), or of a key and a newline (`echo KEY | base64`: 44). */
const BASE64_KEY = /(?<![A-Za-z0-9+/])(?:[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{44})(?![A-Za-z0-9+/=])/g
/**
 * Two to four string literals joined by `+`, on one line or continued on the next (`"<first half>" +⏎ "<second half>"`),
 * or side by side as Python, C and C++ join them (`"<first half>" "<second half>"`, one per line inside brackets).
 */
const JOINED_LITERALS = /(["'`])([0-9a-z]{1,31})\1(?:(?:[ \t]*\r?\n?[ \t]*\+[ \t]*\r?\n?[ \t]*|[ \t]+|[ \t]*\r?\n[ \t]*)(["'`])[0-9a-z]{1,31}\3){1,3}/g
const LITERAL = /["'`]([0-9a-z]{1,31})["'`]/g

/**
 * Keys written in another form than the plain 32 characters: base64-encoded (a Kubernetes Secret's
 * `data:`, a Helm value), and split into string literals joined by `+`. Each is reported at the
 * position of what is written (the base64, the first literal's text), judged like a plain value.
 */
export function assembledKeys(text: string): { value: string; offset: number; end: number }[] {
  const out: { value: string; offset: number; end: number }[] = []
  for (const m of text.matchAll(BASE64_KEY)) {
    const decoded = Buffer.from(m[0], 'base64').toString('latin1').replace(/\r?\n$/, '')
    if (/^[0-9a-z]{32}$/.test(decoded) && looksLikeKey(decoded)) out.push({ value: decoded, offset: m.index, end: m.index + m[0].length })
  }
  for (const m of text.matchAll(JOINED_LITERALS)) {
    const value = [...m[0].matchAll(LITERAL)].map((l) => l[1]).join('')
    if (value.length === 32 && looksLikeKey(value)) out.push({ value, offset: m.index + 1, end: m.index + m[0].length - 1 })
  }
  // ... and constants holding the pieces, joined where the key is used (`apiKey: part1 + part2`)
  // (the constants first: most code joins names with `+` and holds no piece of a key, and then no join is read)
  const constants = text.includes('+') ? pieceConstants(text) : undefined
  if (constants !== undefined && constants.size > 0) {
    for (const m of text.matchAll(JOINED_NAMES)) {
      const pieces = m[0].split('+').map((n) => constants.get(n.trim()))
      if (pieces.some((p) => p === undefined)) continue
      const value = pieces.map((p) => p?.text).join('')
      const first = pieces[0] as { text: string; offset: number }
      if (value.length === 32 && looksLikeKey(value)) out.push({ value, offset: first.offset, end: first.offset + first.text.length })
    }
  }
  return out
}

/** Two to four names joined by `+` (`part1 + part2`). */
const JOINED_NAMES = /(?<![\w$.])[A-Za-z_$][\w$]*(?:[ \t]*\+[ \t]*[A-Za-z_$][\w$]*){1,3}(?![\w$(])/g
/** A constant holding a piece of a key: `const part1 = "<16 characters>"`, `PART_1 = '…'`. */
const PIECE_CONSTANT = /(?<![\w$.])([A-Za-z_$][\w$]*)[ \t]*(?::[ \t]*string[ \t]*)?=[ \t]*["'`]([0-9a-z]{4,28})["'`]/g

/** The file's constants whose values could be pieces of a key, by name (a name bound twice is left out: which value is joined is unknown). */
function pieceConstants(text: string): Map<string, { text: string; offset: number }> {
  const out = new Map<string, { text: string; offset: number }>()
  const twice = new Set<string>()
  for (const m of text.matchAll(PIECE_CONSTANT)) {
    const name = m[1] as string
    if (out.has(name)) twice.add(name)
    out.set(name, { text: m[2] as string, offset: m.index + m[0].length - (m[2] as string).length - 1 })
  }
  for (const name of twice) out.delete(name)
  return out
}
