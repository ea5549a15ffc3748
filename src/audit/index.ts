/**
 * The repository audit: AssemblyAI keys, env files, bundles, CI, history and code checks.
 *
 * @module
 */
export type { AuditConfig, AuditReport, AuditStats, Finding, Severity } from './audit-types.js'
export { SEVERITY_RANK } from './audit-types.js'
export { AUDIT_CONFIG_FILES, DEFAULT_AUDIT_CONFIG, loadAuditConfig } from './audit-config.js'
export { applyBaseline, baselineDocument, readBaseline } from './baseline.js'
export { checkCode, type CodeCheckResult } from './code-rules.js'
export { mayMatchCodeRules } from './code-keywords.js'
export { detectKeys, isPublicName, type KeyHit, type DetectOptions } from './key-detector.js'
export { formatJson } from './format-json.js'
export { formatSarif } from './format-sarif.js'
export { formatText } from './format-text.js'
export { createGitRunner, type GitRunner, type GitResult } from './git-runner.js'
export { scanHistory, type HistoryScanOptions, type HistoryScanResult } from './history-scan.js'
export { listRules, ruleInfo, RULES, RULES_VERSION, type RuleInfo } from './rule-catalog.js'
export { failsThreshold, runAudit, type AuditOptions, type AuditPhase } from './run-audit.js'
