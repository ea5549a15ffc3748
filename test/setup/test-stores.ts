/**
 * The store matrix: every store test runs against SQLite and, when the global setup provided one,
 * a real PostgreSQL (a fresh database per store, dropped afterwards).
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { inject } from 'vitest'
import { createStore, type Store, type StoreDialectName } from '../../src/store/index.js'

export interface TestStore {
  readonly store: Store
  readonly url: string | undefined
  readonly dataDir: string
  dispose(): Promise<void>
}

export function storeDialects(): StoreDialectName[] {
  return inject('pgUrl') ? ['sqlite', 'postgres'] : ['sqlite']
}

/** A fresh, migrated store of the given dialect. */
export async function openTestStore(dialect: StoreDialectName): Promise<TestStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'voxguard-store-'))
  if (dialect === 'sqlite') {
    const store = createStore({ dataDir })
    await store.migrate()
    return {
      store,
      url: undefined,
      dataDir,
      async dispose() {
        await store.close()
        rmSync(dataDir, { recursive: true, force: true })
      },
    }
  }
  const adminUrl = inject('pgUrl')
  const name = `vg_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  await admin.query(`create database ${name}`)
  await admin.end()
  const url = adminUrl.replace(/\/[^/]*$/, `/${name}`)
  const store = createStore({ url, dataDir })
  await store.migrate()
  return {
    store,
    url,
    dataDir,
    async dispose() {
      await store.close()
      const cleanup = new pg.Client({ connectionString: adminUrl })
      await cleanup.connect()
      await cleanup.query(`drop database if exists ${name} with (force)`)
      await cleanup.end()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
