/**
 * Values spelled back character by character: "The member ID is WZK482719036. Let me read that back.
 * W Z K 4 8 2 7 1 9 0 3 6", or a name or a handle spelled after it is said ("li wei, l i, w e i",
 * "kbaxter, k b a x t e r"). Once a detector has found an identifier that mixes letters and digits,
 * a handle, or a name, any run of short tokens
 * elsewhere in the text that spells exactly the same characters is the same value and gets its type.
 *
 * Pure digit values are read-backs.ts's; here an identifier must mix letters and digits, and a name
 * is matched only by single letters in a row, so ordinary words never join into one. Each identifier
 * is one pass over the text (its characters with spaces or light marks allowed between them); names
 * are looked for only in runs of single letters, which ordinary text seldom has.
 *
 * @module
 */
import type { Candidate } from './detectors/detector.js'
import { mapSpan, type OffsetText } from './internal/offset-text.js'
import { overlappingSpans } from './internal/sorted-positions.js'
import type { PiiFinding, PiiType } from './pii-types.js'

/** Identifier types whose value may mix letters and digits. */
const IDENTIFIER_TYPES: ReadonlySet<PiiType> = new Set(['account_number', 'us_social_security_number', 'passport_number', 'drivers_license', 'healthcare_number', 'banking_information', 'username'])
/** Shorter values are spelled by chance ("A 4", "B 12"). */
const MIN_CHARS = 6
/** A name's word spelled out: three letters or more ("w e i"); two ("l i") only as part of a longer spelling. */
const MIN_NAME_LETTERS = 3
const CONFIDENCE = 0.85
/** Identifiers spelled back are looked for in texts with at most this many (a call, not a list of records). */
const MAX_IDENTIFIERS = 16
/** Between two characters of a spelling: spaces and light punctuation, nothing else. */
const SEPARATOR = '[\\s,.\\-/]{1,4}'
/** Single letters in a row, apart by spaces or light punctuation ("w e i", "D-E-E-P-A-K"), no word touching them. */
const LETTER_RUN = /(?<![A-Za-z0-9])[A-Za-z](?:[\s,.\-/]{1,4}[A-Za-z]){2,}(?![A-Za-z0-9])/g

/** Candidates for the other, spelled, mentions of identifiers and names already found (`findings`: resolved, in source offsets). */
export function spelledReadBacks(view: OffsetText, source: string, findings: readonly PiiFinding[]): Candidate[] {
  const identifiers = new Map<string, PiiFinding>()
  const names = new Map<string, PiiFinding>()
  for (const f of findings) {
    const raw = source.slice(f.start, f.end)
    if (f.type === 'username' && /^[A-Za-z]+$/.test(raw)) {
      // a handle of letters alone, spelled out ("kbaxter, k b a x t e r"): matched as a name's letters are
      if (raw.length >= MIN_CHARS) names.set(raw.toLowerCase(), f)
    } else if (IDENTIFIER_TYPES.has(f.type)) {
      const key = raw.replace(/[^A-Za-z0-9]/g, '').toUpperCase()
      if (key.length >= MIN_CHARS && /[A-Z]/.test(key) && /[0-9]/.test(key)) identifiers.set(key, f)
    } else if (f.type === 'person_name') {
      const words = raw.toLowerCase().match(/[a-z]+/g) ?? []
      for (const w of words) if (w.length >= MIN_NAME_LETTERS) names.set(w, f)
      const whole = words.join('')
      if (whole.length >= MIN_NAME_LETTERS && words.length > 1) names.set(whole, f)
    }
  }
  if (identifiers.size === 0 && names.size === 0) return []
  let longest = 0
  for (const k of names.keys()) longest = Math.max(longest, k.length)
  const text = view.text
  const out: Candidate[] = []
  // (more identifiers than a call has make a list of records, each its own)
  if (identifiers.size > MAX_IDENTIFIERS) identifiers.clear()
  // an identifier's characters with at most a few spaces or marks between them (a handful of found
  // identifiers a text: one pass each)
  for (const [key, finding] of identifiers) {
    const spelled = new RegExp(`(?<![A-Za-z0-9])${[...key].join(`(?:${SEPARATOR})?`)}(?![A-Za-z0-9])`, 'gi')
    for (const m of text.matchAll(spelled)) push(view, m.index, m.index + m[0].length, finding, findings, out)
  }
  if (names.size === 0) return out
  // a name's letters one by one: runs of single letters are rare outside spellings
  for (const run of text.matchAll(LETTER_RUN)) {
    const letters: { start: number; char: string }[] = []
    for (const m of run[0].matchAll(/[A-Za-z]/g)) letters.push({ start: run.index + m.index, char: m[0].toLowerCase() })
    for (let a = 0; a < letters.length; a++) {
      let spelled = ''
      let matched: { end: number; finding: PiiFinding } | undefined
      for (let b = a; b < letters.length && b - a < longest; b++) {
        spelled += (letters[b] as { char: string }).char
        const finding = b > a ? names.get(spelled) : undefined
        if (finding !== undefined) matched = { end: b, finding }
      }
      if (matched === undefined) continue
      const first = letters[a] as { start: number }
      push(view, first.start, (letters[matched.end] as { start: number }).start + 1, matched.finding, findings, out)
      a = matched.end
    }
  }
  return out
}

/** A candidate for the spelling at view [start, end) of `finding`'s value, unless it is that value or inside another finding. */
function push(view: OffsetText, start: number, end: number, finding: PiiFinding, findings: readonly PiiFinding[], out: Candidate[]): void {
  const src = mapSpan(view, start, end)
  if (src.start < finding.end && src.end > finding.start) return // the value itself
  // (findings are resolved: sorted and apart, so the ones overlapping are found by a binary search)
  const overlapping = overlappingSpans(findings, src.start, src.end)
  if (overlapping.some((f) => f.start <= src.start && f.end >= src.end)) return
  // a part already found (the last word of a spelled name) yields to the whole spelling
  const confidence = overlapping.reduce((c, f) => Math.max(c, f.confidence), CONFIDENCE)
  out.push({ type: finding.type, start: src.start, end: src.end, confidence, detector: 'spelled-read-back', validated: false })
}
