import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createGitRunner } from '../../src/audit/index.js'
import { TRACKED_ARGS } from '../../src/audit/file-lister.js'
import { parseIndex, readIndexListing } from '../../src/audit/index-listing.js'
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
})
