/**
 * One proxied streaming session: relays audio and control messages from the browser to AssemblyAI,
 * and events back, with every `Turn` redacted on the way. Memory is bounded both ways: audio that
 * arrives before the upstream socket opens is capped, partial turns are dropped while the browser
 * lags, and a browser that stops reading is disconnected.
 *
 * @module
 */
import type { RawData, WebSocket } from 'ws'
import { CLOSE, closeReason, mapUpstreamClose, type CloseFrame } from './close-codes.js'
import type { TurnRedactor } from './turn-redactor.js'

const OPEN = 1
const CONNECTING = 0
const CONTROL_TYPES = new Set(['Terminate', 'ForceEndpoint', 'UpdateConfiguration', 'KeepAlive'])
/**
 * Upstream messages passed to the browser. Anything else (newer message types that may carry
 * transcript text the redactor does not know, such as LLM or speaker-revision results) is dropped:
 * fail closed. Error frames (`{"error": "..."}`) pass.
 */
const FORWARDED_TYPES = new Set(['Begin', 'Turn', 'Termination', 'SpeechStarted'])
const MAX_CONTROL_BYTES = 8192

export interface RelayLimits {
  /** Longest session (seconds). */
  readonly maxSessionSeconds: number
  /** Above this many unsent bytes to the browser, partial turns are dropped (default 256 KiB). */
  readonly highWaterBytes?: number
  /** Above this many, the browser is disconnected (default 1 MiB). */
  readonly hardLimitBytes?: number
  /** Audio held while the upstream socket opens (default 320,000 bytes: 10 s at 16 kHz). */
  readonly maxPendingAudioBytes?: number
}

export interface RelaySummary {
  readonly closeCode: number
  readonly closeReason: string
  readonly turns: number
  readonly piiFindings: number
  readonly droppedPartials: number
  readonly audioBytes: number
  /** Largest downstream backlog seen (bytes). */
  readonly maxBufferedBytes: number
}

export interface RelayOptions {
  readonly downstream: WebSocket
  /** Opens the upstream socket (URL, Authorization header and CA already applied). */
  readonly connectUpstream: () => WebSocket
  /** Undefined: turns pass unchanged (the policy turned streaming redaction off). */
  readonly redactTurn: TurnRedactor | undefined
  readonly limits: RelayLimits
  /** Called with the gateway's own time per turn (receive to send, redaction included), in ms. */
  readonly onTurnRelayed?: (ms: number) => void
  readonly onEnd?: (summary: RelaySummary) => void
  readonly setTimer?: (fn: () => void, ms: number) => { unref?: () => void }
  readonly clearTimer?: (handle: unknown) => void
}

export interface RelayHandle {
  /** Ends the session from the gateway's side (shutdown). */
  close(frame: CloseFrame): void
}

const byteLength = (data: RawData): number =>
  Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : data instanceof ArrayBuffer ? data.byteLength : data.length

export function startRelay(options: RelayOptions): RelayHandle {
  const { downstream, limits } = options
  const highWater = limits.highWaterBytes ?? 256 * 1024
  const hardLimit = limits.hardLimitBytes ?? 1024 * 1024
  const maxPending = limits.maxPendingAudioBytes ?? 320_000
  const setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms))
  const clearTimer = options.clearTimer ?? ((h) => clearTimeout(h as NodeJS.Timeout))
  const pending: { data: RawData | string; binary: boolean }[] = []
  let pendingBytes = 0
  let finished = false
  const stats = { turns: 0, piiFindings: 0, droppedPartials: 0, audioBytes: 0, maxBufferedBytes: 0 }

  const upstream = options.connectUpstream()
  const timer = setTimer(() => finish({ code: CLOSE.sessionLimit, reason: `Session limit reached: ${limits.maxSessionSeconds} s (policy)` }), limits.maxSessionSeconds * 1000)
  timer.unref?.()

  function finish(frame: CloseFrame): void {
    if (finished) return
    finished = true
    clearTimer(timer)
    pending.length = 0
    if (downstream.readyState === OPEN || downstream.readyState === CONNECTING) {
      downstream.close(frame.code, closeReason(frame.reason))
      // A browser that does not read would hold its backlog until ws's 30 s close timeout: cut it.
      setTimer(() => downstream.terminate(), 1000).unref?.()
    }
    if (upstream.readyState === OPEN) upstream.close(1000)
    else if (upstream.readyState === CONNECTING) upstream.terminate()
    options.onEnd?.({ closeCode: frame.code, closeReason: frame.reason, ...stats })
  }

  const sendUp = (data: RawData | string, binary: boolean): void => {
    if (upstream.bufferedAmount > hardLimit) return finish({ code: CLOSE.upstreamUnavailable, reason: 'Upstream is not keeping up; start a new session' })
    upstream.send(data, { binary })
  }

  downstream.on('message', (data, isBinary) => {
    if (finished) return
    if (isBinary) {
      stats.audioBytes += byteLength(data)
      if (upstream.readyState === OPEN) return sendUp(data, true)
      pendingBytes += byteLength(data)
      if (pendingBytes > maxPending) return finish({ code: CLOSE.upstreamUnavailable, reason: 'Upstream did not open in time' })
      pending.push({ data, binary: true })
      return
    }
    const text = data.toString()
    let message: unknown
    try {
      message = text.length <= MAX_CONTROL_BYTES ? JSON.parse(text) : undefined
    } catch {
      message = undefined
    }
    const type = message !== null && typeof message === 'object' ? (message as { type?: unknown }).type : undefined
    if (typeof type !== 'string' || !CONTROL_TYPES.has(type)) {
      return finish({ code: CLOSE.invalidMessage, reason: 'Invalid message: expected audio or Terminate, ForceEndpoint, UpdateConfiguration, KeepAlive' })
    }
    // Control messages are rare: hold them with the audio until the upstream socket is open.
    if (upstream.readyState === OPEN) sendUp(JSON.stringify(message), false)
    else pending.push({ data: JSON.stringify(message), binary: false })
  })
  downstream.on('close', () => finish({ code: CLOSE.normal, reason: 'Browser closed the session' }))
  downstream.on('error', () => finish({ code: CLOSE.normal, reason: 'Browser connection failed' }))

  upstream.on('open', () => {
    for (const chunk of pending.splice(0)) sendUp(chunk.data, chunk.binary)
    pendingBytes = 0
  })
  upstream.on('message', (data, isBinary) => {
    if (finished || isBinary) return
    const started = performance.now()
    let message: Record<string, unknown>
    try {
      const parsed: unknown = JSON.parse(data.toString())
      if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) return
      message = parsed as Record<string, unknown>
    } catch {
      return
    }
    const type = message['type']
    if (typeof type === 'string' ? !FORWARDED_TYPES.has(type) : typeof message['error'] !== 'string') return
    const isTurn = type === 'Turn'
    const buffered = downstream.bufferedAmount
    if (buffered > stats.maxBufferedBytes) stats.maxBufferedBytes = buffered
    if (buffered > hardLimit) return finish({ code: CLOSE.slowConsumer, reason: 'Client too slow: it did not read the transcript in time' })
    if (isTurn && message['end_of_turn'] !== true && buffered > highWater) {
      stats.droppedPartials += 1
      return
    }
    if (isTurn && options.redactTurn) {
      const redacted = options.redactTurn(message)
      message = redacted.message
      stats.piiFindings += redacted.findings
    }
    downstream.send(JSON.stringify(message))
    if (isTurn) {
      stats.turns += 1
      options.onTurnRelayed?.(performance.now() - started)
    }
  })
  upstream.on('unexpected-response', (_req, res) => {
    const status = res.statusCode ?? 0
    finish(status === 401 || status === 403 ? { code: CLOSE.upstreamRefused, reason: 'AssemblyAI refused the gateway (credentials or account); contact the operator' } : { code: CLOSE.upstreamUnavailable, reason: `Upstream refused the connection (HTTP ${status})` })
  })
  upstream.on('error', () => finish({ code: CLOSE.upstreamUnavailable, reason: 'Upstream connection failed' }))
  upstream.on('close', (code, reason) => finish(mapUpstreamClose(code, reason.toString())))

  return { close: finish }
}
