/**
 * Signed checkpoints: an Ed25519 signature over a small text note naming the key, the head's
 * sequence number, its entry hash and the time. Anyone with the public key can check one.
 *
 * @module
 */
import { createPublicKey, sign, verify, type KeyObject } from 'node:crypto'

export interface CheckpointFields {
  seq: number
  entry_hash: string
  at: string
  key_id: string
}

export interface SignedCheckpoint extends CheckpointFields {
  /** Base64 Ed25519 signature over `checkpointMessage(fields)`. */
  signature: string
}

export function checkpointMessage(fields: CheckpointFields): string {
  return `voxguard-ledger-checkpoint v1\nkey ${fields.key_id}\nseq ${Number(fields.seq)}\nhash ${fields.entry_hash}\nat ${fields.at}\n`
}

export function signCheckpoint(fields: CheckpointFields, privateKey: KeyObject): SignedCheckpoint {
  const signature = sign(null, Buffer.from(checkpointMessage(fields), 'utf8'), privateKey).toString('base64')
  return { ...fields, seq: Number(fields.seq), signature }
}

export function verifyCheckpoint(checkpoint: SignedCheckpoint, publicKey: KeyObject | string): boolean {
  try {
    const key = typeof publicKey === 'string' ? createPublicKey(publicKey) : publicKey
    return verify(null, Buffer.from(checkpointMessage(checkpoint), 'utf8'), key, Buffer.from(checkpoint.signature, 'base64'))
  } catch {
    return false
  }
}
