/**
 * The gateway's erasure of a transcript AssemblyAI is still processing, and its upload inventory,
 * over HTTP against the real emulator, on SQLite and PostgreSQL.
 */
import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeWav, startHarness, waitFor, type Harness } from '../helpers/gateway-harness.js'
import { openTestStore, storeDialects, type TestStore } from '../setup/test-stores.js'

describe.each(storeDialects())('erasure while AssemblyAI is processing, and uploads, on %s', (dialect) => {
  let h: Harness
  let pg: TestStore | undefined
  let receiver: Server
  const received: Array<{ type: string; transcript_id: string }> = []

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => {
        const event = JSON.parse(body) as { type: string; data: { transcript_id: string } }
        received.push({ type: event.type, transcript_id: event.data.transcript_id })
        res.writeHead(204).end()
      })
    })
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r))
    const appUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`
    if (dialect === 'postgres') {
      pg = await openTestStore('postgres')
      await pg.store.close()
    }
    h = await startHarness({
      processingDelayMs: 2500,
      env: { VOXGUARD_APP_WEBHOOK_URL: appUrl, VOXGUARD_APP_WEBHOOK_SECRET: `whsec_${Buffer.from('retention-test-secret-0123456789').toString('base64')}`, VOXGUARD_ADMIN_CLIENTS: 'dpo-tool' },
      ...(pg?.url ? { databaseUrl: pg.url } : {}),
    })
  })
  afterAll(async () => {
    await h?.close()
    await new Promise<void>((r) => receiver.close(() => r()))
    if (pg) {
      // The store was closed above; dispose only drops the database.
      await pg.dispose().catch(() => undefined)
    }
  })

  const db = () => h.gateway.store.db
  const submit = async (key: string, audioUrl = 'https://cdn.example/call.wav'): Promise<string> => {
    const res = await h.call('/v1/transcripts', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ audio_url: audioUrl }), key })
    expect(res.status).toBe(201)
    return ((await res.json()) as { id: string }).id
  }

  it('accepts the erasure at once (202), withholds it, never delivers it, and erases it once when it finishes', async () => {
    const key = await h.newClient('pending-app')
    const id = await submit(key)
    const res = await h.call(`/v1/transcripts/${id}`, { method: 'DELETE', key })
    expect(res.status).toBe(202)
    expect(await res.json()).toMatchObject({ id, upstream: 'pending_completion', local: 'withheld', deleted_at: null, ledger: null })

    // The owner cannot read it from the moment of the request.
    expect((await h.call(`/v1/transcripts/${id}`, { key })).status).toBe(404)
    expect((await h.call(`/v1/transcripts/${id}/redacted-audio`, { key })).status).toBe(404)
    const list = (await (await h.call('/v1/transcripts', { key })).json()) as { transcripts: Array<{ id: string }> }
    expect(list.transcripts.map((t) => t.id)).not.toContain(id)
    // Asking again is accepted again, without a second request upstream.
    const again = await h.call(`/v1/transcripts/${id}`, { method: 'DELETE', key })
    expect(again.status).toBe(202)

    // The completion webhook runs the erasure.
    const entry = await waitFor(async () => db().selectFrom('ledger_entries').selectAll().where('subject', '=', id).executeTakeFirst(), 20_000)
    expect(entry).toMatchObject({ action: 'transcript_erased', reason: 'owner_request' })
    const log = await fetch(`${h.emulator.restUrl}/__emulator/requests`, { headers: { authorization: h.apiKey } })
    const { requests } = (await log.json()) as { requests: Array<{ method: string; path: string; status: number | null }> }
    // Refused while processing, accepted once finished.
    expect(requests.filter((r) => r.method === 'DELETE' && r.path === `/v2/transcript/${id}`).map((d) => d.status)).toEqual([400, 200])
    const tombstone = await fetch(`${h.emulator.restUrl}/v2/transcript/${id}`, { headers: { authorization: h.apiKey } })
    expect(((await tombstone.json()) as { audio_url: string }).audio_url).toBe('http://deleted_by_user')

    // The app hears that it was deleted, and never that it completed.
    await waitFor(async () => received.find((e) => e.type === 'transcript.deleted' && e.transcript_id === id), 10_000)
    expect(received.filter((e) => e.transcript_id === id).map((e) => e.type)).toEqual(['transcript.deleted'])
    const done = await h.call(`/v1/transcripts/${id}`, { method: 'DELETE', key })
    expect(done.status).toBe(200)
    expect(await done.json()).toMatchObject({ id, upstream: 'already_deleted', local: 'purged' })
    expect(await db().selectFrom('ledger_entries').select('seq').where('subject', '=', id).execute()).toHaveLength(1)
    const audit = await db().selectFrom('audit_events').select(['action']).where('target', '=', id).execute()
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['transcript.erasure_accepted', 'transcript.deleted']))
  })

  it('records each upload by the hash of its URL, links it to the transcript that uses it, and erases an owner\'s unused uploads', async () => {
    const key = await h.newClient('uploader')
    const admin = await h.newClient('dpo-tool')
    const upload = async (): Promise<string> => {
      const res = await h.call('/v1/uploads', { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: makeWav(1), key })
      expect(res.status).toBe(201)
      return ((await res.json()) as { upload_url: string }).upload_url
    }
    const used = await upload()
    const unused = await upload()
    const rows = await db().selectFrom('uploads').selectAll().where('owner', '=', 'client:uploader').execute()
    expect(rows.map((r) => r.url_hash).sort()).toEqual([used, unused].map((u) => createHash('sha256').update(u).digest('hex')).sort())
    // The URL is a bearer address: neither it nor its path is stored.
    const stored = JSON.stringify(rows)
    for (const url of [used, unused]) expect(stored).not.toContain(new URL(url).pathname.split('/').pop())

    const id = await submit(key, used)
    const linked = await db().selectFrom('uploads').selectAll().where('url_hash', '=', createHash('sha256').update(used).digest('hex')).executeTakeFirstOrThrow()
    expect(linked).toMatchObject({ transcript_id: id })
    expect(linked.used_at).not.toBeNull()
    await waitFor(async () => {
      const r = await db().selectFrom('transcripts').select('status').where('id', '=', id).executeTakeFirst()
      return r?.status === 'completed' ? r : undefined
    }, 20_000)

    const res = await h.call('/v1/admin/owners/client:uploader', { method: 'DELETE', key: admin })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ total: 1, deleted: 1, pendingCompletion: 0, uploads: 1, failed: 0 })
    expect(await db().selectFrom('uploads').selectAll().where('owner', '=', 'client:uploader').execute()).toHaveLength(0)
    const entries = await db().selectFrom('ledger_entries').selectAll().where('owner_ref', '=', h.gateway.eraser.ownerRef('client:uploader')).orderBy('seq').execute()
    expect(entries.map((e) => e.action)).toEqual(['transcript_erased', 'upload_purged', 'owner_erased'])
    expect(JSON.parse(entries[0]?.evidence ?? '{}')).toMatchObject({ local: { transcripts_rows_purged: 1, uploads_rows_purged: 1 } })
    expect(JSON.parse(entries[1]?.evidence ?? '{}')).toMatchObject({ source: 'upload', upstream: { state: 'awaiting_provider_expiry', deletable: false }, local: { uploads_rows_removed: 1 } })
    expect(entries[1]?.subject).toBe(`upload:${createHash('sha256').update(unused).digest('hex')}`)
    expect(JSON.stringify(entries)).not.toContain(new URL(unused).pathname.split('/').pop())
    expect((await h.gateway.ledger.verify()).ok).toBe(true)
  })
})
