import { describe, expect, it } from 'vitest'
import { ConfigError } from '../errors.js'
import { loadConfig } from './load-config.js'

const fakeKey = () => Array.from({ length: 32 }, () => Math.floor(Math.random() * 16).toString(16)).join('')

describe('loadConfig', () => {
  it('applies defaults and freezes the result', () => {
    const { config } = loadConfig({ env: {} })
    expect(config.env).toBe('development')
    expect(config.server.port).toBe(8787)
    expect(config.upstream.baseUrl).toBe('https://api.assemblyai.com')
    expect(Object.isFrozen(config.server)).toBe(true)
  })

  it('layers file <- env <- flags', () => {
    const files: Record<string, string> = { '/c.yaml': 'server:\n  port: 1000\n  host: 0.0.0.0\n' }
    const { config } = loadConfig({
      env: { PORT: '2000' },
      flags: { 'server.host': '127.0.0.2' },
      configFile: '/c.yaml',
      readFile: (p) => files[p] ?? '',
    })
    expect(config.server.port).toBe(2000)
    expect(config.server.host).toBe('127.0.0.2')
  })

  it('reads secrets from NAME_FILE and never echoes them in errors', () => {
    const key = fakeKey()
    const { config, apiKeyOrigin, apiKeyFile } = loadConfig({
      env: { ASSEMBLYAI_API_KEY_FILE: '/run/secrets/key' },
      readFile: () => `${key}\n`,
    })
    expect(config.upstream.apiKey).toBe(key)
    expect(apiKeyOrigin).toBe('file')
    expect(apiKeyFile).toBe('/run/secrets/key')

    const bad = `"${key}"`
    try {
      loadConfig({ env: { ASSEMBLYAI_API_KEY: bad } })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(ConfigError)
      expect(String((error as Error).message)).toContain('ASSEMBLYAI_API_KEY')
      expect(String((error as Error).message)).not.toContain(key)
    }
  })

  it('refuses production without a key, naming the variable', () => {
    expect(() => loadConfig({ env: { VOXGUARD_ENV: 'production' } })).toThrow(/ASSEMBLYAI_API_KEY/)
  })

  it('refuses a key from .env in production unless allowed', () => {
    const key = fakeKey()
    const files: Record<string, string> = { '/app/.env': `ASSEMBLYAI_API_KEY=${key}\n`, '/k': 'x' }
    const base = { VOXGUARD_ENV: 'production', VOXGUARD_LEDGER_KEY_FILE: '/k' }
    expect(() => loadConfig({ env: base, dotenvFile: '/app/.env', readFile: (p) => files[p] ?? '' })).toThrow(/\.env file/)
    const ok = loadConfig({
      env: { ...base, VOXGUARD_ALLOW_DOTENV_KEY_IN_PRODUCTION: 'true' },
      dotenvFile: '/app/.env',
      readFile: (p) => files[p] ?? '',
    })
    expect(ok.apiKeyOrigin).toBe('dotenv')
  })

  it('reports unreadable secret files and bad values with their variable names', () => {
    try {
      loadConfig({ env: { DATABASE_URL_FILE: '/nope', PORT: 'eighty', VOXGUARD_ENV: 'prod' } })
      expect.unreachable()
    } catch (error) {
      const issues = (error as ConfigError).issues
      expect(issues.map((i) => i.path)).toEqual(['DATABASE_URL_FILE'])
    }
    try {
      loadConfig({ env: { PORT: 'eighty', VOXGUARD_ENV: 'prod' } })
      expect.unreachable()
    } catch (error) {
      const paths = (error as ConfigError).issues.map((i) => i.path).sort()
      expect(paths).toEqual(['PORT', 'VOXGUARD_ENV'])
    }
  })

  it('parses boolean variables strictly', () => {
    expect(loadConfig({ env: { VOXGUARD_WEBHOOK_IP_ALLOWLIST: 'false' } }).config.webhooks.sourceIpAllowlist).toBe(false)
    expect(() => loadConfig({ env: { VOXGUARD_WEBHOOK_IP_ALLOWLIST: 'maybe' } })).toThrow(/VOXGUARD_WEBHOOK_IP_ALLOWLIST/)
  })
})
