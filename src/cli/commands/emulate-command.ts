import type { Command } from 'commander'
import { ValidationError } from '../../errors.js'
import { FaultSpecError, parseFaultSpec, startEmulator } from '../../emulator/index.js'
import type { CliContext } from '../cli-context.js'

interface EmulateFlags {
  host: string
  port: string
  wsPort: string
  apiKey?: string[]
  faults?: string
  processingDelay: string
  json?: boolean
}

function port(value: string, flag: string): number {
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65_535) {
    throw new ValidationError(`${flag} must be a port number from 0 to 65535`, { field: flag })
  }
  return Number(value)
}

/** Keys from `--api-key` (repeatable) and `VOXGUARD_EMULATOR_API_KEYS` (comma-separated, keeps them out of `ps`). */
function apiKeys(flags: EmulateFlags, ctx: CliContext): string[] | undefined {
  const fromEnv = (ctx.env['VOXGUARD_EMULATOR_API_KEYS'] ?? '').split(',').map((k) => k.trim())
  const keys = [...(flags.apiKey ?? []), ...fromEnv].filter((k) => k.length > 0)
  for (const k of keys) {
    if (k.length < 8 || /\s/.test(k)) throw new ValidationError('--api-key: a key must be at least 8 characters without spaces', { field: '--api-key' })
  }
  return keys.length === 0 ? undefined : keys
}

export function registerEmulateCommand(program: Command, ctx: CliContext): void {
  program
    .command('emulate')
    .description('Run a local AssemblyAI emulator (REST, v3 token, v3 streaming WebSocket over TLS)')
    .option('--host <address>', 'listen address', '127.0.0.1')
    .option('--port <n>', 'REST port (0 = a free port)', '0')
    .option('--ws-port <n>', 'streaming WebSocket (TLS) port (0 = a free port)', '0')
    .option('--api-key <key...>', 'accept only these keys (repeatable; or VOXGUARD_EMULATOR_API_KEYS=k1,k2); default: any 32-char lowercase hex key')
    .option('--faults <spec>', 'inject faults, e.g. "429=0.1,500=0.05,503=0.02,reset=0.01,latency=50..400ms"')
    .option('--processing-delay <ms>', 'time from submission to completion', '1000')
    .option('--json', 'print one JSON line {"restUrl","streamingUrl","wsUrl","caCertPath"} once ready')
    .action(async (flags: EmulateFlags) => {
      if (flags.faults !== undefined) {
        try {
          parseFaultSpec(flags.faults)
        } catch (err) {
          if (err instanceof FaultSpecError) throw new ValidationError(`--faults: ${err.message}`, { field: '--faults' })
          throw err
        }
      }
      if (!/^\d{1,9}$/.test(flags.processingDelay)) {
        throw new ValidationError('--processing-delay must be a whole number of milliseconds', { field: '--processing-delay' })
      }
      const keys = apiKeys(flags, ctx)
      const emulator = await startEmulator({
        host: flags.host,
        port: port(flags.port, '--port'),
        streamingPort: port(flags.wsPort, '--ws-port'),
        processingDelayMs: Number(flags.processingDelay),
        ...(keys === undefined ? {} : { apiKeys: keys }),
        ...(flags.faults === undefined ? {} : { faults: flags.faults }),
      })
      ctx.exitCode = undefined
      const ready = { restUrl: emulator.restUrl, streamingUrl: emulator.streamingUrl, wsUrl: emulator.wsUrl, caCertPath: emulator.caCertPath }
      if (flags.json === true) {
        ctx.stdout.write(`${JSON.stringify(ready)}\n`)
      } else {
        ctx.stdout.write(
          [
            'AssemblyAI emulator ready',
            `  REST (baseUrl):                ${ready.restUrl}`,
            `  Token (streamingBaseUrl):      ${ready.streamingUrl}`,
            `  WebSocket (websocketBaseUrl):  ${ready.wsUrl}`,
            `  CA certificate:                ${ready.caCertPath}  (NODE_EXTRA_CA_CERTS)`,
            `  API keys:                      ${keys === undefined ? 'any 32-character lowercase hex key' : `${keys.length} configured`}`,
            'Press Ctrl+C to stop.',
            '',
          ].join('\n'),
        )
      }
      let stopping = false
      const stop = (): void => {
        if (stopping) return
        stopping = true
        void emulator.close().then(() => {
          process.exitCode = 0
        })
      }
      process.once('SIGTERM', stop)
      process.once('SIGINT', stop)
    })
}
