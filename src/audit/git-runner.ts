/**
 * The only way the audit talks to git: an injectable runner, so tests can point it at temp repos and
 * nothing re-implements git's own logic (ignore rules, history walking).
 *
 * @module
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { existsSync } from 'node:fs'
import type { Readable } from 'node:stream'

export interface GitResult {
  readonly code: number
  readonly stdout: Buffer
  readonly stderr: string
}

/** Extra environment variables for one git process (e.g. `LC_ALL=C` for a byte-level grep). */
export type GitEnv = Readonly<Record<string, string>>

export interface GitRunner {
  /** Runs `git args` in `cwd`, feeding `input` on stdin; resolves with everything it printed. */
  run(args: readonly string[], cwd: string, input?: string, env?: GitEnv): Promise<GitResult>
  /** Starts `git args` for streaming its stdout (history, the tree prefilter). */
  spawn(args: readonly string[], cwd: string, env?: GitEnv): ChildProcessWithoutNullStreams
  /**
   * Starts several git commands at once, each with its own stdout, through one process start
   * (`startTogether`); undefined where that cannot be done, and the caller starts them one by one.
   */
  spawnTogether?(commands: readonly GitCommand[], cwd: string): GitProcess[] | undefined
}

/** One git command of a group started together. */
export interface GitCommand {
  readonly args: readonly string[]
  readonly env?: GitEnv | undefined
}

/** A started git command: its own output, and its exit code once it ended (127: it could not run). */
export interface GitProcess {
  readonly stdout: Readable
  readonly exit: Promise<number>
  /** What it printed on stderr (a group's commands share theirs), once it ended. */
  readonly stderr: Promise<string>
}

/** A child process as a `GitProcess`, fed `input` on stdin. A process that cannot start exits 127 with why. */
export function gitProcessOf(child: ChildProcessWithoutNullStreams, input = ''): GitProcess {
  const err: Buffer[] = []
  let failed: string | undefined
  child.stderr.on('data', (b: Buffer) => err.push(b))
  child.stdin.on('error', () => undefined)
  child.stdin.end(input)
  const exit = new Promise<number>((resolve) => {
    child.on('error', (e) => {
      failed = e.message
      resolve(127)
    })
    child.on('close', (code) => resolve(code ?? 1))
  })
  return { stdout: child.stdout, exit, stderr: exit.then(() => failed ?? Buffer.concat(err).toString('utf8')) }
}

/** Settles once a stream has ended, closed or failed. */
export function streamEnded(stream: Readable): Promise<void> {
  return new Promise<void>((resolve) => {
    stream.on('end', resolve)
    stream.on('close', resolve)
    stream.on('error', () => resolve())
  })
}

/** Everything a started command printed, as `run` gives it. */
export async function collect(p: GitProcess): Promise<GitResult> {
  const out: Buffer[] = []
  p.stdout.on('data', (b: Buffer) => out.push(b))
  const [code] = await Promise.all([p.exit, streamEnded(p.stdout)])
  return { code, stdout: code === 127 ? Buffer.alloc(0) : Buffer.concat(out), stderr: await p.stderr }
}

const BASE_ARGS = ['-c', 'core.quotePath=false', '-c', 'color.ui=false']

/**
 * `GIT_FLUSH=0`: git otherwise flushes its output after every commit when writing to a pipe, which
 * turns `git log -p` into thousands of small reads here. Every caller reads the whole output anyway.
 */
function gitEnv(extra?: GitEnv): NodeJS.ProcessEnv {
  return { ...process.env, GIT_FLUSH: '0', ...extra }
}

export function createGitRunner(gitBinary = 'git'): GitRunner {
  return {
    run(args, cwd, input, env) {
      return collect(gitProcessOf(spawn(gitBinary, [...BASE_ARGS, ...args], { cwd, env: gitEnv(env), stdio: ['pipe', 'pipe', 'pipe'] }), input))
    },
    spawn(args, cwd, env) {
      return spawn(gitBinary, [...BASE_ARGS, ...args], { cwd, env: gitEnv(env), stdio: ['pipe', 'pipe', 'pipe'] })
    },
    spawnTogether(commands, cwd) {
      return startTogether(gitBinary, commands, cwd)
    },
  }
}

/** A POSIX shell starts the group: present wherever git runs, except Windows. */
const SHELL = '/bin/sh'
let hasShell: boolean | undefined

/** An argument as one shell word, whatever it holds. */
const quote = (arg: string): string => `'${arg.replaceAll("'", "'\\''")}'`

/**
 * Starts the commands through one shell, each writing to its own pipe (fd 3, 4, ...), the shell
 * printing their exit codes once all ended. Node starts a process by forking itself, and that
 * takes 5-15 ms of its thread for a process the size of a scan (the first scan of a 20,000-file
 * tree started three git processes, 40 ms of a half-second scan before the last one ran); the shell
 * forks in a fraction of a millisecond.
 */
export function startTogether(gitBinary: string, commands: readonly GitCommand[], cwd: string): GitProcess[] | undefined {
  if (process.platform === 'win32' || commands.length === 0) return undefined
  hasShell ??= existsSync(SHELL)
  if (!hasShell) return undefined
  const fds = commands.map((_, i) => i + 3)
  const closeAll = fds.map((fd) => `${fd}>&-`).join(' ')
  const lines = commands.map((c, i) => {
    const env = Object.entries(c.env ?? {})
      .map(([k, v]) => `${k}=${quote(v)}`)
      .join(' ')
    const argv = [gitBinary, ...BASE_ARGS, ...c.args].map(quote).join(' ')
    return `${env}${env === '' ? '' : ' '}${argv} </dev/null >&${fds[i] as number} ${closeAll} & p${i}=$!`
  })
  const waits = commands.map((_, i) => `wait $p${i}; s${i}=$?`)
  const script = [...lines, `exec ${closeAll}`, ...waits, `echo ${commands.map((_, i) => `$s${i}`).join(' ')}`].join('\n')
  let child
  try {
    child = spawn(SHELL, ['-c', script], { cwd, env: gitEnv(), stdio: ['ignore', 'pipe', 'pipe', ...fds.map(() => 'pipe' as const)] })
  } catch {
    return undefined
  }
  const status: Buffer[] = []
  const err: Buffer[] = []
  child.stdout?.on('data', (b: Buffer) => status.push(b))
  child.stderr?.on('data', (b: Buffer) => err.push(b))
  const codes = new Promise<number[]>((resolve) => {
    child.on('error', () => resolve(commands.map(() => 127)))
    child.on('close', (code) => {
      const printed = Buffer.concat(status).toString('latin1').trim().split(' ').map(Number)
      resolve(commands.map((_, i) => (code === 0 && Number.isInteger(printed[i]) ? (printed[i] as number) : 127)))
    })
  })
  const stderr = codes.then(() => Buffer.concat(err).toString('utf8'))
  return commands.map((_, i) => ({ stdout: child.stdio[fds[i] as number] as Readable, exit: codes.then((c) => c[i] as number), stderr }))
}

/** NUL-separated git output to a list. */
export function splitNul(buf: Buffer): string[] {
  const text = buf.toString('utf8')
  return text.length === 0 ? [] : text.split('\0').filter((s) => s.length > 0)
}
