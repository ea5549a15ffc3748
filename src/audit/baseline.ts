/**
 * Baselines keyed on fingerprints (rule + file + secret digest), so moving a line never resurrects an
 * accepted finding. A baseline file is `{"version": 1, "fingerprints": [...]}`; a previous JSON
 * report (`findings[].fingerprint`) is accepted too.
 *
 * @module
 */
import { readFileSync } from 'node:fs'
import { ValidationError } from '../errors.js'
import type { Finding } from './audit-types.js'

const FINGERPRINT = /^[0-9a-f]{64}$/

export function readBaseline(file: string): Set<string> {
  let raw: unknown
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new ValidationError(`baseline ${file}: ${code !== undefined ? `cannot read (${code})` : 'not valid JSON'}`, { field: 'baseline' })
  }
  const list = fingerprintsOf(raw)
  if (list === undefined || !list.every((f) => typeof f === 'string' && FINGERPRINT.test(f)))
    throw new ValidationError(`baseline ${file}: expected {"version": 1, "fingerprints": ["<64 hex>", ...]} or a voxguard JSON report`, { field: 'baseline' })
  return new Set(list as string[])
}

function fingerprintsOf(raw: unknown): unknown[] | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const doc = raw as { version?: unknown; fingerprints?: unknown; findings?: unknown }
  // version 1 is the only format there is; a later one is not read as if it were the same
  if (doc.version !== undefined && doc.version !== 1) return undefined
  if (Array.isArray(doc.fingerprints)) return doc.fingerprints
  if (Array.isArray(doc.findings)) return doc.findings.map((f) => (typeof f === 'object' && f !== null ? (f as { fingerprint?: unknown }).fingerprint : undefined))
  return undefined
}

export function baselineDocument(findings: readonly Finding[]): string {
  const fingerprints = [...new Set(findings.map((f) => f.fingerprint))].sort()
  return `${JSON.stringify({ version: 1, fingerprints }, null, 2)}\n`
}

export function applyBaseline(findings: readonly Finding[], baseline: ReadonlySet<string>): Finding[] {
  return baseline.size === 0 ? [...findings] : findings.filter((f) => !baseline.has(f.fingerprint))
}
