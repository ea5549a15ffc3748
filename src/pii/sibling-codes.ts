/**
 * Codes of the same scheme said side by side: "Mine: JJG17097475601, my wife's card shows
 * JJG17097475602", "The member ID on the card is WES97138923201, and my son's card says
 * WES97138923203". A family's or a household's members hold numbers of one shape, and the words that
 * named the first are seldom said again for the second. Once a detector has found an identifier of
 * letters then digits, any other code in the text with the same letters and as many digits is one of
 * the same kind.
 *
 * @module
 */
import type { Candidate } from './detectors/detector.js'
import { PAUSE_WORDS_SOURCE } from './internal/digit-runs.js'
import { overlapsSpan } from './internal/sorted-positions.js'
import type { PiiFinding, PiiType } from './pii-types.js'

/** The identifiers whose siblings are looked for. */
const CODE_TYPES: ReadonlySet<PiiType> = new Set(['account_number', 'healthcare_number', 'passport_number', 'drivers_license'])
/** A code of one to four capitals, then six to fourteen digits: its letters and how many digits. */
const LETTERS_THEN_DIGITS = /^([A-Z]{1,4})(\d{6,14})$/
/** Texts with more shapes of identifier than this are lists of records: each is named on its own. */
const MAX_SOURCES = 8
/** What a code said with a pause holds besides its characters. */
const PAUSES = new RegExp(`\\.{3}|…|\\b(?:${PAUSE_WORDS_SOURCE})\\b|[\\s,.-]`, 'g')
const CONFIDENCE = 0.8

/** Candidates for the unnamed codes of the same shape as the identifiers in `findings` (resolved, sorted by start). */
export function siblingCodes(text: string, findings: readonly PiiFinding[]): Candidate[] {
  const shapes = new Map<string, PiiType | null>()
  for (const f of findings) {
    if (!CODE_TYPES.has(f.type)) continue
    // (as said, less its spaces and pauses: "H6942... let me see... 6347")
    const m = LETTERS_THEN_DIGITS.exec(text.slice(f.start, f.end).replace(PAUSES, ''))
    if (m === null) continue
    const shape = `${m[1] as string}:${(m[2] as string).length}`
    // (two kinds of identifier of one shape say nothing about a third)
    const seen = shapes.get(shape)
    shapes.set(shape, seen === undefined || seen === f.type ? f.type : null)
    if (shapes.size > MAX_SOURCES) return []
  }
  const out: Candidate[] = []
  for (const [shape, type] of shapes) {
    if (type === null) continue
    const [letters, digits] = shape.split(':') as [string, string]
    const sibling = new RegExp(`(?<![\\p{L}\\p{N}_-])${letters}\\d{${digits}}(?![\\p{L}\\p{N}_]|-\\d)`, 'gu')
    for (const m of text.matchAll(sibling)) {
      const end = m.index + m[0].length
      if (overlapsSpan(findings, m.index, end)) continue
      out.push({ type, start: m.index, end, confidence: CONFIDENCE, detector: 'sibling-code', validated: false })
    }
  }
  return out
}
