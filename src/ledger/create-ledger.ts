/**
 * The deletion ledger: append-only, hash-chained, serialised appends, Ed25519-signed checkpoints.
 * It holds transcript ids, HMAC'd owners and actors, what was done, when, and the upstream evidence;
 * never transcript text and never a raw person id.
 *
 * @module
 */
import { createHmac, type KeyObject } from 'node:crypto'
import type { Kysely } from 'kysely'
import { createLedgerRepository, type Database, type LedgerCheckpointRow, type LedgerEntryRow, type Store } from '../store/index.js'
import { signCheckpoint } from './checkpoint-signature.js'
import { canonicalJson } from './internal/canonical-json.js'
import { chainHash, contentHash, GENESIS_HASH } from './internal/entry-hash.js'
import { ledgerKeyFromPem, loadLedgerKey, type LedgerKey } from './ledger-key.js'
import { exportLedgerReceipts, type ReceiptExport, type ExportReceiptsOptions } from './export-receipts.js'
import { verifyLedger, type LedgerVerification } from './verify-ledger.js'

export interface LedgerAppend {
  action: string
  subject: string
  ownerRef: string | null
  actorRef: string
  reason: string
  /** Plain JSON facts (statuses, times, counts); stored as canonical JSON. */
  evidence: Record<string, unknown>
}

/** An append whose content is computed inside the serialised transaction, only if it is new. */
export interface LedgerAppendBuilder {
  action: string
  subject: string
  build(db: Kysely<Database>): Promise<Omit<LedgerAppend, 'action' | 'subject'>>
}

export interface AppendResult {
  entry: LedgerEntryRow
  /** False when an entry for (action, subject) already existed: nothing was written. */
  created: boolean
}

export interface Ledger {
  readonly keyId: string
  readonly publicKeyPem: string
  /** Keyed HMAC of an owner principal: stable, but names nobody without the key. */
  ownerRef(owner: string): string
  /** Actors that are people (`user:...`) become owner refs; services and clients stay as named. */
  actorRef(actor: string): string
  /**
   * Appends the entry unless one for (action, subject) exists (exactly once, whatever crashed
   * before). With a builder, `build` runs inside the serialised transaction only when no entry
   * exists yet (e.g. to purge local rows and describe the purge in the same commit).
   * `within` runs in the same transaction after the entry is known (e.g. to mark a job recorded).
   */
  appendOnce(
    input: LedgerAppend | LedgerAppendBuilder,
    within?: (db: Kysely<Database>, entry: LedgerEntryRow) => Promise<void>,
  ): Promise<AppendResult>
  /** Signs the current head unless the latest checkpoint already covers it. */
  checkpoint(): Promise<LedgerCheckpointRow | undefined>
  /** Checkpoints when `checkpointEvery` entries or `checkpointIntervalMs` passed since the last one. */
  maybeCheckpoint(): Promise<void>
  verify(): Promise<LedgerVerification>
  exportReceipts(options?: ExportReceiptsOptions): Promise<ReceiptExport>
}

export interface CreateLedgerOptions {
  store: Store
  keyFile?: string | undefined
  /** A PKCS#8 PEM or KeyObject (tests); wins over keyFile. */
  privateKey?: string | KeyObject | undefined
  /** Data directory for a generated development key. */
  dataDir?: string | undefined
  env?: string | undefined
  clock?: () => Date
  checkpointEvery?: number
  checkpointIntervalMs?: number
}

export const OWNER_REF_PREFIX = 'hmac-sha256:'

export function createLedger(options: CreateLedgerOptions): Ledger {
  const key: LedgerKey = options.privateKey
    ? ledgerKeyFromPem(options.privateKey)
    : loadLedgerKey({ keyFile: options.keyFile, dataDir: options.dataDir, env: options.env })
  const repo = createLedgerRepository(options.store)
  const clock = options.clock ?? (() => new Date())
  const every = options.checkpointEvery ?? 500
  const intervalMs = options.checkpointIntervalMs ?? 10 * 60_000
  let lastCheckpoint: { seq: number; atMs: number } | undefined

  const ownerRef = (owner: string): string =>
    owner.startsWith(OWNER_REF_PREFIX) ? owner : `${OWNER_REF_PREFIX}${createHmac('sha256', key.hmacKey).update(owner, 'utf8').digest('hex')}`

  const ledger: Ledger = {
    keyId: key.keyId,
    publicKeyPem: key.publicKeyPem,
    ownerRef,
    actorRef: (actor) => (actor.startsWith('user:') ? ownerRef(actor) : actor),
    async appendOnce(input, within) {
      return repo.serialized(async (db) => {
        const existing = await repo.findBySubject(input.action, input.subject, db)
        if (existing) {
          if (within) await within(db, existing)
          return { entry: existing, created: false }
        }
        const body = 'build' in input ? await input.build(db) : input
        const evidence = canonicalJson(body.evidence)
        const head = await repo.head(db)
        const seq = head ? Number(head.seq) + 1 : 1
        const prev = head ? head.entry_hash : GENESIS_HASH
        const content = {
          seq,
          at: clock().toISOString(),
          action: input.action,
          subject: input.subject,
          owner_ref: body.ownerRef,
          actor_ref: body.actorRef,
          reason: body.reason,
          evidence,
        }
        const hash = contentHash(content)
        const entry: LedgerEntryRow = { ...content, content_hash: hash, prev_hash: prev, entry_hash: chainHash(prev, hash) }
        await repo.insert(db, entry)
        if (within) await within(db, entry)
        return { entry, created: true }
      })
    },
    async checkpoint() {
      const head = await repo.head()
      if (!head) return undefined
      const latest = await repo.latestCheckpoint()
      if (latest && Number(latest.seq) >= Number(head.seq)) return latest
      const now = clock()
      const signed = signCheckpoint({ seq: Number(head.seq), entry_hash: head.entry_hash, at: now.toISOString(), key_id: key.keyId }, key.privateKey)
      await repo.insertCheckpoint(signed)
      lastCheckpoint = { seq: signed.seq, atMs: now.getTime() }
      return signed
    },
    async maybeCheckpoint() {
      if (!lastCheckpoint) {
        const latest = await repo.latestCheckpoint()
        lastCheckpoint = latest ? { seq: Number(latest.seq), atMs: Date.parse(latest.at) } : { seq: 0, atMs: 0 }
      }
      const head = await repo.head()
      if (!head || Number(head.seq) <= lastCheckpoint.seq) return
      if (Number(head.seq) - lastCheckpoint.seq >= every || clock().getTime() - lastCheckpoint.atMs >= intervalMs) {
        await ledger.checkpoint()
      }
    },
    async verify() {
      return verifyLedger(repo, key.publicKey, key.keyId)
    },
    async exportReceipts(exportOptions = {}) {
      await ledger.checkpoint()
      const ownerFilter = exportOptions.owner === undefined ? undefined : ownerRef(exportOptions.owner)
      return exportLedgerReceipts(repo, key, { ...exportOptions, ownerRef: ownerFilter, now: clock() })
    },
  }
  return ledger
}
