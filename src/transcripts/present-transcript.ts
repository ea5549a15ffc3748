/**
 * What an owner gets back for a transcript: an allowlist of fields from AssemblyAI's transcript
 * (never `unredacted_*`, `entities`, sentiment text or anything else that carries raw PII), with the
 * content-safety verdict and the residual-PII result applied. A blocked transcript returns its
 * verdicts without text.
 *
 * @module
 */
import type { Policy } from '../policy/index.js'
import { evaluateContentSafety, type ContentSafetyLabelsResult, type SafetyVerdict } from '../safety/index.js'
import { ResidualPiiChecker, type ResidualPiiResult, type ResidualScanner, type Word } from './residual-pii.js'

export interface UpstreamTranscriptView {
  id: string
  status: string
  text?: string | null
  words?: Word[] | null
  utterances?: Array<{ speaker?: string | null; text: string; start?: number; end?: number; confidence?: number; words?: Word[] }> | null
  audio_duration?: number | null
  confidence?: number | null
  language_code?: string | null
  error?: string | null
  content_safety_labels?: ContentSafetyLabelsResult | null
  [key: string]: unknown
}

export interface PresentedTranscript {
  id: string
  status: string
  created_at: string
  delete_after: string
  audio_duration: number | null
  language_code: string | null
  confidence: number | null
  error: string | null
  text: string | null
  words: Word[] | null
  utterances: unknown[] | null
  withheld: boolean
  withheld_reason: string | null
  content_safety: SafetyVerdict | null
  residual_pii: ResidualPiiResult | null
}

const WORD_FIELDS = ['text', 'start', 'end', 'confidence', 'speaker', 'channel'] as const

function pickWord(w: Word): Word {
  const out: Record<string, unknown> = { text: w.text }
  for (const key of WORD_FIELDS) if (w[key] !== undefined) out[key] = w[key]
  return out as Word
}

export function presentTranscript(
  upstream: UpstreamTranscriptView,
  local: { created_at: string; delete_after: string },
  policy: Policy,
  scanner: ResidualScanner | undefined,
): PresentedTranscript {
  const base: PresentedTranscript = {
    id: upstream.id,
    status: upstream.status,
    created_at: local.created_at,
    delete_after: local.delete_after,
    audio_duration: upstream.audio_duration ?? null,
    language_code: upstream.language_code ?? null,
    confidence: upstream.confidence ?? null,
    error: upstream.status === 'error' ? (upstream.error ?? 'transcription failed') : null,
    text: null,
    words: null,
    utterances: null,
    withheld: false,
    withheld_reason: null,
    content_safety: null,
    residual_pii: null,
  }
  if (upstream.status !== 'completed') return base

  const safety = evaluateContentSafety(upstream.content_safety_labels, policy)
  const checker = new ResidualPiiChecker(scanner, policy.pii.residual_check)
  const text = checker.text(upstream.text) ?? null
  const words = checker.words(upstream.words?.map(pickWord)) ?? null
  const utterances =
    upstream.utterances?.map((u) => ({
      speaker: u.speaker ?? null,
      start: u.start,
      end: u.end,
      confidence: u.confidence,
      text: checker.text(u.text) ?? '',
      words: checker.words(u.words?.map(pickWord)) ?? [],
    })) ?? null
  const residual = checker.result()

  const blockedBySafety = safety.action === 'block'
  const blockedByPii = residual.action === 'block' && residual.status === 'found'
  if (blockedBySafety || blockedByPii) {
    return {
      ...base,
      withheld: true,
      withheld_reason: blockedBySafety ? 'content_safety' : 'residual_pii',
      content_safety: safety,
      residual_pii: residual,
    }
  }
  return { ...base, text, words, utterances, content_safety: safety, residual_pii: residual }
}
