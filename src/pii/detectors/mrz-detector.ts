/**
 * The machine-readable zone of passports and identity cards (ICAO Doc 9303): the lines of capitals,
 * digits and `<` fillers printed under the photo and pasted into booking forms, hotel registers and
 * KYC notes. Each line's fields sit at fixed places; a line counts only when the check digits of its
 * document number and birth date hold, so a run of capitals is never read as one by chance.
 *
 * Found: the holder's surname and given names (`person_name`), the document number (`passport_number`),
 * the birth date (`date_of_birth`) and an optional personal number with its own check digit
 * (`us_social_security_number`, the engine's type for national identity numbers).
 *
 * @module
 */
import type { PiiType } from '../pii-types.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

/** One MRZ line: capitals, digits and fillers, alone on its line (TD1 30, TD2 36, TD3 44 characters). */
const MRZ_LINE = /^[ \t]*([A-Z0-9<]{30}|[A-Z0-9<]{36}|[A-Z0-9<]{44})[ \t]*$/gm
/** A text holds no MRZ without two fillers in a row. */
const TRIGGER = '<<'

/** ICAO 9303's check digit: weights 7, 3, 1 over digits, letters A=10..Z=35 and `<` = 0. */
export function mrzCheckDigit(field: string): number {
  const weights = [7, 3, 1]
  let sum = 0
  for (let i = 0; i < field.length; i++) {
    const c = field.charCodeAt(i)
    const v = c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 90 ? c - 55 : 0
    sum += v * (weights[i % 3] as number)
  }
  return sum % 10
}

/** The field at [from, to) of a line with the check digit right after it holds that digit. */
function checked(line: string, from: number, to: number): boolean {
  const digit = line.charCodeAt(to) - 48
  return digit >= 0 && digit <= 9 && mrzCheckDigit(line.slice(from, to)) === digit
}

interface Line {
  readonly text: string
  readonly start: number
}

export const mrzDetector: Detector = {
  name: 'mrz',
  detect({ text }: DetectorInput): Candidate[] {
    if (!text.includes(TRIGGER)) return []
    const lines: Line[] = []
    MRZ_LINE.lastIndex = 0
    for (let m = MRZ_LINE.exec(text); m !== null; m = MRZ_LINE.exec(text)) {
      const body = m[1] as string
      lines.push({ text: body, start: m.index + m[0].indexOf(body) })
    }
    const out: Candidate[] = []
    const push = (type: PiiType, line: Line, from: number, to: number): void => {
      // a field without its trailing fillers ("EA4827193", "KOWALSKA")
      let end = to
      while (end > from && line.text.charCodeAt(end - 1) === 60) end--
      if (end > from) out.push({ type, start: line.start + from, end: line.start + end, confidence: 0.95, detector: 'mrz', validated: true })
    }
    const names = (line: Line, from: number): void => {
      // SURNAME<<GIVEN<NAMES<<<: each name part is its own span, the fillers between them are not
      const field = line.text.slice(from)
      const re = /[A-Z]+/g
      for (let m = re.exec(field); m !== null; m = re.exec(field)) push('person_name', line, from + m.index, from + m.index + m[0].length)
    }
    for (let k = 0; k < lines.length; k++) {
      const line = lines[k] as Line
      const next = lines[k + 1]
      const adjacent = (a: Line, b: Line | undefined): b is Line => b !== undefined && text.slice(a.start + a.text.length, b.start).trim() === ''
      const len = line.text.length
      if ((len === 44 || len === 36) && checked(line.text, 0, 9) && checked(line.text, 13, 19)) {
        // TD3/TD2 second line: number, check, nationality, birth date, check, sex, expiry, check, personal number
        push('passport_number', line, 0, 9)
        push('date_of_birth', line, 13, 19)
        if (len === 44 && checked(line.text, 28, 42) && /[A-Z0-9]/.test(line.text.slice(28, 42))) push('us_social_security_number', line, 28, 42)
        const first = lines[k - 1]
        if (first !== undefined && first.text.length === len && adjacent(first, line) && /^[PIACV]/.test(first.text)) names(first, 5)
      } else if (len === 30 && /^[IACP]/.test(line.text) && checked(line.text, 5, 14) && adjacent(line, next) && next.text.length === 30 && checked(next.text, 0, 6)) {
        // TD1 (identity cards): the number on the first line, the birth date on the second, the name on the third
        push('passport_number', line, 5, 14)
        push('date_of_birth', next, 0, 6)
        const third = lines[k + 2]
        if (adjacent(next, third) && third.text.length === 30) names(third, 0)
        k++
      }
    }
    return out
  },
}
