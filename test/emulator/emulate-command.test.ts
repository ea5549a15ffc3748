import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { PassThrough } from 'node:stream'
import { describe, expect, it } from 'vitest'
import type { CliContext } from '../../src/cli/cli-context.js'
import { main } from '../../src/cli/main.js'
import { call, newKey } from './helpers.js'

const runner = fileURLToPath(new URL('./fixtures/run-cli.ts', import.meta.url))
const repoRoot = fileURLToPath(new URL('../../', import.meta.url))

function startCli(args: string[], env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['--import', 'tsx', runner, 'emulate', ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  const firstLine = new Promise<string>((resolve, reject) => {
    child.stdout.on('data', () => {
      const nl = stdout.indexOf('\n')
      if (nl >= 0) resolve(stdout.slice(0, nl))
    })
    void exited.then(() => reject(new Error(`exited early: ${stderr}`)))
  })
  firstLine.catch(() => undefined)
  return { child, exited, firstLine, output: () => ({ stdout, stderr }) }
}

describe('voxguard emulate', () => {
  it('prints exactly one JSON line when ready, serves, and stops cleanly on SIGTERM', async () => {
    const key = newKey()
    const other = newKey()
    const cli = startCli(['--json', '--port', '0', '--api-key', key, other, '--faults', 'latency=1..2ms'])
    const ready = JSON.parse(await cli.firstLine) as Record<string, string>
    expect(Object.keys(ready)).toEqual(['restUrl', 'streamingUrl', 'wsUrl', 'caCertPath'])
    expect(ready['restUrl']).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(ready['streamingUrl']).toBe(ready['restUrl'])
    expect(ready['wsUrl']).toMatch(/^wss:\/\/127\.0\.0\.1:\d+\/v3\/ws$/)
    expect(existsSync(ready['caCertPath'] ?? '')).toBe(true)
    expect((await call(ready['restUrl'] ?? '', key, 'GET', '/v2/transcript')).status).toBe(200)
    expect((await call(ready['restUrl'] ?? '', other, 'GET', '/v2/transcript')).status).toBe(200)
    expect((await call(ready['restUrl'] ?? '', newKey(), 'GET', '/v2/transcript')).status).toBe(401)
    cli.child.kill('SIGTERM')
    expect(await cli.exited).toBe(0)
    expect(cli.output().stdout.trim().split('\n')).toHaveLength(1)
    expect(existsSync(ready['caCertPath'] ?? '')).toBe(false)
  })

  it('exits 2 with a clear message for a bad fault spec, port or delay (in-process)', async () => {
    for (const args of [['--faults', '429=lots'], ['--port', '70000'], ['--processing-delay', 'soon'], ['--api-key', 'short']]) {
      const out: string[] = []
      const err: string[] = []
      const ctx = {
        env: {},
        cwd: repoRoot,
        stdin: process.stdin,
        stdout: Object.assign(new PassThrough(), { write: (s: string) => out.push(s) > 0 }),
        stderr: Object.assign(new PassThrough(), { write: (s: string) => err.push(s) > 0 }),
        exitCode: 0 as number | undefined,
      }
      const code = await main(['node', 'voxguard', 'emulate', '--json', ...args], ctx as unknown as CliContext)
      expect(code, args.join(' ')).toBe(2)
      expect(err.join('')).toMatch(/voxguard: validation_failed: --(faults|port|processing-delay|api-key)/)
      expect(out.join('')).toBe('')
    }
  })
})
