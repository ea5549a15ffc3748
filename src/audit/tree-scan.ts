/**
 * Scans the listed files of a tree: the per-file pass (rule 1 and its variants, env keys) split over
 * worker threads for large trees, then the code rules on the few files that mention their keywords,
 * then the cross-file rules (env not ignored, key reuse, retention).
 *
 * @module
 */
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import type { Worker as WorkerType } from 'node:worker_threads'
import type picomatchType from 'picomatch'
import type { AuditConfig, Finding } from './audit-types.js'
import { createCodeFileChecker, type CodeFileChecker } from './code-files.js'
import { envNotIgnored, keyReuse } from './env-rules.js'
import type { FileListing, ListedFile } from './file-lister.js'
import { makeFinding } from './fingerprint.js'
import { isBundleFile, isCodeFile, isSettingsFile } from './path-kinds.js'
import { isOtherCodeFile } from './retention-facts.js'
import { BatchScanner, scanBatch, type BatchResult } from './tree-batch.js'
import type { CandidateStream } from './git-prefilter.js'

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
   * Tracked files worth reading (from `git grep`); the other tracked files hold neither a word that
   * ties a key to AssemblyAI nor a code-rule keyword. Tracked bundles, untracked and ignored files
   * (bundles, env files) are always read.
   * A stream is read as git prints it: its files are scanned while git is still searching. Undefined
   * (or a stream that ends without an answer): read every listed file.
   */
  readonly candidates?: ReadonlySet<string> | CandidateStream | undefined
}

export interface TreeScanResult {
  readonly findings: Finding[]
  readonly files: number
  readonly bytes: number
}

const WORKER_URL = new URL('./internal/tree-worker.js', import.meta.url)
// loaded on first use: most scans never match a glob (no excludes, no code file with a keyword) nor
// start a thread, and these modules would load while git grep needs the CPU
const require = createRequire(import.meta.url)
let picomatchModule: typeof picomatchType | undefined
const globMatcher = (globs: readonly string[]): ((path: string) => boolean) => {
  let match: ((path: string) => boolean) | undefined
  return (path) => (match ??= (picomatchModule ??= require('picomatch') as typeof picomatchType)([...globs], { dot: true }))(path)
}
const newWorker = (file: string, options: ConstructorParameters<typeof WorkerType>[1]): WorkerType =>
  new (require('node:worker_threads') as typeof import('node:worker_threads')).Worker(file, options)
const FILES_PER_WORKER = 1500
/** Streamed candidates scanned per turn of the event loop (git's output keeps being read in between). */
const STREAM_SLICE = 64

export async function scanTree(root: string, listingOrPromise: FileListing | Promise<FileListing>, options: TreeScanOptions): Promise<TreeScanResult> {
  const { config } = options
  const maxBytes = options.maxFileBytes ?? 10 * 1024 * 1024
  const hasExcludes = config.exclude.length > 0
  const excluded = hasExcludes ? globMatcher(config.exclude) : () => false
  const keep = (f: ListedFile): boolean => !excluded(f.path)
  const includeTests = options.includeTests ?? config.includeTests
  const isTest = globMatcher(config.testPatterns)
  const isCodePath = (p: string): boolean => (isCodeFile(p) || isOtherCodeFile(p) || isSettingsFile(p)) && !isBundleFile(p) && (includeTests || !isTest(p))
  // code rules: only the files whose bytes mention a keyword, parsed (in a worker when built) while the pass goes on
  const checker = createCodeFileChecker(root, config.maxTokenTtlSeconds, true)
  const stream = options.candidates !== undefined && !isCandidateSet(options.candidates) ? options.candidates : undefined
  const early = stream === undefined ? undefined : new EarlyScan(stream, new BatchScanner(root, isCodePath, maxBytes, (p) => checker.add(p)), excluded, options.onProgress)
  let batches: BatchResult[]
  // with the git prefilter, files git ruled out count as scanned (git read them), bytes only what voxguard read
  let unread: number
  let envCandidates: ListedFile[]
  let gitTop: string | undefined
  try {
    const [listing, answered] = await Promise.all([listingOrPromise, stream?.result ?? options.candidates])
    gitTop = listing.gitTop
    const candidates = listing.gitTop === undefined ? undefined : (answered as ReadonlySet<string> | undefined)
    const others = listing.others.filter(keep)
    // with git grep's candidates and no excludes, tracked paths are never decoded: only counted
    const lean = candidates !== undefined && !hasExcludes
    const tracked = lean ? undefined : listing.tracked().filter(keep)
    const trackedCount = tracked?.length ?? listing.trackedCount
    const scanned = early?.stop()
    let trackedToRead: ListedFile[]
    if (candidates === undefined) trackedToRead = (tracked ?? []).filter((e) => scanned?.has(e.path) !== true)
    else if (early !== undefined) trackedToRead = early.backlog().map((path) => ({ path, tracked: true, ignored: false }))
    else trackedToRead = lean ? [...candidates].map((path) => ({ path, tracked: true, ignored: false })) : (tracked ?? []).filter((e) => candidates.has(e.path))
    // git grep looks for the words that tie a key to AssemblyAI; in a built bundle any key-shaped value counts
    if (candidates !== undefined) for (const b of listing.trackedBundleFiles) if (!candidates.has(b.path) && keep(b)) trackedToRead.push(b)
    const toRead = [...others, ...trackedToRead]
    unread = trackedCount + others.length - toRead.length - (early?.read ?? 0)
    envCandidates = tracked === undefined ? [...listing.trackedEnvFiles, ...others] : [...tracked, ...others]
    const before = early?.read ?? 0
    const onProgress = options.onProgress
    const shifted = onProgress === undefined ? {} : { onProgress: (d: number, t: number): void => onProgress(before + d, before + t) }
    batches = await scanBatches(root, toRead, { ...options, ...shifted, includeTests, maxBytes }, isCodePath, checker)
    if (early !== undefined) batches.push(early.result)
  } catch (error) {
    checker.dispose()
    throw error
  }
  const findings: Finding[] = []
  const envKeys = batches.flatMap((b) => b.envKeys)
  let files = unread
  let bytes = 0
  for (const b of batches) {
    findings.push(...b.findings)
    files += b.files
    bytes += b.bytes
  }
  const code = await checker.finish()
  findings.push(...code.findings)
  // rule 8 over every language: the code rules' facts (TypeScript/JavaScript), then the other languages'
  const otherUse = batches.map((b) => b.transcriptUse).filter((u) => u !== undefined).sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))[0]
  const usesTranscripts = code.usesTranscripts ?? otherUse
  const deletes = code.deletes || batches.some((b) => b.deletesTranscripts)
  if (gitTop !== undefined) findings.push(...envNotIgnored(envCandidates))
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

function isCandidateSet(c: ReadonlySet<string> | CandidateStream): c is ReadonlySet<string> {
  return c instanceof Set
}

/**
 * Scans git grep's candidates while git still searches: a slice per turn of the event loop, so
 * reading git's output (and the listing) keeps going. `stop()` ends it once git has answered; what
 * was not reached yet (the backlog) goes to the batch pass, split over threads when large.
 */
class EarlyScan {
  private readonly queue: string[] = []
  private head = 0
  private scheduled = false
  private stopped = false
  private readonly scannedPaths = new Set<string>()
  /** Files handed to the scanner (not excluded). */
  read = 0
  readonly result: BatchResult
  private readonly scanner: BatchScanner
  private readonly excluded: (path: string) => boolean
  private readonly onProgress: ((done: number, total: number) => void) | undefined

  constructor(stream: CandidateStream, scanner: BatchScanner, excluded: (path: string) => boolean, onProgress: ((done: number, total: number) => void) | undefined) {
    this.scanner = scanner
    this.result = scanner.result
    this.excluded = excluded
    this.onProgress = onProgress
    stream.follow((paths) => {
      if (this.stopped) return
      for (const p of paths) this.queue.push(p)
      this.schedule()
    })
  }

  private schedule(): void {
    if (this.scheduled) return
    this.scheduled = true
    setImmediate(() => this.drain())
  }

  private drain(): void {
    this.scheduled = false
    if (this.stopped) return
    const stop = Math.min(this.queue.length, this.head + STREAM_SLICE)
    for (; this.head < stop; this.head++) {
      const path = this.queue[this.head] as string
      this.scannedPaths.add(path)
      if (this.excluded(path)) continue
      this.read++
      this.scanner.scan({ path, tracked: true, ignored: false })
    }
    this.onProgress?.(this.read, this.read + this.queue.length - this.head)
    if (this.head < this.queue.length) this.schedule()
  }

  /** Ends the early pass; returns the paths it went through. */
  stop(): ReadonlySet<string> {
    this.stopped = true
    return this.scannedPaths
  }

  /** Candidates not reached yet, excluded ones left out. */
  backlog(): string[] {
    return this.queue.slice(this.head).filter((p) => !this.excluded(p))
  }
}

interface BatchOptions extends TreeScanOptions {
  readonly includeTests: boolean
  readonly maxBytes: number
}

async function scanBatches(root: string, entries: readonly ListedFile[], options: BatchOptions, isCodePath: (p: string) => boolean, checker: CodeFileChecker): Promise<BatchResult[]> {
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
  const onCandidate = (p: string): void => checker.add(p)
  if (threads === 1 || !existsSync(workerFile)) return [scanBatch(root, entries, isCodePath, options.maxBytes, (n) => report(0, n), onCandidate)]
  // interleave so each thread gets a similar mix of directories and file sizes
  const parts: ListedFile[][] = Array.from({ length: threads }, () => [])
  entries.forEach((e, i) => parts[i % threads]?.push(e))
  const inWorkers = parts.slice(1).map(
    (part, w) =>
      new Promise<BatchResult>((resolve, reject) => {
        const worker = newWorker(workerFile, {
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
