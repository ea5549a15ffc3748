import { describe, expect, it } from 'vitest'
import { BrowserApps } from '../../src/audit/browser-apps.js'
import { runAudit } from '../../src/audit/index.js'
import { commitAll, useTempRepos, writeFiles } from './helpers/fixture-repo.js'

const { newRepo } = useTempRepos()
const manifest = (deps: Record<string, string>, dev: Record<string, string> = {}): string => JSON.stringify({ name: 'x', dependencies: deps, devDependencies: dev })

describe("single-page apps' sources", () => {
  it('are the src/ of the nearest package that builds with an SPA builder and has no server side', () => {
    const dir = newRepo()
    writeFiles(dir, {
      'package.json': manifest({ turbo: '1' }),
      'apps/web/package.json': manifest({ react: '18' }, { vite: '5' }),
      'apps/cra/package.json': manifest({ 'react-scripts': '5' }),
      'apps/kit/package.json': manifest({}, { vite: '5', '@sveltejs/kit': '2' }),
      'apps/remix/package.json': manifest({ '@remix-run/node': '2' }, { vite: '5' }),
      'apps/full/package.json': manifest({ express: '4' }, { vite: '5' }),
      'apps/broken/package.json': '{ not json',
    })
    const apps = new BrowserApps(dir)
    expect(apps.isSpaSource('apps/web/src/lib/deep/stream.ts')).toBe(true)
    expect(apps.isSpaSource('apps/web/src/main.tsx')).toBe(true)
    expect(apps.isSpaSource('apps/web/server/relay.ts')).toBe(false)
    expect(apps.isSpaSource('apps/web/vite.config.ts')).toBe(false)
    expect(apps.isSpaSource('apps/cra/src/App.js')).toBe(true)
    expect(apps.isSpaSource('apps/kit/src/lib/stream.ts')).toBe(false)
    expect(apps.isSpaSource('apps/remix/src/a.ts')).toBe(false)
    expect(apps.isSpaSource('apps/full/src/a.ts')).toBe(false)
    // an unreadable package.json is no SPA; a package without one belongs to the nearest above it
    expect(apps.isSpaSource('apps/broken/src/a.ts')).toBe(false)
    expect(apps.isSpaSource('src/a.ts')).toBe(false)
    expect(apps.isSpaSource('apps/web/src/x/y/z.ts')).toBe(true)
  })

  it('make a streaming transcriber given apiKey in a plain module under src/ a finding', async () => {
    const dir = newRepo()
    const code = "import { StreamingTranscriber } from 'assemblyai'\nexport function open(apiKey: string) {\n  return new StreamingTranscriber({ apiKey, sampleRate: 16_000 })\n}\n"
    writeFiles(dir, {
      'package.json': manifest({ assemblyai: '4', react: '18' }, { vite: '5' }),
      'src/lib/stream.ts': code,
      'server/relay.ts': code,
    })
    commitAll(dir, 'app')
    const report = await runAudit({ root: dir, useCache: false })
    expect(report.findings.map((f) => `${f.rule} ${f.file}:${f.line}`)).toEqual(['streaming-key-in-browser src/lib/stream.ts:3'])
  })
})
