/**
 * Scans a stream of patch text (history or staged changes): rule 1 over added lines, and env files
 * appearing in a commit. Used in-process and inside the history workers.
 *
 * @module
 */
import type { Finding } from './audit-types.js'
import { makeFinding } from './fingerprint.js'
import { applyInlineIgnores, hasIgnoreMarks } from './inline-ignore.js'
import type { UnresolvedKeyLines } from './internal/history-blob-context.js'
import { isHexKey, KEY_CANDIDATE, looksLikeKey } from './internal/key-shape.js'
import { PatchParser, type PatchFile } from './internal/patch-parser.js'
import { isBundleFile, isEnvFile, isLockFile } from './path-kinds.js'
import { scanSecrets } from './secret-scan.js'

export interface PatchScanResult {
  /** Findings per commit id (every commit seen is a key, with an empty list when clean). */
  readonly byCommit: Map<string, Finding[]>
  readonly bytes: number
  /** Added line numbers per path (staged mode only). */
  readonly added: Map<string, Set<number>>
  /** Paths whose added lines hold a key-shaped token (staged mode only): worth reading whole. */
  readonly keyShaped: Set<string>
  /** History mode: added lines with a key-shaped hex value their added neighbours did not tie to AssemblyAI. */
  readonly unresolved: UnresolvedKeyLines[]
}

export interface PatchScanOptions {
  /** `history` -> key-in-history / env-committed; `staged` -> tree rules / env-not-ignored. */
  readonly mode: 'history' | 'staged'
  readonly onCommit?: (count: number) => void
}

export async function scanPatchStream(stream: AsyncIterable<Buffer | string>, options: PatchScanOptions): Promise<PatchScanResult> {
  const byCommit = new Map<string, Finding[]>()
  const envSeen = new Set<string>()
  const added = new Map<string, Set<number>>()
  const keyShaped = new Set<string>()
  const unresolved: UnresolvedKeyLines[] = []
  let bytes = 0
  let commits = 0
  const bucket = (commit: string): Finding[] => {
    let list = byCommit.get(commit)
    if (list === undefined) {
      list = []
      byCommit.set(commit, list)
    }
    return list
  }
  const commitId = (c: string): string | undefined => (options.mode === 'history' ? c : undefined)
  const parser = new PatchParser({
    commit(sha) {
      bucket(sha)
      commits++
      if (options.onCommit && (commits & 127) === 0) options.onCommit(commits)
    },
    path(commit, path, added) {
      if (!isEnvFile(path)) return
      const key = `${commit}\0${path}`
      if (envSeen.has(key)) return
      envSeen.add(key)
      const rule = options.mode === 'history' ? 'env-committed' : 'env-not-ignored'
      const message =
        options.mode === 'history'
          ? `${path} was ${added ? 'added' : 'changed'} in commit ${commit.slice(0, 12)}: its content stays in the history`
          : `${path} is staged: committing it puts its secrets in every clone`
      bucket(commit).push(makeFinding({ rule, file: path, line: 1, column: 1, message, subject: path, commit: commitId(commit) }))
    },
    file(f: PatchFile) {
      if (options.mode === 'staged') {
        added.set(f.path, new Set(f.lineNumbers))
        KEY_CANDIDATE.lastIndex = 0
        if (KEY_CANDIDATE.test(f.text)) keyShaped.add(f.path)
      }
      const { findings } = scanSecrets({ file: f.path, text: f.text, scope: options.mode, lineNumbers: f.lineNumbers, commit: commitId(f.commit) ?? '' })
      if (options.mode === 'history') {
        const lines = uncoveredKeyLines(f, findings)
        if (lines.length > 0) unresolved.push({ commit: f.commit, path: f.path, lines })
      }
      if (findings.length === 0) return
      const kept = options.mode === 'staged' ? findings.map(({ commit: _c, ...rest }) => rest) : findings
      bucket(f.commit).push(...(hasIgnoreMarks(f.text) ? applyInlineIgnores(kept, lineLookup(f)) : kept))
    },
  }, { keyCandidatesOnly: options.mode === 'history' })
  for await (const chunk of stream) {
    const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
    bytes += data.length
    parser.push(data)
  }
  parser.end()
  return { byCommit, bytes, added, keyShaped, unresolved }
}

/**
 * The added lines of `f` holding a value shaped like a real key (hex, random-looking) that no finding
 * covers, as file line numbers; none for lock files and bundles, whose rules need no neighbours.
 */
function uncoveredKeyLines(f: PatchFile, findings: readonly Finding[]): number[] {
  if (isLockFile(f.path) || isBundleFile(f.path)) return []
  const covered = new Set(findings.map((x) => x.line))
  const lines: number[] = []
  let index = 0
  let lineStart = 0
  KEY_CANDIDATE.lastIndex = 0
  for (let m = KEY_CANDIDATE.exec(f.text); m !== null; m = KEY_CANDIDATE.exec(f.text)) {
    if (!isHexKey(m[0]) || !looksLikeKey(m[0])) continue
    // (the line of the match: count the line breaks passed since the last one)
    for (let nl = f.text.indexOf('\n', lineStart); nl >= 0 && nl < m.index; nl = f.text.indexOf('\n', lineStart)) {
      index++
      lineStart = nl + 1
    }
    const line = f.lineNumbers[index]
    if (line !== undefined && !covered.has(line) && lines[lines.length - 1] !== line) lines.push(line)
  }
  return lines
}

function lineLookup(f: PatchFile): (line: number) => string | undefined {
  const lines = f.text.split('\n')
  const byNumber = new Map<number, string>()
  f.lineNumbers.forEach((n, i) => byNumber.set(n, lines[i] ?? ''))
  return (n) => byNumber.get(n)
}
