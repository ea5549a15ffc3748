/**
 * `npm run bench:audit [-- --quick] [--only tree|history] [--keep]`: voxguard audit side by side with
 * secretlint 12 and git-secrets on generated, reproducible repositories (a tree of 20,000 files,
 * another of 10,000 for linearity, a history of 10,000 commits), with planted keys made at run time.
 * Prints a markdown table. Tools that are missing are skipped with a note.
 *
 * Runs that are compared are interleaved (voxguard, git-secrets, voxguard, ...; git log, scan, git
 * log, ...) and the best of three kept, so a change in the machine's load hits both sides; the load
 * average is printed with each section. `--only` runs one section (a quicker loop while iterating).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateHistory } from './generate-history.js'
import { generateTree } from './generate-tree.js'
import { cliStartup, gitLogTime, nodeStartup, historyOnly, HISTORY_RULES, onPath, gitSecretsScan, gitSecretsSetup, REPO, score, secretlint, voxguard, type Run } from './tools.js'

const quick = process.argv.includes('--quick')
const keep = process.argv.includes('--keep')
const onlyAt = process.argv.indexOf('--only')
const only = onlyAt === -1 ? undefined : process.argv[onlyAt + 1]
if (only !== undefined && only !== 'tree' && only !== 'history') throw new Error('--only takes tree or history')
const SIZES = quick ? { small: 1000, large: 2000, commits: 1000, secretlint: 500 } : { small: 10_000, large: 20_000, commits: 10_000, secretlint: 1000 }
const SECRETLINT_TIMEOUT = quick ? 60_000 : 180_000
const ROUNDS = 3
const best = <T extends { seconds: number }>(runs: T[]): T => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a))
const s = (n: number): string => `${n.toFixed(2)} s`
const pct = (n: number): string => `${(n * 100).toFixed(1)}%`
const load = (): string => loadavg().map((l) => l.toFixed(2)).join(' ')

/** `rounds` rounds of `a` then `b` (so both see the same load), best of each. */
function interleaved<A extends { seconds: number }, B extends { seconds: number }>(a: () => A, b: () => B, rounds = ROUNDS): [A, B] {
  const as: A[] = []
  const bs: B[] = []
  for (let i = 0; i < rounds; i++) {
    as.push(a())
    bs.push(b())
  }
  return [best(as), best(bs)]
}

if (!existsSync(join(REPO, 'dist/src/audit/internal/history-worker.js'))) {
  process.stdout.write('building (dist/ missing)...\n')
  spawnSync('npm', ['run', 'build'], { cwd: REPO, stdio: 'inherit' })
}
const hasGitSecrets = onPath('git-secrets')
const hasSecretlint = existsSync(join(REPO, 'node_modules/secretlint/bin/secretlint.js'))
const tmp = mkdtempSync(join(tmpdir(), 'voxguard-audit-bench-'))
const rows: string[][] = []
const notes: string[] = []
const row = (...cells: string[]): void => {
  rows.push(cells)
  process.stdout.write(`${cells.join(' | ')}\n`)
}
const section = (name: string, run: () => void): void => {
  const before = load()
  run()
  notes.push(`${name}: load average (1, 5, 15 min) ${before} before, ${load()} after, on ${availableParallelism()} cores`)
}

try {
  if (only !== 'history')
    section('tree', () => {
      process.stdout.write(`generating trees (${SIZES.small}, ${SIZES.large}, ${SIZES.secretlint} files) in ${tmp}\n`)
      const small = generateTree(join(tmp, 'tree-small'), SIZES.small, 42)
      const large = generateTree(join(tmp, 'tree-large'), SIZES.large, 42)
      const tiny = generateTree(join(tmp, 'tree-secretlint'), SIZES.secretlint, 42)
      if (hasGitSecrets) for (const tree of [small, large]) gitSecretsSetup(tree.dir)
      else notes.push('git-secrets skipped: not installed (apt-get install -y git-secrets)')
      // a first scan (no cache) and a re-run (the last scan's grep split cached), alternating with
      // git-secrets on the same tree (same files, same page cache)
      const firstScan = (dir: string, env?: Record<string, string | undefined>): Run => {
        rmSync(join(dir, '.git', 'voxguard-audit-cache'), { recursive: true, force: true })
        return voxguard(dir, [], undefined, undefined, env)
      }
      const versus = (dir: string): [Run, Run, Run | undefined] => {
        const firsts: Run[] = []
        const reruns: Run[] = []
        const gss: Run[] = []
        for (let i = 0; i < ROUNDS; i++) {
          firsts.push(firstScan(dir))
          reruns.push(voxguard(dir))
          if (hasGitSecrets) gss.push(gitSecretsScan(dir, false, 300_000))
        }
        return [best(firsts), best(reruns), hasGitSecrets ? best(gss) : undefined]
      }
      const [voxSmall, rerunSmall, gsSmall] = versus(small.dir)
      const [voxLarge, rerunLarge, gsLarge] = versus(large.dir)
      const voxTiny = best([firstScan(tiny.dir), firstScan(tiny.dir)])
      for (const [label, tree, run] of [
        [`${SIZES.secretlint}`, tiny, voxTiny],
        [`${SIZES.small}`, small, voxSmall],
        [`${SIZES.large}`, large, voxLarge],
      ] as const) {
        const sc = score(run, tree.planted)
        row('tree', `${label} files`, 'voxguard audit, first scan (process, end to end)', s(run.seconds), `${s(run.inner ?? 0)} in-process`, `${pct(sc.recall)} of ${tree.planted.size}`, `${sc.fp} FP / ${tree.lookAlikes} look-alike files`)
      }
      for (const [label, tree, run] of [
        [`${SIZES.small}`, small, rerunSmall],
        [`${SIZES.large}`, large, rerunLarge],
      ] as const) {
        const sc = score(run, tree.planted)
        row('tree', `${label} files`, 'voxguard audit, re-run (grep split cached)', s(run.seconds), `${s(run.inner ?? 0)} in-process`, `${pct(sc.recall)} of ${tree.planted.size}`, `${sc.fp} FP`)
      }
      row('tree', 'linearity', 'voxguard in-process time per file, large/small', `${((voxLarge.inner ?? 0) / SIZES.large / ((voxSmall.inner ?? 1) / SIZES.small)).toFixed(2)}x`, '', '', '')
      if (hasSecretlint) {
        const sl = secretlint(tiny.dir, SECRETLINT_TIMEOUT)
        const sc = score(sl, tiny.planted)
        row('tree', `${SIZES.secretlint} files`, 'secretlint 12.0.0 + preset-recommend', sl.ok ? s(sl.seconds) : (sl.note ?? 'failed'), sl.ok ? `voxguard ${(sl.seconds / voxTiny.seconds).toFixed(1)}x faster` : '', pct(sc.recall), `${sc.fp} FP`)
      } else notes.push('secretlint skipped: not installed (npm i -D secretlint@12.0.0 @secretlint/secretlint-rule-preset-recommend@12.0.0)')
      for (const [label, tree, vox, rerun, gs] of [
        [`${SIZES.small}`, small, voxSmall, rerunSmall, gsSmall],
        [`${SIZES.large}`, large, voxLarge, rerunLarge, gsLarge],
      ] as const) {
        if (gs === undefined) continue
        const sc = score(gs, tree.planted)
        row('tree', `${label} files`, 'git-secrets --scan (AWS + AssemblyAI ERE)', s(gs.seconds), `voxguard/git-secrets ${(vox.seconds / gs.seconds).toFixed(2)}x first scan, ${(rerun.seconds / gs.seconds).toFixed(2)}x re-run`, pct(sc.recall), `${sc.fp} FP`)
      }
      // this environment sets NODE_EXTRA_CA_CERTS, which Node 20 parses at every start and a shell tool
      // never does: the large tree once more without it (its own rounds against git-secrets), for what
      // a machine without that variable sees
      if (hasGitSecrets && process.env['NODE_EXTRA_CA_CERTS'] !== undefined) {
        const [bare, gs] = interleaved(() => firstScan(large.dir, { NODE_EXTRA_CA_CERTS: undefined }), () => gitSecretsScan(large.dir, false, 300_000))
        row('tree', `${SIZES.large} files`, 'voxguard audit, first scan, NODE_EXTRA_CA_CERTS unset (process, end to end)', s(bare.seconds), `voxguard/git-secrets ${(bare.seconds / gs.seconds).toFixed(2)}x (${s(gs.seconds)} in its rounds)`, pct(score(bare, large.planted).recall), '')
      }
    })

  if (only !== 'tree')
    section('history', () => {
      process.stdout.write(`generating a ${SIZES.commits}-commit history in ${tmp}\n`)
      const history = generateHistory(join(tmp, 'history'), SIZES.commits, 7)
      const cacheDir = join(history.dir, '.git', 'voxguard-audit-cache')
      const cold = (workers?: number): ReturnType<typeof historyOnly> => {
        rmSync(cacheDir, { recursive: true, force: true })
        return historyOnly(history.dir, workers)
      }
      const refRun = (args: string[]): { seconds: number } => ({ seconds: gitLogTime(history.dir, args) })
      // each cold scan alternates with the `git log -p` it is compared to
      const [logP, coldRun] = interleaved(() => refRun(['-p', '--all']), () => cold())
      const logU0 = best([refRun(['-p', '-U0', '--all']), refRun(['-p', '-U0', '--all'])])
      const warm = best([historyOnly(history.dir), historyOnly(history.dir), historyOnly(history.dir)])
      const threads = Math.min(2, availableParallelism())
      const [logP2, inThreads] = interleaved(() => refRun(['-p', '--all']), () => cold(threads))
      row('history', `${SIZES.commits} commits`, '`git log -p --all > /dev/null` (reference)', s(logP.seconds), `-U0: ${s(logU0.seconds)}`, '', '')
      const hsc = score(coldRun, history.planted)
      row('history', `${SIZES.commits} commits`, 'voxguard history scan, cold (default: one git log parsed in-process; time in process)', s(coldRun.seconds), `${(coldRun.seconds / logP.seconds).toFixed(2)}x git log -p`, `${pct(hsc.recall)} of ${history.planted.size}`, `${hsc.fp} FP; env-committed ${coldRun.other?.['env-committed'] ?? 0}/1`)
      row('history', `${SIZES.commits} commits`, `voxguard history scan, cold, ${threads} worker threads each with its own git log (--workers ${threads})`, s(inThreads.seconds), `${(inThreads.seconds / logP2.seconds).toFixed(2)}x git log -p (${s(logP2.seconds)} in its rounds)`, pct(score(inThreads, history.planted).recall), '')
      row('history', `${SIZES.commits} commits`, 'voxguard history scan, warm (cache, no ref moved)', s(warm.seconds), `${pct(warm.seconds / coldRun.seconds)} of cold (${warm.scanned} commits rescanned)`, pct(score(warm, history.planted).recall), '')
      rmSync(cacheDir, { recursive: true, force: true })
      const cliCold = voxguard(history.dir, ['--history'], HISTORY_RULES)
      const cliWarm = voxguard(history.dir, ['--history'], HISTORY_RULES)
      row('history', `${SIZES.commits} commits`, 'voxguard audit --history (process, tree + history), cold / warm', `${s(cliCold.seconds)} / ${s(cliWarm.seconds)}`, '', pct(score(cliCold, history.planted).recall), '')
      if (hasGitSecrets) {
        gitSecretsSetup(history.dir)
        const gs = gitSecretsScan(history.dir, true, quick ? 60_000 : 300_000)
        const sc = score(gs, history.planted)
        row('history', `${SIZES.commits} commits`, 'git-secrets --scan-history', gs.ok ? s(gs.seconds) : (gs.note ?? 'failed'), '', pct(sc.recall), `${sc.fp} FP`)
      }
    })
} finally {
  if (!keep) rmSync(tmp, { recursive: true, force: true, maxRetries: 5, retryDelay: 500 })
  else notes.push(`kept ${tmp}`)
}

const startup = cliStartup()
notes.push(
  startup === undefined
    ? 'the full CLI (bin/voxguard.js) did not start in this checkout'
    : `voxguard was timed as users run it: the full CLI, \`node bin/voxguard.js audit\` (\`voxguard --version\` alone takes ${s(startup)} here)`,
)
const node = nodeStartup()
notes.push(
  node.withoutExtraCerts === undefined
    ? `starting Node at all (\`node -e 0\`, best of 5) takes ${node.asIs.toFixed(3)} s here`
    : `starting Node at all (\`node -e 0\`, best of 5) takes ${node.asIs.toFixed(3)} s here, ${node.withoutExtraCerts.toFixed(3)} s without NODE_EXTRA_CA_CERTS (which this environment sets; Node 20 parses that file at every start)`,
)
process.stdout.write('\n| scan | size | tool | wall time | comparison | recall | false positives |\n|---|---|---|---|---|---|---|\n')
for (const r of rows) process.stdout.write(`| ${r.join(' | ')} |\n`)
for (const n of notes) process.stdout.write(`\nnote: ${n}\n`)
