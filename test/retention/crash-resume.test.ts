/**
 * The retention sweep under 20% upstream faults, killed (SIGKILL) at random moments and restarted:
 * every due transcript ends deleted and verified, no young one is touched, each deletion is in the
 * ledger exactly once, and `ledger verify` passes (and fails once a row is edited).
 */
import { spawn, spawnSync } from 'node:child_process'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openTestStore, storeDialects, type TestStore } from '../setup/test-stores.js'
import { ensureBuild } from './helpers/ensure-build.js'
import { startEmulatorFixture, type EmulatorFixture } from './helpers/emulator-upstream.js'
import { daysAgo, insertTracked } from './helpers/retention-fixture.js'

// 20% of upstream calls fail: 429 (with Retry-After), 500, 503, connection resets; all are slow-ish.
const FAULTS = '429=0.06,500=0.05,503=0.05,reset=0.04,latency=0..30ms,retry_after=0'
const TOTAL = 2000
const KILLS = 3

let bin: string
beforeAll(() => {
  bin = ensureBuild()
}, 300_000)

describe.each(storeDialects())('sweep crash and resume on %s', (dialect) => {
  let emu: EmulatorFixture
  let ts: TestStore
  let env: Record<string, string>
  const due: string[] = []
  const young: string[] = []

  beforeAll(async () => {
    emu = await startEmulatorFixture()
    ts = await openTestStore(dialect)
    env = {
      PATH: process.env['PATH'] ?? '',
      ASSEMBLYAI_API_KEY: emu.apiKey,
      ASSEMBLYAI_BASE_URL: emu.emulator.restUrl,
      VOXGUARD_UPSTREAM_TIMEOUT_MS: '5000',
      VOXGUARD_DATA_DIR: ts.dataDir,
      ...(ts.url ? { DATABASE_URL: ts.url } : {}),
    }
    // Mixed ages: 50 transcripts for each age from 1 to 40 days, 30-day retention: 550 due, 1,450 young.
    for (let age = 1; age <= 40; age++) {
      const ids = await emu.seed(TOTAL / 40, daysAgo(age + 0.5))
      await insertTracked(ts.store, ids, { owner: `user:u${age % 7}`, created: daysAgo(age + 0.5), retentionDays: 30 })
      ;(age >= 30 ? due : young).push(...ids) // created age+0.5 days ago: due from age 30 on
    }
    await emu.faults(FAULTS)
  }, 120_000)
  afterAll(async () => {
    await ts?.dispose()
    await emu?.close()
  })

  function sweepOnce(killAfterMs: number | undefined): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      const child = spawn(
        process.execPath,
        [bin, 'retention', 'sweep', '--lease-ms', '1500', '--concurrency', '16', '--requests-per-second', '5000', '--max-attempts', '15', '--wait-for-lock', '60s'],
        { cwd: ts.dataDir, env, stdio: ['ignore', 'pipe', 'pipe'] },
      )
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      const started = Date.now()
      const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs)
      child.on('close', (code) => {
        if (timer) clearTimeout(timer)
        if (process.env['VOXGUARD_TEST_VERBOSE']) process.stderr.write(`[crash-resume ${dialect}] run ended after ${Date.now() - started} ms (kill at ${killAfterMs ?? 'never'}) code ${code}\n`)
        resolve({ code, stdout, stderr })
      })
    })
  }

  it('ends with every due transcript deleted and verified, young ones untouched, and one ledger entry each', async () => {
    const kills: number[] = []
    for (let i = 0; i < KILLS; i++) {
      const at = 700 + Math.floor(Math.random() * 2500)
      kills.push(at)
      const run = await sweepOnce(at)
      expect(run.code === null || run.code === 0, `run ${i} (killed at ${at} ms): ${run.stderr}`).toBe(true)
    }
    // Whatever the killed runs managed to record is a subset of the due transcripts.
    const progressed = await ts.store.db.selectFrom('ledger_entries').select('subject').execute()
    const dueIds = new Set(due)
    expect(progressed.every((e) => dueIds.has(e.subject))).toBe(true)
    const final = await sweepOnce(undefined)
    expect(final.stderr, `kills at ${kills.join(', ')} ms`).toBe('')
    expect(final.code).toBe(0)
    expect(final.stdout).toMatch(/failed 0/)

    await emu.faults('')
    const requests = await emu.requests()
    const deletedIds = new Set(requests.filter((r) => r.method === 'DELETE').map((r) => r.path.split('/').pop()))
    for (const id of young) expect(deletedIds.has(id), `young ${id} was deleted`).toBe(false)
    for (const id of due) {
      const t = await emu.upstream.getTranscript(id)
      expect(t.audio_url, id).toBe('http://deleted_by_user')
    }

    const entries = await ts.store.db.selectFrom('ledger_entries').select(['subject', 'action']).where('action', '=', 'transcript_erased').execute()
    expect(entries).toHaveLength(due.length)
    expect(new Set(entries.map((e) => e.subject))).toEqual(new Set(due))
    const rows = await ts.store.db.selectFrom('transcripts').select(['id', 'deleted_at', 'owner']).execute()
    const dueSet = new Set(due)
    for (const row of rows) {
      if (dueSet.has(row.id)) expect(row.owner).toMatch(/^hmac-sha256:/)
      else expect(row).toMatchObject({ deleted_at: null, owner: expect.stringMatching(/^user:u\d$/) })
    }
    const jobs = await ts.store.db.selectFrom('erasure_jobs').select('state').where('state', '!=', 'recorded').execute()
    expect(jobs).toHaveLength(0)

    const verify = spawnSync(process.execPath, [bin, 'ledger', 'verify'], { cwd: ts.dataDir, env, encoding: 'utf8', timeout: 60_000 })
    expect(verify.status, verify.stderr).toBe(0)
    expect(verify.stdout).toContain(`ledger OK: ${due.length} entries`)

    const victim = 1 + Math.floor(Math.random() * due.length)
    if (dialect === 'postgres') await sql`alter table ledger_entries disable trigger ledger_entries_append_only`.execute(ts.store.db)
    else await sql`drop trigger ledger_entries_no_update`.execute(ts.store.db)
    await ts.store.db.updateTable('ledger_entries').set({ at: new Date().toISOString() }).where('seq', '=', victim).execute()
    const tampered = spawnSync(process.execPath, [bin, 'ledger', 'verify'], { cwd: ts.dataDir, env, encoding: 'utf8', timeout: 60_000 })
    expect(tampered.status).toBe(1)
    expect(tampered.stderr).toContain(`ledger FAILED at entry ${victim}:`)
  }, 240_000)
})
