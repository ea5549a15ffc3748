/**
 * Service-client keys: `vgk_` + 256 bits of randomness (base64url). Only the SHA-256 is stored;
 * the key is shown once at creation.
 *
 * @module
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'

export const CLIENT_KEY_PREFIX = 'vgk_'
const KEY_PATTERN = /^vgk_[A-Za-z0-9_-]{43}$/

export function generateClientKey(random: (n: number) => Buffer = randomBytes): string {
  return `${CLIENT_KEY_PREFIX}${random(32).toString('base64url')}`
}

export function hashClientKey(key: string): string {
  return createHash('sha256').update(key).digest('hex')
}

export function isWellFormedClientKey(value: string): boolean {
  return KEY_PATTERN.test(value)
}

/** Constant-time comparison of two hex digests of equal length. */
export function digestsEqual(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex')
  const right = Buffer.from(b, 'hex')
  return left.length === right.length && left.length > 0 && timingSafeEqual(left, right)
}
