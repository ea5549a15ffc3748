/**
 * The JSON report: `{"version": 1, "findings": [...], "stats": {...}}`, secrets masked.
 *
 * @module
 */
import type { AuditReport } from './audit-types.js'

export function formatJson(report: AuditReport): string {
  const findings = report.findings.map((f) => ({
    rule: f.rule,
    severity: f.severity,
    file: f.file,
    line: f.line,
    column: f.column,
    ...(f.commit !== undefined ? { commit: f.commit } : {}),
    message: f.message,
    fingerprint: f.fingerprint,
  }))
  return `${JSON.stringify({ version: 1, findings, stats: report.stats }, null, 2)}\n`
}
