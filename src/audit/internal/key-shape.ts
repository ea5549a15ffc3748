/**
 * What an AssemblyAI key looks like, and which key-shaped strings are obviously not keys
 * (placeholders, repeated characters, counting sequences).
 *
 * @module
 */

/** 32 lowercase alphanumerics not glued to other alphanumerics. */
export const KEY_CANDIDATE = /(?<![0-9A-Za-z])[0-9a-z]{32}(?![0-9A-Za-z])/g

const HEX = /^[0-9a-f]{32}$/
const PLACEHOLDER_WORDS = /xxxx|your|example|sample|placeholder|dummy|fake|test|redacted|changeme|apikey|secret|insert|replace|token/
const SEQUENCES = ['0123456789', '123456789', 'abcdefgh', '0123456', 'abcdef0123', 'deadbeef']

export function isHexKey(value: string): boolean {
  return HEX.test(value)
}

/** True when a 32-char lowercase alphanumeric string plausibly is a real (random) key. */
export function looksLikeKey(value: string): boolean {
  let digits = 0
  let run = 1
  let maxRun = 1
  const seen = new Set<string>()
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    if (c >= 48 && c <= 57) digits++
    if (i > 0 && c === value.charCodeAt(i - 1)) {
      run++
      if (run > maxRun) maxRun = run
    } else run = 1
    seen.add(value[i] as string)
  }
  const letters = value.length - digits
  if (digits === 0 || letters === 0 || maxRun >= 8 || seen.size < 8) return false
  if (!HEX.test(value)) {
    if (digits < 4 || letters < 4) return false
    if (PLACEHOLDER_WORDS.test(value)) return false
  }
  for (const s of SEQUENCES) if (value.includes(s)) return false
  return true
}

/** `abcd… (32 chars)`: the only form in which a secret is ever shown. */
export function maskSecret(secret: string): string {
  return `${secret.slice(0, 4)}… (${secret.length} chars)`
}
