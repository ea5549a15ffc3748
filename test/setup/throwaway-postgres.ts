/**
 * A throw-away PostgreSQL cluster on a free loopback port, made with the machine's initdb and
 * stopped by pid. initdb refuses to run as root, so as root the cluster belongs to `postgres`.
 * A watchdog stops it too when the process that started it dies without calling `stop()` (a test
 * run killed by a timeout or Ctrl-C), so no cluster is left running with its directory in /tmp.
 */
import { execFileSync, spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, chmodSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface ThrowawayPostgres {
  readonly url: string
  stop(): Promise<void>
}

function findBinDir(): string | undefined {
  const root = '/usr/lib/postgresql'
  if (!existsSync(root)) return undefined
  const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
  versions.sort((a, b) => Number(b) - Number(a))
  return versions[0] ? join(root, versions[0], 'bin') : undefined
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export async function startThrowawayPostgres(): Promise<ThrowawayPostgres | undefined> {
  const bin = findBinDir()
  if (!bin) return undefined
  const dir = mkdtempSync(join(tmpdir(), 'voxguard-pg-'))
  chmodSync(dir, 0o777)
  const data = join(dir, 'data')
  const port = await freePort()
  const asRoot = process.getuid?.() === 0
  const run = (cmd: string, args: string[]) => {
    if (asRoot) {
      const quoted = [cmd, ...args].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ')
      execFileSync('su', ['postgres', '-s', '/bin/sh', '-c', quoted], { stdio: 'pipe' })
    } else {
      execFileSync(cmd, args, { stdio: 'pipe' })
    }
  }
  run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync'])
  run(join(bin, 'pg_ctl'), [
    '-D', data, '-l', join(dir, 'log'), '-w', '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
    'start',
  ])
  const pid = Number(readFileSync(join(data, 'postmaster.pid'), 'utf8').split('\n')[0])
  // the watchdog: polls this process, then stops the server and removes the directory
  const watchdog = spawn(
    '/bin/sh',
    ['-c', 'while kill -0 "$1" 2>/dev/null; do sleep 1; done; kill -INT "$2" 2>/dev/null; sleep 5; rm -rf "$3"', 'pg-watchdog', String(process.pid), String(pid), dir],
    { detached: true, stdio: 'ignore' },
  )
  watchdog.unref()
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    async stop() {
      try {
        if (watchdog.pid !== undefined) process.kill(watchdog.pid)
      } catch {
        /* already gone */
      }
      try {
        process.kill(pid, 'SIGINT')
      } catch {
        /* already gone */
      }
      for (let i = 0; i < 100 && spawnSync('kill', ['-0', String(pid)]).status === 0; i++) {
        await new Promise((r) => setTimeout(r, 100))
      }
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
