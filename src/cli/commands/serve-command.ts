import { join } from 'node:path'
import type { Command } from 'commander'
import { loadConfig } from '../../config/load-config.js'
import { startGateway } from '../../server/start-gateway.js'
import type { CliContext } from '../cli-context.js'

interface ServeFlags {
  host?: string
  port?: string
  config?: string
  policy?: string
  envFile?: string
}

export function registerServeCommand(program: Command, ctx: CliContext): void {
  program
    .command('serve')
    .description('Start the gateway (holds the AssemblyAI key, enforces the policy)')
    .option('--host <address>', 'listen address (HOST)')
    .option('--port <n>', 'listen port (PORT)')
    .option('--config <file>', 'JSON or YAML config file (VOXGUARD_CONFIG)')
    .option('--policy <file>', 'policy file (VOXGUARD_POLICY)')
    .option('--env-file <file>', '.env file to read (default: .env in the working directory, if present)')
    .action(async (flags: ServeFlags) => {
      const loaded = loadConfig({
        env: ctx.env,
        flags: { 'server.host': flags.host, 'server.port': flags.port, policyFile: flags.policy },
        configFile: flags.config ?? ctx.env['VOXGUARD_CONFIG'],
        dotenvFile: flags.envFile ?? join(ctx.cwd, '.env'),
      })
      const gateway = await startGateway({ loaded })
      ctx.exitCode = undefined
      const stop = (signal: string) => {
        gateway.logger.info({ signal }, 'shutting down')
        void gateway.close().then(() => {
          process.exitCode = 0
        })
      }
      process.once('SIGTERM', () => stop('SIGTERM'))
      process.once('SIGINT', () => stop('SIGINT'))
      process.on('SIGHUP', () => gateway.reloadKey())
    })
}
