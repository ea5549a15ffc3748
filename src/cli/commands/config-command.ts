import type { Command } from 'commander'
import type { CliContext } from '../cli-context.js'

export function registerConfigCommand(program: Command, ctx: CliContext): void {
  program.command('config').description('(under construction)').action(() => {
    ctx.stderr.write('config: under construction\n')
    ctx.exitCode = 2
  })
}
