import type { Command } from 'commander'
import { z } from 'zod'
import { ConfigSchema } from '../../config/config-schema.js'
import { renderConfigTable } from '../../config/render-config-table.js'
import { loadConfig } from '../../config/load-config.js'
import { keyFingerprint } from '../../config/api-key-provider.js'
import type { CliContext } from '../cli-context.js'

export function registerConfigCommand(program: Command, ctx: CliContext): void {
  const config = program.command('config').description('Inspect configuration')
  config
    .command('schema')
    .description('Print the configuration JSON Schema')
    .action(() => {
      ctx.stdout.write(`${JSON.stringify(z.toJSONSchema(ConfigSchema, { io: 'input' }), null, 2)}\n`)
      ctx.exitCode = 0
    })
  config
    .command('table')
    .description('Print the environment-variable table (Markdown), as in the README')
    .action(() => {
      ctx.stdout.write(renderConfigTable())
      ctx.exitCode = 0
    })
  config
    .command('check')
    .description('Validate the configuration from the environment; prints it with secrets shown as fingerprints')
    .option('--config <file>', 'JSON or YAML config file')
    .action((flags: { config?: string }) => {
      const { config: c, apiKeyOrigin } = loadConfig({ env: ctx.env, configFile: flags.config ?? ctx.env['VOXGUARD_CONFIG'], dotenvFile: `${ctx.cwd}/.env` })
      const shown = {
        ...c,
        upstream: { ...c.upstream, apiKey: c.upstream.apiKey ? `sha256:${keyFingerprint(c.upstream.apiKey)} (from ${apiKeyOrigin})` : null },
        database: { ...c.database, url: c.database.url ? 'postgres://[set]' : null },
        webhooks: { ...c.webhooks, appSecret: c.webhooks.appSecret ? '[set]' : null },
      }
      ctx.stdout.write(`${JSON.stringify(shown, null, 2)}\n`)
      ctx.exitCode = 0
    })
}
