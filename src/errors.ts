/**
 * The one error hierarchy of voxguard.
 *
 * Every error carries a stable snake_case `code` (documented, greppable in logs and safe to branch
 * on), the HTTP `status` a server maps it to, and the CLI exit code. Messages are written for the
 * person reading them and must never contain a secret, a token, an API key or transcript text:
 * anything sensitive goes into `logContext`, which the logger redacts, and never into `message`.
 *
 * @module
 */

export const ErrorCode = {
  config_invalid: 'config_invalid',
  policy_invalid: 'policy_invalid',
  validation_failed: 'validation_failed',
  unauthorized: 'unauthorized',
  forbidden: 'forbidden',
  not_found: 'not_found',
  conflict: 'conflict',
  payload_too_large: 'payload_too_large',
  unsupported_media_type: 'unsupported_media_type',
  policy_violation: 'policy_violation',
  rate_limited: 'rate_limited',
  upstream_error: 'upstream_error',
  upstream_unavailable: 'upstream_unavailable',
  upstream_timeout: 'upstream_timeout',
  store_error: 'store_error',
  webhook_verification_failed: 'webhook_verification_failed',
  not_ready: 'not_ready',
  internal_error: 'internal_error',
} as const
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode]

export type HttpErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 500 | 502 | 503 | 504

export interface VoxguardErrorOptions {
  cause?: unknown
  /** Extra fields for the log line only (passed through the logger's redaction); never returned. */
  logContext?: Record<string, unknown>
}

/** Base class: never thrown directly. */
export abstract class VoxguardError extends Error {
  abstract readonly code: ErrorCode
  abstract readonly status: HttpErrorStatus
  /** Process exit code for the CLI: 2 = the command itself failed, 1 = it ran and found problems. */
  readonly exitCode: 1 | 2 = 2
  /** When false, clients see a generic message instead of `message`. */
  readonly expose: boolean = true
  readonly logContext: Record<string, unknown> | undefined

  constructor(message: string, options: VoxguardErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = new.target.name
    this.logContext = options.logContext
  }

  /** The only shape an error ever takes on the wire. */
  toJSON(): { error: { code: ErrorCode; message: string } } {
    return { error: { code: this.code, message: this.expose ? this.message : 'internal error' } }
  }
}

/** One configuration problem: where it is (`ASSEMBLYAI_API_KEY`, `server.port`) and what is wrong. */
export interface ConfigIssue {
  readonly path: string
  readonly message: string
}

export class ConfigError extends VoxguardError {
  readonly code = ErrorCode.config_invalid
  readonly status = 500 as const
  override readonly expose = false
  readonly issues: readonly ConfigIssue[]

  constructor(issues: readonly ConfigIssue[], options?: VoxguardErrorOptions) {
    super(issues.map((i) => `${i.path}: ${i.message}`).join('; '), options)
    this.issues = issues
  }
}

export class PolicyError extends VoxguardError {
  readonly code = ErrorCode.policy_invalid
  readonly status = 500 as const
  override readonly expose = false
  readonly issues: readonly ConfigIssue[]

  constructor(file: string, issues: readonly ConfigIssue[], options?: VoxguardErrorOptions) {
    super(`${file}: ${issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`, options)
    this.issues = issues
  }
}

export class ValidationError extends VoxguardError {
  readonly code = ErrorCode.validation_failed
  readonly status = 400 as const
  /** The offending field, when one can be named (`redact_pii`, `expires_in_seconds`). */
  readonly field: string | undefined

  constructor(message: string, options: VoxguardErrorOptions & { field?: string } = {}) {
    super(message, options)
    this.field = options.field
  }
}

export class AuthError extends VoxguardError {
  readonly code = ErrorCode.unauthorized
  readonly status = 401 as const
}

export class ForbiddenError extends VoxguardError {
  readonly code = ErrorCode.forbidden
  readonly status = 403 as const
}

export class NotFoundError extends VoxguardError {
  readonly code = ErrorCode.not_found
  readonly status = 404 as const
}

export class ConflictError extends VoxguardError {
  readonly code = ErrorCode.conflict
  readonly status = 409 as const
}

export class PayloadTooLargeError extends VoxguardError {
  readonly code = ErrorCode.payload_too_large
  readonly status = 413 as const
}

export class UnsupportedMediaTypeError extends VoxguardError {
  readonly code = ErrorCode.unsupported_media_type
  readonly status = 415 as const
}

export class PolicyViolationError extends VoxguardError {
  readonly code = ErrorCode.policy_violation
  readonly status = 400 as const
  readonly field: string | undefined

  constructor(message: string, options: VoxguardErrorOptions & { field?: string } = {}) {
    super(message, options)
    this.field = options.field
  }
}

export class RateLimitError extends VoxguardError {
  readonly code = ErrorCode.rate_limited
  readonly status = 429 as const
  readonly retryAfterSeconds: number

  constructor(retryAfterSeconds: number, options?: VoxguardErrorOptions) {
    super(`rate limit exceeded; retry after ${retryAfterSeconds} s`, options)
    this.retryAfterSeconds = retryAfterSeconds
  }
}

export interface UpstreamErrorOptions extends VoxguardErrorOptions {
  upstreamStatus?: number
  retryAfterSeconds?: number
  retryable?: boolean
}

/** AssemblyAI answered with an error, or could not be reached. */
export class UpstreamError extends VoxguardError {
  readonly code: ErrorCode = ErrorCode.upstream_error
  readonly status: HttpErrorStatus = 502
  readonly upstreamStatus: number | undefined
  readonly retryAfterSeconds: number | undefined
  readonly retryable: boolean

  constructor(message: string, options: UpstreamErrorOptions = {}) {
    super(message, options)
    this.upstreamStatus = options.upstreamStatus
    this.retryAfterSeconds = options.retryAfterSeconds
    this.retryable = options.retryable ?? false
  }
}

export class UpstreamUnavailableError extends UpstreamError {
  override readonly code: ErrorCode = ErrorCode.upstream_unavailable
  override readonly status: HttpErrorStatus = 503
}

export class UpstreamTimeoutError extends UpstreamError {
  override readonly code: ErrorCode = ErrorCode.upstream_timeout
  override readonly status: HttpErrorStatus = 504
}

export class StoreError extends VoxguardError {
  readonly code = ErrorCode.store_error
  readonly status = 503 as const
  override readonly expose = false
}

/** Always 401, and never says which part of the verification failed. */
export class WebhookVerificationError extends VoxguardError {
  readonly code = ErrorCode.webhook_verification_failed
  readonly status = 401 as const
}

/** Temporarily unable to act (a 503 that tells a retrying sender to come back). */
export class NotReadyError extends VoxguardError {
  readonly code = ErrorCode.not_ready
  readonly status = 503 as const
}

export class InternalError extends VoxguardError {
  readonly code = ErrorCode.internal_error
  readonly status = 500 as const
  override readonly expose = false
}

export function isVoxguardError(value: unknown): value is VoxguardError {
  return value instanceof VoxguardError
}
