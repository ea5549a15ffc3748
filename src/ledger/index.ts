// Ledger: the tamper-evident deletion ledger (hash chain, Ed25519 checkpoints, receipts).
export { createLedger, OWNER_REF_PREFIX, type Ledger, type LedgerAppend, type LedgerAppendBuilder, type AppendResult, type CreateLedgerOptions } from './create-ledger.js'
export { loadLedgerKey, ledgerKeyFromPem, publicKeyId, DEV_LEDGER_KEY_FILE, type LedgerKey, type LoadLedgerKeyOptions } from './ledger-key.js'
export { checkpointMessage, signCheckpoint, verifyCheckpoint, type CheckpointFields, type SignedCheckpoint } from './checkpoint-signature.js'
export { verifyLedger, type LedgerVerification, type LedgerProblem } from './verify-ledger.js'
export { RECEIPTS_FORMAT, type ReceiptExport, type ReceiptEntry, type ExportReceiptsOptions } from './export-receipts.js'
export { verifyReceipts, type ReceiptsVerification } from './verify-receipts.js'
export { contentHash, chainHash, GENESIS_HASH, type LedgerEntryContent } from './internal/entry-hash.js'
export { canonicalJson } from './internal/canonical-json.js'
