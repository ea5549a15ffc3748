/**
 * The prefilter inside a git work tree, delegated to git itself: `git grep` over the tracked files
 * lists those that mention a word rule 1 needs to tie a value to AssemblyAI (`KEY_CONTEXT_WORDS`:
 * assemblyai, aai, the browser-exposed prefixes) or a code-rule keyword. Only those, the tracked
 * built bundles (where any key-shaped value counts, so the caller reads them by path), and the
 * untracked and ignored files are read. When git fails the caller reads every file itself.
 *
 * The grep is the longest step of a tree scan, so it is cheapened where that changes nothing it finds:
 *
 * - plain words (`-F`), case aside (`-i`): git searches for them with a fixed-string matcher instead
 *   of trying a regex at every byte (a third of the grep's CPU over 20,000 files); the detector
 *   itself returns nothing for a text without a context word, so the two cannot drift apart;
 * - `LC_ALL=C`: bytes, not UTF-8 decoded and validated in every file;
 * - its output is read as it comes (git prints the files in index order as its threads finish them),
 *   so the caller reads the first candidates while git is still searching.
 *
 * @module
 */
import { availableParallelism } from 'node:os'
import { gitProcessOf, streamEnded, type GitCommand, type GitProcess, type GitRunner } from './git-runner.js'
import { CODE_KEYWORDS } from './code-keywords.js'
import { DIR_COUNT_DEPTH, DirNode } from './internal/dir-counts.js'
import { KEY_CONTEXT_WORDS } from './internal/key-context.js'

/** What the grep looks for, case aside: the key context words and the code-rule keywords. */
export const PREFILTER_WORDS: readonly string[] = [...new Set([...KEY_CONTEXT_WORDS, ...CODE_KEYWORDS].map((w) => w.toLowerCase()))]

/**
 * Broader words git may grep for instead of several prefilter words that each hold one: a few more
 * candidates (a file saying "unredacted" in prose), read and then judged by the real words.
 */
const COVERING_WORDS: readonly string[] = ['unredacted', 'realtime/']

/**
 * What git greps for: the fewest words such that every prefilter word holds one of them (case aside),
 * so git's candidates are a superset of what the prefilter words select. git searches every file once
 * per word, so each word dropped saves a pass: 18 words instead of 21 take about 5% less of the grep's
 * CPU over 20,000 files (`streaming.assemblyai` is found by `assemblyai`, `realtime/token` and
 * `realtime/ws` by `realtime/`, `eturn_unredacted` and `eturnunredacted` by `unredacted`).
 */
export const GREP_WORDS: readonly string[] = minimalCover([...PREFILTER_WORDS, ...COVERING_WORDS])

/** The words that hold no other word of the list: every word of the list holds one of them. */
function minimalCover(words: readonly string[]): string[] {
  const unique = [...new Set(words)]
  return unique.filter((w) => !unique.some((other) => other !== w && w.includes(other)))
}

const GREP_ARGS: readonly string[] = ['-c', 'grep.fallbackToNoIndex=false', 'grep', '-l', '-z', '-I', '--no-color', '-i', '-F', ...GREP_WORDS.flatMap((w) => ['-e', w])]
/** Bytes, not UTF-8; pathspecs as written (magic included), whatever the caller's environment says. */
const GREP_ENV = { LC_ALL: 'C', GIT_LITERAL_PATHSPECS: '0', GIT_GLOB_PATHSPECS: '0', GIT_NOGLOB_PATHSPECS: '0', GIT_ICASE_PATHSPECS: '0' } as const
/** Grep processes a large tree is split into: one per core, at most 4. */
export const grepParts = (): number => Math.min(4, availableParallelism())
/** Below this many tracked files one grep (git's own threads) is as fast as several. */
export const SPLIT_MIN_FILES = 4000

export interface CandidateStream {
  /** Calls `onPaths` with the candidates found so far, then with each batch git prints later. */
  follow(onPaths: (paths: readonly string[]) => void): void
  /** Every candidate (root-relative), or undefined when git could not answer. */
  readonly result: Promise<Set<string> | undefined>
  /** Settles once every grep process has been started (the caller starts the slower walks after). */
  readonly started: Promise<void>
}

export interface StreamOptions {
  /**
   * `git ls-files -z -t --cached` in the same root, when the caller has it coming: on a large tree the
   * files are split by directory into one single-threaded grep per core. git's own threads hand each
   * file over through a lock (most of the CPU of a threaded grep of small files), where separate
   * processes share nothing; on 2 cores that takes a third less CPU and less time. Without it, one
   * grep with git's threads.
   */
  readonly tracked?: Promise<{ readonly code: number; readonly stdout: Buffer }> | undefined
  /** Processes to split into (default `grepParts()`). */
  readonly parallelism?: number | undefined
  /** Smallest tree that is split (default `SPLIT_MIN_FILES`). */
  readonly splitMinFiles?: number | undefined
  /**
   * A split known in advance (the last scan's, `split-cache.ts`): the greps start at once instead of
   * after the file list. Any directory list covers every file exactly once (`pathspecGroups`), so a
   * stale split only balances the work less well.
   */
  readonly directories?: readonly (readonly string[])[] | undefined
  /** The greps already started by the caller (`splitGrepCommands`, started together with other git commands). */
  readonly started?: readonly GitProcess[] | undefined
}

/** Starts the grep; its candidates arrive while it runs. */
export function streamCandidates(git: GitRunner, root: string, options: StreamOptions = {}): CandidateStream {
  const found: string[] = []
  const listeners: ((paths: readonly string[]) => void)[] = []
  const onBatch = (batch: readonly string[]): void => {
    for (const p of batch) found.push(p)
    for (const l of listeners) l(batch)
  }
  let markStarted: () => void = () => undefined
  const started = new Promise<void>((resolve) => (markStarted = resolve))
  const result = (async (): Promise<Set<string> | undefined> => {
    if (options.started !== undefined) {
      const started = options.started.map((p) => followGrep(p, onBatch))
      markStarted()
      return (await Promise.all(started)).every((a) => a) ? new Set(found) : undefined
    }
    let groups: string[][] = [['.']]
    let threads: number | undefined
    let split: string[][] | undefined
    if (options.directories !== undefined && options.directories.length > 0) split = pathspecGroups(options.directories)
    else if (options.tracked !== undefined) {
      const tracked = await options.tracked.catch(() => undefined)
      // not a git work tree (or git missing): the listing says so; nothing to grep
      if (tracked === undefined || tracked.code !== 0) return undefined
      const cores = options.parallelism ?? grepParts()
      split = cores > 1 ? splitPathspecs(tracked.stdout, cores, options.splitMinFiles) : undefined
    }
    if (split !== undefined) {
      groups = split
      threads = Math.max(1, Math.floor(availableParallelism() / split.length))
    }
    const runs = groups.map((pathspecs) => grepOnce(git, root, threads === undefined ? [...GREP_ARGS, '--', ...pathspecs] : ['-c', `grep.threads=${threads}`, ...GREP_ARGS, '--', ...pathspecs], onBatch))
    markStarted()
    const answers = await Promise.all(runs)
    return answers.every((a) => a) ? new Set(found) : undefined
  })()
  result.finally(() => markStarted()).catch(() => undefined)
  return {
    follow(onPaths) {
      if (found.length > 0) onPaths([...found])
      listeners.push(onPaths)
    },
    result,
    started,
  }
}

/** One git grep; its files go to `onBatch` as git prints them. Resolves with whether git answered. */
function grepOnce(git: GitRunner, root: string, args: readonly string[], onBatch: (batch: readonly string[]) => void): Promise<boolean> {
  let child
  try {
    child = git.spawn(args, root, GREP_ENV)
  } catch {
    return Promise.resolve(false)
  }
  return followGrep(gitProcessOf(child), onBatch)
}

/** A started grep's files to `onBatch` as git prints them. Resolves with whether git answered. */
function followGrep(grep: GitProcess, onBatch: (batch: readonly string[]) => void): Promise<boolean> {
  let rest: Buffer | undefined
  grep.stdout.on('data', (chunk: Buffer) => {
    const buf = rest === undefined ? chunk : Buffer.concat([rest, chunk])
    const batch: string[] = []
    let start = 0
    for (let end = buf.indexOf(0); end !== -1; end = buf.indexOf(0, start)) {
      if (end > start) batch.push(buf.toString('utf8', start, end))
      start = end + 1
    }
    rest = start < buf.length ? buf.subarray(start) : undefined
    if (batch.length > 0) onBatch(batch)
  })
  return Promise.all([grep.exit, streamEnded(grep.stdout)]).then(([code]) => {
    if (code !== 0 && code !== 1) return false
    if (rest !== undefined && rest.length > 0) onBatch([rest.toString('utf8')])
    return true
  })
}

/**
 * The greps of a split given in advance (`directories`, as the split cache keeps them), as commands
 * to start: one per group, each with its share of the cores as git threads.
 */
export function splitGrepCommands(directories: readonly (readonly string[])[]): GitCommand[] {
  const groups = pathspecGroups(directories)
  const threads = Math.max(1, Math.floor(availableParallelism() / groups.length))
  return groups.map((pathspecs) => ({ args: ['-c', `grep.threads=${threads}`, ...GREP_ARGS, '--', ...pathspecs], env: GREP_ENV }))
}

/** Root-relative paths of candidate files, or undefined when git could not answer. */
export async function grepCandidates(git: GitRunner, root: string): Promise<Set<string> | undefined> {
  return streamCandidates(git, root).result
}

/**
 * Splits the tracked files (`git ls-files -z -t --cached` output) into `parts` groups of about the
 * same number of files, as pathspec lists: every group but the last is a few whole directories
 * (`:(literal)dir/`), the last is everything else (`.` minus those directories). Together they cover
 * every path exactly once, however uneven the split. Undefined when the tree is too small to gain.
 */
export function splitPathspecs(listing: Buffer, parts: number, minFiles = SPLIT_MIN_FILES): string[][] | undefined {
  const directories = splitDirectories(listing, parts, minFiles)
  return directories === undefined ? undefined : pathspecGroups(directories)
}

/**
 * The pathspecs of a split given as directory groups (`dir/`, root-relative): each group's
 * directories as `:(literal)` pathspecs, then everything else. Always built here, whatever the
 * groups hold, so together they cover every path exactly once.
 */
export function pathspecGroups(directories: readonly (readonly string[])[]): string[][] {
  const groups = directories.map((g) => g.map((d) => `:(literal)${d}`))
  groups.push(['.', ...directories.flat().map((d) => `:(exclude,literal)${d}`)])
  return groups
}

/** `splitPathspecs` as directory groups (every group but the last): what the split cache keeps. */
export function splitDirectories(listing: Buffer, parts: number, minFiles = SPLIT_MIN_FILES): string[][] | undefined {
  return splitCounted(countDirectories(listing), parts, minFiles)
}

/** The tracked files of a listing counted per directory (`DIR_COUNT_DEPTH` levels deep). */
function countDirectories(listing: Buffer): DirNode {
  const root = new DirNode()
  let total = 0
  const text = listing.toString('utf8')
  // searches only move forward: the next `/` found once serves every path before it
  let slashAt = -2
  const slashFrom = (pos: number): number => (slashAt === -1 || slashAt >= pos ? slashAt : (slashAt = text.indexOf('/', pos)))
  // paths come sorted: the directories a path shares with the one before are found again by prefix
  const prefixes: string[] = []
  const nodes: DirNode[] = []
  for (let start = 0, end = text.indexOf('\0'); end !== -1; start = end + 1, end = text.indexOf('\0', start)) {
    const from = start + 2 // `H path`
    if (end <= from) continue
    total++
    let node = root
    let depth = 0
    for (let slash = slashFrom(from); slash !== -1 && slash < end && depth < DIR_COUNT_DEPTH; slash = slashFrom(slash + 1)) {
      const known = prefixes[depth]
      let child: DirNode
      if (known !== undefined && known.length === slash + 1 - from && text.startsWith(known, from)) child = nodes[depth] as DirNode
      else {
        const prefix = text.slice(from, slash + 1)
        child = node.child(prefix)
        prefixes.length = depth
        nodes.length = depth
        prefixes.push(prefix)
        nodes.push(child)
      }
      child.files++
      node = child
      depth++
    }
  }
  root.files = total
  return root
}

/**
 * The directory groups of a split made on counted directories (every group but the last), or
 * undefined when the tree is too small to gain.
 */
export function splitCounted(root: DirNode, parts: number, minFiles = SPLIT_MIN_FILES): string[][] | undefined {
  const total = root.files
  if (total < minFiles || parts < 2) return undefined
  const target = total / parts
  const groups: string[][] = []
  // candidate directories, largest first; too large ones are replaced by their subdirectories
  let pool = [...root.children.entries()]
  for (let g = 0; g < parts - 1; g++) {
    const group: string[] = []
    let size = 0
    for (;;) {
      // largest first, then by name: the same groups whichever order the directories were counted in
      pool.sort((a, b) => b[1].files - a[1].files || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      const i = pool.findIndex(([, n]) => size + n.files <= target * 1.05)
      if (i !== -1) {
        const [name, node] = pool[i] as [string, DirNode]
        pool.splice(i, 1)
        group.push(name)
        size += node.files
        if (size >= target * 0.95) break
        continue
      }
      // nothing fits: open up the smallest directory that still has subdirectories
      const j = pool.map((e, k) => [e, k] as const).filter(([[, n]]) => n.children.size > 0).sort((a, b) => a[0][1].files - b[0][1].files)[0]?.[1]
      if (j === undefined) break
      const [, node] = pool[j] as [string, DirNode]
      pool.splice(j, 1)
      pool = pool.concat([...node.children.entries()])
    }
    if (group.length === 0) break
    groups.push(group)
  }
  return groups.length === 0 ? undefined : groups
}
