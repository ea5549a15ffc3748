/**
 * The scorer of issue 7: strict entity recall (every alphanumeric token of the entity removed),
 * token precision (removed tokens that belong to an entity; tokens in "ignore" spans count
 * neither way) and the share of PII-free utterances altered; per label and per style.
 * Works from redacted text alone (token alignment by longest common subsequence), so every
 * contender is scored the same way whatever its placeholder format.
 *
 * @module
 */
import type { Dataset, Item, Span } from './datasets.js'

interface Tok {
  start: number
  end: number
  text: string
}

/**
 * A token: letters and digits of any script. (Until session 60 only ASCII letters counted: a name or a
 * date in Cyrillic or Greek had no token and was never found, and "Nguyễn" was two tokens.)
 */
const TOKEN = /[\p{L}\p{M}\p{N}]+/gu

function tokens(text: string): Tok[] {
  return [...text.matchAll(TOKEN)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }))
}

/** For each original token: true when it no longer appears (LCS alignment against the output tokens). */
export function removedTokens(original: string, redacted: string): { toks: Tok[]; removed: boolean[] } {
  const a = tokens(original)
  const b = tokens(redacted).map((t) => t.text)
  const n = a.length
  const m = b.length
  const dp = new Uint16Array((n + 1) * (m + 1))
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      dp[i * (m + 1) + j] =
        a[i]?.text === b[j]
          ? (dp[(i + 1) * (m + 1) + j + 1] ?? 0) + 1
          : Math.max(dp[(i + 1) * (m + 1) + j] ?? 0, dp[i * (m + 1) + j + 1] ?? 0)
    }
  }
  const removed = new Array<boolean>(n).fill(true)
  let i = 0
  let j = 0
  while (i < n && j < m) {
    if (a[i]?.text === b[j]) {
      removed[i] = false
      i++
      j++
    } else if ((dp[(i + 1) * (m + 1) + j] ?? 0) >= (dp[i * (m + 1) + j + 1] ?? 0)) i++
    else j++
  }
  return { toks: a, removed }
}

const inside = (t: Tok, s: Span): boolean => t.start < s.end && t.end > s.start

export interface Counts {
  found: number
  total: number
}

export interface Score {
  entityRecall: Counts
  byLabel: Map<string, Counts>
  byStyle: Map<string, Counts>
  byStyleLabel: Map<string, Counts>
  tokenTp: number
  tokenRemoved: number
  negAltered: number
  negTotal: number
}

function bump(map: Map<string, Counts>, key: string, found: boolean): void {
  const c = map.get(key) ?? { found: 0, total: 0 }
  c.total++
  if (found) c.found++
  map.set(key, c)
}

export function score(dataset: Dataset, outputs: readonly string[]): Score {
  const s: Score = {
    entityRecall: { found: 0, total: 0 },
    byLabel: new Map(),
    byStyle: new Map(),
    byStyleLabel: new Map(),
    tokenTp: 0,
    tokenRemoved: 0,
    negAltered: 0,
    negTotal: 0,
  }
  dataset.items.forEach((item: Item, k) => {
    const { toks, removed } = removedTokens(item.text, outputs[k] ?? item.text)
    for (const e of item.entities) {
      const own = toks.map((t, i) => (inside(t, e) ? i : -1)).filter((i) => i >= 0)
      const found = own.length > 0 && own.every((i) => removed[i] === true)
      s.entityRecall.total++
      if (found) s.entityRecall.found++
      bump(s.byLabel, e.label, found)
      bump(s.byStyle, item.style, found)
      bump(s.byStyleLabel, `${item.style}:${e.label}`, found)
    }
    let alteredAny = false
    toks.forEach((t, i) => {
      if (removed[i] !== true) return
      if (item.ignore.some((g) => inside(t, g))) return
      alteredAny = true
      s.tokenRemoved++
      if (item.entities.some((g) => inside(t, g))) s.tokenTp++
    })
    if (item.entities.length === 0 && item.ignore.length === 0) {
      s.negTotal++
      if (alteredAny) s.negAltered++
    }
  })
  return s
}

export function ratio(c: Counts | undefined): string {
  if (c === undefined || c.total === 0) return '–'
  return (c.found / c.total).toFixed(2)
}
