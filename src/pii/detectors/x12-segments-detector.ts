/**
 * The people in ANSI X12 EDI records (US health claims 837, eligibility 270/271, enrolment 834, as they
 * turn up pasted into tickets and logs): each segment says what its elements are, which no reading of
 * the words can.
 *
 * - `NM1*IL*1*DOE*JOHN*Q***MI*W123456789~`: a name segment of a person (type `1`; `2` is a firm or a
 *   payer, left alone): its last, first and middle names, and the identifier after its qualifier
 *   (`MI` member, `II` health identifier, `MR` medical record: a health number; `34`: a social security
 *   number; a provider's `XX` NPI, an employer's `24`/`FI` tax number and a payer's `PI` are no
 *   person's private number);
 * - `DMG*D8*19800101*M~`: the demographic segment's date (CCYYMMDD), always a birth date;
 * - `REF*SY*123456789~` and the other references a qualifier names a person's (`1W`/`0F` member and
 *   subscriber numbers, `EA` a medical record, `IG` an insurance policy, `23` a client number);
 * - `PER*IC*JANE ROE*TE*5555550123~`: a contact's name (two or three words, no department's) and that person's phone.
 *
 * Elements are split on `*` (the separator nearly every sender uses) up to the segment's `~`, a line's
 * end or a quote (a segment inside a JSON string).
 *
 * @module
 */
import type { PiiType } from '../pii-types.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

/** A segment this detector reads, from its id to its end. */
const SEGMENT = /(?<![A-Za-z0-9])(NM1|DMG|REF|PER)\*([^~\n\r"]*)/g

/** A name element: letters (any script), with spaces, hyphens, apostrophes and full stops inside. */
const NAME_ELEMENT = /^\p{L}(?:[\p{L}\p{M}'’. -]{0,58}[\p{L}\p{M}.])?$/u

/** NM1's identification code qualifiers (element 8) that make element 9 a person's private number. */
const NM1_ID_TYPES: ReadonlyMap<string, PiiType> = new Map([
  ['MI', 'healthcare_number'],
  ['II', 'healthcare_number'],
  ['MR', 'healthcare_number'],
  ['34', 'us_social_security_number'],
])

/** REF's reference qualifiers (element 1) that make element 2 a person's private number. */
const REF_TYPES: ReadonlyMap<string, PiiType> = new Map([
  ['SY', 'us_social_security_number'],
  ['1W', 'healthcare_number'],
  ['0F', 'healthcare_number'],
  ['EA', 'healthcare_number'],
  ['IG', 'account_number'],
  ['23', 'account_number'],
])

/** Words of a contact that is an office, not a person ("PER*IC*BILLING DEPT*TE*..."). */
const OFFICE_WORDS: ReadonlySet<string> = new Set([
  'billing', 'claims', 'dept', 'department', 'office', 'services', 'service', 'customer', 'support', 'center', 'centre',
  'team', 'desk', 'unit', 'inc', 'llc', 'ltd', 'corp', 'group', 'clinic', 'hospital', 'medical', 'health', 'provider',
  'enrollment', 'enrolment', 'eligibility', 'edi', 'help', 'helpdesk', 'business', 'admin', 'administrator', 'payer',
])

/** A private number's value: letters and digits, maybe hyphenated, with at least four digits. */
const ID_VALUE = /^(?=(?:[^0-9]*[0-9]){4})[A-Za-z0-9][A-Za-z0-9-]{3,29}$/

/** A telephone's digits as X12 carries them (no spaces: the element ends at one here). */
const PHONE_VALUE = /^\+?[0-9().-]{7,20}$/
const EMAIL_VALUE = /^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$/

/** A CCYYMMDD date that exists. */
const BIRTH_DATE = {
  test(value: string): boolean {
    const m = /^(\d{4})(\d{2})(\d{2})$/.exec(value)
    if (m === null) return false
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
    const date = new Date(Date.UTC(year, month - 1, day))
    return year >= 1890 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  },
}

export const x12SegmentsDetector: Detector = {
  name: 'x12-segments',
  detect({ text }: DetectorInput): Candidate[] {
    const out: Candidate[] = []
    if (!text.includes('*') || !(text.includes('NM1*') || text.includes('DMG*') || text.includes('REF*') || text.includes('PER*'))) return out
    for (const m of text.matchAll(SEGMENT)) {
      // the elements after the id, each with its offset in the text
      const elements: { value: string; start: number }[] = []
      let at = m.index + (m[1] as string).length + 1
      for (const value of (m[2] as string).split('*')) {
        elements.push({ value, start: at })
        at += value.length + 1
      }
      const el = (n: number): { value: string; start: number } => elements[n - 1] ?? { value: '', start: -1 }
      const push = (n: number, type: PiiType, confidence: number): void => {
        const { value, start } = el(n)
        // (trailing spaces some senders pad elements with are no part of the value)
        const trimmed = value.trimEnd()
        if (start >= 0 && trimmed.length > 0) out.push({ type, start, end: start + trimmed.length, confidence, detector: 'x12-segment', validated: false })
      }
      // a number's element up to a space: a segment quoted in a log line with no "~" runs on into the line's words
      const pushNumber = (n: number, type: PiiType, shape: { test(value: string): boolean }, confidence: number): void => {
        const { value, start } = el(n)
        const token = /^\S*/.exec(value)?.[0] ?? ''
        if (start >= 0 && shape.test(token)) out.push({ type, start, end: start + token.length, confidence, detector: 'x12-segment', validated: false })
      }
      switch (m[1]) {
        case 'NM1': {
          if (el(2).value !== '1' || !/^[A-Z0-9]{2,3}$/.test(el(1).value)) break
          for (const n of [3, 4, 5]) if (NAME_ELEMENT.test(el(n).value.trimEnd())) push(n, 'person_name', 0.9)
          const idType = NM1_ID_TYPES.get(el(8).value)
          if (idType !== undefined) pushNumber(9, idType, ID_VALUE, 0.9)
          break
        }
        case 'DMG':
          if (el(1).value === 'D8') pushNumber(2, 'date_of_birth', BIRTH_DATE, 0.95)
          break
        case 'REF': {
          const refType = REF_TYPES.get(el(1).value)
          if (refType !== undefined) pushNumber(2, refType, ID_VALUE, 0.9)
          break
        }
        case 'PER': {
          if (!/^[A-Z0-9]{2}$/.test(el(1).value)) break
          const contact = el(2).value.trimEnd()
          const words = contact.toLowerCase().split(/\s+/)
          if (!NAME_ELEMENT.test(contact) || words.length < 2 || words.length > 3 || words.some((w) => OFFICE_WORDS.has(w))) break
          push(2, 'person_name', 0.75)
          // (the communication numbers come in qualifier-value pairs: TE a telephone, EM an e-mail; a fax, FX, is an
          // office's; an office's own line, "PER*IC*BILLING DEPT*TE*...", is no person's)
          for (const n of [3, 5, 7]) {
            const kind = el(n).value
            if (kind === 'TE') pushNumber(n + 1, 'phone_number', PHONE_VALUE, 0.8)
            if (kind === 'EM') pushNumber(n + 1, 'email_address', EMAIL_VALUE, 0.9)
          }
          break
        }
      }
    }
    return out
  },
}
