/**
 * End-to-end: spawns `node bin/voxguard.js audit` (the built CLI; `npm test` builds first, and this
 * suite builds when dist/ is missing) and checks exit codes and the three formats.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commitAll, initRepo, makeKey, makeTempDir, removeDir, writeFiles } from './helpers/fixture-repo.js'

const REPO = resolve(import.meta.dirname, '../..')
const BIN = join(REPO, 'bin/voxguard.js')
const dirs: string[] = []

function audit(cwd: string, ...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, 'audit', ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

let leaky: string
let clean: string
let key: string

beforeAll(() => {
  if (!existsSync(join(REPO, 'dist/src/audit/internal/history-worker.js'))) {
    const b = spawnSync('npm', ['run', 'build'], { cwd: REPO, encoding: 'utf8' })
    if (b.status !== 0) throw new Error(`build failed: ${b.stdout}${b.stderr}`)
  }
  key = makeKey()
  leaky = makeTempDir()
  clean = makeTempDir()
  dirs.push(leaky, clean)
  initRepo(leaky)
  writeFiles(leaky, {
    'src/client.ts': `import { AssemblyAI } from 'assemblyai'\nexport const client = new AssemblyAI({ apiKey: '${key}' })\n`,
    'src/job.ts': 'await client.transcripts.transcribe({ audio: url, redact_pii: true, content_safety: true })\n',
  })
  commitAll(leaky, 'leak')
  initRepo(clean)
  writeFiles(clean, { 'src/index.ts': 'export const client = new AssemblyAI({ apiKey: process.env.ASSEMBLYAI_API_KEY! })\n' })
  commitAll(clean, 'clean')
}, 180_000)

afterAll(() => {
  for (const d of dirs) removeDir(d)
})

describe('voxguard audit (CLI)', () => {
  it('exit 0 on a clean repository, 1 with findings (text grouped by rule, with the fix, key masked)', () => {
    const ok = audit(clean, '.')
    expect(ok.code).toBe(0)
    expect(ok.stdout).toContain('no findings')
    const bad = audit(leaky)
    expect(bad.code).toBe(1)
    expect(bad.stdout).toContain('ERROR assemblyai-key')
    expect(bad.stdout).toContain('src/client.ts:2:')
    expect(bad.stdout).toContain('fix:')
    expect(bad.stdout).toContain(`${key.slice(0, 4)}…`)
    expect(bad.stdout + bad.stderr).not.toContain(key)
    expect(bad.stdout).not.toContain('\x1b[')
  })

  it('json has the documented shape', () => {
    const r = audit(leaky, '.', '--format', 'json')
    expect(r.code).toBe(1)
    const doc = JSON.parse(r.stdout) as { version: number; findings: Record<string, unknown>[]; stats: Record<string, unknown> }
    expect(doc.version).toBe(1)
    expect(Object.keys(doc.stats).sort()).toEqual(['bytes', 'commits', 'files', 'seconds'])
    const rules = doc.findings.map((f) => f['rule']).sort()
    expect(rules).toEqual(['assemblyai-key', 'retention-missing'])
    for (const f of doc.findings) {
      expect(Object.keys(f).sort()).toEqual(['column', 'file', 'fingerprint', 'line', 'message', 'rule', 'severity'])
      expect(f['fingerprint']).toMatch(/^[0-9a-f]{64}$/)
    }
    expect(r.stdout).not.toContain(key)
  })

  it('sarif 2.1.0 with rules (help, fix) and results; --output keeps exit 1', () => {
    const r = audit(leaky, '.', '--format', 'sarif', '--output', 'report.sarif')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    const sarif = JSON.parse(readFileSync(join(leaky, 'report.sarif'), 'utf8')) as {
      version: string
      runs: { tool: { driver: { name: string; rules: { id: string; help: { text: string }; shortDescription: { text: string } }[] } }; results: { ruleId: string; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[]; partialFingerprints: Record<string, string> }[] }[]
    }
    expect(sarif.version).toBe('2.1.0')
    expect(sarif.runs).toHaveLength(1)
    const run = sarif.runs[0]
    expect(run?.tool.driver.rules.length).toBeGreaterThanOrEqual(15)
    for (const rule of run?.tool.driver.rules ?? []) {
      expect(rule.help.text).toContain('Fix:')
      expect(rule.shortDescription.text.length).toBeGreaterThan(0)
    }
    const result = run?.results.find((x) => x.ruleId === 'assemblyai-key')
    expect(result?.level).toBe('error')
    expect(result?.locations[0]?.physicalLocation.artifactLocation.uri).toBe('src/client.ts')
    expect(result?.locations[0]?.physicalLocation.region.startLine).toBe(2)
    expect(Object.values(result?.partialFingerprints ?? {})[0]).toMatch(/^[0-9a-f]{64}$/)
    expect(readFileSync(join(leaky, 'report.sarif'), 'utf8')).not.toContain(key)
  })

  it('notes (retention-missing) fail only with --min-severity note', () => {
    const dir = makeTempDir()
    dirs.push(dir)
    writeFiles(dir, { 'job.ts': 'await client.transcripts.transcribe({ audio: url, redact_pii: true, content_safety: true })\n' })
    const r = audit(dir, '.')
    expect(r.code).toBe(0)
    expect(r.stdout).toContain('NOTE retention-missing')
    expect(audit(dir, '.', '--min-severity', 'note').code).toBe(1)
  })

  it('--write-baseline then --baseline silences known findings', () => {
    expect(audit(leaky, '.', '--write-baseline', 'base.json').code).toBe(0)
    const r = audit(leaky, '.', '--baseline', 'base.json', '--format', 'json')
    expect(JSON.parse(r.stdout).findings).toEqual([])
    expect(r.code).toBe(0)
  })

  it('exit 2: bad path, bad baseline, bad format, --history outside git', () => {
    expect(audit(clean, 'no/such/dir').code).toBe(2)
    writeFiles(clean, { 'bad-baseline.json': '[1, 2]' })
    const bad = audit(clean, '.', '--baseline', 'bad-baseline.json')
    expect(bad.code).toBe(2)
    expect(bad.stderr).toContain('baseline')
    // a baseline of another format version is not read as version 1
    writeFiles(clean, { 'v2-baseline.json': '{"version": 2, "fingerprints": []}' })
    expect(audit(clean, '.', '--baseline', 'v2-baseline.json').code).toBe(2)
    // a report or baseline that cannot be written: a clear message, exit 2
    const out = audit(clean, '.', '--output', 'no/such/dir/report.json')
    expect(out.code).toBe(2)
    expect(out.stderr).toMatch(/--output .*report\.json: its directory does not exist/)
    expect(audit(clean, '.', '--write-baseline', 'no/such/dir/base.json').code).toBe(2)
    expect(audit(clean, '.', '--format', 'xml').code).toBe(2)
    const outside = makeTempDir()
    dirs.push(outside)
    const h = audit(outside, '.', '--history')
    expect(h.code).toBe(2)
    expect(h.stderr).toContain('not inside a git repository')
  })

  it('--history: worker threads, the cache and the warm path find the same', () => {
    const first = audit(leaky, '.', '--history', '--format', 'json')
    expect(first.code).toBe(1)
    const doc = JSON.parse(first.stdout) as { findings: { rule: string; commit?: string }[]; stats: { commits: number } }
    expect(doc.stats.commits).toBe(1)
    const h = doc.findings.find((f) => f.rule === 'key-in-history')
    expect(h?.commit).toMatch(/^[0-9a-f]{40}$/)
    const inWorkers = JSON.parse(audit(leaky, '.', '--history', '--format', 'json', '--workers', '2', '--no-cache').stdout) as { findings: unknown[] }
    expect(inWorkers.findings).toEqual(doc.findings)
    const warm = JSON.parse(audit(leaky, '.', '--history', '--format', 'json').stdout) as { findings: unknown[]; stats: { commits: number } }
    expect(warm.findings).toEqual(doc.findings)
    expect(warm.stats.commits).toBe(1)
  })

  it('the tree pass in worker threads finds the same as the main thread', () => {
    const dir = makeTempDir()
    dirs.push(dir)
    initRepo(dir)
    const files: Record<string, string> = {}
    for (let i = 0; i < 40; i++) files[`src/f${i}.ts`] = i % 10 === 3 ? `const ASSEMBLYAI_API_KEY = '${makeKey()}'\n` : `export const v${i} = ${i}\n`
    files['src/job.ts'] = 'await client.transcripts.transcribe({ audio: url })\n'
    // options imported from another module of the app, read in either thread
    files['src/aai-defaults.ts'] = 'export const base = { redact_pii: true }\n'
    files['src/job2.ts'] = "import { base } from './aai-defaults.js'\nawait client.transcripts.submit({ ...base, audio: url })\n"
    writeFiles(dir, files)
    commitAll(dir, 'many files')
    writeFiles(dir, { 'untracked.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    const inMain = JSON.parse(audit(dir, '.', '--format', 'json', '--workers', '0').stdout) as { findings: { rule: string; file: string; line: number }[] }
    const inWorkers = JSON.parse(audit(dir, '.', '--format', 'json', '--workers', '2').stdout) as { findings: unknown[] }
    expect(inWorkers.findings).toEqual(inMain.findings)
    expect(inMain.findings.map((f) => `${f.rule} ${f.file}`).sort()).toEqual([
      'assemblyai-key src/f13.ts',
      'assemblyai-key src/f23.ts',
      'assemblyai-key src/f3.ts',
      'assemblyai-key src/f33.ts',
      'assemblyai-key untracked.txt',
      'content-safety-off src/job.ts',
      'content-safety-off src/job2.ts',
      'retention-missing src/job.ts',
      'transcribe-without-redact-pii src/job.ts',
    ])
  })

  it('--staged for pre-commit hooks', () => {
    writeFiles(clean, { 'new.env.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    expect(audit(clean, '.', '--staged').code).toBe(0)
    spawnSync('git', ['add', 'new.env.txt'], { cwd: clean })
    const r = audit(clean, '.', '--staged')
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('new.env.txt:1')
  })
})
