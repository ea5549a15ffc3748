/**
 * The history cache, under `<git dir>/voxguard-audit-cache/`, in files named for the rules version (a
 * rules change starts a fresh cache): findings per scanned commit, so a re-run scans only new commits;
 * and the results of the last few scans keyed by their range's tips (`history-range.ts`), so a re-run
 * over unchanged refs reads one small file and walks nothing. Both hold fingerprints and masked
 * messages only, never a secret. A corrupt cache is ignored and rewritten.
 *
 * @module
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Finding } from './audit-types.js'
import { RULES_VERSION } from './rule-catalog.js'

export interface HistoryCache {
  readonly file: string
  readonly commits: Map<string, Finding[]>
}

export function cacheFile(gitDir: string): string {
  return join(gitDir, 'voxguard-audit-cache', `history-rules-v${RULES_VERSION}.json`)
}

export function loadHistoryCache(gitDir: string): HistoryCache {
  const file = cacheFile(gitDir)
  const commits = new Map<string, Finding[]>()
  try {
    const doc = JSON.parse(readFileSync(file, 'utf8')) as { rulesVersion?: unknown; clean?: unknown; findings?: unknown }
    if (doc.rulesVersion === RULES_VERSION && Array.isArray(doc.clean) && typeof doc.findings === 'object' && doc.findings !== null) {
      for (const sha of doc.clean) if (typeof sha === 'string') commits.set(sha, [])
      for (const [sha, list] of Object.entries(doc.findings as Record<string, unknown>)) if (Array.isArray(list)) commits.set(sha, list as Finding[])
    }
  } catch {
    // no cache yet, or unreadable: start empty
  }
  return { file, commits }
}

export function saveHistoryCache(cache: HistoryCache): void {
  const clean: string[] = []
  const findings: Record<string, Finding[]> = {}
  for (const [sha, list] of cache.commits) {
    if (list.length === 0) clean.push(sha)
    else findings[sha] = list
  }
  mkdirSync(join(cache.file, '..'), { recursive: true })
  const tmp = `${cache.file}.${process.pid}.tmp`
  writeFileSync(tmp, JSON.stringify({ rulesVersion: RULES_VERSION, clean, findings }))
  renameSync(tmp, cache.file)
}

/** The result of one scan of a range, keyed by the range's tips. */
export interface RangeResult {
  readonly key: string
  readonly commits: number
  readonly findings: Finding[]
}

/** How many keyed results are kept (a full scan and a few `--since` ranges). */
const KEPT_RESULTS = 8

export function resultsFile(gitDir: string): string {
  return join(gitDir, 'voxguard-audit-cache', `history-rules-v${RULES_VERSION}.results.json`)
}

function loadResults(gitDir: string): RangeResult[] {
  try {
    const doc = JSON.parse(readFileSync(resultsFile(gitDir), 'utf8')) as { rulesVersion?: unknown; results?: unknown }
    if (doc.rulesVersion !== RULES_VERSION || !Array.isArray(doc.results)) return []
    return (doc.results as unknown[]).filter(
      (r): r is RangeResult =>
        typeof r === 'object' && r !== null && typeof (r as RangeResult).key === 'string' && typeof (r as RangeResult).commits === 'number' && Array.isArray((r as RangeResult).findings),
    )
  } catch {
    return []
  }
}

/** The stored result for these tips, if the last scans saw them. */
export function loadRangeResult(gitDir: string, key: string): RangeResult | undefined {
  return loadResults(gitDir).find((r) => r.key === key)
}

export function saveRangeResult(gitDir: string, result: RangeResult): void {
  const results = [result, ...loadResults(gitDir).filter((r) => r.key !== result.key)].slice(0, KEPT_RESULTS)
  const file = resultsFile(gitDir)
  mkdirSync(join(file, '..'), { recursive: true })
  const tmp = `${file}.${process.pid}.tmp`
  writeFileSync(tmp, JSON.stringify({ rulesVersion: RULES_VERSION, results }))
  renameSync(tmp, file)
}
