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

type Register = (program: Command, ctx: CliContext) => void

/**
 * Commands load lazily: running one command imports only its own module (the gateway, the audit's
 * TypeScript compiler and the PII dictionaries are large), and top-level help imports them all.
 */
const COMMANDS: Record<string, () => Promise<Register>> = {
  serve: async () => (await import('./commands/serve-command.js')).registerServeCommand,
  emulate: async () => (await import('./commands/emulate-command.js')).registerEmulateCommand,
  audit: async () => (await import('./commands/audit-command.js')).registerAuditCommand,
  pii: async () => (await import('./commands/pii-command.js')).registerPiiCommand,
  policy: async () => (await import('./commands/policy-command.js')).registerPolicyCommand,
  clients: async () => (await import('./commands/clients-command.js')).registerClientsCommand,
  config: async () => (await import('./commands/config-command.js')).registerConfigCommand,
  retention: async () => (await import('./commands/retention-command.js')).registerRetentionCommand,
  erase: async () => (await import('./commands/erase-command.js')).registerEraseCommand,
  ledger: async () => (await import('./commands/ledger-command.js')).registerLedgerCommand,
}

export async function createProgram(ctx: CliContext, argv: readonly string[] = []): Promise<Command> {
  const program = new Command('voxguard')
    .description('Run AssemblyAI safely in production: gateway, PII engine, audit, retention, emulator.')
    .version(VERSION, '-v, --version')
    .showHelpAfterError()
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
  const requested = argv.slice(2).find((a) => !a.startsWith('-'))
  const versionOnly = !requested && argv.slice(2).some((a) => a === '-v' || a === '--version')
  const names = versionOnly ? [] : requested && requested !== 'help' && COMMANDS[requested] ? [requested] : Object.keys(COMMANDS)
  for (const register of await Promise.all(names.map((name) => (COMMANDS[name] as () => Promise<Register>)()))) register(program, ctx)
  program.addHelpText(
    'after',
    '\nExit status:\n  0  success\n  1  the command ran and found problems (findings, failed verification)\n  2  the command itself failed (bad configuration, input or I/O)\n',
  )
  return program
}

const VERSION = '0.1.0'

/** Runs the CLI; resolves to the exit code, or `undefined` while a server keeps the process alive. */
export async function main(argv: readonly string[], ctx: CliContext = createProcessContext()): Promise<number | undefined> {
  const program = await createProgram(ctx, argv)
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
