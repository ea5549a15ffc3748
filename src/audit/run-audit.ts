/**
 * The audit as a function: tree scan (default), plus history (`history`/`since`), or staged changes
 * only (`staged`); then rule switches, excludes, baseline, sorting and stats.
 *
 * @module
 */
import { statSync } from 'node:fs'
import { ValidationError } from '../errors.js'
import { DEFAULT_AUDIT_CONFIG } from './audit-config.js'
import { SEVERITY_RANK, type AuditConfig, type AuditReport, type Finding, type Severity } from './audit-types.js'
import { applyBaseline } from './baseline.js'
import { COMBINED_ARGS, listFiles, splitCombined } from './file-lister.js'
import { collect, createGitRunner, type GitProcess, type GitRunner } from './git-runner.js'
import { grepParts, splitCounted, splitDirectories, splitGrepCommands, streamCandidates, type CandidateStream } from './git-prefilter.js'
import { readIndexCounts, readIndexListing } from './index-listing.js'
import { readGrepSplit, saveGrepSplit, type KnownSplit } from './split-cache.js'

export type AuditPhase = 'files' | 'history'

export interface AuditOptions {
  /** Absolute path of the directory to audit. */
  readonly root: string
  readonly history?: boolean | undefined
  readonly since?: string | undefined
  readonly staged?: boolean | undefined
  readonly config?: AuditConfig | undefined
  readonly includeTests?: boolean | undefined
  readonly baseline?: ReadonlySet<string> | undefined
  readonly git?: GitRunner | undefined
  /** Worker threads for the tree pass and the history scan (default one per core on large inputs; 0 or 1 = in-process). */
  readonly workers?: number | undefined
  readonly useCache?: boolean | undefined
  /** Let `git grep` pick the files worth reading (default true; false reads every file in Node). */
  readonly gitPrefilter?: boolean | undefined
  readonly clock?: (() => number) | undefined
  readonly onProgress?: ((phase: AuditPhase, done: number, total: number) => void) | undefined
}

export async function runAudit(options: AuditOptions): Promise<AuditReport> {
  const clock = options.clock ?? (() => performance.now())
  const started = clock()
  const git = options.git ?? createGitRunner()
  const config = options.config ?? DEFAULT_AUDIT_CONFIG
  let isDir = false
  try {
    isDir = statSync(options.root).isDirectory()
  } catch {
    isDir = false
  }
  if (!isDir) throw new ValidationError(`${options.root} is not a directory`, { field: 'path' })
  let findings: Finding[] = []
  const stats = { files: 0, bytes: 0, commits: 0, seconds: 0 }
  if (options.staged) {
    const [{ scanStaged }, { isBundleFile, isCodeFile, isSettingsFile }, { isOtherCodeFile }, { default: picomatch }] = await Promise.all([
      import('./staged-scan.js'),
      import('./path-kinds.js'),
      import('./retention-facts.js'),
      import('picomatch'),
    ])
    const isTest = picomatch([...config.testPatterns], { dot: true })
    const includeTests = options.includeTests ?? config.includeTests
    const staged = await scanStaged(git, options.root, {
      isCodePath: (p) => (isCodeFile(p) || isOtherCodeFile(p) || isSettingsFile(p)) && !isBundleFile(p) && (includeTests || !isTest(p)),
      maxTokenTtlSeconds: config.maxTokenTtlSeconds,
    })
    findings.push(...staged.findings)
    stats.files = staged.files
    stats.bytes = staged.bytes
  } else {
    // git grep is the longest git step: started as soon as possible. On a large tree it is split by
    // directory into one process per core: with the last scan's split (split-cache.ts) the greps start
    // at once; without it the split is made from `.git/index` read directly (index-listing.ts), or else
    // from git's file list. One git process lists both the index and, in its one walk of the work tree,
    // the files outside it (two processes cost 40 ms more CPU over 20,000 files, and on 2 cores total
    // CPU is what the wall time follows). The scanner's modules (the
    // history modules too, when asked for) load once the greps run: loading them earlier kept the event
    // loop from hearing that the file list was ready. Then git grep's candidates are read as git
    // prints them.
    const prefilter = options.gitPrefilter !== false
    const parts = grepParts()
    const cacheSplit = prefilter && parts > 1 && options.useCache !== false
    const known = cacheSplit ? readGrepSplit(options.root, parts) : undefined
    const split = known ?? (cacheSplit ? splitFromIndex(options.root, parts) : undefined)
    // with the split known, the greps and the file list start together, through one process start
    const together = split !== undefined ? git.spawnTogether?.([...splitGrepCommands(split.directories), { args: COMBINED_ARGS }], options.root) : undefined
    let grep: CandidateStream | undefined
    if (together !== undefined) grep = streamCandidates(git, options.root, { started: together.slice(0, -1) })
    else if (split !== undefined) grep = streamCandidates(git, options.root, { directories: split.directories, parallelism: parts })
    const listed = together !== undefined ? collect(together[together.length - 1] as GitProcess) : git.run(COMBINED_ARGS, options.root)
    const both = listed.then(splitCombined)
    const tracked = both.then((b) => b.tracked)
    const outside = both.then((b) => b.others)
    if (prefilter && grep === undefined) grep = streamCandidates(git, options.root, { tracked, parallelism: parts })
    // the split for the next scan, made while git greps (kept as it is for an index list of the same size)
    if (cacheSplit)
      tracked.then(
        (t) => {
          if (t.code !== 0 || t.stdout.length === known?.listingBytes) return
          // a split made from the index just now is the one this list gives; a cached one is worked out again
          const directories = known === undefined && split !== undefined ? split.directories : splitDirectories(t.stdout, parts)
          saveGrepSplit(options.root, parts, directories, known, t.stdout.length)
        },
        () => undefined,
      )
    const listing = listFiles(options.root, git, { tracked, others: outside })
    listing.catch(() => undefined) // handled in scanTree, once the modules are in
    const wantsHistory = options.history === true || options.since !== undefined
    await grep?.started
    const modules = Promise.all([import('./tree-scan.js'), wantsHistory ? import('./history-scan.js') : undefined])
    const [{ scanTree }, historyModule] = await modules
    const tree = await scanTree(options.root, listing, {
      config,
      ...(options.includeTests !== undefined ? { includeTests: options.includeTests } : {}),
      ...(options.workers !== undefined ? { workers: Math.max(1, options.workers) } : {}),
      candidates: grep,
      ...(options.onProgress ? { onProgress: (d: number, t: number) => options.onProgress?.('files', d, t) } : {}),
    })
    findings.push(...tree.findings)
    stats.files = tree.files
    stats.bytes = tree.bytes
    if (historyModule !== undefined) {
      const history = await historyModule.scanHistory({
        root: options.root,
        git,
        since: options.since,
        workers: options.workers,
        useCache: options.useCache,
        onProgress: options.onProgress ? (d, t) => options.onProgress?.('history', d, t) : undefined,
      })
      findings.push(...history.findings)
      stats.commits = history.commits
      stats.bytes += history.bytes
    }
  }
  const disabled = new Set(config.disabledRules)
  const excluded = config.exclude.length > 0 ? (await import('picomatch')).default([...config.exclude], { dot: true }) : () => false
  findings = findings.filter((f) => !disabled.has(f.rule) && !excluded(f.file))
  findings = dedupe(applyBaseline(findings, options.baseline ?? new Set()))
  findings.sort(compareFindings)
  stats.seconds = Math.round(clock() - started) / 1000
  return { version: 1, findings, stats }
}

/**
 * The grep split made from `.git/index` read directly (index-listing.ts), when it can be and the tree
 * is large enough: from its cache tree's counts when that is up to date, else from its names.
 */
function splitFromIndex(root: string, parts: number): KnownSplit | undefined {
  const counted = readIndexCounts(root)
  if (counted !== undefined) {
    const directories = splitCounted(counted.counts, parts)
    return directories === undefined ? undefined : { directories, listingBytes: undefined }
  }
  const listing = readIndexListing(root)
  const directories = listing === undefined ? undefined : splitDirectories(listing, parts)
  return listing === undefined || directories === undefined ? undefined : { directories, listingBytes: listing.length }
}

/** True when a finding is at or above the severity threshold. */
export function failsThreshold(findings: readonly Finding[], threshold: Severity): boolean {
  return findings.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[threshold])
}

function dedupe(findings: readonly Finding[]): Finding[] {
  const seen = new Set<string>()
  return findings.filter((f) => {
    const key = `${f.fingerprint}:${f.line}:${f.column}:${f.commit ?? ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Code-unit order: the same on every machine, whatever its locale (a report diffed across CI runners
 * must not reorder), and no ICU collator to build (~10 ms).
 */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function compareFindings(a: Finding, b: Finding): number {
  return (
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
    compareText(a.rule, b.rule) ||
    compareText(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    compareText(a.commit ?? '', b.commit ?? '')
  )
}
