import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createApiKeyProvider, keyFingerprint } from './api-key-provider.js'

const freshKey = (): string => Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('')

describe('api key provider', () => {
  it('sees a key file rotated between the first read and the start of watching', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vg-keyfile-')), 'key')
    const first = freshKey()
    const second = freshKey()
    writeFileSync(file, first)
    const provider = createApiKeyProvider({ initial: first, file })
    // Rotated before the watch starts: the file watcher's own baseline already holds the new key.
    writeFileSync(file, second)
    const seen: Array<string | undefined> = []
    provider.watch((fingerprint) => seen.push(fingerprint))
    try {
      for (let i = 0; i < 50 && provider.current() !== second; i++) await new Promise((r) => setTimeout(r, 100))
      expect(provider.current()).toBe(second)
      expect(seen).toEqual([keyFingerprint(second)])
    } finally {
      provider.close()
    }
  })
})
