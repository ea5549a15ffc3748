/**
 * `content_safety_labels` from a script's annotations, honouring `content_safety_confidence`.
 *
 * @module
 */
import type { components } from '../../upstream/assemblyai.generated.js'
import type { EmulatorScript, SafetySpan } from '../scripts/script-types.js'

type ContentSafetyLabelsResult = components['schemas']['ContentSafetyLabelsResult']
type ContentSafetyLabelResult = components['schemas']['ContentSafetyLabelResult']

const sentenceCache = new WeakMap<EmulatorScript, Int32Array>()

/** Sentence number of each word (a sentence ends with a word ending in . ? or !). */
function sentenceIndexes(script: EmulatorScript): Int32Array {
  let cached = sentenceCache.get(script)
  if (cached === undefined) {
    cached = new Int32Array(script.words.length)
    let sentence = 0
    script.words.forEach((w, i) => {
      cached![i] = sentence
      if (/[.?!]["')\]]*$/.test(w.text)) sentence += 1
    })
    sentenceCache.set(script, cached)
  }
  return cached
}

const round = (n: number): number => Math.round(n * 10000) / 10000

export function contentSafetyResult(
  script: EmulatorScript,
  minConfidencePercent: number,
  scaleMs: (ms: number) => number,
): ContentSafetyLabelsResult {
  const threshold = minConfidencePercent / 100
  const kept = script.safety.filter((s) => s.confidence >= threshold)
  const sentences = sentenceIndexes(script)
  const groups = new Map<string, SafetySpan[]>()
  for (const span of kept) {
    const key = `${span.firstWord}:${span.lastWord}`
    groups.set(key, [...(groups.get(key) ?? []), span])
  }
  const results: ContentSafetyLabelResult[] = []
  for (const spans of groups.values()) {
    const first = spans[0]
    if (first === undefined) continue
    const words = script.words.slice(first.firstWord, first.lastWord + 1)
    results.push({
      text: words.map((w) => w.text).join(' '),
      labels: spans.map((s) => ({ label: s.label, confidence: s.confidence, severity: s.severity })),
      sentences_idx_start: sentences[first.firstWord] ?? 0,
      sentences_idx_end: sentences[first.lastWord] ?? 0,
      timestamp: { start: scaleMs(words[0]?.start ?? 0), end: scaleMs(words[words.length - 1]?.end ?? 0) },
    })
  }
  const summary: Record<string, number> = {}
  const severities = new Map<string, number[]>()
  for (const span of kept) {
    summary[span.label] = round(Math.max(summary[span.label] ?? 0, span.confidence))
    if (span.severity > 0) severities.set(span.label, [...(severities.get(span.label) ?? []), span.severity])
  }
  const severityScoreSummary: Record<string, components['schemas']['SeverityScoreSummary']> = {}
  for (const [label, values] of severities) {
    const share = (pred: (v: number) => boolean): number => round(values.filter(pred).length / values.length)
    severityScoreSummary[label] = {
      low: share((v) => v < 0.33),
      medium: share((v) => v >= 0.33 && v < 0.66),
      high: share((v) => v >= 0.66),
    }
  }
  return { status: 'success', results, summary, severity_score_summary: severityScoreSummary }
}
