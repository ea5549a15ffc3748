/**
 * What every detector sees and returns.
 *
 * @module
 */
import type { OffsetText } from '../internal/offset-text.js'
import type { PiiType } from '../pii-types.js'

export interface DetectorInput {
  /** The original text. */
  readonly text: string
  /** The spoken-form normalised view with its offset map. */
  readonly view: OffsetText
}

/** A finding before resolution; offsets are into the ORIGINAL text. */
export interface Candidate {
  type: PiiType
  start: number
  end: number
  confidence: number
  detector: string
  /** Checksum / library-validated: wins overlaps. */
  validated: boolean
}

export interface Detector {
  readonly name: string
  detect(input: DetectorInput): Candidate[]
}
