import { describe, expect, it } from 'vitest'
import { parsePolicy } from '../policy/index.js'
import { evaluateContentSafety } from './evaluate-content-safety.js'

const policy = parsePolicy(
  {
    pii: { preset: 'pci' },
    content_safety: {
      default_action: 'flag',
      rules: [
        { label: 'hate_speech', min_confidence: 0.6, min_severity: 0.5, action: 'block' },
        { label: 'profanity', min_confidence: 0.8, action: 'allow' },
      ],
    },
  },
  't',
)
const result = (labels: Array<{ label: string; confidence: number; severity?: number }>) => ({
  status: 'success',
  results: [{ labels }],
  summary: {},
  severity_score_summary: { hate_speech: { low: 0.1, medium: 0.2, high: 0.7 } },
})

describe('evaluateContentSafety', () => {
  it('blocks when a block rule fires, naming the rule, keeping only numbers', () => {
    const v = evaluateContentSafety(result([{ label: 'profanity', confidence: 0.9, severity: 0.2 }, { label: 'hate_speech', confidence: 0.7, severity: 0.6 }]), policy)
    expect(v.action).toBe('block')
    expect(v.decided_by).toBe('content_safety.rules[0]')
    expect(v.labels).toEqual({ profanity: 0.9, hate_speech: 0.7 })
    expect(v.severity_score_summary['hate_speech']?.high).toBe(0.7)
  })

  it('does not fire below the thresholds, and applies the default to uncovered labels', () => {
    expect(evaluateContentSafety(result([{ label: 'hate_speech', confidence: 0.7, severity: 0.3 }]), policy)).toMatchObject({ action: 'allow', decided_by: 'below_thresholds' })
    expect(evaluateContentSafety(result([{ label: 'weapons', confidence: 0.5, severity: 0.5 }]), policy)).toMatchObject({ action: 'flag', decided_by: 'default_action' })
    expect(evaluateContentSafety(result([]), policy)).toMatchObject({ action: 'allow', decided_by: 'no_labels' })
  })

  it('flags when content safety was required but is unavailable', () => {
    expect(evaluateContentSafety({ status: 'unavailable' }, policy).action).toBe('flag')
    expect(evaluateContentSafety(null, policy).action).toBe('flag')
  })
})
