/**
 * Substitution styles: `entity_name` ([PHONE_NUMBER]), `hash` (one '#' per character, whitespace
 * kept, as AssemblyAI redacts word by word) and `mask` ([PHONE_NUMBER:3f9a1c2b], a keyed
 * HMAC-SHA256 of the canonical value, stable across written and spoken forms, for joins).
 *
 * @module
 */
import { createHmac } from 'node:crypto'
import { ValidationError } from '../errors.js'
import { normalizeSpoken } from './internal/spoken-normalizer.js'
import { entityLabel, type PiiFinding, type RedactOptions } from './pii-types.js'

const MASK_HEX_CHARS = 8

export function applyRedaction(text: string, findings: readonly PiiFinding[], options: RedactOptions = {}): string {
  const sub = options.sub ?? 'entity_name'
  let key: Uint8Array | undefined
  if (sub === 'mask') {
    if (options.maskKey === undefined || options.maskKey.length === 0) {
      throw new ValidationError('substitution "mask" needs a mask key', { field: 'maskKey' })
    }
    key = typeof options.maskKey === 'string' ? Buffer.from(options.maskKey, 'utf8') : options.maskKey
  }
  const sorted = [...findings].sort((a, b) => a.start - b.start)
  const parts: string[] = []
  let pos = 0
  for (const f of sorted) {
    if (f.start < pos) continue
    parts.push(text.slice(pos, f.start))
    const value = text.slice(f.start, f.end)
    if (sub === 'hash') parts.push(value.replace(/\S/gu, '#'))
    else if (sub === 'mask' && key !== undefined) parts.push(`[${entityLabel(f.type)}:${maskToken(key, f.type, value)}]`)
    else parts.push(`[${entityLabel(f.type)}]`)
    pos = f.end
  }
  parts.push(text.slice(pos))
  return parts.join('')
}

/** Canonical form: spoken numbers as digits, lower case, alphanumerics plus '@' and '.' only. */
export function canonicalValue(value: string): string {
  return normalizeSpoken(value)
    .text.toLowerCase()
    .replace(/[^a-z0-9@.]/g, '')
}

export function maskToken(key: Uint8Array, type: string, value: string): string {
  return createHmac('sha256', key).update(`${type}\u0000${canonicalValue(value)}`).digest('hex').slice(0, MASK_HEX_CHARS)
}
