import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createGitRunner } from '../../src/audit/index.js'
import { TRACKED_ARGS } from '../../src/audit/file-lister.js'
import { splitPathspecs, streamCandidates } from '../../src/audit/git-prefilter.js'
import { hasKeyCandidate } from '../../src/audit/internal/key-candidate.js'
import { CODE_KEYWORDS } from '../../src/audit/code-keywords.js'
import { commitAll, git, makeKey, makeTempDir, removeDir, useTempRepos, writeFiles } from './helpers/fixture-repo.js'

const { newRepo } = useTempRepos()
const gitRunner = createGitRunner()

/** What the prefilter must keep: every file the tree pass would look at. */
function needed(buf: Buffer): boolean {
  return hasKeyCandidate(buf) || CODE_KEYWORDS.some((k) => buf.includes(k))
}

/** A repository where keys sit at every edge the byte test knows about, in nested and oddly named directories. */
function edgeRepo(): { dir: string; files: Record<string, string | Buffer> } {
  const dir = newRepo()
  const k = makeKey()
  const files: Record<string, string | Buffer> = {
    'start.txt': `${k} at the very start\n`,
    'line-start.txt': `first line\n${k}\n`,
    'after-utf8.txt': `é${k}é\n`,
    'underscore.txt': `_${k}_\n`,
    'in-word.txt': `x${k}\n`,
    'upper-next.txt': `${k}X\n`,
    'too-long.txt': `${k}a\n`,
    'upper-inside.txt': `${k.slice(0, 31)}Q\n`,
    'end-no-newline.txt': `k=${k}`,
    'keyword.ts': 'const t = new RealtimeService()\n',
    'token-path.ts': "fetch('/v3/token')\n",
    'plain.ts': 'export const x = 1\n',
    'deep/a/b/c/d/e/leaf.txt': `v="${k}"\n`,
    'deep/a/b/other.ts': 'export {}\n',
    'odd [dir]*/? name.txt': `${k}\n`,
    'odd [dir]*/plain.txt': 'nothing\n',
    ':colon/x.txt': `${k}\n`,
    'sp ace/y.txt': 'webhook_url: 1\n',
    'bin.dat': Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(k)]),
  }
  for (let i = 0; i < 30; i++) files[`many/d${i % 7}/f${i}.txt`] = i % 5 === 0 ? `key ${makeKey()}\n` : `line ${i}\n`
  for (const [rel, content] of Object.entries(files)) {
    if (typeof content === 'string') writeFiles(dir, { [rel]: content })
    else writeFileSync(join(dir, rel), content)
  }
  commitAll(dir, 'edges')
  return { dir, files }
}

function expected(files: Record<string, string | Buffer>): string[] {
  return Object.entries(files)
    .filter(([, c]) => {
      const buf = typeof c === 'string' ? Buffer.from(c) : c
      return !buf.subarray(0, 8000).includes(0) && needed(buf)
    })
    .map(([p]) => p)
    .sort()
}

describe('git grep prefilter', () => {
  it('finds exactly the files the byte-level test keeps, in one grep or split by directory', async () => {
    const { dir, files } = edgeRepo()
    writeFiles(dir, { 'untracked.txt': `${makeKey()}\n` })
    const want = expected(files)
    expect(want).toContain('after-utf8.txt')
    expect(want).not.toContain('in-word.txt')
    const one = await streamCandidates(gitRunner, dir).result
    expect([...(one ?? [])].sort()).toEqual(want)
    for (const parallelism of [2, 3, 4]) {
      const tracked = gitRunner.run(TRACKED_ARGS, dir)
      const split = streamCandidates(gitRunner, dir, { tracked, parallelism, splitMinFiles: 1 })
      const seen: string[] = []
      split.follow((paths) => seen.push(...paths))
      const result = await split.result
      expect([...(result ?? [])].sort()).toEqual(want)
      expect(seen.sort()).toEqual(want)
    }
  })

  it('splits the tracked files into groups that cover each path exactly once', async () => {
    const { dir } = edgeRepo()
    const all = git(dir, 'ls-files', '-z').split('\0').filter(Boolean).sort()
    const listing = (await gitRunner.run(TRACKED_ARGS, dir)).stdout
    expect(splitPathspecs(listing, 2)).toBeUndefined() // too small to gain
    for (const parts of [2, 3, 4]) {
      const groups = splitPathspecs(listing, parts, 1)
      expect(groups).toBeDefined()
      const covered = (groups ?? []).flatMap((specs) => git(dir, 'ls-files', '-z', '--', ...specs).split('\0').filter(Boolean))
      expect(covered.sort()).toEqual(all)
      expect(new Set(covered).size).toBe(covered.length)
    }
  })

  it('streams nothing and answers undefined outside a git work tree', async () => {
    const dir = makeTempDir()
    try {
      writeFiles(dir, { 'a.txt': `${makeKey()}\n` })
      const tracked = gitRunner.run(TRACKED_ARGS, dir)
      expect(await streamCandidates(gitRunner, dir, { tracked, splitMinFiles: 1 }).result).toBeUndefined()
      expect(await streamCandidates(gitRunner, dir).result).toBeUndefined()
    } finally {
      removeDir(dir)
    }
  })
})
