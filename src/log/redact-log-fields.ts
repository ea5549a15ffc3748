/**
 * Replaces the values of secret-bearing fields in a log object, at any depth, by `[redacted]`.
 * Field names are matched case-insensitively (`authorization`, `token`, `apiKey`, `x-api-key` ...).
 *
 * The walk copies only the objects on the way to a redacted field; an object with nothing to
 * redact (most log lines) is returned as it is, so logging stays cheap on every request.
 *
 * @module
 */

/** Field names whose values never reach a log line (compared in lower case). */
export const REDACTED_LOG_FIELDS: ReadonlySet<string> = new Set([
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'apikey',
  'api_key',
  'x-api-key',
  'key',
  'clientkey',
  'token',
  'secret',
  'password',
  'ticket',
  'webhook_auth_header_value',
  'x-voxguard-webhook-secret',
  'webhooksecret',
  'databaseurl',
])

export const REDACTED = '[redacted]'

/** Deeper objects than this are replaced whole: a log line has no business being that deep. */
const MAX_DEPTH = 8

function isPlainContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  if (value === null || typeof value !== 'object') return false
  if (Array.isArray(value)) return true
  const proto: unknown = Object.getPrototypeOf(value)
  return proto === Object.prototype || proto === null
}

export function redactLogFields<T>(value: T): T {
  return walk(value, 0) as T
}

function walk(value: unknown, depth: number): unknown {
  if (!isPlainContainer(value)) return value
  if (depth >= MAX_DEPTH) return REDACTED
  if (Array.isArray(value)) {
    let copy: unknown[] | undefined
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i]
      const next = walk(item, depth + 1)
      if (next !== item) {
        copy ??= value.slice()
        copy[i] = next
      }
    }
    return copy ?? value
  }
  let copy: Record<string, unknown> | undefined
  for (const name of Object.keys(value)) {
    const field = value[name]
    const next = REDACTED_LOG_FIELDS.has(name.toLowerCase()) ? REDACTED : walk(field, depth + 1)
    if (next !== field) {
      copy ??= { ...value }
      copy[name] = next
    }
  }
  return copy ?? value
}
