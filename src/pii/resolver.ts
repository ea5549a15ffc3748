/**
 * Merges overlapping candidates into one finding per span: validated hits win, then higher
 * confidence, then the longer span, then the earlier one.
 *
 * @module
 */
import { AcceptedSpans } from './accepted-spans.js'
import type { Candidate } from './detectors/detector.js'
import type { PiiFinding } from './pii-types.js'

function rank(a: Candidate, b: Candidate): number {
  if (a.validated !== b.validated) return a.validated ? -1 : 1
  if (a.confidence !== b.confidence) return b.confidence - a.confidence
  const la = a.end - a.start
  const lb = b.end - b.start
  if (la !== lb) return lb - la
  return a.start - b.start
}

/**
 * With `text`, a name that a stronger finding overlaps at its end keeps its words before that finding
 * (without it, such a name is dropped whole).
 */
export function resolveCandidates(candidates: readonly Candidate[], text?: string): PiiFinding[] {
  const sorted = candidates.filter((c) => c.end > c.start).sort(rank)
  const accepted = new AcceptedSpans<Candidate>(sorted.map((c) => c.start))
  for (const c of sorted) {
    const next = accepted.firstEndingAfter(c.start)
    if (next !== undefined && next.start < c.end) {
      // a name whose last words a stronger finding took ("grainne oconnell" before the spoken address
      // "oconnell seventy one at outlook dot com") keeps the words before it
      const kept = text !== undefined && next.start > c.start && c.type === 'person_name' ? trimmedBefore(c, next.start, text) : undefined
      if (kept !== undefined) accepted.add(kept)
      continue
    }
    accepted.add(c)
  }
  return accepted.inOrder().map((c) => ({
    type: c.type,
    start: c.start,
    end: c.end,
    confidence: Math.round(c.confidence * 100) / 100,
    detector: c.detector,
  }))
}

/** Candidate c cut before `limit`, at the start of the word `limit` falls in, blanks trimmed; undefined when no whole word stays. */
function trimmedBefore(c: Candidate, limit: number, text: string): Candidate | undefined {
  let end = limit
  while (end > c.start && /[\p{L}\p{N}'\u2019-]/u.test(text.charAt(end - 1))) end--
  while (end > c.start && /\s/.test(text.charAt(end - 1))) end--
  return end - c.start >= 2 ? { ...c, end } : undefined
}
