import { join } from 'node:path'
import cliProgress from 'cli-progress'
import type { Command } from 'commander'
import { loadConfig } from '../../config/load-config.js'
import { ValidationError } from '../../errors.js'
import { openRetentionRuntime, parseDuration, type SweepProgress, type SweepSummary } from '../../retention/index.js'
import type { CliContext } from '../cli-context.js'

interface SweepFlags {
  dryRun?: boolean
  olderThan?: string
  includeUntracked?: boolean
  json?: boolean
  config?: string
  envFile?: string
  concurrency?: string
  requestsPerSecond?: string
  maxAttempts?: string
  leaseMs?: string
  waitForLock?: string
}

export function registerRetentionCommand(program: Command, ctx: CliContext): void {
  const retention = program.command('retention').description('Retention: erase transcripts that are past their retention period')
  retention
    .command('sweep')
    .description('Erase every due transcript at AssemblyAI and locally, recording each in the deletion ledger')
    .option('--dry-run', 'list what would be erased; change nothing')
    .option('--older-than <duration>', 'erase transcripts created longer ago than this (30d, 12h, 2w) instead of each one\'s retention date')
    .option('--include-untracked', 'also page the whole AssemblyAI list and erase transcripts the gateway does not track (default: policy retention.include_untracked)')
    .option('--json', 'print the summary as JSON')
    .option('--concurrency <n>', 'transcripts in flight at once (default 8)')
    .option('--requests-per-second <n>', "this sweep's share of the account's rate limit (default 20)")
    .option('--max-attempts <n>', 'attempts per step before a transcript is recorded as failed (default 10)')
    .option('--lease-ms <n>', 'how long a crashed sweep keeps its claims before another run takes them over (default 60000)')
    .option('--wait-for-lock <duration>', 'wait this long for another running sweep to finish (default: twice the lease)')
    .option('--config <file>', 'JSON or YAML config file (VOXGUARD_CONFIG)')
    .option('--env-file <file>', '.env file to read (default: .env in the working directory, if present)')
    .action(async (flags: SweepFlags) => {
      const loaded = loadConfig({ env: ctx.env, configFile: flags.config ?? ctx.env['VOXGUARD_CONFIG'], dotenvFile: flags.envFile ?? join(ctx.cwd, '.env') })
      const olderThanDays = flags.olderThan === undefined ? undefined : parseDuration(flags.olderThan)
      const rps = positiveNumber(flags.requestsPerSecond, '--requests-per-second')
      const leaseMs = positiveNumber(flags.leaseMs, '--lease-ms')
      const runtime = await openRetentionRuntime(loaded)
      try {
        const includeUntracked = flags.includeUntracked ?? runtime.policy.retention.include_untracked
        const needsUpstream = !flags.dryRun || includeUntracked
        const options = {
          ...(rps === undefined ? {} : { requestsPerWindow: rps, windowMs: 1000 }),
          ...(leaseMs === undefined ? {} : { leaseMs }),
          ...optionalInt('concurrency', flags.concurrency, '--concurrency'),
          ...optionalInt('maxAttempts', flags.maxAttempts, '--max-attempts'),
        }
        const engine = runtime.engine(options, { requireKey: needsUpstream })
        const bar = progressBar(ctx)
        const waitForLockMs = flags.waitForLock === undefined ? 2 * (leaseMs ?? 60_000) : parseDuration(flags.waitForLock, '--wait-for-lock') * 86_400_000
        let summary: SweepSummary
        try {
          summary = await engine.sweep({
            dryRun: flags.dryRun ?? false,
            olderThanDays,
            includeUntracked,
            retentionDays: runtime.policy.retention.days,
            actor: 'cli:retention-sweep',
            waitForLockMs,
            ...(bar ? { onProgress: bar.update } : {}),
          })
        } finally {
          bar?.stop()
        }
        ctx.stdout.write(flags.json ? `${JSON.stringify(summary, null, 2)}\n` : renderSummary(summary))
        ctx.exitCode = summary.failed > 0 ? 1 : 0
      } finally {
        await runtime.close()
      }
    })
}

function renderSummary(s: SweepSummary): string {
  const lines: string[] = []
  if (s.dryRun) {
    for (const id of s.wouldErase ?? []) lines.push(id)
    lines.push(`dry run: ${s.due} transcript(s) would be erased; nothing was changed`)
  } else {
    lines.push(`retention sweep: due ${s.due}, deleted ${s.deleted}, already gone ${s.alreadyGone}, failed ${s.failed}${s.pending ? `, still open ${s.pending}` : ''}`)
  }
  if (s.awaitingCompletion > 0) lines.push(`waiting for AssemblyAI to finish: ${s.awaitingCompletion} (withheld now; erased as soon as they finish)`)
  if (s.expiredUploads > 0) lines.push(`unused uploads past AssemblyAI's 24 h lifetime: ${s.expiredUploads} ${s.dryRun ? 'would be' : ''} removed from the local inventory`.replace('  ', ' '))
  if (s.untracked) lines.push(`untracked: ${s.untracked.listed} listed at AssemblyAI, ${s.untracked.due} due`)
  for (const f of s.failures) lines.push(`  failed ${f.id}: ${f.reason}`)
  if (s.failed > s.failures.length) lines.push(`  ... and ${s.failed - s.failures.length} more`)
  if (s.ledger) lines.push(`ledger: ${s.ledger.head} entries, signed checkpoint at ${s.ledger.checkpoint ?? 'none'}`)
  if (!s.dryRun && s.stats.requests > 0) {
    const seconds = s.stats.erasingMs / 1000
    lines.push(`upstream: ${s.stats.requests} request(s) in ${seconds.toFixed(1)} s (${(s.stats.requests / Math.max(seconds, 0.001)).toFixed(1)}/s)`)
  }
  return `${lines.join('\n')}\n`
}

/** A progress bar on a terminal only; nothing at all when stderr is a pipe or file. */
function progressBar(ctx: CliContext): { update: (p: SweepProgress) => void; stop: () => void } | undefined {
  if (!ctx.stderr.isTTY) return undefined
  const bar = new cliProgress.SingleBar(
    { stream: ctx.stderr as NodeJS.WriteStream, format: '{phase} [{bar}] {value}/{total} | eta {eta_formatted}', hideCursor: true, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  )
  let started = false
  return {
    update(p) {
      if (p.phase === 'listing') {
        ctx.stderr.write(`\rlisting AssemblyAI transcripts: page ${p.done}`)
        return
      }
      if (!started) {
        if (p.phase === 'erasing') ctx.stderr.write('\n')
        bar.start(p.total, p.done, { phase: 'erasing' })
        started = true
      }
      bar.update(p.done, { phase: p.phase === 'done' ? 'done' : 'erasing' })
    },
    stop: () => {
      if (started) bar.stop()
    },
  }
}

function positiveNumber(value: string | undefined, flag: string): number | undefined {
  if (value === undefined) return undefined
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) throw new ValidationError(`${flag} must be a positive number (got "${value}")`, { field: flag })
  return n
}

function optionalInt<K extends string>(key: K, value: string | undefined, flag: string): Partial<Record<K, number>> {
  if (value === undefined) return {}
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 10_000) throw new ValidationError(`${flag} must be a whole number from 1 to 10000 (got "${value}")`, { field: flag })
  return { [key]: n } as Partial<Record<K, number>>
}
