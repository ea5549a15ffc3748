/**
 * Test fixtures generated at run time: random keys (nothing key-shaped is committed), temp
 * directories and temp git repositories.
 */
import { execFileSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach } from 'vitest'
import type { Finding } from '../../../src/audit/index.js'
import { looksLikeKey } from '../../../src/audit/internal/key-shape.js'

/**
 * A fresh AssemblyAI-shaped key: 32 lowercase hex characters, drawn again in the rare case (about 1 in
 * 3 million) that the draw looks like a placeholder to the detector (all digits, a long run, a
 * counting sequence): a test planting 3,000 keys would otherwise fail once in a thousand runs.
 */
export function makeKey(): string {
  for (;;) {
    const key = randomBytes(16).toString('hex')
    if (looksLikeKey(key)) return key
  }
}

export function makeTempDir(prefix = 'voxguard-audit-'): string {
  return mkdtempSync(join(tmpdir(), prefix))
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true })
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(root, rel)
    mkdirSync(dirname(abs), { recursive: true })
    writeFileSync(abs, content)
  }
}

export function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.invalid',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.invalid',
      GIT_CONFIG_NOSYSTEM: '1',
    },
  })
}

export function initRepo(dir: string): void {
  git(dir, 'init', '-q', '-b', 'main')
  git(dir, 'config', 'commit.gpgsign', 'false')
}

export function commitAll(dir: string, message: string): string {
  git(dir, 'add', '-A')
  git(dir, 'commit', '-q', '--allow-empty', '-m', message)
  return git(dir, 'rev-parse', 'HEAD').trim()
}

/** Temporary repositories for one test file: `newRepo()` makes one, `track()` adds any other
 * directory, and all are removed after each test. */
export function useTempRepos(): { newRepo(): string; track(dir: string): void } {
  const dirs: string[] = []
  afterEach(() => {
    while (dirs.length > 0) removeDir(dirs.pop() as string)
  })
  return {
    newRepo() {
      const dir = makeTempDir()
      dirs.push(dir)
      initRepo(dir)
      return dir
    },
    track(dir) {
      dirs.push(dir)
    },
  }
}

/** Findings as sorted `rule file:line` strings, for comparisons that ignore order. */
export const findingPlaces = (findings: readonly Finding[]): string[] => findings.map((f) => `${f.rule} ${f.file}:${f.line}`).sort()
