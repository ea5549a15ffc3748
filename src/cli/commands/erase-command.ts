import { join } from 'node:path'
import type { Command } from 'commander'
import { loadConfig } from '../../config/load-config.js'
import { ValidationError } from '../../errors.js'
import { openRetentionRuntime, type ErasureReason } from '../../retention/index.js'
import type { CliContext } from '../cli-context.js'

interface EraseFlags {
  owner?: string
  transcript?: string
  reason?: string
  json?: boolean
  config?: string
  envFile?: string
}

const REASONS: readonly ErasureReason[] = ['gdpr_erasure', 'admin', 'owner_request', 'retention']

/** `user:<sub>` and `client:<name>` are taken as given; a bare value is an end user's `sub`. */
export function ownerPrincipal(value: string): string {
  const trimmed = value.trim()
  if (trimmed === '') throw new ValidationError('--owner must not be empty', { field: '--owner' })
  return /^(user|client):./.test(trimmed) ? trimmed : `user:${trimmed}`
}

export function registerEraseCommand(program: Command, ctx: CliContext): void {
  program
    .command('erase')
    .description('Erase everything one owner has (GDPR Art. 17), or one transcript, at AssemblyAI and locally, with ledger proof')
    .option('--owner <sub>', 'the owner: an end user\'s JWT sub, or a principal (user:<sub>, client:<name>)')
    .option('--transcript <id>', 'erase this one transcript instead')
    .option('--reason <reason>', `legal basis recorded in the ledger: ${REASONS.join(', ')}`, 'gdpr_erasure')
    .option('--json', 'print the result as JSON')
    .option('--config <file>', 'JSON or YAML config file (VOXGUARD_CONFIG)')
    .option('--env-file <file>', '.env file to read (default: .env in the working directory, if present)')
    .action(async (flags: EraseFlags) => {
      if ((flags.owner === undefined) === (flags.transcript === undefined)) {
        throw new ValidationError('give exactly one of --owner <sub> or --transcript <id>', { field: '--owner' })
      }
      const reason = flags.reason as ErasureReason
      if (!REASONS.includes(reason)) throw new ValidationError(`--reason must be one of ${REASONS.join(', ')}`, { field: '--reason' })
      const loaded = loadConfig({ env: ctx.env, configFile: flags.config ?? ctx.env['VOXGUARD_CONFIG'], dotenvFile: flags.envFile ?? join(ctx.cwd, '.env') })
      const runtime = await openRetentionRuntime(loaded)
      try {
        const engine = runtime.engine()
        if (flags.transcript !== undefined) {
          const receipt = await engine.eraseTranscript(flags.transcript, { actor: 'cli:erase', reason })
          const text =
            receipt.upstream === 'pending_completion'
              ? `accepted ${receipt.id}: AssemblyAI is still processing it; it is withheld now and erased as soon as it finishes (next check ${receipt.next_check_at}, gives up ${receipt.gives_up_at})\n`
              : `erased ${receipt.id}: upstream ${receipt.upstream}, local ${receipt.local}, ledger entry ${receipt.ledger.seq}\n`
          ctx.stdout.write(flags.json ? `${JSON.stringify(receipt, null, 2)}\n` : text)
          ctx.exitCode = 0
          return
        }
        const summary = await engine.eraseOwner(ownerPrincipal(flags.owner ?? ''), { actor: 'cli:erase', reason })
        if (flags.json) {
          ctx.stdout.write(`${JSON.stringify(summary, null, 2)}\n`)
        } else {
          const lines = [
            `erased owner ${summary.owner_ref}: ${summary.total} transcript(s), deleted ${summary.deleted}, already gone ${summary.alreadyGone}, failed ${summary.failed}`,
            ...(summary.pendingCompletion > 0 ? [`  ${summary.pendingCompletion} still processing at AssemblyAI: withheld now, erased as soon as they finish`] : []),
            ...(summary.uploads > 0 ? [`  ${summary.uploads} unused upload record(s) removed (AssemblyAI deletes unused uploads 24 h after upload)`] : []),
            ...summary.failures.map((f) => `  failed ${f.id}: ${f.reason}`),
            `request ${summary.request} recorded as ledger entry ${summary.ledger.seq}`,
          ]
          ctx.stdout.write(`${lines.join('\n')}\n`)
        }
        ctx.exitCode = summary.failed > 0 ? 1 : 0
      } finally {
        await runtime.close()
      }
    })
}
