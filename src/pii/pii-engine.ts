/**
 * The engine: normalise, run the detectors and the names stage, resolve overlaps, filter.
 *
 * @module
 */
import type { Candidate, Detector } from './detectors/detector.js'
import { DEFAULT_DETECTORS } from './detectors/default-detectors.js'
import { normalizeSpoken } from './internal/spoken-normalizer.js'
import { createDictionaryNameDetector } from './names/dictionary-name-detector.js'
import type { NameDetector } from './names/name-detector.js'
import { correctedBirthDates } from './corrected-birth-dates.js'
import { datesAfterNames } from './dates-after-names.js'
import { correctedFragments } from './corrected-fragments.js'
import { correctedRestatements } from './corrected-restatements.js'
import { dictatedPieces } from './dictated-pieces.js'
import { applyRedaction } from './redaction.js'
import { readBacks } from './read-backs.js'
import { othersValues } from './others-values.js'
import { siblingCodes } from './sibling-codes.js'
import { codesAfterNames } from './codes-after-names.js'
import { spelledReadBacks } from './spelled-read-backs.js'
import { resolveCandidates } from './resolver.js'
import { overlapsSpan } from './internal/sorted-positions.js'
import { OPT_IN_PII_TYPES, type PiiFinding, type PiiType, type RedactOptions, type RedactResult, type ScanOptions } from './pii-types.js'

export interface PiiEngineOptions {
  /** Structured detectors (default: all built-in). */
  detectors?: readonly Detector[]
  /** The names stage; `null` disables it; default: the dictionary detector (loaded on first use). */
  nameDetector?: NameDetector | null
  /** Default minimum confidence (0.5). */
  minConfidence?: number
  /** Today, for rules that tell a birth date by its age (default: the system clock). */
  clock?: () => Date
}

export interface PiiEngine {
  scan(text: string, options?: ScanOptions): PiiFinding[]
  redact(text: string, options?: RedactOptions): RedactResult
}

export const DEFAULT_MIN_CONFIDENCE = 0.5

export function createPiiEngine(options: PiiEngineOptions = {}): PiiEngine {
  const detectors = options.detectors ?? DEFAULT_DETECTORS
  let names: NameDetector | null | undefined = options.nameDetector
  const nameStage = (): NameDetector | null => {
    if (names === undefined) names = createDictionaryNameDetector()
    return names
  }
  const defaultMin = options.minConfidence ?? DEFAULT_MIN_CONFIDENCE
  const clock = options.clock ?? ((): Date => new Date())

  // Besides what the text holds as it is: values dictated in pieces across turns, looked for where
  // the pieces join (dictated-pieces.ts), and the broken-off start of a value said again ("720, no,
  // sorry, 729-30-5061"; corrected-fragments.ts). Only where nothing was found already: a value
  // complete on its own, or an address read back after "got it", stays what it is.
  const scan = (text: string, scanOptions: ScanOptions = {}): PiiFinding[] => {
    const found = scanText(text, scanOptions)
    if (typeof text !== 'string' || text.length === 0) return found
    const fresh = (p: Candidate): boolean => !overlapsSpan(found, p.start, p.end)
    const pieces = dictatedPieces(text, (window) => scanText(window, scanOptions), found).filter(fresh)
    const fragments = correctedFragments(text, found).filter(fresh)
    if (pieces.length === 0 && fragments.length === 0) return found
    // (findings keep their place: validated ones count as such again in the second resolution)
    return resolveCandidates([...found.map((f) => ({ ...f, validated: f.confidence >= 1 })), ...pieces, ...fragments], text)
  }

  const scanText = (text: string, scanOptions: ScanOptions = {}): PiiFinding[] => {
    if (typeof text !== 'string' || text.length === 0) return []
    const wanted: ReadonlySet<PiiType> | null = scanOptions.types === undefined ? null : new Set(scanOptions.types)
    const min = scanOptions.minConfidence ?? defaultMin
    const view = normalizeSpoken(text)
    const candidates: Candidate[] = []
    // Loops, not push(...xs): spreading 100k+ candidates of a huge line overflows the call stack.
    for (const d of detectors) for (const c of d.detect({ text, view })) candidates.push(c)
    const wantNames = scanOptions.names !== false && (wanted === null || wanted.has('person_name'))
    if (wantNames) {
      const stage = nameStage()
      if (stage !== null) for (const c of stage.detect(text)) candidates.push(c)
    }
    const asked = (type: PiiType): boolean => (wanted === null ? !OPT_IN_PII_TYPES.has(type) : wanted.has(type))
    const kept = candidates.filter((c) => c.confidence >= min && asked(c.type))
    const found = resolveCandidates(kept, text)
    // the same numbers read back or repeated elsewhere in the text, values spelled back, values said again corrected,
    // codes of the same shape as an identifier found (a family's member IDs), and a record's birth date or code after a name
    const echoes = [...readBacks(view, found), ...spelledReadBacks(view, text, found), ...correctedRestatements(view, text, found), ...correctedBirthDates(text, found), ...datesAfterNames(text, found, clock().getUTCFullYear()), ...codesAfterNames(text, found), ...siblingCodes(text, found), ...othersValues(view, text, found)].filter((c) => c.confidence >= min && asked(c.type))
    return echoes.length === 0 ? found : resolveCandidates([...kept, ...echoes], text)
  }

  return {
    scan,
    redact(text: string, redactOptions: RedactOptions = {}): RedactResult {
      const findings = scan(text, redactOptions)
      return { text: applyRedaction(text, findings, redactOptions), findings }
    },
  }
}
