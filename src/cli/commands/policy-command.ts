import type { Command } from 'commander'
import type { CliContext } from '../cli-context.js'

export function registerPolicyCommand(program: Command, ctx: CliContext): void {
  program.command('policy').description('(under construction)').action(() => {
    ctx.stderr.write('policy: under construction\n')
    ctx.exitCode = 2
  })
}
