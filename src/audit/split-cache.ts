/**
 * The last tree scan's split of `git grep` by directory, kept beside the history cache in
 * `<root>/.git/voxguard-audit-cache/`, so the next scan of the same tree starts its greps at once
 * instead of after git's file list (20-30 ms of a half-second scan of 20,000 files here).
 *
 * A split only balances the work: the pathspecs are always built from the directory names by
 * `pathspecGroups` (one group per directory list, then everything else), so any list, stale or
 * odd, still covers every file exactly once and costs speed, never a finding. Names that could
 * point outside the tree are refused all the same, and a file that does not parse is ignored.
 *
 * Only a root that holds its own `.git` directory (a clone's top level) is cached: finding the git
 * directory of anything else takes a git process, which is what this saves.
 *
 * @module
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

const FILE = 'tree-grep-split.json'
const VERSION = 1

function cacheDir(root: string): string | undefined {
  const gitDir = join(root, '.git')
  try {
    return statSync(gitDir).isDirectory() ? join(gitDir, 'voxguard-audit-cache') : undefined
  } catch {
    return undefined
  }
}

/** A root-relative directory as `splitDirectories` writes it: `a/b/`, no `.`/`..` segment. */
function isDirectoryName(d: unknown): d is string {
  if (typeof d !== 'string' || !d.endsWith('/') || d.startsWith('/') || d.includes('\0')) return false
  return d
    .slice(0, -1)
    .split('/')
    .every((seg) => seg !== '' && seg !== '.' && seg !== '..')
}

export interface KnownSplit {
  readonly directories: string[][]
  /**
   * The size in bytes of the index's file list it was made from: a list of the same size (almost
   * surely the same files) keeps the split as it is, without working it out again.
   */
  readonly listingBytes: number | undefined
}

/** The split kept for `parts` processes, or undefined (none, another core count, unreadable). */
export function readGrepSplit(root: string, parts: number): KnownSplit | undefined {
  const dir = cacheDir(root)
  if (dir === undefined) return undefined
  try {
    const doc = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as { version?: unknown; parts?: unknown; directories?: unknown; listingBytes?: unknown }
    if (doc.version !== VERSION || doc.parts !== parts || !Array.isArray(doc.directories)) return undefined
    const groups = doc.directories as unknown[]
    if (groups.length === 0 || groups.length >= parts) return undefined
    for (const g of groups) if (!Array.isArray(g) || g.length === 0 || !g.every(isDirectoryName)) return undefined
    const listingBytes = Number.isSafeInteger(doc.listingBytes) ? (doc.listingBytes as number) : undefined
    return { directories: groups as string[][], listingBytes }
  } catch {
    return undefined
  }
}

/**
 * Keeps this scan's split for the next one (`undefined`: the tree is too small to split; the entry
 * is dropped). Writes only when it changed; a repository that cannot be written is left alone.
 */
export function saveGrepSplit(root: string, parts: number, directories: readonly (readonly string[])[] | undefined, known: KnownSplit | undefined, listingBytes?: number): void {
  if (JSON.stringify(directories) === JSON.stringify(known?.directories) && listingBytes === known?.listingBytes) return
  const dir = cacheDir(root)
  if (dir === undefined) return
  try {
    mkdirSync(dir, { recursive: true })
    const file = join(dir, FILE)
    const tmp = `${file}.${process.pid}.tmp`
    writeFileSync(tmp, JSON.stringify({ version: VERSION, parts, directories: directories ?? [], ...(listingBytes === undefined ? {} : { listingBytes }) }))
    renameSync(tmp, file)
  } catch {
    // read-only repository or no space: the next scan splits after the file list, as without a cache
  }
}
