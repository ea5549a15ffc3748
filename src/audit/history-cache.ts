/**
 * The history cache: findings per scanned commit, under `<git dir>/voxguard-audit-cache/`, in a file
 * named for the rules version (a rules change starts a fresh cache). It holds fingerprints and
 * masked messages only, never a secret. A corrupt cache is ignored and rewritten.
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
