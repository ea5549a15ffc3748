/**
 * Everything the gateway's routes need, injected: the routes hold no state of their own, so the
 * standalone server, tests and embedders (Next.js, Express) build the same thing.
 *
 * @module
 */
import type { Authenticator } from '../auth/index.js'
import type { Policy } from '../policy/index.js'
import type { AuditEventsRepository, ClientsRepository, TranscriptsRepository, UploadsRepository } from '../store/index.js'
import type { StreamingTokenUpstream } from '../tokens/index.js'
import type { ResidualScanner, SubmitUpstream, UpstreamTranscriptView } from '../transcripts/index.js'
import type { AuditRecorder } from './audit-recorder.js'
import type { RateLimiters } from './middleware/rate-limit.js'

/** The AssemblyAI calls the gateway makes (the upstream client satisfies this). */
export interface GatewayUpstream extends StreamingTokenUpstream, SubmitUpstream {
  uploadFile(body: ReadableStream<Uint8Array>, options?: { signal?: AbortSignal }): Promise<{ upload_url: string }>
  getTranscript(id: string): Promise<UpstreamTranscriptView>
  /** The same answer as JSON text (parsed on the scan threads). */
  getTranscriptText?(id: string): Promise<string>
  getRedactedAudio(id: string): Promise<{ status: string; redacted_audio_url: string }>
}

export type ErasureReceipt =
  | { id: string; upstream: 'deleted' | 'already_deleted'; local: 'purged'; deleted_at: string; ledger?: { seq: number; entry_hash: string } }
  /** Accepted; AssemblyAI is still processing the transcript, which is erased as soon as it finishes. */
  | { id: string; upstream: 'pending_completion'; local: 'withheld'; requested_at: string; deleted_at: null; ledger: null; next_check_at: string; gives_up_at: string }

/** The erasure engine (retention capability). */
export interface TranscriptEraser {
  eraseTranscript(id: string, ctx: { actor: string; reason: 'owner_request' | 'retention' | 'admin' | 'gdpr_erasure' }): Promise<ErasureReceipt>
  /** The keyed pseudonym an owner is stored under after erasure. */
  ownerRef(owner: string): string
  /** Erases everything one owner has (GDPR Art. 17). */
  eraseOwner(owner: string, ctx: { actor: string; reason: 'gdpr_erasure' | 'admin' }): Promise<{ owner_ref: string; total: number; deleted: number; alreadyGone: number; failed: number }>
}

export interface GatewayServices {
  readonly policy: Policy
  readonly upstream: GatewayUpstream
  readonly authenticator: Authenticator
  readonly limiters: RateLimiters
  readonly clients: ClientsRepository
  readonly transcripts: TranscriptsRepository
  /** The uploads the gateway made (hash of the URL, owner, time), for retention and erasure. */
  readonly uploads: UploadsRepository
  readonly auditEvents: AuditEventsRepository
  readonly eraser: TranscriptEraser
  readonly audit: AuditRecorder
  readonly residualScanner: ResidualScanner | undefined
  /** Where browsers connect with a streaming token (AssemblyAI's v3 WebSocket). */
  readonly streamingWebsocketUrl: string
  /** Absolute URL AssemblyAI calls back (VOXGUARD_PUBLIC_URL, else the listening address). */
  readonly webhookUrl: () => string
  /** Origins end users (JWT principals) may call from. */
  readonly userOrigins: readonly string[]
  /** Client names allowed to call the admin endpoints. */
  readonly adminClients: readonly string[]
  /** Queues an event for the application's webhook (no-op when none is configured). */
  readonly emitEvent: (type: 'transcript.deleted', data: Record<string, unknown>) => Promise<void>
  readonly bodyLimitBytes: number
  readonly uploadLimitBytes: number
  readonly trustedProxyHeader: string | undefined
  /** Fetches the pre-signed redacted-audio URL (no AssemblyAI credentials are sent). */
  readonly fetchAudio: typeof fetch
  readonly now: () => Date
}
