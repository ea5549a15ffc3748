/**
 * bench/token-endpoint: POST /v1/streaming/token through the gateway (auth, rate limits, policy,
 * audit event, logging) against the guide's naive handler, both in front of the same emulator,
 * in one run on this machine. Goal: gateway throughput >= 80% of the naive handler's, added p99
 * under 2 ms.
 *
 * Two phases, each run for both handlers in alternation (`--rounds` times, averaged), so that
 * drift in the machine's load hits both alike:
 * - saturated: `--connections` clients as fast as they can go: throughput (and CPU per request);
 * - fixed rate: `--rate` requests/s, open loop over 8 connections, well below either handler's
 *   capacity: the latency a caller sees. At saturation latency is queueing (it grows with any
 *   throughput gap), so the added-p99 goal is read at the same offered load for both. The two
 *   handlers alternate in `--slice`-second slices (3 per round each), and every latency is kept,
 *   so p50/p99 come from all slices pooled (thousands of samples, not one run's jitter).
 *
 * Usage: npm run bench:token-endpoint [-- --seconds 10 --connections 32 --rate 200 --slice 5 --rounds 2]
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { probeFixedRate, quantile } from '../helpers/fixed-rate-probe.js'
import { processCpuMs } from '../helpers/process-cpu.js'
import { runCli, spawnUntil, startEmulatorProcess, startGatewayProcess } from '../helpers/processes.js'

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    rate: { type: 'string', default: '200' },
    slice: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '2' },
  },
})
const seconds = Number(values.seconds)
const connections = Number(values.connections)
const rate = Number(values.rate)
const rounds = Math.max(1, Number(values.rounds))
const slice = Number(values.slice)
const SLICES_PER_ROUND = 3

interface Target {
  name: string
  url: string
  headers: Record<string, string>
  pid: number | undefined
}

interface Measure {
  rps: number
  p50: number
  p99: number
  errors: number
  /** CPU milliseconds the server process spent per 1,000 requests during the measured run. */
  serverCpuPerK: number
  /** The same for the emulator behind it. */
  upstreamCpuPerK: number
}

async function measure(target: Target, upstreamPid: number | undefined, options: { connections: number }): Promise<Measure> {
  // The request our browser client sends (src/client/browser/gateway-grant.ts): a JSON `{}`.
  const run = (duration: number) =>
    autocannon({
      url: target.url,
      method: 'POST',
      headers: { ...target.headers, 'content-type': 'application/json' },
      body: '{}',
      connections: options.connections,
      duration,
      pipelining: 1,
    })
  await run(2) // warm-up
  const serverBefore = processCpuMs(target.pid)
  const upstreamBefore = processCpuMs(upstreamPid)
  const r = await run(seconds)
  const thousands = r.requests.total / 1000
  return {
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.non2xx + r.errors,
    serverCpuPerK: (processCpuMs(target.pid) - serverBefore) / thousands,
    upstreamCpuPerK: (processCpuMs(upstreamPid) - upstreamBefore) / thousands,
  }
}

function mean(ms: Measure[]): Measure {
  const avg = (f: (m: Measure) => number) => ms.reduce((s, m) => s + f(m), 0) / ms.length
  return {
    rps: avg((m) => m.rps),
    p50: avg((m) => m.p50),
    p99: avg((m) => m.p99),
    errors: ms.reduce((s, m) => s + m.errors, 0),
    serverCpuPerK: avg((m) => m.serverCpuPerK),
    upstreamCpuPerK: avg((m) => m.upstreamCpuPerK),
  }
}

async function main(): Promise<void> {
  const apiKey = randomBytes(16).toString('hex')
  const emulator = await startEmulatorProcess(apiKey)
  const upstreamEnv = { ASSEMBLYAI_API_KEY: apiKey, ASSEMBLYAI_BASE_URL: emulator.restUrl, ASSEMBLYAI_STREAMING_BASE_URL: emulator.restUrl }
  const dataDir = mkdtempSync(join(tmpdir(), 'vg-bench-token-'))
  const env = { ...process.env, ...upstreamEnv, VOXGUARD_DATA_DIR: dataDir, PORT: '0', VOXGUARD_RATE_LIMIT_PER_IP: '100000000', VOXGUARD_RATE_LIMIT_PER_PRINCIPAL: '100000000' }
  const clientKey = runCli(['clients', 'create', 'bench'], env).trim()
  const gateway = await startGatewayProcess(env)
  const naive = await spawnUntil(process.execPath, ['--import', 'tsx', join(import.meta.dirname, 'naive-server.ts')], { ...process.env, ...upstreamEnv }, /"url":"(http:[^"]+)"/)
  try {
    const emulatorPid = emulator.child.process.pid
    const targets: Target[] = [
      { name: 'naive handler (guide)', url: `${naive.match[1]}/token`, headers: {}, pid: naive.child.process.pid },
      { name: 'voxguard gateway', url: `${gateway.url}/v1/streaming/token`, headers: { authorization: `Bearer ${clientKey}` }, pid: gateway.child.process.pid },
    ]
    const saturated: Measure[][] = [[], []]
    const latencies: number[][] = [[], []]
    const sliceP99s: number[][] = [[], []]
    let fixedErrors = 0
    const probe = (t: Target, seconds: number) => probeFixedRate({ url: t.url, headers: t.headers, body: '{}' }, { rate, seconds, connections: 8 })
    for (let round = 0; round < rounds; round++) {
      for (const [i, t] of targets.entries()) saturated[i]?.push(await measure(t, emulatorPid, { connections }))
      for (const t of targets) await probe(t, 1) // warm-up at the same rate
      for (let n = 0; n < SLICES_PER_ROUND; n++)
        for (const [i, t] of targets.entries()) {
          const r = await probe(t, slice)
          latencies[i]?.push(...r.latenciesMs)
          sliceP99s[i]?.push(quantile(r.latenciesMs, 0.99))
          fixedErrors += r.errors
        }
    }
    const [naiveSat, gatewaySat] = saturated.map(mean) as [Measure, Measure]
    const fixedOf = (i: number) => ({ p50: quantile(latencies[i] ?? [], 0.5), p99: quantile(latencies[i] ?? [], 0.99), samples: latencies[i]?.length ?? 0 })
    const [naiveFixed, gatewayFixed] = [fixedOf(0), fixedOf(1)]
    const ratio = gatewaySat.rps / naiveSat.rps
    const addedP99 = gatewayFixed.p99 - naiveFixed.p99
    console.log(`\nPOST token against the emulator, ${rounds} alternating rounds: ${seconds} s saturated, then ${SLICES_PER_ROUND} x ${slice} s at ${rate} requests/s, per handler; ${new Date().toISOString()}\n`)
    console.log(`| handler | saturated (${connections} connections): requests/s | p50 ms | p99 ms | server CPU ms per 1k requests | emulator CPU ms per 1k | at ${rate} requests/s (open loop, ${naiveFixed.samples}+ samples pooled): p50 ms | p99 ms | errors |`)
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |')
    for (const [i, t] of targets.entries()) {
      const s = i === 0 ? naiveSat : gatewaySat
      const f = i === 0 ? naiveFixed : gatewayFixed
      console.log(`| ${t.name} | ${s.rps.toFixed(0)} | ${s.p50.toFixed(1)} | ${s.p99.toFixed(1)} | ${s.serverCpuPerK.toFixed(0)} | ${s.upstreamCpuPerK.toFixed(0)} | ${f.p50.toFixed(2)} | ${f.p99.toFixed(2)} | ${s.errors} |`)
    }
    console.log(`\nerrors in the fixed-rate slices: ${fixedErrors}`)
    for (const [i, t] of targets.entries()) console.log(`p99 of each ${slice} s slice, ${t.name}: ${(sliceP99s[i] ?? []).map((v) => v.toFixed(1)).join(', ')} ms`)
    console.log(`\ngateway throughput = ${(ratio * 100).toFixed(0)}% of naive (goal >= 80%): ${ratio >= 0.8 ? 'MET' : 'NOT MET'}`)
    console.log(`gateway CPU per request = ${(gatewaySat.serverCpuPerK / naiveSat.serverCpuPerK).toFixed(2)}x the naive handler's (moves less with other load than requests/s)`)
    console.log(`gateway added p50 at ${rate} requests/s = ${(gatewayFixed.p50 - naiveFixed.p50).toFixed(2)} ms`)
    console.log(`gateway added p99 at ${rate} requests/s = ${addedP99.toFixed(2)} ms (goal < 2 ms): ${addedP99 < 2 ? 'MET' : 'NOT MET'}`)
  } finally {
    await Promise.all([gateway.child.stop(), naive.child.stop(), emulator.child.stop()])
    rmSync(dataDir, { recursive: true, force: true })
  }
}

await main()
