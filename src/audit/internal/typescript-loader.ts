/**
 * Loads the TypeScript compiler for the code rules, with V8's code cache when one is allowed.
 *
 * Loading TypeScript (9 MB of JavaScript) is the largest single cost of a tree scan that has code
 * files to parse: ~0.35 s of CPU, most of it V8 parsing and compiling the file. Node 20 has no
 * `module.enableCompileCache()` (that came in 22.1), so this does what it does: the module is
 * compiled through `vm.Script` with the bytecode V8 produced on an earlier run, and the bytecode
 * (now holding every function the run compiled) is saved after the run for the next one.
 *
 * Where the cache lives is a security decision. Bytecode is code: whoever can write the cache file
 * can run code in the next audit. So it is kept only in the user's own cache directory
 * (`$XDG_CACHE_HOME/voxguard` or `~/.cache/voxguard`, created 0700, files 0600), never in the
 * audited repository (an untrusted checkout could plant one in its `.git`) nor in a shared temporary
 * directory; a directory or file another user owns or can write to is not used. The file name holds
 * TypeScript's version, the file's size and modification time, Node's and V8's versions and the
 * architecture (V8 checks only the source length itself); V8 rejects bytecode from other flags.
 * Any failure (no home directory, read-only disk, rejected data) means an ordinary load: the cache
 * can only make a scan faster, never change or fail it. `VOXGUARD_COMPILE_CACHE=0` turns it off.
 *
 * @module
 */
import { closeSync, fstatSync, mkdirSync, openSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs'
import { createRequire, Module } from 'node:module'
import { homedir } from 'node:os'
import { dirname, join } from 'node:path'
import { Script } from 'node:vm'
import type * as TS from 'typescript'

const require = createRequire(import.meta.url)

export interface LoadedTypescript {
  readonly ts: typeof TS
  /** Whether V8 took this load's bytecode from the cache. */
  readonly fromCache: boolean
  /** Saves the bytecode compiled so far when this load had no usable cache (call once the run's parsing is done). */
  saveCache(): void
}

export interface LoaderOptions {
  readonly env?: NodeJS.ProcessEnv | undefined
  /** Overrides the cache directory (tests). */
  readonly cacheDir?: string | undefined
}

/** The user's cache directory for voxguard, or undefined when there is no safe one. */
export function compileCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env['VOXGUARD_COMPILE_CACHE'] === '0') return undefined
  const xdg = env['XDG_CACHE_HOME']
  if (xdg !== undefined && xdg.startsWith('/')) return join(xdg, 'voxguard')
  const home = safeHome()
  return home === undefined ? undefined : join(home, '.cache', 'voxguard')
}

function safeHome(): string | undefined {
  try {
    const home = homedir()
    return home.length > 1 ? home : undefined
  } catch {
    return undefined
  }
}

export function loadTypescriptWithCache(options: LoaderOptions = {}): LoadedTypescript {
  const env = options.env ?? process.env
  const dir = options.cacheDir ?? compileCacheDir(env)
  const file = require.resolve('typescript')
  let cacheFile: string | undefined
  let source: string
  try {
    if (dir === undefined || typeof process.getuid !== 'function') throw new Error('no cache')
    const st = statSync(file)
    const version = (require('typescript/package.json') as { version: string }).version
    cacheFile = join(dir, `typescript-${version}-${st.size}-${Math.trunc(st.mtimeMs)}-node${process.version}-v8-${process.versions.v8}-${process.arch}.bin`)
    source = readFileSync(file, 'utf8')
  } catch {
    return { ts: require('typescript') as typeof TS, fromCache: false, saveCache: () => undefined }
  }
  const cached = readOwnFile(cacheFile)
  const script = new Script(Module.wrap(source), { filename: file, ...(cached === undefined ? {} : { cachedData: cached }) })
  const mod = { exports: {} as unknown }
  const compiled = script.runInThisContext() as (exports: unknown, req: NodeJS.Require, module: unknown, filename: string, dirname: string) => void
  compiled.call(mod.exports, mod.exports, createRequire(file), mod, file, dirname(file))
  const needsSave = cached === undefined || script.cachedDataRejected === true
  let saved = false
  return {
    ts: mod.exports as typeof TS,
    fromCache: !needsSave,
    saveCache() {
      if (!needsSave || saved || cacheFile === undefined) return
      saved = true
      try {
        writeOwnFile(cacheFile, script.createCachedData())
      } catch {
        // a cache that cannot be written only costs the next run its speed-up
      }
    },
  }
}

/** The file's bytes when it and its directory belong to this user and nobody else can write them. */
function readOwnFile(path: string): Buffer | undefined {
  let fd: number | undefined
  try {
    if (!ownedPrivately(statSync(dirname(path)))) return undefined
    fd = openSync(path, 'r')
    if (!ownedPrivately(fstatSync(fd))) return undefined
    return readFileSync(fd)
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}

function writeOwnFile(path: string, data: Buffer): void {
  const dir = dirname(path)
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  if (!ownedPrivately(statSync(dir))) return
  const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`
  writeFileSync(tmp, data, { mode: 0o600, flag: 'wx' })
  renameSync(tmp, path)
}

/** Owned by this user, writable by no group or other user. */
function ownedPrivately(st: { uid: number; mode: number }): boolean {
  return st.uid === process.getuid?.() && (st.mode & 0o022) === 0
}
