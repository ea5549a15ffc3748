/**
 * What the emulator "hears": a script of timed words, spoken by speakers, with annotated PII spans
 * and content-safety labels. Scripts are compiled once and shared by reference by every transcript
 * that uses them, so a stored transcript costs a pointer, not a copy of its words.
 *
 * @module
 */
import type { ContentSafetyLabelName } from '../../upstream/content-safety-labels.js'
import type { PiiPolicy } from '../../upstream/pii-policies.generated.js'

export interface ScriptWord {
  readonly text: string
  /** Milliseconds from the start of the audio. */
  readonly start: number
  readonly end: number
  readonly confidence: number
  /** Diarization label: "A", "B", ... */
  readonly speaker: string
}

/** A run of words `[firstWord, lastWord]` (inclusive indexes into `words`) that is PII. */
export interface PiiSpan {
  readonly policy: PiiPolicy
  readonly firstWord: number
  readonly lastWord: number
  /**
   * True when AssemblyAI's model is meant to miss this span: the emulator leaves it unredacted
   * even when its policy is requested, so that downstream residual-PII checks can be tested.
   */
  readonly missedByUpstream: boolean
}

/** A run of words `[firstWord, lastWord]` the content-safety model flags. */
export interface SafetySpan {
  readonly label: ContentSafetyLabelName
  readonly firstWord: number
  readonly lastWord: number
  /** 0..1 */
  readonly confidence: number
  /** 0..1; 0 for labels without a severity score. */
  readonly severity: number
}

export interface EmulatorScript {
  readonly id: string
  readonly title: string
  readonly languageCode: string
  readonly words: readonly ScriptWord[]
  readonly pii: readonly PiiSpan[]
  readonly safety: readonly SafetySpan[]
  /** End of the last word, in ms. */
  readonly durationMs: number
  /** When set, the transcript ends in `status: "error"` with this message instead of completing. */
  readonly failWith?: string
}

/**
 * The authoring form: turns of text with inline PII markup. `{{person_name:John Smith}}` marks a PII
 * span; `{{!person_name:John Smith}}` marks one that upstream misses. A turn's `safety` labels
 * apply to the whole turn.
 */
export interface ScriptTurnSource {
  readonly speaker: string
  readonly text: string
  readonly safety?: readonly { label: ContentSafetyLabelName; confidence: number; severity?: number | undefined }[]
}

export interface ScriptSource {
  readonly id: string
  readonly title: string
  readonly languageCode?: string
  readonly turns: readonly ScriptTurnSource[]
  readonly failWith?: string
}
