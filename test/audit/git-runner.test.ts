import { describe, expect, it } from 'vitest'
import { collect, createGitRunner, startTogether } from '../../src/audit/git-runner.js'
import { commitAll, useTempRepos, writeFiles } from './helpers/fixture-repo.js'

const { newRepo } = useTempRepos()

describe('git commands started together through one shell', () => {
  it('gives each command its own output, exit code and environment, whatever its arguments hold', async () => {
    const dir = newRepo()
    const odd = ["it's here", 'two  spaces', '$HOME `x` "q" \\ *', 'new\nline', 'é ü']
    const files: Record<string, string> = {}
    for (const name of odd) files[`${name.replace('\n', ' ')}.txt`] = `${name}\n`
    // one command prints far more than a pipe holds while the others wait to be read
    for (let i = 0; i < 3000; i++) files[`many/f${i}.txt`] = `${i}\n`
    writeFiles(dir, files)
    commitAll(dir, 'one')
    const started = startTogether('git', [
      { args: ['ls-files', '-z', '--', 'many/'] },
      { args: ['grep', '-l', '-z', '-F', ...odd.flatMap((w) => ['-e', w]), '--', '.'] },
      { args: ['config', '--get', 'voxguard.absent'] },
      { args: ['var', 'GIT_AUTHOR_IDENT'], env: { GIT_AUTHOR_NAME: "O'Brien $x", GIT_AUTHOR_EMAIL: 'o@example.test' } },
    ], dir)
    expect(started).toHaveLength(4)
    const [listed, grepped, absent, ident] = await Promise.all((started ?? []).map(collect))
    expect(listed?.code).toBe(0)
    expect(listed?.stdout.toString('utf8').split('\0').filter(Boolean)).toHaveLength(3000)
    expect(grepped?.code).toBe(0)
    expect(grepped?.stdout.toString('utf8').split('\0').filter(Boolean).sort()).toEqual(Object.keys(files).filter((f) => !f.startsWith('many/')).sort())
    expect(absent).toMatchObject({ code: 1, stdout: Buffer.alloc(0) })
    expect(ident?.code).toBe(0)
    expect(ident?.stdout.toString('utf8')).toMatch(/^O'Brien \$x <o@example\.test> /)
  })

  it('reports a git that cannot run as exit code 127, and a failing command with its message', async () => {
    const dir = newRepo()
    const [missing] = await Promise.all((startTogether('/no/such/git', [{ args: ['status'] }], dir) ?? []).map(collect))
    expect(missing?.code).toBe(127)
    const [bad] = await Promise.all((createGitRunner().spawnTogether?.([{ args: ['rev-parse', '--verify', 'no-such-ref'] }], dir) ?? []).map(collect))
    expect(bad?.code).toBe(128)
    expect(bad?.stderr).toMatch(/no-such-ref|Needed a single revision/)
  })
})
