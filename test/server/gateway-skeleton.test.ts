import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadConfig } from '../../src/config/load-config.js'
import { startGateway, type RunningGateway } from '../../src/server/start-gateway.js'
import { CaptureStream, makeFakeKey } from '../helpers/capture-stream.js'

const running: RunningGateway[] = []
afterEach(async () => {
  await Promise.all(running.splice(0).map((g) => g.close()))
})

async function start(env: Record<string, string>, log = new CaptureStream()) {
  const dataDir = mkdtempSync(join(tmpdir(), 'vg-gw-'))
  const loaded = loadConfig({ env: { PORT: '0', VOXGUARD_DATA_DIR: dataDir, ...env } })
  const gateway = await startGateway({ loaded, logDestination: log })
  running.push(gateway)
  return { gateway, log, dataDir }
}

describe('gateway skeleton over HTTP', () => {
  it('serves health, readiness and Prometheus metrics with secure headers and request ids', async () => {
    const { gateway } = await start({})
    const health = await fetch(`${gateway.url}/healthz`)
    expect(health.status).toBe(200)
    expect(await health.json()).toEqual({ status: 'ok' })
    expect(health.headers.get('x-content-type-options')).toBe('nosniff')
    expect(health.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    const ready = await fetch(`${gateway.url}/readyz`)
    expect(await ready.json()).toEqual({ status: 'ready', database: 'ok' })
    const metrics = await (await fetch(`${gateway.url}/metrics`)).text()
    expect(metrics).toContain('voxguard_http_requests_total{method="GET",route="/healthz",status="200"} 1')
  })

  it('answers unknown routes with the JSON error shape, no stack, secure headers', async () => {
    const { gateway } = await start({})
    const res = await fetch(`${gateway.url}/nope`)
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'no such route' } })
    expect(res.headers.get('x-frame-options')).toBe('DENY')
  })

  it('reports not ready when the database goes away', async () => {
    const { gateway } = await start({})
    await gateway.store.close()
    const res = await fetch(`${gateway.url}/readyz`)
    expect(res.status).toBe(503)
  })

  it('logs only the key fingerprint, never the key', async () => {
    const key = makeFakeKey()
    const { gateway, log } = await start({ ASSEMBLYAI_API_KEY: key })
    await fetch(`${gateway.url}/healthz`)
    gateway.logger.info({ apiKey: key, nested: { authorization: key } }, `a careless line mentioning ${key}`)
    gateway.logger.flush()
    await new Promise((r) => setTimeout(r, 50))
    expect(log.text()).not.toContain(key)
    const listening = log.lines().find((l) => l['msg'] === 'voxguard gateway listening')
    expect(listening?.['keyFingerprint']).toMatch(/^[0-9a-f]{8}$/)
  })

  it('rotates the key from its file on reload (SIGHUP) and keeps the old key on a bad file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vg-key-'))
    const file = join(dir, 'key')
    const first = makeFakeKey()
    const second = makeFakeKey()
    writeFileSync(file, `${first}\n`)
    const { gateway } = await start({ ASSEMBLYAI_API_KEY_FILE: file })
    expect(gateway.apiKey.current()).toBe(first)
    writeFileSync(file, second)
    gateway.reloadKey()
    expect(gateway.apiKey.current()).toBe(second)
    writeFileSync(file, 'not a key !!')
    gateway.reloadKey()
    expect(gateway.apiKey.current()).toBe(second)
  })

  it('picks up a rotated key file without a signal', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vg-key-'))
    const file = join(dir, 'key')
    const first = makeFakeKey()
    const second = makeFakeKey()
    writeFileSync(file, first)
    const { gateway } = await start({ ASSEMBLYAI_API_KEY_FILE: file })
    writeFileSync(file, second)
    for (let i = 0; i < 200 && gateway.apiKey.current() !== second; i++) await new Promise((r) => setTimeout(r, 100))
    expect(gateway.apiKey.current()).toBe(second)
  })

  it('warns when one key is used under two environments of the same database', async () => {
    const key = makeFakeKey()
    const dataDir = mkdtempSync(join(tmpdir(), 'vg-env-'))
    const a = await start({ ASSEMBLYAI_API_KEY: key, VOXGUARD_ENV: 'staging', VOXGUARD_DATA_DIR: dataDir })
    await a.gateway.close()
    const b = await start({ ASSEMBLYAI_API_KEY: key, VOXGUARD_ENV: 'development', VOXGUARD_DATA_DIR: dataDir })
    b.gateway.logger.flush()
    await new Promise((r) => setTimeout(r, 50))
    const warning = b.log.lines().find((l) => String(l['msg']).includes('another environment'))
    expect(warning?.['alsoSeenIn']).toEqual(['staging'])
    expect(b.log.text()).not.toContain(key)
  })

  it('fails clearly when the port is taken, leaving nothing half-started', async () => {
    const { gateway } = await start({})
    const dataDir = mkdtempSync(join(tmpdir(), 'vg-gw-'))
    const loaded = loadConfig({ env: { PORT: String(gateway.port), VOXGUARD_DATA_DIR: dataDir } })
    await expect(startGateway({ loaded, logDestination: new CaptureStream() })).rejects.toThrow(/EADDRINUSE/)
  })
})
