/**
 * One v3 streaming session on the emulator's WebSocket: authentication (temporary token in the
 * query, or the API key in `Authorization`), `Begin`, `Turn` messages from the script as audio
 * arrives (paced by the audio's duration, not the wall clock), `Termination` after `Terminate`, and
 * the close codes AssemblyAI documents (1008 unauthorised, 3006 bad message, 3008 session expired).
 *
 * @module
 */
import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { RawData, WebSocket } from 'ws'
import { isPiiPolicy } from '../../upstream/pii-policies.generated.js'
import type { EmulatorScript, ScriptWord } from '../scripts/script-types.js'
import { fingerprint } from './auth.js'
import type { EmulatorContext } from './emulator-context.js'
import { queryObject } from './request-log.js'
import { redactWord, type Substitution } from './redaction.js'

/** Silence after a turn's last word before the turn is declared ended. */
const END_OF_TURN_SILENCE_MS = 400

interface ScriptTurn {
  readonly first: number
  readonly last: number
}

function scriptTurns(script: EmulatorScript): ScriptTurn[] {
  const turns: ScriptTurn[] = []
  let first = 0
  script.words.forEach((w, i) => {
    const next = script.words[i + 1]
    if (next === undefined || next.speaker !== w.speaker) {
      turns.push({ first, last: i })
      first = i + 1
    }
  })
  return turns
}

const unformatted = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}'\s-]/gu, '')

interface Redaction {
  readonly policies: ReadonlySet<string>
  readonly substitution: Substitution
}

function parseRedaction(params: URLSearchParams): Redaction | undefined | string {
  if (params.get('redact_pii') !== 'true') return undefined
  let policies: unknown
  try {
    policies = JSON.parse(params.get('redact_pii_policies') ?? '[]')
  } catch {
    return 'redact_pii_policies must be a JSON array'
  }
  if (!Array.isArray(policies) || !policies.every(isPiiPolicy)) return 'redact_pii_policies must list known PII policies'
  const sub = params.get('redact_pii_sub') ?? 'hash'
  if (sub !== 'hash' && sub !== 'entity_name') return 'redact_pii_sub must be one of: entity_name, hash'
  return { policies: new Set(policies), substitution: sub }
}

export async function runStreamingSession(ctx: EmulatorContext, ws: WebSocket, req: IncomingMessage): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://emulator.invalid')
  const params = url.searchParams
  const loggedQuery = queryObject(params)
  if (typeof loggedQuery['token'] === 'string') loggedQuery['token'] = fingerprint(loggedQuery['token']) ?? ''
  ctx.log.add({
    at: new Date(ctx.now()).toISOString(),
    method: 'WS',
    path: url.pathname,
    query: loggedQuery,
    authorization: fingerprint(req.headers.authorization),
    body: null,
  }).status = 101

  // Buffer what arrives while we authenticate.
  const early: { data: RawData; isBinary: boolean }[] = []
  const buffer = (data: RawData, isBinary: boolean): void => {
    early.push({ data, isBinary })
  }
  ws.on('message', buffer)

  const token = params.get('token')
  let maxSessionSeconds = 10_800
  if (token !== null && token !== '') {
    const check = await ctx.tokens.consume(token)
    if (!check.ok) return ws.close(1008, `Unauthorized Connection: ${check.reason}`)
    maxSessionSeconds = check.maxSessionDurationSeconds
  } else if (req.headers.authorization === undefined) {
    return ws.close(1008, 'Unauthorized Connection: Missing Authorization header')
  } else if (!ctx.keyCheck(req.headers.authorization)) {
    return ws.close(1008, 'Unauthorized Connection: Invalid API key')
  }

  const sampleRate = Number(params.get('sample_rate') ?? '16000')
  const encoding = params.get('encoding') ?? 'pcm_s16le'
  if (!Number.isInteger(sampleRate) || sampleRate < 8000 || sampleRate > 48_000) {
    return ws.close(3006, 'Invalid Message: sample_rate must be an integer from 8000 to 48000')
  }
  if (encoding !== 'pcm_s16le' && encoding !== 'pcm_mulaw') {
    return ws.close(3006, 'Invalid Message: encoding must be pcm_s16le or pcm_mulaw')
  }
  const redaction = parseRedaction(params)
  if (typeof redaction === 'string') return ws.close(3006, `Invalid Message: ${redaction}`)
  const formatTurns = params.get('format_turns') === 'true'
  const bytesPerMs = (sampleRate * (encoding === 'pcm_s16le' ? 2 : 1)) / 1000

  const script = ctx.scripts.streamingScript()
  const turns = scriptTurns(script)
  const startedMs = ctx.now()
  const sessionId = randomUUID()
  let audioMs = 0
  let turnIndex = 0
  let emittedInTurn = 0
  let turnOrder = 0
  let closed = false

  const send = (message: Record<string, unknown>): void => {
    if (!closed) ws.send(JSON.stringify(message))
  }
  const close = (code: number, reason: string): void => {
    if (closed) return
    closed = true
    clearTimeout(expiry)
    ws.close(code, reason)
  }
  const expiry = setTimeout(() => close(3008, 'Session Expired: Maximum session duration exceeded'), maxSessionSeconds * 1000)
  ws.on('close', () => {
    closed = true
    clearTimeout(expiry)
  })

  // Like AssemblyAI's streaming PII redaction: final turns only; partials carry the raw words.
  const redacted = (i: number, w: ScriptWord): string => {
    if (redaction === undefined) return w.text
    const span = script.pii.find((s) => !s.missedByUpstream && redaction.policies.has(s.policy) && i >= s.firstWord && i <= s.lastWord)
    return span === undefined ? w.text : redactWord(w.text, span.policy, redaction.substitution)
  }
  const turnMessage = (turn: ScriptTurn, upTo: number, endOfTurn: boolean, formatted: boolean): Record<string, unknown> => {
    const words = script.words.slice(turn.first, upTo + 1).map((w, k) => {
      const text = endOfTurn ? redacted(turn.first + k, w) : w.text
      return { text: formatted ? text : unformatted(text), start: w.start, end: w.end, confidence: w.confidence, word_is_final: true }
    })
    const transcript = words.map((w) => w.text).join(' ')
    return {
      type: 'Turn',
      turn_order: turnOrder,
      turn_is_formatted: formatted,
      end_of_turn: endOfTurn,
      transcript,
      end_of_turn_confidence: endOfTurn ? 0.92 : 0.12,
      words,
      ...(endOfTurn ? { utterance: transcript } : {}),
    }
  }
  const endTurn = (turn: ScriptTurn, upTo: number): void => {
    send(turnMessage(turn, upTo, true, false))
    if (formatTurns) send(turnMessage(turn, upTo, true, true))
    turnOrder += 1
    turnIndex += 1
    emittedInTurn = 0
  }
  /** Emits what the audio received so far "contains". */
  const advance = (): void => {
    while (!closed) {
      const turn = turns[turnIndex]
      if (turn === undefined) return
      let heard = turn.first - 1
      while (heard < turn.last && (script.words[heard + 1]?.end ?? Infinity) <= audioMs) heard += 1
      const lastWord = script.words[turn.last]
      if (heard === turn.last && lastWord !== undefined && audioMs >= lastWord.end + END_OF_TURN_SILENCE_MS) {
        endTurn(turn, turn.last)
        continue
      }
      if (heard >= turn.first && heard - turn.first + 1 > emittedInTurn) {
        emittedInTurn = heard - turn.first + 1
        send(turnMessage(turn, heard, false, false))
      }
      return
    }
  }
  const sessionSeconds = (): number => Math.max((ctx.now() - startedMs) / 1000, audioMs / 1000)

  const onMessage = (data: RawData, isBinary: boolean): void => {
    if (closed) return
    if (isBinary) {
      const size = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data instanceof ArrayBuffer ? data.byteLength : data.length
      audioMs += size / bytesPerMs
      if (sessionSeconds() > maxSessionSeconds) return close(3008, 'Session Expired: Maximum session duration exceeded')
      advance()
      return
    }
    let message: unknown
    try {
      message = JSON.parse(data.toString())
    } catch (err) {
      return close(3006, `Invalid JSON: ${err instanceof Error ? err.message.slice(0, 80) : 'parse error'}`)
    }
    const type = message !== null && typeof message === 'object' ? (message as { type?: unknown }).type : undefined
    switch (type) {
      case 'Terminate': {
        const turn = turns[turnIndex]
        if (turn !== undefined && emittedInTurn > 0) endTurn(turn, turn.first + emittedInTurn - 1)
        send({
          type: 'Termination',
          audio_duration_seconds: Math.round(audioMs / 1000),
          session_duration_seconds: Math.round((ctx.now() - startedMs) / 1000),
        })
        return close(1000, 'Session terminated')
      }
      case 'ForceEndpoint': {
        const turn = turns[turnIndex]
        if (turn !== undefined && emittedInTurn > 0) endTurn(turn, turn.first + emittedInTurn - 1)
        return
      }
      case 'UpdateConfiguration':
      case 'KeepAlive':
        return
      default:
        return close(3006, `Invalid Message Type: ${typeof type === 'string' ? type.slice(0, 40) : 'missing type'}`)
    }
  }

  send({ type: 'Begin', id: sessionId, expires_at: Math.floor(startedMs / 1000) + maxSessionSeconds })
  ws.off('message', buffer)
  ws.on('message', onMessage)
  for (const m of early) onMessage(m.data, m.isBinary)
}
