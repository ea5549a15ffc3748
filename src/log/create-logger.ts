/**
 * pino JSON logs that cannot carry secrets: secret-bearing fields are redacted at any depth, and as a
 * second line of defence every known secret value (the API key, database password, webhook
 * secrets) is scrubbed from each line before it is written.
 *
 * @module
 */
import { pino, type DestinationStream, type Logger } from 'pino'
import { redactLogFields } from './redact-log-fields.js'

export type { Logger } from 'pino'

export interface CreateLoggerOptions {
  level?: string
  /** Where lines go (default stdout); tests pass a capturing stream. */
  destination?: DestinationStream
  /** Returns the secret values in force now (called per line; keep it cheap). */
  knownSecrets?: () => readonly string[]
}

export function createLogger(options: CreateLoggerOptions = {}): Logger {
  const knownSecrets = options.knownSecrets ?? (() => [])
  const logger = pino(
    {
      level: options.level ?? 'info',
      base: { service: 'voxguard' },
      timestamp: pino.stdTimeFunctions.isoTime,
      // Secret-bearing fields at any depth, in the line's own fields and in child bindings alike.
      formatters: { log: redactLogFields, bindings: redactLogFields },
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
  // pino applies no formatter to a child's own bindings; redact them on the way in. Children are
  // created from their parent's prototype chain, so grandchildren inherit this too.
  const pinoChild = logger.child
  logger.child = function <ChildCustomLevels extends string = never>(this: Logger, bindings: pino.Bindings, childOptions?: pino.ChildLoggerOptions<ChildCustomLevels>) {
    return pinoChild.call(this, redactLogFields(bindings), childOptions) as Logger<ChildCustomLevels>
  }
  return logger
}
