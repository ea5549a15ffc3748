/**
 * The official `assemblyai` SDK (pinned devDependency) against the emulator, unchanged.
 */
import { spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AssemblyAI } from 'assemblyai'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js'
import { call, makeWav, newKey } from './helpers.js'
import { assertMatchesSpec, assertStreamingMessage } from './spec-contract.js'

let emu: RunningEmulator
let client: AssemblyAI
const key = newKey()
const seen: string[] = []

beforeAll(async () => {
  emu = await startEmulator({ processingDelayMs: 60 })
  client = new AssemblyAI({ apiKey: key, baseUrl: emu.restUrl, streamingBaseUrl: emu.streamingUrl })
})
afterAll(async () => {
  await emu.close()
})

/** What the SDK asked for and the status it got, from the emulator's request log. */
async function loggedCalls(): Promise<void> {
  const log = (await call(emu.restUrl, key, 'GET', '/__emulator/requests')).body.requests as { method: string; path: string; status: number }[]
  for (const e of log) seen.push(`${e.method} ${e.path.replace(/[0-9a-f-]{36}/, '{id}')} ${e.status}`)
}

describe('official assemblyai SDK 4.41.5 against the emulator', () => {
  it('files.upload + transcripts.transcribe with PII redaction and content safety, derived views, redacted audio, delete', async () => {
    const uploadUrl = await client.files.upload(makeWav(20_000))
    expect(uploadUrl.startsWith(`${emu.restUrl}/cdn/upload/`)).toBe(true)
    const transcript = await client.transcripts.transcribe(
      {
        audio: uploadUrl,
        speech_models: ['universal-3-pro'],
        redact_pii: true,
        redact_pii_policies: ['person_name', 'phone_number', 'email_address', 'credit_card_number', 'location'],
        redact_pii_sub: 'entity_name',
        redact_pii_audio: true,
        content_safety: true,
        content_safety_confidence: 50,
        speaker_labels: true,
      },
      { pollingInterval: 30, pollingTimeout: 20_000 },
    )
    expect(transcript.status).toBe('completed')
    assertMatchesSpec('GET', `/v2/transcript/${transcript.id}`, 200, transcript)
    expect(transcript.text).toMatch(/\[PERSON_NAME\]/)
    expect(transcript.content_safety_labels?.status).toBe('success')
    expect(transcript.utterances?.length).toBeGreaterThan(1)

    const redacted = await client.transcripts.redactedAudio(transcript.id)
    expect(redacted.status).toBe('redacted_audio_ready')
    const file = await client.transcripts.redactedAudioFile(transcript.id)
    const bytes = Buffer.from(await file.arrayBuffer())
    expect(bytes.subarray(0, 4).toString('ascii')).toBe('RIFF')
    expect(bytes.length).toBe(makeWav(20_000).length)

    const sentences = await client.transcripts.sentences(transcript.id)
    assertMatchesSpec('GET', `/v2/transcript/${transcript.id}/sentences`, 200, sentences)
    expect(sentences.sentences.map((x) => x.text).join(' ')).toBe(transcript.text)
    const paragraphs = await client.transcripts.paragraphs(transcript.id)
    assertMatchesSpec('GET', `/v2/transcript/${transcript.id}/paragraphs`, 200, paragraphs)
    const srt = await client.transcripts.subtitles(transcript.id, 'srt', 40)
    expect(srt.startsWith('1\n00:00:')).toBe(true)
    const search = await client.transcripts.wordSearch(transcript.id, ['thank', 'you'])
    assertMatchesSpec('GET', `/v2/transcript/${transcript.id}/word-search`, 200, search)

    const tombstone = await client.transcripts.delete(transcript.id)
    expect(tombstone.audio_url).toBe('http://deleted_by_user')
    expect(tombstone.text).toBe('Deleted by user.')
    assertMatchesSpec('DELETE', `/v2/transcript/${transcript.id}`, 200, tombstone)
  })

  it('transcripts.list pages to the end with limit 2 and includes tombstones', async () => {
    const created: string[] = []
    for (let i = 0; i < 4; i++) {
      const t = await client.transcripts.submit({ audio_url: `https://audio.example.com/list-${i}.wav`, speech_models: ['universal-2'] })
      created.push(t.id)
    }
    const ids: string[] = []
    let page = await client.transcripts.list({ limit: 2 })
    for (;;) {
      expect(page.page_details.limit).toBe(2)
      ids.push(...page.transcripts.map((t) => t.id))
      if (page.page_details.prev_url === null) break
      page = await client.transcripts.list(page.page_details.prev_url)
    }
    // Newest first: the four just created, then the deleted one from the previous test.
    expect(ids.slice(0, 4)).toEqual([...created].reverse())
    expect(ids).toHaveLength(5)
    expect(page.transcripts.at(-1)?.audio_url).toBe('http://deleted_by_user')
  })

  it('streaming.createTemporaryToken via streamingBaseUrl, and a StreamingTranscriber receiving Turn events', async () => {
    const token = await client.streaming.createTemporaryToken({ expires_in_seconds: 60, max_session_duration_seconds: 600 })
    expect(typeof token).toBe('string')
    const dir = await mkdtemp(join(tmpdir(), 'voxguard-sdk-'))
    try {
      const wavPath = join(dir, 'call.wav')
      await writeFile(wavPath, makeWav(15_000))
      const script = fileURLToPath(new URL('./fixtures/sdk-streaming-client.ts', import.meta.url))
      const child = spawn(process.execPath, ['--import', 'tsx', script], {
        env: { ...process.env, NODE_EXTRA_CA_CERTS: emu.caCertPath, WS_URL: emu.wsUrl, TOKEN: token, WAV_PATH: wavPath },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let out = ''
      let err = ''
      child.stdout.on('data', (d: Buffer) => (out += d.toString()))
      child.stderr.on('data', (d: Buffer) => (err += d.toString()))
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve))
      expect(code, err).toBe(0)
      const result = JSON.parse(out.trim()) as { begin: unknown; turns: { end_of_turn: boolean; turn_is_formatted: boolean; transcript: string }[]; errors: string[] }
      expect(result.errors).toEqual([])
      assertStreamingMessage(result.begin)
      expect(result.turns.length).toBeGreaterThan(2)
      for (const turn of result.turns) assertStreamingMessage(turn)
      const formatted = result.turns.filter((t) => t.end_of_turn && t.turn_is_formatted)
      expect(formatted.length).toBeGreaterThan(0)
      expect(formatted[0]?.transcript).toMatch(/[A-Z]/)
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
    // The token was single-use: the SDK's session consumed it.
    const reuse = await client.streaming.createTemporaryToken({ expires_in_seconds: 60 })
    expect(reuse).not.toBe(token)
  })

  it('none of the REST calls the SDK made failed (request log)', async () => {
    await loggedCalls()
    expect(seen.some((s) => s.startsWith('POST /v2/upload 200'))).toBe(true)
    expect(seen.some((s) => s.startsWith('GET /v3/token 200'))).toBe(true)
    expect(seen.filter((s) => / (4|5)\d\d$/.test(s))).toEqual([])
  })
})
