/**
 * The content-safety gate: maps AssemblyAI's content-safety labels to the policy's actions.
 * The strongest action of every rule that fires wins (block > flag > allow); a detected label that
 * no rule covers gets the policy's default action; no label at all is `allow`. The verdict says
 * which rule fired and keeps the per-label summary (numbers only, no text).
 *
 * @module
 */
import type { Policy } from '../policy/index.js'

export type SafetyAction = 'allow' | 'flag' | 'block'

export interface SafetyVerdict {
  action: SafetyAction
  /** `content_safety.rules[i]` that decided, `default_action`, `no_labels`, `unavailable` or `disabled`. */
  decided_by: string
  /** Labels seen, with their highest confidence. */
  labels: Record<string, number>
  severity_score_summary: Record<string, { low: number; medium: number; high: number }>
}

export interface ContentSafetyLabelsResult {
  status?: string
  results?: ReadonlyArray<{ labels?: ReadonlyArray<{ label: string; confidence: number; severity?: number | null }> }>
  summary?: Record<string, number>
  severity_score_summary?: Record<string, { low: number; medium: number; high: number }>
}

const RANK: Record<SafetyAction, number> = { allow: 0, flag: 1, block: 2 }

export function evaluateContentSafety(result: ContentSafetyLabelsResult | null | undefined, policy: Policy): SafetyVerdict {
  const base = { labels: {}, severity_score_summary: {} }
  if (!policy.content_safety.enabled) return { action: 'allow', decided_by: 'disabled', ...base }
  if (!result || result.status !== 'success') return { action: 'flag', decided_by: 'unavailable', ...base }

  const labels: Record<string, number> = {}
  let action: SafetyAction = 'allow'
  let decidedBy = 'no_labels'
  const consider = (candidate: SafetyAction, by: string) => {
    if (RANK[candidate] > RANK[action] || decidedBy === 'no_labels') {
      action = candidate
      decidedBy = by
    }
  }
  for (const segment of result.results ?? []) {
    for (const label of segment.labels ?? []) {
      labels[label.label] = Math.max(labels[label.label] ?? 0, label.confidence)
      const severity = label.severity ?? 0
      let covered = false
      policy.content_safety.rules.forEach((rule, index) => {
        if (rule.label !== label.label) return
        covered = true
        if (label.confidence >= rule.min_confidence && severity >= rule.min_severity) consider(rule.action, `content_safety.rules[${index}]`)
      })
      if (!covered) consider(policy.content_safety.default_action, 'default_action')
    }
  }
  if (decidedBy === 'no_labels' && Object.keys(labels).length > 0) decidedBy = 'below_thresholds'
  return { action, decided_by: decidedBy, labels, severity_score_summary: { ...(result.severity_score_summary ?? {}) } }
}
