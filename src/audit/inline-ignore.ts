/**
 * Inline suppressions: `voxguard-ignore` (optionally `voxguard-ignore: rule-a, rule-b`) on the line or
 * the line before, plus the forms teams migrate from: `gitleaks:allow`, `trufflehog:ignore`,
 * `secretlint-disable-line`, `secretlint-disable-next-line`, `pragma: allowlist secret` and
 * `pragma: allowlist nextline secret`.
 *
 * @module
 */
import type { Finding } from './audit-types.js'

/** Every marker starts with one of these (plain substring searches: faster than one alternation). */
const ANY_MARK = ['voxguard-ignore', 'gitleaks:allow', 'trufflehog:ignore', 'secretlint-disable', 'pragma: allowlist']
const SAME_LINE = /gitleaks:allow|trufflehog:ignore|secretlint-disable-line|pragma: allowlist secret/
const NEXT_LINE = /secretlint-disable-next-line|pragma: allowlist nextline secret/
const VOX = /voxguard-ignore(?:[:\s]+([a-z][a-z0-9-]*(?:\s*,\s*[a-z][a-z0-9-]*)*))?/

/** True when the text has any suppression marker at all (a cheap pre-check). */
export function hasIgnoreMarks(text: string): boolean {
  return ANY_MARK.some((mark) => text.includes(mark))
}

/**
 * Drops the findings suppressed by comments. `lineText(n)` returns the 1-based line `n` of the file
 * (or undefined when unknown, e.g. a line a patch did not show).
 */
export function applyInlineIgnores(findings: readonly Finding[], lineText: (line: number) => string | undefined): Finding[] {
  return findings.filter((f) => !isSuppressed(f.rule, lineText(f.line), lineText(f.line - 1)))
}

function isSuppressed(rule: string, line: string | undefined, previous: string | undefined): boolean {
  if (line !== undefined && (SAME_LINE.test(line) || voxMatches(line, rule))) return true
  if (previous !== undefined && (NEXT_LINE.test(previous) || voxMatches(previous, rule))) return true
  return false
}

function voxMatches(text: string, rule: string): boolean {
  const m = VOX.exec(text)
  if (m === null) return false
  const list = m[1]
  if (list === undefined) return true
  const ids = list.split(',').map((s) => s.trim())
  // `voxguard-ignore because ...` (free text) suppresses everything; a list of rule ids narrows it
  return ids.includes(rule) || !ids.some((id) => id.includes('-'))
}
