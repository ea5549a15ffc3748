import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createGitRunner } from '../../src/audit/index.js'
import { TRACKED_ARGS } from '../../src/audit/file-lister.js'
import { countsFromTail, parseIndex, readIndexCounts, readIndexListing } from '../../src/audit/index-listing.js'
import { splitCounted, splitDirectories } from '../../src/audit/git-prefilter.js'
import { commitAll, git, makeTempDir, removeDir, useTempRepos, writeFiles } from './helpers/fixture-repo.js'

const { newRepo } = useTempRepos()
const runner = createGitRunner()
/** git's own list with every tag made `H` (the index file alone cannot tell the others apart, nor need it). */
const gitListing = async (dir: string): Promise<string> => (await runner.run(TRACKED_ARGS, dir)).stdout.toString('utf8').replace(/(^|\0)[A-Z?] /g, '$1H ')

describe('the index file read directly (for the first grep split only)', () => {
  it("lists what git ls-files lists: odd names, long names, intent-to-add (a version 3 index), conflicts", async () => {
    const dir = newRepo()
    writeFiles(dir, { 'a.txt': '1\n', 'sp ace/é ü.txt': '2\n', 'deep/a/b/c.ts': '3\n', '? odd.txt': '4\n', 'f.txt': 'base\n' })
    commitAll(dir, 'one')
    expect(readIndexListing(dir)?.toString('utf8')).toBe(await gitListing(dir))
    // a name of 4,095 bytes or more has 0xfff in its length field and ends at its NUL (too long to make
    // on this file system: the field of a short name is set so)
    const one = newRepo()
    writeFiles(one, { 'only.txt': 'x\n' })
    commitAll(one, 'one')
    const bytes = Buffer.from(readFileSync(join(one, '.git', 'index')))
    bytes.writeUInt16BE(bytes.readUInt16BE(12 + 60) | 0x0fff, 12 + 60)
    expect(parseIndex(bytes)?.toString('utf8')).toBe('H only.txt\0')
    writeFiles(dir, { 'later.txt': 'x\n' })
    git(dir, 'add', '-N', 'later.txt')
    expect(readFileSync(join(dir, '.git', 'index')).readUInt32BE(4)).toBe(3)
    expect(readIndexListing(dir)?.toString('utf8')).toBe(await gitListing(dir))
    git(dir, 'reset', '-q')
    git(dir, 'checkout', '-q', '-b', 'other')
    writeFiles(dir, { 'f.txt': 'theirs\n' })
    commitAll(dir, 'other')
    git(dir, 'checkout', '-q', 'main')
    writeFiles(dir, { 'f.txt': 'ours\n' })
    commitAll(dir, 'ours')
    expect(() => git(dir, 'merge', '-q', 'other')).toThrow()
    expect(readIndexListing(dir)?.toString('utf8')).toBe(await gitListing(dir))
  })

  it('leaves to git what it does not read: version 4, a split index, SHA-256, no .git directory, damage', () => {
    const dir = newRepo()
    writeFiles(dir, { 'a.txt': '1\n', 'b/c.txt': '2\n' })
    commitAll(dir, 'one')
    const index = join(dir, '.git', 'index')
    const good = readFileSync(index)
    expect(parseIndex(good)).toBeDefined()
    for (const damaged of [good.subarray(0, 40), Buffer.concat([good.subarray(0, good.length - 20), Buffer.alloc(7), good.subarray(good.length - 20)]), Buffer.from('not an index at all, just text')])
      expect(parseIndex(damaged)).toBeUndefined()
    git(dir, 'update-index', '--index-version', '4')
    expect(readIndexListing(dir)).toBeUndefined()
    git(dir, 'update-index', '--index-version', '2')
    expect(readIndexListing(dir)).toBeDefined()
    git(dir, 'update-index', '--split-index')
    expect(readIndexListing(dir)).toBeUndefined()
    git(dir, 'update-index', '--no-split-index')
    expect(readIndexListing(dir)).toBeDefined()
    writeFileSync(join(dir, '.git', 'config'), `${readFileSync(join(dir, '.git', 'config'), 'utf8')}[extensions]\n\tobjectformat = sha256\n`)
    expect(readIndexListing(dir)).toBeUndefined()
    const plain = makeTempDir()
    try {
      expect(readIndexListing(plain)).toBeUndefined()
      expect(readIndexListing(join(dir, 'b'))).toBeUndefined()
    } finally {
      removeDir(plain)
    }
  })

  it("counts the files per directory from the cache tree as git's list counts them, and gives the same split", async () => {
    const dir = newRepo()
    const files: Record<string, string> = {}
    // names git orders differently in its cache tree (length first) and its list (bytes): `a-b/` < `a/` < `ab/`
    const dirs = ['a', 'a-b', 'ab', 'z', 'é dir', 'TREE', 'x/TREE 1 0', 'deep/b/c/d/e', 'deep/b/c2', 'm/n']
    dirs.forEach((d, i) => {
      for (let k = 0; k <= i * 3; k++) files[`${d}/f${k}.txt`] = `${k}\n`
    })
    files['top.txt'] = 'top\n'
    writeFiles(dir, files)
    commitAll(dir, 'one')
    const counted = readIndexCounts(dir)
    expect(counted).toBeDefined()
    const listing = await gitListing(dir)
    const total = Object.keys(files).length
    expect(counted?.counts.files).toBe(total)
    expect(counted?.counts.children.get('deep/')?.files).toBe(Object.keys(files).filter((p) => p.startsWith('deep/')).length)
    expect(counted?.counts.children.get('deep/')?.children.get('deep/b/')?.children.get('deep/b/c/')?.children.get('deep/b/c/d/')?.children.size).toBe(0)
    for (const parts of [2, 3, 4]) expect(splitCounted(counted!.counts, parts, 1)).toEqual(splitDirectories(Buffer.from(listing), parts, 1))
    // a version 4 index (names prefix-compressed) keeps the same cache tree
    git(dir, 'update-index', '--index-version', '4')
    expect(readIndexCounts(dir)?.counts).toEqual(counted?.counts)
  })

  it('leaves the counting to the names when the cache tree is out of date, missing or damaged', () => {
    const dir = newRepo()
    writeFiles(dir, { 'a/1.txt': '1\n', 'b/2.txt': '2\n' })
    commitAll(dir, 'one')
    const index = join(dir, '.git', 'index')
    const good = readFileSync(index)
    expect(countsFromTail(good.subarray(0, 12), good)).toBeDefined()
    // a file staged since the commit marks its directories and the root out of date (-1)
    writeFiles(dir, { 'a/3.txt': '3\n' })
    git(dir, 'add', 'a/3.txt')
    expect(readIndexCounts(dir)).toBeUndefined()
    expect(readIndexListing(dir)).toBeDefined()
    // a header that does not match the tree's root, a damaged extension, a tail that cut the tree off
    const wrongCount = Buffer.from(good.subarray(0, 12))
    wrongCount.writeUInt32BE(good.readUInt32BE(8) + 1, 8)
    expect(countsFromTail(wrongCount, good)).toBeUndefined()
    const at = good.indexOf('TREE')
    const damaged = Buffer.from(good)
    damaged.writeUInt32BE(good.readUInt32BE(at + 4) + 1, at + 4)
    expect(countsFromTail(good.subarray(0, 12), damaged)).toBeUndefined()
    expect(countsFromTail(good.subarray(0, 12), good.subarray(at + 1))).toBeUndefined()
    expect(countsFromTail(Buffer.from('not an index'), good)).toBeUndefined()
    // no cache tree at all (the extension cut out; the checksum is not read here)
    const size = good.readUInt32BE(at + 4)
    const without = Buffer.concat([good.subarray(0, at), good.subarray(at + 8 + size)])
    expect(without.includes('TREE')).toBe(false)
    expect(countsFromTail(good.subarray(0, 12), without)).toBeUndefined()
  })
})
