/** Child processes for benchmarks: the emulator, the gateway, and small servers, each on its own port. */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { join } from 'node:path'

export const REPO = join(import.meta.dirname, '..', '..')
export const BIN = join(REPO, 'bin', 'voxguard.js')

export interface Child {
  readonly process: ChildProcess
  stop(): Promise<void>
}

/** Wraps a process: `stop()` sends SIGTERM, then SIGKILL after 5 s. */
function asChild(proc: ChildProcess): Child {
  return {
    process: proc,
    stop: () =>
      new Promise<void>((done) => {
        if (proc.exitCode !== null) return done()
        proc.once('exit', () => done())
        proc.kill('SIGTERM')
        setTimeout(() => proc.kill('SIGKILL'), 5000).unref()
      }),
  }
}

/** Spawns and resolves with the first stdout line matching `ready`. */
export function spawnUntil(command: string, args: string[], env: NodeJS.ProcessEnv, ready: RegExp, timeoutMs = 30_000): Promise<{ child: Child; match: RegExpExecArray }> {
  return new Promise((resolve, reject) => {
    const proc = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    const timer = setTimeout(() => reject(new Error(`timed out starting ${args.join(' ')}: ${err}`)), timeoutMs)
    proc.stderr.on('data', (d: Buffer) => (err += d.toString()))
    proc.stdout.on('data', (d: Buffer) => {
      if (out.length < 100_000) out += d.toString()
      const match = ready.exec(out)
      if (match) {
        clearTimeout(timer)
        out = ''
        resolve({ match, child: asChild(proc) })
      }
    })
    proc.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code}: ${err}`)))
  })
}

export async function startEmulatorProcess(apiKey: string, extra: string[] = []): Promise<{ child: Child; restUrl: string; wsUrl: string }> {
  const nodeArgs = process.env['VOXGUARD_BENCH_EMULATOR_NODE_ARGS']?.split(' ').filter(Boolean) ?? []
  const { child, match } = await spawnUntil(process.execPath, [...nodeArgs, BIN, 'emulate', '--json', '--port', '0', '--api-key', apiKey, ...extra], { ...process.env }, /^(\{.*"restUrl".*\})$/m)
  const info = JSON.parse(match[1] ?? '{}') as { restUrl: string; wsUrl: string }
  return { child, restUrl: info.restUrl, wsUrl: info.wsUrl }
}

export function runCli(args: string[], env: NodeJS.ProcessEnv): string {
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`voxguard ${args.join(' ')} failed: ${r.stderr}`)
  return r.stdout
}

async function freePort(): Promise<number> {
  const { createServer } = await import('node:net')
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port
      s.close(() => resolve(port))
    })
  })
}

/** Starts `voxguard serve` on a free port and waits until /healthz answers (whatever the log level). */
export async function startGatewayProcess(env: NodeJS.ProcessEnv): Promise<{ child: Child; url: string }> {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const nodeArgs = process.env['VOXGUARD_BENCH_NODE_ARGS']?.split(' ').filter(Boolean) ?? []
  const proc = spawn(process.execPath, [...nodeArgs, BIN, 'serve'], { env: { ...env, PORT: String(port) }, stdio: ['ignore', 'ignore', 'pipe'] })
  let err = ''
  proc.stderr.on('data', (d: Buffer) => (err += d.toString()))
  const deadline = Date.now() + 30_000
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`voxguard serve exited: ${err}`)
    try {
      if ((await fetch(`${url}/healthz`)).ok) break
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) throw new Error(`voxguard serve did not start: ${err}`)
    await new Promise((r) => setTimeout(r, 100))
  }
  return { child: asChild(proc), url }
}
