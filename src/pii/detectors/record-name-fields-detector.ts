/**
 * A person's name as a JSON record's value under a key that says so: `"surname": "Nakamura"`,
 * `"family": "Waititi", "given": "Huia"`, `"full_name": "Md. Shahidul Islam"`, `"last": "Raghunathan"`
 * in a name's object. The key is the evidence the names stage has no way to read: a surname alone in
 * a record has no cue and no capital's context. A plain `"name"` counts only in an object that also
 * holds a person's fields (a birth date, a phone, an e-mail, a given name), since products and firms
 * have names too.
 *
 * @module
 */
import { mapSpan } from '../internal/offset-text.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

/** Keys whose value is a person's name, or a part of one, whatever the record. */
const NAME_KEYS =
  String.raw`(?:sur_?name|last_?name|lastName|family_?name|familyName|first_?name|firstName|given_?name|givenName|middle_?name|middleName|full_?name|fullName|` +
  String.raw`legal_?name|legalName|display_?name|cardholder(?:_?name)?|cardholderName|holder_?name|holderName|name_?on_?card|nameOnCard|account_?holder(?:_?name)?|accountHolder(?:Name)?|` +
  String.raw`(?:customer|patient|insured|member|beneficiary|contact|applicant|claimant|driver|passenger|guest|student|employee|debtor|borrower|tenant|donor|payee|recipient|sender)_?[Nn]ame)`
/** `"key": "value"` with such a key. */
const NAMED_FIELD = new RegExp(String.raw`"(${NAME_KEYS})"[ \t]*:[ \t]*"([^"\\\n]{1,80})"`, 'g')
/**
 * Keys that hold a part of a name only inside a name's object (`"name": {"family": ..., "given": ...}`) or beside
 * each other ("surname", a name's key whatever the record, is read with `NAMED_FIELD`).
 */
const PART_FIELD = /"(family|given|first|last|middle)"[ \t]*:[ \t]*"([^"\\\n]{1,80})"/g
/** A plain `"name"` field. */
const PLAIN_NAME_FIELD = /"name"[ \t]*:[ \t]*"([^"\\\n]{1,80})"/g
/** A person's fields in the same object as a plain "name". */
const PERSON_FIELDS = /"(?:dob|date_?of_?birth|dateOfBirth|birth_?date|birthDate|email|e_?mail|phone|mobile|cell|ssn|sin|nino|first_?name|firstName|last_?name|lastName|given|family|surname|gender|nationality|passport)"[ \t]*:/i
/** What a name's value looks like: letters, with spaces, hyphens, apostrophes, full stops (initials) and a slash (an airline's SURNAME/GIVEN). */
const NAME_VALUE = /^\p{L}[\p{L}\p{M}'’.\- /]{0,78}[\p{L}\p{M}.]$/u
/** Values that stand in for a name. */
const NOT_A_NAME = /^(?:n\/?a|none|null|unknown|redacted|test|anonymous|anon|guest|tbd|tbc|pending|customer|user|admin|not provided|not given|same|see above|\[.*\])$/i

/** How far from a field its object is looked for: a person's record is short, and a bound keeps a scan linear. */
const OBJECT_REACH = 240

/** The `{...}` object around `at` (no nesting crossed, at most OBJECT_REACH characters each side): its start and end. */
function objectAround(text: string, at: number): { start: number; end: number } {
  const from = Math.max(0, at - OBJECT_REACH)
  const to = Math.min(text.length, at + OBJECT_REACH)
  const before = text.slice(from, at)
  const after = text.slice(at, to)
  const start = from + Math.max(before.lastIndexOf('{'), before.lastIndexOf('}'), 0)
  const close = after.indexOf('}')
  const open = after.indexOf('{')
  const ends = [close, open].filter((k) => k >= 0)
  return { start, end: ends.length > 0 ? at + Math.min(...ends) : to }
}

export const recordNameFieldsDetector: Detector = {
  name: 'record-name-fields',
  detect({ view }: DetectorInput): Candidate[] {
    const text = view.text
    const out: Candidate[] = []
    if (!text.includes('":')) return out
    const push = (start: number, value: string, detector: string): void => {
      if (!NAME_VALUE.test(value) || NOT_A_NAME.test(value.trim())) return
      out.push({ type: 'person_name', ...mapSpan(view, start, start + value.length), confidence: 0.8, detector, validated: false })
    }
    const valueAt = (m: RegExpMatchArray, value: string): number => (m.index ?? 0) + m[0].length - 1 - value.length
    for (const m of text.matchAll(NAMED_FIELD)) push(valueAt(m, m[2] as string), m[2] as string, 'name-record-field')
    for (const m of text.matchAll(PART_FIELD)) {
      // (a part of a name, when its object is a name's or holds another part: "name": {"family": ..., "given": ...})
      const around = objectAround(text, m.index ?? 0)
      const object = text.slice(around.start, around.end)
      const key = text.slice(Math.max(0, around.start - 24), around.start)
      const parts = object.match(/"(?:family|given|first|last|middle|surname)"[ \t]*:/g)?.length ?? 0
      // ("first" and "last" beside each other name a person only with a person's field by them, or under "name")
      const plainParts = m[1] === 'first' || m[1] === 'last' || m[1] === 'middle'
      const named = /"name"[ \t]*:[ \t]*$/.test(key)
      if (named || (parts >= 2 && (!plainParts || PERSON_FIELDS.test(object) || /"(?:family|given|surname)"/.test(object)))) push(valueAt(m, m[2] as string), m[2] as string, 'name-record-field')
    }
    for (const m of text.matchAll(PLAIN_NAME_FIELD)) {
      const around = objectAround(text, m.index ?? 0)
      if (PERSON_FIELDS.test(text.slice(around.start, around.end))) push(valueAt(m, m[1] as string), m[1] as string, 'name-record-field')
    }
    return out
  },
}
