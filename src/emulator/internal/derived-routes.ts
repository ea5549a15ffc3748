/**
 * Views derived from a completed transcript's (redacted) words: `/sentences`, `/paragraphs`,
 * `/srt`, `/vtt` and `/word-search`. Like AssemblyAI's, they are built from the redacted words.
 *
 * @module
 */
import type { ServerResponse } from 'node:http'
import type { components } from '../../upstream/assemblyai.generated.js'
import type { EmulatorContext } from './emulator-context.js'
import { HttpFailure, sendJson } from './http-kit.js'
import { scriptContent } from './render-transcript.js'
import { findRecord } from './transcript-routes.js'
import { statusAt } from './transcript-store.js'

type Word = components['schemas']['TranscriptWord']

const round4 = (n: number): number => Math.round(n * 10000) / 10000

function completedWords(ctx: EmulatorContext, id: string): { words: Word[]; confidence: number; audioDuration: number; speakersByWord: string[] } {
  const record = findRecord(ctx, id)
  if (record.deleted) throw new HttpFailure(400, 'Transcript has been deleted')
  const status = statusAt(record, ctx.now())
  if (status !== 'completed') throw new HttpFailure(400, `Transcript is ${status}; this is available once it has completed`)
  const content = scriptContent(record)
  return {
    words: content['words'] as Word[],
    confidence: content['confidence'] as number,
    audioDuration: content['audio_duration'] as number,
    speakersByWord: record.script.words.map((w) => w.speaker),
  }
}

function group(words: readonly Word[], endsGroup: (i: number) => boolean): Word[][] {
  const out: Word[][] = []
  let current: Word[] = []
  words.forEach((w, i) => {
    current.push(w)
    if (endsGroup(i)) {
      out.push(current)
      current = []
    }
  })
  if (current.length > 0) out.push(current)
  return out
}

function summarise(words: Word[]): { text: string; start: number; end: number; confidence: number; words: Word[] } {
  return {
    text: words.map((w) => w.text).join(' '),
    start: words[0]?.start ?? 0,
    end: words[words.length - 1]?.end ?? 0,
    confidence: round4(words.reduce((s, w) => s + w.confidence, 0) / Math.max(1, words.length)),
    words,
  }
}

export function getSentences(ctx: EmulatorContext, res: ServerResponse, id: string): void {
  const t = completedWords(ctx, id)
  const sentences = group(t.words, (i) => /[.?!]["')\]]*$/.test(t.words[i]?.text ?? '') || t.speakersByWord[i] !== t.speakersByWord[i + 1])
  sendJson(res, 200, {
    id,
    confidence: t.confidence,
    audio_duration: t.audioDuration,
    sentences: sentences.map((s) => ({ ...summarise(s), speaker: s[0]?.speaker ?? null })),
  })
}

export function getParagraphs(ctx: EmulatorContext, res: ServerResponse, id: string): void {
  const t = completedWords(ctx, id)
  const paragraphs = group(t.words, (i) => t.speakersByWord[i] !== t.speakersByWord[i + 1])
  sendJson(res, 200, { id, confidence: t.confidence, audio_duration: t.audioDuration, paragraphs: paragraphs.map(summarise) })
}

function clock(ms: number, separator: ',' | '.'): string {
  const h = Math.floor(ms / 3_600_000)
  const m = Math.floor((ms % 3_600_000) / 60_000)
  const s = Math.floor((ms % 60_000) / 1000)
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0')
  return `${pad(h)}:${pad(m)}:${pad(s)}${separator}${pad(ms % 1000, 3)}`
}

export function getSubtitles(ctx: EmulatorContext, res: ServerResponse, id: string, format: 'srt' | 'vtt', params: URLSearchParams): void {
  const raw = params.get('chars_per_caption')
  if (raw !== null && (!/^\d+$/.test(raw) || Number(raw) < 1)) throw new HttpFailure(400, 'chars_per_caption must be a positive Integer')
  const limit = raw === null ? 32 : Number(raw)
  const t = completedWords(ctx, id)
  const captions: Word[][] = []
  let current: Word[] = []
  let length = 0
  for (const w of t.words) {
    if (current.length > 0 && length + 1 + w.text.length > limit) {
      captions.push(current)
      current = []
      length = 0
    }
    length += (current.length > 0 ? 1 : 0) + w.text.length
    current.push(w)
  }
  if (current.length > 0) captions.push(current)
  const sep = format === 'srt' ? ',' : '.'
  const blocks = captions.map((c, i) => {
    const time = `${clock(c[0]?.start ?? 0, sep)} --> ${clock(c[c.length - 1]?.end ?? 0, sep)}`
    const text = c.map((w) => w.text).join(' ')
    return format === 'srt' ? `${i + 1}\n${time}\n${text}` : `${time}\n${text}`
  })
  const body = format === 'srt' ? `${blocks.join('\n\n')}\n` : `WEBVTT\n\n${blocks.join('\n\n')}\n`
  res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(body) })
  res.end(body)
}

const bare = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}'\s-]/gu, '')

export function searchWords(ctx: EmulatorContext, res: ServerResponse, id: string, params: URLSearchParams): void {
  const raw = params.get('words')
  if (raw === null || raw.trim() === '') throw new HttpFailure(400, 'words is required')
  const terms = raw.split(',').map((w) => w.trim()).filter((w) => w.length > 0)
  if (terms.length > 100) throw new HttpFailure(400, 'words may list at most 100 terms')
  const t = completedWords(ctx, id)
  const plain = t.words.map((w) => bare(w.text))
  const matches = terms.map((term) => {
    const parts = bare(term).split(/\s+/).filter((p) => p.length > 0)
    const timestamps: [number, number][] = []
    const indexes: number[] = []
    for (let i = 0; parts.length > 0 && i + parts.length <= plain.length; i++) {
      if (parts.every((p, k) => plain[i + k] === p)) {
        timestamps.push([t.words[i]?.start ?? 0, t.words[i + parts.length - 1]?.end ?? 0])
        indexes.push(i)
      }
    }
    return { text: term, count: indexes.length, timestamps, indexes }
  })
  sendJson(res, 200, { id, total_count: matches.reduce((n, m) => n + m.count, 0), matches })
}
