#!/usr/bin/env node
// Bundles the command line (tsc's output in dist/src) into dist/cli/: main.js, the audit command as
// its own entry (what `voxguard audit` loads after main.js), and shared chunks, all in one directory. Node 20's module
// loader spends about a millisecond on each of the ~60 modules a scan loads (resolve, read, link),
// on the main thread before the scan's git processes can start; one file per command takes a
// fraction of that. Packages stay external (loaded from node_modules as before), and so do the
// worker threads, which start from dist/src: `new URL('./x.js', import.meta.url)` is rewritten to
// point there from dist/cli. The library entry points (package.json "exports") stay unbundled.
import { readFile, rm } from 'node:fs/promises'
import { dirname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const src = join(root, 'dist', 'src')
const out = join(root, 'dist', 'cli')
const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'))
/** Pure-JavaScript packages every command loads, bundled in (see `external` below). */
const BUNDLED_PACKAGES = new Set(['commander'])
const RELATIVE_URL = /new URL\((['"])(\.\.?\/[^'"]+)\1,\s*import\.meta\.url\)/g

/** Files found next to a module (workers) are found from the bundle's directory instead. */
const siblingUrls = {
  name: 'sibling-urls',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, async (args) => {
      if (!args.path.startsWith(src + sep)) return undefined
      const text = await readFile(args.path, 'utf8')
      if (!text.includes('import.meta.url')) return undefined
      const contents = text.replace(RELATIVE_URL, (_, _q, spec) => {
        const target = relative(out, join(dirname(args.path), spec)).split(sep).join('/')
        return `new URL(${JSON.stringify(target)}, import.meta.url)`
      })
      return { contents, loader: 'js', resolveDir: dirname(args.path) }
    })
  },
}

await rm(out, { recursive: true, force: true })
await build({
  entryPoints: { main: join(src, 'cli', 'main.js'), 'audit-command': join(src, 'cli', 'commands', 'audit-command.js') },
  outdir: out,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // Packages stay external, except commander: every command loads it, and through Node's CommonJS
  // loader from an ES module it cost ~13 ms (resolve, read, wrap, export lexing) before a scan could
  // start. Its require() calls of Node's modules need a real require in the bundle (the banner).
  external: Object.keys(pkg.dependencies).filter((name) => !BUNDLED_PACKAGES.has(name)),
  banner: { js: "import { createRequire as __voxguardCreateRequire } from 'node:module'; const require = __voxguardCreateRequire(import.meta.url);" },
  sourcemap: 'linked',
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [siblingUrls],
})
console.log('cli built: dist/cli/main.js, dist/cli/audit-command.js')
