/**
 * The content-safety ("content moderation") labels AssemblyAI's model outputs. The spec types
 * `ContentSafetyLabel.label` as a plain string; this list is the "Model output" column of the docs
 * page `audio-intelligence/content-moderation.mdx` (see shared/reference/assemblyai-api.md §4.5).
 *
 * @module
 */

export const CONTENT_SAFETY_LABELS = [
  'accidents',
  'alcohol',
  'financials',
  'crime_violence',
  'drugs',
  'gambling',
  'hate_speech',
  'health_issues',
  'manga',
  'marijuana',
  'disasters',
  'negative_news',
  'nsfw',
  'pornography',
  'profanity',
  'sensitive_social_issues',
  'terrorism',
  'tobacco',
  'weapons',
] as const

export type ContentSafetyLabelName = (typeof CONTENT_SAFETY_LABELS)[number]

/** Labels for which the model produces a severity score (the docs' "Sev." column). */
export const CONTENT_SAFETY_LABELS_WITH_SEVERITY: ReadonlySet<ContentSafetyLabelName> = new Set([
  'accidents',
  'alcohol',
  'crime_violence',
  'drugs',
  'gambling',
  'hate_speech',
  'health_issues',
  'marijuana',
  'disasters',
  'pornography',
  'profanity',
  'terrorism',
  'tobacco',
  'weapons',
])

const labelSet: ReadonlySet<string> = new Set(CONTENT_SAFETY_LABELS)

export function isContentSafetyLabel(value: unknown): value is ContentSafetyLabelName {
  return typeof value === 'string' && labelSet.has(value)
}
