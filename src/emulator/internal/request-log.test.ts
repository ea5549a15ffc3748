import { describe, expect, it } from 'vitest'
import { RequestLog } from './request-log.js'

const entry = (path: string) => ({ at: '2026-01-01T00:00:00.000Z', method: 'GET', path, query: {}, authorization: null, body: null })

describe('the emulator request log', () => {
  it('keeps the newest entries up to its capacity, oldest first, and filters by sequence number', () => {
    const log = new RequestLog(3)
    expect(log.list()).toEqual([])
    for (const p of ['/a', '/b']) log.add(entry(p))
    expect(log.list().map((e) => e.path)).toEqual(['/a', '/b'])
    for (const p of ['/c', '/d', '/e']) log.add(entry(p))
    expect(log.list().map((e) => [e.seq, e.path])).toEqual([[3, '/c'], [4, '/d'], [5, '/e']])
    expect(log.list(4).map((e) => e.path)).toEqual(['/e'])
    expect(log.list(5)).toEqual([])
  })

  it('returns the entry it stored, so the status can be filled in later', () => {
    const log = new RequestLog(2)
    const added = log.add(entry('/x'))
    added.status = 201
    expect(log.list()[0]?.status).toBe(201)
  })

  it('keeps nothing at capacity 0', () => {
    const log = new RequestLog(0)
    expect(log.add(entry('/a')).seq).toBe(1)
    expect(log.list()).toEqual([])
  })

  it('starts empty again after clear, numbering on from where it was', () => {
    const log = new RequestLog(2)
    for (const p of ['/a', '/b', '/c']) log.add(entry(p))
    log.clear()
    expect(log.list()).toEqual([])
    log.add(entry('/d'))
    expect(log.list().map((e) => [e.seq, e.path])).toEqual([[4, '/d']])
  })
})
