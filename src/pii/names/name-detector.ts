/**
 * The names stage sits behind this interface so a model can replace the dictionary later.
 *
 * @module
 */
import type { Candidate } from '../detectors/detector.js'

export interface NameDetector {
  readonly name: string
  /** Person-name candidates in `text` (offsets into `text`). */
  detect(text: string): Candidate[]
}
