// The `voxguard audit` command exactly as the CLI registers it, without loading the other commands
// (server, emulator...): what the bench times, so other capabilities' start-up cost and build state do
// not blur the scanner's figures. The full CLI's start-up is measured separately.
import { Command } from 'commander'
import { registerAuditCommand } from '../../dist/cli/audit-command.js'

const ctx = { env: process.env, cwd: process.cwd(), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, exitCode: 0 }
const program = new Command('voxguard').exitOverride()
registerAuditCommand(program, ctx)
try {
  await program.parseAsync(process.argv)
  process.exitCode = ctx.exitCode ?? 0
} catch (error) {
  process.stderr.write(`voxguard: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 2
}
