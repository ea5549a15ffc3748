/**
 * `GET /v2/transcript/{id}` as a JSON string, with the script content (words, utterances, content
 * safety...) serialised once per script and rendering options and reused: polling a transcript, or
 * many transcripts made from the same script, costs an envelope, not a re-render. Bounded per script.
 *
 * @module
 */
import type { EmulatorScript } from '../scripts/script-types.js'
import { renderEnvelope, scriptContent } from './render-transcript.js'
import { statusAt, type TranscriptRecord } from './transcript-store.js'

const MAX_VARIANTS_PER_SCRIPT = 64
const cache = new WeakMap<EmulatorScript, Map<string, string>>()

function variantKey(record: TranscriptRecord): string {
  const r = record.request
  return JSON.stringify([
    record.timeScale,
    record.audioDurationMs,
    r.format_text,
    r.punctuate,
    r.redact_pii,
    r.redact_pii_policies,
    r.redact_pii_sub,
    r.redact_pii_return_unredacted,
    r.speaker_labels,
    r.content_safety,
    r.content_safety_confidence,
    r.entity_detection,
  ])
}

/** The JSON body for a (not deleted) record at `nowMs`. */
export function transcriptJson(record: TranscriptRecord, nowMs: number): string {
  const status = statusAt(record, nowMs)
  if (status !== 'completed') {
    return JSON.stringify({ ...renderEnvelope(record, status), text: null, words: null, utterances: null, confidence: null, audio_duration: null, content_safety_labels: null, entities: null })
  }
  let variants = cache.get(record.script)
  if (variants === undefined) {
    variants = new Map()
    cache.set(record.script, variants)
  }
  const key = variantKey(record)
  let fragment = variants.get(key)
  if (fragment === undefined) {
    fragment = JSON.stringify(scriptContent(record)).slice(1, -1)
    if (variants.size >= MAX_VARIANTS_PER_SCRIPT) variants.clear()
    variants.set(key, fragment)
  }
  const envelope = JSON.stringify(renderEnvelope(record, status))
  return `${envelope.slice(0, -1)},${fragment}}`
}
