/**
 * Rules 2 (`env-committed`) and 3 (`key-in-history`) over git history. When the range's tips are the
 * ones a previous scan saw, its result is returned as it is (no history walk). Otherwise lists the
 * commits (`git rev-list`), skips those already in the per-commit cache, and streams
 * `git log -p -U0` for the rest, parsed in the calling thread (with `workers` set, one worker thread
 * and one `git log` per share).
 *
 * @module
 */
import { existsSync } from 'node:fs'
import { isAbsolute, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { ValidationError } from '../errors.js'
import type { Finding } from './audit-types.js'
import type { GitRunner } from './git-runner.js'
import { loadHistoryCache, loadRangeResult, saveHistoryCache, saveRangeResult } from './history-cache.js'
import { probeRange } from './history-range.js'
import { logPatchArgs, scanCommits } from './internal/history-chunk.js'

export interface HistoryScanOptions {
  readonly root: string
  readonly git: GitRunner
  /** Only commits reachable from HEAD and not from this ref. */
  readonly since?: string | undefined
  /** Worker threads, each running its own `git log` over a share of the commits. Default (and 0): one `git log`, parsed in the calling thread. */
  readonly workers?: number | undefined
  /** Read and write the cache (default true). */
  readonly useCache?: boolean | undefined
  readonly onProgress?: ((done: number, total: number) => void) | undefined
}

export interface HistoryScanResult {
  readonly findings: Finding[]
  /** Commits in the range. */
  readonly commits: number
  /** Commits actually scanned this run (the rest came from the cache). */
  readonly scanned: number
  readonly bytes: number
}

const WORKER_URL = new URL('./internal/history-worker.js', import.meta.url)

export async function scanHistory(options: HistoryScanOptions): Promise<HistoryScanResult> {
  const { git, root } = options
  if (options.since?.startsWith('-')) throw new ValidationError(`--since ${options.since}: not a commit or ref`, { field: 'since' })
  const useCache = options.useCache ?? true
  // warm path: unchanged tips mean unchanged commits, so the last result stands (one rev-parse, one small file)
  const probe = useCache ? await probeRange(git, root, options.since) : undefined
  if (probe?.key !== undefined) {
    const known = loadRangeResult(probe.gitDir, probe.key)
    if (known !== undefined) return { findings: known.findings, commits: known.commits, scanned: 0, bytes: 0 }
  }
  const range = options.since !== undefined ? [`${options.since}..HEAD`] : ['--all']
  // independent git questions, asked at once: each spawn costs more than its answer (the probe answered the first two)
  const [gitDirResult, check, list] = await Promise.all([
    probe === undefined ? git.run(['rev-parse', '--git-common-dir'], root) : undefined,
    probe === undefined && options.since !== undefined ? git.run(['rev-parse', '--verify', '--quiet', `${options.since}^{commit}`], root) : undefined,
    git.run(['rev-list', ...range], root),
  ])
  if (gitDirResult !== undefined && gitDirResult.code !== 0) throw new ValidationError(`${root} is not inside a git repository (needed for --history/--since)`, { field: 'path' })
  if (check !== undefined && check.code !== 0) throw new ValidationError(`--since ${options.since ?? ''}: no such commit or ref`, { field: 'since' })
  if (list.code !== 0) throw new ValidationError(`git rev-list failed: ${list.stderr.trim().split('\n')[0] ?? ''}`)
  const gitDir = probe?.gitDir ?? absoluteGitDir(root, gitDirResult?.stdout.toString('utf8').trim() ?? '.git')
  const commits = list.stdout.toString('utf8').split('\n').filter((s) => s.length > 0)
  const cache = useCache ? loadHistoryCache(gitDir) : { file: '', commits: new Map<string, Finding[]>() }
  const todo = commits.filter((c) => !cache.commits.has(c))
  let bytes = 0
  if (todo.length > 0) {
    const results = await scanTodo(git, root, todo, options)
    for (const r of results) {
      bytes += r.bytes
      for (const [sha, list] of r.byCommit) cache.commits.set(sha, list)
    }
    for (const sha of todo) if (!cache.commits.has(sha)) cache.commits.set(sha, [])
    if (useCache) saveHistoryCache(cache)
  }
  const findings = commits.flatMap((c) => cache.commits.get(c) ?? [])
  if (probe?.key !== undefined) saveRangeResult(gitDir, { key: probe.key, commits: commits.length, findings })
  return { findings, commits: commits.length, scanned: todo.length, bytes }
}

function absoluteGitDir(root: string, raw: string): string {
  return isAbsolute(raw) ? raw : join(root, raw)
}

interface ChunkResult {
  readonly byCommit: Iterable<[string, Finding[]]>
  readonly bytes: number
}

async function scanTodo(git: GitRunner, root: string, todo: readonly string[], options: HistoryScanOptions): Promise<ChunkResult[]> {
  let done = 0
  const progress = (delta: number): void => {
    done += delta
    options.onProgress?.(Math.min(done, todo.length), todo.length)
  }
  const workerFile = fileURLToPath(WORKER_URL)
  if (options.workers !== undefined && options.workers > 0 && existsSync(workerFile)) return inWorkers(workerFile, root, split(todo, options.workers), progress)
  // by default one `git log`, parsed here: parsing is now light next to git's diffs, and extra git
  // processes (or worker threads) measured slower on the shared 2-core machine, where no core is idle
  let last = 0
  const result = await scanCommits(git, root, todo, logPatchArgs(), (c) => {
    progress(c - last)
    last = c
  })
  return [result]
}

/** `n` contiguous shares of the list (rev-list order keeps each share's commits close in the object store). */
function split(todo: readonly string[], n: number): string[][] {
  const size = Math.ceil(todo.length / n)
  const chunks: string[][] = []
  for (let i = 0; i < todo.length; i += size) chunks.push(todo.slice(i, i + size))
  return chunks
}

function inWorkers(workerFile: string, root: string, chunks: readonly string[][], progress: (delta: number) => void): Promise<ChunkResult[]> {
  return Promise.all(
    chunks.map(
      (commits) =>
        new Promise<ChunkResult>((resolve, reject) => {
          const worker = new Worker(workerFile, { workerData: { cwd: root, commits } })
          let last = 0
          worker.on('message', (msg: { type: string; commits?: number; byCommit?: [string, Finding[]][]; bytes?: number }) => {
            if (msg.type === 'progress' && msg.commits !== undefined) {
              progress(msg.commits - last)
              last = msg.commits
            } else if (msg.type === 'done') resolve({ byCommit: msg.byCommit ?? [], bytes: msg.bytes ?? 0 })
          })
          worker.on('error', reject)
          worker.on('exit', (code) => {
            if (code !== 0) reject(new Error(`history worker exited with ${code}`))
          })
        }),
    ),
  )
}
