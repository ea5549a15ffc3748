/**
 * Scans the listed files of a tree: rule 1 (and its bundle, CI and public-variable variants) on
 * every text file, the env rules, and the code rules on non-test TypeScript/JavaScript.
 *
 * @module
 */
import { readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import picomatch from 'picomatch'
import type * as TS from 'typescript'
import type { AuditConfig, Finding } from './audit-types.js'
import { checkCode, mayMatchCodeRules, type CodeSite } from './code-rules.js'
import { envNotIgnored, keyReuse } from './env-rules.js'
import type { FileListing } from './file-lister.js'
import { makeFinding } from './fingerprint.js'
import { applyInlineIgnores, hasIgnoreMarks } from './inline-ignore.js'
import { LineIndex } from './internal/line-index.js'
import { isBundleFile, isCodeFile, isEnvFile } from './path-kinds.js'
import { scanSecrets, type KeyRecord } from './secret-scan.js'

export interface TreeScanOptions {
  readonly config: AuditConfig
  /** Run the code rules on test files too (`--include-tests`). */
  readonly includeTests?: boolean
  /** Files larger than this are skipped (default 10 MiB). */
  readonly maxFileBytes?: number
  readonly onProgress?: (done: number, total: number) => void
}

export interface TreeScanResult {
  readonly findings: Finding[]
  readonly files: number
  readonly bytes: number
}

let tsModule: typeof TS | undefined

/** TypeScript is loaded only when a file may match a code rule (it costs ~0.2 s to load). */
async function typescript(): Promise<typeof TS> {
  // require, not import(): the ESM loader would run cjs-module-lexer over 9 MB of typescript.js
  tsModule ??= createRequire(import.meta.url)('typescript') as typeof TS
  return tsModule
}

export async function scanTree(root: string, listing: FileListing, options: TreeScanOptions): Promise<TreeScanResult> {
  const { config } = options
  const maxBytes = options.maxFileBytes ?? 10 * 1024 * 1024
  const excluded = config.exclude.length > 0 ? picomatch([...config.exclude], { dot: true }) : () => false
  const isTest = picomatch([...config.testPatterns], { dot: true })
  const includeTests = options.includeTests ?? config.includeTests
  const findings: Finding[] = []
  const envKeys: KeyRecord[] = []
  let usesTranscripts: CodeSite | undefined
  let deletes = false
  let files = 0
  let bytes = 0
  const total = listing.files.length
  for (let i = 0; i < total; i++) {
    if (options.onProgress && (i & 255) === 0) options.onProgress(i, total)
    const entry = listing.files[i]
    if (entry === undefined || excluded(entry.path)) continue
    const text = readText(join(root, entry.path), maxBytes)
    if (text === undefined) continue
    files++
    bytes += text.length
    const env = isEnvFile(entry.path)
    const secrets = scanSecrets({ file: entry.path, text, scope: entry.ignored && !isBundleFile(entry.path) ? 'ignored-env' : 'tree' })
    let fileFindings = secrets.findings
    if (!entry.ignored && isCodeFile(entry.path) && !isBundleFile(entry.path) && (includeTests || !isTest(entry.path)) && mayMatchCodeRules(text)) {
      const result = checkCode(await typescript(), entry.path, text, { maxTokenTtlSeconds: config.maxTokenTtlSeconds })
      if (result.findings.length > 0) fileFindings = fileFindings.concat(result.findings.map(makeFinding))
      usesTranscripts ??= result.usesTranscripts
      deletes ||= result.deletesTranscripts
    }
    if (fileFindings.length > 0 && hasIgnoreMarks(text)) {
      const lines = new LineIndex(text)
      fileFindings = applyInlineIgnores(fileFindings, (n) => (n >= 1 && n <= lines.lineCount ? lines.lineText(n - 1) : undefined))
    }
    if (env) {
      // a key whose line carries an ignore comment does not count for reuse either
      const lines = secrets.keys.length > 0 && hasIgnoreMarks(text) ? new LineIndex(text) : undefined
      for (const k of secrets.keys) {
        const suppressed = lines !== undefined && applyInlineIgnores([probe(k)], (n) => (n >= 1 && n <= lines.lineCount ? lines.lineText(n - 1) : undefined)).length === 0
        if (!suppressed) envKeys.push(k)
      }
    }
    findings.push(...fileFindings)
  }
  options.onProgress?.(total, total)
  if (listing.gitTop !== undefined) findings.push(...envNotIgnored(listing.files.filter((f) => !excluded(f.path))))
  findings.push(...keyReuse(envKeys))
  if (usesTranscripts !== undefined && !deletes)
    findings.push(
      makeFinding({
        rule: 'retention-missing',
        file: usesTranscripts.file,
        line: usesTranscripts.line,
        column: usesTranscripts.column,
        message: 'this repository creates AssemblyAI transcripts but never deletes them (no transcripts.delete, no DELETE /v2/transcript/{id})',
        subject: 'retention',
      }),
    )
  return { findings, files, bytes }
}

function probe(k: KeyRecord): Finding {
  return { rule: 'key-reused-across-envs', severity: 'warning', file: k.file, line: k.line, column: k.column, message: '', fingerprint: '' }
}

/** UTF-8 text of a file, or undefined for unreadable, oversized or binary (NUL in the first 8 KB) files. */
function readText(abs: string, maxBytes: number): string | undefined {
  let buf: Buffer
  try {
    if (statSync(abs).size > maxBytes) return undefined
    buf = readFileSync(abs)
  } catch {
    return undefined
  }
  const head = buf.length > 8192 ? buf.subarray(0, 8192) : buf
  if (head.includes(0)) return undefined
  return buf.toString('utf8')
}
