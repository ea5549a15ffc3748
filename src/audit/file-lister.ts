/**
 * Lists what the audit reads. Inside a git work tree git decides (`git ls-files`): tracked and
 * untracked-but-not-ignored files are scanned; ignored env files are kept for the env rules; ignored
 * build directories are walked for bundles. Outside git, the tree is walked, skipping node_modules
 * and .git.
 *
 * @module
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { splitNul, type GitRunner } from './git-runner.js'
import { baseName, isBundleDir, isBundleFile, isEnvFile } from './path-kinds.js'

export interface ListedFile {
  /** Root-relative, `/`-separated. */
  readonly path: string
  readonly tracked: boolean
  /** Ignored by git (only env files and bundle files are listed when ignored). */
  readonly ignored: boolean
}

export interface FileListing {
  readonly files: ListedFile[]
  /** Set when the root is inside a git work tree (git answered the listing). */
  readonly gitTop: string | undefined
}

const SKIP_DIRS = new Set(['node_modules', '.git'])

export async function listFiles(root: string, git: GitRunner): Promise<FileListing> {
  // two walks at once: tracked + untracked-not-ignored (tagged `H`/`?`), and ignored (collapsed to dirs)
  const [listed, ignored] = await Promise.all([
    git.run(['ls-files', '-z', '--cached', '--others', '--exclude-standard', '-t', '--', '.'], root),
    git.run(['ls-files', '-z', '--others', '--ignored', '--exclude-standard', '--directory', '--', '.'], root),
  ])
  if (listed.code === 127 || (listed.code !== 0 && /not a git repository/i.test(listed.stderr)))
    return { files: walk(root, '', () => true).map((p) => ({ path: p, tracked: false, ignored: false })), gitTop: undefined }
  for (const r of [listed, ignored]) if (r.code !== 0) throw new Error(`git ls-files failed: ${r.stderr.trim().split('\n')[0] ?? ''}`)
  const gitTop = root
  const files: ListedFile[] = []
  const seen = new Set<string>()
  for (const item of splitNul(listed.stdout)) {
    // `<tag> <path>`: `?` untracked, anything else (H, S, M, C, K, R) is in the index
    const rel = item.slice(2)
    if (seen.has(rel)) continue
    seen.add(rel)
    files.push({ path: rel, tracked: item[0] !== '?', ignored: false })
  }
  for (const p of splitNul(ignored.stdout)) {
    if (p.endsWith('/')) {
      const dir = p.slice(0, -1)
      if (SKIP_DIRS.has(baseName(dir))) continue
      // an ignored directory: keep its bundles (dist/, .next/static/...) and env files
      const wanted = (rel: string): boolean => isBundleFile(rel) || isEnvFile(rel)
      if (!isBundleDir(p) && !couldHoldBundles(dir)) continue
      for (const rel of walk(join(root, dir), dir, wanted)) if (!seen.has(rel)) {
        seen.add(rel)
        files.push({ path: rel, tracked: false, ignored: true })
      }
    } else if ((isEnvFile(p) || isBundleFile(p)) && !seen.has(p)) {
      seen.add(p)
      files.push({ path: p, tracked: false, ignored: true })
    }
  }
  return { files, gitTop }
}

/** `.next/` holds `static/`; `apps/web/` may hold `dist/` only when not ignored itself. */
function couldHoldBundles(dir: string): boolean {
  return /(?:^|\/)(?:\.next|\.output|\.svelte-kit|\.nuxt)$/.test(dir)
}

/** Root-relative paths of the files under `abs`, skipping node_modules and .git. */
function walk(abs: string, relBase: string, keep: (rel: string) => boolean): string[] {
  const out: string[] = []
  const stack: [string, string][] = [[abs, relBase]]
  while (stack.length > 0) {
    const [dir, rel] = stack.pop() as [string, string]
    let entries
    try {
      entries = readdirSync(dir, { withFileTypes: true })
    } catch {
      continue
    }
    for (const e of entries) {
      const childRel = rel ? `${rel}/${e.name}` : e.name
      if (e.isDirectory()) {
        if (!SKIP_DIRS.has(e.name)) stack.push([join(dir, e.name), childRel])
      } else if (e.isFile() && keep(childRel)) out.push(childRel)
    }
  }
  return out.sort()
}
