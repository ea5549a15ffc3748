/**
 * Rules 2 and 5 over the listed files: env files git does not ignore, and the same key (by digest)
 * in two environment files.
 *
 * @module
 */
import type { Finding } from './audit-types.js'
import type { ListedFile } from './file-lister.js'
import { makeFinding } from './fingerprint.js'
import { isEnvFile } from './path-kinds.js'
import type { KeyRecord } from './secret-scan.js'

/** `env-not-ignored` for every env file git would commit (tracked, or untracked and not ignored). */
export function envNotIgnored(files: readonly ListedFile[]): Finding[] {
  return files
    .filter((f) => !f.ignored && isEnvFile(f.path))
    .map((f) =>
      makeFinding({
        rule: 'env-not-ignored',
        file: f.path,
        line: 1,
        column: 1,
        message: f.tracked
          ? `${f.path} is tracked by git: its secrets are in every clone`
          : `${f.path} is not ignored by git: one \`git add .\` away from being committed`,
        subject: f.path,
      }),
    )
}

/** `key-reused-across-envs`: one finding per occurrence of a key that appears in two or more env files. */
export function keyReuse(keys: readonly KeyRecord[]): Finding[] {
  const byDigest = new Map<string, KeyRecord[]>()
  for (const k of keys) {
    const list = byDigest.get(k.digest) ?? []
    list.push(k)
    byDigest.set(k.digest, list)
  }
  const out: Finding[] = []
  for (const list of byDigest.values()) {
    const files = [...new Set(list.map((k) => k.file))]
    if (files.length < 2) continue
    for (const k of list) {
      const others = files.filter((f) => f !== k.file).sort()
      out.push(
        makeFinding({
          rule: 'key-reused-across-envs',
          file: k.file,
          line: k.line,
          column: k.column,
          message: `AssemblyAI API key ${k.masked} is also used in ${others.join(', ')}`,
          subject: k.digest,
        }),
      )
    }
  }
  return out
}
