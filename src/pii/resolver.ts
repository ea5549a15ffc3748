/**
 * Merges overlapping candidates into one finding per span: validated hits win, then higher
 * confidence, then the longer span, then the earlier one.
 *
 * @module
 */
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

export function resolveCandidates(candidates: readonly Candidate[]): PiiFinding[] {
  const sorted = candidates.filter((c) => c.end > c.start).sort(rank)
  const accepted: Candidate[] = [] // kept sorted by start, non-overlapping
  for (const c of sorted) {
    // First accepted interval whose end is after c.start.
    let lo = 0
    let hi = accepted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if ((accepted[mid] as Candidate).end <= c.start) lo = mid + 1
      else hi = mid
    }
    const next = accepted[lo]
    if (next !== undefined && next.start < c.end) continue
    accepted.splice(lo, 0, c)
  }
  return accepted.map((c) => ({
    type: c.type,
    start: c.start,
    end: c.end,
    confidence: Math.round(c.confidence * 100) / 100,
    detector: c.detector,
  }))
}
