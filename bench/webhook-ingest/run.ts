/**
 * bench/webhook-ingest: verified AssemblyAI webhook deliveries per second, end to end, on SQLite and
 * on PostgreSQL: the gateway answers each delivery (authenticated with its transcript's own secret,
 * queued durably) and its worker does the work (fetch the transcript from the emulator, content
 * safety, residual-PII scan, verdicts recorded). Goal: >= 2,000 answered/s on SQLite with the work
 * keeping up.
 *
 * Two measurements per store, after a warm-up round (not counted: a server's rate is its steady
 * state, not the first seconds in which V8 is still compiling its hot paths):
 * - burst: `--count` deliveries sent as fast as 64 connections allow (autocannon), answered first
 *   and worked off after; reports the answer rate, the end-to-end work rate and the rate at which
 *   the queue drains once the burst is answered;
 * - sustained: deliveries offered at a fixed `--rate` for `--seconds` (autocannon's overall rate
 *   over the same connections); the work keeps up when every delivery is answered at that rate and
 *   the queue is empty within a second of the last answer.
 *
 * Usage: npm run bench:webhook-ingest [-- --count 8000 --warmup 4000 --rate 2000 --seconds 8 --connections 64 --only sqlite|postgres]
 */
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { createStore, createTranscriptsRepository, type Store } from '../../src/store/index.js'
import { startThrowawayPostgres } from '../../test/setup/throwaway-postgres.js'
import { processCpuMs, threadCpuMs } from '../helpers/process-cpu.js'
import { startEmulatorProcess, startGatewayProcess, type Child } from '../helpers/processes.js'

const { values } = parseArgs({
  options: {
    count: { type: 'string', default: '8000' },
    warmup: { type: 'string', default: '4000' },
    rate: { type: 'string', default: '2000' },
    seconds: { type: 'string', default: '8' },
    connections: { type: 'string', default: '64' },
    only: { type: 'string' },
  },
})
const count = Number(values.count)
const warmup = Number(values.warmup)
const rate = Number(values.rate)
const seconds = Number(values.seconds)
const sustainedCount = Math.round(rate * seconds)
const connections = Number(values.connections)
const only = values.only
if (only !== undefined && only !== 'sqlite' && only !== 'postgres') throw new Error(`--only takes sqlite or postgres, not ${only}`)
/** The queue must be empty this soon after the last answer for the work to count as keeping up. */
const KEEP_UP_LAG_MS = 1000
/** How often the bench asks the database how much work is done (its own load is kept small). */
const DONE_POLL_MS = 25

type Delivery = { ref: string; secret: string; id: string }

/** CPU milliseconds per delivery, by process. */
interface CpuPerDelivery {
  gateway: number
  emulator: number
  senders: number
}

/** One round of deliveries, measured. */
interface Measured {
  answeredPerSecond: number
  /** Deliveries worked off per second, from the first sent until the queue was empty. */
  workPerSecond: number
  /** The rate at which the queue drained once every delivery was answered. */
  drainPerSecond: number
  /** From the last answer until the queue was empty. */
  lagMs: number
  p99ms: number
  failed: number
  cpuMs: CpuPerDelivery
}

interface Row {
  backend: string
  burst: Measured
  sustained: Measured
}

async function seedEmulator(restUrl: string, apiKey: string, n: number): Promise<string[]> {
  const res = await fetch(`${restUrl}/__emulator/transcripts`, { method: 'POST', headers: { authorization: apiKey, 'content-type': 'application/json' }, body: JSON.stringify({ count: n, status: 'completed' }) })
  return ((await res.json()) as { ids: string[] }).ids
}

const countWhere = async (store: Store, state: 'done' | 'queued'): Promise<number> =>
  Number((await store.db.selectFrom('webhook_deliveries').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', state).executeTakeFirstOrThrow()).n)

/** Polls until the queue holds nothing waiting or in progress (a cheap count: the index on (state, id) holds few queued rows). */
async function waitForEmptyQueue(store: Store): Promise<number> {
  while ((await countWhere(store, 'queued')) > 0) await new Promise((r) => setTimeout(r, DONE_POLL_MS))
  return performance.now()
}

/** Measures CPU per delivery of the three processes across `run`. */
async function withCpu<T>(gateway: Child, emulator: Child, n: number, run: () => Promise<T>): Promise<{ result: T; cpuMs: CpuPerDelivery }> {
  const before = { gateway: processCpuMs(gateway.process.pid), emulator: processCpuMs(emulator.process.pid), senders: process.cpuUsage() }
  const result = await run()
  const senders = process.cpuUsage(before.senders)
  return {
    result,
    cpuMs: {
      gateway: (processCpuMs(gateway.process.pid) - before.gateway) / n,
      emulator: (processCpuMs(emulator.process.pid) - before.emulator) / n,
      senders: (senders.user + senders.system) / 1000 / n,
    },
  }
}

/**
 * Sends each delivery exactly once with autocannon (the lightest load generator here, so that the
 * 2 cores go to the gateway): as fast as `connections` allow, or at `overallRate` per second, then
 * waits until the queue has done them all (`doneBefore`: the deliveries it had done before).
 */
async function send(url: string, deliveries: Delivery[], store: Store, doneBefore: number, overallRate?: number) {
  let next = 0
  // autocannon ends an `amount` run on its one-second tick, so its own duration (and the time until
  // it resolves) is rounded up to whole seconds: 4,000 answers in 2.02 s read as 3.1 s. The rate is
  // taken from the first request sent to the last answer received instead, and the queue is watched
  // from the last answer on, not from when autocannon resolves (up to a second later, which had
  // added up to a second to the lag measured).
  let firstSent = Number.NaN
  let lastAnswered = Number.NaN
  let answered = 0
  let everyAnswered = (): void => undefined
  const allAnswered = new Promise<void>((resolve) => (everyAnswered = resolve))
  const run = autocannon({
    url,
    connections,
    amount: deliveries.length,
    ...(overallRate === undefined ? {} : { overallRate }),
    requests: [
      {
        method: 'POST',
        onResponse: () => {
          lastAnswered = performance.now()
          if (++answered === deliveries.length) everyAnswered()
        },
        setupRequest: (request) => {
          if (Number.isNaN(firstSent)) firstSent = performance.now()
          const d = deliveries[next++ % deliveries.length] as Delivery
          request.path = `/webhooks/assemblyai?ref=${d.ref}`
          request.headers = { 'content-type': 'application/json', 'x-voxguard-webhook-secret': d.secret }
          request.body = JSON.stringify({ transcript_id: d.id, status: 'completed' })
          return request
        },
      },
    ],
  })
  // every delivery answered (or autocannon gave up on some: errors and timeouts get no response)
  await Promise.race([allAnswered, run])
  const lastAnswer = { at: performance.now(), done: await countWhere(store, 'done') }
  const end = await waitForEmptyQueue(store)
  const result = await run
  const failed = result.non2xx + result.errors + result.timeouts
  const target = doneBefore + deliveries.length - failed
  const doneAtEnd = await countWhere(store, 'done')
  if (doneAtEnd !== target) throw new Error(`the queue is empty but ${doneAtEnd} deliveries are done, not ${target}: some failed in the gateway`)
  return {
    answeredPerSecond: result.requests.total / ((lastAnswered - firstSent) / 1000),
    workPerSecond: (deliveries.length - failed) / ((end - firstSent) / 1000),
    // Once every delivery is answered, the queue drains at this rate (the work alone) and is empty this long after.
    drainPerSecond: (target - lastAnswer.done) / ((end - lastAnswer.at) / 1000),
    lagMs: end - lastAnswered,
    failed,
    p99ms: result.latency.p99,
  }
}

async function runOne(backend: 'sqlite' | 'postgres', emulator: Child, restUrl: string, apiKey: string, pgUrl?: string): Promise<Row> {
  const dataDir = mkdtempSync(join(tmpdir(), `vg-bench-wh-${backend}-`))
  const store: Store = createStore({ url: pgUrl, dataDir })
  await store.migrate()
  const ids = await seedEmulator(restUrl, apiKey, warmup + count + sustainedCount)
  const transcripts = createTranscriptsRepository(store.db)
  const deliveries: Delivery[] = []
  const now = new Date().toISOString()
  for (const id of ids) {
    const ref = randomBytes(16).toString('base64url')
    const secret = randomBytes(32).toString('base64url')
    deliveries.push({ ref, secret, id })
    await transcripts.insert({
      id, owner: 'client:bench', created_at: now, delete_after: now, status: 'queued', webhook_secret_hash: createHash('sha256').update(secret).digest('hex'),
      webhook_ref: ref, policy: '{}', safety_verdict: null, pii_verdict: null, updated_at: now, deleted_at: null,
    })
  }
  const gateway = await startGatewayProcess({
    ...process.env, PORT: '0', VOXGUARD_DATA_DIR: dataDir, ASSEMBLYAI_API_KEY: apiKey, ASSEMBLYAI_BASE_URL: restUrl, ASSEMBLYAI_STREAMING_BASE_URL: restUrl,
    LOG_LEVEL: 'warn', ...(pgUrl ? { DATABASE_URL: pgUrl } : {}),
  })
  try {
    const warm = warmup > 0 ? await send(gateway.url, deliveries.slice(0, warmup), store, 0) : { failed: 0 }
    let doneSoFar = warmup - warm.failed
    const threadsBefore = threadCpuMs(gateway.child.process.pid)
    const b = await withCpu(gateway.child, emulator, count, () => send(gateway.url, deliveries.slice(warmup, warmup + count), store, doneSoFar))
    doneSoFar += count - b.result.failed
    const s = await withCpu(gateway.child, emulator, sustainedCount, () => send(gateway.url, deliveries.slice(warmup + count), store, doneSoFar, rate))
    if (process.env['VOXGUARD_BENCH_THREADS'] === '1') console.log(backend, 'CPU us/delivery by thread after warm-up:', [...threadCpuMs(gateway.child.process.pid)].map(([n, ms]) => `${n}=${((ms - (threadsBefore.get(n) ?? 0)) * 1000 / (count + sustainedCount)).toFixed(0)}`).join(' '))
    return {
      backend,
      burst: { ...b.result, cpuMs: b.cpuMs },
      sustained: { ...s.result, cpuMs: s.cpuMs },
    }
  } finally {
    await gateway.child.stop()
    await store.close()
    // the round's database and ledger key (25 MB per run): nothing is kept after the figures
    rmSync(dataDir, { recursive: true, force: true })
  }
}

const cpuCell = (c: CpuPerDelivery) => `${c.gateway.toFixed(2)} / ${c.emulator.toFixed(2)} / ${c.senders.toFixed(2)}`

// autocannon's overall rate runs 1-2% under the rate asked for (1,976-1,984/s for 2,000/s here): the
// gateway answering all it was offered at that pace counts as answering the rate
const keepsUp = (s: Measured) => s.failed === 0 && s.answeredPerSecond >= rate * 0.98 && s.lagMs <= KEEP_UP_LAG_MS

async function main(): Promise<void> {
  const apiKey = randomBytes(16).toString('hex')
  const emulator = await startEmulatorProcess(apiKey)
  let pg: Awaited<ReturnType<typeof startThrowawayPostgres>>
  const rows: Row[] = []
  try {
    if (only !== 'postgres') rows.push(await runOne('sqlite', emulator.child, emulator.restUrl, apiKey))
    // started only now: no database server that is not being measured runs during the SQLite round
    pg = only === 'sqlite' ? undefined : await startThrowawayPostgres()
    if (pg) rows.push(await runOne('postgres', emulator.child, emulator.restUrl, apiKey, pg.url))
    else if (only !== 'sqlite') console.log('PostgreSQL not found: postgres row skipped')
  } finally {
    await emulator.child.stop()
    await pg?.stop()
  }
  console.log(`\nWebhook ingest on this machine, after ${warmup} deliveries of warm-up, ${new Date().toISOString()}`)
  console.log(`\nBurst: ${count} verified deliveries, ${connections} connections sending as fast as answered\n`)
  console.log('| store | answered/s | work done/s (end to end) | queue drain/s after the burst | answer p99 ms | failed | CPU ms per delivery: gateway / emulator / senders |')
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
  for (const { backend, burst: r } of rows) {
    console.log(`| ${backend} | ${r.answeredPerSecond.toFixed(0)} | ${r.workPerSecond.toFixed(0)} | ${r.drainPerSecond.toFixed(0)} | ${r.p99ms.toFixed(1)} | ${r.failed} | ${cpuCell(r.cpuMs)} |`)
  }
  console.log(`\nSustained: ${sustainedCount} verified deliveries offered at ${rate}/s for ${seconds} s\n`)
  console.log(`| store | answered/s | work done/s (end to end) | queue empty after the last answer (ms) | answer p99 ms | failed | CPU ms per delivery: gateway / emulator / senders | work keeps up (queue empty within ${KEEP_UP_LAG_MS} ms) |`)
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | --- |')
  for (const { backend, sustained: r } of rows) {
    console.log(`| ${backend} | ${r.answeredPerSecond.toFixed(0)} | ${r.workPerSecond.toFixed(0)} | ${r.lagMs.toFixed(0)} | ${r.p99ms.toFixed(1)} | ${r.failed} | ${cpuCell(r.cpuMs)} | ${keepsUp(r) ? 'yes' : 'no'} |`)
  }
  const sqlite = rows.find((r) => r.backend === 'sqlite')
  if (sqlite) {
    const met = rate >= 2000 && keepsUp(sqlite.sustained)
    console.log(`\nGoal: SQLite answers >= 2,000/s with the work keeping up (sustained ${rate}/s): ${met ? 'MET' : 'NOT MET'}`)
  }
}

await main()
