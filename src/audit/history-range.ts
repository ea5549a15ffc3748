/**
 * What identifies the commits a history scan covers, asked of git without walking the history: the
 * tips of the range. A full scan (`rev-list --all`) covers every ref, HEAD and the HEAD of each
 * linked worktree; `--since X` covers `X..HEAD`. Commits are immutable, so the same tips mean the
 * same commits, and the result of the last scan of those tips can be reused as it is. A shallow
 * repository gets no key: deepening it adds commits without moving any tip.
 *
 * @module
 */
import { createHash } from 'node:crypto'
import { isAbsolute, join } from 'node:path'
import type { GitRunner } from './git-runner.js'

export interface RangeProbe {
  /** The repository's common git directory (where the cache lives). */
  readonly gitDir: string
  /** sha256 of the range's tips, or undefined when the range cannot be keyed (shallow clone). */
  readonly key: string | undefined
}

const OBJECT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/

/**
 * One `git rev-parse` (plus `git worktree list` for a full scan, at the same time). Undefined when git
 * cannot answer (not a repository, no commit yet, an unknown `since`): the caller's full path then
 * reports the precise error.
 */
export async function probeRange(git: GitRunner, root: string, since: string | undefined): Promise<RangeProbe | undefined> {
  const tips = since !== undefined ? [`${since}^{commit}`, 'HEAD'] : ['--all', 'HEAD']
  const [parsed, worktrees] = await Promise.all([
    git.run(['rev-parse', '--git-common-dir', '--is-shallow-repository', ...tips], root),
    since === undefined ? git.run(['worktree', 'list', '--porcelain'], root) : undefined,
  ])
  if (parsed.code !== 0) return undefined
  const [rawGitDir, shallow, ...ids] = parsed.stdout.toString('utf8').split('\n').filter((l) => l.length > 0)
  if (rawGitDir === undefined || ids.length === 0 || !ids.every((id) => OBJECT_ID.test(id))) return undefined
  const gitDir = isAbsolute(rawGitDir) ? rawGitDir : join(root, rawGitDir)
  if (shallow !== 'false') return { gitDir, key: undefined }
  if (since !== undefined) return { gitDir, key: digest(`since\n${ids.join('\n')}`) }
  if (worktrees === undefined || worktrees.code !== 0) return { gitDir, key: undefined }
  for (const line of worktrees.stdout.toString('utf8').split('\n')) if (line.startsWith('HEAD ')) ids.push(line.slice(5).trim())
  return { gitDir, key: digest(`all\n${[...new Set(ids)].sort().join('\n')}`) }
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
