/**
 * `--staged`: rule 1 over the lines added in the index (what the next commit would add) and staged env
 * files, for pre-commit hooks. The diff is read, and the staged version of a file only when its added
 * lines hold a key-shaped token (so context and ignore marks on unchanged lines count, as in a tree
 * scan): fast on any repository size.
 *
 * @module
 */
import { ValidationError } from '../errors.js'
import type { Finding } from './audit-types.js'
import type { GitRunner } from './git-runner.js'
import { BrowserApps } from './browser-apps.js'
import { checkCodeText, rootImportResolver } from './code-files.js'
import type { ImportResolver } from './internal/module-exports.js'
import { applyInlineIgnores, hasIgnoreMarks } from './inline-ignore.js'
import { LineIndex } from './internal/line-index.js'
import { scanPatchStream } from './patch-scan.js'
import { scanSecrets } from './secret-scan.js'

export interface StagedScanResult {
  readonly findings: Finding[]
  readonly files: number
  readonly bytes: number
}

export interface StagedScanOptions {
  /** Code files in scope for the code rules (test globs applied). */
  readonly isCodePath: (path: string) => boolean
  readonly maxTokenTtlSeconds: number
}

/**
 * Rule 1 over the staged added lines and staged env files; the code rules over the staged version of
 * changed code files, keeping findings on added lines.
 */
export async function scanStaged(git: GitRunner, root: string, options?: StagedScanOptions): Promise<StagedScanResult> {
  const top = await git.run(['rev-parse', '--show-toplevel'], root)
  if (top.code !== 0) throw new ValidationError(`${root} is not inside a git repository (needed for --staged)`, { field: 'path' })
  const cwd = top.stdout.toString('utf8').trim()
  const child = git.spawn(['diff', '--cached', '-U0', '--no-color', '--no-ext-diff', '--no-textconv', '--diff-filter=ACMR', '--format=%x00'], cwd)
  child.stdin.end()
  let stderr = ''
  child.stderr.on('data', (b: Buffer) => {
    stderr += b.toString('utf8')
  })
  const exited = new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)))
  const files = new Set<string>()
  const result = await scanPatchStream(child.stdout, { mode: 'staged' })
  const code = await exited
  if (code !== 0) throw new ValidationError(`git diff --cached failed: ${stderr.trim().split('\n')[0] ?? ''}`)
  let findings = [...result.byCommit.values()].flat()
  for (const path of result.added.keys()) files.add(path)
  // A key-shaped token among a file's added lines: the staged file is read whole, so that what ties a
  // key to AssemblyAI (an import, a URL) or marks it fake or ignored may sit on an unchanged line, as
  // in a tree scan; findings are kept on added lines only.
  for (const path of result.keyShaped) {
    const show = await git.run(['show', `:${path}`], cwd)
    if (show.code !== 0) continue
    const lines = result.added.get(path) ?? new Set<number>()
    const text = show.stdout.toString('utf8')
    const whole = scanSecrets({ file: path, text, scope: 'staged' }).findings.filter((f) => lines.has(f.line))
    const index = hasIgnoreMarks(text) ? new LineIndex(text) : undefined
    const kept = index === undefined ? whole : applyInlineIgnores(whole, index.numberedLine)
    findings = [...findings.filter((f) => f.file !== path || f.rule === 'env-not-ignored'), ...kept]
  }
  // package.json as it is in the work tree tells a single-page app's sources
  const apps = new BrowserApps(cwd)
  // (the modules a staged file imports are read as they are in the work tree)
  let imports: ImportResolver | undefined
  if (options !== undefined)
    for (const [path, lines] of result.added) {
      if (!options.isCodePath(path)) continue
      const show = await git.run(['show', `:${path}`], cwd)
      if (show.code !== 0) continue
      imports ??= rootImportResolver(cwd)
      const code = checkCodeText(path, show.stdout.toString('utf8'), options.maxTokenTtlSeconds, apps, imports)
      if (code !== undefined) findings.push(...code.findings.filter((f) => lines.has(f.line)))
    }
  return { findings, files: files.size, bytes: result.bytes }
}
