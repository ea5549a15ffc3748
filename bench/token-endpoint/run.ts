/**
 * bench/token-endpoint: POST /v1/streaming/token through the gateway (auth, rate limits, policy,
 * audit event, logging) against the guide's naive handler, both in front of the same emulator,
 * in one run on this machine. Goal: gateway throughput >= 80% of the naive handler's, added p99
 * under 2 ms.
 *
 * Usage: npm run bench:token-endpoint [-- --seconds 10 --connections 32]
 */
import { randomBytes } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import autocannon from 'autocannon'
import { processCpuMs } from '../helpers/process-cpu.js'
import { runCli, spawnUntil, startEmulatorProcess, startGatewayProcess } from '../helpers/processes.js'

const { values } = parseArgs({ options: { seconds: { type: 'string', default: '10' }, connections: { type: 'string', default: '32' } } })
const seconds = Number(values.seconds)
const connections = Number(values.connections)

interface Result {
  name: string
  rps: number
  p50: number
  p99: number
  errors: number
  /** CPU milliseconds the server process spent per 1,000 requests during the measured run. */
  serverCpuPerK: number
  /** The same for the emulator behind it. */
  upstreamCpuPerK: number
}

async function load(name: string, url: string, headers: Record<string, string>, serverPid: number | undefined, upstreamPid: number | undefined): Promise<Result> {
  // The request our browser client sends (src/client/browser/gateway-grant.ts): a JSON `{}`.
  const run = (duration: number) =>
    autocannon({ url, method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{}', connections, duration, pipelining: 1 })
  await run(2) // warm-up
  const serverBefore = processCpuMs(serverPid)
  const upstreamBefore = processCpuMs(upstreamPid)
  const r = await run(seconds)
  const thousands = r.requests.total / 1000
  return {
    name,
    rps: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    errors: r.non2xx + r.errors,
    serverCpuPerK: (processCpuMs(serverPid) - serverBefore) / thousands,
    upstreamCpuPerK: (processCpuMs(upstreamPid) - upstreamBefore) / thousands,
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
    const naiveResult = await load('naive handler (guide)', `${naive.match[1]}/token`, {}, naive.child.process.pid, emulatorPid)
    const gatewayResult = await load('voxguard gateway', `${gateway.url}/v1/streaming/token`, { authorization: `Bearer ${clientKey}` }, gateway.child.process.pid, emulatorPid)
    const ratio = gatewayResult.rps / naiveResult.rps
    const addedP99 = gatewayResult.p99 - naiveResult.p99
    console.log(`\nPOST token, ${connections} connections, ${seconds} s each, emulator upstream, ${new Date().toISOString()}\n`)
    console.log('| handler | requests/s | p50 ms | p99 ms | errors | server CPU ms per 1k requests | emulator CPU ms per 1k |')
    console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |')
    for (const r of [naiveResult, gatewayResult]) {
      console.log(`| ${r.name} | ${r.rps.toFixed(0)} | ${r.p50.toFixed(1)} | ${r.p99.toFixed(1)} | ${r.errors} | ${r.serverCpuPerK.toFixed(0)} | ${r.upstreamCpuPerK.toFixed(0)} |`)
    }
    console.log(`\ngateway throughput = ${(ratio * 100).toFixed(0)}% of naive (goal >= 80%): ${ratio >= 0.8 ? 'MET' : 'NOT MET'}`)
    console.log(`gateway CPU per request = ${(gatewayResult.serverCpuPerK / naiveResult.serverCpuPerK).toFixed(2)}x the naive handler's (load-independent view of the same cost)`)
    console.log(`gateway added p99 = ${addedP99.toFixed(1)} ms (goal < 2 ms): ${addedP99 < 2 ? 'MET' : 'NOT MET'}`)
  } finally {
    await Promise.all([gateway.child.stop(), naive.child.stop(), emulator.child.stop()])
  }
}

await main()
