/**
 * The body of `POST /__emulator/scripts`: which audio (`sha256` of its bytes, `audio_url`, or
 * `streaming: true` for streaming sessions) and the script, either as turns with PII markup or as
 * timed words with explicit annotations.
 *
 * @module
 */
import { z } from 'zod'
import { CONTENT_SAFETY_LABELS } from '../../upstream/content-safety-labels.js'
import { PII_POLICIES } from '../../upstream/pii-policies.generated.js'
import { compileScript } from './compile-script.js'
import type { EmulatorScript } from './script-types.js'

const label = z.enum(CONTENT_SAFETY_LABELS)
const unit = z.number().min(0).max(1)

const turnsScript = z.strictObject({
  id: z.string().min(1).max(200).optional(),
  title: z.string().max(500).optional(),
  language_code: z.string().min(2).max(20).optional(),
  fail_with: z.string().min(1).max(2000).optional(),
  turns: z
    .array(
      z.strictObject({
        speaker: z.string().regex(/^[A-Z]{1,2}$/),
        text: z.string().min(1).max(20_000),
        safety: z.array(z.strictObject({ label, confidence: unit, severity: unit.optional() })).optional(),
      }),
    )
    .min(1)
    .max(10_000),
})

const wordsScript = z.strictObject({
  id: z.string().min(1).max(200).optional(),
  title: z.string().max(500).optional(),
  language_code: z.string().min(2).max(20).optional(),
  fail_with: z.string().min(1).max(2000).optional(),
  words: z
    .array(
      z.strictObject({
        text: z.string().min(1).max(500),
        start: z.int().min(0),
        end: z.int().min(0),
        confidence: unit.optional(),
        speaker: z.string().regex(/^[A-Z]{1,2}$/).optional(),
      }),
    )
    .min(1)
    .max(200_000),
  pii: z
    .array(
      z.strictObject({
        policy: z.enum(PII_POLICIES),
        first_word: z.int().min(0),
        last_word: z.int().min(0),
        missed_by_upstream: z.boolean().optional(),
      }),
    )
    .optional(),
  safety: z
    .array(z.strictObject({ label, first_word: z.int().min(0), last_word: z.int().min(0), confidence: unit, severity: unit.optional() }))
    .optional(),
})

export const scriptRegistrationSchema = z
  .strictObject({
    sha256: z.string().regex(/^[0-9a-fA-F]{64}$/, 'sha256 must be 64 hex characters').optional(),
    audio_url: z.url().optional(),
    streaming: z.literal(true).optional(),
    script: z.union([turnsScript, wordsScript]),
  })
  .refine((b) => [b.sha256, b.audio_url, b.streaming].filter((v) => v !== undefined).length === 1, {
    message: 'give exactly one of sha256, audio_url or streaming: true',
  })

export type ScriptRegistration = z.infer<typeof scriptRegistrationSchema>

let counter = 0

/** Compiles the registered script; throws an Error with a readable message when it is inconsistent. */
export function buildRegisteredScript(body: ScriptRegistration): EmulatorScript {
  const s = body.script
  counter += 1
  const id = s.id ?? `registered-${counter}`
  const base = { id, title: s.title ?? id, ...(s.fail_with === undefined ? {} : { failWith: s.fail_with }) }
  if ('turns' in s) {
    return compileScript({
      ...base,
      ...(s.language_code === undefined ? {} : { languageCode: s.language_code }),
      turns: s.turns.map((t) => ({ speaker: t.speaker, text: t.text, ...(t.safety === undefined ? {} : { safety: t.safety }) })),
    })
  }
  const words = s.words.map((w, i) => {
    if (w.end < w.start) throw new Error(`script.words[${i}]: end is before start`)
    return { text: w.text, start: w.start, end: w.end, confidence: w.confidence ?? 0.95, speaker: w.speaker ?? 'A' }
  })
  const inRange = (first: number, last: number, where: string): void => {
    if (last < first || last >= words.length) throw new Error(`${where}: word range ${first}..${last} is outside the ${words.length} words`)
  }
  const pii = (s.pii ?? []).map((p, i) => {
    inRange(p.first_word, p.last_word, `script.pii[${i}]`)
    return { policy: p.policy, firstWord: p.first_word, lastWord: p.last_word, missedByUpstream: p.missed_by_upstream === true }
  })
  const safety = (s.safety ?? []).map((p, i) => {
    inRange(p.first_word, p.last_word, `script.safety[${i}]`)
    return { label: p.label, firstWord: p.first_word, lastWord: p.last_word, confidence: p.confidence, severity: p.severity ?? 0 }
  })
  return {
    ...base,
    languageCode: s.language_code ?? 'en_us',
    words,
    pii,
    safety,
    durationMs: words.reduce((m, w) => Math.max(m, w.end), 0),
  }
}
