/**
 * The crash test drives `node bin/voxguard.js`, which runs `dist/cli` (bundled from `dist/src`).
 * `npm test` builds first; a targeted run rebuilds here when any source file is newer than the build.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '../../..')

function newestMtime(dir: string): number {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(path))
    else if (entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs)
  }
  return newest
}

export function ensureBuild(): string {
  const built = join(root, 'dist/cli/main.js')
  if (!existsSync(built) || statSync(built).mtimeMs < newestMtime(join(root, 'src'))) {
    try {
      execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], { cwd: root, stdio: 'pipe', timeout: 240_000 })
    } catch {
      // tsc emits even with type errors elsewhere in the tree; what matters is that dist exists.
    }
    // the command line runs from its bundle of tsc's output
    execFileSync(process.execPath, [join(root, 'scripts/build-cli.mjs')], { cwd: root, stdio: 'pipe', timeout: 120_000 })
  }
  if (!existsSync(built)) throw new Error('dist/cli/main.js is missing: run `npm run build`')
  return join(root, 'bin/voxguard.js')
}
