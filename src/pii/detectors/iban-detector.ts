/**
 * IBANs, grouped or not, upper or lower case, with spelled country letters ("d e 89 ..."):
 * candidate pattern, then mod-97 and the country's BBAN format via ibantools (a failed national check
 * digit alone lowers the confidence to 0.9). The country's fixed
 * IBAN length decides where it ends (trailing groups beyond it are not part of it).
 *
 * An IBAN read out in pieces ("GB75 HBUK, and then the rest is 3408 4044 0644 29", "G B six eight
 * B A R C, um, five zero ...") is found by reading the alphanumeric groups across a few bridging words
 * (hesitations, "and then the rest is"): one candidate per piece, each only when the whole passes
 * mod-97 and the country's format.
 *
 * @module
 */
import { countrySpecs, validateIBAN, ValidationErrorsIBAN } from 'ibantools'
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

const CANDIDATE = /\b[A-Za-z] ?[A-Za-z] ?\d{2}(?:[ -]{0,2}[A-Za-z0-9]{1,4}){2,12}/g
const ALNUM = /[A-Za-z0-9]/
const MIN_IBAN = 15
const MAX_IBAN = 34

/** Words that may stand between the pieces of an IBAN read out. */
const BRIDGE_WORDS = new Set([
  'uh', 'um', 'er', 'erm', 'hmm', 'and', 'then', 'the', 'rest', 'is', 'it', 's', 'next', 'part', 'last', 'bit', 'after',
  'that', 'so', 'okay', 'ok', 'hold', 'on', 'hang', 'wait', 'continues', 'goes', 'followed', 'by', 'with', 'more',
])
const MAX_BRIDGE_WORDS = 6
/** What may separate two groups besides bridge words: spaces and light punctuation. */
const GAP_CHARS = /[\s,.:;'-]{1,4}/y
const GROUP = /[A-Za-z0-9]+/y
/** Where an IBAN read out may start: its country letters (maybe spelled) and check digits. */
const START = /\b([A-Za-z]) ?([A-Za-z]) ?\d\d/g

/** A group that can be part of an IBAN read out: digits in it, one letter, or capitals (a bank code). */
function isValueGroup(g: string): boolean {
  return /\d/.test(g) || g.length === 1 || (g.length <= 4 && /^[A-Z]+$/.test(g))
}

function ibanPieces(text: string): { pieces: { start: number; end: number }[]; valid: boolean }[] {
  const found: { pieces: { start: number; end: number }[]; valid: boolean }[] = []
  for (const m of text.matchAll(START)) {
    const len = countrySpecs[`${m[1] ?? ''}${m[2] ?? ''}`.toUpperCase()]?.chars ?? 0
    if (len < MIN_IBAN || len > MAX_IBAN) continue
    let chars = ''
    const pieces: { start: number; end: number }[] = []
    let piece: { start: number; end: number } | undefined
    let bridges = 0
    let pos = m.index
    while (chars.length < len) {
      if (pos > m.index) {
        GAP_CHARS.lastIndex = pos
        if (!GAP_CHARS.test(text)) break
        pos = GAP_CHARS.lastIndex
      }
      GROUP.lastIndex = pos
      const g = GROUP.exec(text)
      if (g === null) break
      const word = g[0]
      pos = GROUP.lastIndex
      if (word.length > 1 && !/\d/.test(word) && BRIDGE_WORDS.has(word.toLowerCase()) && pieces.length > 0) {
        if (++bridges > MAX_BRIDGE_WORDS) break
        piece = undefined
        continue
      }
      // the first group may be the country letters alone ("gb", then "55")
      if (!isValueGroup(word) && !(pieces.length === 0 && /^[A-Za-z]{2}\d*$/.test(word))) break
      chars += word.toUpperCase()
      if (piece === undefined) {
        piece = { start: g.index, end: pos }
        pieces.push(piece)
      } else piece.end = pos
    }
    // only what the pattern of the main pass cannot see: pieces with words between them, or a group too long for it
    if (chars.length !== len || (bridges === 0 && CANDIDATE_ONE.test(text.slice(m.index, pos)))) continue
    const { valid, errorCodes } = validateIBAN(chars)
    const nationalOnly = !valid && errorCodes.length > 0 && errorCodes.every((c) => c === ValidationErrorsIBAN.WrongAccountBankBranchChecksum)
    if (valid || nationalOnly) found.push({ pieces, valid })
  }
  return found
}
const CANDIDATE_ONE = new RegExp(`^${CANDIDATE.source}$`)

export const ibanDetector: Detector = {
  name: 'iban',
  detect({ view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    for (const { pieces, valid } of ibanPieces(view.text))
      for (const p of pieces) out.push({ type: 'banking_information', ...mapSpan(view, p.start, p.end), confidence: valid ? 1 : 0.9, detector: 'iban-pieces', validated: valid })
    for (const m of view.text.matchAll(CANDIDATE)) {
      const raw = m[0]
      const compact = raw.replace(/[^A-Za-z0-9]/g, '').toUpperCase()
      // An IBAN has its country's fixed length: one checksum test per candidate, none for "is 41 ..." and
      // other letter pairs that are no IBAN country.
      const len = countrySpecs[compact.slice(0, 2)]?.chars ?? 0
      if (len < MIN_IBAN || len > MAX_IBAN || len > compact.length) continue
      // mod-97 and the BBAN's shape must hold; a failed national check digit (France's RIB key, Spain's
      // and Poland's control digits) alone does not rule it out: synthetic data and typos break it, and
      // a 97-to-1 checksum over the right length and country shape is evidence enough
      const { valid, errorCodes } = validateIBAN(compact.slice(0, len))
      const nationalOnly = !valid && errorCodes.length > 0 && errorCodes.every((c) => c === ValidationErrorsIBAN.WrongAccountBankBranchChecksum)
      if (!valid && !nationalOnly) continue
      // The end of the len-th alphanumeric character in raw; accept only a match ending on a group boundary.
      let endInRaw = 0
      for (let seen = 0; endInRaw < raw.length && seen < len; endInRaw++) if (ALNUM.test(raw.charAt(endInRaw))) seen++
      if (endInRaw < raw.length && ALNUM.test(raw.charAt(endInRaw))) continue
      const span = mapSpan(view, m.index, m.index + endInRaw)
      out.push({ type: 'banking_information', ...span, confidence: valid ? 1 : 0.9, detector: 'iban', validated: valid })
    }
    return out
  },
}
