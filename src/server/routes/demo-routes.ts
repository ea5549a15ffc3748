/**
 * `/demo`: the live transcription demo page (built by `npm run build` into dist/client/demo).
 * Served only when enabled (development by default, or VOXGUARD_DEMO=true), with a strict CSP:
 * scripts from the gateway itself (and the AudioWorklet's blob: module), connections to the gateway
 * and to AssemblyAI's streaming WebSocket.
 *
 * @module
 */
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { Hono, type Context } from 'hono'
import type { GatewayEnv } from '../gateway-env.js'

const ASSETS: Record<string, string> = {
  'index.html': 'text/html; charset=utf-8',
  'demo.js': 'text/javascript; charset=utf-8',
  'demo.css': 'text/css; charset=utf-8',
}

export interface DemoRoutesOptions {
  /** The AssemblyAI WebSocket browsers reach in direct mode (allowed in the CSP). */
  readonly streamingWebsocketUrl: string
  /** Where the built demo lives (default: dist/client/demo of this package). */
  readonly assetDir?: string
}

/** The package root: the nearest directory above this file with voxguard's package.json. */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 6; i++) {
    const manifest = join(dir, 'package.json')
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'voxguard') return dir
    dir = dirname(dir)
  }
  return process.cwd()
}

export function demoRoutes(options: DemoRoutesOptions): Hono<GatewayEnv> {
  const dir = options.assetDir ?? join(packageRoot(), 'dist', 'client', 'demo')
  const upstream = new URL(options.streamingWebsocketUrl)
  const csp = [
    "default-src 'none'",
    "script-src 'self' blob:",
    "style-src 'self'",
    `connect-src 'self' ${upstream.protocol}//${upstream.host}`,
    "img-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ')
  const cache = new Map<string, string>()
  const app = new Hono<GatewayEnv>()
  const serve = (name: string) => (c: Context<GatewayEnv>) => {
    let body = cache.get(name)
    if (body === undefined) {
      const path = join(dir, name)
      if (!existsSync(path)) return c.text('The demo page is not built: run `npm run build`.', 503, { 'cache-control': 'no-store' })
      body = readFileSync(path, 'utf8')
      cache.set(name, body)
    }
    return c.body(body, 200, { 'content-type': ASSETS[name] ?? 'application/octet-stream', 'cache-control': 'no-store', 'content-security-policy': csp })
  }
  app.get('/demo', serve('index.html'))
  app.get('/demo/', serve('index.html'))
  app.get('/demo/demo.js', serve('demo.js'))
  app.get('/demo/demo.css', serve('demo.css'))
  return app
}
