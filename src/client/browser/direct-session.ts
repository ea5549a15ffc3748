/**
 * Direct mode: the browser talks to AssemblyAI's v3 WebSocket itself with a temporary token, using
 * the official SDK's `StreamingTranscriber` (token + `websocketBaseUrl` from the gateway's grant).
 * The SDK's connection retries are turned off: a token is single use, so a retry after a timeout
 * would present an already used token.
 *
 * @module
 */
import { StreamingTranscriber, type StreamingSpeechModel } from 'assemblyai/streaming'
import type { TokenGrant } from './gateway-grant.js'
import type { LiveSession, SessionHandlers, SessionParams, TurnEvent } from './session-types.js'
import { errorForClose, LiveTranscriberError } from './transcriber-errors.js'

export async function openDirectSession(grant: TokenGrant, params: SessionParams, handlers: SessionHandlers): Promise<LiveSession> {
  let terminating = false
  let transcriber: StreamingTranscriber
  try {
    transcriber = new StreamingTranscriber({
      token: grant.token,
      websocketBaseUrl: grant.websocket_url,
      sampleRate: params.sampleRate,
      speechModel: params.speechModel as StreamingSpeechModel,
      formatTurns: params.formatTurns,
      maxConnectionRetries: 0,
      connectTimeout: 10_000,
    })
  } catch (error) {
    throw new LiveTranscriberError('protocol', `cannot use the streaming URL from the gateway: ${(error as Error).message}`, { cause: error })
  }
  transcriber.on('turn', (turn) => handlers.onTurn(turn as unknown as TurnEvent))
  transcriber.on('error', (error: Error) => {
    if (!terminating) handlers.onClosed(new LiveTranscriberError('network', error.message || 'streaming error', { cause: error }))
  })
  transcriber.on('close', (code: number, reason: string) => handlers.onClosed(terminating ? undefined : errorForClose(code, reason)))
  try {
    await transcriber.connect()
  } catch (error) {
    const code = (error as { code?: unknown }).code
    const mapped = typeof code === 'number' ? errorForClose(code, (error as Error).message) : undefined
    throw mapped ?? new LiveTranscriberError('network', `could not connect to AssemblyAI: ${(error as Error).message || 'connection failed'}`, { cause: error })
  }
  return {
    sendAudio: (pcm) => transcriber.sendAudio(pcm),
    async terminate() {
      terminating = true
      await Promise.race([transcriber.close(true), new Promise((r) => setTimeout(r, 5000))])
    },
  }
}
