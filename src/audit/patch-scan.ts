/**
 * Scans a stream of patch text (history or staged changes): rule 1 over added lines, and env files
 * appearing in a commit. Used in-process and inside the history workers.
 *
 * @module
 */
import type { Finding } from './audit-types.js'
import { makeFinding } from './fingerprint.js'
import { applyInlineIgnores, hasIgnoreMarks } from './inline-ignore.js'
import { KEY_CANDIDATE } from './internal/key-shape.js'
import { PatchParser, type PatchFile } from './internal/patch-parser.js'
import { isEnvFile } from './path-kinds.js'
import { scanSecrets } from './secret-scan.js'

export interface PatchScanResult {
  /** Findings per commit id (every commit seen is a key, with an empty list when clean). */
  readonly byCommit: Map<string, Finding[]>
  readonly bytes: number
  /** Added line numbers per path (staged mode only). */
  readonly added: Map<string, Set<number>>
  /** Paths whose added lines hold a key-shaped token (staged mode only): worth reading whole. */
  readonly keyShaped: Set<string>
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
  return { byCommit, bytes, added, keyShaped }
}

function lineLookup(f: PatchFile): (line: number) => string | undefined {
  const lines = f.text.split('\n')
  const byNumber = new Map<number, string>()
  f.lineNumbers.forEach((n, i) => byNumber.set(n, lines[i] ?? ''))
  return (n) => byNumber.get(n)
}
