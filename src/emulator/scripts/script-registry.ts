/**
 * Which script a given audio gets: one registered for its sha256 or its audio_url, else a built-in
 * one picked deterministically from the audio's hash.
 *
 * @module
 */
import { BUILTIN_SCRIPTS } from './builtin-scripts.js'
import type { EmulatorScript } from './script-types.js'

export interface AudioIdentity {
  /** Hex sha256 of the audio bytes (uploads) or of the audio_url (remote audio the emulator never fetches). */
  readonly sha256: string
  readonly audioUrl: string
}

export class ScriptRegistry {
  readonly #bySha = new Map<string, EmulatorScript>()
  readonly #byUrl = new Map<string, EmulatorScript>()
  #streaming: EmulatorScript | undefined

  registerForSha256(sha256: string, script: EmulatorScript): void {
    this.#bySha.set(sha256.toLowerCase(), script)
  }

  registerForAudioUrl(audioUrl: string, script: EmulatorScript): void {
    this.#byUrl.set(audioUrl, script)
  }

  /** The script streaming sessions play from now on (`undefined` restores the default). */
  setStreaming(script: EmulatorScript | undefined): void {
    this.#streaming = script
  }

  /** `registered` is false when the script came from the built-in pick (its timing may be rescaled). */
  resolve(audio: AudioIdentity): { script: EmulatorScript; registered: boolean } {
    const registered = this.#bySha.get(audio.sha256) ?? this.#byUrl.get(audio.audioUrl)
    if (registered !== undefined) return { script: registered, registered: true }
    return { script: pickBuiltinScript(audio.sha256), registered: false }
  }

  streamingScript(): EmulatorScript {
    return this.#streaming ?? pickBuiltinScript('0')
  }
}

/** Deterministic: the same hash always picks the same built-in script. */
export function pickBuiltinScript(sha256Hex: string): EmulatorScript {
  const n = Number.parseInt(sha256Hex.slice(0, 8), 16)
  const index = Number.isFinite(n) ? n % BUILTIN_SCRIPTS.length : 0
  const script = BUILTIN_SCRIPTS[index] ?? BUILTIN_SCRIPTS[0]
  if (script === undefined) throw new Error('the built-in script library is empty')
  return script
}
