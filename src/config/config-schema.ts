/**
 * The configuration schema: the single source of truth for every setting, its default and its
 * documentation. The README's configuration table is generated from this file and `env-map.ts`.
 *
 * @module
 */
import { z } from 'zod'

export const VOXGUARD_ENVS = ['development', 'staging', 'production'] as const
export type VoxguardEnv = (typeof VOXGUARD_ENVS)[number]

/** AssemblyAI keys are 32 lowercase hex characters; we accept any sane token and reject obvious paste errors. */
const apiKey = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16,128}$/, {
    message: 'must be 16-128 characters of letters, digits, "-" or "_" (check for quotes or spaces)',
  })

/** Environment variables are strings: accept true/false, 1/0, yes/no, and nothing else. */
const flag = z.preprocess((value) => {
  if (typeof value !== 'string') return value
  const known: Record<string, boolean> = { true: true, '1': true, yes: true, false: false, '0': false, no: false }
  return known[value.trim().toLowerCase()] ?? value
}, z.boolean({ message: 'must be true or false' }))

const httpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' })

export const ServerConfigSchema = z.strictObject({
  host: z.string().min(1).default('127.0.0.1').describe('Address the gateway listens on'),
  port: z.coerce.number().int().min(0).max(65535).default(8787).describe('Port the gateway listens on (0 = any free port)'),
  publicUrl: httpUrl.optional().describe("The gateway's externally reachable base URL (used to build webhook URLs)"),
  bodyLimitBytes: z.coerce.number().int().positive().default(1_048_576).describe('Largest JSON request body accepted'),
  uploadLimitBytes: z.coerce.number().int().positive().default(2_200_000_000).describe('Largest audio upload accepted (AssemblyAI: 2.2 GB)'),
  trustedProxyHeader: z.string().min(1).optional().describe('Header holding the client IP when behind a trusted proxy (for example x-forwarded-for); unset = use the socket address'),
  demo: flag.optional().describe('Serve the /demo page (default: on in development only)'),
  corsOrigins: z
    .string()
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^https?$/, message: 'each origin must be an http(s) URL' })))
    .or(z.array(z.url()))
    .default([])
    .describe('Comma-separated browser origins end users (JWT callers) may call from'),
  adminClients: z
    .string()
    .transform((v) => v.split(',').map((o) => o.trim()).filter(Boolean))
    .or(z.array(z.string()))
    .default([])
    .describe('Comma-separated client names allowed to use the admin endpoints (GDPR erasure of an owner)'),
  rateLimitPerIpPerMinute: z.coerce.number().int().min(1).default(600).describe('Requests per minute from one client IP'),
  rateLimitPerPrincipalPerMinute: z.coerce.number().int().min(1).default(300).describe('Requests per minute per caller (clients may have their own rate)'),
})

export const UpstreamConfigSchema = z.strictObject({
  apiKey: apiKey.optional().describe('AssemblyAI API key (secret)'),
  baseUrl: httpUrl.default('https://api.assemblyai.com').describe('AssemblyAI REST base URL'),
  streamingBaseUrl: httpUrl.default('https://streaming.assemblyai.com').describe('AssemblyAI streaming base URL (token endpoint; the WebSocket uses the same host with wss:)'),
  streamingWebsocketUrl: z
    .url({ protocol: /^wss?$/, message: 'must be a wss:// URL' })
    .optional()
    .describe('AssemblyAI v3 WebSocket URL handed to browsers (default: the streaming host with wss: and /v3/ws)'),
  streamingCaFile: z.string().min(1).optional().describe('PEM file of an extra CA trusted for the upstream streaming WebSocket (the local emulator\'s; development and tests)'),
  timeoutMs: z.coerce.number().int().min(100).max(600_000).default(30_000).describe('Timeout of one upstream call'),
  maxRetries: z.coerce.number().int().min(0).max(10).default(3).describe('Retries of idempotent upstream calls on 429/5xx/timeouts'),
})

export const DatabaseConfigSchema = z.strictObject({
  url: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { message: 'must be a postgres:// URL (leave unset for embedded SQLite)' })
    .optional()
    .describe('PostgreSQL connection URL (secret); unset = embedded SQLite under the data directory'),
  dataDir: z.string().min(1).default('./.voxguard').describe('Directory for the embedded database and generated development keys'),
})

export const AuthConfigSchema = z.strictObject({
  jwtJwksUrl: httpUrl.optional().describe('JWKS URL of the identity provider whose JWTs end users present'),
  jwtIssuer: z.string().min(1).optional().describe('Required `iss` of end-user JWTs'),
  jwtAudience: z.string().min(1).optional().describe('Required `aud` of end-user JWTs'),
})

export const WebhookConfigSchema = z.strictObject({
  appUrl: httpUrl.optional().describe("Your application's webhook URL for transcript events (Standard Webhooks)"),
  appSecret: z
    .string()
    .regex(/^whsec_[A-Za-z0-9+/=]+( whsec_[A-Za-z0-9+/=]+)?$/, { message: 'must be one whsec_ secret, or two separated by a space' })
    .optional()
    .describe('Signing secret(s) for outbound webhooks (secret)'),
  giveUpAfterHours: z.coerce.number().min(0.001).max(720).default(72).describe('How long an undelivered app webhook event is retried before it is given up (with an audit event)'),
  sourceIpAllowlist: flag.default(false).describe("Accept AssemblyAI webhooks only from AssemblyAI's published addresses"),
  scanThreads: z.coerce
    .number()
    .int()
    .min(0)
    .max(64)
    .optional()
    .describe('Worker threads for the residual-PII scan of finished transcripts (default: cores - 1, at least 1; 0 = scan on the event loop)'),
})

export const LedgerConfigSchema = z.strictObject({
  keyFile: z.string().min(1).optional().describe('Ed25519 private key (PEM) that signs ledger checkpoints; required in production'),
})

export const LogConfigSchema = z.strictObject({
  level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info').describe('Log level'),
})

export const ConfigSchema = z.strictObject({
  env: z.enum(VOXGUARD_ENVS).default('development').describe('Deployment environment; each has its own API key'),
  policyFile: z.string().min(1).optional().describe('Path of the policy file (YAML or JSON); unset = built-in safe defaults'),
  allowDotenvKeyInProduction: flag.default(false).describe('Allow the API key to come from a .env file in production'),
  server: ServerConfigSchema.default(ServerConfigSchema.parse({})),
  upstream: UpstreamConfigSchema.default(UpstreamConfigSchema.parse({})),
  database: DatabaseConfigSchema.default(DatabaseConfigSchema.parse({})),
  auth: AuthConfigSchema.default(AuthConfigSchema.parse({})),
  webhooks: WebhookConfigSchema.default(WebhookConfigSchema.parse({})),
  ledger: LedgerConfigSchema.default(LedgerConfigSchema.parse({})),
  log: LogConfigSchema.default(LogConfigSchema.parse({})),
})

export type Config = z.infer<typeof ConfigSchema>
export type ServerConfig = Config['server']
export type UpstreamConfig = Config['upstream']
export type DatabaseConfig = Config['database']
export type AuthConfig = Config['auth']
export type WebhookConfig = Config['webhooks']
