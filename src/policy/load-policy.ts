/**
 * Reads and validates a policy file (YAML or JSON). Without a file, the built-in safe defaults
 * apply (the `gdpr` preset, entity-name substitution, content safety on, 30-day retention).
 *
 * @module
 */
import { readFileSync } from 'node:fs'
import { parse as parseYaml, YAMLParseError } from 'yaml'
import type { ConfigIssue } from '../errors.js'
import { PolicyError } from '../errors.js'
import { PolicySchema } from './policy-schema.js'
import { resolvePolicy, type Policy } from './resolve-policy.js'

export const DEFAULT_POLICY_SOURCE = { pii: { preset: 'gdpr' } }

export function defaultPolicy(): Policy {
  return parsePolicy(DEFAULT_POLICY_SOURCE, '(built-in defaults)')
}

/** Validates an already-parsed policy object. */
export function parsePolicy(value: unknown, origin: string): Policy {
  const result = PolicySchema.safeParse(value ?? {})
  if (!result.success) {
    const issues: ConfigIssue[] = result.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.code === 'unrecognized_keys' ? `${issue.message}: ${issue.keys.join(', ')}` : issue.message,
    }))
    throw new PolicyError(origin, issues)
  }
  return resolvePolicy(result.data)
}

export function loadPolicyFile(path: string, readFile: (p: string) => string = (p) => readFileSync(p, 'utf8')): Policy {
  let text: string
  try {
    text = readFile(path)
  } catch (error) {
    throw new PolicyError(path, [{ path: '(file)', message: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})` }])
  }
  let value: unknown
  try {
    value = path.endsWith('.json') ? JSON.parse(text) : parseYaml(text)
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` at line ${error.linePos[0].line}` : ''
    throw new PolicyError(path, [{ path: '(file)', message: `not valid ${path.endsWith('.json') ? 'JSON' : 'YAML'}${where}` }])
  }
  return parsePolicy(value, path)
}

function formatPath(path: readonly PropertyKey[]): string {
  let out = ''
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out ? '.' : ''}${String(part)}`
  return out || '(root)'
}
