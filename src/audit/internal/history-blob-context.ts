/**
 * History's added lines are read without the lines around them (`git log -p -U0`), so a key whose
 * context did not change in its commit is seen alone: a rotated key's new value under an unchanged
 * `apiKey:` line, or the value on the line after a name. Such values are re-read here in their file as
 * it stood in that commit (`git cat-file --batch-check` for the sizes, then `--batch`), with the tree
 * scan's rules, and reported on their added lines only.
 *
 * @module
 */
import type { Finding } from '../audit-types.js'
import type { GitRunner } from '../git-runner.js'
import { applyInlineIgnores, hasIgnoreMarks } from '../inline-ignore.js'
import { scanSecrets } from '../secret-scan.js'

/** A commit's file with added lines holding a key-shaped value no finding covered. */
export interface UnresolvedKeyLines {
  readonly commit: string
  readonly path: string
  /** 1-based line numbers in the file as of the commit. */
  readonly lines: readonly number[]
}

/** Files read back at most per chunk of history: a history of generated hashes must not turn into a blob walk. */
export const MAX_BLOBS = 2000
/** Bytes of one file read back at most (larger ones are data, not code someone wrote a key into). */
const MAX_BLOB_BYTES = 2 * 1024 * 1024

/** Bytes read back at most per chunk of history, all files together. */
const MAX_TOTAL_BYTES = 64 * 1024 * 1024

/** Reads each file at its commit and adds the findings on its unresolved lines to `byCommit`. */
export async function resolveInBlobs(git: GitRunner, cwd: string, unresolved: readonly UnresolvedKeyLines[], byCommit: Map<string, Finding[]>): Promise<void> {
  const candidates = unresolved.filter((u) => !u.path.includes('\n')).slice(0, MAX_BLOBS)
  if (candidates.length === 0) return
  // sizes first (`<oid> blob <size>`, or `<name> missing`), so no large file is ever read into memory
  const check = await git.run(['cat-file', '--batch-check'], cwd, candidates.map((u) => `${u.commit}:${u.path}\n`).join(''))
  if (check.code !== 0) return
  const todo: { readonly u: UnresolvedKeyLines; readonly oid: string }[] = []
  let total = 0
  check.stdout.toString('utf8').split('\n').forEach((header, i) => {
    const m = /^([0-9a-f]+) blob (\d+)$/.exec(header)
    const u = candidates[i]
    if (m === null || u === undefined) return
    const bytes = Number(m[2])
    if (bytes > MAX_BLOB_BYTES || total + bytes > MAX_TOTAL_BYTES) return
    total += bytes
    todo.push({ u, oid: m[1] as string })
  })
  if (todo.length === 0) return
  const result = await git.run(['cat-file', '--batch'], cwd, todo.map((t) => `${t.oid}\n`).join(''))
  if (result.code !== 0) return
  const out = result.stdout
  let at = 0
  for (const { u } of todo) {
    const headerEnd = out.indexOf(10, at)
    if (headerEnd < 0) return
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(out.subarray(at, headerEnd).toString('utf8'))?.[1]
    if (size === undefined) return
    at = headerEnd + 1
    const bytes = Number(size)
    const content = out.subarray(at, at + bytes)
    at += bytes + 1
    if (content.includes(0)) continue
    const text = content.toString('utf8')
    const wanted = new Set(u.lines)
    const { findings } = scanSecrets({ file: u.path, text, scope: 'history', commit: u.commit })
    const kept = findings.filter((f) => wanted.has(f.line))
    if (kept.length === 0) continue
    const lines = text.split('\n')
    const list = byCommit.get(u.commit) ?? []
    list.push(...(hasIgnoreMarks(text) ? applyInlineIgnores(kept, (n) => lines[n - 1]) : kept))
    byCommit.set(u.commit, list)
  }
}
