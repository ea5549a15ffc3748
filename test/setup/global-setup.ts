/**
 * Global test setup: starts a throw-away PostgreSQL cluster when the machine has PostgreSQL and no
 * VOXGUARD_TEST_PG_URL is given, so the store suite runs against a real PostgreSQL as well as SQLite.
 * Points XDG_CACHE_HOME at a temporary directory, so the audits the tests run (the CLI's TypeScript
 * compile cache) never write to the user's own cache; and TMPDIR at one directory for the whole run
 * (the test files and the processes they start inherit it), removed at the end, so the temp
 * directories the tests make do not pile up in the machine's /tmp.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { TestProject } from 'vitest/node'
import { startThrowawayPostgres, type ThrowawayPostgres } from './throwaway-postgres.js'

let pg: ThrowawayPostgres | undefined
let cacheHome: string | undefined
let tmpRoot: string | undefined

export async function setup(project: TestProject): Promise<void> {
  cacheHome = mkdtempSync(join(tmpdir(), 'voxguard-test-cache-'))
  process.env['XDG_CACHE_HOME'] = cacheHome
  let url = process.env['VOXGUARD_TEST_PG_URL']
  if (!url) {
    pg = await startThrowawayPostgres()
    url = pg?.url
  }
  if (!url && process.env['VOXGUARD_REQUIRE_POSTGRES'] === '1') {
    throw new Error('VOXGUARD_REQUIRE_POSTGRES=1 but no PostgreSQL could be started (install the postgresql package)')
  }
  if (!url) process.stderr.write('\n[voxguard tests] PostgreSQL not found: PostgreSQL variants of the store suite are SKIPPED\n\n')
  project.provide('pgUrl', url ?? '')
  // after PostgreSQL has started (its socket path stays short), before any test file runs
  tmpRoot = mkdtempSync(join(tmpdir(), 'voxguard-test-tmp-'))
  process.env['TMPDIR'] = tmpRoot
}

export async function teardown(): Promise<void> {
  await pg?.stop()
  if (cacheHome !== undefined) rmSync(cacheHome, { recursive: true, force: true })
  if (tmpRoot !== undefined) rmSync(tmpRoot, { recursive: true, force: true })
}

declare module 'vitest' {
  export interface ProvidedContext {
    pgUrl: string
  }
}
