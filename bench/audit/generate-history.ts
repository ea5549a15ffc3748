/**
 * A reproducible history of N commits built with `git fast-import`: a pool of files grows by a few
 * lines per commit; 1% of the commits add a planted key (some later overwritten), 2% add a
 * look-alike, one commit adds a `.env` file that a later one deletes.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { codeLines, lookAlike, newKey, plantedSnippet, prng } from './corpus.js'

export interface GeneratedHistory {
  readonly dir: string
  readonly commits: number
  /** `commit:file:line` of every planted key. */
  readonly planted: Set<string>
  readonly envCommits: number
}

export function generateHistory(dir: string, commits: number, seed = 7): GeneratedHistory {
  const rand = prng(seed)
  mkdirSync(dir, { recursive: true })
  execFileSync('git', ['init', '-q', '-b', 'main'], { cwd: dir })
  const pool = new Map<string, string[]>()
  const plantedByMark: [number, string, number][] = []
  const chunks: string[] = []
  const time = 1_700_000_000
  for (let c = 1; c <= commits; c++) {
    const ops: string[] = []
    const r = rand()
    const pick = `lib/area${Math.floor(rand() * 20)}/file${Math.floor(rand() * 25)}.ts`
    let lines = pool.get(pick) ?? []
    if (lines.length > 60) lines = lines.slice(-20)
    const added = codeLines(rand, 3 + Math.floor(rand() * 10))
    if (r < 0.01) {
      const p = plantedSnippet(rand, newKey())
      const name = `lib/secrets${c}${p.ext}`
      const prefix = codeLines(rand, 2)
      ops.push(modify(name, [...prefix, ...p.lines]))
      plantedByMark.push([c, name, prefix.length + p.keyLine + 1])
    } else if (r < 0.03) {
      const l = lookAlike(rand)
      ops.push(modify(`lookalikes/la${c}${l.ext}`, l.lines))
    }
    lines = [...lines, ...added]
    pool.set(pick, lines)
    ops.push(modify(pick, lines))
    if (c === Math.floor(commits / 2)) ops.push(modify('.env', ['DEBUG=1', 'LOG_LEVEL=info']))
    if (c === Math.floor(commits / 2) + 1) ops.push('D .env')
    const msg = `change ${c}`
    chunks.push(
      `commit refs/heads/main\nmark :${c}\ncommitter Bench <bench@example.invalid> ${time + c} +0000\ndata ${Buffer.byteLength(msg)}\n${msg}\n${c > 1 ? `from :${c - 1}\n` : ''}${ops.join('')}\n`,
    )
  }
  const marks = join(dir, '.git', 'bench-marks')
  const r = spawnSync('git', ['fast-import', '--quiet', `--export-marks=${marks}`], { cwd: dir, input: chunks.join('') })
  if (r.status !== 0) throw new Error(`git fast-import failed: ${r.stderr.toString()}`)
  execFileSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir })
  const shaOf = new Map<number, string>()
  for (const line of readFileSync(marks, 'utf8').split('\n')) {
    const m = /^:(\d+) ([0-9a-f]{40})$/.exec(line)
    if (m) shaOf.set(Number(m[1]), m[2] as string)
  }
  const planted = new Set(plantedByMark.map(([mark, file, line]) => `${shaOf.get(mark)}:${file}:${line}`))
  return { dir, commits, planted, envCommits: 2 }
}

function modify(path: string, lines: string[]): string {
  const body = `${lines.join('\n')}\n`
  return `M 644 inline ${path}\ndata ${Buffer.byteLength(body)}\n${body}\n`
}
