/**
 * Runs the code rules over the candidate files of a tree scan. With built workers, TypeScript is
 * loaded and the files parsed in a worker thread while the main thread keeps reading files;
 * otherwise (running from sources) in-process. Results are combined in path order, so the output
 * does not depend on timing.
 *
 * @module
 */
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import type { Worker as WorkerType } from 'node:worker_threads'
import type * as TS from 'typescript'
import type { Finding } from './audit-types.js'
import { mayMatchCodeRules } from './code-keywords.js'
import { checkCode, type CodeSite } from './code-rules.js'
import { makeFinding } from './fingerprint.js'
import { BrowserApps } from './browser-apps.js'
import { applyInlineIgnores, hasIgnoreMarks } from './inline-ignore.js'
import { LineIndex } from './internal/line-index.js'
import { createImportResolver, MAX_MODULE_BYTES, type ImportResolver } from './internal/module-exports.js'
import { loadTypescriptWithCache, type LoadedTypescript } from './internal/typescript-loader.js'
import { isCodeFile } from './path-kinds.js'
import { unredactedSettingsIn } from './unredacted-settings.js'

export interface FileCodeResult {
  readonly path: string
  readonly findings: Finding[]
  readonly usesTranscripts: CodeSite | undefined
  readonly deletes: boolean
}

export interface CodeOutcome {
  readonly findings: Finding[]
  readonly usesTranscripts: CodeSite | undefined
  readonly deletes: boolean
}

export interface CodeFileChecker {
  add(path: string): void
  finish(): Promise<CodeOutcome>
  /** Stops any worker (after a failure elsewhere). */
  dispose(): void
}

const WORKER_URL = new URL('./internal/code-worker.js', import.meta.url)
// TypeScript and threads load only for a file that needs them (most trees have none)
const require = createRequire(import.meta.url)
let loaded: LoadedTypescript | undefined

/**
 * TypeScript, loaded on first use (~0.35 s, ~0.25 s with the user's compile cache); as CommonJS, not
 * import(), to skip the ESM export scan of 9 MB.
 */
export function loadTypescript(): typeof TS {
  loaded ??= loadTypescriptWithCache()
  return loaded.ts
}

/** Keeps the bytecode this process compiled for the next run (when it loaded TypeScript without a cache). */
export function saveTypescriptCache(): void {
  loaded?.saveCache()
}

/**
 * Reads the app's own modules under `root` for the imports the code rules follow (one parse per
 * module per scan); a file over the size limit or outside the root is not read.
 */
export function rootImportResolver(root: string): ImportResolver {
  return createImportResolver(loadTypescript(), (path) => {
    try {
      const file = `${root}/${path}`
      return statSync(file).size > MAX_MODULE_BYTES ? undefined : readFileSync(file, 'utf8')
    } catch {
      return undefined
    }
  })
}

/** Code rules on one file: findings after inline ignores, plus the retention facts. */
export function checkCodeFile(root: string, path: string, maxTokenTtlSeconds: number, apps: BrowserApps = new BrowserApps(root), resolveImport?: ImportResolver): FileCodeResult | undefined {
  let text: string
  try {
    text = readFileSync(`${root}/${path}`, 'utf8')
  } catch {
    return undefined
  }
  return checkCodeText(path, text, maxTokenTtlSeconds, apps, resolveImport)
}

/**
 * Code rules on one file's text (e.g. its staged version); `apps` tells a single-page app's sources,
 * `resolveImport` reads what the file imports from the app's own modules.
 */
export function checkCodeText(path: string, text: string, maxTokenTtlSeconds: number, apps?: BrowserApps, resolveImport?: ImportResolver): FileCodeResult | undefined {
  // other languages and config files: only the unredacted-copy setting is read from them
  const tsOrJs = isCodeFile(path)
  if (tsOrJs && !mayMatchCodeRules(text)) return undefined
  const result = tsOrJs
    ? checkCode(loadTypescript(), path, text, { maxTokenTtlSeconds, spaSource: apps?.isSpaSource(path) ?? false, resolveImport })
    : { findings: unredactedSettingsIn(path, text), usesTranscripts: undefined, deletesTranscripts: false }
  let findings = result.findings.map(makeFinding)
  if (findings.length > 0 && hasIgnoreMarks(text)) {
    const lines = new LineIndex(text)
    findings = applyInlineIgnores(findings, lines.numberedLine)
  }
  return { path, findings, usesTranscripts: result.usesTranscripts, deletes: result.deletesTranscripts }
}

export function combine(results: readonly FileCodeResult[]): CodeOutcome {
  const sorted = [...results].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return {
    findings: sorted.flatMap((r) => r.findings),
    usesTranscripts: sorted.find((r) => r.usesTranscripts !== undefined)?.usesTranscripts,
    deletes: sorted.some((r) => r.deletes),
  }
}

export function createCodeFileChecker(root: string, maxTokenTtlSeconds: number, useWorker: boolean): CodeFileChecker {
  const workerFile = fileURLToPath(WORKER_URL)
  if (!useWorker || !existsSync(workerFile)) {
    const paths: string[] = []
    return {
      add: (p) => paths.push(p),
      finish: async () => {
        const apps = new BrowserApps(root)
        const imports = paths.length > 0 ? rootImportResolver(root) : undefined
        const outcome = combine(paths.flatMap((p) => checkCodeFile(root, p, maxTokenTtlSeconds, apps, imports) ?? []))
        saveTypescriptCache()
        return outcome
      },
      dispose: () => undefined,
    }
  }
  let worker: WorkerType | undefined
  let outcome: Promise<CodeOutcome> | undefined
  const start = (): WorkerType => {
    const { Worker } = require('node:worker_threads') as typeof import('node:worker_threads')
    const w: WorkerType = new Worker(workerFile, { workerData: { root, maxTokenTtlSeconds } })
    outcome = new Promise<CodeOutcome>((resolve, reject) => {
      w.on('message', (msg: { results: FileCodeResult[] }) => resolve(combine(msg.results)))
      w.on('error', reject)
      w.on('exit', (code) => {
        if (code !== 0) reject(new Error(`code worker exited with ${code}`))
      })
    })
    return w
  }
  return {
    add(path) {
      worker ??= start()
      worker.postMessage({ path })
    },
    async finish() {
      if (worker === undefined || outcome === undefined) return { findings: [], usesTranscripts: undefined, deletes: false }
      worker.postMessage({ end: true })
      return outcome
    },
    dispose() {
      void worker?.terminate()
    },
  }
}
