#!/usr/bin/env node
// Builds the browser client: typechecks it (DOM lib, src/client/tsconfig.json), emits its
// declarations, bundles it as one ESM file (the AssemblyAI SDK's streaming part included) and
// bundles the /demo page. Output: dist/client/ (voxguard-client.js, types/, demo/).
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const out = join(root, 'dist', 'client')
const require = createRequire(import.meta.url)
const tsc = require.resolve('typescript/bin/tsc')

rmSync(out, { recursive: true, force: true })
execFileSync(process.execPath, [tsc, '-p', join(root, 'src/client/tsconfig.json'), '--noEmit', 'false', '--declaration', '--emitDeclarationOnly', '--outDir', join(out, 'types')], { stdio: 'inherit' })

const common = { bundle: true, format: 'esm', platform: 'browser', target: 'es2022', sourcemap: true, logLevel: 'warning', legalComments: 'none' }
await build({ ...common, entryPoints: [join(root, 'src/client/browser/index.ts')], outfile: join(out, 'voxguard-client.js') })
await build({ ...common, minify: true, entryPoints: [join(root, 'src/client/browser/demo/demo-page.ts')], outfile: join(out, 'demo', 'demo.js') })
mkdirSync(join(out, 'demo'), { recursive: true })
for (const file of ['index.html', 'demo.css']) copyFileSync(join(root, 'src/client/browser/demo', file), join(out, 'demo', file))
console.log('client built: dist/client/voxguard-client.js, dist/client/demo/')
