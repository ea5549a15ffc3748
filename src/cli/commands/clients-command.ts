import type { Command } from 'commander'
import type { CliContext } from '../cli-context.js'

export function registerClientsCommand(program: Command, ctx: CliContext): void {
  program.command('clients').description('(under construction)').action(() => {
    ctx.stderr.write('clients: under construction\n')
    ctx.exitCode = 2
  })
}
