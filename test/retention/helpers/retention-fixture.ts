/** Local transcript rows for the retention suites, shaped as the gateway writes them. */
import { generateKeyPairSync } from 'node:crypto'
import { createLedger, type Ledger } from '../../../src/ledger/index.js'
import { createErasureEngine, type ErasureEngine } from '../../../src/retention/index.js'
import type { Store } from '../../../src/store/index.js'
import { openTestStore, type TestStore } from '../../setup/test-stores.js'

const DAY_MS = 86_400_000

export function newLedgerKeyPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString()
}

export async function insertTracked(
  store: Store,
  ids: readonly string[],
  options: { owner: string; created: Date; retentionDays: number },
): Promise<void> {
  const created = options.created.toISOString()
  const deleteAfter = new Date(options.created.getTime() + options.retentionDays * DAY_MS).toISOString()
  for (let i = 0; i < ids.length; i += 200) {
    await store.db
      .insertInto('transcripts')
      .values(
        ids.slice(i, i + 200).map((id) => ({
          id,
          owner: options.owner,
          created_at: created,
          delete_after: deleteAfter,
          status: 'completed',
          webhook_secret_hash: 'a'.repeat(64),
          policy: JSON.stringify({ retention_days: options.retentionDays }),
          safety_verdict: JSON.stringify({ ok: true }),
          pii_verdict: JSON.stringify({ residual: 0 }),
          updated_at: created,
          deleted_at: null,
        })),
      )
      .execute()
  }
}

export function daysAgo(days: number, now = Date.now()): Date {
  return new Date(now - days * DAY_MS)
}

/** Engine timings for tests: fast backoff, a generous rate window, a few attempts. */
export const FAST_ENGINE = { backoffBaseMs: 5, backoffCapMs: 50, requestsPerWindow: 1000, windowMs: 1000, maxAttempts: 6 } as const

/** A fresh store of the dialect, a ledger with a new key, and an erasure engine over `upstream`. */
export async function openErasureRig(
  dialect: Parameters<typeof openTestStore>[0],
  upstream: Parameters<typeof createErasureEngine>[0]['upstream'],
  options: Parameters<typeof createErasureEngine>[0]['options'] = FAST_ENGINE,
): Promise<{ ts: TestStore; ledger: Ledger; engine: ErasureEngine }> {
  const ts = await openTestStore(dialect)
  const ledger = createLedger({ store: ts.store, privateKey: newLedgerKeyPem() })
  return { ts, ledger, engine: createErasureEngine({ store: ts.store, upstream, ledger, ...(options ? { options } : {}) }) }
}
