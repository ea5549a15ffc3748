import type { MiddlewareHandler } from 'hono'
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible'
import { RateLimitError } from '../../errors.js'
import type { GatewayEnv } from '../gateway-env.js'

export interface RateLimiters {
  /** Per client IP, applied before authentication (slows credential guessing). */
  readonly perIp: RateLimiterAbstract
  /** Per principal, with the client's own rate when it has one. */
  perPrincipal(ratePerMinute: number | undefined): Promise<RateLimiterAbstract>
}

async function consume(limiter: RateLimiterAbstract, key: string): Promise<void> {
  try {
    await limiter.consume(key, 1)
  } catch (error) {
    if (error instanceof RateLimiterRes) throw new RateLimitError(Math.max(1, Math.ceil(error.msBeforeNext / 1000)))
    throw error
  }
}

export const rateLimitByIp = (options: { limiters: RateLimiters; clientIp: (c: Parameters<MiddlewareHandler<GatewayEnv>>[0]) => string }): MiddlewareHandler<GatewayEnv> => {
  return async function rateLimitByIp(c, next) {
    await consume(options.limiters.perIp, options.clientIp(c))
    await next()
  }
}

export const rateLimitByPrincipal = (options: { limiters: RateLimiters }): MiddlewareHandler<GatewayEnv> => {
  return async function rateLimitByPrincipal(c, next) {
    const principal = c.get('principalInfo')
    if (principal) await consume(await options.limiters.perPrincipal(principal.ratePerMinute), principal.id)
    await next()
  }
}
