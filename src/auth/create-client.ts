import { randomUUID } from 'node:crypto'
import { ValidationError } from '../errors.js'
import type { ClientsRepository } from '../store/index.js'
import { generateClientKey, hashClientKey } from './client-keys.js'

export interface CreateClientInput {
  name: string
  origins?: readonly string[]
  maxTokenTtlSeconds?: number | undefined
  ratePerMinute?: number | undefined
}

/** Creates a service client and returns its key: the only time the key exists outside the caller. */
export async function createClient(
  clients: ClientsRepository,
  input: CreateClientInput,
  now: () => Date = () => new Date(),
): Promise<{ name: string; key: string }> {
  if (!/^[a-z0-9][a-z0-9._-]{0,63}$/i.test(input.name)) {
    throw new ValidationError('client name must be 1-64 letters, digits, ".", "_" or "-"', { field: 'name' })
  }
  const origins = (input.origins ?? []).map(normaliseOrigin)
  if (input.maxTokenTtlSeconds !== undefined && !(Number.isInteger(input.maxTokenTtlSeconds) && input.maxTokenTtlSeconds >= 1 && input.maxTokenTtlSeconds <= 600)) {
    throw new ValidationError('max token TTL must be an integer from 1 to 600 seconds', { field: 'max-token-ttl' })
  }
  if (input.ratePerMinute !== undefined && !(Number.isInteger(input.ratePerMinute) && input.ratePerMinute >= 1 && input.ratePerMinute <= 1_000_000)) {
    throw new ValidationError('rate must be a whole number of requests per minute, 1 or more', { field: 'rate' })
  }
  const key = generateClientKey()
  await clients.insert({
    id: randomUUID(),
    name: input.name,
    key_hash: hashClientKey(key),
    key_prefix: key.slice(0, 8),
    origins: JSON.stringify(origins),
    max_token_ttl_seconds: input.maxTokenTtlSeconds ?? null,
    rate_per_minute: input.ratePerMinute ?? null,
    created_at: now().toISOString(),
    revoked_at: null,
  })
  return { name: input.name, key }
}

export function normaliseOrigin(value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new ValidationError(`origin "${value}" is not a URL (expected like https://app.example)`, { field: 'origin' })
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash || url.username) {
    throw new ValidationError(`origin "${value}" must be scheme://host[:port] only`, { field: 'origin' })
  }
  return url.origin
}
