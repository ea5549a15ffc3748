/**
 * Holds the AssemblyAI key in memory and rotates it without a restart: `reload()` (on SIGHUP, or
 * when `ASSEMBLYAI_API_KEY_FILE` changes) re-reads the secret file. Each upstream call reads the key
 * once when it starts, so requests in flight finish with the key they began with.
 *
 * @module
 */
import { createHash } from 'node:crypto'
import { readFileSync, unwatchFile, watchFile } from 'node:fs'
import { ConfigError } from '../errors.js'

export interface ApiKeyProvider {
  /** The key in force, or undefined when none is configured. */
  current(): string | undefined
  /** First 8 hex characters of the key's SHA-256: safe to log. */
  fingerprint(): string | undefined
  /** Re-reads the key file; returns true when the key changed. Throws ConfigError on a bad file. */
  reload(): boolean
  /** Starts watching the key file (no-op without one). */
  watch(onChange: (fingerprint: string | undefined) => void): void
  close(): void
}

export function keyFingerprint(key: string): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8)
}

const WATCH_INTERVAL_MS = 1000

export function createApiKeyProvider(options: {
  initial: string | undefined
  file?: string | undefined
  readFile?: (path: string) => string
}): ApiKeyProvider {
  const readFile = options.readFile ?? ((p: string) => readFileSync(p, 'utf8'))
  let key = options.initial
  let watching = false

  const provider: ApiKeyProvider = {
    current: () => key,
    fingerprint: () => (key ? keyFingerprint(key) : undefined),
    reload() {
      if (!options.file) return false
      let next: string
      try {
        next = readFile(options.file).replace(/\r?\n$/, '')
      } catch (error) {
        throw new ConfigError([{ path: 'ASSEMBLYAI_API_KEY_FILE', message: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'}); keeping the current key` }])
      }
      if (!/^[A-Za-z0-9_-]{16,128}$/.test(next)) {
        throw new ConfigError([{ path: 'ASSEMBLYAI_API_KEY_FILE', message: 'holds a malformed key; keeping the current key' }])
      }
      const changed = next !== key
      key = next
      return changed
    },
    watch(onChange) {
      const file = options.file
      if (!file || watching) return
      watching = true
      const check = () => {
        try {
          if (provider.reload()) onChange(provider.fingerprint())
        } catch {
          /* a half-written file: keep the old key, the next change retries */
        }
      }
      watchFile(file, { interval: WATCH_INTERVAL_MS, persistent: false }, check)
      // The watcher compares against the file as it is when its first poll runs: a rotation
      // between the key's first read and that moment would never be seen. One more read after
      // the first poll closes that gap.
      setTimeout(() => {
        if (watching) check()
      }, WATCH_INTERVAL_MS + 100).unref()
    },
    close() {
      if (options.file && watching) unwatchFile(options.file)
      watching = false
    },
  }
  return provider
}
