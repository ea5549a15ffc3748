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
/** Bridge words that only pause the reading. */
const PAUSES: ReadonlySet<string> = new Set(['uh', 'um', 'er', 'erm', 'hmm'])
/** Where an IBAN read out may start: its country letters (maybe spelled) and check digits. */
const START = /\b([A-Za-z]) ?([A-Za-z]),? {0,2}\d\d/g
/** Words of payments and banks: where a lower-case "de 89 ..." may be an IBAN. */
const MONEY_WORDS = /iban|bank|account|transfer|wire|pay|salary|deposit|beneficiary|sepa|swift|bic\b|refund|invoice|direct debit/gi
const MONEY_REACH = 200
/** At most this many characters (spaces, light punctuation) between two groups. */
const MAX_GAP = 4
/** The longest bridge word. */
const MAX_BRIDGE_LENGTH = 9

function isGapChar(c: number): boolean {
  // whitespace, and , . : ; ' -
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 44 || c === 46 || c === 58 || c === 59 || c === 39 || c === 45
}

function isAlnumCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

/**
 * The IBANs read out in pieces: from each start, the groups are walked character by character (a
 * number read out starts one almost everywhere in a transcript: "is 4155550192" is Iceland's letters
 * and two digits), counting; strings are built and checked only when the count is the country's length.
 */
function ibanPieces(text: string): { pieces: { start: number; end: number }[]; valid: boolean }[] {
  const found: { pieces: { start: number; end: number }[]; valid: boolean }[] = []
  const n = text.length
  // a lower-case pair said as one word ("de", "is", "it") starts an IBAN only where money is talked
  // about, within MONEY_REACH characters before it
  const money: number[] = []
  for (const w of text.matchAll(MONEY_WORDS)) money.push(w.index)
  let nextMoney = 0
  for (const m of text.matchAll(START)) {
    const letters = `${m[1] ?? ''}${m[2] ?? ''}`
    if (letters === letters.toLowerCase() && text.charCodeAt(m.index + 1) !== 32) {
      while (nextMoney < money.length && (money[nextMoney] as number) < m.index - MONEY_REACH) nextMoney++
      if (nextMoney >= money.length || (money[nextMoney] as number) > m.index) continue
    }
    const len = countrySpecs[letters.toUpperCase()]?.chars ?? 0
    if (len < MIN_IBAN || len > MAX_IBAN) continue
    // value groups as [start, end) pairs; a bridge word between two of them is marked by -1
    const groups: number[] = []
    let count = 0
    let bridges = 0
    let pos = m.index
    while (count < len) {
      if (groups.length > 0) {
        let g = pos
        while (g < n && g - pos < MAX_GAP && isGapChar(text.charCodeAt(g))) g++
        if (g === pos || (g < n && isGapChar(text.charCodeAt(g)))) break
        pos = g
      }
      let e = pos
      let digits = false
      let upper = true
      while (e < n && isAlnumCode(text.charCodeAt(e))) {
        const c = text.charCodeAt(e)
        if (c <= 57) digits = true
        else if (c >= 97) upper = false
        e++
      }
      const glen = e - pos
      if (glen === 0) break
      if (groups.length > 0 && glen > 1 && !digits && glen <= MAX_BRIDGE_LENGTH && BRIDGE_WORDS.has(text.slice(pos, e).toLowerCase())) {
        if (++bridges > MAX_BRIDGE_WORDS) break
        // (a hesitation alone keeps the piece whole: "GB62 NWBK 1435, um, 7616 5416 86" is one value said with a pause)
        if (groups[groups.length - 1] !== -1 && !PAUSES.has(text.slice(pos, e).toLowerCase())) groups.push(-1)
        pos = e
        continue
      }
      // a group that can be part of an IBAN read out: digits in it, one letter, or capitals (a bank code);
      // the first may be the country letters alone ("gb", then "55")
      const value = digits || glen === 1 || (glen <= 4 && upper) || (groups.length === 0 && glen === 2)
      if (!value) break
      groups.push(pos, e)
      count += glen
      pos = e
    }
    if (count !== len) continue
    // only what the pattern of the main pass cannot see: pieces with words between them, or a group too long for it
    if (bridges === 0 && CANDIDATE_ONE.test(text.slice(m.index, pos))) continue
    let chars = ''
    const pieces: { start: number; end: number }[] = []
    let piece: { start: number; end: number } | undefined
    for (let k = 0; k < groups.length; k++) {
      const gs = groups[k] as number
      if (gs === -1) {
        piece = undefined
        continue
      }
      const ge = groups[++k] as number
      chars += text.slice(gs, ge).toUpperCase()
      if (piece === undefined) {
        piece = { start: gs, end: ge }
        pieces.push(piece)
      } else piece.end = ge
    }
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
    // a failed candidate may have swallowed the start of a real one ("policy RH58762256 should come from DE59
    // 4241 ...": the groups run on through the words), so the search goes on right after its start
    const re = new RegExp(CANDIDATE.source, 'g')
    for (let m = re.exec(view.text); m !== null; m = re.exec(view.text)) {
      re.lastIndex = m.index + 1
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
      re.lastIndex = m.index + endInRaw
    }
    if (view.text.includes(' ')) for (const m of view.text.matchAll(NRB_GROUPED)) if (validateIBAN(`PL${m[0].replace(/ /g, '')}`).valid) out.push({ type: 'banking_information', ...mapSpan(view, m.index, m.index + m[0].length), confidence: 0.95, detector: 'nrb', validated: true })
    return out
  },
}

/**
 * Poland's domestic account number (NRB) as printed, "82 1240 5569 0236 2414 5201 6473": the IBAN without its "PL",
 * its first two digits the IBAN's check digits, so it is checked as that IBAN.
 */
const NRB_GROUPED = /(?<![\p{L}\p{N}])\d{2}(?: \d{4}){6}(?![\p{L}\p{N}])/gu
