/**
 * `voxguard audit [path]`: the repository security scanner. Exit 0 = nothing at or above the
 * severity threshold, 1 = findings (also with --output), 2 = the audit itself failed.
 *
 * @module
 */
import { writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { Option, type Command } from 'commander'
import { loadAuditConfig } from '../../audit/audit-config.js'
import type { AuditReport, Severity } from '../../audit/audit-types.js'
import { baselineDocument, readBaseline } from '../../audit/baseline.js'
import { failsThreshold, runAudit, type AuditPhase } from '../../audit/run-audit.js'
import { ValidationError } from '../../errors.js'
import type { CliContext } from '../cli-context.js'

interface AuditFlags {
  history?: boolean
  since?: string
  staged?: boolean
  format: 'text' | 'json' | 'sarif'
  output?: string
  baseline?: string
  writeBaseline?: string
  color: boolean
  includeTests?: boolean
  minSeverity: Severity
  config?: string
  cache: boolean
  workers?: string
}

const TOOL_VERSION = '0.1.0'

export function registerAuditCommand(program: Command, ctx: CliContext): void {
  program
    .command('audit')
    .description('Scan a repository for AssemblyAI keys, exposed .env files, keys in bundles/CI/history, and unsafe API usage')
    .argument('[path]', 'directory to audit', '.')
    .option('--history', 'also scan every added line of the git history (cached per commit)')
    .option('--since <ref>', 'scan only commits after <ref> (implies --history)')
    .option('--staged', 'scan only the staged changes (pre-commit hook)')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json', 'sarif']).default('text'))
    .option('--output <file>', 'write the report to a file (exit code unchanged)')
    .option('--baseline <file>', 'ignore findings whose fingerprint is in this baseline')
    .option('--write-baseline <file>', 'write the current findings as a baseline and exit 0')
    .option('--no-color', 'no colours in text output')
    .option('--include-tests', 'run the code rules on test files too')
    .addOption(new Option('--min-severity <level>', 'lowest severity that fails the audit').choices(['note', 'warning', 'error']).default('warning'))
    .option('--config <file>', 'audit configuration (default: .voxguard-audit.yaml in the audited directory)')
    .option('--no-cache', 'do not read or write the audit caches (history results, the tree grep split)')
    .option('--workers <n>', 'worker threads for the tree pass and the history (0 = main thread only; default: threads for large trees, one git log parsed in-process for the history)')
    .action(async (path: string, flags: AuditFlags) => {
      ctx.exitCode = await audit(ctx, path, flags)
    })
}

async function audit(ctx: CliContext, path: string, flags: AuditFlags): Promise<number> {
  const root = resolve(ctx.cwd, path)
  if (flags.staged && (flags.history || flags.since !== undefined)) throw new ValidationError('--staged cannot be combined with --history/--since')
  let workers: number | undefined
  if (flags.workers !== undefined) {
    workers = Number(flags.workers)
    if (!Number.isInteger(workers) || workers < 0) throw new ValidationError('--workers must be a whole number >= 0')
  }
  const config = await loadAuditConfig(root, flags.config === undefined ? undefined : resolve(ctx.cwd, flags.config))
  const baseline = flags.baseline === undefined ? undefined : readBaseline(resolve(ctx.cwd, flags.baseline))
  const progress = createProgress(ctx)
  // the formatter's module loads while the audit waits for git
  const formatting = loadFormatter(flags.format)
  formatting.catch(() => undefined)
  let report
  try {
    report = await runAudit({
      root,
      history: flags.history,
      since: flags.since,
      staged: flags.staged,
      config,
      includeTests: flags.includeTests,
      baseline,
      workers,
      useCache: flags.cache,
      onProgress: progress?.update,
    })
  } finally {
    progress?.done()
  }
  if (flags.writeBaseline !== undefined) {
    writeReport(resolve(ctx.cwd, flags.writeBaseline), baselineDocument(report.findings), '--write-baseline')
    ctx.stderr.write(`voxguard audit: wrote ${report.findings.length} fingerprint(s) to ${flags.writeBaseline}\n`)
  }
  const color = flags.format === 'text' && flags.output === undefined && flags.color && ctx.stdout.isTTY === true && !ctx.env['NO_COLOR']
  const body = (await formatting)(report, { color })
  if (flags.output !== undefined) {
    writeReport(resolve(ctx.cwd, flags.output), body, '--output')
    ctx.stderr.write(`voxguard audit: ${report.findings.length} finding(s), report written to ${flags.output}\n`)
  } else ctx.stdout.write(body)
  if (flags.writeBaseline !== undefined) return 0
  return failsThreshold(report.findings, flags.minSeverity) ? 1 : 0
}

/** Writes a report or baseline; a path that cannot be written is a clear usage error (exit 2). */
function writeReport(file: string, body: string, option: string): void {
  try {
    writeFileSync(file, body)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why = code === 'ENOENT' ? 'its directory does not exist' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : `cannot write (${code ?? 'error'})`
    throw new ValidationError(`${option} ${file}: ${why}`, { field: option.slice(2) })
  }
}

type Formatter = (report: AuditReport, options: { color: boolean }) => string

/** Loads only the module of the chosen format (the text one pulls in colours, SARIF the rule texts). */
async function loadFormatter(format: AuditFlags['format']): Promise<Formatter> {
  if (format === 'json') return (await import('../../audit/format-json.js')).formatJson
  if (format === 'sarif') {
    const { formatSarif } = await import('../../audit/format-sarif.js')
    return (report) => formatSarif(report, TOOL_VERSION)
  }
  return (await import('../../audit/format-text.js')).formatText
}

/** A one-line progress indicator on a terminal's stderr, repainted at most every 100 ms. */
function createProgress(ctx: CliContext): { update: (phase: AuditPhase, done: number, total: number) => void; done: () => void } | undefined {
  if (ctx.stderr.isTTY !== true) return undefined
  let last = 0
  let shown = false
  return {
    update(phase, done, total) {
      const now = Date.now()
      if (now - last < 100 && done < total) return
      last = now
      shown = true
      const pct = total > 0 ? Math.floor((done / total) * 100) : 100
      ctx.stderr.write(`\r\x1b[Kvoxguard audit: ${phase === 'files' ? 'files' : 'commits'} ${done}/${total} (${pct}%)`)
    },
    done() {
      if (shown) ctx.stderr.write('\r\x1b[K')
    },
  }
}
