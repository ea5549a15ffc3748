/**
 * The tables of the voxguard store, as Kysely sees them. Times are ISO-8601 UTC strings
 * (`Date#toISOString`), which sort correctly as text on both SQLite and PostgreSQL.
 *
 * Data minimisation: no table holds transcript text, words, audio, raw client keys, raw tokens or
 * raw webhook secrets; only ids, owners, times, verdicts and hashes.
 *
 * @module
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely'

export interface ClientsTable {
  id: string
  name: string
  /** SHA-256 (hex) of the full client key; the key itself is shown once and never stored. */
  key_hash: string
  /** The first characters of the key (`vgk_ab12`), so an operator can tell keys apart. */
  key_prefix: string
  /** JSON array of allowed browser origins. */
  origins: string
  max_token_ttl_seconds: number | null
  rate_per_minute: number | null
  created_at: string
  revoked_at: string | null
}

export interface TranscriptsTable {
  /** AssemblyAI's transcript id. */
  id: string
  /** The principal that owns it (`client:<name>` or `user:<sub>`). */
  owner: string
  created_at: string
  delete_after: string
  status: string
  /** SHA-256 (hex) of this transcript's webhook secret. */
  webhook_secret_hash: string | null
  /** JSON: the policy values applied when it was submitted. */
  policy: string
  /** JSON verdicts (content safety, residual PII); no text. */
  safety_verdict: string | null
  pii_verdict: string | null
  updated_at: string
  deleted_at: string | null
  /** Random id in this transcript's webhook URL (identifies notifications that carry no transcript id). */
  webhook_ref: string | null
  redacted_audio_ready_at: string | null
  /** When an erasure was requested: from then on the owner cannot read it and the app gets nothing more. */
  erasure_requested_at: ColumnType<string | null, string | null | undefined, string | null>
}

export interface WebhookDeliveriesTable {
  id: Generated<number>
  transcript_id: string
  /** `completed`, `error` or `redacted_audio_ready`. */
  event: string
  received_at: string
  state: 'queued' | 'done' | 'failed'
  attempts: number
  lease_until: string | null
  last_error: string | null
  done_at: string | null
}

export interface OutboundEventsTable {
  /** The Standard Webhooks `webhook-id`. */
  id: string
  type: string
  /** JSON body (ids and verdicts only, never transcript text). */
  payload: string
  created_at: string
  state: 'pending' | 'delivered' | 'given_up'
  attempts: number
  next_attempt_at: string
  lease_until: string | null
  last_status: number | null
  delivered_at: string | null
}

export interface AuditEventsTable {
  id: Generated<number>
  at: string
  action: string
  principal: string
  request_id: string | null
  target: string | null
  outcome: string
  /** JSON object of non-secret details. */
  details: string | null
}

export interface KeyFingerprintsTable {
  fingerprint: string
  env: string
  first_seen: string
  last_seen: string
}

/** One transcript being (or having been) erased: the retention state machine (see src/retention). */
export interface ErasureJobsTable {
  transcript_id: string
  /** `tracked` (a row in `transcripts`) or `untracked` (found only on the AssemblyAI list). */
  source: string
  /** Keyed HMAC of the owner (never the raw principal), or null for untracked transcripts. */
  owner_ref: string | null
  reason: string
  actor_ref: string
  /** due | upstream_deleted | verified | purged | recorded | failed */
  state: string
  attempts: number
  next_attempt_at: string
  lease_holder: string | null
  lease_until: string | null
  /** deleted | not_found */
  upstream_outcome: string | null
  upstream_http_status: number | null
  upstream_deleted_at: string | null
  verified_at: string | null
  verified_status: string | null
  purged_at: string | null
  local_rows_purged: number | null
  ledger_seq: number | null
  last_error: string | null
  /** When the transcript was first seen still queued/processing upstream (not deletable yet). */
  awaiting_since: ColumnType<string | null, string | null | undefined, string | null>
  /** When the erasure was requested (the job was queued). */
  created_at: string
  updated_at: string
}

/** The append-only, hash-chained deletion ledger. */
export interface LedgerEntriesTable {
  seq: number
  at: string
  action: string
  subject: string
  owner_ref: string | null
  actor_ref: string
  reason: string
  /** Canonical JSON object: upstream evidence and local effects; no text, no personal data. */
  evidence: string
  content_hash: string
  prev_hash: string
  entry_hash: string
}

/** Ed25519 signatures over the ledger head at `seq`. */
export interface LedgerCheckpointsTable {
  seq: number
  entry_hash: string
  at: string
  key_id: string
  signature: string
}

/** An upload the gateway made to AssemblyAI (`POST /v2/upload`). */
export interface UploadsTable {
  /** SHA-256 (hex) of the upload URL; the URL itself is a bearer address and is never stored. */
  url_hash: string
  /** The principal that uploaded it (`client:<name>` or `user:<sub>`). */
  owner: string
  created_at: string
  bytes: number | null
  /** The transcript that used it (AssemblyAI deletes the upload when that transcript is deleted). */
  transcript_id: string | null
  used_at: string | null
}

/** Named leases: one retention sweep at a time across processes and instances. */
export interface RetentionLocksTable {
  name: string
  holder: string
  lease_until: string
}

export interface Database {
  clients: ClientsTable
  transcripts: TranscriptsTable
  audit_events: AuditEventsTable
  key_fingerprints: KeyFingerprintsTable
  webhook_deliveries: WebhookDeliveriesTable
  outbound_events: OutboundEventsTable
  erasure_jobs: ErasureJobsTable
  ledger_entries: LedgerEntriesTable
  ledger_checkpoints: LedgerCheckpointsTable
  retention_locks: RetentionLocksTable
  uploads: UploadsTable
}

export type ClientRow = Selectable<ClientsTable>
export type NewClientRow = Insertable<ClientsTable>
export type TranscriptRow = Selectable<TranscriptsTable>
export type NewTranscriptRow = Insertable<TranscriptsTable>
export type TranscriptUpdate = Updateable<TranscriptsTable>
export type AuditEventRow = Selectable<AuditEventsTable>
export type NewAuditEventRow = Insertable<AuditEventsTable>
export type ErasureJobRow = Selectable<ErasureJobsTable>
export type ErasureJobUpdate = Updateable<ErasureJobsTable>
export type LedgerEntryRow = Selectable<LedgerEntriesTable>
export type LedgerCheckpointRow = Selectable<LedgerCheckpointsTable>
export type UploadRow = Selectable<UploadsTable>
/** Kept to make `ColumnType` available to later tables without another import churn. */
export type TimestampColumn = ColumnType<string, string, string>
