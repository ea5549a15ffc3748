/**
 * PII redaction over a script's annotated spans, in AssemblyAI's style: every redacted word becomes
 * `[POLICY_NAME]` (`entity_name`) or one `#` per character (`hash`), keeping the punctuation around
 * it. Spans marked `missedByUpstream` are left alone, as the real model would miss them.
 *
 * @module
 */
import type { EmulatorScript, PiiSpan } from '../scripts/script-types.js'

export type Substitution = 'entity_name' | 'hash'

export interface RedactionRequest {
  readonly policies: ReadonlySet<string>
  readonly substitution: Substitution
}

/** Splits a word into leading punctuation, the core (first to last letter/digit) and trailing punctuation. */
function splitCore(word: string): [string, string, string] {
  const m = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/u.exec(word)
  if (m === null || (m[2] ?? '') === '') return ['', word, '']
  return [m[1] ?? '', m[2] ?? '', m[3] ?? '']
}

export function redactWord(word: string, policy: string, substitution: Substitution): string {
  const [lead, core, trail] = splitCore(word)
  const replacement = substitution === 'entity_name' ? `[${policy.toUpperCase()}]` : '#'.repeat([...core].length)
  return `${lead}${replacement}${trail}`
}

/** The spans that this request redacts. */
export function redactedSpans(script: EmulatorScript, request: RedactionRequest): PiiSpan[] {
  return script.pii.filter((span) => !span.missedByUpstream && request.policies.has(span.policy))
}

/** The words' texts after redaction (a new array; the script is not touched). */
export function redactTexts(texts: readonly string[], spans: readonly PiiSpan[], substitution: Substitution): string[] {
  const out = [...texts]
  for (const span of spans) {
    for (let i = span.firstWord; i <= span.lastWord && i < out.length; i++) {
      out[i] = redactWord(out[i] ?? '', span.policy, substitution)
    }
  }
  return out
}
