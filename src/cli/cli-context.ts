/**
 * What a CLI command may touch: injected so commands can be run in-process by tests.
 *
 * @module
 */
import type { Env } from '../config/load-config.js'

export interface CliContext {
  readonly env: Env
  readonly cwd: string
  readonly stdin: NodeJS.ReadableStream
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean }
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean }
  /** Set by a command to the exit code it wants; `undefined` = keep running (servers). */
  exitCode: number | undefined
}

export function createProcessContext(): CliContext {
  return {
    env: process.env,
    cwd: process.cwd(),
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    exitCode: 0,
  }
}
