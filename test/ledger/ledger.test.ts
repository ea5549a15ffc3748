import { generateKeyPairSync } from 'node:crypto'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { chainHash, contentHash, createLedger, verifyReceipts, type Ledger } from '../../src/ledger/index.js'
import type { Store } from '../../src/store/index.js'
import { openTestStore, storeDialects, type TestStore } from '../setup/test-stores.js'

function newKeyPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
}

/** Lets a test act as an attacker with table-owner rights: the append-only triggers are removed. */
async function dropAppendOnlyGuards(store: Store): Promise<void> {
  if (store.dialect === 'postgres') {
    await sql`alter table ledger_entries disable trigger ledger_entries_append_only`.execute(store.db)
    await sql`alter table ledger_checkpoints disable trigger ledger_checkpoints_append_only`.execute(store.db)
  } else {
    for (const t of ['ledger_entries_no_update', 'ledger_entries_no_delete', 'ledger_checkpoints_no_update', 'ledger_checkpoints_no_delete']) {
      await sql.raw(`drop trigger ${t}`).execute(store.db)
    }
  }
}

async function appendErasures(ledger: Ledger, count: number, owner = 'user:alice'): Promise<void> {
  for (let i = 1; i <= count; i++) {
    await ledger.appendOnce({
      action: 'transcript_erased',
      subject: `t-${String(i).padStart(4, '0')}`,
      ownerRef: ledger.ownerRef(i % 2 === 0 ? 'user:bob' : owner),
      actorRef: ledger.actorRef('system:retention'),
      reason: 'retention',
      evidence: { upstream: 'deleted', http_status: 200, verified_status: 'completed' },
    })
  }
}

describe.each(storeDialects())('deletion ledger on %s', (dialect) => {
  let ts: TestStore
  let ledger: Ledger
  let pem: string
  let tick = 0
  const clock = () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++))

  beforeEach(async () => {
    ts = await openTestStore(dialect)
    pem = newKeyPem()
    tick = 0
    ledger = createLedger({ store: ts.store, privateKey: pem, clock })
  })
  afterEach(async () => ts.dispose())

  it('chains entries, records each (action, subject) once, and verifies', async () => {
    await appendErasures(ledger, 5)
    const again = await ledger.appendOnce({ action: 'transcript_erased', subject: 't-0003', ownerRef: null, actorRef: 'x', reason: 'admin', evidence: {} })
    expect(again.created).toBe(false)
    expect(again.entry.seq).toBe(3)
    const rows = await ts.store.db.selectFrom('ledger_entries').selectAll().orderBy('seq').execute()
    expect(rows.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5])
    expect(rows[0]?.prev_hash).toBe('0'.repeat(64))
    for (let i = 1; i < rows.length; i++) expect(rows[i]?.prev_hash).toBe(rows[i - 1]?.entry_hash)
    // No raw person id anywhere in the ledger.
    expect(JSON.stringify(rows)).not.toContain('alice')
    expect(rows[0]?.owner_ref).toMatch(/^hmac-sha256:[0-9a-f]{64}$/)
    await ledger.checkpoint()
    const result = await ledger.verify()
    expect(result).toMatchObject({ ok: true, entries: 5, checkpoints: 1, firstBad: undefined })
  })

  it('serialises concurrent appends into one gap-free chain', async () => {
    const other = createLedger({ store: ts.store, privateKey: pem })
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        (i % 2 ? ledger : other).appendOnce({ action: 'transcript_erased', subject: `c-${i % 30}`, ownerRef: null, actorRef: 'a', reason: 'retention', evidence: { i } }),
      ),
    )
    const result = await ledger.verify()
    expect(result.ok).toBe(true)
    expect(result.entries).toBe(30)
  })

  it('refuses UPDATE and DELETE through the append-only guard', async () => {
    await appendErasures(ledger, 2)
    await expect(ts.store.db.updateTable('ledger_entries').set({ reason: 'x' }).where('seq', '=', 1).execute()).rejects.toThrow(/append-only/)
    await expect(ts.store.db.deleteFrom('ledger_entries').where('seq', '=', 2).execute()).rejects.toThrow(/append-only/)
  })

  describe('tampering', () => {
    beforeEach(async () => {
      await appendErasures(ledger, 8)
      await ledger.checkpoint()
      await appendErasures(ledger, 10) // entries 9..10 after the checkpoint (1..8 already exist)
      await dropAppendOnlyGuards(ts.store)
    })

    it('an edited row names its seq', async () => {
      await ts.store.db.updateTable('ledger_entries').set({ reason: 'admin' }).where('seq', '=', 6).execute()
      expect((await ledger.verify()).firstBad).toEqual({ seq: 6, problem: expect.stringContaining('changed') })
    })

    it('an edited evidence field after the last checkpoint is caught too', async () => {
      await ts.store.db.updateTable('ledger_entries').set({ evidence: '{"upstream":"not_found"}' }).where('seq', '=', 10).execute()
      expect((await ledger.verify()).firstBad?.seq).toBe(10)
    })

    it('a removed row is named as missing', async () => {
      await ts.store.db.deleteFrom('ledger_entries').where('seq', '=', 4).execute()
      expect((await ledger.verify()).firstBad).toEqual({ seq: 4, problem: expect.stringContaining('missing') })
    })

    it('removing the tail covered by a checkpoint is caught', async () => {
      await ts.store.db.deleteFrom('ledger_entries').where('seq', '>=', 7).execute()
      expect((await ledger.verify()).firstBad?.seq).toBe(7)
    })

    it('reordered rows break the link', async () => {
      await ts.store.db.updateTable('ledger_entries').set({ seq: -3 }).where('seq', '=', 3).execute()
      await ts.store.db.updateTable('ledger_entries').set({ seq: 3 }).where('seq', '=', 4).execute()
      await ts.store.db.updateTable('ledger_entries').set({ seq: 4 }).where('seq', '=', -3).execute()
      expect((await ledger.verify()).firstBad?.seq).toBe(3)
    })

    it('an inserted row breaks the link of the row after it', async () => {
      const rows = await ts.store.db.selectFrom('ledger_entries').selectAll().where('seq', '>=', 5).orderBy('seq', 'desc').execute()
      for (const r of rows) await ts.store.db.updateTable('ledger_entries').set({ seq: Number(r.seq) + 1 }).where('seq', '=', r.seq).execute()
      const prev = await ts.store.db.selectFrom('ledger_entries').selectAll().where('seq', '=', 4).executeTakeFirstOrThrow()
      const forged = { seq: 5, at: prev.at, action: 'transcript_erased', subject: 'forged', owner_ref: null, actor_ref: 'x', reason: 'retention', evidence: '{}' }
      const ch = contentHash(forged)
      await ts.store.db.insertInto('ledger_entries').values({ ...forged, content_hash: ch, prev_hash: prev.entry_hash, entry_hash: chainHash(prev.entry_hash, ch) }).execute()
      expect((await ledger.verify()).firstBad?.seq).toBe(6)
    })

    it('a consistently rewritten history still fails against the signed checkpoint', async () => {
      const rows = await ts.store.db.selectFrom('ledger_entries').selectAll().orderBy('seq').execute()
      let prev = '0'.repeat(64)
      for (const r of rows) {
        const changed = { ...r, seq: Number(r.seq), reason: Number(r.seq) === 2 ? 'admin' : r.reason }
        const ch = contentHash(changed)
        const eh = chainHash(prev, ch)
        await ts.store.db.updateTable('ledger_entries').set({ reason: changed.reason, content_hash: ch, prev_hash: prev, entry_hash: eh }).where('seq', '=', r.seq).execute()
        prev = eh
      }
      const result = await ledger.verify()
      expect(result.ok).toBe(false)
      expect(result.firstBad?.problem).toMatch(/checkpoint/)
      expect(result.firstBad?.seq).toBe(1)
    })

    it('a forged checkpoint signature is caught', async () => {
      await ts.store.db.updateTable('ledger_checkpoints').set({ signature: Buffer.alloc(64).toString('base64') }).execute()
      expect((await ledger.verify()).firstBad?.problem).toMatch(/signature/)
    })
  })

  it('exports receipts that verify with the public key alone, per owner and since a date', async () => {
    await appendErasures(ledger, 9)
    const doc = await ledger.exportReceipts({ owner: 'user:alice' })
    expect(doc.receipts.map((r) => r.subject)).toEqual(['t-0001', 't-0003', 't-0005', 't-0007', 't-0009'])
    expect(JSON.stringify(doc)).not.toContain('alice')
    const roundTripped = JSON.parse(JSON.stringify(doc))
    expect(verifyReceipts(roundTripped, ledger.publicKeyPem)).toEqual({ ok: true, receipts: 5, problem: undefined })

    const since = await ledger.exportReceipts({ since: doc.receipts[2]?.at })
    expect(since.receipts[0]?.seq).toBe(5)
    expect(verifyReceipts(since, ledger.publicKeyPem).ok).toBe(true)

    const altered = structuredClone(roundTripped)
    altered.receipts[1].reason = 'admin'
    expect(verifyReceipts(altered, ledger.publicKeyPem)).toMatchObject({ ok: false, problem: expect.stringContaining('receipt 3') })
    const otherKey = createLedger({ store: ts.store, privateKey: newKeyPem() })
    expect(verifyReceipts(roundTripped, otherKey.publicKeyPem).ok).toBe(false)
  })
})
