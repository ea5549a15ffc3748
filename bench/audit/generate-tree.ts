/**
 * A reproducible working tree of N files (a git repository, committed) with planted keys (1% of the
 * files) and look-alikes (2%). Returns where the keys are, for recall. Automatic gc is off: a
 * background `git gc --auto` after committing 20,000 files would compete with the timed runs.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { codeLines, lookAlike, newKey, plantedSnippet, prng } from './corpus.js'

export interface GeneratedTree {
  readonly dir: string
  readonly files: number
  /** `file:line` of every planted key. */
  readonly planted: Set<string>
  readonly lookAlikes: number
}

export function generateTree(dir: string, files: number, seed = 42): GeneratedTree {
  const rand = prng(seed)
  const planted = new Set<string>()
  let lookAlikes = 0
  mkdirSync(dir, { recursive: true })
  for (let i = 0; i < files; i++) {
    const folder = `pkg${i % 40}/src/mod${Math.floor(i / 40) % 25}`
    const r = rand()
    let rel: string
    let lines = codeLines(rand, 8 + Math.floor(rand() * 40))
    if (r < 0.01) {
      const p = plantedSnippet(rand, newKey())
      rel = `${folder}/planted${i}${p.ext}`
      const at = Math.floor(rand() * lines.length)
      lines = [...lines.slice(0, at), ...p.lines, ...lines.slice(at)]
      planted.add(`${rel}:${at + p.keyLine + 1}`)
    } else if (r < 0.03) {
      const l = lookAlike(rand)
      rel = `${folder}/lookalike${i}${l.ext}`
      lines = l.ext === '.ts' ? [...lines, ...l.lines] : l.lines
      lookAlikes++
    } else rel = `${folder}/file${i}.${r < 0.8 ? 'ts' : r < 0.9 ? 'js' : 'md'}`
    const abs = join(dir, rel)
    mkdirSync(dirname(abs), { recursive: true })
    writeFileSync(abs, `${lines.join('\n')}\n`)
  }
  const git = (...args: string[]): void => {
    execFileSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'gc.auto=0', '-c', 'maintenance.auto=false', ...args], { cwd: dir, stdio: 'ignore' })
  }
  git('init', '-q', '-b', 'main')
  git('add', '-A')
  git('commit', '-q', '-m', 'generated tree')
  return { dir, files, planted, lookAlikes }
}
