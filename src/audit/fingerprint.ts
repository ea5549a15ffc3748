/**
 * Builds findings with their fingerprint: sha256 over rule, file and a subject (the secret's digest,
 * or a description of the code construct), so baselines survive line moves.
 *
 * @module
 */
import { hash } from 'node:crypto'
import type { Finding } from './audit-types.js'
import { ruleInfo } from './rule-catalog.js'

export interface FindingInput {
  readonly rule: string
  readonly file: string
  readonly line: number
  readonly column: number
  readonly message: string
  /** What makes this finding itself (never a raw secret: pass its digest). */
  readonly subject: string
  readonly commit?: string | undefined
}

export function makeFinding(input: FindingInput): Finding {
  const fingerprint = hash('sha256', `${input.rule}\0${input.file}\0${input.subject}`, 'hex')
  const base = {
    rule: input.rule,
    severity: ruleInfo(input.rule).severity,
    file: input.file,
    line: input.line,
    column: input.column,
  }
  return input.commit === undefined
    ? { ...base, message: input.message, fingerprint }
    : { ...base, commit: input.commit, message: input.message, fingerprint }
}
