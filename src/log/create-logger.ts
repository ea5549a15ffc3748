/**
 * pino JSON logs that cannot carry secrets: secret-bearing paths are redacted by pino, and as a
 * second line of defence every known secret value (the API key, database password, webhook
 * secrets) is scrubbed from each line before it is written.
 *
 * @module
 */
import { pino, type DestinationStream, type Logger } from 'pino'

export type { Logger } from 'pino'

/** Paths whose values are replaced by `[redacted]` wherever they appear in a log object. */
export const REDACTED_LOG_PATHS = [
  'authorization', '*.authorization', '*.*.authorization', 'headers.authorization', 'req.headers.authorization',
  'req.headers.cookie', 'headers.cookie', '*.headers.cookie',
  'apiKey', '*.apiKey', 'api_key', '*.api_key', 'key', '*.key', 'clientKey', '*.clientKey',
  'token', '*.token', 'secret', '*.secret', 'password', '*.password', 'ticket', '*.ticket',
  'webhook_auth_header_value', '*.webhook_auth_header_value', 'webhookSecret', '*.webhookSecret',
  'databaseUrl', '*.databaseUrl',
]

export interface CreateLoggerOptions {
  level?: string
  /** Where lines go (default stdout); tests pass a capturing stream. */
  destination?: DestinationStream
  /** Returns the secret values in force now (called per line; keep it cheap). */
  knownSecrets?: () => readonly string[]
}

export function createLogger(options: CreateLoggerOptions = {}): Logger {
  const knownSecrets = options.knownSecrets ?? (() => [])
  return pino(
    {
      level: options.level ?? 'info',
      base: { service: 'voxguard' },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_LOG_PATHS, censor: '[redacted]' },
      hooks: {
        streamWrite(line) {
          let out = line
          for (const secret of knownSecrets()) {
            if (secret.length >= 8 && out.includes(secret)) out = out.split(secret).join('[redacted]')
          }
          return out
        },
      },
    },
    options.destination ?? pino.destination({ dest: 1, sync: false }),
  )
}
