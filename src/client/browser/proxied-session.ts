/**
 * Proxied mode: the browser talks to the gateway's WebSocket (`/v1/streaming/ws?ticket=...`), which
 * relays to AssemblyAI and removes PII from every turn. A plain WebSocket speaking the v3 protocol:
 * the SDK's `StreamingTranscriber` does not fit here, because it only accepts `wss:` URLs (a
 * gateway in development listens on plain http) and authenticates with `token=`, not a ticket.
 *
 * @module
 */
import type { TicketGrant } from './gateway-grant.js'
import type { LiveSession, SessionHandlers, SessionParams, TurnEvent } from './session-types.js'
import { errorForClose, LiveTranscriberError } from './transcriber-errors.js'

const BEGIN_TIMEOUT_MS = 10_000

export function openProxiedSession(grant: TicketGrant, params: SessionParams, handlers: SessionHandlers): Promise<LiveSession> {
  const url = new URL(grant.websocket_url)
  url.searchParams.set('ticket', grant.ticket)
  url.searchParams.set('sample_rate', String(params.sampleRate))
  url.searchParams.set('speech_model', params.speechModel)
  if (params.formatTurns) url.searchParams.set('format_turns', 'true')
  const socket = new WebSocket(url)
  socket.binaryType = 'arraybuffer'
  let began = false
  let terminating = false
  let closedResolve: () => void = () => undefined
  const closed = new Promise<void>((resolve) => (closedResolve = resolve))

  return new Promise<LiveSession>((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.close()
      reject(new LiveTranscriberError('network', 'the gateway did not start the session in time'))
    }, BEGIN_TIMEOUT_MS)
    socket.onmessage = (event: MessageEvent) => {
      if (typeof event.data !== 'string') return
      let message: { type?: unknown }
      try {
        message = JSON.parse(event.data) as { type?: unknown }
      } catch {
        return
      }
      if (message.type === 'Begin' && !began) {
        began = true
        clearTimeout(timer)
        resolve(session)
      } else if (message.type === 'Turn') {
        handlers.onTurn(message as TurnEvent)
      }
    }
    socket.onclose = (event: CloseEvent) => {
      clearTimeout(timer)
      closedResolve()
      const error = errorForClose(event.code, event.reason)
      if (!began) {
        reject(error ?? new LiveTranscriberError('network', 'the gateway closed the connection before the session began', { code: event.code }))
        return
      }
      handlers.onClosed(terminating ? undefined : (error ?? undefined))
    }
    const session: LiveSession = {
      sendAudio(pcm) {
        if (socket.readyState === WebSocket.OPEN) socket.send(pcm)
      },
      async terminate() {
        terminating = true
        if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify({ type: 'Terminate' }))
        await Promise.race([closed, new Promise((r) => setTimeout(r, 5000))])
        if (socket.readyState !== WebSocket.CLOSED) socket.close()
      },
    }
  })
}
