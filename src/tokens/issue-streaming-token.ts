/**
 * Issues a temporary AssemblyAI streaming token for a principal, within the policy's limits.
 * Asking for more than allowed is an error that names the limit, never a silent clamp upwards;
 * omitted values take the policy's defaults (capped by the principal's own limit).
 *
 * @module
 */
import { createHash } from 'node:crypto'
import { ValidationError } from '../errors.js'
import type { Policy } from '../policy/index.js'
import { ASSEMBLYAI_MAX_TOKEN_TTL_SECONDS, ASSEMBLYAI_MIN_SESSION_SECONDS } from '../policy/index.js'

/** The one upstream call this capability needs (satisfied by the AssemblyAI client). */
export interface StreamingTokenUpstream {
  createStreamingToken(params: { expires_in_seconds: number; max_session_duration_seconds?: number }): Promise<{ token: string; expires_in_seconds?: number }>
}

export interface StreamingTokenRequest {
  expires_in_seconds?: number | undefined
  max_session_duration_seconds?: number | undefined
}

export interface StreamingTokenGrant {
  token: string
  expires_in_seconds: number
  max_session_duration_seconds: number
  websocket_url: string
}

export interface TokenLimits {
  maxTtlSeconds: number
  defaultTtlSeconds: number
  maxSessionSeconds: number
  defaultSessionSeconds: number
}

export function tokenLimits(policy: Policy, principalMaxTtl: number | undefined): TokenLimits {
  const maxTtlSeconds = Math.min(policy.tokens.max_ttl_seconds, principalMaxTtl ?? Infinity, ASSEMBLYAI_MAX_TOKEN_TTL_SECONDS)
  return {
    maxTtlSeconds,
    defaultTtlSeconds: Math.min(policy.tokens.default_ttl_seconds, maxTtlSeconds),
    maxSessionSeconds: policy.tokens.max_session_seconds,
    defaultSessionSeconds: policy.tokens.default_session_seconds,
  }
}

export function resolveTokenRequest(request: StreamingTokenRequest, limits: TokenLimits): { ttl: number; session: number } {
  const ttl = request.expires_in_seconds ?? limits.defaultTtlSeconds
  const session = request.max_session_duration_seconds ?? limits.defaultSessionSeconds
  if (!Number.isInteger(ttl) || ttl < 1 || ttl > limits.maxTtlSeconds) {
    throw new ValidationError(`expires_in_seconds must be an integer from 1 to ${limits.maxTtlSeconds} (the policy's limit for this caller)`, {
      field: 'expires_in_seconds',
    })
  }
  if (!Number.isInteger(session) || session < ASSEMBLYAI_MIN_SESSION_SECONDS || session > limits.maxSessionSeconds) {
    throw new ValidationError(
      `max_session_duration_seconds must be an integer from ${ASSEMBLYAI_MIN_SESSION_SECONDS} to ${limits.maxSessionSeconds} (the policy's limit)`,
      { field: 'max_session_duration_seconds' },
    )
  }
  return { ttl, session }
}

export async function issueStreamingToken(
  upstream: StreamingTokenUpstream,
  request: StreamingTokenRequest,
  limits: TokenLimits,
  websocketUrl: string,
): Promise<StreamingTokenGrant> {
  const { ttl, session } = resolveTokenRequest(request, limits)
  const result = await upstream.createStreamingToken({ expires_in_seconds: ttl, max_session_duration_seconds: session })
  return { token: result.token, expires_in_seconds: result.expires_in_seconds ?? ttl, max_session_duration_seconds: session, websocket_url: websocketUrl }
}

/** What may be recorded about a token: a short SHA-256 prefix, never the token. */
export function tokenDigest(token: string): string {
  return createHash('sha256').update(token).digest('hex').slice(0, 16)
}
