import { describe, expect, it } from 'vitest'
import { createTicketStore, type TicketGrant } from './ticket-store.js'

const grant = (principalId = 'client:a'): TicketGrant => ({ principalId, origins: [], issuedToOrigin: undefined, maxSessionSeconds: 900 })

describe('ticket store', () => {
  it('accepts a ticket once, then answers "used"', () => {
    const store = createTicketStore()
    const issued = store.issue(grant())
    expect(issued?.ticket).toMatch(/^vgt_[A-Za-z0-9_-]{43}$/)
    const first = store.consume(issued?.ticket)
    expect(first).toEqual({ ok: true, grant: grant() })
    expect(store.consume(issued?.ticket)).toEqual({ ok: false, reason: 'used' })
  })

  it('expires tickets after their lifetime', () => {
    let t = 1_000_000
    const store = createTicketStore({ ttlSeconds: 5, now: () => t })
    const a = store.issue(grant())
    const b = store.issue(grant())
    t += 4_999
    expect(store.consume(a?.ticket).ok).toBe(true)
    t += 2
    expect(store.consume(b?.ticket)).toEqual({ ok: false, reason: 'expired' })
  })

  it('keeps only digests: the ticket text is not held in memory structures', () => {
    const store = createTicketStore()
    const issued = store.issue(grant())
    expect(JSON.stringify([...Object.values(store)])).not.toContain(issued?.ticket ?? 'x')
    expect(store.outstanding()).toBe(1)
  })

  it('bounds outstanding tickets per principal and in all', () => {
    const store = createTicketStore({ maxOutstandingPerPrincipal: 2, maxOutstanding: 3 })
    expect(store.issue(grant('client:a'))).toBeDefined()
    const second = store.issue(grant('client:a'))
    expect(store.issue(grant('client:a'))).toBeUndefined()
    store.consume(second?.ticket)
    expect(store.issue(grant('client:a'))).toBeDefined()
    expect(store.issue(grant('client:b'))).toBeDefined()
    expect(store.issue(grant('client:c'))).toBeUndefined()
  })

  it('classifies missing, malformed and unknown tickets', () => {
    const store = createTicketStore()
    expect(store.consume(null)).toEqual({ ok: false, reason: 'missing' })
    expect(store.consume('')).toEqual({ ok: false, reason: 'missing' })
    expect(store.consume('vgt_short')).toEqual({ ok: false, reason: 'malformed' })
    expect(store.consume(`vgt_${'x'.repeat(43)}`)).toEqual({ ok: false, reason: 'unknown' })
  })
})
