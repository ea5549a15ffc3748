/**
 * `npm run bench:streaming`: the redacting proxy's added latency per turn and how many concurrent
 * proxied sessions at real-time audio rate one machine holds.
 *
 * The gateway side (this process): the real proxy (`createStreamingProxy`) with the real PII engine
 * and the built-in policy, on its own http server. The other side (load-process.ts, a child
 * process): a fake v3 upstream over TLS sending PII-rich turns (5 per second per session, stamped
 * with their send time) and N clients streaming 100 ms frames in real time.
 *
 * Two numbers per level:
 * - gateway time: receive to send inside the gateway (parse, PII redaction, serialise), p50/p99;
 * - through-proxy latency: upstream send to client receive (both loopback hops, TLS, and queueing
 *   in both processes): an upper bound of the added latency, used for the 50 ms threshold.
 *
 * "delivered" is turns measured / turns a real-time load should give (5 per second per session over
 * the measured window): well under 100% means the load side (one process) is saturated, and the
 * latencies of that level say more about the machine than about the gateway.
 * Also the gateway process's CPU (user + system) over the window, as a share of one core and per
 * relayed turn: unlike latencies, it hardly depends on what else the machine runs.
 * Each level: sessions open over 1 s, then turns are measured from 2 s to the end (steady state).
 * Options: --levels 25,50,100,200,400 --seconds 10
 */
import { fork } from 'node:child_process'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpus, loadavg } from 'node:os'
import { monitorEventLoopDelay } from 'node:perf_hooks'
import { pino } from 'pino'
import { defaultPolicy } from '../../src/policy/index.js'
import { createStreamingProxy } from '../../src/server/streaming-proxy.js'
import { createTicketStore, redactorForPolicy } from '../../src/streaming/index.js'

const arg = (name: string, fallback: string): string => {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback
}
const levels = arg('levels', '25,50,100,200,400').split(',').map(Number)
const seconds = Number(arg('seconds', '10'))

const pct = (values: number[], p: number): number => {
  if (values.length === 0) return NaN
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN
}
const ms = (v: number): string => (Number.isNaN(v) ? '-' : v < 10 ? v.toFixed(2) : v.toFixed(1))

const child = fork(new URL('./load-process.ts', import.meta.url).pathname, [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' })
const ready = await new Promise<{ upstreamUrl: string; ca: string }>((resolve) => child.once('message', (m) => resolve(m as { upstreamUrl: string; ca: string })))

const tickets = createTicketStore({ ttlSeconds: 120, maxOutstandingPerPrincipal: 100_000, maxOutstanding: 100_000 })
const gatewayTimes: number[] = []
const redactTurn = redactorForPolicy(defaultPolicy())
redactTurn?.({ type: 'Turn', transcript: 'warm up for Anna Smith', words: [] })
const proxy = createStreamingProxy({
  tickets,
  upstreamUrl: ready.upstreamUrl,
  apiKey: () => 'bench-key',
  upstreamCa: ready.ca,
  redactTurn,
  logger: pino({ level: 'silent' }),
  maxSessions: 100_000,
  onTurnRelayed: (t) => gatewayTimes.push(t),
})
const server = createServer((_req, res) => res.end())
proxy.attach(server)
await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}/v1/streaming/ws`

/** One unreported round so JIT and the PII engine's caches are warm, as in a running gateway. */
async function warmUp(): Promise<void> {
  const issued = Array.from({ length: 10 }, () => tickets.issue({ principalId: 'client:bench', origins: [], issuedToOrigin: undefined, maxSessionSeconds: 3600 })?.ticket ?? '')
  child.send({ type: 'run', url, tickets: issued, seconds: 4 })
  await new Promise<void>((resolve) => {
    const onMessage = (m: { type: string }): void => {
      if (m.type !== 'result') return
      child.off('message', onMessage)
      resolve()
    }
    child.on('message', onMessage)
  })
}
await warmUp()

console.log(`streaming proxy bench: ${seconds} s per level, real-time audio (100 ms frames), 5 turns/s/session, PII engine on (built-in gdpr policy); ${cpus().length} cores, load average before: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
console.log('| sessions | turns | gateway p50 (ms) | gateway p99 (ms) | through-proxy p50 (ms) | through-proxy p99 (ms) | event-loop p99 (ms) | gateway CPU (of one core) | CPU per turn (µs) | delivered | sessions cut |')
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|')
let held = 0
/** The level below n (held only counts levels that hold without a gap). */
const heldBefore = (n: number): number => levels[levels.indexOf(n) - 1] ?? 0
for (const n of levels) {
  gatewayTimes.length = 0
  const loop = monitorEventLoopDelay({ resolution: 5 })
  let cpuStart = process.cpuUsage()
  let wallStart = performance.now()
  child.once('message', () => {
    gatewayTimes.length = 0
    loop.enable()
    cpuStart = process.cpuUsage()
    wallStart = performance.now()
  })
  const issued = Array.from({ length: n }, () => tickets.issue({ principalId: 'client:bench', origins: [], issuedToOrigin: undefined, maxSessionSeconds: 3600 })?.ticket ?? '')
  child.send({ type: 'run', url, tickets: issued, seconds })
  const result = await new Promise<{ latencies: number[]; closedEarly: number }>((resolve) => {
    const onMessage = (m: { type: string; latencies: number[]; closedEarly: number }): void => {
      if (m.type !== 'result') return
      child.off('message', onMessage)
      resolve(m)
    }
    child.on('message', onMessage)
  })
  loop.disable()
  const cpu = process.cpuUsage(cpuStart)
  const cpuShare = (cpu.user + cpu.system) / 1000 / (performance.now() - wallStart)
  const p99 = pct(result.latencies, 99)
  console.log(`| ${n} | ${result.latencies.length} | ${ms(pct(gatewayTimes, 50))} | ${ms(pct(gatewayTimes, 99))} | ${ms(pct(result.latencies, 50))} | ${ms(p99)} | ${ms(loop.percentile(99) / 1e6)} | ${(cpuShare * 100).toFixed(0)}% | ${gatewayTimes.length ? ((cpu.user + cpu.system) / gatewayTimes.length).toFixed(0) : '-'} | ${((100 * result.latencies.length) / (n * 5 * (seconds - 2))).toFixed(0)}% | ${result.closedEarly} |`)
  if (p99 <= 50 && result.closedEarly === 0 && held === heldBefore(n)) held = n
}
console.log(`held (through-proxy p99 <= 50 ms, no session cut, every lower level too): ${held || 'none'} sessions; load average after: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`)
child.send({ type: 'exit' })
await proxy.close()
server.close()
