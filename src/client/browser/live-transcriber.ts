/**
 * `createLiveTranscriber`: microphone to live turns through voxguard, in one of two modes.
 * - `direct`: the gateway issues a temporary AssemblyAI token; the browser streams to AssemblyAI.
 * - `proxied`: the gateway issues a one-time ticket; the browser streams to the gateway, which
 *   relays to AssemblyAI and removes PII from every turn before the browser sees it.
 * Either way the AssemblyAI key stays on the server. Reconnection is explicit: call `start()` again,
 * which always asks for a new token or ticket (both are single use).
 *
 * @module
 */
import { openDirectSession } from './direct-session.js'
import { requestGrant, type FetchLike, type TicketGrant, type TokenGrant } from './gateway-grant.js'
import { startMicrophone, type Microphone } from './microphone.js'
import { openProxiedSession } from './proxied-session.js'
import type { LiveSession, SessionParams, TurnEvent } from './session-types.js'
import { LiveTranscriberError } from './transcriber-errors.js'

export type LiveTranscriberMode = 'direct' | 'proxied'
export type LiveTranscriberState = 'idle' | 'starting' | 'live' | 'stopping'

export interface LiveTranscriberOptions {
  /** The gateway's base URL, e.g. `https://voice-gateway.example.com`. */
  readonly gatewayUrl: string
  /** The `Authorization` header value for the gateway, e.g. `Bearer <user JWT>`; called per session. */
  readonly getAuth: () => string | Promise<string>
  readonly mode: LiveTranscriberMode
  readonly onTurn: (turn: TurnEvent) => void
  readonly onError?: (error: LiveTranscriberError) => void
  readonly onStateChange?: (state: LiveTranscriberState) => void
  /** Default `universal-streaming-english`. */
  readonly speechModel?: string
  /** Ask for formatted final turns (default true). */
  readonly formatTurns?: boolean
  /** Audio source (default: the microphone through getUserMedia). */
  readonly getStream?: () => Promise<MediaStream>
  readonly workletUrl?: string
  readonly fetch?: FetchLike
}

export interface LiveTranscriber {
  /** Asks for a new token/ticket, opens the microphone and the session; rejects with a LiveTranscriberError. */
  start(): Promise<void>
  /** Ends the session (final turns still arrive) and releases the microphone. */
  stop(): Promise<void>
  readonly state: LiveTranscriberState
  readonly mode: LiveTranscriberMode
}

export function createLiveTranscriber(options: LiveTranscriberOptions): LiveTranscriber {
  if (options.mode !== 'direct' && options.mode !== 'proxied') throw new TypeError('mode must be "direct" or "proxied"')
  let state: LiveTranscriberState = 'idle'
  let microphone: Microphone | undefined
  let session: LiveSession | undefined
  /** stop() called while starting: stop as soon as the session is live. */
  let stopWhenLive = false
  const params: SessionParams = { sampleRate: 16_000, speechModel: options.speechModel ?? 'universal-streaming-english', formatTurns: options.formatTurns ?? true }

  const setState = (next: LiveTranscriberState): void => {
    state = next
    options.onStateChange?.(next)
  }
  const release = async (): Promise<void> => {
    const mic = microphone
    microphone = undefined
    session = undefined
    await mic?.stop().catch(() => undefined)
  }
  const onClosed = (error: LiveTranscriberError | undefined): void => {
    if (state !== 'live') return
    void release().then(() => {
      setState('idle')
      if (error) options.onError?.(error)
    })
  }

  const transcriber: LiveTranscriber = {
    get state() {
      return state
    },
    mode: options.mode,
    async start() {
      if (state !== 'idle') throw new LiveTranscriberError('protocol', `cannot start while ${state}`)
      setState('starting')
      stopWhenLive = false
      try {
        // The microphone first: a permission prompt must not eat into the token's short lifetime.
        const pending: ArrayBuffer[] = []
        microphone = await startMicrophone({
          onFrame: (pcm) => (session ? session.sendAudio(pcm) : pending.length < 20 && pending.push(pcm)),
          ...(options.getStream ? { getStream: options.getStream } : {}),
          ...(options.workletUrl ? { workletUrl: options.workletUrl } : {}),
        }).catch((error: unknown) => {
          throw new LiveTranscriberError('microphone', `microphone unavailable: ${(error as Error).message}`, { cause: error })
        })
        const authorization = await options.getAuth()
        const handlers = { onTurn: options.onTurn, onClosed }
        session =
          options.mode === 'direct'
            ? await openDirectSession(await requestGrant<TokenGrant>(options.gatewayUrl, 'token', authorization, options.fetch), params, handlers)
            : await openProxiedSession(await requestGrant<TicketGrant>(options.gatewayUrl, 'ticket', authorization, options.fetch), params, handlers)
        for (const pcm of pending.splice(0)) session.sendAudio(pcm)
        setState('live')
        if (stopWhenLive) await transcriber.stop()
      } catch (error) {
        await release()
        setState('idle')
        const typed = error instanceof LiveTranscriberError ? error : new LiveTranscriberError('network', (error as Error).message, { cause: error })
        options.onError?.(typed)
        throw typed
      }
    },
    async stop() {
      if (state === 'starting') stopWhenLive = true
      if (state !== 'live') return
      setState('stopping')
      const current = session
      await current?.terminate().catch(() => undefined)
      await release()
      setState('idle')
    },
  }
  return transcriber
}
