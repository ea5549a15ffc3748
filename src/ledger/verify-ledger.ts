/**
 * Re-checks the whole ledger: every entry's content hash, its link to the previous entry, the
 * sequence without gaps, and every checkpoint's signature and hash. Stops at the first problem and
 * names it: editing, removing, inserting or reordering rows all break one of these checks.
 *
 * @module
 */
import type { KeyObject } from 'node:crypto'
import type { LedgerRepository } from '../store/index.js'
import { verifyCheckpoint } from './checkpoint-signature.js'
import { chainHash, contentHash, GENESIS_HASH } from './internal/entry-hash.js'

export interface LedgerProblem {
  /** The first sequence number that does not check out. */
  seq: number
  problem: string
}

export interface LedgerVerification {
  ok: boolean
  entries: number
  checkpoints: number
  head: { seq: number; entry_hash: string } | undefined
  /** The last signed checkpoint, if any. */
  latestCheckpoint: { seq: number; at: string } | undefined
  firstBad: LedgerProblem | undefined
}

export async function verifyLedger(repo: LedgerRepository, publicKey: KeyObject, keyId: string): Promise<LedgerVerification> {
  const checkpoints = await repo.checkpoints()
  const bySeq = new Map(checkpoints.map((c) => [Number(c.seq), c]))
  const latest = checkpoints[checkpoints.length - 1]
  const result = (firstBad: LedgerProblem | undefined, entries: number, head: LedgerVerification['head']): LedgerVerification => ({
    ok: firstBad === undefined,
    entries,
    checkpoints: checkpoints.length,
    head,
    latestCheckpoint: latest ? { seq: Number(latest.seq), at: latest.at } : undefined,
    firstBad,
  })

  for (const c of checkpoints) {
    if (c.key_id !== keyId) return result({ seq: Number(c.seq), problem: `checkpoint ${c.seq} was signed by key ${c.key_id}, not the configured key ${keyId}` }, 0, undefined)
    if (!verifyCheckpoint({ ...c, seq: Number(c.seq) }, publicKey)) {
      return result({ seq: Number(c.seq), problem: `checkpoint ${c.seq} has an invalid signature` }, 0, undefined)
    }
  }

  let expected = 1
  let prev = GENESIS_HASH
  let lastCheckpointSeq = 0
  for await (const row of repo.scan(1)) {
    const seq = Number(row.seq)
    if (seq !== expected) {
      return result({ seq: expected, problem: `entry ${expected} is missing (the next stored entry is ${seq})` }, expected - 1, undefined)
    }
    if (row.prev_hash !== prev) {
      return result({ seq, problem: `entry ${seq} does not link to entry ${seq - 1} (rows removed, inserted or reordered)` }, seq - 1, undefined)
    }
    const content = contentHash(row)
    if (content !== row.content_hash) return result({ seq, problem: `entry ${seq} was changed after it was written (content hash mismatch)` }, seq - 1, undefined)
    const hash = chainHash(prev, content)
    if (hash !== row.entry_hash) return result({ seq, problem: `entry ${seq} has a wrong entry hash` }, seq - 1, undefined)
    const checkpoint = bySeq.get(seq)
    if (checkpoint && checkpoint.entry_hash !== hash) {
      return result(
        { seq: lastCheckpointSeq + 1, problem: `entries ${lastCheckpointSeq + 1}..${seq} do not match the signed checkpoint at ${seq} (history rewritten)` },
        seq - 1,
        undefined,
      )
    }
    if (checkpoint) lastCheckpointSeq = seq
    prev = hash
    expected = seq + 1
  }
  const headSeq = expected - 1
  if (latest && Number(latest.seq) > headSeq) {
    return result({ seq: headSeq + 1, problem: `entries ${headSeq + 1}..${latest.seq} were removed (a signed checkpoint covers entry ${latest.seq})` }, headSeq, undefined)
  }
  return result(undefined, headSeq, headSeq > 0 ? { seq: headSeq, entry_hash: prev } : undefined)
}
