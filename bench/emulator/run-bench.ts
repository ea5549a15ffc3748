/**
 * Emulator benchmark: requests/second for GET /v2/transcript/{id} and POST /v2/transcript, and the
 * memory 100,000 stored transcripts take. The emulator runs in a child process; the load comes from
 * this one over keep-alive HTTP with a fixed concurrency. Usage: `npm run bench:emulator`
 * (env BENCH_SECONDS, default 5; BENCH_CONCURRENCY, default 32).
 */
import { spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { Agent, request } from 'node:http'
import { fileURLToPath } from 'node:url'

const seconds = Number(process.env['BENCH_SECONDS'] ?? '5')
const concurrency = Number(process.env['BENCH_CONCURRENCY'] ?? '32')
const key = randomBytes(16).toString('hex')
const agent = new Agent({ keepAlive: true, maxSockets: concurrency })

const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(new URL('./emulator-process.ts', import.meta.url))], {
  stdio: ['pipe', 'pipe', 'inherit'],
})
const lines: string[] = []
const waiters: ((line: string) => void)[] = []
let buffered = ''
child.stdout.on('data', (d: Buffer) => {
  buffered += d.toString()
  let nl
  while ((nl = buffered.indexOf('\n')) >= 0) {
    const line = buffered.slice(0, nl)
    buffered = buffered.slice(nl + 1)
    const w = waiters.shift()
    if (w) w(line)
    else lines.push(line)
  }
})
const nextLine = (): Promise<string> => new Promise((resolve) => {
  const l = lines.shift()
  if (l !== undefined) resolve(l)
  else waiters.push(resolve)
})

function send(base: URL, method: string, path: string, body?: string): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: base.hostname, port: base.port, path, method, agent, headers: { authorization: key, 'content-type': 'application/json', ...(body ? { 'content-length': Buffer.byteLength(body) } : {}) } },
      (res) => {
        let text = ''
        res.setEncoding('utf8')
        res.on('data', (c: string) => (text += c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text }))
      },
    )
    req.on('error', reject)
    req.end(body)
  })
}

async function load(base: URL, method: string, pathFor: (i: number) => string, body?: string): Promise<{ rps: number; p50: number; p99: number; errors: number }> {
  const deadline = Date.now() + seconds * 1000
  const latencies: number[] = []
  let errors = 0
  let i = 0
  const worker = async (): Promise<void> => {
    while (Date.now() < deadline) {
      const t0 = performance.now()
      const res = await send(base, method, pathFor(i++), body)
      latencies.push(performance.now() - t0)
      if (res.status !== 200) errors++
    }
  }
  const start = performance.now()
  await Promise.all(Array.from({ length: concurrency }, worker))
  const elapsed = (performance.now() - start) / 1000
  latencies.sort((a, b) => a - b)
  const pct = (p: number): number => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0
  return { rps: latencies.length / elapsed, p50: pct(0.5), p99: pct(0.99), errors }
}

const { restUrl } = JSON.parse(await nextLine()) as { restUrl: string }
const base = new URL(restUrl)
const rows: [string, string, string][] = []

const createBody = JSON.stringify({ audio_url: 'https://audio.example.com/bench.wav', speech_models: ['universal-3-pro'], redact_pii: true, redact_pii_policies: ['person_name', 'phone_number'], content_safety: true })
const seeded = JSON.parse((await send(base, 'POST', '/__emulator/transcripts', JSON.stringify({ count: 1000 }))).text) as { ids: string[] }
const ids = seeded.ids

const warm = await load(base, 'GET', (i) => `/v2/transcript/${ids[i % ids.length]}`)
void warm
const get = await load(base, 'GET', (i) => `/v2/transcript/${ids[i % ids.length]}`)
rows.push(['GET /v2/transcript/{id} (completed, ~100 words)', `${get.rps.toFixed(0)} req/s`, `p50 ${get.p50.toFixed(1)} ms, p99 ${get.p99.toFixed(1)} ms, errors ${get.errors}`])
const post = await load(base, 'POST', () => '/v2/transcript', createBody)
rows.push(['POST /v2/transcript (validated, PII + content safety)', `${post.rps.toFixed(0)} req/s`, `p50 ${post.p50.toFixed(1)} ms, p99 ${post.p99.toFixed(1)} ms, errors ${post.errors}`])

child.stdin.write('mem\n')
const before = JSON.parse(await nextLine()) as { heapUsed: number; rss: number; transcripts: number }
const t0 = performance.now()
for (let n = 0; n < 10; n++) await send(base, 'POST', '/__emulator/transcripts', JSON.stringify({ count: 10_000, created: new Date(Date.now() - n * 3600_000).toISOString() }))
const seedMs = performance.now() - t0
child.stdin.write('mem\n')
const after = JSON.parse(await nextLine()) as { heapUsed: number; rss: number; transcripts: number }
const mb = (b: number): string => `${(b / 1024 / 1024).toFixed(1)} MB`
rows.push(['100,000 more transcripts (seed hook): heap', mb(after.heapUsed - before.heapUsed), `${((after.heapUsed - before.heapUsed) / 100_000).toFixed(0)} bytes each; heap total ${mb(after.heapUsed)} for ${after.transcripts} transcripts`])
rows.push(['process RSS with them stored', mb(after.rss), `before seeding ${mb(before.rss)} (RSS moves with GC; heap is the figure); seeding took ${(seedMs / 1000).toFixed(1)} s`])
const list = await load(base, 'GET', () => '/v2/transcript?limit=100')
rows.push([`GET /v2/transcript?limit=100 (${after.transcripts} stored)`, `${list.rps.toFixed(0)} req/s`, `p50 ${list.p50.toFixed(1)} ms, p99 ${list.p99.toFixed(1)} ms`])

child.stdin.write('quit\n')
agent.destroy()
const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))]
process.stdout.write(`\nvoxguard emulator benchmark (${seconds} s per load, concurrency ${concurrency}, node ${process.version})\n\n`)
process.stdout.write(`| ${'measure'.padEnd(w[0] ?? 0)} | ${'result'.padEnd(w[1] ?? 0)} | detail |\n|${'-'.repeat((w[0] ?? 0) + 2)}|${'-'.repeat((w[1] ?? 0) + 2)}|--------|\n`)
for (const [a, b, c] of rows) process.stdout.write(`| ${a.padEnd(w[0] ?? 0)} | ${b.padEnd(w[1] ?? 0)} | ${c} |\n`)
