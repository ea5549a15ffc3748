/**
 * Presidio-style context: whole words (never substrings) in a small window around a candidate.
 *
 * @module
 */

const MAX_SCAN_CHARS = 160

/** ASCII letters, apostrophes, and the accented Latin letters ("numéro", "teléfono"; not × and ÷). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 || c === 0x2019 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)
}

function stripPossessive(w: string): string {
  const n = w.length
  if (n > 2 && w.charCodeAt(n - 1) === 115) {
    const q = w.charCodeAt(n - 2)
    if (q === 39 || q === 0x2019) return w.slice(0, n - 2)
  }
  return w
}

/** Who speaks a transcript's turns, as its lines label them ("Customer:", "Agent:"). */
const SPEAKER_ROLES: ReadonlySet<string> = new Set(['customer', 'caller', 'client', 'agent', 'rep', 'representative', 'advisor', 'adviser', 'support', 'operator', 'speaker', 'me', 'user'])

/** Only blanks stand between `i` (inclusive, going back) and the start of its line. */
function startsLine(text: string, i: number): boolean {
  for (let k = i; k >= 0; k--) {
    const c = text.charCodeAt(k)
    if (c === 10) return true
    if (c !== 32 && c !== 9 && c !== 13) return false
  }
  return true
}

export interface ContextWords {
  /** Nearest first. */
  readonly before: string[]
  readonly after: string[]
}

/** Lower-cased words before `start` (nearest first, from `from` on) and after `end` (up to `to`), at most `before`/`after` of them. */
export function contextWords(text: string, start: number, end: number, before = 6, after = 3, from = 0, to = text.length): ContextWords {
  const out: string[] = []
  const tail: string[] = []
  let i = start - 1
  const minI = Math.max(from, start - MAX_SCAN_CHARS)
  let count = 0
  while (i >= minI && count < before) {
    while (i >= minI && !isWordChar(text.charCodeAt(i))) i--
    const e = i + 1
    while (i >= minI && isWordChar(text.charCodeAt(i))) i--
    if (e > i + 1) {
      const w = stripPossessive(text.slice(i + 1, e).toLowerCase())
      // a turn's speaker ("Customer: yeah hang on, REF91380549") says who talks, not what the number is
      if (text.charCodeAt(e) === 58 && SPEAKER_ROLES.has(w) && startsLine(text, i)) continue
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
      tail.push(stripPossessive(text.slice(s, j).toLowerCase()))
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
  const words = sets.flatMap((s) => [...s]).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
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
