import type { Command } from 'commander'
import type { CliContext } from '../cli-context.js'

/** Placeholder registration, replaced by the emulate capability's owner. */
export function registerEmulateCommand(program: Command, ctx: CliContext): void {
  program
    .command('emulate')
    .description('(emulate: not built yet)')
    .action(() => {
      ctx.stderr.write('voxguard emulate: not built yet\n')
      ctx.exitCode = 2
    })
}
