/**
 * Generates the typed AssemblyAI wire contract from the pinned spec in `../shared/assemblyai-spec/`:
 *
 * - `src/upstream/assemblyai.generated.ts`: openapi-typescript output for `openapi.yml`;
 * - `src/upstream/pii-policies.generated.ts`: the spec's `PiiPolicy` enum as a runtime list.
 *
 * Post-processing replaces every run of 32 or more hex digits (spec examples contain such strings,
 * and nothing shaped like an API key may be committed) with a neutral placeholder.
 *
 * Run with `npm run gen:upstream-types`.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import openapiTS, { astToString } from 'openapi-typescript'
import { parse } from 'yaml'

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const specDir = resolve(repoRoot, '..', 'shared', 'assemblyai-spec')
const specPath = resolve(specDir, 'openapi.yml')
const outTypes = resolve(repoRoot, 'src', 'upstream', 'assemblyai.generated.ts')
const outPolicies = resolve(repoRoot, 'src', 'upstream', 'pii-policies.generated.ts')
const outSchemas = resolve(repoRoot, 'src', 'emulator', 'internal', 'spec-schemas.generated.ts')

/** Annotation keys that carry prose or examples only: dropped from the runtime schemas. */
function isAnnotation(key: string): boolean {
  return key.startsWith('x-') || key === 'description' || key === 'example' || key === 'examples' || key === 'title'
}

/** A deep copy of `value` without annotation keys (property *names* are kept whatever they are). */
function stripAnnotations(value: unknown, underProperties = false): unknown {
  if (Array.isArray(value)) return value.map((v) => stripAnnotations(v))
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(value)) {
    if (!underProperties && isAnnotation(k)) continue
    out[k] = stripAnnotations(v, !underProperties && k === 'properties')
  }
  return out
}

const HEADER = [
  '// GENERATED FILE: DO NOT EDIT.',
  '// Source: ../shared/assemblyai-spec/openapi.yml (AssemblyAI/assemblyai-api-spec, see SOURCE.md).',
  '// Regenerate with `npm run gen:upstream-types` (scripts/generate-upstream-types.ts).',
  '/* eslint-disable */',
  '',
].join('\n')

/** Long hex runs in examples look like secrets to scanners: neutralise them. */
function scrubHex(text: string): string {
  return text.replace(/[0-9a-fA-F]{32,}/g, (m) => `<hex-${m.length}-redacted>`)
}

async function main(): Promise<void> {
  const ast = await openapiTS(pathToFileURL(specPath), { alphabetize: false, defaultNonNullable: false })
  const types = scrubHex(astToString(ast))
  await writeFile(outTypes, HEADER + '\n' + types)

  const spec = parse(await readFile(specPath, 'utf8')) as {
    components?: { schemas?: Record<string, { enum?: unknown[] }> }
  }
  const schemas = stripAnnotations(spec.components?.schemas ?? {})
  await writeFile(
    outSchemas,
    HEADER +
      '\n/** `components.schemas` of openapi.yml without prose and examples: JSON Schema 2020-12 for runtime validation. */\n' +
      `export const SPEC_SCHEMAS: Record<string, unknown> = ${scrubHex(JSON.stringify(schemas, null, 1))}\n`,
  )
  const policies = spec.components?.schemas?.['PiiPolicy']?.enum
  if (!Array.isArray(policies) || policies.some((p) => typeof p !== 'string') || policies.length === 0) {
    throw new Error('openapi.yml: components.schemas.PiiPolicy.enum is missing or not a list of strings')
  }
  const list = policies.map((p) => `  '${String(p)}',`).join('\n')
  await writeFile(
    outPolicies,
    HEADER +
      '\n/** The PII redaction policies AssemblyAI accepts (`PiiPolicy` enum of the spec, in spec order). */\n' +
      `export const PII_POLICIES = [\n${list}\n] as const\n\n` +
      'export type PiiPolicy = (typeof PII_POLICIES)[number]\n\n' +
      'const policySet: ReadonlySet<string> = new Set(PII_POLICIES)\n\n' +
      '/** True when `value` is one of the spec\'s PII policy names. */\n' +
      'export function isPiiPolicy(value: unknown): value is PiiPolicy {\n' +
      "  return typeof value === 'string' && policySet.has(value)\n" +
      '}\n',
  )
  process.stdout.write(`wrote ${outTypes}\nwrote ${outSchemas}\nwrote ${outPolicies} (${policies.length} policies)\n`)
}

await main()
