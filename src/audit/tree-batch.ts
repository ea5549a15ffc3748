/**
 * The per-file part of the tree scan, over one batch of files (run in the main thread or a worker):
 * rule 1 and its variants, keys of env files (for reuse), and the list of code files the code rules
 * must parse. Most files are settled from their bytes alone, without decoding or any regex.
 *
 * @module
 */
import type { Finding } from './audit-types.js'
import type { ListedFile } from './file-lister.js'
import { CODE_KEYWORDS, mayMatchCodeRules } from './code-keywords.js'
import { applyInlineIgnores, hasIgnoreMarks } from './inline-ignore.js'
import { FileReader, isBinary } from './internal/file-reader.js'
import { hasKeyCandidate } from './internal/key-candidate.js'
import { LineIndex } from './internal/line-index.js'
import { isBundleFile, isCodeFile, isEnvFile } from './path-kinds.js'
import { isOtherCodeFile, RETENTION_KEYWORDS, retentionFactsOf } from './retention-facts.js'
import { scanSecrets, type KeyRecord } from './secret-scan.js'
import { makeFinding } from './fingerprint.js'
import { UNREDACTED_KEYWORDS, unredactedSettingsIn } from './unredacted-settings.js'

export interface BatchResult {
  findings: Finding[]
  envKeys: KeyRecord[]
  /** Non-ignored files whose bytes mention a code-rule keyword (to be parsed by the code rules). */
  codeCandidates: string[]
  files: number
  bytes: number
  /** The first place (in path order) where code in another language creates a transcript (rule 8). */
  transcriptUse: { file: string; line: number; column: number } | undefined
  /** Code in another language deletes transcripts. */
  deletesTranscripts: boolean
}

const CODE_KEYWORD_BYTES = CODE_KEYWORDS.map((k) => Buffer.from(k))
const RETENTION_KEYWORD_BYTES = RETENTION_KEYWORDS.map((k) => Buffer.from(k))
const UNREDACTED_KEYWORD_BYTES = UNREDACTED_KEYWORDS.map((k) => Buffer.from(k))

export function scanBatch(
  root: string,
  entries: readonly ListedFile[],
  /** Whether a code file is in scope for the code rules (test globs); asked only for files whose text may match one. */
  isCodePath: (path: string) => boolean,
  maxBytes: number,
  onProgress?: (done: number) => void,
  onCodeCandidate?: (path: string) => void,
): BatchResult {
  const scanner = new BatchScanner(root, isCodePath, maxBytes, onCodeCandidate)
  for (let i = 0; i < entries.length; i++) {
    if (onProgress && (i & 511) === 511) onProgress(i + 1)
    scanner.scan(entries[i] as ListedFile)
  }
  onProgress?.(entries.length)
  return scanner.result
}

/** The per-file pass one file at a time (the tree scan feeds it git grep's candidates as they come). */
export class BatchScanner {
  readonly result: BatchResult = { findings: [], envKeys: [], codeCandidates: [], files: 0, bytes: 0, transcriptUse: undefined, deletesTranscripts: false }
  private readonly root: string
  private readonly isCodePath: (path: string) => boolean
  private readonly reader: FileReader
  private readonly onCodeCandidate: ((path: string) => void) | undefined

  constructor(root: string, isCodePath: (path: string) => boolean, maxBytes: number, onCodeCandidate?: (path: string) => void) {
    this.root = root
    this.isCodePath = isCodePath
    this.reader = new FileReader(maxBytes)
    this.onCodeCandidate = onCodeCandidate
  }

  scan(entry: ListedFile): void {
    const { result } = this
    const buf = this.reader.read(`${this.root}/${entry.path}`)
    if (buf === undefined || isBinary(buf)) return
    result.files++
    result.bytes += buf.length
    if (!entry.ignored && isCodeFile(entry.path) && CODE_KEYWORD_BYTES.some((k) => buf.includes(k)) && mayMatchCodeRules(buf.toString('utf8')) && this.isCodePath(entry.path)) {
      if (this.onCodeCandidate) this.onCodeCandidate(entry.path)
      else result.codeCandidates.push(entry.path)
    } else if (!entry.ignored && isOtherCodeFile(entry.path) && RETENTION_KEYWORD_BYTES.some((k) => buf.includes(k))) {
      const facts = retentionFactsOf(buf.toString('utf8'))
      // the test globs last: their matcher loads on first use, and most such files hold no fact
      if ((facts.deletes || facts.creates !== undefined) && this.isCodePath(entry.path)) {
        if (facts.deletes) result.deletesTranscripts = true
        const use = result.transcriptUse
        if (facts.creates !== undefined && (use === undefined || entry.path < use.file)) result.transcriptUse = { file: entry.path, ...facts.creates }
      }
    }
    // the unredacted copy turned on in another language or a config file (TS/JS: the code rules)
    let decoded: string | undefined
    if (!entry.ignored && !isCodeFile(entry.path) && UNREDACTED_KEYWORD_BYTES.some((k) => buf.includes(k)) && this.isCodePath(entry.path)) {
      decoded = buf.toString('utf8')
      const found = unredactedSettingsIn(entry.path, decoded).map(makeFinding)
      result.findings.push(...(found.length > 0 && hasIgnoreMarks(decoded) ? applyInlineIgnores(found, new LineIndex(decoded).numberedLine) : found))
    }
    if (!hasKeyCandidate(buf)) return
    const text = decoded ?? buf.toString('utf8')
    const env = isEnvFile(entry.path)
    const secrets = scanSecrets({ file: entry.path, text, scope: entry.ignored && !isBundleFile(entry.path) ? 'ignored-env' : 'tree' })
    if (secrets.keys.length === 0) return
    const lines = hasIgnoreMarks(text) ? new LineIndex(text) : undefined
    const lineText = (n: number): string | undefined => lines?.numberedLine(n)
    result.findings.push(...(lines === undefined ? secrets.findings : applyInlineIgnores(secrets.findings, lineText)))
    if (env)
      for (const k of secrets.keys) {
        // a key whose line carries an ignore comment does not count for reuse either
        const probe: Finding = { rule: 'key-reused-across-envs', severity: 'warning', file: k.file, line: k.line, column: k.column, message: '', fingerprint: '' }
        if (lines === undefined || applyInlineIgnores([probe], lineText).length === 1) result.envKeys.push(k)
      }
  }
}
