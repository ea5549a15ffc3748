/**
 * The one table that ties environment variables to configuration paths. Secrets may also be given
 * as `NAME_FILE` (a path whose contents are the value, as Docker and Kubernetes secrets are mounted).
 *
 * @module
 */

export interface EnvBinding {
  /** Environment variable name. */
  readonly name: string
  /** Dotted path into the config object. */
  readonly path: string
  /** Secret values are never printed, and can be read from `NAME_FILE`. */
  readonly secret: boolean
}

export const ENV_BINDINGS: readonly EnvBinding[] = [
  { name: 'ASSEMBLYAI_API_KEY', path: 'upstream.apiKey', secret: true },
  { name: 'ASSEMBLYAI_BASE_URL', path: 'upstream.baseUrl', secret: false },
  { name: 'ASSEMBLYAI_STREAMING_BASE_URL', path: 'upstream.streamingBaseUrl', secret: false },
  { name: 'ASSEMBLYAI_STREAMING_WS_URL', path: 'upstream.streamingWebsocketUrl', secret: false },
  { name: 'ASSEMBLYAI_STREAMING_CA_FILE', path: 'upstream.streamingCaFile', secret: false },
  { name: 'VOXGUARD_UPSTREAM_TIMEOUT_MS', path: 'upstream.timeoutMs', secret: false },
  { name: 'VOXGUARD_UPSTREAM_MAX_RETRIES', path: 'upstream.maxRetries', secret: false },
  { name: 'VOXGUARD_ENV', path: 'env', secret: false },
  { name: 'VOXGUARD_POLICY', path: 'policyFile', secret: false },
  { name: 'VOXGUARD_ALLOW_DOTENV_KEY_IN_PRODUCTION', path: 'allowDotenvKeyInProduction', secret: false },
  { name: 'DATABASE_URL', path: 'database.url', secret: true },
  { name: 'VOXGUARD_DATA_DIR', path: 'database.dataDir', secret: false },
  { name: 'HOST', path: 'server.host', secret: false },
  { name: 'PORT', path: 'server.port', secret: false },
  { name: 'VOXGUARD_PUBLIC_URL', path: 'server.publicUrl', secret: false },
  { name: 'VOXGUARD_BODY_LIMIT_BYTES', path: 'server.bodyLimitBytes', secret: false },
  { name: 'VOXGUARD_UPLOAD_LIMIT_BYTES', path: 'server.uploadLimitBytes', secret: false },
  { name: 'VOXGUARD_TRUSTED_PROXY_HEADER', path: 'server.trustedProxyHeader', secret: false },
  { name: 'VOXGUARD_DEMO', path: 'server.demo', secret: false },
  { name: 'VOXGUARD_ADMIN_CLIENTS', path: 'server.adminClients', secret: false },
  { name: 'VOXGUARD_CORS_ORIGINS', path: 'server.corsOrigins', secret: false },
  { name: 'VOXGUARD_RATE_LIMIT_PER_IP', path: 'server.rateLimitPerIpPerMinute', secret: false },
  { name: 'VOXGUARD_RATE_LIMIT_PER_PRINCIPAL', path: 'server.rateLimitPerPrincipalPerMinute', secret: false },
  { name: 'VOXGUARD_JWT_JWKS_URL', path: 'auth.jwtJwksUrl', secret: false },
  { name: 'VOXGUARD_JWT_ISSUER', path: 'auth.jwtIssuer', secret: false },
  { name: 'VOXGUARD_JWT_AUDIENCE', path: 'auth.jwtAudience', secret: false },
  { name: 'VOXGUARD_APP_WEBHOOK_URL', path: 'webhooks.appUrl', secret: false },
  { name: 'VOXGUARD_APP_WEBHOOK_SECRET', path: 'webhooks.appSecret', secret: true },
  { name: 'VOXGUARD_APP_WEBHOOK_GIVE_UP_HOURS', path: 'webhooks.giveUpAfterHours', secret: false },
  { name: 'VOXGUARD_WEBHOOK_IP_ALLOWLIST', path: 'webhooks.sourceIpAllowlist', secret: false },
  { name: 'VOXGUARD_SCAN_THREADS', path: 'webhooks.scanThreads', secret: false },
  { name: 'VOXGUARD_LEDGER_KEY_FILE', path: 'ledger.keyFile', secret: false },
  { name: 'LOG_LEVEL', path: 'log.level', secret: false },
]

const byPath = new Map(ENV_BINDINGS.map((b) => [b.path, b]))

/** The variable that sets a config path, for error messages (`PORT` rather than `server.port`). */
export function envNameForPath(path: string): string | undefined {
  return byPath.get(path)?.name
}

export function isSecretPath(path: string): boolean {
  return byPath.get(path)?.secret ?? false
}
