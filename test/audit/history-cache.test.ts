import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createGitRunner, scanHistory, type GitRunner } from '../../src/audit/index.js'
import { commitAll, findingPlaces, git, makeKey, makeTempDir, useTempRepos, writeFiles } from './helpers/fixture-repo.js'

const { newRepo, track } = useTempRepos()
const where = findingPlaces

/** A git runner that records the git commands it runs (the first argument that is not `-c`). */
function recordingGit(): { git: GitRunner; commands: string[] } {
  const real = createGitRunner()
  const commands: string[] = []
  const name = (args: readonly string[]): string => args.find((a, i) => !a.startsWith('-') && args[i - 1] !== '-c') ?? ''
  return {
    commands,
    git: {
      run: (args, cwd, input) => {
        commands.push(name(args))
        return real.run(args, cwd, input)
      },
      spawn: (args, cwd) => {
        commands.push(name(args))
        return real.spawn(args, cwd)
      },
    },
  }
}

const scan = (dir: string, git: GitRunner, since?: string) => scanHistory({ root: dir, git, workers: 0, since })

describe('history cache: the warm path', () => {
  it('does not walk the history when no ref moved: one rev-parse (and worktree list), same findings', async () => {
    const dir = newRepo()
    writeFiles(dir, { 'a.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    commitAll(dir, 'one')
    writeFiles(dir, { 'b.txt': 'hello\n' })
    commitAll(dir, 'two')
    const cold = recordingGit()
    const first = await scan(dir, cold.git)
    expect(first.scanned).toBe(2)
    expect(cold.commands).toContain('rev-list')
    expect(cold.commands).toContain('log')
    const warm = recordingGit()
    const again = await scan(dir, warm.git)
    expect(again.scanned).toBe(0)
    expect(again.commits).toBe(2)
    expect(again.findings).toEqual(first.findings)
    expect(warm.commands.sort()).toEqual(['rev-parse', 'worktree'])
  })

  it('scans a commit made after a cached run, and only that one', async () => {
    const dir = newRepo()
    writeFiles(dir, { 'a.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    commitAll(dir, 'one')
    await scan(dir, createGitRunner())
    writeFiles(dir, { 'c.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    commitAll(dir, 'two')
    const next = recordingGit()
    const result = await scan(dir, next.git)
    expect(next.commands).toContain('rev-list')
    expect(result.scanned).toBe(1)
    expect(where(result.findings)).toEqual(['key-in-history a.txt:1', 'key-in-history c.txt:1'])
    // and the new tips are remembered
    const warm = recordingGit()
    expect((await scan(dir, warm.git)).findings).toEqual(result.findings)
    expect(warm.commands).not.toContain('rev-list')
  })

  it('drops what a rewritten history no longer holds, and scans the rewritten commits', async () => {
    const dir = newRepo()
    writeFiles(dir, { 'a.txt': 'hello\n' })
    commitAll(dir, 'one')
    writeFiles(dir, { 'leak.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    commitAll(dir, 'two: leaks')
    expect(where((await scan(dir, createGitRunner())).findings)).toEqual(['key-in-history leak.txt:1'])
    // rewrite: the leaking commit is replaced by a clean one
    git(dir, 'rm', '-q', 'leak.txt')
    git(dir, 'commit', '-q', '--amend', '--allow-empty', '-m', 'two: clean')
    const rewritten = await scan(dir, createGitRunner())
    expect(rewritten.findings).toEqual([])
    expect(rewritten.scanned).toBe(1)
    expect(rewritten.commits).toBe(2)
    // a key in the rewritten history is found
    writeFiles(dir, { 'other.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    git(dir, 'add', 'other.txt')
    git(dir, 'commit', '-q', '--amend', '-m', 'two: leaks elsewhere')
    expect(where((await scan(dir, createGitRunner())).findings)).toEqual(['key-in-history other.txt:1'])
  })

  it('follows refs: a deleted branch takes its commits out of the range, a new branch brings them back', async () => {
    const dir = newRepo()
    commitAll(dir, 'one')
    git(dir, 'checkout', '-q', '-b', 'topic')
    writeFiles(dir, { 'leak.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    const leaking = commitAll(dir, 'leak on a branch')
    git(dir, 'checkout', '-q', 'main')
    expect(where((await scan(dir, createGitRunner())).findings)).toEqual(['key-in-history leak.txt:1'])
    git(dir, 'branch', '-q', '-D', 'topic')
    expect((await scan(dir, createGitRunner())).findings).toEqual([])
    git(dir, 'branch', '-q', 'again', leaking)
    const back = await scan(dir, createGitRunner())
    expect(where(back.findings)).toEqual(['key-in-history leak.txt:1'])
    expect(back.scanned).toBe(0)
  })

  it('counts the detached HEAD of a linked worktree as a tip, as `rev-list --all` does', async () => {
    const dir = newRepo()
    commitAll(dir, 'one')
    await scan(dir, createGitRunner())
    const other = join(makeTempDir(), 'wt')
    track(join(other, '..'))
    git(dir, 'worktree', 'add', '-q', '--detach', other)
    writeFiles(other, { 'leak.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    commitAll(other, 'leak in a detached worktree')
    const result = await scan(dir, createGitRunner())
    expect(where(result.findings)).toEqual(['key-in-history leak.txt:1'])
    expect(result.scanned).toBe(1)
  })

  it('keys --since ranges apart from full scans', async () => {
    const dir = newRepo()
    writeFiles(dir, { 'a.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    const first = commitAll(dir, 'one')
    writeFiles(dir, { 'b.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n` })
    commitAll(dir, 'two')
    const all = await scan(dir, createGitRunner())
    expect(where(all.findings)).toEqual(['key-in-history a.txt:1', 'key-in-history b.txt:1'])
    const since = await scan(dir, createGitRunner(), first)
    expect(where(since.findings)).toEqual(['key-in-history b.txt:1'])
    const warm = recordingGit()
    expect((await scan(dir, warm.git, first)).findings).toEqual(since.findings)
    expect(warm.commands).toEqual(['rev-parse'])
    expect((await scan(dir, createGitRunner())).findings).toEqual(all.findings)
  })

  it('still reports a bad --since on the warm path', async () => {
    const dir = newRepo()
    commitAll(dir, 'one')
    await scan(dir, createGitRunner())
    await expect(scan(dir, createGitRunner(), 'no-such-ref')).rejects.toThrow(/no such commit or ref/)
    await expect(scan(dir, createGitRunner(), '--all')).rejects.toThrow(/not a commit or ref/)
  })
})
