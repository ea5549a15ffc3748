import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createGitRunner, runAudit, scanHistory, type Finding } from '../../src/audit/index.js'
import { cacheFile } from '../../src/audit/history-cache.js'
import { ValidationError } from '../../src/errors.js'
import { commitAll, findingPlaces, git, makeKey, makeTempDir, useTempRepos, writeFiles } from './helpers/fixture-repo.js'

const { newRepo, track } = useTempRepos()
const where = findingPlaces
const gitRunner = createGitRunner()

describe('history scan', () => {
  it('finds a key added then deleted, and .env files ever committed', async () => {
    const dir = newRepo()
    const k = makeKey()
    writeFiles(dir, { 'src/a.ts': 'export const a = 1\n' })
    commitAll(dir, 'one')
    writeFiles(dir, { 'src/a.ts': `export const a = 1\nconst OLD_ASSEMBLYAI_KEY = "${k}"\n`, '.env': 'DEBUG=1\n' })
    const leaking = commitAll(dir, 'two')
    writeFiles(dir, { 'src/a.ts': 'export const a = 1\n' })
    git(dir, 'rm', '-q', '--cached', '.env')
    writeFiles(dir, { '.gitignore': '.env\n' })
    commitAll(dir, 'three: remove it')
    const tree = await runAudit({ root: dir, workers: 0, useCache: false })
    expect(tree.findings).toEqual([])
    const report = await runAudit({ root: dir, history: true, workers: 0, useCache: false })
    expect(where(report.findings)).toEqual(['env-committed .env:1', 'key-in-history src/a.ts:2'])
    const hit = report.findings.find((f) => f.rule === 'key-in-history') as Finding
    expect(hit.commit).toBe(leaking)
    expect(hit.column).toBe('const OLD_ASSEMBLYAI_KEY = "'.length + 1)
    expect(JSON.stringify(report)).not.toContain(k)
    expect(report.stats.commits).toBe(3)
  })

  it('finds a rotated key whose context did not change in its commit, by reading the file as it stood then (blind set AC)', async () => {
    const dir = newRepo()
    const [first, second, hash] = [makeKey(), makeKey(), makeKey()]
    const client = (key: string, note = ''): string =>
      `import { AssemblyAI } from "assemblyai";\n\nconst client = new AssemblyAI({\n${note}  apiKey:\n    "${key}",\n});\n\nexport default client;\n`
    writeFiles(dir, { 'src/transcribe.js': 'import { AssemblyAI } from "assemblyai";\n\nconst client = new AssemblyAI({\n  apiKey: process.env.ASSEMBLYAI_API_KEY,\n});\n' })
    commitAll(dir, 'env key')
    writeFiles(dir, { 'src/transcribe.js': client(first) })
    const hardcoded = commitAll(dir, 'hard-code it for the demo')
    // the rotation: in `git log -p -U0` the new value's line is a hunk of its own, its name unchanged
    writeFiles(dir, { 'src/transcribe.js': client(second, '  // rotated after the demo\n') })
    const rotated = commitAll(dir, 'rotate')
    // a digest added alone next to unchanged code stays unflagged, as the tree scan leaves it
    writeFiles(dir, { 'src/transcribe.js': 'import { AssemblyAI } from "assemblyai";\n\nconst client = new AssemblyAI({ apiKey: process.env.ASSEMBLYAI_API_KEY });\n\nexport default client;\n', 'assets/sums.txt': `logo.png md5 ${hash}\n` })
    commitAll(dir, 'back to the environment')
    const report = await runAudit({ root: dir, history: true, workers: 0, useCache: false })
    expect(where(report.findings)).toEqual(['key-in-history src/transcribe.js:5', 'key-in-history src/transcribe.js:6'])
    expect(report.findings.map((f) => f.commit).sort()).toEqual([hardcoded, rotated].sort())
    expect(JSON.stringify(report)).not.toContain(first)
    // the same with the history split across worker threads
    const split = await runAudit({ root: dir, history: true, workers: 2, useCache: false })
    expect(where(split.findings)).toEqual(where(report.findings))
  })

  it('finds a key written while resolving a merge (an "evil merge"), on its real line', async () => {
    const dir = newRepo()
    const k = makeKey()
    writeFiles(dir, { 'src/config.js': "module.exports = {\n  region: 'us',\n}\n" })
    commitAll(dir, 'base')
    const main = git(dir, 'rev-parse', '--abbrev-ref', 'HEAD').trim()
    git(dir, 'checkout', '-q', '-b', 'eu')
    writeFiles(dir, { 'src/eu.js': "module.exports = { region: 'eu' }\n" })
    commitAll(dir, 'eu')
    git(dir, 'checkout', '-q', main)
    writeFiles(dir, { 'README.md': '# app\n' })
    commitAll(dir, 'readme')
    git(dir, 'merge', '-q', '--no-ff', '--no-commit', 'eu')
    // the merge's own change: in neither parent
    writeFiles(dir, { 'src/config.js': `const { AssemblyAI } = require('assemblyai')\nmodule.exports = {\n  region: 'us',\n  client: new AssemblyAI({ apiKey: '${k}' }),\n}\n` })
    const merge = commitAll(dir, 'merge eu')
    writeFiles(dir, { 'src/config.js': "module.exports = {\n  region: 'us',\n}\n" })
    commitAll(dir, 'remove it')
    const report = await runAudit({ root: dir, history: true, workers: 0, useCache: false })
    expect(where(report.findings)).toEqual(['key-in-history src/config.js:4'])
    expect(report.findings[0]?.commit).toBe(merge)
  })

  it('finds keys in added lines across a multi-line constructor, and honours inline ignores', async () => {
    const dir = newRepo()
    writeFiles(dir, {
      'x.ts': `import { AssemblyAI } from 'assemblyai'\nconst c = new AssemblyAI({\n  apiKey: '${makeKey()}',\n})\nconst ASSEMBLYAI_OK = '${makeKey()}' // voxguard-ignore\n`,
    })
    commitAll(dir, 'one')
    const result = await scanHistory({ root: dir, git: gitRunner, workers: 0, useCache: false })
    expect(where(result.findings)).toEqual(['key-in-history x.ts:3'])
  })

  it('caches scanned commits under the git dir so a re-run scans only new commits', async () => {
    const dir = newRepo()
    const k = makeKey()
    writeFiles(dir, { 'a.txt': `ASSEMBLYAI_API_KEY=${k}\n` })
    commitAll(dir, 'one')
    writeFiles(dir, { 'b.txt': 'hello\n' })
    commitAll(dir, 'two')
    const cold = await scanHistory({ root: dir, git: gitRunner, workers: 0 })
    expect(cold.scanned).toBe(2)
    const file = cacheFile(join(dir, '.git'))
    expect(existsSync(file)).toBe(true)
    expect(readFileSync(file, 'utf8')).not.toContain(k)
    const warm = await scanHistory({ root: dir, git: gitRunner, workers: 0 })
    expect(warm.scanned).toBe(0)
    expect(warm.findings).toEqual(cold.findings)
    writeFiles(dir, { 'c.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    commitAll(dir, 'three')
    const next = await scanHistory({ root: dir, git: gitRunner, workers: 0 })
    expect(next.scanned).toBe(1)
    expect(where(next.findings)).toEqual(['key-in-history a.txt:1', 'key-in-history c.txt:1'])
  })

  it('--since limits the range', async () => {
    const dir = newRepo()
    writeFiles(dir, { 'a.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    const first = commitAll(dir, 'one')
    writeFiles(dir, { 'b.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    commitAll(dir, 'two')
    const result = await scanHistory({ root: dir, git: gitRunner, since: first, workers: 0, useCache: false })
    expect(where(result.findings)).toEqual(['key-in-history b.txt:1'])
    await expect(scanHistory({ root: dir, git: gitRunner, since: 'no-such-ref', workers: 0 })).rejects.toThrow(ValidationError)
  })

  it('refuses --history outside a git repository', async () => {
    const dir = makeTempDir()
    track(dir)
    await expect(runAudit({ root: dir, history: true })).rejects.toThrow(/not inside a git repository/)
  })
})

describe('staged scan', () => {
  it('scans only what is staged', async () => {
    const dir = newRepo()
    writeFiles(dir, { 'old.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    commitAll(dir, 'one')
    writeFiles(dir, { 'new.ts': `// client\nconst ASSEMBLYAI_API_KEY = '${makeKey()}'\n`, '.env.production': 'X=1\n', 'unstaged.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    git(dir, 'add', 'new.ts', '.env.production')
    const report = await runAudit({ root: dir, staged: true })
    expect(where(report.findings)).toEqual(['assemblyai-key new.ts:2', 'env-not-ignored .env.production:1'])
    expect(report.findings.every((f) => f.commit === undefined)).toBe(true)
  })

  it('reads a staged file whole when a key-shaped token is added: context and ignore marks on unchanged lines count', async () => {
    const dir = newRepo()
    writeFiles(dir, { 'ctx.py': 'import assemblyai as aai\n\n', 'ignored.sh': '#!/bin/sh\n# voxguard-ignore\n', 'fake.sh': '# fake key below\n' })
    commitAll(dir, 'context first')
    const k = makeKey()
    writeFiles(dir, {
      'ctx.py': `import assemblyai as aai\n\napi_key = "${k}"\n`,
      'ignored.sh': `#!/bin/sh\n# voxguard-ignore\nexport ASSEMBLYAI_API_KEY=${makeKey()}\n`,
      'fake.sh': `# fake key below\nexport ASSEMBLYAI_API_KEY=${makeKey()}\n`,
    })
    git(dir, 'add', '-A')
    const staged = await runAudit({ root: dir, staged: true })
    expect(where(staged.findings)).toEqual(['assemblyai-key ctx.py:3'])
    // the same finding, with the same fingerprint, as the tree scan
    const tree = await runAudit({ root: dir, workers: 0 })
    expect(tree.findings.map((f) => f.fingerprint)).toEqual(staged.findings.map((f) => f.fingerprint))
  })

  it('paths with spaces: no trailing tab from the diff, code rules and env files found', async () => {
    const dir = newRepo()
    writeFiles(dir, { 'a.txt': 'x\n' })
    commitAll(dir, 'one')
    writeFiles(dir, { 'dir with space/k.sh': `export ASSEMBLYAI_API_KEY=${makeKey()}\n`, 'my dir/a b.ts': 'await client.transcripts.transcribe({ audio: a })\n', 'env dir/.env': 'X=1\n' })
    git(dir, 'add', '-A')
    const staged = await runAudit({ root: dir, staged: true })
    expect(where(staged.findings)).toEqual(['assemblyai-key dir with space/k.sh:1', 'content-safety-off my dir/a b.ts:1', 'env-not-ignored env dir/.env:1', 'transcribe-without-redact-pii my dir/a b.ts:1'])
    commitAll(dir, 'two')
    const history = await runAudit({ root: dir, history: true, workers: 0, useCache: false })
    expect(where(history.findings).filter((w) => !w.startsWith('content') && !w.startsWith('transcribe') && !w.startsWith('retention'))).toEqual(['assemblyai-key dir with space/k.sh:1', 'env-committed env dir/.env:1', 'env-not-ignored env dir/.env:1', 'key-in-history dir with space/k.sh:1'])
  })

  it('runs the code rules on the staged version of changed code, reporting only added lines', async () => {
    const dir = newRepo()
    writeFiles(dir, { 'src/old.ts': 'await client.transcripts.transcribe({ audio: a })\n' })
    commitAll(dir, 'old call, already committed')
    writeFiles(dir, { 'src/old.ts': 'await client.transcripts.transcribe({ audio: a })\nawait client.streaming.createTemporaryToken({ expires_in_seconds: 3600 })\n', 'test/x.test.ts': 'await client.transcripts.transcribe({ audio: a })\n' })
    git(dir, 'add', '-A')
    writeFiles(dir, { 'src/old.ts': '// unstaged edit\n' })
    const report = await runAudit({ root: dir, staged: true })
    expect(where(report.findings)).toEqual(['token-ttl-too-long src/old.ts:2'])
  })

  it('reads a staged Python or JSON file for the unredacted-copy setting', async () => {
    const dir = newRepo()
    writeFiles(dir, { 'jobs/job.py': 'import assemblyai as aai\n' })
    commitAll(dir, 'one')
    writeFiles(dir, { 'jobs/job.py': 'import assemblyai as aai\ncfg = aai.TranscriptionConfig(redact_pii_return_unredacted=True)\n', 'config/t.json': '{"redact_pii_return_unredacted": true}\n' })
    git(dir, 'add', '-A')
    const report = await runAudit({ root: dir, staged: true })
    expect(where(report.findings)).toEqual(['unredacted-requested config/t.json:1', 'unredacted-requested jobs/job.py:2'])
  })
})
