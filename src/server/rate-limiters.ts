/**
 * Rate limiters: in memory for one instance, in PostgreSQL when the store is PostgreSQL so that
 * several gateway instances share one budget (rate-limiter-flexible).
 *
 * @module
 */
import pg from 'pg'
import { RateLimiterMemory, RateLimiterPostgres, type RateLimiterAbstract } from 'rate-limiter-flexible'
import type { RateLimiters } from './middleware/rate-limit.js'

export interface RateLimitSettings {
  readonly perIpPerMinute: number
  readonly perPrincipalPerMinute: number
}

export interface CreatedRateLimiters extends RateLimiters {
  close(): Promise<void>
}

export async function createRateLimiters(settings: RateLimitSettings, postgresUrl: string | undefined): Promise<CreatedRateLimiters> {
  const pool = postgresUrl ? new pg.Pool({ connectionString: postgresUrl, max: 4 }) : undefined
  pool?.on('error', () => undefined)
  const make = async (keyPrefix: string, points: number): Promise<RateLimiterAbstract> => {
    if (!pool) return new RateLimiterMemory({ keyPrefix, points, duration: 60 })
    return new Promise((resolve, reject) => {
      const limiter: RateLimiterPostgres = new RateLimiterPostgres(
        { storeClient: pool, storeType: 'pool', tableName: 'voxguard_rate_limits', keyPrefix, points, duration: 60, clearExpiredByTimeout: true },
        (error?: Error) => (error ? reject(error) : resolve(limiter)),
      )
    })
  }
  const perIp = await make('ip', settings.perIpPerMinute)
  const defaultPrincipal = await make('principal', settings.perPrincipalPerMinute)
  // One limiter per distinct client rate, created once (memory or PostgreSQL alike).
  const byRate = new Map<number, Promise<RateLimiterAbstract>>()
  return {
    perIp,
    perPrincipal(rate) {
      if (rate === undefined) return Promise.resolve(defaultPrincipal)
      let limiter = byRate.get(rate)
      if (!limiter) {
        limiter = make(`principal-${rate}`, rate)
        byRate.set(rate, limiter)
      }
      return limiter
    },
    async close() {
      await pool?.end()
    },
  }
}
