/**
 * The optional repository configuration `.voxguard-audit.yaml` (or `.yml`) at the audited root:
 *
 * ```yaml
 * exclude: ["docs/generated/**"]   # skipped by every rule
 * testPatterns: ["**\/test/**"]    # replaces the default test globs (code rules skip tests)
 * includeTests: false              # run the code rules on tests too
 * maxTokenTtlSeconds: 300          # token-ttl-too-long threshold (default 600)
 * disabledRules: [content-safety-off]
 * ```
 *
 * @module
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ConfigError } from '../errors.js'
import type { AuditConfig } from './audit-types.js'
import { DEFAULT_TEST_PATTERNS } from './path-kinds.js'

export const AUDIT_CONFIG_FILES = ['.voxguard-audit.yaml', '.voxguard-audit.yml'] as const

/** zod, yaml and the rule list load only when a config file exists: most audits have none, and they cost start-up time. */
async function parseConfig(file: string, text: string): Promise<AuditConfig> {
  const [{ parse }, { z }, { RULES }] = await Promise.all([import('yaml'), import('zod'), import('./rule-catalog.js')])
  const schema = z
    .object({
      exclude: z.array(z.string().min(1)).default([]),
      testPatterns: z.array(z.string().min(1)).optional(),
      includeTests: z.boolean().default(false),
      maxTokenTtlSeconds: z.number().int().positive().default(600),
      disabledRules: z.array(z.string().refine((id) => RULES.has(id), { message: 'unknown rule id' })).default([]),
    })
    .strict()
  let raw: unknown
  try {
    raw = parse(text) ?? {}
  } catch (error) {
    throw new ConfigError([{ path: file, message: `not valid YAML: ${(error as Error).message.split('\n')[0] ?? ''}` }])
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success)
    throw new ConfigError(parsed.error.issues.map((i) => ({ path: `${file}: ${i.path.join('.') || '(root)'}`, message: i.message })))
  const v = parsed.data
  return {
    exclude: v.exclude,
    testPatterns: v.testPatterns ?? DEFAULT_TEST_PATTERNS,
    includeTests: v.includeTests,
    maxTokenTtlSeconds: v.maxTokenTtlSeconds,
    disabledRules: v.disabledRules,
  }
}

export const DEFAULT_AUDIT_CONFIG: AuditConfig = {
  exclude: [],
  testPatterns: DEFAULT_TEST_PATTERNS,
  includeTests: false,
  maxTokenTtlSeconds: 600,
  disabledRules: [],
}

/** Reads the config at the root (or `explicitFile`); defaults when there is none. Throws ConfigError on a bad one. */
export async function loadAuditConfig(root: string, explicitFile?: string): Promise<AuditConfig> {
  const candidates = explicitFile !== undefined ? [explicitFile] : AUDIT_CONFIG_FILES.map((f) => join(root, f))
  for (const file of candidates) {
    let text: string
    try {
      text = readFileSync(file, 'utf8')
    } catch (error) {
      if (explicitFile !== undefined) throw new ConfigError([{ path: file, message: `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})` }])
      continue
    }
    return parseConfig(file, text)
  }
  return DEFAULT_AUDIT_CONFIG
}
