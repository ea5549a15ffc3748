/**
 * Deterministic corpus pieces for the audit bench: a seeded PRNG for structure, and keys made at run
 * time with crypto (nothing key-shaped is ever written to the repository). Planted keys use the
 * contexts users actually write; look-alikes are the strings scanners confuse with keys.
 */
import { randomBytes } from 'node:crypto'
import { seededRandom } from '../helpers/seeded-random.js'

export const prng = seededRandom

export const newKey = (): string => randomBytes(16).toString('hex')

const WORDS = ['user', 'order', 'item', 'cache', 'queue', 'render', 'fetch', 'parse', 'audio', 'stream', 'config', 'result', 'value', 'index', 'session', 'event', 'buffer', 'record', 'client', 'server']

export function ident(rand: () => number): string {
  const a = WORDS[Math.floor(rand() * WORDS.length)] as string
  const b = WORDS[Math.floor(rand() * WORDS.length)] as string
  return `${a}${b[0]?.toUpperCase()}${b.slice(1)}${Math.floor(rand() * 100)}`
}

/** Plausible source lines with no secrets. */
export function codeLines(rand: () => number, n: number): string[] {
  const out: string[] = []
  for (let i = 0; i < n; i++) {
    const r = rand()
    const x = ident(rand)
    const y = ident(rand)
    if (r < 0.3) out.push(`export function ${x}(${y}: number): number {`, `  return ${y} * ${Math.floor(rand() * 1000)}`, '}')
    else if (r < 0.5) out.push(`const ${x} = await ${y}.get('/api/${x}?limit=${Math.floor(rand() * 50)}')`)
    else if (r < 0.65) out.push(`// ${y} keeps the ${x} in sync with the upstream service`)
    else if (r < 0.8) out.push(`if (${x}.length > ${Math.floor(rand() * 64)}) throw new Error('${y} too long')`)
    else out.push(`logger.info({ ${x}, ${y} }, 'processed ${x}')`)
  }
  return out
}

export interface Planted {
  /** Lines of the planted snippet; the key sits on line `keyLine` (0-based). */
  readonly lines: string[]
  readonly keyLine: number
  /** Suggested file name suffix (extension) for the snippet. */
  readonly ext: string
}

/** One planted key in one of the contexts rule 1 must catch. */
export function plantedSnippet(rand: () => number, key: string): Planted {
  const far = '// '.padEnd(70, '-')
  const v = Math.floor(rand() * 10)
  switch (v) {
    case 0:
      return { lines: [`ASSEMBLYAI_API_KEY=${key}`], keyLine: 0, ext: '.env.example' }
    case 1:
      return { lines: [`export ASSEMBLYAI_API_KEY="${key}"`], keyLine: 0, ext: '.sh' }
    case 2:
      return { lines: ['assemblyai:', `  api_key: ${key}`], keyLine: 1, ext: '.yaml' }
    case 3:
      return { lines: ['{', `  "assemblyaiApiKey": "${key}"`, '}'], keyLine: 1, ext: '.json' }
    case 4:
      return { lines: ['[assemblyai]', `api_key = "${key}"`], keyLine: 1, ext: '.toml' }
    case 5:
      return { lines: ["import { AssemblyAI } from 'assemblyai'", far, far, 'const client = new AssemblyAI({', `  apiKey: '${key}',`, '})'], keyLine: 4, ext: '.ts' }
    case 6:
      return { lines: [`const KEY = '${key}'`, far, far, far, "await fetch('https://api.assemblyai.com/v2/transcript', { headers: { authorization: KEY } })"], keyLine: 0, ext: '.js' }
    case 7:
      return { lines: ["const res = await fetch('https://streaming.assemblyai.com/v3/token', {", far, `  headers: { Authorization: '${key}' },`, '})'], keyLine: 2, ext: '.ts' }
    case 8:
      return { lines: ['import assemblyai as aai', far, `aai.settings.api_key = "${key}"`], keyLine: 2, ext: '.py' }
    default:
      return { lines: [`const ASSEMBLYAI_TOKEN = "${key}"`], keyLine: 0, ext: '.mjs' }
  }
}

/** Strings that look like keys but are not: none may be reported. */
export function lookAlike(rand: () => number): { lines: string[]; ext: string } {
  const v = Math.floor(rand() * 6)
  switch (v) {
    case 0:
      return { lines: [`// assemblyai client pinned at commit ${randomBytes(20).toString('hex')}`], ext: '.ts' }
    case 1:
      return { lines: [`const requestId = '${randomBytes(16).toString('hex')}'`], ext: '.ts' }
    case 2:
      return { lines: ['assemblyai@4.0.0:', `  resolved "https://registry.invalid/assemblyai/-/assemblyai-4.0.0.tgz#${randomBytes(16).toString('hex')}"`, `  md5 "${randomBytes(16).toString('hex')}"`], ext: '.lock' }
    case 3:
      return { lines: ['.assemblyai-widget { color: #a1b2c3; border-color: #ffaa00; }'], ext: '.css' }
    case 4:
      return { lines: ['ASSEMBLYAI_API_KEY=your-api-key-here', `ASSEMBLYAI_API_KEY=${'x'.repeat(32)}`, 'ASSEMBLYAI_API_KEY=<your key>'], ext: '.env.example' }
    default:
      return { lines: ['const client = new AssemblyAI({ apiKey: process.env.ASSEMBLYAI_API_KEY })', 'ASSEMBLYAI_API_KEY: ${{ secrets.ASSEMBLYAI_API_KEY }}'], ext: '.ts' }
  }
}
