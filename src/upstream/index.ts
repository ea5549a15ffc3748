/**
 * The upstream capability: the typed AssemblyAI wire contract and the client the gateway uses.
 *
 * @module
 */
export { PII_POLICIES, isPiiPolicy } from './pii-policies.generated.js'
export type { PiiPolicy } from './pii-policies.generated.js'
export {
  CONTENT_SAFETY_LABELS,
  CONTENT_SAFETY_LABELS_WITH_SEVERITY,
  isContentSafetyLabel,
} from './content-safety-labels.js'
export type { ContentSafetyLabelName } from './content-safety-labels.js'
export type { components as AssemblyAIComponents, paths as AssemblyAIPaths } from './assemblyai.generated.js'
