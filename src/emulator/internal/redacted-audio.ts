/**
 * Redacted audio: a short-lived signed URL on the emulator (no API key needed, like AssemblyAI's
 * pre-signed S3 URL) that serves a WAV in which the redacted PII words are replaced by a 1 kHz tone
 * (or silence with `override_audio_redaction_method: "silence"`). For an uploaded PCM WAV the real
 * audio is masked; for any other audio a synthetic 8 kHz WAV of the transcript's length is served.
 *
 * @module
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream } from 'node:fs'
import type { ServerResponse } from 'node:http'
import { redactedSpans } from './redaction.js'
import type { TranscriptRecord } from './transcript-store.js'
import type { UploadRecord } from './upload-store.js'
import { maskPcm, wavHeader, type Masking, type WavInfo } from './wav.js'

export class RedactedAudioSigner {
  readonly #secret = randomBytes(32)
  readonly ttlSeconds: number

  constructor(ttlSeconds: number) {
    this.ttlSeconds = ttlSeconds
  }

  url(restUrl: string, id: string, nowMs: number): string {
    const expires = Math.floor(nowMs / 1000) + this.ttlSeconds
    return `${restUrl}/redacted-audio/${id}.wav?Expires=${expires}&Signature=${this.#sign(id, expires)}`
  }

  /** True when the signature matches and has not expired. */
  verify(id: string, expiresParam: string | null, signature: string | null, nowMs: number): boolean {
    if (expiresParam === null || signature === null || !/^\d{1,12}$/.test(expiresParam)) return false
    const expires = Number(expiresParam)
    if (expires * 1000 < nowMs) return false
    const expected = Buffer.from(this.#sign(id, expires))
    const given = Buffer.from(signature)
    return expected.length === given.length && timingSafeEqual(expected, given)
  }

  #sign(id: string, expires: number): string {
    return createHmac('sha256', this.#secret).update(`${id}\n${expires}`).digest('base64url')
  }
}

/** The time ranges (ms) to mask: the redacted PII words. */
export function maskRanges(record: TranscriptRecord): [number, number][] {
  const r = record.request
  const spans = redactedSpans(record.script, {
    policies: new Set(r.redact_pii_policies ?? []),
    substitution: r.redact_pii_sub === 'entity_name' ? 'entity_name' : 'hash',
  })
  return spans.map((s) => [
    Math.round((record.script.words[s.firstWord]?.start ?? 0) * record.timeScale),
    Math.round((record.script.words[s.lastWord]?.end ?? 0) * record.timeScale),
  ])
}

function maskingOf(record: TranscriptRecord): Masking {
  return record.request.redact_pii_audio_options?.override_audio_redaction_method === 'silence' ? 'silence' : 'beep'
}

const CHUNK_FRAMES = 8192

/** Streams the redacted WAV for `record` into `res`. */
export async function serveRedactedAudio(res: ServerResponse, record: TranscriptRecord, upload: UploadRecord | undefined): Promise<void> {
  const ranges = maskRanges(record)
  const masking = maskingOf(record)
  const wav: WavInfo | undefined = upload !== undefined && !upload.deleted ? upload.wav : undefined
  if (wav !== undefined && upload !== undefined) {
    res.writeHead(200, { 'content-type': 'audio/wav', 'content-length': 44 + wav.dataBytes })
    res.write(wavHeader(wav, wav.dataBytes))
    const frameSize = wav.channels * (wav.bitsPerSample / 8)
    let frame = 0
    let carry = Buffer.alloc(0)
    const stream = createReadStream(upload.path, {
      start: wav.dataOffset,
      end: wav.dataOffset + wav.dataBytes - 1,
      highWaterMark: CHUNK_FRAMES * frameSize,
    })
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      const data = carry.length > 0 ? Buffer.concat([carry, chunk]) : Buffer.from(chunk)
      const whole = data.length - (data.length % frameSize)
      const pcm = data.subarray(0, whole)
      carry = Buffer.from(data.subarray(whole))
      maskPcm(pcm, wav, frame, ranges, masking)
      frame += whole / frameSize
      if (!res.write(pcm)) await new Promise((resolve) => res.once('drain', resolve))
    }
    res.end()
    return
  }
  const info = { sampleRate: 8000, channels: 1, bitsPerSample: 16 as const }
  const frames = Math.ceil((record.audioDurationMs / 1000) * info.sampleRate)
  res.writeHead(200, { 'content-type': 'audio/wav', 'content-length': 44 + frames * 2 })
  res.write(wavHeader(info, frames * 2))
  for (let frame = 0; frame < frames; frame += CHUNK_FRAMES) {
    const n = Math.min(CHUNK_FRAMES, frames - frame)
    const pcm = Buffer.alloc(n * 2)
    maskPcm(pcm, info, frame, ranges, masking)
    if (!res.write(pcm)) await new Promise((resolve) => res.once('drain', resolve))
  }
  res.end()
}
