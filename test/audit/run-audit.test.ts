import { afterEach, describe, expect, it } from 'vitest'
import { baselineDocument, DEFAULT_AUDIT_CONFIG, loadAuditConfig, readBaseline, runAudit, type Finding } from '../../src/audit/index.js'
import { ConfigError, ValidationError } from '../../src/errors.js'
import { commitAll, initRepo, makeKey, makeTempDir, removeDir, writeFiles } from './helpers/fixture-repo.js'

const dirs: string[] = []
afterEach(() => {
  while (dirs.length > 0) removeDir(dirs.pop() as string)
})

function repo(files: Record<string, string>, { git = true, commit = true } = {}): string {
  const dir = makeTempDir()
  dirs.push(dir)
  if (git) initRepo(dir)
  writeFiles(dir, files)
  if (git && commit) commitAll(dir, 'fixture')
  return dir
}

const where = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.rule} ${f.file}:${f.line}`).sort()

describe('runAudit on a working tree', () => {
  it('finds a key in tracked code, and nothing in a clean repository', async () => {
    const k = makeKey()
    const dir = repo({ 'src/client.ts': `import { AssemblyAI } from 'assemblyai'\nexport const client = new AssemblyAI({\n  apiKey: '${k}',\n})\n` })
    const report = await runAudit({ root: dir, workers: 0 })
    expect(where(report.findings)).toEqual(['assemblyai-key src/client.ts:3'])
    const f = report.findings[0] as Finding
    expect(f.severity).toBe('error')
    expect(f.column).toBe(12)
    expect(f.fingerprint).toMatch(/^[0-9a-f]{64}$/)
    expect(JSON.stringify(report)).not.toContain(k)
    expect(report.stats.files).toBe(1)

    const clean = repo({ 'src/client.ts': 'export const client = new AssemblyAI({ apiKey: process.env.ASSEMBLYAI_API_KEY! })\n' })
    expect((await runAudit({ root: clean })).findings).toEqual([])
  })

  it('env-not-ignored asks git: an ignored .env is fine, a tracked or unignored one is not, templates are fine', async () => {
    const dir = repo({ '.gitignore': '.env\n', '.env': `ASSEMBLYAI_API_KEY=${makeKey()}\n`, '.env.example': 'ASSEMBLYAI_API_KEY=your-key\n', 'a.txt': 'x' })
    expect(where((await runAudit({ root: dir })).findings)).toEqual([])
    writeFiles(dir, { 'config/.env.local': 'DEBUG=1\n' })
    expect(where((await runAudit({ root: dir })).findings)).toEqual(['env-not-ignored config/.env.local:1'])
    // dotenv-vault's encrypted .env.vault is made to be committed
    writeFiles(dir, { '.env.vault': 'DOTENV_VAULT_PRODUCTION="encrypted-blob"\n' })
    expect(where((await runAudit({ root: dir })).findings)).toEqual(['env-not-ignored config/.env.local:1'])
  })

  it('a tracked .env with a key: env-not-ignored and assemblyai-key', async () => {
    const dir = repo({ '.env': `# keys\nASSEMBLYAI_API_KEY=${makeKey()}\n` })
    expect(where((await runAudit({ root: dir })).findings)).toEqual(['assemblyai-key .env:2', 'env-not-ignored .env:1'])
  })

  it('key-reused-across-envs compares ignored env files by hash', async () => {
    const shared = makeKey()
    const dir = repo({
      '.gitignore': '.env*\n!.env.example\n',
      '.env.development': `ASSEMBLYAI_API_KEY=${shared}\n`,
      '.env.production': `LOG=info\nASSEMBLYAI_API_KEY="${shared}"\n`,
      '.env.staging': `ASSEMBLYAI_API_KEY=${makeKey()}\n`,
    })
    const report = await runAudit({ root: dir })
    expect(where(report.findings)).toEqual(['key-reused-across-envs .env.development:1', 'key-reused-across-envs .env.production:2'])
    expect(report.findings[0]?.message).toContain('.env.production')
  })

  it('key-in-bundle in git-ignored build output, with or without context', async () => {
    const dir = repo({
      '.gitignore': 'dist/\n.next/\n',
      'dist/assets/index-3f2a.js': `var c={baseURL:"https://api.assemblyai.com",apiKey:"${makeKey()}"};`,
      '.next/static/chunks/app.js': `t.k="${makeKey()}";`,
      '.next/cache/ignored.js': `t.k="${makeKey()}";`,
      'src/index.ts': 'export {}\n',
    })
    expect(where((await runAudit({ root: dir })).findings)).toEqual(['key-in-bundle .next/static/chunks/app.js:1', 'key-in-bundle dist/assets/index-3f2a.js:1'])
  })

  it('key-in-bundle in committed build output with no word tying it to AssemblyAI, with and without the git grep prefilter', async () => {
    const files: Record<string, string> = {
      'dist/app.js': `t.k="${makeKey()}";`,
      'packages/web/build/static/js/main.8d1c.js': `!function(){var a="${makeKey()}"}();`,
      'site/out/_next/chunk.js': `e.exports={k:"${makeKey()}"}`,
      'layout/view.js': `export const v = "${makeKey()}"\n`, // not build output: a bare value is not a finding
      'src/index.ts': 'export {}\n',
    }
    for (let i = 0; i < 60; i++) files[`pkg${i % 6}/f${i}.txt`] = `line ${i}\n`
    const dir = repo(files)
    const want = ['key-in-bundle dist/app.js:1', 'key-in-bundle packages/web/build/static/js/main.8d1c.js:1', 'key-in-bundle site/out/_next/chunk.js:1']
    expect(where((await runAudit({ root: dir })).findings)).toEqual(want)
    expect(where((await runAudit({ root: dir, gitPrefilter: false })).findings)).toEqual(want)
  })

  it('public-env-key for browser-exposed variables, even in ignored env files', async () => {
    const dir = repo({
      '.gitignore': '.env.local\n',
      '.env.local': `NEXT_PUBLIC_ASSEMBLYAI_API_KEY=${makeKey()}\n`,
      'web/.env.example': `VITE_ASSEMBLYAI_KEY=${makeKey()}\n`,
      'app/config.ts': `export const key = import.meta.env.VITE_AAI_KEY ?? '${makeKey()}'\n`,
    })
    const rules = where((await runAudit({ root: dir })).findings)
    // the code reads the variable (not a public-env-key finding) but falls back to a literal key:
    // that literal is in the source and in every bundle built from it
    expect(rules).toEqual(['assemblyai-key app/config.ts:1', 'public-env-key .env.local:1', 'public-env-key web/.env.example:1'])
  })

  it("public-env-key for a key a bundler's define inlines under a public name", async () => {
    const dir = repo({
      'vite.config.ts': `export default defineConfig({\n  define: {\n    'import.meta.env.VITE_ASSEMBLYAI_API_KEY': JSON.stringify('${makeKey()}'),\n  },\n})\n`,
      'webpack.config.js': `new webpack.DefinePlugin({ 'process.env.REACT_APP_ASSEMBLYAI_KEY': JSON.stringify("${makeKey()}") })\n`,
      'server.js': `const assemblyaiKey = String('${makeKey()}')\n`,
    })
    expect(where((await runAudit({ root: dir })).findings)).toEqual(['assemblyai-key server.js:1', 'public-env-key vite.config.ts:3', 'public-env-key webpack.config.js:1'])
  })

  it('key-in-ci-config for literal keys in CI files, not for secrets references', async () => {
    const dir = repo({
      '.github/workflows/ci.yml': `jobs:\n  test:\n    env:\n      ASSEMBLYAI_API_KEY: ${makeKey()}\n      OTHER: \${{ secrets.ASSEMBLYAI_API_KEY }}\n`,
      '.gitlab-ci.yml': `variables:\n  ASSEMBLYAI_API_KEY: "${makeKey()}"\n`,
      Jenkinsfile: `environment {\n  ASSEMBLYAI_API_KEY = '${makeKey()}'\n}\n`,
      '.circleci/config.yml': 'environment:\n  ASSEMBLYAI_API_KEY: ${ASSEMBLYAI_API_KEY}\n',
    })
    expect(where((await runAudit({ root: dir })).findings)).toEqual([
      'key-in-ci-config .github/workflows/ci.yml:4',
      'key-in-ci-config .gitlab-ci.yml:2',
      'key-in-ci-config Jenkinsfile:2',
    ])
  })

  it('code rules skip test files by default; retention-missing is a note', async () => {
    const call = 'await client.transcripts.transcribe({ audio: u })\n'
    const dir = repo({ 'src/job.ts': call, 'test/job.test.ts': call, 'src/other.spec.ts': call })
    const report = await runAudit({ root: dir })
    expect(where(report.findings)).toEqual(['content-safety-off src/job.ts:1', 'retention-missing src/job.ts:1', 'transcribe-without-redact-pii src/job.ts:1'])
    expect(report.findings.find((f) => f.rule === 'retention-missing')?.severity).toBe('note')
    const withTests = await runAudit({ root: dir, includeTests: true })
    expect(withTests.findings.filter((f) => f.rule === 'transcribe-without-redact-pii')).toHaveLength(3)
    writeFiles(dir, { 'src/cleanup.ts': 'await client.transcripts.delete(id)\n' })
    expect(where((await runAudit({ root: dir })).findings)).not.toContain('retention-missing src/job.ts:1')
  })

  it('a request whose path is joined to a base URL held elsewhere in the file is read (not only a literal /v2/transcript)', async () => {
    const dir = repo({
      'src/ky.ts': "const AAI_BASE = 'https://api.assemblyai.com/v2'\nexport const go = (u: string) => ky.post(`${AAI_BASE}/transcript`, { json: { audio_url: u, redact_pii: true } })\n",
      'src/axios.ts': "const aai = axios.create({ baseURL: 'https://api.assemblyai.com/v2' })\nexport const go = (u: string) => aai.post('/transcript', { audio_url: u, redact_pii: true, content_safety: true })\n",
    })
    expect(where((await runAudit({ root: dir })).findings)).toEqual(['content-safety-off src/ky.ts:2', 'retention-missing src/axios.ts:2'])
  })

  it("options imported from the app's own modules are read from those files", async () => {
    const dir = repo({
      'src/aai/defaults.ts': "export const transcriptDefaults = {\n  speech_model: 'best',\n  content_safety: true,\n}\n",
      'src/aai/index.ts': "export * from './defaults'\n",
      'src/jobs/run.ts': "import { transcriptDefaults } from '../aai/index.js'\nexport const run = (audio: string) => client.transcripts.submit({ ...transcriptDefaults, audio })\nexport const purge = (id: string) => client.transcripts.delete(id)\n",
    })
    expect(where((await runAudit({ root: dir })).findings)).toEqual(['transcribe-without-redact-pii src/jobs/run.ts:2'])
    writeFiles(dir, { 'src/aai/defaults.ts': "export const transcriptDefaults = { redact_pii: true, content_safety: true }\n" })
    expect(where((await runAudit({ root: dir })).findings)).toEqual([])
  })

  it('retention-missing also reads Python, shell and other languages; a delete in any language settles it', async () => {
    const py = 'import assemblyai as aai\n\ntranscriber = aai.Transcriber()\nt = transcriber.transcribe("https://example.com/a.mp3")\n'
    const sh = 'curl https://api.assemblyai.com/v2/transcript \\\n  -H "authorization: $ASSEMBLYAI_API_KEY" \\\n  -d \'{"audio_url": "https://example.com/a.mp3"}\'\n'
    const dir = repo({ 'jobs/transcribe.py': py, 'scripts/submit.sh': sh, 'tests/test_job.py': py, 'tools/pool.py': '# assemblyai jobs\nexecutor.submit(run)\n' })
    for (const workers of [0, 2]) expect(where((await runAudit({ root: dir, workers })).findings)).toEqual(['retention-missing jobs/transcribe.py:4'])
    // a deletion in another language (Go SDK, raw DELETE in Python) counts as in TypeScript
    writeFiles(dir, { 'cleanup/main.go': 'package main\n// assemblyai\nfunc f() { client.Transcripts.Delete(ctx, id) }\n' })
    expect((await runAudit({ root: dir, workers: 0 })).findings).toEqual([])
    const other = repo({ 'a.py': py, 'b.py': 'import requests\nrequests.delete(f"https://api.assemblyai.com/v2/transcript/{tid}", headers=h)\n' })
    expect((await runAudit({ root: other, workers: 0 })).findings).toEqual([])

    // the endpoint in a module constant, the request further down in a function
    const constant = 'import requests\n\nAPI = "https://api.assemblyai.com/v2/transcript"\n\n\n\n\ndef submit(url):\n    return requests.post(API, json={"audio_url": url}, headers=H)\n'
    const byConstant = repo({ 'worker.py': constant })
    expect(where((await runAudit({ root: byConstant, workers: 0 })).findings)).toEqual(['retention-missing worker.py:3'])
    writeFiles(byConstant, { 'worker.py': `${constant}\n\ndef forget(tid):\n    requests.delete(f"{API}/{tid}", headers=H)\n` })
    expect((await runAudit({ root: byConstant, workers: 0 })).findings).toEqual([])
  })

  it('unredacted-requested in Python, Go, Java, JSON (also JSON in a JSON string) and YAML, with and without the git prefilter; off or in tests, nothing', async () => {
    const dir = repo({
      'jobs/job.py': 'import assemblyai as aai\nconfig = aai.TranscriptionConfig(\n    redact_pii=True,\n    redact_pii_return_unredacted=True,\n)\nkeep = aai.TranscriptionConfig(redact_pii_return_unredacted=False)\n',
      'svc/main.go': 'params := &aai.TranscriptOptionalParams{\n\tRedactPiiReturnUnredacted: aai.Bool(true),\n}\n',
      'app/Job.java': 'var p = TranscriptOptionalParams.builder()\n    .redactPiiReturnUnredacted(true)\n    .build();\n',
      'config/transcribe.json': '{\n  "redact_pii": true,\n  "redact_pii_return_unredacted": true\n}\n',
      'deploy/values.yaml': 'transcription:\n  redact_pii_return_unredacted: false\n',
      // JSON inside a JSON string: a Postman request's raw body, a notebook's code cell
      'postman/aai.postman_collection.json': `{"item": [{"request": {"body": {"mode": "raw", "raw": ${JSON.stringify(JSON.stringify({ audio_url: '{{audio_url}}', redact_pii: true, redact_pii_return_unredacted: true }, null, 2))}}}}]}\n`,
      'notebooks/try.ipynb': `{"cells": [{"cell_type": "code", "source": [${JSON.stringify('cfg = {"redact_pii": True,\n')}, ${JSON.stringify('       "redact_pii_return_unredacted": False}\n')}]}]}\n`,
      'tests/test_job.py': 'cfg = aai.TranscriptionConfig(redact_pii_return_unredacted=True)\n',
    })
    for (const prefilter of [true, false])
      expect(where((await runAudit({ root: dir, workers: 0, gitPrefilter: prefilter })).findings).filter((f) => f.startsWith('unredacted'))).toEqual([
        'unredacted-requested app/Job.java:2',
        'unredacted-requested config/transcribe.json:3',
        'unredacted-requested jobs/job.py:4',
        'unredacted-requested postman/aai.postman_collection.json:1',
        'unredacted-requested svc/main.go:2',
      ])
  })

  it('streaming-key-in-browser in a file that never spells "transcri" in lowercase, with and without the git prefilter', async () => {
    const dir = repo({
      'src/components/Mic.tsx': "import { StreamingTranscriber } from 'assemblyai'\nexport const t = new StreamingTranscriber({ apiKey: props.apiKey, sampleRate: 16000 })\n",
      'src/components/old.ts': "'use client'\nimport { RealtimeService } from 'assemblyai'\nexport const s = new RealtimeService({ apiKey: props.apiKey })\n",
    })
    const expected = ['streaming-key-in-browser src/components/Mic.tsx:2', 'streaming-key-in-browser src/components/old.ts:3']
    expect(where((await runAudit({ root: dir, workers: 0 })).findings)).toEqual(expected)
    expect(where((await runAudit({ root: dir, workers: 0, gitPrefilter: false })).findings)).toEqual(expected)
  })

  it('inline ignores: voxguard-ignore (same line, line before, by rule id), gitleaks:allow, secretlint-disable-line', async () => {
    const dir = repo({
      'a.ts': [
        `const ASSEMBLYAI_KEY_1 = '${makeKey()}' // voxguard-ignore`,
        '// voxguard-ignore: assemblyai-key',
        `const ASSEMBLYAI_KEY_2 = '${makeKey()}'`,
        `const ASSEMBLYAI_KEY_3 = '${makeKey()}' // gitleaks:allow`,
        `const ASSEMBLYAI_KEY_4 = '${makeKey()}' // secretlint-disable-line`,
        '// voxguard-ignore: content-safety-off',
        `const ASSEMBLYAI_KEY_5 = '${makeKey()}'`,
      ].join('\n'),
    })
    expect(where((await runAudit({ root: dir })).findings)).toEqual(['assemblyai-key a.ts:7'])
  })

  it('baselines are keyed on fingerprints and survive line moves', async () => {
    const k = makeKey()
    const dir = repo({ 'a.env.txt': `ASSEMBLYAI_API_KEY=${k}\n` })
    const first = await runAudit({ root: dir })
    expect(first.findings).toHaveLength(1)
    writeFiles(dir, { 'baseline.json': baselineDocument(first.findings) })
    const baseline = readBaseline(`${dir}/baseline.json`)
    writeFiles(dir, { 'a.env.txt': `# moved\n\n\nASSEMBLYAI_API_KEY=${k}\n` })
    expect((await runAudit({ root: dir, baseline })).findings).toEqual([])
    writeFiles(dir, { 'b.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    expect(where((await runAudit({ root: dir, baseline })).findings)).toEqual(['assemblyai-key b.txt:1'])
  })

  it('rejects bad baselines and bad configs with clear errors', async () => {
    const dir = repo({ 'bad.json': '{"nope": 1}', 'broken.json': '{', '.voxguard-audit.yaml': 'exclude: 3\n' })
    expect(() => readBaseline(`${dir}/bad.json`)).toThrow(ValidationError)
    expect(() => readBaseline(`${dir}/broken.json`)).toThrow(/not valid JSON/)
    expect(() => readBaseline(`${dir}/missing.json`)).toThrow(/cannot read/)
    await expect(loadAuditConfig(dir)).rejects.toThrow(ConfigError)
    await expect(runAudit({ root: `${dir}/does-not-exist` })).rejects.toThrow(ValidationError)
  })

  it('a config file excludes paths and sets the token TTL maximum', async () => {
    const dir = repo({
      '.voxguard-audit.yaml': 'exclude: ["vendor/**"]\nmaxTokenTtlSeconds: 120\ndisabledRules: [content-safety-off]\n',
      'vendor/x.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n`,
      'src/t.ts': 'await client.streaming.createTemporaryToken({ expires_in_seconds: 300 })\n',
    })
    const config = await loadAuditConfig(dir)
    expect(config).toMatchObject({ exclude: ['vendor/**'], maxTokenTtlSeconds: 120 })
    expect(where((await runAudit({ root: dir, config })).findings)).toEqual(['token-ttl-too-long src/t.ts:1'])
  })

  it('works outside git: walks the tree, skipping node_modules and .git', async () => {
    const dir = repo(
      {
        'src/a.ts': `const ASSEMBLYAI_API_KEY = '${makeKey()}'\n`,
        'node_modules/pkg/index.js': `const ASSEMBLYAI_API_KEY = '${makeKey()}'\n`,
        '.env': 'X=1\n',
      },
      { git: false },
    )
    const report = await runAudit({ root: dir, config: DEFAULT_AUDIT_CONFIG })
    expect(where(report.findings)).toEqual(['assemblyai-key src/a.ts:1'])
    expect(report.stats.files).toBe(2)
  })

  it('skips binary files', async () => {
    const dir = repo({ 'img.bin': `\0\0ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    expect((await runAudit({ root: dir })).findings).toEqual([])
  })
})
