import { describe, expect, it } from 'vitest'
import { PatchParser, type PatchFile } from '../../src/audit/internal/patch-parser.js'
import { makeKey } from './helpers/fixture-repo.js'

interface Seen {
  files: PatchFile[]
  paths: string[]
  commits: string[]
}

function parse(chunks: readonly (Buffer | string)[], keyCandidatesOnly = false): Seen {
  const seen: Seen = { files: [], paths: [], commits: [] }
  const parser = new PatchParser(
    {
      file: (f) => seen.files.push({ ...f, lineNumbers: [...f.lineNumbers] }),
      path: (commit, path, added) => seen.paths.push(`${commit.slice(0, 4)} ${path}${added ? ' (new)' : ''}`),
      commit: (sha) => seen.commits.push(sha),
    },
    { keyCandidatesOnly },
  )
  for (const c of chunks) parser.push(c)
  parser.end()
  return seen
}

/** Cuts a buffer into pieces of `size` bytes (splitting lines and multi-byte characters). */
function pieces(buf: Buffer, size: number): Buffer[] {
  const out: Buffer[] = []
  for (let i = 0; i < buf.length; i += size) out.push(buf.subarray(i, i + size))
  return out
}

const SHA_A = 'a'.repeat(40)
const SHA_B = 'b'.repeat(40)

function sampleLog(key: string): string {
  return [
    `\0${SHA_A}`,
    '',
    'diff --git a/src/a.ts b/src/a.ts',
    'new file mode 100644',
    'index 0000000..1111111',
    '--- /dev/null',
    '+++ b/src/a.ts',
    '@@ -0,0 +1,4 @@',
    '+const greeting = "héllo wörld ✓"',
    '+diff --git a/not/a/header b/not/a/header',
    '+@@ -1 +1 @@ also not a hunk',
    `+const ASSEMBLYAI_API_KEY = '${key}'`,
    `\0${SHA_B}`,
    '',
    'diff --git a/.env b/.env',
    'index 1111111..2222222 100644',
    '--- a/.env',
    '+++ b/.env',
    '@@ -2,2 +2,0 @@',
    '-OLD=1',
    '-+looks like an added line',
    '@@ -7 +5,2 @@ context',
    '+DEBUG=1',
    '+LOG=info',
    '\\ No newline at end of file',
    '',
  ].join('\n')
}

describe('patch parser', () => {
  it('keeps added lines with their real line numbers, never reading content as headers', () => {
    const key = makeKey()
    const seen = parse([sampleLog(key)])
    expect(seen.commits).toEqual([SHA_A, SHA_B])
    expect(seen.paths).toEqual(['aaaa src/a.ts (new)', 'bbbb .env'])
    expect(seen.files.map((f) => [f.commit.slice(0, 4), f.path, f.lineNumbers])).toEqual([
      ['aaaa', 'src/a.ts', [1, 2, 3, 4]],
      ['bbbb', '.env', [5, 6]],
    ])
    expect(seen.files[0]?.text.split('\n')).toEqual([
      'const greeting = "héllo wörld ✓"',
      'diff --git a/not/a/header b/not/a/header',
      '@@ -1 +1 @@ also not a hunk',
      `const ASSEMBLYAI_API_KEY = '${key}'`,
    ])
    expect(seen.files[1]?.text).toBe('DEBUG=1\nLOG=info')
  })

  it('keeps the lines a merge added against every parent in a combined diff (--cc), nothing else', () => {
    const k = makeKey()
    const log = [
      `\0${SHA_A}`,
      '',
      'diff --cc src/config.js',
      'index 4f3b6df,4f3b6df..1157b0d',
      '--- a/src/config.js',
      '+++ b/src/config.js',
      '@@@ -1,0 -1,0 +1,1 @@@',
      "++const { AssemblyAI } = require('assemblyai')",
      '@@@ -3,2 -3,1 +4,2 @@@ module.exports = {',
      ' -  old: 1,',
      '- ',
      ` +  from: 'branch',`,
      `++  client: new AssemblyAI({ apiKey: '${k}' }),`,
      `\0${SHA_B}`,
      '',
      'diff --git a/b.ts b/b.ts',
      '--- a/b.ts',
      '+++ b/b.ts',
      '@@ -1 +1 @@',
      '-x',
      '+y',
      '',
    ].join('\n')
    const seen = parse([log])
    expect(seen.files.map((f) => [f.commit.slice(0, 1), f.path, f.text, f.lineNumbers])).toEqual([
      ['a', 'src/config.js', `const { AssemblyAI } = require('assemblyai')\n  client: new AssemblyAI({ apiKey: '${k}' }),`, [1, 5]],
      ['b', 'b.ts', 'y', [1]],
    ])
  })

  it('gives the same result however the stream is cut, even inside a multi-byte character', () => {
    const log = Buffer.from(sampleLog(makeKey()), 'utf8')
    const whole = parse([log])
    for (const size of [1, 2, 3, 5, 7, 64]) expect(parse(pieces(log, size))).toEqual(whole)
  })

  it('with keyCandidatesOnly, hands on only files whose added lines hold a key-shaped token, but still every path', () => {
    const seen = parse([sampleLog(makeKey())], true)
    expect(seen.files.map((f) => f.path)).toEqual(['src/a.ts'])
    expect(seen.paths).toEqual(['aaaa src/a.ts (new)', 'bbbb .env'])
    const noKey = parse([sampleLog('x'.repeat(33))], true)
    expect(noKey.files).toEqual([])
  })
})
