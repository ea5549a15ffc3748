/**
 * Resolves the caller of a request from its `Authorization: Bearer ...` header: a `vgk_` client
 * key (looked up by hash, compared in constant time) or an end-user JWT verified with jose against
 * the configured JWKS, issuer and audience. Every failure is the same 401 (no oracle).
 *
 * @module
 */
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose'
import { AuthError } from '../errors.js'
import type { ClientsRepository } from '../store/index.js'
import { digestsEqual, hashClientKey, isWellFormedClientKey } from './client-keys.js'
import type { Principal } from './principal.js'

export interface JwtSettings {
  readonly jwksUrl: string
  readonly issuer: string
  readonly audience: string
  /** Origins end users may call from (VOXGUARD_CORS_ORIGINS). */
  readonly origins: readonly string[]
}

export interface Authenticator {
  authenticate(authorization: string | undefined): Promise<Principal>
}

export function createAuthenticator(deps: { clients: ClientsRepository; jwt?: JwtSettings | undefined; jwks?: JWTVerifyGetKey }): Authenticator {
  const jwks = deps.jwks ?? (deps.jwt ? createRemoteJWKSet(new URL(deps.jwt.jwksUrl), { timeoutDuration: 5000, cooldownDuration: 30_000 }) : undefined)
  const denied = () => new AuthError('missing or invalid credentials')

  return {
    async authenticate(authorization) {
      const match = /^Bearer ([^\s]+)$/i.exec(authorization?.trim() ?? '')
      const credential = match?.[1]
      if (!credential) throw denied()

      if (credential.startsWith('vgk_')) {
        if (!isWellFormedClientKey(credential)) throw denied()
        const hash = hashClientKey(credential)
        const client = await deps.clients.findActiveByKeyHash(hash)
        if (!client || !digestsEqual(client.key_hash, hash)) throw denied()
        return {
          id: `client:${client.name}`,
          kind: 'client',
          origins: JSON.parse(client.origins) as string[],
          maxTokenTtlSeconds: client.max_token_ttl_seconds ?? undefined,
          ratePerMinute: client.rate_per_minute ?? undefined,
        }
      }

      if (!deps.jwt || !jwks) throw denied()
      try {
        const { payload } = await jwtVerify(credential, jwks, {
          issuer: deps.jwt.issuer,
          audience: deps.jwt.audience,
          algorithms: ['RS256', 'ES256', 'EdDSA', 'PS256'],
          clockTolerance: 30,
        })
        if (typeof payload.sub !== 'string' || payload.sub === '' || payload.sub.length > 256) throw denied()
        return { id: `user:${payload.sub}`, kind: 'user', origins: deps.jwt.origins, maxTokenTtlSeconds: undefined, ratePerMinute: undefined }
      } catch {
        throw denied()
      }
    },
  }
}
