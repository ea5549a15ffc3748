/**
 * The byte-level prefilter inside a git work tree, delegated to git itself: one multi-threaded
 * `git grep -P` over the tracked files lists those that hold a key-shaped token or a code-rule
 * keyword. Only those (plus untracked and ignored files, which voxguard reads itself) are read. When git lacks PCRE (or
 * anything else fails) the caller falls back to reading every file itself.
 *
 * The grep is the longest step of a tree scan, so it is cheapened where that changes nothing it finds:
 *
 * - `LC_ALL=C`: PCRE matches bytes, as `hasKeyCandidate` does, instead of decoding (and validating)
 *   UTF-8 in every file;
 * - one `-e` per pattern, not one alternation: git runs each over a file's whole buffer, and the
 *   literal keywords no longer ride along at every position the key pattern is tried at;
 * - its output is read as it comes (git prints the files in index order as its threads finish them),
 *   so the caller reads the first candidates while git is still searching.
 *
 * @module
 */
import type { GitRunner } from './git-runner.js'
import { CODE_KEYWORDS } from './code-keywords.js'

/** Same semantics as `hasKeyCandidate`: 32 of [0-9a-z], with no ASCII letter or digit on either side. */
export const KEY_PATTERN = '(?<![0-9A-Za-z])[0-9a-z]{32}(?![0-9A-Za-z])'
/** Any code-rule keyword. */
export const KEYWORD_PATTERN = CODE_KEYWORDS.map(escapePcre).join('|')

function escapePcre(word: string): string {
  return word.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&')
}

export const GREP_ARGS: readonly string[] = ['-c', 'grep.fallbackToNoIndex=false', 'grep', '-l', '-z', '-I', '--no-color', '-P', '-e', KEY_PATTERN, '-e', KEYWORD_PATTERN, '--', '.']
const GREP_ENV = { LC_ALL: 'C' } as const

export interface CandidateStream {
  /** Calls `onPaths` with the candidates found so far, then with each batch git prints later. */
  follow(onPaths: (paths: readonly string[]) => void): void
  /** Every candidate (root-relative), or undefined when git could not answer. */
  readonly result: Promise<Set<string> | undefined>
}

/** Starts the grep; its candidates arrive while it runs. */
export function streamCandidates(git: GitRunner, root: string): CandidateStream {
  const found: string[] = []
  const listeners: ((paths: readonly string[]) => void)[] = []
  const result = new Promise<Set<string> | undefined>((resolve) => {
    let child
    try {
      child = git.spawn(GREP_ARGS, root, GREP_ENV)
    } catch {
      resolve(undefined)
      return
    }
    let rest: Buffer | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      const buf = rest === undefined ? chunk : Buffer.concat([rest, chunk])
      const batch: string[] = []
      let start = 0
      for (let end = buf.indexOf(0); end !== -1; end = buf.indexOf(0, start)) {
        if (end > start) batch.push(buf.toString('utf8', start, end))
        start = end + 1
      }
      rest = start < buf.length ? buf.subarray(start) : undefined
      if (batch.length === 0) return
      for (const p of batch) found.push(p)
      for (const l of listeners) l(batch)
    })
    child.stderr.resume()
    child.stdin.on('error', () => undefined)
    child.stdin.end()
    child.on('error', () => resolve(undefined))
    child.on('close', (code) => {
      if (code === 0 || code === 1) {
        if (rest !== undefined && rest.length > 0) {
          const last = rest.toString('utf8')
          found.push(last)
          for (const l of listeners) l([last])
        }
        resolve(new Set(found))
      } else resolve(undefined)
    })
  })
  return {
    follow(onPaths) {
      if (found.length > 0) onPaths([...found])
      listeners.push(onPaths)
    },
    result,
  }
}

/** Root-relative paths of candidate files, or undefined when git could not answer. */
export async function grepCandidates(git: GitRunner, root: string): Promise<Set<string> | undefined> {
  return streamCandidates(git, root).result
}
