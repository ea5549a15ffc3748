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
  const out: Candidate[] = listedAfter(text, findings)
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

/** A number in groups apart by hyphens or spaces ("1385-384-555", "4906 73199 1"): its groups and what parts them. */
const GROUPED_DIGITS = /^\d{2,}(?:[- ]\d{1,})+$/
/** What may come between two numbers of a list: whose the first is, in brackets, then "and", "&" or a comma. */
const LIST_JOIN = /^(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:,[ \t]*(?:and[ \t]+)?|and[ \t]+|&[ \t]*)/
/** The identifiers whose next in a list is read as one of the same kind (a national number's check finds its own). */
const LISTED_TYPES: ReadonlySet<PiiType> = new Set(['account_number', 'healthcare_number'])

/**
 * "Their health cards are 1385-384-555 (Amara) and 2055-951-772 (Kofi)": the number right after an identifier
 * found, joined to it as the next of a list, grouped exactly as it is (the same groups, the same separators).
 */
function listedAfter(text: string, findings: readonly PiiFinding[]): Candidate[] {
  const out: Candidate[] = []
  for (const f of findings) {
    if (!LISTED_TYPES.has(f.type)) continue
    const value = text.slice(f.start, f.end)
    // (two groups apart by a space may be anything: "MRN 4471 0293, and 2024 0315 was the date")
    if (!GROUPED_DIGITS.test(value) || (!value.includes('-') && value.split(' ').length < 3) || value.replace(/\D/g, '').length < 7) continue
    const join = LIST_JOIN.exec(text.slice(f.end, f.end + 64))
    if (join === null) continue
    const from = f.end + join[0].length
    const shape = value.replace(/\d/g, '0')
    const next = text.slice(from, from + value.length)
    if (next.replace(/\d/g, '0') !== shape || /[\p{L}\p{N}]/u.test(text.charAt(from + value.length)) || overlapsSpan(findings, from, from + value.length)) continue
    out.push({ type: f.type, start: from, end: from + value.length, confidence: CONFIDENCE, detector: 'sibling-listed', validated: false })
  }
  return out
}
