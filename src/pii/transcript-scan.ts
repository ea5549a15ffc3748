/**
 * Scanning text that AssemblyAI already redacted: placeholders (`[PERSON_NAME]`, `####`) count as
 * redacted, but what is left next to them is a finding: `####@gmail.com` leaks the domain,
 * `(###) ###-0192` leaks digits, `[PERSON_NAME] Smith` leaks a surname.
 *
 * @module
 */
import type { Candidate } from './detectors/detector.js'
import type { PiiEngine } from './pii-engine.js'
import { isPiiType, type PiiFinding, type ScanOptions } from './pii-types.js'
import { loadNameLexicon } from './names/name-lexicon.js'
import { resolveCandidates } from './resolver.js'

const PLACEHOLDER = /\[([A-Z_]{3,40})\]|#+/g

interface Range {
  start: number
  end: number
  person: boolean
}

export function scanTranscriptTextWith(engine: PiiEngine, text: string, options: ScanOptions = {}): PiiFinding[] {
  const ranges: Range[] = []
  let masked = ''
  let pos = 0
  for (const m of text.matchAll(PLACEHOLDER)) {
    const label = m[1]
    if (label !== undefined && !isPiiType(label.toLowerCase())) continue
    const start = m.index
    const end = start + m[0].length
    ranges.push({ start, end, person: label === 'PERSON_NAME' })
    masked += text.slice(pos, start) + fillerFor(text, start, end, label !== undefined)
    pos = end
  }
  if (ranges.length === 0) return engine.scan(text, options)
  masked += text.slice(pos)
  const found: Candidate[] = []
  for (const f of engine.scan(masked, { ...options, minConfidence: options.minConfidence ?? 0.5 })) {
    const trimmed = trimOutside(text, f, ranges)
    if (trimmed !== null) found.push(trimmed)
  }
  const wantNames = options.names !== false && (options.types === undefined || options.types.includes('person_name'))
  // A loop, not push(...xs): spreading 100k+ findings of a huge line overflows the call stack.
  if (wantNames) for (const c of nameResidue(text, ranges)) found.push(c)
  return resolveCandidates(found, text)
}

/** Same-length filler so offsets stay put: digits next to numbers, letters elsewhere, blanks for [LABEL]s. */
function fillerFor(text: string, start: number, end: number, bracket: boolean): string {
  const len = end - start
  if (bracket) return ' '.repeat(len)
  const before = text.charAt(start - 1)
  const after = text.charAt(end)
  const numeric = /[\d()\-+/]/.test(before) || /[\d()\-+/]/.test(after)
  return (numeric ? '5' : 'x').repeat(len)
}

/**
 * The part of a finding outside placeholders, trimmed to start at a leaked character (alphanumeric
 * or '@') and end at an alphanumeric one; a finding with nothing left is dropped.
 */
function trimOutside(text: string, f: PiiFinding, ranges: readonly Range[]): Candidate | null {
  const overlapping = ranges.filter((r) => r.start < f.end && r.end > f.start)
  if (overlapping.length === 0) return { ...f, validated: false }
  const inPlaceholder = (i: number): boolean => overlapping.some((r) => i >= r.start && i < r.end)
  let start = f.start
  let end = f.end
  while (start < end && (inPlaceholder(start) || !/[\p{L}\p{N}@]/u.test(text.charAt(start)))) start++
  while (end > start && (inPlaceholder(end - 1) || !/[\p{L}\p{N}]/u.test(text.charAt(end - 1)))) end--
  if (end <= start) return null
  return { type: f.type, start, end, confidence: f.confidence, detector: `${f.detector}+residue`, validated: false }
}

const NOT_SURNAME = new Set(['and', 'or', 'the', 'is', 'was', 'at', 'to', 'from', 'said', 'here', 'speaking', 'calling'])

/** A surname right after `[PERSON_NAME]`, or a first name right before it. */
function nameResidue(text: string, ranges: readonly Range[]): Candidate[] {
  const lex = loadNameLexicon()
  const out: Candidate[] = []
  for (const r of ranges) {
    if (!r.person) continue
    const after = /^ ([A-Za-z][A-Za-z'-]{1,30})/.exec(text.slice(r.end, r.end + 40))
    if (after?.[1] !== undefined) {
      const w = after[1].toLowerCase()
      const capital = /^[A-Z]/.test(after[1])
      if (!NOT_SURNAME.has(w) && (lex.surnames.has(w) || (capital && !lex.commonWords.has(w)))) {
        out.push(residue(r.end + 1, r.end + 1 + after[1].length))
      }
    }
    const before = /([A-Za-z][A-Za-z'-]{1,30}) $/.exec(text.slice(Math.max(0, r.start - 40), r.start))
    if (before?.[1] !== undefined && lex.firstNames.has(before[1].toLowerCase()) && /^[A-Z]/.test(before[1])) {
      out.push(residue(r.start - 1 - before[1].length, r.start - 1))
    }
  }
  return out
}

function residue(start: number, end: number): Candidate {
  return { type: 'person_name', start, end, confidence: 0.8, detector: 'name-residue', validated: false }
}
