import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeFakeKey } from '../helpers/capture-stream.js'

const bin = join(import.meta.dirname, '../../bin/voxguard.js')

function run(args: string[], env: Record<string, string> = {}) {
  const cwd = mkdtempSync(join(tmpdir(), 'vg-cli-'))
  return spawnSync(process.execPath, [bin, ...args], { cwd, env: { PATH: process.env['PATH'] ?? '', ...env }, encoding: 'utf8', timeout: 20_000 })
}

describe('voxguard CLI start-up', () => {
  it('prints help', () => {
    const r = run(['--help'])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('serve')
    expect(r.stdout).toContain('Exit status')
  })

  it('refuses production without a key: exit 2, naming ASSEMBLYAI_API_KEY', () => {
    const r = run(['serve'], { VOXGUARD_ENV: 'production' })
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/^voxguard: configuration error: ASSEMBLYAI_API_KEY /m)
    expect(r.stdout).toBe('')
  })

  it('never echoes a malformed secret value', () => {
    const key = `${makeFakeKey()} trailing`
    const r = run(['serve'], { ASSEMBLYAI_API_KEY: key })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('ASSEMBLYAI_API_KEY')
    expect(r.stderr + r.stdout).not.toContain(key.slice(0, 32))
  })

  it('exits 2 with one line for an unreadable secret file and a bad policy', () => {
    const a = run(['serve'], { ASSEMBLYAI_API_KEY_FILE: '/nonexistent/key' })
    expect(a.status).toBe(2)
    expect(a.stderr.trim().split('\n')).toEqual(['voxguard: configuration error: ASSEMBLYAI_API_KEY_FILE cannot read file /nonexistent/key (ENOENT)'])
    const b = run(['serve', '--policy', '/nonexistent/policy.yaml'], {})
    expect(b.status).toBe(2)
    expect(b.stderr).toContain('policy error')
  })

  it('exits 2 when the database is unreachable, without echoing the URL password', () => {
    const r = run(['serve'], { DATABASE_URL: 'postgres://vg:pw-s3cret-xyz@127.0.0.1:1/vg' })
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('database unreachable')
    expect(r.stderr).not.toContain('pw-s3cret-xyz')
  })

  it('starts and serves /healthz, then stops on SIGTERM', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'vg-cli-'))
    const child = spawn(process.execPath, [bin, 'serve', '--port', '0'], { cwd, env: { PATH: process.env['PATH'] ?? '' } })
    let out = ''
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString()
        const m = /"url":"(http:[^"]+)"/.exec(out)
        if (m?.[1]) resolve(m[1])
      })
      child.once('exit', () => reject(new Error(`exited early: ${out}`)))
    })
    const res = await fetch(`${url}/healthz`)
    expect(res.status).toBe(200)
    const code = await new Promise<number | null>((resolve) => {
      child.once('exit', (c) => resolve(c))
      child.kill('SIGTERM')
    })
    expect(code).toBe(0)
  })

  it('stops quietly when the reader closes the pipe early (`voxguard pii redact | head`)', async () => {
    const child = spawn(process.execPath, [bin, 'pii', 'redact'], { stdio: ['pipe', 'pipe', 'pipe'] })
    let stderr = ''
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
    // the reader takes the first chunk and goes away, as `head -1` does
    child.stdout.once('data', () => child.stdout.destroy())
    const line = 'my email is someone@example.com and nothing else\n'.repeat(2000)
    child.stdin.on('error', () => undefined)
    for (let i = 0; i < 50; i++) child.stdin.write(line)
    child.stdin.end()
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    expect(stderr).not.toContain('EPIPE')
    expect(stderr).not.toContain('    at ')
    expect(code).toBe(0)
  })
})
