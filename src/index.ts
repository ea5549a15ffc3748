/**
 * voxguard as a library. Grouped, explicit exports; the CLI (`voxguard`) is the other entry.
 *
 * @module
 */

// Gateway handlers (Next.js, Express, any Web-standard server)
export { createVoxguardHandlers, type VoxguardHandlers, type CreateHandlersOptions } from './server/web-handlers.js'
export { createGateway, type Gateway, type CreateGatewayOptions } from './server/create-gateway.js'
export { startGateway, type RunningGateway, type StartGatewayOptions } from './server/start-gateway.js'

// Receiving voxguard's events in your app (Standard Webhooks)
export { verifyWebhook, signStandardWebhook, WEBHOOK_TOLERANCE_IN_SECONDS } from './webhooks/index.js'

// Configuration and policy
export { loadConfig, type LoadedConfig, type LoadConfigOptions } from './config/load-config.js'
export { ConfigSchema, type Config } from './config/config-schema.js'
export { loadPolicyFile, parsePolicy, defaultPolicy, PII_PRESETS, type Policy } from './policy/index.js'

// PII engine
export { scan, redact, scanTranscriptText, createPiiEngine, SUPPORTED_PII_TYPES, type PiiFinding, type PiiType, type ScanOptions, type RedactOptions } from './pii/index.js'

// Emulator (tests, local development)
export { startEmulator, type EmulatorOptions, type RunningEmulator } from './emulator/index.js'

// Errors
export {
  VoxguardError,
  ErrorCode,
  ConfigError,
  PolicyError,
  ValidationError,
  AuthError,
  ForbiddenError,
  NotFoundError,
  PayloadTooLargeError,
  PolicyViolationError,
  RateLimitError,
  UpstreamError,
  UpstreamUnavailableError,
  UpstreamTimeoutError,
  WebhookVerificationError,
  isVoxguardError,
} from './errors.js'
