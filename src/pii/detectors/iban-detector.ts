/**
 * IBANs, grouped or not, upper or lower case, with spelled country letters ("d e 89 ..."):
 * candidate pattern, then mod-97 and the country's BBAN format via ibantools (a failed national check
 * digit alone lowers the confidence to 0.9). The country's fixed
 * IBAN length decides where it ends (trailing groups beyond it are not part of it).
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

export const ibanDetector: Detector = {
  name: 'iban',
  detect({ view }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
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
