/**
 * Single-page apps, whose `src/` folder is bundled for the browser as a whole: a package whose
 * `package.json` builds with Vite, Create React App, Vue CLI, Parcel or Angular, and names no
 * framework that renders on a server (SvelteKit, Nuxt, Astro, Remix, Next.js...) nor a server
 * framework (Express, Fastify...), with which `src/` may hold server code too.
 *
 * The code rules take a file under such a `src/` for browser code unless the file itself says
 * otherwise (it imports Node's modules, or sits in a server folder).
 *
 * @module
 */
import { readFileSync } from 'node:fs'
import { posix } from 'node:path'

const SPA_BUILDERS = ['vite', 'react-scripts', '@vue/cli-service', 'parcel', '@angular/core']
/** Packages whose presence means some of `src/` may run on a server (exact names, or a scope ending in `/`). */
const SERVER_SIDE = [
  '@sveltejs/kit', 'nuxt', 'astro', '@remix-run/', '@react-router/dev', '@solidjs/start', '@builder.io/qwik-city', 'vike', 'vite-plugin-ssr',
  '@analogjs/platform', 'vinxi', 'next', 'gatsby', '@tanstack/start', '@tanstack/react-start', 'waku', '@angular/ssr', '@nguniversal/',
  'express', 'fastify', 'koa', 'hono', '@nestjs/', '@hapi/hapi', 'vite-express', 'electron',
]

interface PackageVerdict {
  /** Root-relative directory of the nearest package.json ('' for the root). */
  readonly dir: string
  readonly spa: boolean
}

/** Answers per directory, for one audit root (a tree has few package.json files and many source files). */
export class BrowserApps {
  private readonly root: string
  private readonly byDir = new Map<string, PackageVerdict | null>()

  constructor(root: string) {
    this.root = root
  }

  /** True when `path` (root-relative) is under the `src/` folder of a single-page app's package. */
  isSpaSource(path: string): boolean {
    const pkg = this.packageOf(posix.dirname(path))
    if (pkg === null || !pkg.spa) return false
    const inside = pkg.dir === '' ? path : path.slice(pkg.dir.length + 1)
    return inside.startsWith('src/')
  }

  private packageOf(dir: string): PackageVerdict | null {
    const known = this.byDir.get(dir)
    if (known !== undefined) return known
    let verdict: PackageVerdict | null
    const manifest = readManifest(this.root, dir)
    if (manifest !== undefined) verdict = { dir: dir === '.' ? '' : dir, spa: isSpa(manifest) }
    else verdict = dir === '.' || dir === '' ? null : this.packageOf(posix.dirname(dir))
    this.byDir.set(dir, verdict)
    return verdict
  }
}

function readManifest(root: string, dir: string): Record<string, unknown> | undefined {
  try {
    const doc: unknown = JSON.parse(readFileSync(posix.join(root, dir, 'package.json'), 'utf8'))
    return doc !== null && typeof doc === 'object' && !Array.isArray(doc) ? (doc as Record<string, unknown>) : undefined
  } catch {
    return undefined
  }
}

function isSpa(manifest: Record<string, unknown>): boolean {
  const names = new Set<string>()
  for (const field of ['dependencies', 'devDependencies', 'peerDependencies']) {
    const deps = manifest[field]
    if (deps !== null && typeof deps === 'object') for (const name of Object.keys(deps)) names.add(name)
  }
  const has = (wanted: string): boolean => (wanted.endsWith('/') ? [...names].some((n) => n.startsWith(wanted)) : names.has(wanted))
  return SPA_BUILDERS.some(has) && !SERVER_SIDE.some(has)
}
