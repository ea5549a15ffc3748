/**
 * `npm run bench:audit [-- --quick] [--keep]`: voxguard audit side by side with secretlint 12 and
 * git-secrets on generated, reproducible repositories (a tree of 20,000 files, another of 10,000 for
 * linearity, a history of 10,000 commits), with planted keys made at run time. Prints a markdown
 * table. Tools that are missing are skipped with a note.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { availableParallelism, tmpdir } from 'node:os'
import { join } from 'node:path'
import { generateHistory } from './generate-history.js'
import { generateTree } from './generate-tree.js'
import { cliStartup, gitLogTime, historyOnly, HISTORY_RULES, onPath, gitSecretsScan, gitSecretsSetup, REPO, score, secretlint, voxguard, type Run } from './tools.js'

const quick = process.argv.includes('--quick')
const keep = process.argv.includes('--keep')
const SIZES = quick ? { small: 1000, large: 2000, commits: 1000, secretlint: 500 } : { small: 10_000, large: 20_000, commits: 10_000, secretlint: 1000 }
const SECRETLINT_TIMEOUT = quick ? 60_000 : 180_000
const best = <T extends Run>(runs: T[]): T => runs.reduce((a, b) => (b.seconds < a.seconds ? b : a))
const s = (n: number): string => `${n.toFixed(2)} s`
const pct = (n: number): string => `${(n * 100).toFixed(1)}%`

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

try {
  process.stdout.write(`generating trees (${SIZES.small}, ${SIZES.large}, ${SIZES.secretlint} files) and a ${SIZES.commits}-commit history in ${tmp}\n`)
  const small = generateTree(join(tmp, 'tree-small'), SIZES.small, 42)
  const large = generateTree(join(tmp, 'tree-large'), SIZES.large, 42)
  const tiny = generateTree(join(tmp, 'tree-secretlint'), SIZES.secretlint, 42)
  const history = generateHistory(join(tmp, 'history'), SIZES.commits, 7)

  // --- working tree ---
  const voxSmall = best([voxguard(small.dir), voxguard(small.dir)])
  const voxLarge = best([voxguard(large.dir), voxguard(large.dir)])
  const voxTiny = best([voxguard(tiny.dir), voxguard(tiny.dir)])
  for (const [label, tree, run] of [
    [`${SIZES.secretlint}`, tiny, voxTiny],
    [`${SIZES.small}`, small, voxSmall],
    [`${SIZES.large}`, large, voxLarge],
  ] as const) {
    const sc = score(run, tree.planted)
    row('tree', `${label} files`, 'voxguard audit (process, end to end)', s(run.seconds), `${s(run.inner ?? 0)} in-process`, `${pct(sc.recall)} of ${tree.planted.size}`, `${sc.fp} FP / ${tree.lookAlikes} look-alike files`)
  }
  row('tree', 'linearity', 'voxguard in-process time per file, large/small', `${((voxLarge.inner ?? 0) / SIZES.large / ((voxSmall.inner ?? 1) / SIZES.small)).toFixed(2)}x`, '', '', '')
  if (hasSecretlint) {
    const sl = secretlint(tiny.dir, SECRETLINT_TIMEOUT)
    const sc = score(sl, tiny.planted)
    row('tree', `${SIZES.secretlint} files`, 'secretlint 12.0.0 + preset-recommend', sl.ok ? s(sl.seconds) : sl.note ?? 'failed', sl.ok ? `voxguard ${(sl.seconds / voxTiny.seconds).toFixed(1)}x faster` : '', pct(sc.recall), `${sc.fp} FP`)
  } else notes.push('secretlint skipped: not installed (npm i -D secretlint@12.0.0 @secretlint/secretlint-rule-preset-recommend@12.0.0)')
  if (hasGitSecrets) {
    for (const [label, tree, vox] of [
      [`${SIZES.small}`, small, voxSmall],
      [`${SIZES.large}`, large, voxLarge],
    ] as const) {
      gitSecretsSetup(tree.dir)
      const gs = best([gitSecretsScan(tree.dir, false, 300_000), gitSecretsScan(tree.dir, false, 300_000)])
      const sc = score(gs, tree.planted)
      row('tree', `${label} files`, 'git-secrets --scan (AWS + AssemblyAI ERE)', s(gs.seconds), `voxguard/git-secrets ${(vox.seconds / gs.seconds).toFixed(2)}x`, pct(sc.recall), `${sc.fp} FP`)
    }
  } else notes.push('git-secrets skipped: not installed (apt-get install -y git-secrets)')

  // --- history ---
  const logP = Math.min(gitLogTime(history.dir, ['-p', '--all']), gitLogTime(history.dir, ['-p', '--all']))
  const logU0 = Math.min(gitLogTime(history.dir, ['-p', '-U0', '--all']), gitLogTime(history.dir, ['-p', '-U0', '--all']))
  row('history', `${SIZES.commits} commits`, '`git log -p --all > /dev/null` (reference)', s(logP), `-U0: ${s(logU0)}`, '', '')
  const cacheDir = join(history.dir, '.git', 'voxguard-audit-cache')
  const colds: ReturnType<typeof historyOnly>[] = []
  for (let i = 0; i < 2; i++) {
    rmSync(cacheDir, { recursive: true, force: true })
    colds.push(historyOnly(history.dir))
  }
  const cold = best(colds)
  const warm = best([historyOnly(history.dir), historyOnly(history.dir)])
  rmSync(cacheDir, { recursive: true, force: true })
  const single = historyOnly(history.dir, 0)
  const hsc = score(cold, history.planted)
  row('history', `${SIZES.commits} commits`, `voxguard history scan, cold (default: ${Math.min(availableParallelism(), Math.floor(SIZES.commits / 2500)) > 1 ? Math.min(availableParallelism(), Math.floor(SIZES.commits / 2500)) : 0} worker(s); time in process)`, s(cold.seconds), `${(cold.seconds / logP).toFixed(2)}x git log -p`, `${pct(hsc.recall)} of ${history.planted.size}`, `${hsc.fp} FP; env-committed ${cold.other?.['env-committed'] ?? 0}/1`)
  row('history', `${SIZES.commits} commits`, 'voxguard history scan, cold, in the main thread (--workers 0)', s(single.seconds), `${(single.seconds / logP).toFixed(2)}x git log -p`, pct(score(single, history.planted).recall), '')
  row('history', `${SIZES.commits} commits`, 'voxguard history scan, warm (cache)', s(warm.seconds), `${pct(warm.seconds / cold.seconds)} of cold (${warm.scanned} commits rescanned)`, pct(score(warm, history.planted).recall), '')
  rmSync(cacheDir, { recursive: true, force: true })
  const cliCold = voxguard(history.dir, ['--history'], HISTORY_RULES)
  const cliWarm = voxguard(history.dir, ['--history'], HISTORY_RULES)
  row('history', `${SIZES.commits} commits`, 'voxguard audit --history (process, tree + history), cold / warm', `${s(cliCold.seconds)} / ${s(cliWarm.seconds)}`, '', pct(score(cliCold, history.planted).recall), '')
  if (hasGitSecrets) {
    gitSecretsSetup(history.dir)
    const gs = gitSecretsScan(history.dir, true, quick ? 60_000 : 300_000)
    const sc = score(gs, history.planted)
    row('history', `${SIZES.commits} commits`, 'git-secrets --scan-history', gs.ok ? s(gs.seconds) : gs.note ?? 'failed', '', pct(sc.recall), `${sc.fp} FP`)
  }
} finally {
  if (!keep) rmSync(tmp, { recursive: true, force: true })
  else notes.push(`kept ${tmp}`)
}

const startup = cliStartup()
notes.push(
  startup === undefined
    ? 'the full CLI (bin/voxguard.js) did not start in this checkout; voxguard was timed through bench/audit/audit-only-cli.mjs (the same audit command)'
    : `voxguard was timed through bench/audit/audit-only-cli.mjs (the audit command alone); the full CLI adds its start-up: \`voxguard --version\` takes ${s(startup)} here`,
)
process.stdout.write('\n| scan | size | tool | wall time | comparison | recall | false positives |\n|---|---|---|---|---|---|---|\n')
for (const r of rows) process.stdout.write(`| ${r.join(' | ')} |\n`)
for (const n of notes) process.stdout.write(`\nnote: ${n}\n`)
