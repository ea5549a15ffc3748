import { createHash } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js'
import { call, makeWav, newKey } from './helpers.js'
import { assertMatchesSpec } from './spec-contract.js'

const T0 = Date.parse('2026-06-01T12:00:00Z')
const clock = { t: T0 }
let emu: RunningEmulator
const key = newKey()

async function upload(bytes: Uint8Array, k = key): Promise<string> {
  const res = await fetch(`${emu.restUrl}/v2/upload`, { method: 'POST', headers: { authorization: k, 'content-type': 'application/octet-stream' }, body: bytes })
  expect(res.status).toBe(200)
  const body = (await res.json()) as { upload_url: string }
  assertMatchesSpec('POST', '/v2/upload', 200, body)
  return body.upload_url
}

async function create(params: Record<string, unknown>): Promise<any> {
  const res = await call(emu.restUrl, key, 'POST', '/v2/transcript', { speech_models: ['universal-3-pro'], ...params })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  return res.body
}

beforeAll(async () => {
  emu = await startEmulator({ processingDelayMs: 1000, now: () => clock.t })
})
afterAll(async () => {
  await emu.close()
})

describe('authentication', () => {
  it('rejects a missing or malformed key with the spec body, accepts any 32-char lowercase hex key', async () => {
    for (const k of [undefined, 'not-a-key', key.toUpperCase(), `${key}0`]) {
      const res = await call(emu.restUrl, k, 'GET', '/v2/transcript')
      expect(res.status).toBe(401)
      expect(res.body).toEqual({ error: 'Authentication error, API token missing/invalid' })
    }
    expect((await call(emu.restUrl, newKey(), 'GET', '/v2/transcript')).status).toBe(200)
  })

  it('accepts only the configured keys when apiKeys is given', async () => {
    const allowed = newKey()
    const strict = await startEmulator({ apiKeys: [allowed] })
    try {
      expect((await call(strict.restUrl, allowed, 'GET', '/v2/transcript')).status).toBe(200)
      expect((await call(strict.restUrl, newKey(), 'GET', '/v2/transcript')).status).toBe(401)
    } finally {
      await strict.close()
    }
  })
})

describe('transcript lifecycle and content', () => {
  it('goes queued -> processing -> completed with the clock and echoes the options', async () => {
    clock.t = T0
    const url = await upload(makeWav(2000))
    const t = await create({ audio_url: url, punctuate: true })
    expect(t.status).toBe('queued')
    expect(t.text).toBeNull()
    expect(t.speech_models).toEqual(['universal-3-pro'])
    expect((await call(emu.restUrl, key, 'GET', `/v2/transcript/${t.id}`)).body.status).toBe('queued')
    clock.t = T0 + 500
    expect((await call(emu.restUrl, key, 'GET', `/v2/transcript/${t.id}`)).body.status).toBe('processing')
    clock.t = T0 + 1000
    const done = (await call(emu.restUrl, key, 'GET', `/v2/transcript/${t.id}`)).body
    expect(done.status).toBe('completed')
    expect(done.audio_duration).toBe(2)
    expect(done.words.length).toBeGreaterThan(10)
    // A built-in script is stretched over the uploaded audio: every word lies inside it.
    expect(done.words.at(-1).end).toBeLessThanOrEqual(2000)
    expect(done.text).toBe(done.words.map((w: { text: string }) => w.text).join(' '))
    expect(done.words[0].speaker).toBeNull()
    expect(done.utterances).toBeNull()
  })

  it('redacts PII in entity_name and hash styles, leaves missed spans, returns unredacted fields and raw entities', async () => {
    clock.t = T0
    const register = await call(emu.restUrl, key, 'POST', '/__emulator/scripts', {
      audio_url: 'https://audio.example.com/call-1.wav',
      script: {
        turns: [
          { speaker: 'A', text: 'Hello, my name is {{person_name:Ann Lee}}.' },
          { speaker: 'B', text: 'Call me on {{!phone_number:555 0100}} or email {{email_address:ann@example.com}}!', safety: [{ label: 'profanity', confidence: 0.4, severity: 0.7 }] },
        ],
      },
    })
    expect(register.status).toBe(200)
    const base = { audio_url: 'https://audio.example.com/call-1.wav', redact_pii: true, redact_pii_policies: ['person_name', 'phone_number', 'email_address'] }
    const a = await create({ ...base, redact_pii_sub: 'entity_name', speaker_labels: true, entity_detection: true, redact_pii_return_unredacted: true })
    const b = await create({ ...base })
    clock.t = T0 + 1000
    const ta = (await call(emu.restUrl, key, 'GET', `/v2/transcript/${a.id}`)).body
    const tb = (await call(emu.restUrl, key, 'GET', `/v2/transcript/${b.id}`)).body
    expect(ta.text).toBe('Hello, my name is [PERSON_NAME] [PERSON_NAME]. Call me on 555 0100 or email [EMAIL_ADDRESS]!')
    expect(tb.text).toBe('Hello, my name is ### ###. Call me on 555 0100 or email ###############!')
    expect(tb.redact_pii_sub).toBe('hash')
    // The phone number is annotated as one upstream misses: it stays in clear text.
    expect(ta.words.map((w: { text: string }) => w.text)).toContain('555')
    expect(ta.utterances.map((u: { speaker: string; text: string }) => [u.speaker, u.text])).toEqual([
      ['A', 'Hello, my name is [PERSON_NAME] [PERSON_NAME].'],
      ['B', 'Call me on 555 0100 or email [EMAIL_ADDRESS]!'],
    ])
    expect(ta.unredacted_text).toBe('Hello, my name is Ann Lee. Call me on 555 0100 or email ann@example.com!')
    expect(ta.unredacted_words.map((w: { text: string }) => w.text).slice(4, 6)).toEqual(['Ann', 'Lee.'])
    expect(ta.unredacted_utterances).toHaveLength(2)
    expect(tb.unredacted_text).toBeUndefined()
    // Entities carry the raw PII, as AssemblyAI's do.
    expect(ta.entities.map((e: { entity_type: string; text: string }) => [e.entity_type, e.text])).toEqual([
      ['person_name', 'Ann Lee.'],
      ['phone_number', '555 0100'],
      ['email_address', 'ann@example.com!'],
    ])
  })

  it('derives sentences, paragraphs, subtitles and word search from the redacted words', async () => {
    clock.t = T0
    const audio = 'https://audio.example.com/derived.wav'
    await call(emu.restUrl, key, 'POST', '/__emulator/scripts', {
      audio_url: audio,
      script: { turns: [{ speaker: 'A', text: 'Hi there. I am {{person_name:Ann Lee}}.' }, { speaker: 'B', text: 'Hello Ann, welcome back.' }] },
    })
    const t = await create({ audio_url: audio, redact_pii: true, redact_pii_policies: ['person_name'], redact_pii_sub: 'entity_name', speaker_labels: true })
    expect((await call(emu.restUrl, key, 'GET', `/v2/transcript/${t.id}/sentences`)).status).toBe(400)
    clock.t = T0 + 1000
    const sentences = (await call(emu.restUrl, key, 'GET', `/v2/transcript/${t.id}/sentences`)).body
    expect(sentences.sentences.map((x: { text: string; speaker: string }) => [x.speaker, x.text])).toEqual([
      ['A', 'Hi there.'],
      ['A', 'I am [PERSON_NAME] [PERSON_NAME].'],
      ['B', 'Hello Ann, welcome back.'],
    ])
    const paragraphs = (await call(emu.restUrl, key, 'GET', `/v2/transcript/${t.id}/paragraphs`)).body
    expect(paragraphs.paragraphs.map((x: { text: string }) => x.text)).toEqual(['Hi there. I am [PERSON_NAME] [PERSON_NAME].', 'Hello Ann, welcome back.'])
    const srt = await call(emu.restUrl, key, 'GET', `/v2/transcript/${t.id}/srt?chars_per_caption=20`)
    expect(srt.body).toMatch(/^1\n00:00:00,400 --> 00:00:0\d,\d{3}\nHi there\. I am\n\n2\n/)
    expect(srt.body).not.toContain('Lee')
    const vtt = await call(emu.restUrl, key, 'GET', `/v2/transcript/${t.id}/vtt`)
    expect(vtt.body.startsWith('WEBVTT\n\n00:00:00.400 --> ')).toBe(true)
    const search = (await call(emu.restUrl, key, 'GET', `/v2/transcript/${t.id}/word-search?words=ann,welcome%20back,lee`)).body
    expect(search.matches.map((m: { text: string; count: number; indexes: number[] }) => [m.text, m.count, m.indexes])).toEqual([
      ['ann', 1, [7]],
      ['welcome back', 1, [8]],
      ['lee', 0, []],
    ])
    expect(search.total_count).toBe(2)
  })

  it('picks the same built-in script for the same audio bytes, and varies across audio', async () => {
    clock.t = T0
    const texts = new Map<string, string>()
    for (const [label, ms] of [['a', 4000], ['a', 4000], ['b', 4100], ['c', 4200], ['d', 4300], ['e', 4400], ['f', 4500]] as const) {
      const t = await create({ audio_url: await upload(makeWav(ms)) })
      clock.t = T0 + 1000
      const done = (await call(emu.restUrl, key, 'GET', `/v2/transcript/${t.id}`)).body
      clock.t = T0
      if (texts.has(label)) expect(done.text).toBe(texts.get(label))
      texts.set(label, done.text)
    }
    // Six different audio files do not all land on one script.
    expect(new Set(texts.values()).size).toBeGreaterThan(1)
  })

  it('reports content safety from the annotations, honouring content_safety_confidence', async () => {
    clock.t = T0
    const audio = 'https://audio.example.com/safety.wav'
    await call(emu.restUrl, key, 'POST', '/__emulator/scripts', {
      audio_url: audio,
      script: {
        turns: [
          { speaker: 'A', text: 'This damn thing broke again.', safety: [{ label: 'profanity', confidence: 0.9, severity: 0.7 }] },
          { speaker: 'B', text: 'Sorry about the accident.', safety: [{ label: 'accidents', confidence: 0.4, severity: 0.2 }] },
        ],
      },
    })
    const low = await create({ audio_url: audio, content_safety: true, content_safety_confidence: 25 })
    const high = await create({ audio_url: audio, content_safety: true, content_safety_confidence: 60 })
    clock.t = T0 + 1000
    const l = (await call(emu.restUrl, key, 'GET', `/v2/transcript/${low.id}`)).body.content_safety_labels
    const h = (await call(emu.restUrl, key, 'GET', `/v2/transcript/${high.id}`)).body.content_safety_labels
    expect(l.status).toBe('success')
    expect(l.results.map((r: { labels: { label: string }[] }) => r.labels[0]?.label)).toEqual(['profanity', 'accidents'])
    expect(h.results).toHaveLength(1)
    expect(h.results[0]).toMatchObject({ text: 'This damn thing broke again.', sentences_idx_start: 0, sentences_idx_end: 0 })
    expect(h.summary).toEqual({ profanity: 0.9 })
    expect(h.severity_score_summary).toEqual({ profanity: { low: 0, medium: 0, high: 1 } })
  })

  it('fails transcripts whose upload is unknown or too short, with status error', async () => {
    clock.t = T0
    const short = await create({ audio_url: await upload(makeWav(100)) })
    const missing = await create({ audio_url: `${emu.restUrl}/cdn/upload/00000000-0000-4000-8000-000000000000` })
    clock.t = T0 + 1000
    const s = (await call(emu.restUrl, key, 'GET', `/v2/transcript/${short.id}`)).body
    const m = (await call(emu.restUrl, key, 'GET', `/v2/transcript/${missing.id}`)).body
    expect(s.status).toBe('error')
    expect(s.error).toMatch(/too short/)
    expect(m.status).toBe('error')
    expect(m.error).toMatch(/^Download error/)
  })

  it('treats an upload older than 24 hours as gone', async () => {
    clock.t = T0
    const url = await upload(makeWav(1000))
    clock.t = T0 + 24 * 3600 * 1000 + 1
    const t = await create({ audio_url: url })
    clock.t += 1000
    const done = (await call(emu.restUrl, key, 'GET', `/v2/transcript/${t.id}`)).body
    expect(done.status).toBe('error')
    expect(done.error).toMatch(/^Download error/)
  })

  it('uses a script registered for the sha256 of the uploaded bytes', async () => {
    clock.t = T0
    const bytes = makeWav(3000, 8000)
    const sha256 = createHash('sha256').update(bytes).digest('hex')
    await call(emu.restUrl, key, 'POST', '/__emulator/scripts', {
      sha256,
      script: { words: [{ text: 'Exactly', start: 100, end: 400 }, { text: 'this.', start: 500, end: 900, speaker: 'B' }] },
    })
    const t = await create({ audio_url: await upload(bytes) })
    clock.t = T0 + 1000
    const done = (await call(emu.restUrl, key, 'GET', `/v2/transcript/${t.id}`)).body
    expect(done.text).toBe('Exactly this.')
    expect(done.words.map((w: { start: number; end: number }) => [w.start, w.end])).toEqual([[100, 400], [500, 900]])
  })
})

describe('validation', () => {
  const ok = { audio_url: 'https://audio.example.com/a.wav', speech_models: ['universal-3-pro'] }
  it.each([
    [{ audio_url: ok.audio_url }, 'speech_models is required'],
    [{ speech_models: ['x'] }, 'audio_url is required'],
    [{ ...ok, unknown_field: 1 }, 'Invalid parameter: unknown_field is not a recognised parameter'],
    [{ ...ok, redact_pii_sub: 'entity_type' }, 'redact_pii_sub must be one of: entity_name, hash'],
    [{ ...ok, redact_pii: true, redact_pii_policies: ['shoe_size'] }, 'redact_pii_policies[0] must be one of'],
    [{ ...ok, content_safety_confidence: 24 }, 'content_safety_confidence must be between 25 and 100'],
    [{ ...ok, content_safety_confidence: 101 }, 'content_safety_confidence must be between 25 and 100'],
    [{ ...ok, format_text: 'yes' }, 'format_text must be a Boolean'],
    [{ ...ok, redact_pii_return_unredacted: true }, '`redact_pii_return_unredacted` can only be set to True if `redact_pii` is True'],
    [{ ...ok, speakers_expected: 2, speaker_options: { min_speakers_expected: 1 } }, 'Both speaker_options and speakers_expected can not be used in the same request.'],
    [{ ...ok, speech_models: [] }, 'speech_models must list at least one speech model'],
    [{ ...ok, audio_url: 'ftp://x/y' }, 'audio_url must be a valid url'],
    [{ ...ok, redact_pii_audio_options: { override_audio_redaction_method: 'mute' } }, 'redact_pii_audio_options.override_audio_redaction_method must be one of: silence'],
  ])('400 for %j', async (body, message) => {
    const res = await call(emu.restUrl, key, 'POST', '/v2/transcript', body)
    expect(res.status).toBe(400)
    expect(Object.keys(res.body)).toEqual(['error'])
    expect(res.body.error).toContain(message)
  })

  it('answers 400 to malformed JSON and non-object bodies, 413 to huge bodies, and keeps serving', async () => {
    for (const raw of ['{"audio_url":', '[1,2]', '"text"', '']) {
      const res = await call(emu.restUrl, key, 'POST', '/v2/transcript', raw)
      expect(res.status).toBe(400)
      expect(typeof res.body.error).toBe('string')
    }
    const huge = JSON.stringify({ ...ok, prompt: 'x'.repeat(2 * 1024 * 1024) })
    expect((await call(emu.restUrl, key, 'POST', '/v2/transcript', huge)).status).toBe(413)
    expect((await call(emu.restUrl, key, 'POST', '/v2/transcript', ok)).status).toBe(200)
  })

  it('answers 413 to an upload over the limit and 400 to an empty one', async () => {
    const small = await startEmulator({ maxUploadBytes: 1000 })
    try {
      const big = await fetch(`${small.restUrl}/v2/upload`, { method: 'POST', headers: { authorization: key }, body: new Uint8Array(5000) })
      expect(big.status).toBe(413)
      const bigBody: unknown = await big.json()
      expect(bigBody).toEqual({ error: 'Request entity too large' })
      assertMatchesSpec('POST', '/v2/upload', 413, bigBody)
      const empty = await fetch(`${small.restUrl}/v2/upload`, { method: 'POST', headers: { authorization: key }, body: new Uint8Array(0) })
      expect(empty.status).toBe(400)
    } finally {
      await small.close()
    }
  })

  it('answers 400 to a malformed id, 404 to an unknown one and to unknown paths', async () => {
    expect(await call(emu.restUrl, key, 'GET', '/v2/transcript/not-an-id')).toMatchObject({ status: 400, body: { error: 'Invalid transcript id' } })
    expect(await call(emu.restUrl, key, 'GET', '/v2/transcript/00000000-0000-4000-8000-000000000000')).toMatchObject({ status: 404, body: { error: 'Not found' } })
    expect((await call(emu.restUrl, key, 'DELETE', '/v2/transcript/00000000-0000-4000-8000-000000000000')).status).toBe(404)
    expect((await call(emu.restUrl, key, 'GET', '/v2/nothing')).status).toBe(404)
  })
})

describe('v3 token', () => {
  it('issues a JWT and validates expires_in_seconds and max_session_duration_seconds', async () => {
    const ok = await call(emu.restUrl, key, 'GET', '/v3/token?expires_in_seconds=60&max_session_duration_seconds=600')
    expect(ok.status).toBe(200)
    expect(ok.body.expires_in_seconds).toBe(60)
    expect(ok.body.token).toMatch(/^eyJ[\w-]+\.[\w-]+\.[\w-]+$/)
    for (const q of ['', '?expires_in_seconds=0', '?expires_in_seconds=601', '?expires_in_seconds=abc', '?expires_in_seconds=60&max_session_duration_seconds=59', '?expires_in_seconds=60&max_session_duration_seconds=10801']) {
      const res = await call(emu.restUrl, key, 'GET', `/v3/token${q}`)
      expect(res.status, q).toBe(400)
      expect(typeof res.body.error).toBe('string')
    }
    expect((await call(emu.restUrl, undefined, 'GET', '/v3/token?expires_in_seconds=60')).status).toBe(401)
  })
})
