import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startEmulator, type RunningEmulator } from '../../src/emulator/index.js'
import { makeFakeKey } from '../helpers/capture-stream.js'

const bin = join(import.meta.dirname, '../../bin/voxguard.js')
let emulator: RunningEmulator
const canaryKey = makeFakeKey()

beforeAll(async () => {
  emulator = await startEmulator({ apiKeys: [canaryKey], processingDelayMs: 50 })
})
afterAll(async () => {
  await emulator?.close()
})

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })

describe('canary: the whole gateway process', () => {
  it('never prints the API key or a client key on stdout/stderr, nor returns them', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'vg-canary-'))
    const env = {
      PATH: process.env['PATH'] ?? '',
      ASSEMBLYAI_API_KEY: canaryKey,
      ASSEMBLYAI_BASE_URL: emulator.restUrl,
      ASSEMBLYAI_STREAMING_BASE_URL: emulator.streamingUrl,
      VOXGUARD_DATA_DIR: dataDir,
      LOG_LEVEL: 'trace',
    }
    const created = spawnSync(process.execPath, [bin, 'clients', 'create', 'canary-app'], { env, encoding: 'utf8' })
    expect(created.status).toBe(0)
    const clientKey = created.stdout.trim()
    expect(clientKey).toMatch(/^vgk_/)
    expect(created.stderr).not.toContain(clientKey)

    const port = await freePort()
    const child = spawn(process.execPath, [bin, 'serve', '--port', String(port)], { env })
    let output = ''
    child.stdout.on('data', (d: Buffer) => (output += d.toString()))
    child.stderr.on('data', (d: Buffer) => (output += d.toString()))
    const base = `http://127.0.0.1:${port}`
    for (let i = 0; i < 100; i++) {
      try {
        if ((await fetch(`${base}/healthz`)).ok) break
      } catch {
        await new Promise((r) => setTimeout(r, 100))
      }
    }
    const bodies: string[] = []
    const call = async (path: string, init: RequestInit = {}) => {
      const res = await fetch(`${base}${path}`, init)
      bodies.push(JSON.stringify([...res.headers.entries()]), await res.text())
      return res
    }
    const auth = { authorization: `Bearer ${clientKey}` }
    await call('/v1/streaming/token', { method: 'POST', headers: auth })
    const submitted = await call('/v1/transcripts', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: JSON.stringify({ audio_url: 'https://cdn.example/c.wav' }) })
    const { id } = JSON.parse(bodies.at(-1) ?? '{}') as { id: string }
    expect(submitted.status).toBe(201)
    await new Promise((r) => setTimeout(r, 500))
    await call(`/v1/transcripts/${id}`, { headers: auth })
    await call('/v1/transcripts', { headers: auth })
    await call(`/v1/transcripts/${id}`, { method: 'DELETE', headers: auth })
    await call('/v1/streaming/token', { method: 'POST', headers: { authorization: `Bearer ${canaryKey}` } })
    await call('/v1/streaming/token', { method: 'POST', headers: { authorization: canaryKey } })
    await call('/v1/transcripts', { method: 'POST', headers: { ...auth, 'content-type': 'application/json' }, body: `{"audio_url": "${canaryKey}"}` })
    await call('/metrics')
    const exited = new Promise((resolve) => child.once('exit', resolve))
    child.kill('SIGTERM')
    await exited
    expect(output).toContain('voxguard gateway listening')
    for (const secret of [canaryKey, clientKey]) {
      expect(output).not.toContain(secret)
      expect(bodies.join('\n')).not.toContain(secret)
    }
  })
})
