import type { Migration } from 'kysely'
import type { StoreDialectName } from '../store-types.js'
import { initialSchema } from './0001-initial-schema.js'
import { webhooksSchema } from './0002-webhooks.js'
import { retentionLedgerSchema } from './0003-retention-ledger.js'
import { erasurePendingUploadsSchema } from './0004-erasure-pending-uploads.js'
import { webhookQueueOrderIndex } from './0005-webhook-queue-order.js'
import { dropUnusedQueueIndex } from './0006-drop-unused-queue-index.js'

/**
 * Numbered migrations, applied in order at start-up. Later capabilities append theirs here;
 * an applied migration is never edited.
 */
export function storeMigrations(dialect: StoreDialectName): Record<string, Migration> {
  return {
    '0001-initial-schema': initialSchema(dialect),
    '0002-webhooks': webhooksSchema(dialect),
    '0003-retention-ledger': retentionLedgerSchema(dialect),
    '0004-erasure-pending-uploads': erasurePendingUploadsSchema(dialect),
    '0005-webhook-queue-order': webhookQueueOrderIndex(),
    '0006-drop-unused-queue-index': dropUnusedQueueIndex(),
  }
}
