import type { Command } from 'commander'
import type { CliContext } from '../cli-context.js'

/** Placeholder registration, replaced by the audit capability's owner. */
export function registerAuditCommand(program: Command, ctx: CliContext): void {
  program
    .command('audit')
    .description('(audit: not built yet)')
    .action(() => {
      ctx.stderr.write('voxguard audit: not built yet\n')
      ctx.exitCode = 2
    })
}
