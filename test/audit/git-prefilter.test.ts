import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createGitRunner } from '../../src/audit/index.js'
import { TRACKED_ARGS } from '../../src/audit/file-lister.js'
import { GREP_WORDS, grepParts, pathspecGroups, PREFILTER_WORDS, splitDirectories, splitPathspecs, streamCandidates } from '../../src/audit/git-prefilter.js'
import { runAudit } from '../../src/audit/run-audit.js'
import { readIndexListing } from '../../src/audit/index-listing.js'
import { readGrepSplit, saveGrepSplit } from '../../src/audit/split-cache.js'
import { commitAll, git, makeKey, makeTempDir, removeDir, useTempRepos, writeFiles } from './helpers/fixture-repo.js'

const { newRepo } = useTempRepos()
const gitRunner = createGitRunner()

/** What git is asked for: every file holding one of the grep's words, ASCII case aside. */
function needed(buf: Buffer): boolean {
  const lower = Buffer.from(buf.map((c) => (c >= 65 && c <= 90 ? c + 32 : c)))
  return GREP_WORDS.some((w) => lower.includes(w))
}

describe('the words git greps for', () => {
  it('cover every prefilter word (each holds one of them), with fewer passes', () => {
    for (const w of PREFILTER_WORDS) expect(GREP_WORDS.some((g) => w.includes(g)), w).toBe(true)
    expect(GREP_WORDS.length).toBeLessThan(PREFILTER_WORDS.length)
    // none is redundant: dropping any word would lose the prefilter words that hold only it
    for (const g of GREP_WORDS) expect(GREP_WORDS.some((o) => o !== g && g.includes(o)), g).toBe(false)
  })
})

/** A repository with the prefilter's words at every edge, keys without them, in nested and oddly named directories. */
function edgeRepo(): { dir: string; files: Record<string, string | Buffer> } {
  const dir = newRepo()
  const k = makeKey()
  const files: Record<string, string | Buffer> = {
    'start.txt': `ASSEMBLYAI_API_KEY=${k} at the very start\n`,
    'line-start.txt': `first line\nassemblyai\n`,
    'after-utf8.txt': `é${k}é AssemblyAI\n`,
    'mixed-case.txt': `AsSeMbLyAi ${k}\n`,
    'spelled.txt': `Assembly-AI key ${k}\n`,
    'spelled-space.txt': `assembly ai ${k}\n`,
    'aai-name.py': `aai.settings.api_key = "${k}"\n`,
    'public.env': `NEXT_PUBLIC_VOICE_KEY=${k}\n`,
    'vite.txt': `Vite_Voice_Key=${k}\n`,
    'react.txt': `react_app_key=${k}\n`,
    'gatsby.txt': `GATSBY_KEY=${k}\n`,
    'key-only.txt': `${k} but no word that ties it to anything\n`,
    'almost.txt': `assembly a.i., a a i, public-key, vite-config\n`,
    'end-no-newline.txt': `k=${k} assemblyai`,
    'keyword.ts': 'const t = new RealtimeService()\n',
    'keyword-case.ts': 'const t = new realtimeSERVICE()\n',
    'token-path.ts': "fetch('/v3/token')\n",
    'streaming-host.ts': "new WebSocket('wss://STREAMING.assemblyai.com/v3/ws')\n",
    'realtime-ws.ts': "const u = base + 'Realtime/WS'\n",
    'unredacted.py': 'config = TranscriptionConfig(redact_pii_return_unredacted=True)\n',
    'unredacted-prose.md': 'keep the unredacted copy for a week\n',
    'plain.ts': 'export const x = 1\n',
    'deep/a/b/c/d/e/leaf.txt': `assemblyai="${k}"\n`,
    'deep/a/b/other.ts': 'export {}\n',
    'odd [dir]*/? name.txt': `aai ${k}\n`,
    'odd [dir]*/plain.txt': 'nothing\n',
    ':colon/x.txt': `AAI ${k}\n`,
    'sp ace/y.txt': 'webhook_url: 1\n',
    'bin.dat': Buffer.concat([Buffer.from([0, 1, 2]), Buffer.from(`assemblyai ${k}`)]),
  }
  for (let i = 0; i < 30; i++) files[`many/d${i % 7}/f${i}.txt`] = i % 5 === 0 ? `assemblyai key ${makeKey()}\n` : i % 5 === 1 ? `key ${makeKey()}\n` : `line ${i}\n`
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
  it('finds exactly the files that hold one of its words (case aside), in one grep or split by directory', async () => {
    const { dir, files } = edgeRepo()
    writeFiles(dir, { 'untracked.txt': `assemblyai ${makeKey()}\n` })
    const want = expected(files)
    for (const kept of ['after-utf8.txt', 'mixed-case.txt', 'spelled.txt', 'spelled-space.txt', 'vite.txt', 'keyword-case.ts', ':colon/x.txt']) expect(want).toContain(kept)
    for (const left of ['key-only.txt', 'almost.txt', 'plain.ts', 'bin.dat']) expect(want).not.toContain(left)
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

  it('greps with a split given in advance, stale or not, and still finds every candidate once', async () => {
    const { dir, files } = edgeRepo()
    const want = expected(files)
    // the tree's own split, one of directories that are gone or not directories, one that overlaps nothing
    for (const directories of [[['many/', 'deep/a/']], [['gone/', 'start.txt/']], [['many/d1/'], ['odd [dir]*/', ':colon/']]]) {
      const stream = streamCandidates(gitRunner, dir, { directories })
      const seen: string[] = []
      stream.follow((paths) => seen.push(...paths))
      expect([...((await stream.result) ?? [])].sort()).toEqual(want)
      expect(seen.sort()).toEqual(want)
    }
    const listing = (await gitRunner.run(TRACKED_ARGS, dir)).stdout
    expect(pathspecGroups(splitDirectories(listing, 3, 1) ?? [])).toEqual(splitPathspecs(listing, 3, 1))
  })

  it('keeps the last split in the git directory and reads back only a well-formed one', () => {
    const dir = newRepo()
    const file = join(dir, '.git', 'voxguard-audit-cache', 'tree-grep-split.json')
    expect(readGrepSplit(dir, 2)).toBeUndefined()
    saveGrepSplit(dir, 2, [['src/', 'lib/a/']], undefined, 1234)
    const known = readGrepSplit(dir, 2)
    expect(known).toEqual({ directories: [['src/', 'lib/a/']], listingBytes: 1234 })
    expect(readGrepSplit(dir, 3)).toBeUndefined() // split for another number of cores
    // unchanged: not written again
    const before = statSync(file).mtimeMs
    saveGrepSplit(dir, 2, [['src/', 'lib/a/']], known, 1234)
    expect(statSync(file).mtimeMs).toBe(before)
    // the same split from a list of another size: written, with the new size
    saveGrepSplit(dir, 2, [['src/', 'lib/a/']], known, 1300)
    expect(readGrepSplit(dir, 2)?.listingBytes).toBe(1300)
    // a size that is not a whole number is not trusted (the split still is)
    writeFileSync(file, JSON.stringify({ version: 1, parts: 2, directories: [['src/']], listingBytes: 'x' }))
    expect(readGrepSplit(dir, 2)).toEqual({ directories: [['src/']], listingBytes: undefined })
    // the tree became too small to split: the entry is dropped
    saveGrepSplit(dir, 2, undefined, known)
    expect(readGrepSplit(dir, 2)).toBeUndefined()
    for (const directories of [[['../up/']], [['/abs/']], [['a/../../b/']], [['no-slash']], [['./']], [[]], [], [[1]], 'src/', [['a/'], ['b/']]]) {
      writeFileSync(file, JSON.stringify({ version: 1, parts: 2, directories }))
      expect(readGrepSplit(dir, 2)).toBeUndefined()
    }
    writeFileSync(file, '{not json')
    expect(readGrepSplit(dir, 2)).toBeUndefined()
    // a root that is not a clone's top level (no .git directory of its own): nothing read or written
    const sub = join(dir, 'sub')
    mkdirSync(sub)
    saveGrepSplit(sub, 2, [['x/']], undefined)
    expect(readGrepSplit(sub, 2)).toBeUndefined()
    expect(existsSync(join(sub, '.git'))).toBe(false)
  })

  it('an audit with a stale cached split finds what one without the cache finds', async () => {
    const { dir } = edgeRepo()
    // files outside the index too: with a cached split one git process lists both kinds
    writeFiles(dir, { '.gitignore': 'dist/\n', '.env': `ASSEMBLYAI_API_KEY=${makeKey()}\n`, 'dist/app.js': `var k="${makeKey()}"\n`, 'untracked/new.txt': `assemblyai ${makeKey()}\n` })
    const parts = grepParts()
    const plain = await runAudit({ root: dir, useCache: false })
    expect(plain.findings.map((f) => `${f.rule} ${f.file}`)).toEqual(expect.arrayContaining(['env-not-ignored .env', 'assemblyai-key .env', 'key-in-bundle dist/app.js', 'assemblyai-key untracked/new.txt']))
    const cache = join(dir, '.git', 'voxguard-audit-cache')
    expect(existsSync(join(cache, 'tree-grep-split.json'))).toBe(false) // --no-cache writes nothing
    mkdirSync(cache, { recursive: true })
    writeFileSync(join(cache, 'tree-grep-split.json'), JSON.stringify({ version: 1, parts, directories: [['gone/', 'many/d3/']] }))
    const cached = await runAudit({ root: dir })
    expect(cached.findings).toEqual(plain.findings)
    expect(cached.stats.files).toBe(plain.stats.files)
    expect(plain.findings.length).toBeGreaterThan(5)
    // this tree is too small to split: the stale entry is dropped for the next scan (one core: never kept)
    expect(readFileSync(join(cache, 'tree-grep-split.json'), 'utf8')).toContain(parts > 1 ? '"directories":[]' : 'gone/')
    // a split made from an index list of the same size is kept as it is, not worked out again
    const listingBytes = (await gitRunner.run(TRACKED_ARGS, dir)).stdout.length
    writeFileSync(join(cache, 'tree-grep-split.json'), JSON.stringify({ version: 1, parts, directories: [['gone/']], listingBytes }))
    const again = await runAudit({ root: dir })
    expect(again.findings).toEqual(plain.findings)
    if (parts > 1) expect(readGrepSplit(dir, parts)).toEqual({ directories: [['gone/']], listingBytes })
  })

  it("a first scan of a large tree splits its grep on the index file, and keeps git's split for the next", async () => {
    const dir = newRepo()
    const files: Record<string, string> = {}
    for (let i = 0; i < 4200; i++) files[`pkg${i % 9}/mod${i % 13}/f${i}.txt`] = i % 97 === 0 ? `assemblyai ${makeKey()}\n` : `line ${i}\n`
    writeFiles(dir, files)
    commitAll(dir, 'many')
    const listing = (await gitRunner.run(TRACKED_ARGS, dir)).stdout
    expect(readIndexListing(dir)).toEqual(listing)
    const plain = await runAudit({ root: dir, useCache: false })
    const first = await runAudit({ root: dir })
    expect(first.findings).toEqual(plain.findings)
    expect(first.findings).toHaveLength(Math.ceil(4200 / 97))
    const parts = grepParts()
    if (parts > 1) expect(readGrepSplit(dir, parts)).toEqual({ directories: splitDirectories(listing, parts), listingBytes: listing.length })
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
