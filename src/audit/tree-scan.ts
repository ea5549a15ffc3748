/**
 * Scans the listed files of a tree: the per-file pass (rule 1 and its variants, env keys) split over
 * worker threads for large trees, then the code rules on the few files that mention their keywords,
 * then the cross-file rules (env not ignored, key reuse, retention).
 *
 * @module
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import picomatch from 'picomatch'
import type { AuditConfig, Finding } from './audit-types.js'
import { createCodeFileChecker, type CodeFileChecker } from './code-files.js'
import { envNotIgnored, keyReuse } from './env-rules.js'
import type { FileListing, ListedFile } from './file-lister.js'
import { makeFinding } from './fingerprint.js'
import { isBundleFile, isCodeFile } from './path-kinds.js'
import { scanBatch, type BatchResult } from './tree-batch.js'

export interface TreeScanOptions {
  readonly config: AuditConfig
  /** Run the code rules on test files too (`--include-tests`). */
  readonly includeTests?: boolean
  /** Files larger than this are skipped (default 10 MiB). */
  readonly maxFileBytes?: number
  /** Threads for the per-file pass (default: one per core for trees over 3,000 files; 1 = main thread only). */
  readonly workers?: number
  readonly onProgress?: (done: number, total: number) => void
  /**
   * Tracked files worth reading (from `git grep`); the other tracked files hold neither a key-shaped
   * token nor a code-rule keyword. Untracked and ignored files (bundles, env files) are always read.
   * Undefined: read every listed file.
   */
  readonly candidates?: ReadonlySet<string> | undefined
}

export interface TreeScanResult {
  readonly findings: Finding[]
  readonly files: number
  readonly bytes: number
}

const WORKER_URL = new URL('./internal/tree-worker.js', import.meta.url)
const FILES_PER_WORKER = 1500

export async function scanTree(root: string, listing: FileListing, options: TreeScanOptions): Promise<TreeScanResult> {
  const { config } = options
  const maxBytes = options.maxFileBytes ?? 10 * 1024 * 1024
  const hasExcludes = config.exclude.length > 0
  const excluded = hasExcludes ? picomatch([...config.exclude], { dot: true }) : () => false
  const keep = (f: ListedFile): boolean => !excluded(f.path)
  const includeTests = options.includeTests ?? config.includeTests
  const candidates = options.candidates
  const others = listing.others.filter(keep)
  // with git grep's candidates and no excludes, tracked paths are never decoded: only counted
  const lean = candidates !== undefined && !hasExcludes
  const tracked = lean ? undefined : listing.tracked().filter(keep)
  const trackedCount = tracked?.length ?? listing.trackedCount
  const trackedToRead =
    candidates === undefined
      ? (tracked ?? [])
      : lean
        ? [...candidates].map((path) => ({ path, tracked: true, ignored: false }))
        : (tracked ?? []).filter((e) => candidates.has(e.path))
  const toRead = [...others, ...trackedToRead]
  const envCandidates = tracked === undefined ? [...listing.trackedEnvFiles, ...others] : [...tracked, ...others]
  // code rules: only the files whose bytes mention a keyword, parsed (in a worker when built) while the pass goes on
  const checker = createCodeFileChecker(root, config.maxTokenTtlSeconds, true)
  let batches: BatchResult[]
  try {
    batches = await scanBatches(root, toRead, { ...options, includeTests, maxBytes }, checker)
  } catch (error) {
    checker.dispose()
    throw error
  }
  const findings: Finding[] = []
  const envKeys = batches.flatMap((b) => b.envKeys)
  // with the git prefilter, files git ruled out count as scanned (git read them), bytes only what voxguard read
  let files = trackedCount + others.length - toRead.length
  let bytes = 0
  for (const b of batches) {
    findings.push(...b.findings)
    files += b.files
    bytes += b.bytes
  }
  const code = await checker.finish()
  findings.push(...code.findings)
  const usesTranscripts = code.usesTranscripts
  const deletes = code.deletes
  if (listing.gitTop !== undefined) findings.push(...envNotIgnored(envCandidates))
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

interface BatchOptions extends TreeScanOptions {
  readonly includeTests: boolean
  readonly maxBytes: number
}

async function scanBatches(root: string, entries: readonly ListedFile[], options: BatchOptions, checker: CodeFileChecker): Promise<BatchResult[]> {
  const total = entries.length
  const workerFile = fileURLToPath(WORKER_URL)
  const threads = Math.max(
    1,
    options.workers ?? Math.min(availableParallelism(), Math.floor(total / FILES_PER_WORKER)),
  )
  const done = new Array<number>(threads).fill(0)
  const report = (i: number, n: number): void => {
    done[i] = n
    options.onProgress?.(done.reduce((a, b) => a + b, 0), total)
  }
  const isTest = picomatch([...options.config.testPatterns], { dot: true })
  const isCodePath = (p: string): boolean => isCodeFile(p) && !isBundleFile(p) && (options.includeTests || !isTest(p))
  const onCandidate = (p: string): void => checker.add(p)
  if (threads === 1 || !existsSync(workerFile)) return [scanBatch(root, entries, isCodePath, options.maxBytes, (n) => report(0, n), onCandidate)]
  // interleave so each thread gets a similar mix of directories and file sizes
  const parts: ListedFile[][] = Array.from({ length: threads }, () => [])
  entries.forEach((e, i) => parts[i % threads]?.push(e))
  const inWorkers = parts.slice(1).map(
    (part, w) =>
      new Promise<BatchResult>((resolve, reject) => {
        const worker = new Worker(workerFile, {
          workerData: { root, entries: part, testPatterns: [...options.config.testPatterns], includeTests: options.includeTests, maxBytes: options.maxBytes },
        })
        worker.on('message', (msg: { type: string; done?: number; result?: BatchResult }) => {
          if (msg.type === 'progress' && msg.done !== undefined) report(w + 1, msg.done)
          else if (msg.type === 'done' && msg.result) {
            for (const p of msg.result.codeCandidates) checker.add(p)
            resolve(msg.result)
          }
        })
        worker.on('error', reject)
        worker.on('exit', (code) => {
          if (code !== 0) reject(new Error(`tree worker exited with ${code}`))
        })
      }),
  )
  const mine = scanBatch(root, parts[0] ?? [], isCodePath, options.maxBytes, (n) => report(0, n), onCandidate)
  return [mine, ...(await Promise.all(inWorkers))]
}
