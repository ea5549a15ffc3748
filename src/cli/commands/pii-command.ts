import type { Command } from 'commander'
import type { CliContext } from '../cli-context.js'

/** Placeholder registration, replaced by the pii capability's owner. */
export function registerPiiCommand(program: Command, ctx: CliContext): void {
  program
    .command('pii')
    .description('(pii: not built yet)')
    .action(() => {
      ctx.stderr.write('voxguard pii: not built yet\n')
      ctx.exitCode = 2
    })
}
