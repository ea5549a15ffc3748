/**
 * The hash chain: `content_hash = SHA-256(canonical JSON of the entry's fields)` and
 * `entry_hash = SHA-256(prev_hash bytes ‖ content_hash bytes)`, hex encoded; the first entry's
 * `prev_hash` is 64 zeros. Keeping the content hash separate lets an export prove that a receipt is
 * covered by a signed checkpoint while revealing only the hashes of the other entries.
 *
 * @module
 */
import { createHash } from 'node:crypto'
import type { LedgerEntryRow } from '../../store/index.js'
import { canonicalJson } from './canonical-json.js'

export const GENESIS_HASH = '0'.repeat(64)

/** The fields an entry's content hash covers (`evidence` is already canonical JSON text, as stored). */
export type LedgerEntryContent = Pick<LedgerEntryRow, 'seq' | 'at' | 'action' | 'subject' | 'owner_ref' | 'actor_ref' | 'reason' | 'evidence'>

export function contentHash(entry: LedgerEntryContent): string {
  const canonical = canonicalJson({
    v: 1,
    seq: Number(entry.seq),
    at: entry.at,
    action: entry.action,
    subject: entry.subject,
    owner_ref: entry.owner_ref,
    actor_ref: entry.actor_ref,
    reason: entry.reason,
    evidence: entry.evidence,
  })
  return createHash('sha256').update(canonical, 'utf8').digest('hex')
}

export function chainHash(prevHash: string, content: string): string {
  return createHash('sha256').update(Buffer.from(prevHash, 'hex')).update(Buffer.from(content, 'hex')).digest('hex')
}
