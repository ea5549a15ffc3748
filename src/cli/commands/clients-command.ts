import { join } from 'node:path'
import type { Command } from 'commander'
import { createClient } from '../../auth/index.js'
import { loadConfig } from '../../config/load-config.js'
import { ValidationError } from '../../errors.js'
import { createClientsRepository, createStore, type Store } from '../../store/index.js'
import type { CliContext } from '../cli-context.js'

async function withStore<T>(ctx: CliContext, fn: (store: Store) => Promise<T>): Promise<T> {
  const { config } = loadConfig({ env: ctx.env, dotenvFile: join(ctx.cwd, '.env') })
  const store = createStore({ url: config.database.url, dataDir: config.database.dataDir })
  try {
    await store.migrate()
    return await fn(store)
  } finally {
    await store.close()
  }
}

function parseRate(value: string | undefined): number | undefined {
  if (value === undefined) return undefined
  const m = /^(\d+)\/min$/.exec(value.trim())
  if (!m?.[1]) throw new ValidationError(`--rate must look like 120/min (got "${value}")`, { field: 'rate' })
  return Number(m[1])
}

export function registerClientsCommand(program: Command, ctx: CliContext): void {
  const clients = program.command('clients').description('Manage service clients (app backends) and their vgk_ keys')

  clients
    .command('create')
    .argument('<name>', 'client name')
    .option('--origin <url...>', 'browser origin allowed to call with this client (repeatable)')
    .option('--max-token-ttl <seconds>', 'cap on streaming-token lifetime for this client')
    .option('--rate <n/min>', 'request rate limit, e.g. 120/min')
    .description('Create a client and print its key once (only a hash is stored)')
    .action(async (name: string, flags: { origin?: string[]; maxTokenTtl?: string; rate?: string }) => {
      const created = await withStore(ctx, async (store) =>
        createClient(createClientsRepository(store.db), {
          name,
          origins: flags.origin ?? [],
          maxTokenTtlSeconds: flags.maxTokenTtl === undefined ? undefined : Number(flags.maxTokenTtl),
          ratePerMinute: parseRate(flags.rate),
        }),
      )
      ctx.stdout.write(`${created.key}\n`)
      ctx.stderr.write(`client "${created.name}" created. The key above is shown once: store it in your secret manager.\n`)
      ctx.exitCode = 0
    })

  clients
    .command('list')
    .option('--json', 'JSON output')
    .description('List clients (names, key prefixes, origins, limits, status)')
    .action(async (flags: { json?: boolean }) => {
      const rows = await withStore(ctx, async (store) => createClientsRepository(store.db).list())
      const view = rows.map((r) => ({
        name: r.name,
        key_prefix: `${r.key_prefix}…`,
        origins: JSON.parse(r.origins) as string[],
        max_token_ttl_seconds: r.max_token_ttl_seconds,
        rate_per_minute: r.rate_per_minute,
        created_at: r.created_at,
        status: r.revoked_at ? `revoked ${r.revoked_at}` : 'active',
      }))
      if (flags.json) ctx.stdout.write(`${JSON.stringify(view, null, 2)}\n`)
      else for (const v of view) ctx.stdout.write(`${v.name}\t${v.key_prefix}\t${v.status}\torigins=${v.origins.join(',') || '-'}\n`)
      ctx.exitCode = 0
    })

  clients
    .command('revoke')
    .argument('<name>', 'client name')
    .description('Revoke a client: its key stops working at once')
    .action(async (name: string) => {
      const done = await withStore(ctx, async (store) => createClientsRepository(store.db).revoke(name, new Date().toISOString()))
      if (!done) {
        ctx.stderr.write(`voxguard: no active client named "${name}"\n`)
        ctx.exitCode = 1
        return
      }
      ctx.stdout.write(`client "${name}" revoked\n`)
      ctx.exitCode = 0
    })
}
