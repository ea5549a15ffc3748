/**
 * API key checks for the emulator. Without configured keys, any 32-character lowercase-hex key is
 * accepted (the shape of an AssemblyAI key); with keys, only those. Keys never leave this module
 * except as fingerprints.
 *
 * @module
 */
import { createHash, timingSafeEqual } from 'node:crypto'

const KEY_SHAPE = /^[0-9a-f]{32}$/

export type KeyCheck = (key: string | undefined) => boolean

export function createKeyCheck(apiKeys: readonly string[] | undefined): KeyCheck {
  if (apiKeys === undefined || apiKeys.length === 0) {
    return (key) => key !== undefined && KEY_SHAPE.test(key)
  }
  const digests = apiKeys.map((k) => createHash('sha256').update(k).digest())
  return (key) => {
    if (key === undefined || key.length === 0) return false
    const d = createHash('sha256').update(key).digest()
    let ok = false
    for (const known of digests) ok = timingSafeEqual(d, known) || ok
    return ok
  }
}

/** A short, non-reversible label for a credential: `fp:` and 12 base64url characters of its sha256. */
export function fingerprint(secret: string | undefined): string | null {
  if (secret === undefined || secret.length === 0) return null
  return `fp:${createHash('sha256').update(secret).digest('base64url').slice(0, 12)}`
}
