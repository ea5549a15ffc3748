/**
 * Rules 2 (`env-committed`) and 3 (`key-in-history`) over git history: lists the commits
 * (`git rev-list`), skips those already in the cache, and splits the rest across one worker thread
 * per core, each streaming `git log -p -U0` for its share. Without built workers (running from
 * TypeScript sources) the same scan runs in-process.
 *
 * @module
 */
import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import { ValidationError } from '../errors.js'
import type { Finding } from './audit-types.js'
import type { GitRunner } from './git-runner.js'
import { loadHistoryCache, saveHistoryCache } from './history-cache.js'
import { logPatchArgs, scanCommits } from './internal/history-chunk.js'

export interface HistoryScanOptions {
  readonly root: string
  readonly git: GitRunner
  /** Only commits reachable from HEAD and not from this ref. */
  readonly since?: string | undefined
  /** Worker threads (default: one per core); 0 scans in-process. */
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
const MIN_COMMITS_PER_WORKER = 2500

export async function scanHistory(options: HistoryScanOptions): Promise<HistoryScanResult> {
  const { git, root } = options
  const range = options.since !== undefined ? [`${options.since}..HEAD`] : ['--all']
  // independent git questions, asked at once: each spawn costs more than its answer
  const [gitDirResult, check, list] = await Promise.all([
    git.run(['rev-parse', '--git-common-dir'], root),
    options.since !== undefined ? git.run(['rev-parse', '--verify', '--quiet', `${options.since}^{commit}`], root) : undefined,
    git.run(['rev-list', ...range], root),
  ])
  if (gitDirResult.code !== 0) throw new ValidationError(`${root} is not inside a git repository (needed for --history/--since)`, { field: 'path' })
  if (check !== undefined && check.code !== 0) throw new ValidationError(`--since ${options.since ?? ''}: no such commit or ref`, { field: 'since' })
  if (list.code !== 0) throw new ValidationError(`git rev-list failed: ${list.stderr.trim().split('\n')[0] ?? ''}`)
  const rawGitDir = gitDirResult.stdout.toString('utf8').trim()
  const gitDir = isAbsolute(rawGitDir) ? rawGitDir : join(root, rawGitDir)
  const commits = list.stdout.toString('utf8').split('\n').filter((s) => s.length > 0)
  const useCache = options.useCache ?? true
  const cache = useCache ? loadHistoryCache(gitDir) : { file: '', commits: new Map<string, Finding[]>() }
  const todo = commits.filter((c) => !cache.commits.has(c))
  let bytes = 0
  if (todo.length > 0) {
    const results = await scanInParallel(git, root, todo, options)
    for (const r of results) {
      bytes += r.bytes
      for (const [sha, list] of r.byCommit) cache.commits.set(sha, list)
    }
    for (const sha of todo) if (!cache.commits.has(sha)) cache.commits.set(sha, [])
    if (useCache) saveHistoryCache(cache)
  }
  const findings = commits.flatMap((c) => cache.commits.get(c) ?? [])
  return { findings, commits: commits.length, scanned: todo.length, bytes }
}

interface ChunkResult {
  readonly byCommit: Iterable<[string, Finding[]]>
  readonly bytes: number
}

async function scanInParallel(git: GitRunner, root: string, todo: readonly string[], options: HistoryScanOptions): Promise<ChunkResult[]> {
  const wanted = options.workers ?? availableParallelism()
  const workerFile = fileURLToPath(WORKER_URL)
  // explicit --workers is obeyed; by default small histories stay in-process (a worker costs a start-up)
  const n = options.workers !== undefined ? wanted : Math.min(wanted, Math.floor(todo.length / MIN_COMMITS_PER_WORKER))
  let done = 0
  const progress = (delta: number): void => {
    done += delta
    options.onProgress?.(Math.min(done, todo.length), todo.length)
  }
  if (n <= (options.workers !== undefined ? 0 : 1) || !existsSync(workerFile)) {
    let last = 0
    const r = await scanCommits(git, root, todo, logPatchArgs(), (c) => {
      progress(c - last)
      last = c
    })
    return [r]
  }
  const size = Math.ceil(todo.length / n)
  const chunks: string[][] = []
  for (let i = 0; i < todo.length; i += size) chunks.push(todo.slice(i, i + size))
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
