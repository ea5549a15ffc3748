/**
 * Builds the frozen configuration from four layers: schema defaults <- config file <- environment
 * <- CLI flags. Parsed once at start-up by `server/` and `cli/`; capabilities receive typed slices.
 *
 * @module
 */
import { readFileSync } from 'node:fs'
import { parseEnv } from 'node:util'
import { parse as parseYaml } from 'yaml'
import type { z } from 'zod'
import { ConfigError, type ConfigIssue } from '../errors.js'
import { ConfigSchema, type Config } from './config-schema.js'
import { ENV_BINDINGS, envNameForPath } from './env-map.js'

export type Env = Readonly<Record<string, string | undefined>>

export interface LoadConfigOptions {
  /** The process environment (injected; tests pass their own). */
  env: Env
  /** Values from CLI flags, as dotted paths (`server.port`). They win over everything else. */
  flags?: Readonly<Record<string, unknown>>
  /** An optional JSON or YAML config file (`--config` or `VOXGUARD_CONFIG`). */
  configFile?: string | undefined
  /** A `.env` file to read; its values lose to the real environment. Missing file = ignored. */
  dotenvFile?: string | undefined
  /** Injected for tests. */
  readFile?: (path: string) => string
}

/** Where the API key came from: production refuses `dotenv` unless explicitly allowed. */
export type SecretOrigin = 'env' | 'file' | 'dotenv' | 'config-file' | 'flag' | 'absent'

export interface LoadedConfig {
  readonly config: Readonly<Config>
  readonly apiKeyOrigin: SecretOrigin
  /** Path of `ASSEMBLYAI_API_KEY_FILE`, when the key came from one (watched for rotation). */
  readonly apiKeyFile: string | undefined
}

export function loadConfig(options: LoadConfigOptions): LoadedConfig {
  const readFile = options.readFile ?? ((p: string) => readFileSync(p, 'utf8'))
  const issues: ConfigIssue[] = []

  const fromFile = options.configFile ? readConfigFile(options.configFile, readFile, issues) : {}
  const dotenv = options.dotenvFile ? readDotenv(options.dotenvFile, readFile) : {}
  const raw: Record<string, unknown> = structuredClone(fromFile)
  let apiKeyOrigin: SecretOrigin = getPath(raw, 'upstream.apiKey') === undefined ? 'absent' : 'config-file'
  let apiKeyFile: string | undefined

  for (const binding of ENV_BINDINGS) {
    const fileVar = `${binding.name}_FILE`
    const direct = options.env[binding.name]
    const viaFile = binding.secret ? options.env[fileVar] : undefined
    const dotenvDirect = dotenv[binding.name]
    const dotenvViaFile = binding.secret ? dotenv[fileVar] : undefined
    let value: string | undefined
    let origin: SecretOrigin | undefined

    if (direct !== undefined && viaFile !== undefined) {
      issues.push({ path: binding.name, message: `set either ${binding.name} or ${fileVar}, not both` })
      continue
    }
    if (direct !== undefined && direct !== '') {
      value = direct
      origin = 'env'
    } else if (viaFile !== undefined && viaFile !== '') {
      value = readSecretFile(viaFile, fileVar, readFile, issues)
      origin = 'file'
      if (binding.path === 'upstream.apiKey') apiKeyFile = viaFile
    } else if (dotenvDirect !== undefined && dotenvDirect !== '') {
      value = dotenvDirect
      origin = 'dotenv'
    } else if (dotenvViaFile !== undefined && dotenvViaFile !== '') {
      value = readSecretFile(dotenvViaFile, fileVar, readFile, issues)
      origin = 'dotenv'
    }
    if (value === undefined) continue
    setPath(raw, binding.path, value)
    if (binding.path === 'upstream.apiKey' && origin) apiKeyOrigin = origin
  }

  for (const [path, value] of Object.entries(options.flags ?? {})) {
    if (value === undefined) continue
    setPath(raw, path, value)
    if (path === 'upstream.apiKey') apiKeyOrigin = 'flag'
  }

  if (issues.length > 0) throw new ConfigError(issues)
  const parsed = ConfigSchema.safeParse(raw)
  if (!parsed.success) throw new ConfigError(describeIssues(parsed.error))
  const config = parsed.data

  if (config.env === 'production') {
    if (!config.upstream.apiKey) {
      issues.push({ path: 'ASSEMBLYAI_API_KEY', message: 'is required when VOXGUARD_ENV=production (set it or ASSEMBLYAI_API_KEY_FILE)' })
    } else if (apiKeyOrigin === 'dotenv' && !config.allowDotenvKeyInProduction) {
      issues.push({
        path: 'ASSEMBLYAI_API_KEY',
        message: 'was loaded from a .env file, which production refuses; use the environment or ASSEMBLYAI_API_KEY_FILE (or set VOXGUARD_ALLOW_DOTENV_KEY_IN_PRODUCTION=true)',
      })
    } else if (apiKeyOrigin === 'config-file' || apiKeyOrigin === 'flag') {
      issues.push({ path: 'ASSEMBLYAI_API_KEY', message: 'must come from the environment or a secret file, not a config file or flag' })
    }
    if (!config.ledger.keyFile) {
      issues.push({ path: 'VOXGUARD_LEDGER_KEY_FILE', message: 'is required when VOXGUARD_ENV=production (Ed25519 key for ledger checkpoints)' })
    }
  }
  if (issues.length > 0) throw new ConfigError(issues)

  return Object.freeze({ config: deepFreeze(config), apiKeyOrigin, apiKeyFile })
}

/** Names each issue by its environment variable where one exists; never includes the value. */
function describeIssues(error: z.ZodError): ConfigIssue[] {
  return error.issues.map((issue) => {
    const dotted = issue.path.map(String).join('.')
    const envName = envNameForPath(dotted)
    const unknownKeys = issue.code === 'unrecognized_keys' ? `: ${issue.keys.join(', ')}` : ''
    return { path: envName ?? (dotted || '(root)'), message: `${issue.message}${unknownKeys}` }
  })
}

function readSecretFile(path: string, varName: string, readFile: (p: string) => string, issues: ConfigIssue[]): string | undefined {
  try {
    const text = readFile(path).replace(/\r?\n$/, '')
    if (text === '') issues.push({ path: varName, message: `file ${path} is empty` })
    return text
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable'
    issues.push({ path: varName, message: `cannot read file ${path} (${code})` })
    return undefined
  }
}

function readConfigFile(path: string, readFile: (p: string) => string, issues: ConfigIssue[]): Record<string, unknown> {
  let text: string
  try {
    text = readFile(path)
  } catch (error) {
    issues.push({ path: 'VOXGUARD_CONFIG', message: `cannot read ${path} (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})` })
    return {}
  }
  try {
    const value: unknown = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text)
    if (value === null || value === undefined) return {}
    if (typeof value !== 'object' || Array.isArray(value)) {
      issues.push({ path: 'VOXGUARD_CONFIG', message: `${path} must hold an object` })
      return {}
    }
    return value as Record<string, unknown>
  } catch {
    issues.push({ path: 'VOXGUARD_CONFIG', message: `${path} is not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}` })
    return {}
  }
}

function readDotenv(path: string, readFile: (p: string) => string): Record<string, string> {
  let text: string
  try {
    text = readFile(path)
  } catch {
    return {}
  }
  return parseEnv(text) as Record<string, string>
}

function setPath(target: Record<string, unknown>, dotted: string, value: unknown): void {
  const keys = dotted.split('.')
  let node = target
  for (const key of keys.slice(0, -1)) {
    const next = node[key]
    if (typeof next !== 'object' || next === null) node[key] = {}
    node = node[key] as Record<string, unknown>
  }
  node[keys[keys.length - 1] as string] = value
}

function getPath(target: Record<string, unknown>, dotted: string): unknown {
  let node: unknown = target
  for (const key of dotted.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined
    node = (node as Record<string, unknown>)[key]
  }
  return node
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child)
    Object.freeze(value)
  }
  return value
}
