/**
 * The shapes the audit produces and consumes: findings, reports and options.
 *
 * @module
 */

export type Severity = 'error' | 'warning' | 'note'

export const SEVERITY_RANK: Readonly<Record<Severity, number>> = { note: 0, warning: 1, error: 2 }

/** One problem found by the audit. Never holds a secret: only a masked form inside `message`. */
export interface Finding {
  readonly rule: string
  readonly severity: Severity
  /** Path relative to the audited root, `/`-separated. */
  readonly file: string
  /** 1-based. */
  readonly line: number
  /** 1-based. */
  readonly column: number
  /** The commit that added it (history findings only). */
  readonly commit?: string
  readonly message: string
  /** sha256 over rule, file and the secret's digest (or the finding's subject): stable across line moves. */
  readonly fingerprint: string
}

export interface AuditStats {
  files: number
  bytes: number
  commits: number
  seconds: number
}

export interface AuditReport {
  readonly version: 1
  readonly findings: readonly Finding[]
  readonly stats: AuditStats
}

/** Settings read from `.voxguard-audit.yaml` (all optional). */
export interface AuditConfig {
  /** Globs (relative to the root) excluded from every rule. */
  readonly exclude: readonly string[]
  /** Globs treated as test code (skipped by the code rules unless `includeTests`). */
  readonly testPatterns: readonly string[]
  readonly includeTests: boolean
  /** `token-ttl-too-long` threshold, seconds (AssemblyAI's own maximum is 600). */
  readonly maxTokenTtlSeconds: number
  /** Rule ids switched off. */
  readonly disabledRules: readonly string[]
}
