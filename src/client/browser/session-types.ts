/**
 * What a live session looks like to the transcriber, whichever way it connects.
 *
 * @module
 */
import type { LiveTranscriberError } from './transcriber-errors.js'

/** A v3 `Turn` (in proxied mode, with PII already replaced by the gateway). */
export interface TurnEvent {
  readonly type: 'Turn'
  readonly turn_order: number
  readonly end_of_turn: boolean
  readonly turn_is_formatted: boolean
  readonly transcript: string
  readonly utterance?: string
  readonly end_of_turn_confidence: number
  readonly words: ReadonlyArray<{ text: string; start: number; end: number; confidence: number; word_is_final: boolean }>
}

export interface SessionParams {
  readonly sampleRate: number
  readonly speechModel: string
  readonly formatTurns: boolean
}

export interface SessionHandlers {
  readonly onTurn: (turn: TurnEvent) => void
  /** The session ended without being asked to (error set), or after Terminate (undefined). */
  readonly onClosed: (error: LiveTranscriberError | undefined) => void
}

export interface LiveSession {
  sendAudio(pcm: ArrayBuffer): void
  /** Sends Terminate and waits (bounded) for the final turns and the close. */
  terminate(): Promise<void>
}
