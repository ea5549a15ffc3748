import SQLite from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { withStatementCache } from './statement-cache.js'

describe('withStatementCache', () => {
  it('prepares each SQL text once and reuses the statement', () => {
    const raw = new SQLite(':memory:')
    let prepared = 0
    const counting = Object.assign(Object.create(raw) as SQLite.Database, {
      prepare: (sql: string) => {
        prepared++
        return raw.prepare(sql)
      },
      close: () => raw.close(),
    })
    const db = withStatementCache(counting)
    db.prepare('create table t (v integer)').run([])
    const insert = db.prepare('insert into t (v) values (?)')
    for (let i = 0; i < 5; i++) expect(db.prepare('insert into t (v) values (?)')).toBe(insert)
    insert.run([1])
    insert.run([2])
    expect(db.prepare('select sum(v) as s from t').all([])).toEqual([{ s: 3 }])
    expect(prepared).toBe(3)
    db.close()
  })

  it('keeps at most its capacity, dropping the least recently used', () => {
    const raw = new SQLite(':memory:')
    const db = withStatementCache(raw, 2)
    const a = db.prepare('select 1')
    const b = db.prepare('select 2')
    expect(db.prepare('select 1')).toBe(a) // a is now the most recently used
    db.prepare('select 3') // evicts b
    expect(db.prepare('select 1')).toBe(a)
    expect(db.prepare('select 2')).not.toBe(b)
    db.close()
  })
})
