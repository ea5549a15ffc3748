/**
 * The local PII engine: find and redact PII in transcript text, written or spoken.
 *
 * @module
 */
import { createPiiEngine, type PiiEngine } from './pii-engine.js'
import type { PiiFinding, RedactOptions, RedactResult, ScanOptions } from './pii-types.js'
import { scanTranscriptTextWith } from './transcript-scan.js'

export {
  ALL_PII_TYPES,
  SUPPORTED_PII_TYPES,
  entityLabel,
  isPiiType,
  type PiiFinding,
  type PiiType,
  type RedactOptions,
  type RedactResult,
  type ScanOptions,
  type SubstitutionStyle,
  type SupportedPiiType,
} from './pii-types.js'
export { createPiiEngine, DEFAULT_MIN_CONFIDENCE, type PiiEngine, type PiiEngineOptions } from './pii-engine.js'
export type { Candidate, Detector, DetectorInput } from './detectors/detector.js'
export type { NameDetector } from './names/name-detector.js'
export { createDictionaryNameDetector } from './names/dictionary-name-detector.js'
export { applyRedaction, canonicalValue } from './redaction.js'

let defaultEngine: PiiEngine | undefined

function engine(): PiiEngine {
  defaultEngine ??= createPiiEngine()
  return defaultEngine
}

/** Findings in `text` (offsets into `text`, never values). */
export function scan(text: string, options?: ScanOptions): PiiFinding[] {
  return engine().scan(text, options)
}

/** `text` with every finding substituted (`entity_name` by default). */
export function redact(text: string, options?: RedactOptions): RedactResult {
  return engine().redact(text, options)
}

/** `scan` for text AssemblyAI already redacted: placeholders count as redacted, residue next to them is a finding. */
export function scanTranscriptText(text: string, options?: ScanOptions): PiiFinding[] {
  return scanTranscriptTextWith(engine(), text, options)
}
