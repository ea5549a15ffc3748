/**
 * Residual-PII verification: scans every text-bearing field of a finished transcript with the
 * local PII engine (AssemblyAI's own placeholders count as redacted) and applies the policy:
 * `flag` (deliver with the result), `redact` (mask locally, then deliver), `block` (withhold).
 * The result records types and counts, never values.
 *
 * @module
 */

export interface ResidualFinding {
  type: string
  start: number
  end: number
}

/** The PII engine as this capability sees it. `undefined` = no engine available. */
export type ResidualScanner = (text: string) => readonly ResidualFinding[]

export type ResidualAction = 'off' | 'flag' | 'redact' | 'block'

export interface ResidualPiiResult {
  /** `unavailable` when no scanner is wired (never reported as a pass). */
  status: 'clean' | 'found' | 'unavailable' | 'skipped'
  action: ResidualAction
  counts: Record<string, number>
}

export interface Word {
  text: string
  start?: number
  end?: number
  [key: string]: unknown
}

export class ResidualPiiChecker {
  readonly #scan: ResidualScanner | undefined
  readonly #action: ResidualAction
  readonly #counts: Record<string, number> = {}

  constructor(scan: ResidualScanner | undefined, action: ResidualAction) {
    this.#scan = scan
    this.#action = action
  }

  /** Scans (and, under `redact`, masks) one text field. */
  text(value: string | null | undefined): string | null | undefined {
    if (!value || !this.#scan || this.#action === 'off') return value
    const findings = this.#scan(value)
    for (const f of findings) this.#counts[f.type] = (this.#counts[f.type] ?? 0) + 1
    if (this.#action !== 'redact' || findings.length === 0) return value
    let out = ''
    let cursor = 0
    for (const f of [...findings].sort((a, b) => a.start - b.start)) {
      if (f.start < cursor) continue
      out += value.slice(cursor, f.start) + `[${f.type.toUpperCase()}]`
      cursor = f.end
    }
    return out + value.slice(cursor)
  }

  /** Scans a word list as one text (so spoken numbers split across words are found) and masks whole words. */
  words<W extends Word>(words: readonly W[] | null | undefined): W[] | null | undefined {
    if (!words || words.length === 0 || !this.#scan || this.#action === 'off') return words ? [...words] : words
    const offsets: number[] = []
    let joined = ''
    for (const w of words) {
      offsets.push(joined.length)
      joined += `${w.text} `
    }
    const findings = this.#scan(joined)
    if (this.#action !== 'redact' || findings.length === 0) return [...words]
    return words.map((w, i) => {
      const start = offsets[i] ?? 0
      const end = start + w.text.length
      const hit = findings.find((f) => f.start < end && f.end > start)
      return hit ? { ...w, text: `[${hit.type.toUpperCase()}]` } : w
    })
  }

  result(): ResidualPiiResult {
    if (this.#action === 'off') return { status: 'skipped', action: 'off', counts: {} }
    if (!this.#scan) return { status: 'unavailable', action: this.#action, counts: {} }
    const found = Object.keys(this.#counts).length > 0
    return { status: found ? 'found' : 'clean', action: this.#action, counts: { ...this.#counts } }
  }
}
