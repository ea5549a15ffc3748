import type { MiddlewareHandler } from 'hono'

/**
 * Counts the requests being answered right now. Background work (the webhook queue) reads it to
 * step back during a burst of requests: answers go first (AssemblyAI waits 10 s at most), and the
 * durable queue catches up after.
 */
export interface InflightRequests {
  readonly count: number
  readonly middleware: MiddlewareHandler
}

export function createInflightRequests(): InflightRequests {
  let count = 0
  return {
    get count() {
      return count
    },
    middleware: async function inflightRequests(_c, next) {
      count++
      try {
        await next()
      } finally {
        count--
      }
    },
  }
}
