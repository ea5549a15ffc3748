/**
 * One-time tickets for the proxied streaming WebSocket. A browser cannot set headers on a
 * WebSocket, so it presents a ticket in the URL instead of its long-lived credential: the ticket is
 * random (256 bits), valid for a few seconds, usable once, bound to the principal (and origin) that
 * asked for it, and kept only as its SHA-256 digest in memory.
 *
 * @module
 */
import { createHash, randomBytes } from 'node:crypto'

const TICKET_PREFIX = 'vgt_'
const TICKET_PATTERN = /^vgt_[A-Za-z0-9_-]{43}$/

/** Who a ticket was issued to, and the session it allows. */
export interface TicketGrant {
  readonly principalId: string
  /** Origins the principal may use (checked against the WebSocket's `Origin`). */
  readonly origins: readonly string[]
  /** The `Origin` of the request that asked for the ticket, if any. */
  readonly issuedToOrigin: string | undefined
  /** Longest session this ticket allows (policy and principal limits applied). */
  readonly maxSessionSeconds: number
}

export type TicketCheck =
  | { readonly ok: true; readonly grant: TicketGrant }
  | { readonly ok: false; readonly reason: 'missing' | 'malformed' | 'unknown' | 'expired' | 'used' }

export interface IssuedTicket {
  readonly ticket: string
  readonly expiresInSeconds: number
}

export interface TicketStoreOptions {
  /** How long a ticket may wait before it is used (default 10 s). */
  readonly ttlSeconds?: number
  /** Unused tickets one principal may hold at once (default 20). */
  readonly maxOutstandingPerPrincipal?: number
  /** Unused tickets in all (default 10,000): memory stays bounded. */
  readonly maxOutstanding?: number
  readonly now?: () => number
  readonly random?: (bytes: number) => Buffer
}

export interface TicketStore {
  /** Issues a ticket, or returns `undefined` when the principal (or the store) holds too many. */
  issue(grant: TicketGrant): IssuedTicket | undefined
  /** Verifies and burns a ticket: a second use fails with `used`. */
  consume(ticket: string | null | undefined): TicketCheck
  /** Unused, unexpired tickets held (for metrics and tests). */
  outstanding(): number
}

interface Entry {
  readonly grant: TicketGrant
  readonly expiresAt: number
  used: boolean
}

const digest = (ticket: string): string => createHash('sha256').update(ticket).digest('base64url')

export function createTicketStore(options: TicketStoreOptions = {}): TicketStore {
  const ttlMs = (options.ttlSeconds ?? 10) * 1000
  const perPrincipal = options.maxOutstandingPerPrincipal ?? 20
  const maxOutstanding = options.maxOutstanding ?? 10_000
  const now = options.now ?? Date.now
  const random = options.random ?? randomBytes
  /** digest -> entry; used entries stay (as tombstones) until their expiry, to answer `used`. */
  const entries = new Map<string, Entry>()
  const live = new Map<string, number>()

  const sweep = (): void => {
    const t = now()
    for (const [key, entry] of entries) {
      if (entry.expiresAt > t) continue
      entries.delete(key)
      if (!entry.used) decrement(entry.grant.principalId)
    }
  }
  const decrement = (principalId: string): void => {
    const n = (live.get(principalId) ?? 1) - 1
    if (n <= 0) live.delete(principalId)
    else live.set(principalId, n)
  }
  const outstanding = (): number => [...live.values()].reduce((a, b) => a + b, 0)

  return {
    issue(grant) {
      sweep()
      if ((live.get(grant.principalId) ?? 0) >= perPrincipal || outstanding() >= maxOutstanding) return undefined
      const ticket = TICKET_PREFIX + random(32).toString('base64url')
      entries.set(digest(ticket), { grant, expiresAt: now() + ttlMs, used: false })
      live.set(grant.principalId, (live.get(grant.principalId) ?? 0) + 1)
      return { ticket, expiresInSeconds: ttlMs / 1000 }
    },
    consume(ticket) {
      if (ticket === null || ticket === undefined || ticket === '') return { ok: false, reason: 'missing' }
      if (!TICKET_PATTERN.test(ticket)) return { ok: false, reason: 'malformed' }
      const key = digest(ticket)
      const entry = entries.get(key)
      if (entry === undefined) return { ok: false, reason: 'unknown' }
      if (entry.used) return { ok: false, reason: 'used' }
      if (entry.expiresAt <= now()) {
        entries.delete(key)
        decrement(entry.grant.principalId)
        return { ok: false, reason: 'expired' }
      }
      entry.used = true
      decrement(entry.grant.principalId)
      return { ok: true, grant: entry.grant }
    },
    outstanding() {
      sweep()
      return outstanding()
    },
  }
}
