/**
 * The TypeScript loader's compile cache: used only from a private directory of this user, written
 * after a load without one, ignored (and replaced) when corrupt or writable by others, and off on request.
 * Each load runs in its own Node process (the built module, as the CLI runs it): within one process
 * V8 compiles a given source once and would answer later loads from memory, not from the file.
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { compileCacheDir } from '../../src/audit/internal/typescript-loader.js'

const BUILT = fileURLToPath(new URL('../../dist/src/audit/internal/typescript-loader.js', import.meta.url))
const PROBE = `
const { loadTypescriptWithCache } = await import(process.argv[1])
const loaded = loadTypescriptWithCache({ cacheDir: process.argv[2] })
const ts = loaded.ts
const statements = ts.createSourceFile('a.ts', 'const c = new AssemblyAI({ apiKey: k })\\nawait c.transcripts.transcribe({ audio })', ts.ScriptTarget.Latest, true).statements.length
loaded.saveCache()
process.stdout.write(JSON.stringify({ fromCache: loaded.fromCache, statements }))
`

/** One load (and save) in a fresh process. */
function load(cacheDir: string): { fromCache: boolean; statements: number } {
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE, BUILT, cacheDir], { encoding: 'utf8' })
  if (r.status !== 0) throw new Error(`probe failed: ${r.stderr}`)
  return JSON.parse(r.stdout) as { fromCache: boolean; statements: number }
}

let base: string
let dir: string
beforeEach(() => {
  base = mkdtempSync(join(tmpdir(), 'vg-tscache-'))
  dir = join(base, 'voxguard')
})
afterEach(() => rmSync(base, { recursive: true, force: true }))

const cacheFiles = (): string[] => readdirSync(dir).filter((f) => f.endsWith('.bin'))

describe('loadTypescriptWithCache', () => {
  it('writes a private cache after a cold load and takes its bytecode on the next load', () => {
    expect(load(dir)).toEqual({ fromCache: false, statements: 2 })
    const [name] = cacheFiles()
    expect(name).toMatch(/^typescript-\d+\.\d+\.\d+-\d+-\d+-nodev\d+.*\.bin$/)
    const file = join(dir, name as string)
    expect(statSync(dir).mode & 0o777).toBe(0o700)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const before = readFileSync(file)
    expect(load(dir)).toEqual({ fromCache: true, statements: 2 })
    // a load that used the cache leaves it as it was
    expect(readFileSync(file).equals(before)).toBe(true)
    expect(cacheFiles()).toHaveLength(1)
  })

  it('ignores a corrupt cache, loads normally and replaces it', () => {
    load(dir)
    const file = join(dir, cacheFiles()[0] as string)
    writeFileSync(file, Buffer.alloc(4096, 7))
    expect(load(dir)).toEqual({ fromCache: false, statements: 2 })
    expect(readFileSync(file).equals(Buffer.alloc(4096, 7))).toBe(false)
    expect(load(dir).fromCache).toBe(true)
  })

  it('never reads bytecode that another user could have written, nor writes into an open directory', () => {
    load(dir)
    const file = join(dir, cacheFiles()[0] as string)
    chmodSync(file, 0o666)
    expect(load(dir).fromCache).toBe(false)
    // that load replaced the file with a private one
    expect(statSync(file).mode & 0o777).toBe(0o600)
    const kept = readFileSync(file)
    chmodSync(dir, 0o777)
    expect(load(dir).fromCache).toBe(false)
    expect(cacheFiles()).toHaveLength(1)
    expect(readFileSync(file).equals(kept)).toBe(true)
    chmodSync(dir, 0o700)
    expect(load(dir).fromCache).toBe(true)
  })

  it('still loads when the cache directory cannot be created', () => {
    writeFileSync(join(base, 'blocker'), 'a file where a directory should be')
    expect(load(join(base, 'blocker', 'voxguard'))).toEqual({ fromCache: false, statements: 2 })
  })
})

describe('compileCacheDir', () => {
  it('uses XDG_CACHE_HOME when absolute, else ~/.cache, and nothing when turned off', () => {
    expect(compileCacheDir({ XDG_CACHE_HOME: '/srv/cache' })).toBe('/srv/cache/voxguard')
    expect(compileCacheDir({ XDG_CACHE_HOME: 'relative/cache' })).toMatch(/\/\.cache\/voxguard$/)
    expect(compileCacheDir({ VOXGUARD_COMPILE_CACHE: '0', XDG_CACHE_HOME: '/srv/cache' })).toBeUndefined()
  })
})
