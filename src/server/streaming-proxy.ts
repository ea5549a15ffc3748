/**
 * The redacting streaming proxy's WebSocket endpoint, `GET /v1/streaming/ws?ticket=...`, on the
 * gateway's node http server (the `ws` package). The upgrade burns the one-time ticket, checks the
 * browser's Origin against the ticket's principal, opens AssemblyAI's v3 WebSocket with the API key
 * in `Authorization` (server-side only), and relays with redaction (src/streaming).
 *
 * @module
 */
import { readFileSync } from 'node:fs'
import type { IncomingMessage, Server } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocket, WebSocketServer } from 'ws'
import { ConfigError } from '../errors.js'
import type { Logger } from '../log/create-logger.js'
import { buildUpstreamUrl, CLOSE, startRelay, type RelayHandle, type RelayLimits, type RelaySummary, type TicketStore, type TurnRedactor } from '../streaming/index.js'

export const STREAMING_WS_PATH = '/v1/streaming/ws'

export interface StreamingProxyOptions {
  readonly tickets: TicketStore
  /** AssemblyAI's v3 WebSocket URL (wss://). */
  readonly upstreamUrl: string
  /** The current API key (rotations apply to new sessions). */
  readonly apiKey: () => string | undefined
  /** Extra CA (PEM) trusted for the upstream socket: the local emulator's. */
  readonly upstreamCa?: string | undefined
  readonly redactTurn: TurnRedactor | undefined
  readonly logger: Logger
  /** Backpressure limits (the session length comes from each ticket). */
  readonly limits?: Omit<RelayLimits, 'maxSessionSeconds'>
  /** Concurrent proxied sessions on this gateway (default 1000). */
  readonly maxSessions?: number
  /** Observes the gateway's own time per turn (ms): metrics and the bench. */
  readonly onTurnRelayed?: (ms: number) => void
  readonly onSessionEnd?: (summary: RelaySummary & { principalId: string }) => void
  /** A connection refused before any relay (close code sent). */
  readonly onRefused?: (code: number) => void
}

export interface StreamingProxy {
  /** Handles an upgrade request for STREAMING_WS_PATH; returns false for other paths. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): boolean
  /** Listens for upgrades on the gateway's http server. */
  attach(server: Pick<Server, 'on' | 'listenerCount'>): void
  activeSessions(): number
  /** Ends every session (close code 1001) and stops accepting new ones. */
  close(): Promise<void>
}

const MAX_AUDIO_FRAME_BYTES = 256 * 1024

/** Reads the extra upstream CA (PEM) named by `ASSEMBLYAI_STREAMING_CA_FILE`; a clear error when unreadable. */
export function loadStreamingCa(path: string | undefined): string | undefined {
  if (path === undefined) return undefined
  try {
    return readFileSync(path, 'utf8')
  } catch (error) {
    throw new ConfigError([{ path: 'ASSEMBLYAI_STREAMING_CA_FILE', message: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})` }], { cause: error })
  }
}

export function createStreamingProxy(options: StreamingProxyOptions): StreamingProxy {
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_AUDIO_FRAME_BYTES, perMessageDeflate: false })
  const sessions = new Set<RelayHandle>()
  /** Upgraded sockets, including those still in the handshake: none may hold the server open. */
  const sockets = new Set<Duplex>()
  const maxSessions = options.maxSessions ?? 1000
  let closed = false

  const refuse = (ws: WebSocket, code: number, reason: string, details: Record<string, unknown>): void => {
    options.logger.info({ event: 'streaming.refused', code, ...details }, 'streaming session refused')
    options.onRefused?.(code)
    ws.close(code, reason)
  }

  let warm = false
  const onConnection = (ws: WebSocket, req: IncomingMessage): void => {
    if (!warm && options.redactTurn) {
      // The PII engine loads its dictionaries on first use (about a second): not on a live turn.
      warm = true
      const redactTurn = options.redactTurn
      setImmediate(() => redactTurn({ type: 'Turn', transcript: 'warm up for Anna Smith at 555 0100', words: [] }))
    }
    const url = new URL(req.url ?? '/', 'http://gateway.invalid')
    const check = options.tickets.consume(url.searchParams.get('ticket'))
    if (!check.ok) {
      const text = check.reason === 'missing' ? 'a ticket is required (POST /v1/streaming/ticket)' : `ticket ${check.reason === 'used' ? 'already used' : check.reason === 'malformed' ? 'malformed' : 'unknown or expired'}`
      return refuse(ws, CLOSE.unauthorized, `Unauthorized: ${text}`, { reason: check.reason })
    }
    const { grant } = check
    const origin = req.headers.origin
    if (origin !== undefined && origin !== grant.issuedToOrigin && !grant.origins.includes(origin)) {
      return refuse(ws, CLOSE.unauthorized, 'Unauthorized: this origin may not use the ticket', { principal: grant.principalId, origin })
    }
    if (closed) return refuse(ws, CLOSE.goingAway, 'Gateway shutting down', { principal: grant.principalId })
    if (sessions.size >= maxSessions) return refuse(ws, CLOSE.tooManySessions, 'Too many streaming sessions on this gateway; try again later', { principal: grant.principalId })
    const target = buildUpstreamUrl(options.upstreamUrl, url.searchParams)
    if (!target.ok) return refuse(ws, CLOSE.invalidMessage, target.reason, { principal: grant.principalId })
    const key = options.apiKey()
    if (!key) return refuse(ws, CLOSE.upstreamRefused, 'The gateway has no AssemblyAI key configured', { principal: grant.principalId })

    const startedAt = Date.now()
    options.logger.info({ event: 'streaming.started', principal: grant.principalId, maxSessionSeconds: grant.maxSessionSeconds }, 'streaming session started')
    const handle = startRelay({
      downstream: ws,
      connectUpstream: () =>
        new WebSocket(target.url, {
          headers: { authorization: key },
          handshakeTimeout: 10_000,
          maxPayload: 4 * 1024 * 1024,
          perMessageDeflate: false,
          ...(options.upstreamCa ? { ca: options.upstreamCa } : {}),
        }),
      redactTurn: options.redactTurn,
      limits: { ...options.limits, maxSessionSeconds: grant.maxSessionSeconds },
      ...(options.onTurnRelayed ? { onTurnRelayed: options.onTurnRelayed } : {}),
      onEnd: (summary) => {
        sessions.delete(handle)
        options.logger.info(
          { event: 'streaming.ended', principal: grant.principalId, ms: Date.now() - startedAt, code: summary.closeCode, reason: summary.closeReason, turns: summary.turns, piiFindings: summary.piiFindings, droppedPartials: summary.droppedPartials, audioBytes: summary.audioBytes },
          'streaming session ended',
        )
        options.onSessionEnd?.({ ...summary, principalId: grant.principalId })
      },
    })
    sessions.add(handle)
  }

  const handleUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): boolean => {
    const path = (req.url ?? '').split('?')[0]
    if (path !== STREAMING_WS_PATH) return false
    socket.on('error', () => socket.destroy())
    sockets.add(socket)
    socket.once('close', () => sockets.delete(socket))
    wss.handleUpgrade(req, socket, head, (ws) => onConnection(ws, req))
    return true
  }

  return {
    handleUpgrade,
    attach(server) {
      server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
        if (handleUpgrade(req, socket, head)) return
        // Nobody else handles upgrades on this server: answer instead of leaving the socket hanging.
        if (server.listenerCount('upgrade') === 1) socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')
      })
    },
    activeSessions: () => sessions.size,
    async close() {
      closed = true
      for (const session of [...sessions]) session.close({ code: CLOSE.goingAway, reason: 'Gateway shutting down' })
      for (const client of wss.clients) client.terminate()
      for (const socket of sockets) socket.destroy()
      await new Promise<void>((resolve) => wss.close(() => resolve()))
    },
  }
}
