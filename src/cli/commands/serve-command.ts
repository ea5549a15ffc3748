import type { Command } from 'commander'
import type { CliContext } from '../cli-context.js'

export function registerServeCommand(program: Command, ctx: CliContext): void {
  program.command('serve').description('Start the gateway').action(() => {
    ctx.stderr.write('serve: under construction\n')
  })
}
