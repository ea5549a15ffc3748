/**
 * Lists what the audit reads. Inside a git work tree git decides (`git ls-files`): tracked and
 * untracked-but-not-ignored files are scanned; ignored env files are kept for the env rules; ignored
 * build directories are walked for bundles. Outside git, the tree is walked, skipping node_modules
 * and .git.
 *
 * Tracked paths are not decoded one by one: a prefiltered scan (git grep picks the tracked files worth
 * reading) only needs their number and the tracked env files, both read off git's raw output, and
 * 20,000 path objects would cost more than the rest of such a scan. `tracked()` decodes them on demand.
 *
 * @module
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { splitNul, type GitResult, type GitRunner } from './git-runner.js'
import { baseName, BUNDLE_DIRS, isBundleDir, isBundleFile, isEnvFile } from './path-kinds.js'

export interface ListedFile {
  /** Root-relative, `/`-separated. */
  readonly path: string
  readonly tracked: boolean
  /** Ignored by git (only env files and bundle files are listed when ignored). */
  readonly ignored: boolean
}

export interface FileListing {
  /** Set when the root is inside a git work tree (git answered the listing). */
  readonly gitTop: string | undefined
  /** Files outside the index: untracked-but-not-ignored ones, and the ignored env and bundle files. */
  readonly others: ListedFile[]
  /** How many paths the index holds. */
  readonly trackedCount: number
  /** The tracked env files (for env-not-ignored). */
  readonly trackedEnvFiles: ListedFile[]
  /** The tracked built bundles (read whatever git grep says: any key-shaped value in them counts). */
  readonly trackedBundleFiles: ListedFile[]
  /** Every tracked file, decoded on first call. */
  tracked(): ListedFile[]
}

/** Tracked files first, then the others: what a scan without a prefilter reads. */
export function allFiles(listing: FileListing): ListedFile[] {
  return [...listing.tracked(), ...listing.others]
}

const SKIP_DIRS = new Set(['node_modules', '.git'])
const NUL = 0
const UNMERGED = 0x4d // `M`: listed once per conflict stage
const OTHER = 0x3f // `?`: outside the index (`COMBINED_ARGS`)
const SPACE = 0x20
const LATE_OTHER = Buffer.from('\0? ')
/** Every env file name holds `.env`. */
const ENV_MARKS = [Buffer.from('.env')]
/** Every bundle path (`isBundleFile`) holds the last directory of one of `BUNDLE_DIRS`, with its slash. */
const BUNDLE_MARKS = [...new Set(BUNDLE_DIRS.map((d) => `${d.slice(d.lastIndexOf('/') + 1)}/`))].map((m) => Buffer.from(m))

/** The index's files, tagged (`H path`...). */
export const TRACKED_ARGS: readonly string[] = ['ls-files', '-z', '-t', '--cached', '--', '.']

/**
 * Every file and directory outside the index (`COMBINED_ARGS` lists them with the index's files, in
 * one process), in one walk of the work tree and without reading any ignore file: wholly untracked directories collapse to `dir/`. Which of them git ignores is asked
 * next (`git check-ignore`, a lookup with no walk); only an untracked directory that is not ignored as
 * a whole is walked again, with the ignore rules, to tell its files apart. Two walks with the rules
 * (untracked, then ignored) gave the same lists and cost a second walk of the whole tree.
 */
export const OTHERS_ARGS: readonly string[] = ['ls-files', '-z', '--others', '--directory', '--no-empty-directory', '--', '.']

/** `TRACKED_ARGS` and `OTHERS_ARGS` from one git process (`? path` entries are the others): what a tree scan starts with. */
export const COMBINED_ARGS: readonly string[] = ['ls-files', '-z', '-t', '--cached', '--others', '--directory', '--no-empty-directory', '--', '.']

export interface ListOptions {
  /** `git ls-files` with `TRACKED_ARGS`, already started by the caller. */
  readonly tracked?: Promise<GitResult> | undefined
  /** `git ls-files` with `OTHERS_ARGS`, already started by the caller. */
  readonly others?: Promise<GitResult> | undefined
}

/** `COMBINED_ARGS` output as the two listings it holds (tracked with their tags, others bare). */
export function splitCombined(result: GitResult): { tracked: GitResult; others: GitResult } {
  if (result.code !== 0) return { tracked: result, others: result }
  const buf = result.stdout
  // git prints the others first: the index's part is kept as it came, unread
  let end = 0
  while (buf[end] === OTHER && buf[end + 1] === SPACE) {
    const nul = buf.indexOf(NUL, end)
    end = nul === -1 ? buf.length : nul + 1
  }
  const others = buf.toString('utf8', 0, end).split('\0').filter((e) => e.length > 2)
  let tracked = buf.subarray(end)
  // any other order is sorted out entry by entry
  if (tracked.includes(LATE_OTHER)) {
    const kept: string[] = []
    for (const entry of tracked.toString('utf8').split('\0')) if (entry.length > 2) (entry.startsWith('? ') ? others : kept).push(entry)
    tracked = Buffer.from(kept.map((e) => `${e}\0`).join(''))
  }
  const bare = others.map((e) => `${e.slice(2)}\0`).join('')
  return { tracked: { ...result, stdout: tracked }, others: { ...result, stdout: Buffer.from(bare) } }
}

export async function listFiles(root: string, git: GitRunner, options: ListOptions = {}): Promise<FileListing> {
  let { tracked: inIndex, others: outsideIndex } = options
  if (inIndex === undefined || outsideIndex === undefined) {
    const both = git.run(COMBINED_ARGS, root).then(splitCombined)
    inIndex ??= both.then((b) => b.tracked)
    outsideIndex ??= both.then((b) => b.others)
  }
  const [cached, outside] = await Promise.all([inIndex, outsideIndex])
  if (cached.code === 127 || (cached.code !== 0 && /not a git repository/i.test(cached.stderr))) {
    const others = walk(root, '', () => true).map((p) => ({ path: p, tracked: false, ignored: false }))
    return { gitTop: undefined, others, trackedCount: 0, trackedEnvFiles: [], trackedBundleFiles: [], tracked: () => [] }
  }
  for (const r of [cached, outside]) if (r.code !== 0) throw gitFailed('ls-files', r)
  const index = new TaggedListing(cached.stdout)
  const { untracked, ignored } = await sortOthers(root, git, splitNul(outside.stdout))
  const others = untracked.map((path) => ({ path, tracked: false, ignored: false }))
  const seen = new Set(untracked)
  for (const p of ignored) {
    if (p.endsWith('/')) {
      const dir = p.slice(0, -1)
      if (SKIP_DIRS.has(baseName(dir))) continue
      // an ignored directory: keep its bundles (dist/, .next/static/...) and env files
      const wanted = (rel: string): boolean => isBundleFile(rel) || isEnvFile(rel)
      if (!isBundleDir(p) && !couldHoldBundles(dir)) continue
      for (const rel of walk(join(root, dir), dir, wanted))
        if (!seen.has(rel) && !index.hasTracked(rel)) {
          seen.add(rel)
          others.push({ path: rel, tracked: false, ignored: true })
        }
    } else if ((isEnvFile(p) || isBundleFile(p)) && !seen.has(p)) {
      seen.add(p)
      others.push({ path: p, tracked: false, ignored: true })
    }
  }
  let tracked: ListedFile[] | undefined
  return {
    gitTop: root,
    others,
    trackedCount: index.trackedCount(),
    trackedEnvFiles: index.trackedWith(ENV_MARKS, isEnvFile).map((path) => ({ path, tracked: true, ignored: false })),
    trackedBundleFiles: index.trackedWith(BUNDLE_MARKS, isBundleFile).map((path) => ({ path, tracked: true, ignored: false })),
    tracked: () => (tracked ??= index.trackedPaths().map((path) => ({ path, tracked: true, ignored: false }))),
  }
}

/**
 * Splits `OTHERS_ARGS` output into what `git ls-files --others --exclude-standard` (untracked files
 * git would add) and `git ls-files --others --ignored --exclude-standard --directory` (ignored files,
 * and ignored directories as `dir/`) would list.
 */
export async function sortOthers(root: string, git: GitRunner, entries: readonly string[]): Promise<{ untracked: string[]; ignored: string[] }> {
  if (entries.length === 0) return { untracked: [], ignored: [] }
  // without the trailing slash: `build/*` matches `build/` (the star matching nothing) but not `build`;
  // a directory-only pattern (`dist/`) still matches, check-ignore looks at what the path is
  const bare = entries.map((e) => (e.endsWith('/') ? e.slice(0, -1) : e))
  const asked = await git.run(['check-ignore', '-z', '--stdin'], root, `${bare.join('\0')}\0`)
  // 0: some are ignored, 1: none
  if (asked.code !== 0 && asked.code !== 1) throw gitFailed('check-ignore', asked)
  const isIgnored = new Set(splitNul(asked.stdout))
  const untracked: string[] = []
  const ignored: string[] = []
  const mixed: string[] = []
  entries.forEach((entry, i) => {
    const ignoredNow = isIgnored.has(bare[i] as string)
    if (!entry.endsWith('/')) (ignoredNow ? ignored : untracked).push(entry)
    else if (ignoredNow) ignored.push(entry)
    // an untracked directory not ignored as a whole may still hold ignored files (`*.log`, `build/*`
    // with `!build/keep.js`): the rules decide file by file, so git walks it with them
    else mixed.push(entry)
  })
  if (mixed.length > 0) {
    const pathspecs = ['--', ...mixed.map((d) => `:(literal)${d}`)]
    const [u, i] = await Promise.all([
      git.run(['ls-files', '-z', '--others', '--exclude-standard', ...pathspecs], root),
      git.run(['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory', ...pathspecs], root),
    ])
    for (const r of [u, i]) if (r.code !== 0) throw gitFailed('ls-files', r)
    untracked.push(...splitNul(u.stdout))
    ignored.push(...splitNul(i.stdout))
  }
  return { untracked, ignored }
}

/**
 * `git ls-files -z -t --cached` output (`<tag> <path>\0` entries), read in place. Unmerged paths (tag
 * `M`) appear once per stage; such a listing is simply decoded.
 */
class TaggedListing {
  private readonly buf: Buffer
  private decoded: string[] | undefined

  constructor(buf: Buffer) {
    this.buf = buf
    if (buf[0] === UNMERGED || buf.includes('\0M ')) this.decoded = decode(buf)
  }

  trackedCount(): number {
    if (this.decoded !== undefined) return this.decoded.length
    // a plain loop: run once per process, `buf.indexOf` per entry stays in its slow unoptimised path
    // (12 ms for 20,000 entries against 6)
    const { buf } = this
    let entries = 0
    for (let i = 0; i < buf.length; i++) if (buf[i] === NUL) entries++
    return entries
  }

  /** Tracked paths holding one of the marks, kept when `keep` says so (in index order, once each). */
  trackedWith(marks: readonly Buffer[], keep: (path: string) => boolean): string[] {
    if (this.decoded !== undefined) return this.decoded.filter(keep)
    const starts = new Set<number>()
    const { buf } = this
    for (const mark of marks)
      for (let hit = buf.indexOf(mark); hit !== -1; ) {
        const start = buf.lastIndexOf(NUL, hit) + 1
        let end = buf.indexOf(NUL, hit)
        if (end === -1) end = buf.length
        starts.add(start)
        hit = buf.indexOf(mark, end)
      }
    const out: string[] = []
    for (const start of [...starts].sort((a, b) => a - b)) {
      let end = buf.indexOf(NUL, start)
      if (end === -1) end = buf.length
      const path = buf.toString('utf8', start + 2, end)
      if (keep(path)) out.push(path)
    }
    return out
  }

  hasTracked(path: string): boolean {
    if (this.decoded !== undefined) return this.decoded.includes(path)
    const needle = Buffer.from(` ${path}\0`)
    for (let hit = this.buf.indexOf(needle); hit !== -1; hit = this.buf.indexOf(needle, hit + 1)) {
      const tagAt = hit - 1
      if (tagAt >= 0 && (tagAt === 0 || this.buf[tagAt - 1] === NUL)) return true
    }
    return false
  }

  trackedPaths(): string[] {
    return (this.decoded ??= decode(this.buf))
  }
}

/** The listing's paths, each once (an unmerged path is listed once per stage). */
function decode(buf: Buffer): string[] {
  return [...new Set(splitNul(buf).map((item) => item.slice(2)))]
}

/** A git command that failed, with the first line it printed. */
function gitFailed(command: string, r: GitResult): Error {
  return new Error(`git ${command} failed: ${r.stderr.trim().split('\n')[0] ?? ''}`)
}

/** `.next/` holds `static/`; `apps/web/` may hold `dist/` only when not ignored itself. */
function couldHoldBundles(dir: string): boolean {
  return /(?:^|\/)(?:\.next|\.output|\.svelte-kit|\.nuxt)$/.test(dir)
}

/** Root-relative paths of the files under `abs`, skipping node_modules and .git. */
function walk(abs: string, relBase: string, keep: (rel: string) => boolean): string[] {
  const out: string[] = []
  const stack: [string, string][] = [[abs, relBase]]
  while (stack.length > 0) {
    const [dir, rel] = stack.pop() as [string, string]
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      continue
    }
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) stack.push([join(dir, e.name), childRel])
      } else if (e.isFile() && keep(childRel)) out.push(childRel)
    }
  }
  return out.sort()
}
