/**
 * Turns the authoring form of a script (turns with `{{policy:words}}` markup) into timed words with
 * PII and content-safety spans. Timing is deterministic: a word lasts in proportion to its length,
 * words are 60 ms apart and turns 700 ms apart, so the same source always gives the same script.
 *
 * @module
 */
import { isContentSafetyLabel } from '../../upstream/content-safety-labels.js'
import { isPiiPolicy } from '../../upstream/pii-policies.generated.js'
import type { EmulatorScript, PiiSpan, SafetySpan, ScriptSource, ScriptWord } from './script-types.js'

const FIRST_WORD_AT_MS = 400
const WORD_GAP_MS = 60
const TURN_GAP_MS = 700

/** `{{policy:text}}` or `{{!policy:text}}`; the text may hold spaces and punctuation but no braces. */
const MARKUP = /\{\{(!?)([a-z_]+):([^{}]+)\}\}/g

export class ScriptSourceError extends Error {}

function wordDurationMs(text: string): number {
  return Math.min(900, 140 + 45 * text.replace(/[^\p{L}\p{N}]/gu, '').length)
}

/** A stable confidence in 0.80..0.99 per word position. */
function confidenceFor(index: number, text: string): number {
  let h = 2166136261
  for (const ch of `${index}:${text}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619)
  return Math.round((0.8 + ((h >>> 0) % 1900) / 10000) * 10000) / 10000
}

interface Piece {
  text: string
  policy?: string
  missed?: boolean
}

function splitMarkup(text: string, where: string): Piece[] {
  const pieces: Piece[] = []
  let last = 0
  for (const m of text.matchAll(MARKUP)) {
    const [whole, bang, policy, inner] = m
    if (m.index > last) pieces.push({ text: text.slice(last, m.index) })
    if (policy === undefined || inner === undefined) continue
    if (!isPiiPolicy(policy)) throw new ScriptSourceError(`${where}: unknown PII policy "${policy}"`)
    pieces.push({ text: inner, policy, missed: bang === '!' })
    last = m.index + whole.length
  }
  if (last < text.length) pieces.push({ text: text.slice(last) })
  if (/\{\{|\}\}/.test(pieces.filter((p) => p.policy === undefined).map((p) => p.text).join(' '))) {
    throw new ScriptSourceError(`${where}: malformed PII markup (expected {{policy:words}})`)
  }
  return pieces
}

export function compileScript(source: ScriptSource): EmulatorScript {
  const words: ScriptWord[] = []
  const pii: PiiSpan[] = []
  const safety: SafetySpan[] = []
  let clock = FIRST_WORD_AT_MS
  source.turns.forEach((turn, turnIndex) => {
    const where = `script ${source.id}, turn ${turnIndex + 1}`
    if (!/^[A-Z]{1,2}$/.test(turn.speaker)) throw new ScriptSourceError(`${where}: speaker must be "A", "B", ...`)
    const turnFirst = words.length
    let previousWasPii = false
    for (const piece of splitMarkup(turn.text, where)) {
      let text = piece.text
      // Punctuation written right after a PII span ("{{person_name:Ann Lee}}.") belongs to its last word.
      const attached = previousWasPii && piece.policy === undefined ? /^[^\s]+/.exec(text)?.[0] : undefined
      const previous = words[words.length - 1]
      if (attached !== undefined && previous !== undefined) {
        words[words.length - 1] = { ...previous, text: previous.text + attached }
        text = text.slice(attached.length)
      }
      previousWasPii = piece.policy !== undefined
      const tokens = text.split(/\s+/).filter((t) => t.length > 0)
      const first = words.length
      for (const token of tokens) {
        const start = clock
        const end = start + wordDurationMs(token)
        words.push({ text: token, start, end, confidence: confidenceFor(words.length, token), speaker: turn.speaker })
        clock = end + WORD_GAP_MS
      }
      if (piece.policy !== undefined && tokens.length > 0 && isPiiPolicy(piece.policy)) {
        pii.push({ policy: piece.policy, firstWord: first, lastWord: words.length - 1, missedByUpstream: piece.missed === true })
      }
    }
    if (words.length === turnFirst) throw new ScriptSourceError(`${where}: a turn needs at least one word`)
    for (const s of turn.safety ?? []) {
      if (!isContentSafetyLabel(s.label)) throw new ScriptSourceError(`${where}: unknown content-safety label "${String(s.label)}"`)
      safety.push({ label: s.label, confidence: s.confidence, severity: s.severity ?? 0, firstWord: turnFirst, lastWord: words.length - 1 })
    }
    clock += TURN_GAP_MS - WORD_GAP_MS
  })
  if (words.length === 0) throw new ScriptSourceError(`script ${source.id}: no words`)
  const last = words[words.length - 1]
  return {
    id: source.id,
    title: source.title,
    languageCode: source.languageCode ?? 'en_us',
    words,
    pii,
    safety,
    durationMs: last === undefined ? 0 : last.end,
    ...(source.failWith === undefined ? {} : { failWith: source.failWith }),
  }
}
