/**
 * The `voxguard` command line. Each command lives in `commands/<name>-command.ts` and registers
 * itself on the program; this file only wires them and turns errors into exit codes:
 * 0 ok, 1 the command ran and found problems, 2 the command itself failed.
 *
 * @module
 */
import { Command, CommanderError } from 'commander'
import { isVoxguardError, ConfigError, PolicyError } from '../errors.js'
import { createProcessContext, type CliContext } from './cli-context.js'
import { registerAuditCommand } from './commands/audit-command.js'
import { registerClientsCommand } from './commands/clients-command.js'
import { registerEmulateCommand } from './commands/emulate-command.js'
import { registerPiiCommand } from './commands/pii-command.js'
import { registerPolicyCommand } from './commands/policy-command.js'
import { registerServeCommand } from './commands/serve-command.js'
import { registerConfigCommand } from './commands/config-command.js'
import { registerRetentionCommand } from './commands/retention-command.js'
import { registerEraseCommand } from './commands/erase-command.js'
import { registerLedgerCommand } from './commands/ledger-command.js'

export function createProgram(ctx: CliContext): Command {
  const program = new Command('voxguard')
    .description('Run AssemblyAI safely in production: gateway, PII engine, audit, retention, emulator.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
  registerServeCommand(program, ctx)
  registerEmulateCommand(program, ctx)
  registerAuditCommand(program, ctx)
  registerPiiCommand(program, ctx)
  registerPolicyCommand(program, ctx)
  registerClientsCommand(program, ctx)
  registerConfigCommand(program, ctx)
  registerRetentionCommand(program, ctx)
  registerEraseCommand(program, ctx)
  registerLedgerCommand(program, ctx)
  program.addHelpText(
    'after',
    '\nExit status:\n  0  success\n  1  the command ran and found problems (findings, failed verification)\n  2  the command itself failed (bad configuration, input or I/O)\n',
  )
  return program
}

const VERSION = '0.1.0'

/** Runs the CLI; resolves to the exit code, or `undefined` while a server keeps the process alive. */
export async function main(argv: readonly string[], ctx: CliContext = createProcessContext()): Promise<number | undefined> {
  const program = createProgram(ctx)
  try {
    await program.parseAsync([...argv])
    return ctx.exitCode
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? 0 : 2
    }
    ctx.stderr.write(`${formatError(error)}\n`)
    return isVoxguardError(error) ? error.exitCode : 2
  }
}

/** One clear line per problem; never a stack trace, never a secret (our errors carry none). */
export function formatError(error: unknown): string {
  if (error instanceof ConfigError || error instanceof PolicyError) {
    const head = error instanceof ConfigError ? 'configuration error' : 'policy error'
    return error.issues.map((i) => `voxguard: ${head}: ${i.path} ${i.message}`).join('\n')
  }
  if (isVoxguardError(error)) return `voxguard: ${error.code}: ${error.message}`
  return `voxguard: ${error instanceof Error ? error.message : String(error)}`
}
