/**
 * How the bench runs each tool on a directory and what it reads back: wall time, and the `file:line`
 * (or `commit:file:line`) of each reported key for recall and false positives.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

export const REPO = resolve(import.meta.dirname, '../..')
const BIN = join(REPO, 'bin/voxguard.js')
const SECRETLINT = join(REPO, 'node_modules/secretlint/bin/secretlint.js')
export const HISTORY_RULES: ReadonlySet<string> = new Set(['key-in-history'])
const KEY_RULES: ReadonlySet<string> = new Set(['assemblyai-key', 'key-in-bundle', 'public-env-key', 'key-in-ci-config', 'key-in-history'])

export interface Run {
  readonly seconds: number
  /** Locations reported as keys. */
  readonly hits: Set<string>
  readonly ok: boolean
  readonly note?: string
  /** In-process seconds reported by the tool itself, when it reports them. */
  readonly inner?: number
  readonly other?: Record<string, number>
}

/** `extraEnv`: variables to set, or (undefined) to remove. */
function timed(cmd: string, args: string[], cwd: string, timeoutMs: number, extraEnv: Record<string, string | undefined> = {}): { seconds: number; status: number | null; stdout: string; stderr: string; timedOut: boolean } {
  const t = performance.now()
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1' }
  for (const [k, v] of Object.entries(extraEnv)) if (v === undefined) delete env[k]
  else env[k] = v
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 1 << 30, env })
  const seconds = (performance.now() - t) / 1000
  return { seconds, status: r.status, stdout: r.stdout ?? '', stderr: r.stderr ?? '', timedOut: r.error !== undefined && (r.error as NodeJS.ErrnoException).code === 'ETIMEDOUT' }
}

/** Start-up of the full CLI (`voxguard --version`), or undefined when it does not start. */
export function cliStartup(): number | undefined {
  const r = timed(process.execPath, [BIN, '--version'], REPO, 60_000)
  return r.status === 0 ? r.seconds : undefined
}

/**
 * What starting Node at all costs here (best of 5 `node -e 0`), with this environment and, when it sets
 * NODE_EXTRA_CA_CERTS, without it: Node 20 reads and parses that certificate file at every start, a
 * cost every voxguard run pays and a shell tool does not.
 */
export function nodeStartup(): { asIs: number; withoutExtraCerts: number | undefined } {
  const best = (env: NodeJS.ProcessEnv): number => Math.min(...Array.from({ length: 5 }, () => timedEnv(env)))
  const timedEnv = (env: NodeJS.ProcessEnv): number => {
    const t = performance.now()
    spawnSync(process.execPath, ['-e', '0'], { env })
    return (performance.now() - t) / 1000
  }
  const asIs = best(process.env)
  if (process.env['NODE_EXTRA_CA_CERTS'] === undefined) return { asIs, withoutExtraCerts: undefined }
  const { NODE_EXTRA_CA_CERTS: _ignored, ...rest } = process.env
  return { asIs, withoutExtraCerts: best(rest) }
}

export function onPath(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0
}

export function voxguard(dir: string, extra: string[] = [], keyRules: ReadonlySet<string> = KEY_RULES, timeoutMs = 600_000, env: Record<string, string | undefined> = {}): Run {
  const out = join(dir, '..', `vox-${Date.now()}.json`)
  const r = timed(process.execPath, [BIN, 'audit', '.', '--format', 'json', '--output', out, ...extra], dir, timeoutMs, env)
  if (r.status !== 0 && r.status !== 1) return { seconds: r.seconds, hits: new Set(), ok: false, note: `exit ${r.status}: ${r.stderr.slice(0, 200)}` }
  const doc = JSON.parse(readFileSync(out, 'utf8')) as { findings: { rule: string; file: string; line: number; commit?: string }[]; stats: { seconds: number } }
  rmSync(out, { force: true })
  const hits = new Set<string>()
  const other: Record<string, number> = {}
  for (const f of doc.findings) {
    if (keyRules.has(f.rule)) hits.add(f.commit !== undefined ? `${f.commit}:${f.file}:${f.line}` : `${f.file}:${f.line}`)
    else other[f.rule] = (other[f.rule] ?? 0) + 1
  }
  return { seconds: r.seconds, hits, ok: true, inner: doc.stats.seconds, other }
}

/** git-secrets has no AssemblyAI rule: it gets the AWS patterns plus a trufflehog-style one (word, then a key within 40 characters). */
export const GIT_SECRETS_PATTERN = '[Aa][Ss][Ss][Ee][Mm][Bb][Ll][Yy][Aa][Ii].{0,40}[0-9a-f]{32}'

export function gitSecretsSetup(dir: string): void {
  spawnSync('git', ['secrets', '--register-aws'], { cwd: dir })
  spawnSync('git', ['secrets', '--add', GIT_SECRETS_PATTERN], { cwd: dir })
}

export function gitSecretsScan(dir: string, history: boolean, timeoutMs: number): Run {
  const r = timed('git', ['secrets', history ? '--scan-history' : '--scan'], dir, timeoutMs)
  if (r.timedOut) return { seconds: r.seconds, hits: new Set(), ok: false, note: `killed after ${timeoutMs / 1000} s` }
  const hits = new Set<string>()
  for (const line of (r.stdout + r.stderr).split('\n')) {
    const m = history ? /^([0-9a-f]{40}):([^:]+):(\d+):/.exec(line) : /^([^:]+):(\d+):/.exec(line)
    if (m) hits.add(m.slice(1).join(':'))
  }
  return { seconds: r.seconds, hits, ok: r.status === 0 || r.status === 1 }
}

export function secretlint(dir: string, timeoutMs: number): Run {
  const rc = join(dir, '..', 'secretlintrc.json')
  const out = join(dir, '..', 'secretlint-out.json')
  writeFileSync(rc, JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] }))
  rmSync(out, { force: true })
  const r = timed(process.execPath, [SECRETLINT, '**/*', '--secretlintrc', rc, '--format', 'json', '--output', out], dir, timeoutMs)
  if (r.timedOut) return { seconds: r.seconds, hits: new Set(), ok: false, note: `killed after ${timeoutMs / 1000} s` }
  const hits = new Set<string>()
  if (existsSync(out)) {
    const doc = JSON.parse(readFileSync(out, 'utf8')) as { filePath: string; messages: { loc?: { start?: { line?: number } } }[] }[]
    for (const file of doc) for (const m of file.messages) hits.add(`${relative(dir, file.filePath)}:${m.loc?.start?.line ?? 0}`)
  }
  return { seconds: r.seconds, hits, ok: r.status === 0 || r.status === 1 }
}

/** The history scan alone, in a fresh process (module loading excluded from the figure). */
export function historyOnly(dir: string, workers?: number): Run & { scanned: number } {
  const r = timed(process.execPath, [join(import.meta.dirname, 'history-only.mjs')], dir, 600_000, workers === undefined ? {} : { VOXGUARD_BENCH_WORKERS: String(workers) })
  if (r.status !== 0) return { seconds: r.seconds, hits: new Set(), ok: false, note: r.stderr.slice(0, 200), scanned: 0 }
  const doc = JSON.parse(r.stdout) as { seconds: number; scanned: number; hits: string[]; envCommitted: number }
  return { seconds: doc.seconds, hits: new Set(doc.hits), ok: true, scanned: doc.scanned, other: { 'env-committed': doc.envCommitted } }
}

export function gitLogTime(dir: string, args: string[]): number {
  const t = performance.now()
  const r = spawnSync('sh', ['-c', `git log ${args.join(' ')} > /dev/null`], { cwd: dir })
  if (r.status !== 0) throw new Error('git log failed')
  return (performance.now() - t) / 1000
}

export function score(run: Run, planted: ReadonlySet<string>): { recall: number; fp: number } {
  let tp = 0
  for (const p of planted) if (run.hits.has(p)) tp++
  return { recall: planted.size === 0 ? 1 : tp / planted.size, fp: run.hits.size - tp }
}
