/**
 * Everything the emulator's handlers share: state, clock, randomness and configuration.
 *
 * @module
 */
import type { ScriptRegistry } from '../scripts/script-registry.js'
import type { KeyCheck } from './auth.js'
import type { FaultPlan } from './faults.js'
import type { RedactedAudioSigner } from './redacted-audio.js'
import type { RequestLog } from './request-log.js'
import type { SpecValidators } from './spec-validator.js'
import type { StreamingTokens } from './streaming-tokens.js'
import type { TranscriptStore } from './transcript-store.js'
import type { UploadStore } from './upload-store.js'
import type { WebhookDispatcher } from './webhooks.js'

export interface EmulatorContext {
  readonly now: () => number
  readonly random: () => number
  /** `http://host:port` of the REST server, known once it listens. */
  restUrl: string
  readonly store: TranscriptStore
  readonly uploads: UploadStore
  readonly scripts: ScriptRegistry
  readonly log: RequestLog
  faults: FaultPlan
  readonly keyCheck: KeyCheck
  readonly validators: SpecValidators
  readonly processingDelayMs: number
  readonly webhooks: WebhookDispatcher
  readonly tokens: StreamingTokens
  readonly redactedAudio: RedactedAudioSigner
  readonly maxJsonBodyBytes: number
  /** Requests held by a `hang` fault, released on close. */
  readonly hanging: Set<import('node:http').ServerResponse>
}
