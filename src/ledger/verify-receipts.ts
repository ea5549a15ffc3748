/**
 * Verifies a receipts export with nothing but a public key: each receipt's content hash, its place
 * in the chain, the chain up to the signed checkpoint, and the checkpoint's Ed25519 signature.
 * Pass the public key you obtained independently (`pinnedPublicKeyPem`); without it the key inside
 * the export is used, which proves integrity but not origin.
 *
 * @module
 */
import { createPublicKey } from 'node:crypto'
import { verifyCheckpoint } from './checkpoint-signature.js'
import { chainHash, contentHash } from './internal/entry-hash.js'
import { publicKeyId } from './ledger-key.js'
import { RECEIPTS_FORMAT, type ReceiptExport } from './export-receipts.js'

export interface ReceiptsVerification {
  ok: boolean
  receipts: number
  /** What failed first, naming the receipt's seq where there is one. */
  problem: string | undefined
}

export function verifyReceipts(doc: ReceiptExport, pinnedPublicKeyPem?: string): ReceiptsVerification {
  const fail = (problem: string): ReceiptsVerification => ({ ok: false, receipts: doc.receipts?.length ?? 0, problem })
  if (doc?.format !== RECEIPTS_FORMAT) return fail(`not a ${RECEIPTS_FORMAT} document`)
  let keyId: string
  let pem: string
  try {
    pem = pinnedPublicKeyPem ?? doc.public_key
    keyId = publicKeyId(createPublicKey(pem).export({ type: 'spki', format: 'der' }))
  } catch {
    return fail('the public key cannot be read')
  }
  if (pinnedPublicKeyPem && keyId !== doc.key_id) return fail(`the export names key ${doc.key_id}, not the pinned key ${keyId}`)
  if (doc.receipts.length === 0) return { ok: true, receipts: 0, problem: undefined }
  const checkpoint = doc.checkpoint
  if (!checkpoint || !doc.chain) return fail('receipts without a checkpoint or chain cannot be verified')
  if (checkpoint.key_id !== keyId) return fail(`the checkpoint was signed by ${checkpoint.key_id}, not ${keyId}`)
  if (!verifyCheckpoint(checkpoint, pem)) return fail('the checkpoint signature is invalid')
  const { from_seq, content_hashes } = doc.chain
  if (from_seq + content_hashes.length - 1 !== checkpoint.seq) return fail('the chain does not reach the checkpoint')
  const entryHashAt = new Map<number, string>()
  let running = doc.chain.prev_hash
  for (let i = 0; i < content_hashes.length; i++) {
    running = chainHash(running, content_hashes[i] as string)
    entryHashAt.set(from_seq + i, running)
  }
  if (running !== checkpoint.entry_hash) return fail('the chain does not hash to the signed checkpoint')
  for (const receipt of doc.receipts) {
    const content = contentHash(receipt)
    if (content !== content_hashes[receipt.seq - from_seq]) return fail(`receipt ${receipt.seq} was altered (content hash mismatch)`)
    if (entryHashAt.get(receipt.seq) !== receipt.entry_hash) return fail(`receipt ${receipt.seq} is not at its place in the chain`)
  }
  return { ok: true, receipts: doc.receipts.length, problem: undefined }
}
