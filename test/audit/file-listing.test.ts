import { describe, expect, it } from 'vitest'
import { createGitRunner, runAudit } from '../../src/audit/index.js'
import { allFiles, COMBINED_ARGS, listFiles, OTHERS_ARGS, sortOthers, splitCombined, TRACKED_ARGS, type FileListing, type ListedFile } from '../../src/audit/file-lister.js'
import { BUNDLE_DIRS, isBundleFile } from '../../src/audit/path-kinds.js'
import { commitAll, findingPlaces, git, makeKey, useTempRepos, writeFiles } from './helpers/fixture-repo.js'

const { newRepo } = useTempRepos()
const paths = (files: readonly ListedFile[]): string[] => files.map((f) => `${f.path}${f.tracked ? '' : f.ignored ? ' (ignored)' : ' (untracked)'}`).sort()
const where = findingPlaces

describe('file listing read off git ls-files without decoding every tracked path', () => {
  it('counts tracked files, finds tracked env files and lists untracked and ignored ones', async () => {
    const dir = newRepo()
    writeFiles(dir, {
      '.gitignore': 'dist/\n.env\n',
      'src/a.ts': 'export const a = 1\n',
      'src/? odd name.ts': 'export const b = 2\n',
      'my.env.d/settings.ts': 'export const c = 3\n',
      'config/.env.production': 'LOG=info\n',
      '.env.example': 'ASSEMBLYAI_API_KEY=your-key\n',
    })
    commitAll(dir, 'one')
    writeFiles(dir, { 'dist/forced.js': `var k="${makeKey()}"\n` })
    git(dir, 'add', '-f', 'dist/forced.js')
    commitAll(dir, 'a bundle committed on purpose')
    writeFiles(dir, { 'notes.txt': 'hello\n', '.env.local': 'DEBUG=1\n', '.env': 'DEBUG=1\n', 'dist/app.js': 'console.log(1)\n' })
    const listing = await listFiles(dir, createGitRunner())
    expect(listing.trackedCount).toBe(7)
    expect(paths(listing.trackedEnvFiles)).toEqual(['config/.env.production'])
    expect(paths(listing.others)).toEqual(['.env (ignored)', '.env.local (untracked)', 'dist/app.js (ignored)', 'notes.txt (untracked)'])
    expect(paths(listing.tracked())).toEqual(['.env.example', '.gitignore', 'config/.env.production', 'dist/forced.js', 'my.env.d/settings.ts', 'src/? odd name.ts', 'src/a.ts'])
    expect(allFiles(listing)).toHaveLength(11)
  })

  it('finds the tracked bundles of every kind of build directory, and only those', async () => {
    const dir = newRepo()
    const bundles = BUNDLE_DIRS.map((d, i) => `app${i}/${d}/chunk.js`)
    writeFiles(dir, Object.fromEntries([...bundles, 'layout/view.js', 'distx/a.js', 'src/static/b.js', 'src/public/c.css'].map((p) => [p, 'x\n'])))
    commitAll(dir, 'bundles committed on purpose')
    const listing = await listFiles(dir, createGitRunner())
    expect(paths(listing.trackedBundleFiles)).toEqual([...bundles].sort())
    expect(listing.trackedBundleFiles.map((f) => f.path).every(isBundleFile)).toBe(true)
  })

  it('gives the same findings and file count with and without the git grep prefilter', async () => {
    const dir = newRepo()
    writeFiles(dir, {
      '.gitignore': 'dist/\n/.env*\n',
      'src/client.ts': `import { AssemblyAI } from 'assemblyai'\nnew AssemblyAI({ apiKey: '${makeKey()}' })\n`,
      'src/plain.ts': 'export const x = 1\n',
      'deploy/.env.staging': `ASSEMBLYAI_API_KEY=${makeKey()}\n`,
    })
    commitAll(dir, 'one')
    const shared = makeKey()
    writeFiles(dir, {
      'untracked.txt': `ASSEMBLYAI_API_KEY=${makeKey()}\n`,
      '.env.production': `ASSEMBLYAI_API_KEY=${shared}\n`,
      '.env.development': `ASSEMBLYAI_API_KEY=${shared}\n`,
      'dist/assets/app.js': `t.k="${makeKey()}";`,
    })
    const lean = await runAudit({ root: dir, workers: 0 })
    const full = await runAudit({ root: dir, workers: 0, gitPrefilter: false })
    expect(lean.findings).toEqual(full.findings)
    expect(lean.stats.files).toBe(full.stats.files)
    expect(where(lean.findings)).toEqual([
      'assemblyai-key deploy/.env.staging:1',
      'assemblyai-key src/client.ts:2',
      'assemblyai-key untracked.txt:1',
      'env-not-ignored deploy/.env.staging:1',
      'key-in-bundle dist/assets/app.js:1',
      'key-reused-across-envs .env.development:1',
      'key-reused-across-envs .env.production:1',
    ])
  })

  it('sorts the files outside the index exactly as git\'s own untracked and ignored walks do', async () => {
    const dir = newRepo()
    writeFiles(dir, {
      '.gitignore': 'dist/\n*.log\n.env.local\nbuild/*\n!build/keep.js\nsub/gen/\ncache\n',
      'src/a.ts': 'export const a = 1\n',
      'sub/t.txt': 't\n',
      'sub/.gitignore': '!important.log\n',
    })
    commitAll(dir, 'one')
    writeFiles(dir, {
      'dist/a.js': 'x\n',
      'build/keep.js': 'x\n', // re-included by a negation: untracked, not ignored
      'build/drop.js': 'x\n',
      'src/debug.log': 'x\n', // ignored file in a tracked directory
      'sub/important.log': 'x\n', // re-included by a nested .gitignore
      'sub/gen/g.js': 'x\n', // ignored directory inside a tracked one
      '.env.local': 'X=1\n',
      '.env': 'X=1\n',
      'newdir/inner/b.ts': 'x\n', // a new directory holding both kinds
      'newdir/x.log': 'x\n',
      'newdir/.env.local': 'X=1\n',
      'newdir/cache/c.txt': 'x\n',
      'odd dir/with space.txt': 'x\n',
      'gone/cache': 'x\n', // ignored by `cache`, and neither an env file nor a bundle: not listed
    })
    const lines = (out: string): string[] => out.split('\0').filter(Boolean).sort()
    for (const cwd of [dir, `${dir}/sub`, `${dir}/newdir`]) {
      const sorted = await sortOthers(cwd, createGitRunner(), lines(git(cwd, ...OTHERS_ARGS)))
      expect(sorted.untracked.sort()).toEqual(lines(git(cwd, 'ls-files', '-z', '--others', '--exclude-standard')))
      expect(sorted.ignored.sort()).toEqual(lines(git(cwd, 'ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory')))
    }
    expect(paths((await listFiles(dir, createGitRunner())).others)).toEqual([
      '.env (untracked)',
      '.env.local (ignored)',
      'build/drop.js (ignored)', // build/ is a bundle directory
      'build/keep.js (untracked)',
      'dist/a.js (ignored)',
      'newdir/.env.local (ignored)',
      'newdir/inner/b.ts (untracked)',
      'odd dir/with space.txt (untracked)',
      'sub/important.log (untracked)',
    ])
  })

  it('lists the same from one combined git process as from two', async () => {
    const dir = newRepo()
    writeFiles(dir, { '.gitignore': 'dist/\n.env\n', 'src/? odd name.ts': 'export const b = 2\n', 'src/a.ts': '1\n', '.env.production': 'X=1\n' })
    commitAll(dir, 'one')
    writeFiles(dir, { '? untracked odd.txt': 'x\n', 'new/dir/file.txt': 'x\n', '.env': 'X=1\n', 'dist/app.js': '1\n', 'zz.txt': 'z\n' })
    const runner = createGitRunner()
    const view = (l: FileListing) => ({ count: l.trackedCount, env: paths(l.trackedEnvFiles), others: paths(l.others), tracked: paths(l.tracked()) })
    const apart = view(await listFiles(dir, runner))
    const both = splitCombined(await runner.run(COMBINED_ARGS, dir))
    const together = view(await listFiles(dir, runner, { tracked: Promise.resolve(both.tracked), others: Promise.resolve(both.others) }))
    expect(together).toEqual(apart)
    expect(apart.others).toEqual(['.env (ignored)', '? untracked odd.txt (untracked)', 'dist/app.js (ignored)', 'new/dir/file.txt (untracked)', 'zz.txt (untracked)'])
    expect(both.tracked.stdout).toEqual((await runner.run(TRACKED_ARGS, dir)).stdout)
  })

  it('sorts a combined listing by its tags in whatever order git prints it', () => {
    const result = { code: 0, stderr: '', stdout: Buffer.from('? a.txt\0H b.txt\0? c/\0H ? d.txt\0S e.txt\0') }
    const { tracked, others } = splitCombined(result)
    expect(tracked.stdout.toString()).toBe('H b.txt\0H ? d.txt\0S e.txt\0')
    expect(others.stdout.toString()).toBe('a.txt\0c/\0')
    expect(splitCombined({ code: 0, stderr: '', stdout: Buffer.alloc(0) }).tracked.stdout.length).toBe(0)
    const failed = { code: 128, stderr: 'fatal: not a git repository', stdout: Buffer.alloc(0) }
    expect(splitCombined(failed)).toEqual({ tracked: failed, others: failed })
  })

  it('counts a conflicted path once', async () => {
    const dir = newRepo()
    writeFiles(dir, { 'f.txt': 'a\n', 'g.txt': 'g\n' })
    commitAll(dir, 'base')
    git(dir, 'checkout', '-q', '-b', 'other')
    writeFiles(dir, { 'f.txt': 'b\n' })
    commitAll(dir, 'other side')
    git(dir, 'checkout', '-q', 'main')
    writeFiles(dir, { 'f.txt': 'c\n', '.env': 'X=1\n' })
    commitAll(dir, 'this side')
    expect(() => git(dir, 'merge', '-q', 'other')).toThrow()
    const listing = await listFiles(dir, createGitRunner())
    expect(listing.trackedCount).toBe(3)
    expect(paths(listing.trackedEnvFiles)).toEqual(['.env'])
    expect(paths(listing.tracked())).toEqual(['.env', 'f.txt', 'g.txt'])
    const both = splitCombined(await createGitRunner().run(COMBINED_ARGS, dir))
    const combined = await listFiles(dir, createGitRunner(), { tracked: Promise.resolve(both.tracked), others: Promise.resolve(both.others) })
    expect([combined.trackedCount, paths(combined.tracked())]).toEqual([3, ['.env', 'f.txt', 'g.txt']])
  })
})
