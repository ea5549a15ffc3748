/**
 * Scans every text-bearing field of a finished AssemblyAI transcript for residual PII: `text`,
 * `words` (joined, so numbers spoken across words are seen), `utterances`, and any other string
 * AssemblyAI returns, except known metadata (ids, URLs, enums). Returns types and counts only.
 *
 * @module
 */
import type { ResidualScanner } from '../transcripts/index.js'

export interface FieldScanResult {
  /** Findings per PII type in the main text (or, without text, across all fields). */
  counts: Record<string, number>
  /** Paths of the fields that had findings, e.g. `text`, `utterances[1].text`, `words`. */
  fields: string[]
}

const METADATA_KEYS = new Set([
  'id', 'status', 'audio_url', 'webhook_url', 'webhook_auth_header_name', 'language_code', 'language_model', 'acoustic_model',
  'speech_model', 'speech_model_used', 'speech_models', 'redact_pii_policies', 'redact_pii_sub', 'redact_pii_audio_quality',
  'speaker', 'channel', 'label', 'error', 'resource_url', 'summary_type', 'summary_model', 'domain', 'project_id', 'token_id',
  'created', 'completed', 'entity_type', 'redacted_audio_url', 'speaker_label',
])

export function scanTranscriptFields(transcript: Record<string, unknown>, scanner: ResidualScanner): FieldScanResult {
  const fields: string[] = []
  const counts: Record<string, number> = {}
  const allCounts: Record<string, number> = {}
  // The same words come back in several fields (text, words, each utterance's text and words):
  // each distinct string is scanned once.
  const seen = new Map<string, ReturnType<ResidualScanner>>()
  const scan = (text: string, path: string, main: boolean) => {
    let findings = seen.get(text)
    if (!findings) {
      findings = scanner(text)
      seen.set(text, findings)
    }
    if (findings.length === 0) return
    fields.push(path)
    for (const f of findings) {
      allCounts[f.type] = (allCounts[f.type] ?? 0) + 1
      if (main) counts[f.type] = (counts[f.type] ?? 0) + 1
    }
  }
  const visit = (value: unknown, path: string, key: string) => {
    if (typeof value === 'string') {
      if (!METADATA_KEYS.has(key) && /[A-Za-z0-9]/.test(value)) scan(value, path, path === 'text')
      return
    }
    if (Array.isArray(value)) {
      if (value.length > 0 && value.every((w) => typeof w === 'object' && w !== null && typeof (w as { text?: unknown }).text === 'string' && 'start' in w)) {
        scan(value.map((w) => (w as { text: string }).text).join(' '), path, false)
        return
      }
      value.forEach((item, i) => visit(item, `${path}[${i}]`, key))
      return
    }
    if (typeof value === 'object' && value !== null) {
      for (const [k, v] of Object.entries(value)) visit(v, path ? `${path}.${k}` : k, k)
    }
  }
  visit(transcript, '', '')
  return { counts: typeof transcript['text'] === 'string' ? counts : allCounts, fields }
}
