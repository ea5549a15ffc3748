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
  const byRate = new Map<number, Promise<RateLimiterAbstract>>()
  const perPrincipalCache = new Map<number, RateLimiterAbstract>()
  const defaultPrincipal = await make('principal', settings.perPrincipalPerMinute)
  return {
    perIp,
    perPrincipal(rate) {
      if (rate === undefined) return defaultPrincipal
      const ready = perPrincipalCache.get(rate)
      if (ready) return ready
      // Rare (one per distinct client rate): create synchronously in memory mode, async in PostgreSQL mode.
      if (!pool) {
        const limiter = new RateLimiterMemory({ keyPrefix: `principal-${rate}`, points: rate, duration: 60 })
        perPrincipalCache.set(rate, limiter)
        return limiter
      }
      if (!byRate.has(rate)) byRate.set(rate, make(`principal-${rate}`, rate).then((l) => (perPrincipalCache.set(rate, l), l)))
      return defaultPrincipal
    },
    async close() {
      await pool?.end()
    },
  }
}
