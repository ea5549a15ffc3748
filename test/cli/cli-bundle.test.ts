import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// `npm test` builds before vitest runs; the bundle is what `bin/voxguard.js` starts
const out = join(import.meta.dirname, '../../dist/cli')

describe('the command line bundle (scripts/build-cli.mjs)', () => {
  it('is what bin/voxguard.js loads', () => {
    expect(readFileSync(join(import.meta.dirname, '../../bin/voxguard.js'), 'utf8')).toContain("from '../dist/cli/main.js'")
    expect(existsSync(join(out, 'main.js'))).toBe(true)
    expect(existsSync(join(out, 'audit-command.js'))).toBe(true)
  })

  it('finds every worker thread file it starts, from the bundle directory', () => {
    const urls: string[] = []
    for (const file of readdirSync(out).filter((f) => f.endsWith('.js'))) {
      const text = readFileSync(join(out, file), 'utf8')
      for (const m of text.matchAll(/new URL\("([^"]+)", import\.meta\.url\)/g)) urls.push(fileURLToPath(new URL(m[1] as string, `file://${join(out, file)}`)))
    }
    const workers = urls.filter((u) => u.endsWith('.js'))
    // the audit's tree, history and code workers, and the gateway's field-scan worker
    expect(workers.map((u) => u.slice(u.lastIndexOf('/') + 1)).sort()).toEqual(['code-worker.js', 'field-scan-worker.js', 'history-worker.js', 'tree-worker.js'])
    for (const u of workers) expect(existsSync(u), u).toBe(true)
  })
})
