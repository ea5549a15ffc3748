/**
 * Builds the `Transcript` resource (openapi.yml `components.schemas.Transcript`) for a record at a
 * given time: request options echoed, words/text/utterances from the script with PII redacted as
 * requested, content safety and entities from the script's annotations.
 *
 * @module
 */
import type { components } from '../../upstream/assemblyai.generated.js'
import type { ScriptWord } from '../scripts/script-types.js'
import { contentSafetyResult } from './content-safety.js'
import { redactTexts, redactedSpans, type Substitution } from './redaction.js'
import { statusAt, type TranscriptRecord, type TranscriptStatus } from './transcript-store.js'

type Word = components['schemas']['TranscriptWord']
type Utterance = components['schemas']['TranscriptUtterance']

/** The transcript resource, including the fields the API returns beyond the spec snapshot. */
export type TranscriptResource = Record<string, unknown> & { id: string; status: TranscriptStatus }

const round4 = (n: number): number => Math.round(n * 10000) / 10000

function plainTexts(words: readonly ScriptWord[], formatText: boolean, punctuate: boolean): string[] {
  return words.map((w) => {
    let t = w.text
    if (!punctuate) t = t.replace(/[.,?!;:"]+$/u, '').replace(/^["]+/u, '')
    if (!formatText) t = t.toLowerCase()
    return t
  })
}

function buildWords(record: TranscriptRecord, texts: readonly string[], withSpeakers: boolean): Word[] {
  const scale = record.timeScale
  return record.script.words.map((w, i) => ({
    text: texts[i] ?? w.text,
    start: Math.round(w.start * scale),
    end: Math.round(w.end * scale),
    confidence: w.confidence,
    speaker: withSpeakers ? w.speaker : null,
  }))
}

function buildUtterances(words: readonly Word[]): Utterance[] {
  const out: Utterance[] = []
  let current: Word[] = []
  const flush = (): void => {
    const first = current[0]
    const last = current[current.length - 1]
    if (first === undefined || last === undefined) return
    out.push({
      confidence: round4(current.reduce((s, w) => s + w.confidence, 0) / current.length),
      start: first.start,
      end: last.end,
      text: current.map((w) => w.text).join(' '),
      words: current,
      speaker: first.speaker ?? 'A',
    })
    current = []
  }
  for (const w of words) {
    if (current.length > 0 && current[0]?.speaker !== w.speaker) flush()
    current.push(w)
  }
  flush()
  return out
}

function echoedOptions(record: TranscriptRecord): Record<string, unknown> {
  const r = record.request
  const out: Record<string, unknown> = {
    language_model: 'assemblyai_default',
    acoustic_model: 'assemblyai_default',
    language_code: r.language_code ?? 'en_us',
    language_detection: r.language_detection ?? false,
    language_confidence_threshold: r.language_confidence_threshold ?? null,
    punctuate: r.punctuate ?? true,
    format_text: r.format_text ?? true,
    disfluencies: r.disfluencies ?? false,
    multichannel: r.multichannel ?? false,
    webhook_url: r.webhook_url ?? null,
    webhook_auth: r.webhook_auth_header_name != null,
    webhook_auth_header_name: r.webhook_auth_header_name ?? null,
    speed_boost: false,
    auto_highlights: r.auto_highlights ?? false,
    auto_highlights_result: null,
    audio_start_from: r.audio_start_from ?? null,
    audio_end_at: r.audio_end_at ?? null,
    filter_profanity: r.filter_profanity ?? false,
    redact_pii: r.redact_pii ?? false,
    redact_pii_audio: r.redact_pii_audio ?? false,
    redact_pii_audio_quality: r.redact_pii === true ? (r.redact_pii_audio_quality ?? 'mp3') : null,
    redact_pii_policies: r.redact_pii_policies ?? null,
    speaker_labels: r.speaker_labels ?? false,
    speakers_expected: r.speakers_expected ?? null,
    content_safety: r.content_safety ?? false,
    iab_categories: r.iab_categories ?? false,
    iab_categories_result: null,
    custom_spelling: r.custom_spelling ?? null,
    throttled: false,
    auto_chapters: r.auto_chapters ?? false,
    chapters: null,
    summarization: r.summarization ?? false,
    summary_type: r.summary_type ?? null,
    summary_model: r.summary_model ?? null,
    summary: null,
    custom_topics: r.custom_topics ?? false,
    topics: r.topics ?? [],
    speech_threshold: r.speech_threshold ?? null,
    speech_model: null,
    speech_models: r.speech_models,
    speech_model_used: r.speech_models[0] ?? 'universal-3-pro',
    sentiment_analysis: r.sentiment_analysis ?? false,
    sentiment_analysis_results: null,
    entity_detection: r.entity_detection ?? false,
  }
  if (r.redact_pii === true) out['redact_pii_sub'] = r.redact_pii_sub ?? 'hash'
  if (r.redact_pii_audio_options !== undefined) out['redact_pii_audio_options'] = r.redact_pii_audio_options
  if (r.redact_pii_return_unredacted !== undefined) out['redact_pii_return_unredacted'] = r.redact_pii_return_unredacted
  if (r.keyterms_prompt !== undefined) out['keyterms_prompt'] = r.keyterms_prompt
  if (r.prompt !== undefined) out['prompt'] = r.prompt
  if (r.temperature !== undefined) out['temperature'] = r.temperature
  if (r.remove_audio_tags !== undefined) out['remove_audio_tags'] = r.remove_audio_tags
  if (r.language_codes !== undefined) out['language_codes'] = r.language_codes
  if (r.language_detection_options !== undefined) out['language_detection_options'] = r.language_detection_options
  if (r.speech_understanding !== undefined) out['speech_understanding'] = r.speech_understanding
  if (r.domain !== undefined) out['domain'] = r.domain
  if (r.multichannel === true) out['audio_channels'] = 1
  return out
}

/** The fields that come from the script: the same for every record with the same script and options. */
export function scriptContent(record: TranscriptRecord): Record<string, unknown> {
  const r = record.request
  const script = record.script
  const withSpeakers = r.speaker_labels === true
  const texts = plainTexts(script.words, r.format_text !== false, r.punctuate !== false)
  const redacting = r.redact_pii === true
  const substitution: Substitution = r.redact_pii_sub === 'entity_name' ? 'entity_name' : 'hash'
  const spans = redacting ? redactedSpans(script, { policies: new Set(r.redact_pii_policies ?? []), substitution }) : []
  const shown = redacting ? redactTexts(texts, spans, substitution) : texts
  const words = buildWords(record, shown, withSpeakers)
  const scale = (ms: number): number => Math.round(ms * record.timeScale)
  const out: Record<string, unknown> = {
    text: shown.join(' '),
    words,
    utterances: withSpeakers ? buildUtterances(words) : null,
    confidence: round4(script.words.reduce((s, w) => s + w.confidence, 0) / script.words.length),
    audio_duration: Math.ceil(record.audioDurationMs / 1000),
    content_safety_labels: r.content_safety === true ? contentSafetyResult(script, r.content_safety_confidence ?? 50, scale) : null,
    // Entities carry the raw PII, as the real API's do, whatever redaction was asked for.
    entities:
      r.entity_detection === true
        ? script.pii.map((span) => ({
            entity_type: span.policy,
            text: script.words.slice(span.firstWord, span.lastWord + 1).map((w) => w.text).join(' '),
            start: scale(script.words[span.firstWord]?.start ?? 0),
            end: scale(script.words[span.lastWord]?.end ?? 0),
          }))
        : null,
  }
  if (redacting && r.redact_pii_return_unredacted === true) {
    const raw = buildWords(record, texts, withSpeakers)
    out['unredacted_text'] = texts.join(' ')
    out['unredacted_words'] = raw
    out['unredacted_utterances'] = withSpeakers ? buildUtterances(raw) : null
  }
  return out
}

/** Everything but the script content (which is null unless completed). */
export function renderEnvelope(record: TranscriptRecord, status: TranscriptStatus): TranscriptResource {
  const r = record.request
  const base: TranscriptResource = {
    id: record.id,
    status,
    audio_url: r.audio_url,
    ...echoedOptions(record),
    webhook_status_code: record.webhookStatusCode,
    language_confidence: status === 'completed' && r.language_detection === true ? 0.9871 : null,
  }
  if (status === 'error') base['error'] = record.failWith ?? 'Transcription failed'
  return base
}

const EMPTY_CONTENT = {
  text: null,
  words: null,
  utterances: null,
  confidence: null,
  audio_duration: null,
  content_safety_labels: null,
  entities: null,
} as const

/** The resource as `GET /v2/transcript/{id}` returns it at `nowMs` (`forceStatus` for the POST answer). */
export function renderTranscript(record: TranscriptRecord, nowMs: number, forceStatus?: TranscriptStatus): TranscriptResource {
  const status = forceStatus ?? statusAt(record, nowMs)
  const content = status === 'completed' ? scriptContent(record) : EMPTY_CONTENT
  return { ...renderEnvelope(record, status), ...content }
}

/** What `DELETE` returns and what a deleted transcript looks like from then on (the spec's example). */
export function renderTombstone(record: TranscriptRecord, nowMs: number): TranscriptResource {
  const status = statusAt(record, nowMs)
  return {
    id: record.id,
    language_model: 'assemblyai_default',
    acoustic_model: 'assemblyai_default',
    language_code: null,
    language_detection: false,
    language_confidence_threshold: null,
    language_confidence: null,
    status,
    audio_url: 'http://deleted_by_user',
    text: 'Deleted by user.',
    words: null,
    utterances: null,
    confidence: null,
    audio_duration: status === 'completed' ? Math.ceil(record.audioDurationMs / 1000) : null,
    punctuate: null,
    format_text: null,
    multichannel: false,
    webhook_url: 'http://deleted_by_user',
    webhook_status_code: null,
    webhook_auth: false,
    webhook_auth_header_name: null,
    speed_boost: null,
    auto_highlights_result: null,
    auto_highlights: false,
    audio_start_from: null,
    audio_end_at: null,
    filter_profanity: null,
    redact_pii: false,
    redact_pii_audio: null,
    redact_pii_audio_quality: null,
    redact_pii_policies: null,
    redact_pii_sub: null,
    speaker_labels: null,
    speaker_count: null,
    error: null,
    content_safety: null,
    iab_categories: null,
    content_safety_labels: null,
    iab_categories_result: null,
    custom_spelling: null,
    cluster_id: null,
    throttled: null,
    custom_topics: null,
    topics: null,
    speech_threshold: null,
    speech_model: null,
    remove_audio_tags: null,
    disfluencies: record.request.disfluencies ?? false,
    entity_detection: false,
    entities: null,
    speakers_expected: null,
    summarization: false,
    sentiment_analysis: false,
    sentiment_analysis_results: null,
  }
}
