/**
 * Turns rule 1's key hits in one text into findings, choosing the most specific rule for where the
 * text lives: history, built bundle, CI configuration, browser-exposed variable, or plain tree.
 *
 * @module
 */
import type { Finding } from './audit-types.js'
import { makeFinding } from './fingerprint.js'
import { detectKeys, isPublicName, type KeyHit } from './key-detector.js'
import { isBundleFile, isCiConfig, isLockFile, isTestFile } from './path-kinds.js'

export type SecretScope = 'tree' | 'history' | 'staged' | 'ignored-env'

export interface SecretScanInput {
  readonly file: string
  readonly text: string
  readonly scope: SecretScope
  /** Real 1-based line number of each text line, when the text is a patch's added lines. */
  readonly lineNumbers?: readonly number[]
  readonly commit?: string
}

/** A key occurrence kept for cross-file rules (reuse across environments). */
export interface KeyRecord {
  readonly file: string
  readonly line: number
  readonly column: number
  readonly digest: string
  readonly masked: string
}

export interface SecretScanResult {
  readonly findings: Finding[]
  readonly keys: KeyRecord[]
}

export function scanSecrets(input: SecretScanInput): SecretScanResult {
  const bundle = isBundleFile(input.file)
  const hits = detectKeys(input.text, { strictContext: isLockFile(input.file), includeBare: bundle, testFile: isTestFile(input.file) })
  if (hits.length === 0) return { findings: [], keys: [] }
  const findings: Finding[] = []
  const keys: KeyRecord[] = []
  for (const hit of hits) {
    const line = input.lineNumbers?.[hit.lineIndex] ?? hit.lineIndex + 1
    keys.push({ file: input.file, line, column: hit.column, digest: hit.digest, masked: hit.masked })
    const rule = pickRule(input, hit, bundle)
    if (rule === undefined) continue
    findings.push(
      makeFinding({
        rule,
        file: input.file,
        line,
        column: hit.column,
        message: describe(rule, hit, input.commit),
        subject: hit.digest,
        commit: input.commit,
      }),
    )
  }
  return { findings, keys }
}

function pickRule(input: SecretScanInput, hit: KeyHit, bundle: boolean): string | undefined {
  const isPublic = hit.name !== undefined && isPublicName(hit.name)
  if (input.scope === 'ignored-env') return isPublic ? 'public-env-key' : undefined
  if (input.scope === 'history') return 'key-in-history'
  if (bundle) return 'key-in-bundle'
  if (isCiConfig(input.file)) return 'key-in-ci-config'
  if (isPublic) return 'public-env-key'
  return 'assemblyai-key'
}

function describe(rule: string, hit: KeyHit, commit: string | undefined): string {
  const where =
    hit.context === 'bare'
      ? 'key-shaped value'
      : hit.name !== undefined && (hit.context === 'variable' || hit.context === 'file')
        ? `assigned to ${hit.name}`
        : hit.context === 'line'
          ? 'on a line that uses AssemblyAI'
          : 'near AssemblyAI code'
  switch (rule) {
    case 'key-in-history':
      return `AssemblyAI API key ${hit.masked} ${where} was added in commit ${(commit ?? '').slice(0, 12)}`
    case 'key-in-bundle':
      return `AssemblyAI API key ${hit.masked} (${where}) is inside built front-end output`
    case 'key-in-ci-config':
      return `literal AssemblyAI API key ${hit.masked} ${where} in CI configuration`
    case 'public-env-key':
      return `AssemblyAI API key ${hit.masked} in browser-exposed variable ${hit.name ?? ''}`.trimEnd()
    default:
      return `AssemblyAI API key ${hit.masked} ${where}`
  }
}
