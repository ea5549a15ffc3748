/**
 * The byte-level prefilter inside a git work tree, delegated to git itself: one multi-threaded
 * `git grep -P` over the tracked files lists those that hold a key-shaped token or a code-rule
 * keyword. Only those (plus untracked and ignored files, which voxguard reads itself) are read. When git lacks PCRE (or
 * anything else fails) the caller falls back to reading every file itself.
 *
 * @module
 */
import { splitNul, type GitRunner } from './git-runner.js'
import { CODE_KEYWORDS } from './code-keywords.js'

/** Same semantics as `hasKeyCandidate`, plus the code-rule keywords. */
const PATTERN = ['(?<![0-9A-Za-z])[0-9a-z]{32}(?![0-9A-Za-z])', ...CODE_KEYWORDS.map(escapePcre)].join('|')

function escapePcre(word: string): string {
  return word.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&')
}

/** Root-relative paths of candidate files, or undefined when git could not answer. */
export async function grepCandidates(git: GitRunner, root: string): Promise<Set<string> | undefined> {
  const r = await git.run(['-c', 'grep.fallbackToNoIndex=false', 'grep', '-l', '-z', '-I', '--no-color', '-P', '-e', PATTERN, '--', '.'], root)
  if (r.code === 1) return new Set()
  if (r.code !== 0) return undefined
  return new Set(splitNul(r.stdout))
}
