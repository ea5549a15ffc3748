/**
 * Deletion receipts an auditor can verify with the public key alone. The export holds the chosen
 * entries in full, the content hashes of every entry from the first chosen one up to a signed
 * checkpoint (nothing else about other entries), and that checkpoint. See `verifyReceipts`.
 *
 * @module
 */
import type { LedgerEntryRow, LedgerRepository } from '../store/index.js'
import type { SignedCheckpoint } from './checkpoint-signature.js'
import type { LedgerKey } from './ledger-key.js'

export const RECEIPTS_FORMAT = 'voxguard.deletion-receipts.v1'

export interface ExportReceiptsOptions {
  /** Only entries at or after this ISO time. */
  since?: string | undefined
  /** Only this owner's entries (a principal such as `user:<sub>`; matched through its HMAC). */
  owner?: string | undefined
}

/** One ledger entry as exported: every stored column, `evidence` as the canonical JSON text that was hashed. */
export type ReceiptEntry = LedgerEntryRow

export interface ReceiptExport {
  format: typeof RECEIPTS_FORMAT
  generated_at: string
  key_id: string
  public_key: string
  filter: { since: string | null; owner_ref: string | null }
  checkpoint: SignedCheckpoint | null
  receipts: ReceiptEntry[]
  /** Content hashes of entries `from_seq`..`checkpoint.seq`, and the entry hash before `from_seq`. */
  chain: { from_seq: number; prev_hash: string; content_hashes: string[] } | null
}

export async function exportLedgerReceipts(
  repo: LedgerRepository,
  key: LedgerKey,
  options: { since?: string | undefined; ownerRef?: string | undefined; now: Date },
): Promise<ReceiptExport> {
  const latest = await repo.latestCheckpoint()
  const checkpoint: SignedCheckpoint | null = latest ? { ...latest, seq: Number(latest.seq) } : null
  const receipts: ReceiptEntry[] = []
  if (checkpoint) {
    for await (const row of repo.scanMatching({ since: options.since, ownerRef: options.ownerRef })) {
      if (Number(row.seq) > checkpoint.seq) break
      receipts.push({ ...row, seq: Number(row.seq) })
    }
  }
  let chain: ReceiptExport['chain'] = null
  const first = receipts[0]
  if (checkpoint && first) {
    const content_hashes: string[] = []
    for await (const row of repo.scan(first.seq)) {
      if (Number(row.seq) > checkpoint.seq) break
      content_hashes.push(row.content_hash)
    }
    chain = { from_seq: first.seq, prev_hash: first.prev_hash, content_hashes }
  }
  return {
    format: RECEIPTS_FORMAT,
    generated_at: options.now.toISOString(),
    key_id: key.keyId,
    public_key: key.publicKeyPem,
    filter: { since: options.since ?? null, owner_ref: options.ownerRef ?? null },
    checkpoint,
    receipts,
    chain,
  }
}
