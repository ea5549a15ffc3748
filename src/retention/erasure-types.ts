/**
 * The retention capability's public types: what it needs from AssemblyAI, what it returns.
 *
 * @module
 */

/** Why something is erased; recorded in the ledger. */
export type ErasureReason = 'owner_request' | 'retention' | 'admin' | 'gdpr_erasure'

export interface ErasureContext {
  /** Who asked: `client:<name>`, `user:<sub>` (stored as an HMAC), `system:retention`, `cli:<command>`. */
  actor: string
  reason: ErasureReason
}

/** The transcript is erased: deleted at AssemblyAI (or already gone), purged locally, in the ledger. */
export interface ErasedReceipt {
  id: string
  upstream: 'deleted' | 'already_deleted'
  local: 'purged'
  deleted_at: string
  /** Where the erasure is recorded in the deletion ledger. */
  ledger: { seq: number; entry_hash: string }
}

/**
 * The erasure is accepted and recorded, but AssemblyAI is still queueing or processing the
 * transcript and cannot delete it yet. From now on the owner cannot read it and the application is
 * sent nothing more about it; it is erased (and entered in the ledger) as soon as it finishes.
 */
export interface PendingErasureReceipt {
  id: string
  upstream: 'pending_completion'
  local: 'withheld'
  requested_at: string
  deleted_at: null
  ledger: null
  /** When the engine checks again at the latest (the completion webhook may come sooner). */
  next_check_at: string
  /** If AssemblyAI has not finished by then, the erasure fails and is reported. */
  gives_up_at: string
}

export type ErasureReceipt = ErasedReceipt | PendingErasureReceipt

/** What a GET of a transcript tells the engine (a subset of AssemblyAI's transcript object). */
export interface UpstreamTranscriptState {
  id?: string
  status?: string
  audio_url?: string | null
  text?: string | null
}

export interface UpstreamListItem {
  id: string
  status: string
  /** Naive UTC timestamp (`2024-03-11T21:29:59.936851`). */
  created: string
  audio_url: string | null
}

export interface UpstreamListPage {
  page_details: { prev_url: string | null }
  transcripts: readonly UpstreamListItem[]
}

/**
 * The three AssemblyAI calls the engine makes; the upstream client satisfies it. Give the engine a
 * client without its own retries (`maxRetries: 0`): the engine retries, backs off and rate-limits
 * itself, and a client-side retry would bypass its request budget.
 */
export interface ErasureUpstream {
  deleteTranscript(id: string): Promise<unknown>
  getTranscript(id: string): Promise<UpstreamTranscriptState>
  /** First page with params, older pages by `prev_url`. */
  listTranscripts(params?: { limit?: number } | string): Promise<UpstreamListPage>
}

export interface SweepOptions {
  /** List what would be erased; change nothing. */
  dryRun?: boolean
  /** Erase transcripts created more than this many days ago (instead of each row's `delete_after`). */
  olderThanDays?: number | undefined
  /** Also page the whole AssemblyAI list and erase transcripts the gateway does not track. */
  includeUntracked?: boolean | undefined
  /** Retention for untracked transcripts when `olderThanDays` is not given (the policy's days). */
  retentionDays?: number | undefined
  actor?: string
  onProgress?: (progress: SweepProgress) => void
  /** Wait this long for another sweep to finish before giving up (default 0: fail at once). */
  waitForLockMs?: number
}

export interface SweepProgress {
  phase: 'listing' | 'erasing' | 'done'
  /** Jobs finished (recorded or failed) in this sweep, or pages listed. */
  done: number
  total: number
}

export interface SweepFailure {
  id: string
  reason: string
}

export interface SweepSummary {
  dryRun: boolean
  /** Transcripts that were due in this sweep (new and resumed). */
  due: number
  deleted: number
  alreadyGone: number
  failed: number
  /** The first 1,000 failures. */
  failures: SweepFailure[]
  /** Jobs still open at the end (held by another instance, or a retry not due yet). */
  pending: number
  /** Erasures waiting for AssemblyAI to finish the transcript (checked again by later runs). */
  awaitingCompletion: number
  /** Unused uploads past AssemblyAI's 24 h lifetime whose local record was removed (dry run: would be). */
  expiredUploads: number
  untracked: { listed: number; due: number } | undefined
  /** Dry run: the ids that would be erased. */
  wouldErase: string[] | undefined
  ledger: { head: number; checkpoint: number | undefined } | undefined
  /** Upstream requests sent by this sweep and how long the erasing phase took. */
  stats: { requests: number; erasingMs: number }
}

export interface OwnerErasureSummary {
  owner_ref: string
  request: string
  total: number
  deleted: number
  alreadyGone: number
  /** Accepted, waiting for AssemblyAI to finish the transcript (erased as soon as it does). */
  pendingCompletion: number
  /** Unused uploads whose local record was removed (AssemblyAI deletes them 24 h after upload). */
  uploads: number
  failed: number
  failures: SweepFailure[]
  ledger: { seq: number; entry_hash: string }
}

export interface EngineLogger {
  info(obj: object, msg?: string): void
  warn(obj: object, msg?: string): void
  error(obj: object, msg?: string): void
}
