/**
 * The only way the audit talks to git: an injectable runner, so tests can point it at temp repos and
 * nothing re-implements git's own logic (ignore rules, history walking).
 *
 * @module
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process'

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
      return new Promise((resolve) => {
        const child = spawn(gitBinary, [...BASE_ARGS, ...args], { cwd, env: gitEnv(env), stdio: ['pipe', 'pipe', 'pipe'] })
        const out: Buffer[] = []
        const err: Buffer[] = []
        child.stdout.on('data', (b: Buffer) => out.push(b))
        child.stderr.on('data', (b: Buffer) => err.push(b))
        child.on('error', (e) => resolve({ code: 127, stdout: Buffer.alloc(0), stderr: e.message }))
        child.on('close', (code) =>
          resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }),
        )
        child.stdin.on('error', () => undefined)
        child.stdin.end(input ?? '')
      })
    },
    spawn(args, cwd, env) {
      return spawn(gitBinary, [...BASE_ARGS, ...args], { cwd, env: gitEnv(env), stdio: ['pipe', 'pipe', 'pipe'] })
    },
  }
}

/** NUL-separated git output to a list. */
export function splitNul(buf: Buffer): string[] {
  const text = buf.toString('utf8')
  return text.length === 0 ? [] : text.split('\0').filter((s) => s.length > 0)
}
