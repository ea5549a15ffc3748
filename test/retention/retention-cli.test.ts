import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql } from 'kysely'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CliContext } from '../../src/cli/cli-context.js'
import { main } from '../../src/cli/main.js'
import { DEV_LEDGER_KEY_FILE } from '../../src/ledger/index.js'
import { CaptureStream } from '../helpers/capture-stream.js'
import { openTestStore, storeDialects, type TestStore } from '../setup/test-stores.js'
import { startEmulatorFixture, type EmulatorFixture } from './helpers/emulator-upstream.js'
import { daysAgo, insertTracked } from './helpers/retention-fixture.js'

describe.each(storeDialects())('retention, erase and ledger commands on %s', (dialect) => {
  let emu: EmulatorFixture
  let ts: TestStore
  let env: Record<string, string>
  let due: string[]
  let young: string[]
  let bobs: string[]

  beforeEach(async () => {
    emu = await startEmulatorFixture()
    ts = await openTestStore(dialect)
    env = {
      ASSEMBLYAI_API_KEY: emu.apiKey,
      ASSEMBLYAI_BASE_URL: emu.emulator.restUrl,
      VOXGUARD_DATA_DIR: ts.dataDir,
      ...(ts.url ? { DATABASE_URL: ts.url } : {}),
    }
    due = await emu.seed(12, daysAgo(45))
    await insertTracked(ts.store, due, { owner: 'user:alice', created: daysAgo(45), retentionDays: 30 })
    young = await emu.seed(5, daysAgo(1))
    await insertTracked(ts.store, young, { owner: 'user:alice', created: daysAgo(1), retentionDays: 30 })
    bobs = await emu.seed(3, daysAgo(2))
    await insertTracked(ts.store, bobs, { owner: 'user:bob', created: daysAgo(2), retentionDays: 30 })
  })
  afterEach(async () => {
    await ts.dispose()
    await emu.close()
  })

  async function run(args: string[], extraEnv: Record<string, string> = {}) {
    const stdout = new CaptureStream()
    const stderr = new CaptureStream()
    const cwd = mkdtempSync(join(tmpdir(), 'vg-ret-cli-'))
    const ctx: CliContext = { env: { ...env, ...extraEnv }, cwd, stdin: process.stdin, stdout, stderr, exitCode: 0 }
    const code = await main(['node', 'voxguard', ...args], ctx)
    return { code, stdout: stdout.text(), stderr: stderr.text() }
  }

  it('sweeps (dry run first), verifies, exports receipts an auditor can check, and erases an owner', async () => {
    const dry = await run(['retention', 'sweep', '--dry-run'])
    expect(dry.code).toBe(0)
    expect(dry.stdout).toContain('dry run: 12 transcript(s) would be erased; nothing was changed')
    for (const id of due) expect(dry.stdout).toContain(id)
    expect((await emu.requests()).filter((r) => r.method === 'DELETE')).toHaveLength(0)

    const sweep = await run(['retention', 'sweep'])
    expect(sweep.stderr).toBe('') // no progress bar off a terminal
    expect(sweep.code).toBe(0)
    expect(sweep.stdout).toContain('retention sweep: due 12, deleted 12, already gone 0, failed 0')
    expect(sweep.stdout).toMatch(/ledger: 12 entries, signed checkpoint at 12/)
    const keyFile = join(ts.dataDir, DEV_LEDGER_KEY_FILE)
    expect(statSync(keyFile).mode & 0o777).toBe(0o600)

    const verify = await run(['ledger', 'verify'])
    expect(verify).toMatchObject({ code: 0, stdout: expect.stringContaining('ledger OK: 12 entries') })

    const erase = await run(['erase', '--owner', 'bob'])
    expect(erase.code).toBe(0)
    expect(erase.stdout).toMatch(/3 transcript\(s\), deleted 3, already gone 0, failed 0/)
    expect(erase.stdout).not.toContain('bob')

    const pub = await run(['ledger', 'public-key'])
    expect(pub.stdout).toMatch(/^-----BEGIN PUBLIC KEY-----/)
    const dir = mkdtempSync(join(tmpdir(), 'vg-receipts-'))
    writeFileSync(join(dir, 'ledger.pub'), pub.stdout)
    const exported = await run(['ledger', 'export', '--owner', 'user:bob', '--out', join(dir, 'bob.json')])
    expect(exported.code).toBe(0)
    const doc = JSON.parse(readFileSync(join(dir, 'bob.json'), 'utf8'))
    expect(doc.receipts.map((r: { subject: string }) => r.subject).filter((s: string) => !s.startsWith('request:')).sort()).toEqual([...bobs].sort())
    expect(JSON.stringify(doc)).not.toContain('bob')
    const checked = await run(['ledger', 'verify-receipts', join(dir, 'bob.json'), '--public-key', join(dir, 'ledger.pub')])
    expect(checked).toMatchObject({ code: 0, stdout: expect.stringContaining('receipts OK: 4 receipt(s)') })
    doc.receipts[0].evidence = doc.receipts[0].evidence.replace('"deleted"', '"not_found"')
    writeFileSync(join(dir, 'forged.json'), JSON.stringify(doc))
    const forged = await run(['ledger', 'verify-receipts', join(dir, 'forged.json'), '--public-key', join(dir, 'ledger.pub')])
    expect(forged.code).toBe(1)
    expect(forged.stderr).toMatch(/receipts FAILED: receipt \d+ was altered/)

    // Editing a ledger row by hand makes `ledger verify` fail, naming the entry.
    if (dialect === 'postgres') await sql`alter table ledger_entries disable trigger ledger_entries_append_only`.execute(ts.store.db)
    else await sql`drop trigger ledger_entries_no_update`.execute(ts.store.db)
    await ts.store.db.updateTable('ledger_entries').set({ subject: young[0] ?? '' }).where('seq', '=', 7).execute()
    const broken = await run(['ledger', 'verify'])
    expect(broken.code).toBe(1)
    expect(broken.stderr).toMatch(/^ledger FAILED at entry 7: /)
  })

  it('rejects bad input with a clear message and exit 2, changing nothing', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['retention', 'sweep', '--older-than', 'banana'], /--older-than must be a positive duration/],
      [['retention', 'sweep', '--concurrency', '0'], /--concurrency must be a whole number/],
      [['erase'], /exactly one of --owner/],
      [['erase', '--owner', 'x', '--reason', 'because'], /--reason must be one of/],
      [['ledger', 'export', '--since', 'yesterday'], /--since must be an ISO date/],
      [['ledger', 'verify-receipts', '/nonexistent/file.json'], /cannot read/],
    ]
    for (const [args, message] of cases) {
      const r = await run(args)
      expect(r.code, args.join(' ')).toBe(2)
      expect(r.stderr).toMatch(message)
    }
    const noKey = await run(['retention', 'sweep'], { ASSEMBLYAI_API_KEY: '' })
    expect(noKey.code).toBe(2)
    expect(noKey.stderr).toMatch(/ASSEMBLYAI_API_KEY/)
    const wrongKey = await run(['retention', 'sweep'], { ASSEMBLYAI_API_KEY: 'f'.repeat(31) + 'e' })
    expect(wrongKey.code).toBe(2)
    expect(wrongKey.stderr).toMatch(/401/)
    expect(wrongKey.stderr).not.toContain('f'.repeat(31))
    expect((await emu.requests()).filter((r) => r.method === 'DELETE' && r.status === 200)).toHaveLength(0)
    expect(await ts.store.db.selectFrom('ledger_entries').select('seq').execute()).toHaveLength(0)
  })
})
