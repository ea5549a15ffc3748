// Policy: the organisation's rules for PII, content safety, retention and tokens.
export { PolicySchema, SafetyRuleSchema, ASSEMBLYAI_MAX_TOKEN_TTL_SECONDS, ASSEMBLYAI_MIN_SESSION_SECONDS, ASSEMBLYAI_MAX_SESSION_SECONDS } from './policy-schema.js'
export type { PolicyFile } from './policy-schema.js'
export { resolvePolicy, type Policy } from './resolve-policy.js'
export { loadPolicyFile, parsePolicy, defaultPolicy, DEFAULT_POLICY_SOURCE } from './load-policy.js'
export { PII_PRESETS, PII_PRESET_NAMES, type PiiPresetName } from './pii-presets.js'
