import type { PiiPolicy } from '../upstream/index.js'
import { PII_PRESETS, type PiiPresetName } from './pii-presets.js'
import type { PolicyFile } from './policy-schema.js'

/** A validated policy with the preset expanded: what capabilities consume. */
export interface Policy extends PolicyFile {
  /** The effective list of AssemblyAI PII policies (preset ∪ policies), sorted and unique. */
  readonly piiPolicies: readonly PiiPolicy[]
}

export function resolvePolicy(file: PolicyFile): Policy {
  const fromPreset: readonly string[] = file.pii.preset ? PII_PRESETS[file.pii.preset as PiiPresetName] : []
  const names = [...new Set([...fromPreset, ...file.pii.policies])].sort() as PiiPolicy[]
  return deepFreeze({ ...file, piiPolicies: names })
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}
