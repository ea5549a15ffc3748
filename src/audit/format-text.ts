/**
 * The human report: findings grouped by rule, each group with its fix, coloured when asked.
 *
 * @module
 */
import pc from 'picocolors'
import type { AuditReport, Finding, Severity } from './audit-types.js'
import { listRules } from './rule-catalog.js'

export function formatText(report: AuditReport, options: { color: boolean }): string {
  const c = pc.createColors(options.color)
  const paint: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, note: c.cyan }
  const groups = new Map<string, Finding[]>()
  for (const f of report.findings) {
    const list = groups.get(f.rule) ?? []
    list.push(f)
    groups.set(f.rule, list)
  }
  const out: string[] = []
  for (const rule of listRules()) {
    const list = groups.get(rule.id)
    if (!list) continue
    out.push(`${paint[rule.severity](c.bold(`${rule.severity.toUpperCase()} ${rule.id}`))} ${c.dim(`(${list.length})`)} ${rule.title}`)
    for (const f of list) {
      const where = `${f.file}:${f.line}:${f.column}${f.commit !== undefined ? ` @ ${f.commit.slice(0, 12)}` : ''}`
      out.push(`  ${c.bold(where)}  ${f.message}`)
    }
    out.push(`  ${c.green('fix:')} ${rule.fix}`, '')
  }
  const s = report.stats
  const counts = (['error', 'warning', 'note'] as const).map((sev) => `${report.findings.filter((f) => f.severity === sev).length} ${sev}`)
  const summary = `${report.findings.length === 0 ? c.green('no findings') : counts.join(', ')} · ${s.files} files, ${(s.bytes / 1e6).toFixed(1)} MB${s.commits > 0 ? `, ${s.commits} commits` : ''} in ${s.seconds.toFixed(2)} s`
  out.push(summary)
  return `${out.join('\n')}\n`
}
