/**
 * One chunk of the history scan: feeds commit ids to `git log -p -U0 --no-walk --stdin` and scans its
 * output as it streams.
 *
 * @module
 */
import type { GitRunner } from '../git-runner.js'
import { scanPatchStream, type PatchScanResult } from '../patch-scan.js'
import { resolveInBlobs } from './history-blob-context.js'

/** Added lines only, no colour, no external diff tools, renames detected (a move is not an add). */
export function logPatchArgs(): string[] {
  return ['log', '-p', '--cc', '-U0', '--no-walk=unsorted', '--stdin', '--format=%x00%H', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=ACMR', '--full-history']
}

export async function scanCommits(
  git: GitRunner,
  cwd: string,
  commits: readonly string[],
  args: readonly string[],
  onProgress?: (commits: number) => void,
): Promise<PatchScanResult> {
  const child = git.spawn(args, cwd)
  let stderr = ''
  child.stderr.on('data', (b: Buffer) => {
    stderr += b.toString('utf8')
  })
  child.stdin.on('error', () => undefined)
  child.stdin.end(`${commits.join('\n')}\n`)
  const exited = new Promise<number>((resolve) => {
    child.on('close', (code) => resolve(code ?? 1))
    child.on('error', () => resolve(127))
  })
  const result = await scanPatchStream(child.stdout, { mode: 'history', ...(onProgress ? { onCommit: onProgress } : {}) })
  const code = await exited
  if (code !== 0) throw new Error(`git log failed (${code}): ${stderr.trim().split('\n')[0] ?? ''}`)
  // keys whose context did not change in their commit: read in their file as it stood then
  await resolveInBlobs(git, cwd, result.unresolved, result.byCommit)
  return result
}
