import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Command } from 'commander'
import { loadConfig } from '../../config/load-config.js'
import { ValidationError } from '../../errors.js'
import { verifyReceipts, type ReceiptExport } from '../../ledger/index.js'
import { openRetentionRuntime } from '../../retention/index.js'
import type { CliContext } from '../cli-context.js'
import { ownerPrincipal } from './erase-command.js'

interface CommonFlags {
  config?: string
  envFile?: string
  json?: boolean
}

export function registerLedgerCommand(program: Command, ctx: CliContext): void {
  const ledger = program.command('ledger').description('The tamper-evident deletion ledger: verify it, export receipts')
  const open = async (flags: CommonFlags) =>
    openRetentionRuntime(loadConfig({ env: ctx.env, configFile: flags.config ?? ctx.env['VOXGUARD_CONFIG'], dotenvFile: flags.envFile ?? join(ctx.cwd, '.env') }))

  withCommon(ledger.command('verify').description('Re-check the whole hash chain and every signed checkpoint; exit 1 naming the first bad entry'))
    .option('--json', 'print the result as JSON')
    .action(async (flags: CommonFlags) => {
      const runtime = await open(flags)
      try {
        const result = await runtime.ledger.verify()
        if (flags.json) ctx.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
        else if (result.ok) {
          ctx.stdout.write(`ledger OK: ${result.entries} entries, ${result.checkpoints} signed checkpoint(s)${result.latestCheckpoint ? `, latest at entry ${result.latestCheckpoint.seq}` : ''}\n`)
        } else ctx.stderr.write(`ledger FAILED at entry ${result.firstBad?.seq}: ${result.firstBad?.problem}\n`)
        ctx.exitCode = result.ok ? 0 : 1
      } finally {
        await runtime.close()
      }
    })

  withCommon(ledger.command('export').description('Write deletion receipts (JSON) that an auditor verifies with the public key alone'))
    .option('--since <date>', 'only entries at or after this date (ISO 8601, e.g. 2026-01-01)')
    .option('--owner <sub>', "only this owner's entries (an end user's sub, or user:<sub> / client:<name>)")
    .option('--out <file>', 'write to this file instead of standard output')
    .action(async (flags: CommonFlags & { since?: string; owner?: string; out?: string }) => {
      let since: string | undefined
      if (flags.since !== undefined) {
        const ms = Date.parse(flags.since)
        if (!/^\d{4}-\d{2}-\d{2}/.test(flags.since) || Number.isNaN(ms)) throw new ValidationError(`--since must be an ISO date such as 2026-01-01 (got "${flags.since}")`, { field: '--since' })
        since = new Date(ms).toISOString()
      }
      const owner = flags.owner === undefined ? undefined : ownerPrincipal(flags.owner)
      const runtime = await open(flags)
      try {
        const doc = await runtime.ledger.exportReceipts({ since, owner })
        const text = `${JSON.stringify(doc, null, 2)}\n`
        if (flags.out) {
          writeFileSync(flags.out, text)
          ctx.stderr.write(`wrote ${doc.receipts.length} receipt(s) to ${flags.out}\n`)
        } else ctx.stdout.write(text)
        ctx.exitCode = 0
      } finally {
        await runtime.close()
      }
    })

  ledger
    .command('verify-receipts <file>')
    .description('Verify an exported receipts file offline (no database needed)')
    .option('--public-key <file>', 'the ledger public key (PEM) obtained independently; default: the key inside the export')
    .action((file: string, flags: { publicKey?: string }) => {
      const doc = readJson(file)
      const pem = flags.publicKey === undefined ? undefined : readText(flags.publicKey, '--public-key')
      const result = verifyReceipts(doc as ReceiptExport, pem)
      if (result.ok) ctx.stdout.write(`receipts OK: ${result.receipts} receipt(s) covered by a valid signed checkpoint${pem ? '' : ' (key taken from the file: pin it with --public-key)'}\n`)
      else ctx.stderr.write(`receipts FAILED: ${result.problem}\n`)
      ctx.exitCode = result.ok ? 0 : 1
    })

  withCommon(ledger.command('public-key').description("Print the ledger's Ed25519 public key (PEM) to give to auditors")).action(async (flags: CommonFlags) => {
    const runtime = await open(flags)
    try {
      ctx.stdout.write(runtime.ledger.publicKeyPem)
      ctx.exitCode = 0
    } finally {
      await runtime.close()
    }
  })
}

function withCommon(command: Command): Command {
  return command
    .option('--config <file>', 'JSON or YAML config file (VOXGUARD_CONFIG)')
    .option('--env-file <file>', '.env file to read (default: .env in the working directory, if present)')
}

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new ValidationError(`${what}: cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`, { field: what })
  }
}

function readJson(path: string): unknown {
  try {
    return JSON.parse(readText(path, 'receipts file'))
  } catch (error) {
    if (error instanceof ValidationError) throw error
    throw new ValidationError(`${path} is not valid JSON`, { field: 'file' })
  }
}
