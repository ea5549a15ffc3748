/**
 * Retention sweep benchmark: with the sweeper allowed R upstream requests per second (its request
 * budget, the account's rate limit), how close does a sweep of N due transcripts get to R, and how
 * much memory does the sweeping process use as N grows?
 *
 *   npm run bench:retention -- [--rate 100] [--counts 10000,100000] [--latency 20..60ms] [--concurrency 32]
 *
 * The emulator and the sweeper (`node bin/voxguard.js retention sweep`) each run in their own
 * process; the sweeper's peak RSS is read from /proc. Needs `npm run build` (the npm script does it).
 */
import { spawn } from 'node:child_process'
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createStore } from '../../src/store/index.js'

const DAY_MS = 86_400_000
const root = join(import.meta.dirname, '../..')
const bin = join(root, 'bin/voxguard.js')

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 && process.argv[i + 1] !== undefined ? (process.argv[i + 1] as string) : fallback
}

const rate = Number(arg('rate', '100'))
const counts = arg('counts', '10000,100000').split(',').map(Number)
const latency = arg('latency', '20..60ms')
const concurrency = arg('concurrency', '32')

interface Row {
  count: number
  rate: number
  requests: number
  seconds: number
  achieved: number
  peakRssMb: number
  deleted: number
  failed: number
}

async function startEmulatorProcess(apiKey: string): Promise<{ restUrl: string; stop: () => void }> {
  const child = spawn(process.execPath, [bin, 'emulate', '--port', '0', '--json', '--faults', `latency=${latency}`], {
    env: { PATH: process.env['PATH'] ?? '', VOXGUARD_EMULATOR_API_KEYS: apiKey },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const line = await new Promise<string>((resolve, reject) => {
    let out = ''
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString()
      const nl = out.indexOf('\n')
      if (nl >= 0) resolve(out.slice(0, nl))
    })
    child.once('exit', () => reject(new Error('the emulator exited before it was ready')))
  })
  const { restUrl } = JSON.parse(line) as { restUrl: string }
  return { restUrl, stop: () => child.kill('SIGTERM') }
}

async function seed(restUrl: string, apiKey: string, dataDir: string, count: number): Promise<void> {
  const created = new Date(Date.now() - 40 * DAY_MS)
  const res = await fetch(`${restUrl}/__emulator/transcripts`, {
    method: 'POST',
    headers: { authorization: apiKey, 'content-type': 'application/json' },
    body: JSON.stringify({ count, created: created.toISOString() }),
  })
  if (!res.ok) throw new Error(`seeding failed: ${res.status}`)
  const { ids } = (await res.json()) as { ids: string[] }
  const store = createStore({ dataDir })
  await store.migrate()
  const at = created.toISOString()
  const deleteAfter = new Date(created.getTime() + 30 * DAY_MS).toISOString()
  for (let i = 0; i < ids.length; i += 500) {
    await store.db
      .insertInto('transcripts')
      .values(
        ids.slice(i, i + 500).map((id, j) => ({
          id,
          owner: `user:${(i + j) % 997}`,
          created_at: at,
          delete_after: deleteAfter,
          status: 'completed',
          webhook_secret_hash: null,
          policy: '{"retention_days":30}',
          safety_verdict: null,
          pii_verdict: null,
          updated_at: at,
          deleted_at: null,
        })),
      )
      .execute()
  }
  await store.close()
}

function peakRssKb(pid: number): number {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) : 0
  } catch {
    return 0
  }
}

async function sweep(restUrl: string, apiKey: string, dataDir: string): Promise<{ summary: Record<string, unknown> & { stats: { requests: number; erasingMs: number }; deleted: number; failed: number }; peakKb: number }> {
  const child = spawn(process.execPath, [bin, 'retention', 'sweep', '--json', '--requests-per-second', String(rate), '--concurrency', concurrency], {
    cwd: dataDir,
    env: { PATH: process.env['PATH'] ?? '', ASSEMBLYAI_API_KEY: apiKey, ASSEMBLYAI_BASE_URL: restUrl, VOXGUARD_DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  let peakKb = 0
  child.stdout.on('data', (d: Buffer) => (out += d.toString()))
  const poll = setInterval(() => (peakKb = Math.max(peakKb, peakRssKb(child.pid ?? 0))), 250)
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve))
  clearInterval(poll)
  if (code !== 0) throw new Error(`the sweep exited with ${code}`)
  return { summary: JSON.parse(out), peakKb }
}

const rows: Row[] = []
for (const count of counts) {
  const apiKey = randomBytes(16).toString('hex')
  const dataDir = mkdtempSync(join(tmpdir(), `vg-bench-retention-${randomUUID().slice(0, 8)}-`))
  const emulator = await startEmulatorProcess(apiKey)
  try {
    process.stderr.write(`seeding ${count} due transcripts...\n`)
    await seed(emulator.restUrl, apiKey, dataDir, count)
    process.stderr.write(`sweeping ${count} at R = ${rate} requests/s...\n`)
    const { summary, peakKb } = await sweep(emulator.restUrl, apiKey, dataDir)
    const seconds = summary.stats.erasingMs / 1000
    const achieved = summary.stats.requests / seconds
    const row = { count, rate, requests: summary.stats.requests, seconds, achieved, peakRssMb: peakKb / 1024, deleted: summary.deleted, failed: summary.failed }
    rows.push(row)
    process.stderr.write(`${JSON.stringify(row)}\n`)
  } finally {
    emulator.stop()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const header = '| transcripts | R (req/s) | requests | erasing time (s) | achieved (req/s) | % of R | deleted | failed | sweeper peak RSS (MB) |'
process.stdout.write(`\n${header}\n|${'---|'.repeat(9)}\n`)
for (const r of rows) {
  process.stdout.write(
    `| ${r.count} | ${r.rate} | ${r.requests} | ${r.seconds.toFixed(1)} | ${r.achieved.toFixed(1)} | ${((100 * r.achieved) / r.rate).toFixed(1)}% | ${r.deleted} | ${r.failed} | ${r.peakRssMb.toFixed(0)} |\n`,
  )
}
