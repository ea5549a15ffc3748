/**
 * Removes PII from v3 `Turn` messages before a browser sees them: `transcript` and `utterance` go
 * through the PII engine, and every word that overlaps a finding in the words' joined text is
 * replaced whole (AssemblyAI redacts word by word, too).
 *
 * @module
 */
import type { PiiFinding, PiiType, RedactResult, SubstitutionStyle } from '../pii/index.js'
import { entityLabel } from '../pii/index.js'

/** The part of the PII engine this needs (injected: tests and benches may pass their own). */
export type RedactFn = (text: string, options: { sub: SubstitutionStyle; types?: readonly PiiType[] }) => RedactResult

export interface TurnRedactorOptions {
  readonly redact: RedactFn
  /** Entity types to remove; empty = every type the engine detects. */
  readonly types: readonly PiiType[]
  readonly substitution: 'entity_name' | 'hash'
}

export interface TurnWord {
  text: string
  [key: string]: unknown
}

export interface RedactedTurn {
  /** The message to forward (a new object; the input is not changed). */
  readonly message: Record<string, unknown>
  /** Number of PII findings removed from the transcript. */
  readonly findings: number
}

export type TurnRedactor = (turn: Record<string, unknown>) => RedactedTurn

function overlaps(start: number, end: number, findings: readonly PiiFinding[]): PiiFinding | undefined {
  return findings.find((f) => f.start < end && f.end > start)
}

export function createTurnRedactor(options: TurnRedactorOptions): TurnRedactor {
  const redactOptions = options.types.length > 0 ? { sub: options.substitution, types: options.types } : { sub: options.substitution }
  const placeholder = (finding: PiiFinding, word: string): string =>
    options.substitution === 'hash' ? '#'.repeat(Math.max(1, word.length)) : `[${entityLabel(finding.type)}]`

  return (turn) => {
    const out: Record<string, unknown> = { ...turn }
    const cache = new Map<string, RedactResult>()
    const run = (text: string): RedactResult => {
      let result = cache.get(text)
      if (result === undefined) {
        result = options.redact(text, redactOptions)
        cache.set(text, result)
      }
      return result
    }
    let findings = 0
    if (typeof turn['transcript'] === 'string') {
      const result = run(turn['transcript'])
      out['transcript'] = result.text
      findings = result.findings.length
    }
    if (typeof turn['utterance'] === 'string') out['utterance'] = run(turn['utterance']).text
    const words = turn['words']
    if (Array.isArray(words)) {
      const texts = words.map((w) => (w !== null && typeof w === 'object' && typeof (w as TurnWord).text === 'string' ? (w as TurnWord).text : ''))
      const joined = texts.join(' ')
      const wordFindings = run(joined).findings
      let offset = 0
      out['words'] = words.map((w, i) => {
        const text = texts[i] ?? ''
        const start = offset
        offset += text.length + 1
        const hit = text === '' ? undefined : overlaps(start, start + text.length, wordFindings)
        return hit === undefined ? w : { ...(w as TurnWord), text: placeholder(hit, text) }
      })
    }
    return { message: out, findings }
  }
}
