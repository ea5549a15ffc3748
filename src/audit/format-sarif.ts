/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per audit rule (help text and fix), results with
 * `partialFingerprints` so alerts track across line moves.
 *
 * @module
 */
import type { AuditReport, Severity } from './audit-types.js'
import { listRules } from './rule-catalog.js'

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', note: 'note' }

export function formatSarif(report: AuditReport, toolVersion: string): string {
  const rules = listRules()
  const index = new Map(rules.map((r, i) => [r.id, i]))
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'voxguard-audit',
            semanticVersion: toolVersion,
            informationUri: 'https://www.npmjs.com/package/voxguard',
            rules: rules.map((r) => ({
              id: r.id,
              name: r.id.replace(/(^|-)([a-z])/g, (_m, _d: string, c: string) => c.toUpperCase()),
              shortDescription: { text: r.title },
              fullDescription: { text: `${r.title}.` },
              help: { text: `${r.title}.\nFix: ${r.fix}`, markdown: `**${r.title}.**\n\n**Fix:** ${r.fix}` },
              defaultConfiguration: { level: LEVEL[r.severity] },
              properties: { tags: ['security', 'assemblyai'], precision: 'high', 'security-severity': r.securitySeverity.toFixed(1) },
            })),
          },
        },
        automationDetails: { id: 'voxguard-audit/' },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => ({
          ruleId: f.rule,
          ruleIndex: index.get(f.rule) ?? 0,
          level: LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: encodeURI(f.file), uriBaseId: '%SRCROOT%' },
                region: { startLine: Math.max(1, f.line), startColumn: Math.max(1, f.column) },
              },
            },
          ],
          partialFingerprints: { 'voxguard/v1': f.fingerprint },
          ...(f.commit !== undefined ? { properties: { commit: f.commit } } : {}),
        })),
      },
    ],
  }
  return `${JSON.stringify(sarif, null, 2)}\n`
}
