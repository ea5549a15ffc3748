import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js'
import { call, loadOpenApi, newKey } from './helpers.js'

const NOW = Date.parse('2026-06-01T12:00:00Z')
const DAY = 24 * 3600 * 1000
let emu: RunningEmulator
const key = newKey()
const iso = (ms: number): string => new Date(ms).toISOString()

async function seed(items: unknown): Promise<string[]> {
  const res = await call(emu.restUrl, key, 'POST', '/__emulator/transcripts', items)
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body.ids
}

beforeAll(async () => {
  emu = await startEmulator({ processingDelayMs: 50, now: () => NOW })
})
afterAll(async () => {
  await emu.close()
})

describe('GET /v2/transcript', () => {
  let ids: string[] = []
  beforeAll(async () => {
    // Oldest first: one outside the 90-day window, then five inside it (one failed).
    ids = await seed([
      { count: 1, created: iso(NOW - 91 * DAY) },
      { count: 1, created: iso(NOW - 10 * DAY) },
      { count: 1, created: iso(NOW - 9 * DAY), status: 'error' },
      { count: 1, created: iso(NOW - 8 * DAY) },
      { count: 1, created: '2026-05-25T08:30:00' },
      { count: 1, created: iso(NOW - 1 * DAY) },
    ])
  })

  it('lists newest first and pages to the end through absolute prev_url links', async () => {
    const seen: string[] = []
    let path: string | null = '/v2/transcript?limit=2'
    let pages = 0
    while (path !== null) {
      const res: { status: number; body: any } = await call(emu.restUrl, key, 'GET', path)
      expect(res.status).toBe(200)
      const { page_details: pd, transcripts }: { page_details: any; transcripts: any[] } = res.body
      expect(pd.limit).toBe(2)
      expect(pd.result_count).toBe(transcripts.length)
      expect(pd.current_url.startsWith(`${emu.restUrl}/v2/transcript`)).toBe(true)
      seen.push(...transcripts.map((t: { id: string }) => t.id))
      path = pd.prev_url === null ? null : pd.prev_url.slice(emu.restUrl.length)
      if (pd.prev_url !== null) expect(pd.prev_url.startsWith(`${emu.restUrl}/v2/transcript?`)).toBe(true)
      pages += 1
    }
    expect(pages).toBe(3)
    expect(seen).toEqual([...ids].slice(1).reverse())
  })

  it('pages forward to newer transcripts with next_url (after_id)', async () => {
    const oldestPage = await call(emu.restUrl, key, 'GET', `/v2/transcript?limit=2&before_id=${ids[3]}`)
    expect(oldestPage.body.transcripts.map((t: { id: string }) => t.id)).toEqual([ids[2], ids[1]])
    expect(oldestPage.body.page_details.prev_url).toBeNull()
    const next = oldestPage.body.page_details.next_url as string
    expect(next).toContain(`after_id=${ids[2]}`)
    const newer = await call(emu.restUrl, key, 'GET', next.slice(emu.restUrl.length))
    expect(newer.body.transcripts.map((t: { id: string }) => t.id)).toEqual([ids[4], ids[3]])
  })

  it('filters by status and created_on and describes items as the spec does', async () => {
    const failed = await call(emu.restUrl, key, 'GET', '/v2/transcript?status=error')
    expect(failed.body.transcripts).toHaveLength(1)
    expect(failed.body.transcripts[0]).toMatchObject({ id: ids[2], status: 'error', error: 'Seeded transcript failed' })
    const onDay = await call(emu.restUrl, key, 'GET', '/v2/transcript?created_on=2026-05-25')
    expect(onDay.body.transcripts.map((t: { id: string }) => t.id)).toEqual([ids[4]])
    const item = onDay.body.transcripts[0]
    expect(Object.keys(item).sort()).toEqual(['audio_url', 'completed', 'created', 'error', 'id', 'resource_url', 'status'])
    expect(item.created).toBe('2026-05-25T08:30:00.000000')
    expect(item.resource_url).toBe(`${emu.restUrl}/v2/transcript/${ids[4]}`)
  })

  it('hides transcripts older than 90 days from the list but still serves them by id', async () => {
    const all = await call(emu.restUrl, key, 'GET', '/v2/transcript?limit=200')
    expect(all.body.transcripts.map((t: { id: string }) => t.id)).not.toContain(ids[0])
    expect((await call(emu.restUrl, key, 'GET', `/v2/transcript/${ids[0]}`)).status).toBe(200)
  })

  it.each([
    ['limit=0', 'limit must be between 1 and 200'],
    ['limit=201', 'limit must be between 1 and 200'],
    ['limit=ten', 'limit must be an Integer'],
    ['status=done', 'status must be one of'],
    ['created_on=yesterday', 'created_on must be a date'],
    ['before_id=nope', 'before_id must be a valid transcript id'],
    ['colour=blue', 'Invalid parameter: colour'],
  ])('400 for %s', async (query, message) => {
    const res = await call(emu.restUrl, key, 'GET', `/v2/transcript?${query}`)
    expect(res.status).toBe(400)
    expect(res.body.error).toContain(message)
  })

  it("rejects after_id that is not older than before_id with AssemblyAI's message", async () => {
    const res = await call(emu.restUrl, key, 'GET', `/v2/transcript?before_id=${ids[2]}&after_id=${ids[4]}`)
    expect(res).toMatchObject({ status: 400, body: { error: "'after_id' must be a newer transcript than 'before_id'" } })
    const between = await call(emu.restUrl, key, 'GET', `/v2/transcript?before_id=${ids[4]}&after_id=${ids[1]}`)
    expect(between.body.transcripts.map((t: { id: string }) => t.id)).toEqual([ids[3], ids[2]])
  })
})

describe('DELETE /v2/transcript/{id}', () => {
  it('returns the tombstone exactly as the spec example, keeps it listed and served', async () => {
    const [id] = await seed({ count: 1, created: iso(NOW - 2 * DAY) })
    const del = await call(emu.restUrl, key, 'DELETE', `/v2/transcript/${id}`)
    expect(del.status).toBe(200)
    expect(del.body).toMatchObject({
      id,
      status: 'completed',
      audio_url: 'http://deleted_by_user',
      webhook_url: 'http://deleted_by_user',
      text: 'Deleted by user.',
      words: null,
      utterances: null,
      redact_pii: false,
      webhook_auth: false,
      content_safety_labels: null,
      language_model: 'assemblyai_default',
      acoustic_model: 'assemblyai_default',
    })
    expect(typeof del.body.audio_duration).toBe('number')
    // Same fields, in the same order, as the spec's DeleteTranscriptResponse example.
    const example = (await loadOpenApi()).components.examples.DeleteTranscriptResponse.value
    expect(Object.keys(del.body)).toEqual(Object.keys(example))
    const { id: _exampleId, audio_duration: _exampleDuration, ...exampleRest } = example
    const { id: _id, audio_duration: _duration, disfluencies: _d, ...rest } = del.body
    expect(rest).toEqual(Object.fromEntries(Object.entries(exampleRest).filter(([k]) => k !== 'disfluencies')))
    const again = await call(emu.restUrl, key, 'GET', `/v2/transcript/${id}`)
    expect(again.body).toEqual(del.body)
    expect((await call(emu.restUrl, key, 'DELETE', `/v2/transcript/${id}`)).body).toEqual(del.body)
    const listed = await call(emu.restUrl, key, 'GET', '/v2/transcript?limit=200')
    const item = listed.body.transcripts.find((t: { id: string }) => t.id === id)
    expect(item.audio_url).toBe('http://deleted_by_user')
  })

  it('refuses to delete a transcript that is still queued', async () => {
    const [id] = await seed({ count: 1, status: 'queued' })
    const res = await call(emu.restUrl, key, 'DELETE', `/v2/transcript/${id}`)
    expect(res.status).toBe(400)
    expect(res.body.error).toMatch(/still queued/)
  })
})
