/**
 * The index's file list read straight from `.git/index`, for one purpose: to split a first scan's
 * `git grep` by directory before git has listed the files (a scan with the last split cached needs
 * no list; see split-cache.ts). The split only balances the work: the pathspecs always cover every
 * file (`pathspecGroups`), so a list that is wrong costs speed, never a finding.
 *
 * Only the plain formats are read: index versions 2 and 3 of a SHA-1 repository whose top level
 * holds its `.git` directory. A version 4 index (prefix-compressed paths), a split index, a sparse
 * index, a SHA-256 repository, a worktree's `.git` file or anything that does not parse gives
 * undefined, and the split waits for git's own list as it always did.
 *
 * @module
 */
import { closeSync, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { DIR_COUNT_DEPTH, DirNode } from './internal/dir-counts.js'

const SIGNATURE = 0x44495243 // DIRC
const SHA1_BYTES = 20
/** ctime, mtime (8 bytes each), dev, ino, mode, uid, gid, size (4 each). */
const STAT_BYTES = 40
const EXTENDED = 0x4000
const NAME_MASK = 0x0fff
/** Extensions whose presence means the entries here are not the whole list. */
const PARTIAL = new Set(['link', 'sdir'])
/** A larger index is left to git (reading it would cost more than it saves). */
const MAX_INDEX_BYTES = 64 * 1024 * 1024
const TAG_H = 0x48
const SPACE = 0x20

/**
 * The tracked paths as `git ls-files -z -t --cached` prints their tags and names (`H path\0`; every
 * entry tagged `H`, which is all a split looks at), or undefined when the index is not one read here.
 */
export function readIndexListing(root: string): Buffer | undefined {
  const buf = readIndexFile(root)
  return buf === undefined ? undefined : parseIndex(buf)
}

/** A `.git` directory of a SHA-1 repository (tree ids of 20 bytes); throws when there is none. */
function isPlainGitDir(gitDir: string): boolean {
  return statSync(gitDir).isDirectory() && !/^\s*objectformat\s*=/im.test(readFileSync(join(gitDir, 'config'), 'utf8'))
}

/** The index file of a root that holds its `.git` directory, in a SHA-1 repository; else undefined. */
function readIndexFile(root: string): Buffer | undefined {
  const gitDir = join(root, '.git')
  let buf: Buffer
  try {
    if (!isPlainGitDir(gitDir)) return undefined
    const file = join(gitDir, 'index')
    if (statSync(file).size > MAX_INDEX_BYTES) return undefined
    buf = readFileSync(file)
  } catch {
    return undefined
  }
  return buf
}

/** Exported for tests: the listing of an index file's bytes, or undefined. */
export function parseIndex(buf: Buffer): Buffer | undefined {
  if (buf.length < 12 + SHA1_BYTES || buf.readUInt32BE(0) !== SIGNATURE) return undefined
  const version = buf.readUInt32BE(4)
  if (version !== 2 && version !== 3) return undefined
  const count = buf.readUInt32BE(8)
  const end = buf.length - SHA1_BYTES
  // every entry takes at least as many bytes in the index as `H path\0` takes in the listing
  const out = Buffer.allocUnsafe(buf.length)
  let outAt = 0
  let at = 12
  for (let i = 0; i < count; i++) {
    const flagsAt = at + STAT_BYTES + SHA1_BYTES
    if (flagsAt + 2 > end) return undefined
    const flags = buf.readUInt16BE(flagsAt)
    let nameAt = flagsAt + 2
    if ((flags & EXTENDED) !== 0) {
      if (version === 2) return undefined
      nameAt += 2
    }
    let nameEnd: number
    if ((flags & NAME_MASK) < NAME_MASK) nameEnd = nameAt + (flags & NAME_MASK)
    else nameEnd = buf.indexOf(0, nameAt)
    if (nameEnd === -1 || nameEnd >= end || buf[nameEnd] !== 0 || nameEnd === nameAt) return undefined
    out[outAt++] = TAG_H
    out[outAt++] = SPACE
    // a byte loop: with names this short a native copy per entry costs more (25 against 21 ms for 20,000)
    for (let k = nameAt; k < nameEnd; k++) out[outAt++] = buf[k] as number
    out[outAt++] = 0
    // entries are padded with 1 to 8 NULs to a multiple of 8 bytes
    at += (nameEnd - at + 8) & ~7
  }
  // extensions, up to the checksum: a split or sparse index lists part of the files here
  while (at + 8 <= end) {
    const name = buf.toString('latin1', at, at + 4)
    if (PARTIAL.has(name)) return undefined
    at += 8 + buf.readUInt32BE(at + 4)
  }
  if (at !== end) return undefined
  return out.subarray(0, outAt)
}

export interface IndexCounts {
  /** Tracked files per directory, `DIR_COUNT_DEPTH` levels deep. */
  readonly counts: DirNode
}

/** The end of the index read for its cache tree: larger trees (or none) fall back to the names. */
const TAIL_BYTES = 256 * 1024

/**
 * The tracked files counted per directory from the index's cache tree (the `TREE` extension git
 * keeps up to date on every commit), read from the end of the file alone: the entries before it
 * (two megabytes for 20,000 files) are neither read nor walked. Undefined when the cache tree is
 * missing, out of date (a file staged since the last commit) or larger than the end read, or the
 * index is not one read here; the split then counts `readIndexListing`'s names.
 */
export function readIndexCounts(root: string): IndexCounts | undefined {
  const gitDir = join(root, '.git')
  let fd: number | undefined
  try {
    if (!isPlainGitDir(gitDir)) return undefined
    fd = openSync(join(gitDir, 'index'), 'r')
    const size = fstatSync(fd).size
    if (size < 12 + SHA1_BYTES) return undefined
    const header = Buffer.alloc(12)
    readSync(fd, header, 0, 12, 0)
    const length = Math.min(size - 12, TAIL_BYTES)
    const tail = Buffer.allocUnsafe(length)
    if (readSync(fd, tail, 0, length, size - length) !== length) return undefined
    return countsFromTail(header, tail)
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

/**
 * Exported for tests: the counts in the cache tree found in the end of an index file (`tail`, the
 * file's last bytes, checksum included), given its 12-byte header; undefined when there is none.
 *
 * Where the extensions start is not recorded anywhere read here, so every `TREE` in the tail is
 * tried: the right one starts a chain of extensions that ends exactly at the checksum, and its root
 * covers as many entries as the header says. A file name holding `TREE` could only fool this by
 * forging both; even then the split would balance worse, never miss a file (`pathspecGroups`).
 */
export function countsFromTail(header: Buffer, tail: Buffer): IndexCounts | undefined {
  if (header.length < 12 || header.readUInt32BE(0) !== SIGNATURE) return undefined
  const version = header.readUInt32BE(4)
  if (version < 2 || version > 4) return undefined
  const entries = header.readUInt32BE(8)
  const end = tail.length - SHA1_BYTES
  for (let at = tail.indexOf(TREE); at !== -1 && at + 8 <= end; at = tail.indexOf(TREE, at + 1)) {
    if (!isExtensionChain(tail, at, end)) continue
    const counts = parseCacheTree(tail, at + 8, at + 8 + tail.readUInt32BE(at + 4), entries)
    if (counts !== undefined) return { counts }
  }
  return undefined
}

const TREE = Buffer.from('TREE')

/** Extensions from `at` on, each a 4-letter name and a length, end exactly at `end` (none partial). */
function isExtensionChain(buf: Buffer, at: number, end: number): boolean {
  let p = at
  while (p + 8 <= end) {
    for (let k = p; k < p + 4; k++) {
      const c = buf[k] as number
      if (!((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a))) return false
    }
    if (PARTIAL.has(buf.toString('latin1', p, p + 4))) return false
    p += 8 + buf.readUInt32BE(p + 4)
  }
  return p === end
}

const NUL = 0
const LF = 0x0a

/**
 * The cache tree (`TREE`): each directory, depth first, as `name NUL entries SP subtrees LF` and its
 * tree id when valid (`entries` is -1 for a directory changed since git last wrote its tree). Only a
 * fully valid tree whose root covers every index entry is used.
 */
function parseCacheTree(buf: Buffer, start: number, stop: number, entries: number): DirNode | undefined {
  let at = start
  // one directory's header; its numbers land in `files`/`subtrees`, its name at `nameAt`..`nameEnd`
  let nameAt = 0
  let nameEnd = 0
  let files = 0
  let subtrees = 0
  const header = (): boolean => {
    nameAt = at
    nameEnd = buf.indexOf(NUL, at)
    if (nameEnd === -1 || nameEnd >= stop) return false
    let p = nameEnd + 1
    files = 0
    subtrees = 0
    for (let c = buf[p] as number; c >= DIGIT_0 && c <= DIGIT_9 && p < stop; c = buf[++p] as number) files = files * 10 + c - DIGIT_0
    if (p === nameEnd + 1 || buf[p] !== SPACE) return false // `-1` (out of date) stops here too
    const from = ++p
    for (let c = buf[p] as number; c >= DIGIT_0 && c <= DIGIT_9 && p < stop; c = buf[++p] as number) subtrees = subtrees * 10 + c - DIGIT_0
    if (p === from || buf[p] !== LF) return false
    at = p + 1 + SHA1_BYTES
    return at <= stop
  }
  // a directory's subtrees, counted into `node` down to DIR_COUNT_DEPTH; false when anything is off
  const readSubtrees = (node: DirNode, prefix: string, n: number, depth: number): boolean => {
    for (let k = 0; k < n; k++) {
      if (!header() || nameEnd === nameAt) return false
      const path = `${prefix}${buf.toString('utf8', nameAt, nameEnd)}/`
      // git keeps subtrees by name length first, not in the listing's order: the split does not mind
      const child = depth < DIR_COUNT_DEPTH ? node.child(path) : new DirNode()
      child.files = files
      if (!readSubtrees(child, path, subtrees, depth + 1)) return false
    }
    return true
  }
  if (!header() || nameEnd !== nameAt || files !== entries) return undefined
  const root = new DirNode()
  root.files = files
  return readSubtrees(root, '', subtrees, 0) && at === stop ? root : undefined
}

const DIGIT_0 = 0x30
const DIGIT_9 = 0x39
