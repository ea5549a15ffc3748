/**
 * Validation of request bodies against the spec's own schemas (generated from openapi.yml into
 * `spec-schemas.generated.ts`), with AssemblyAI-style messages that name the field.
 *
 * @module
 */
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js'
import { SPEC_SCHEMAS } from './spec-schemas.generated.js'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function isHttpUrl(value: string): boolean {
  try {
    const u = new URL(value)
    return u.protocol === 'http:' || u.protocol === 'https:'
  } catch {
    return false
  }
}

/** The spec's `components.schemas` under `$defs`, with refs rewritten to match. */
const DEFS = JSON.parse(JSON.stringify(SPEC_SCHEMAS).replaceAll('#/components/schemas/', '#/$defs/')) as Record<
  string,
  { properties?: Record<string, unknown>; required?: string[] }
>

function createAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true })
  ajv.addFormat('url', { type: 'string', validate: isHttpUrl })
  ajv.addFormat('uuid', { type: 'string', validate: (s: string) => UUID.test(s) })
  ajv.addFormat('date', { type: 'string', validate: (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) })
  ajv.addFormat('float', { type: 'number', validate: () => true })
  ajv.addFormat('double', { type: 'number', validate: () => true })
  return ajv
}

/**
 * `POST /v2/transcript`: `audio_url` plus `TranscriptOptionalParams` (the spec's `allOf` of two
 * closed objects, merged into one), plus the post-snapshot fields the current API and SDK know.
 */
function transcriptRequestSchema(): object {
  const optional = DEFS['TranscriptOptionalParams']
  if (optional?.properties === undefined) throw new Error('spec schemas lack TranscriptOptionalParams')
  return {
    $defs: DEFS,
    type: 'object',
    additionalProperties: false,
    required: ['audio_url', ...(optional.required ?? [])],
    properties: {
      audio_url: { type: 'string', format: 'url' },
      ...optional.properties,
      redact_pii_return_unredacted: { type: 'boolean' },
      domain: { type: ['string', 'null'] },
    },
  }
}

const TYPE_WORD: Record<string, string> = {
  boolean: 'a Boolean',
  integer: 'an Integer',
  number: 'a Number',
  string: 'a String',
  array: 'a List',
  object: 'an Object',
  null: 'null',
}

function fieldName(err: ErrorObject): string {
  const path = err.instancePath
    .split('/')
    .slice(1)
    .map((p) => (/^\d+$/.test(p) ? `[${p}]` : `.${p}`))
    .join('')
    .replace(/^\./, '')
  return path === '' ? 'request body' : path
}

const PREFERENCE = ['additionalProperties', 'required', 'enum', 'const', 'minimum', 'maximum', 'minItems', 'format', 'type']

/** One readable message for the most telling error ajv reported. */
function describe(errors: readonly ErrorObject[]): string {
  const ranked = [...errors].sort((a, b) => {
    const ra = PREFERENCE.indexOf(a.keyword)
    const rb = PREFERENCE.indexOf(b.keyword)
    return (ra < 0 ? 99 : ra) - (rb < 0 ? 99 : rb)
  })
  const err = ranked[0]
  if (err === undefined) return 'Invalid request'
  const field = fieldName(err)
  const p = err.params as Record<string, unknown>
  switch (err.keyword) {
    case 'additionalProperties': {
      const prefix = field === 'request body' ? '' : `${field}.`
      return `Invalid parameter: ${prefix}${String(p['additionalProperty'])} is not a recognised parameter`
    }
    case 'required': {
      const prefix = field === 'request body' ? '' : `${field}.`
      return `${prefix}${String(p['missingProperty'])} is required`
    }
    case 'enum':
      return `${field} must be one of: ${(p['allowedValues'] as unknown[]).map(String).join(', ')}`
    case 'const':
      return `${field} must be ${JSON.stringify(p['allowedValue'])}`
    case 'minimum':
    case 'maximum': {
      const ps = (err.parentSchema ?? {}) as { minimum?: number; maximum?: number }
      if (ps.minimum !== undefined && ps.maximum !== undefined) {
        return `${field} must be between ${ps.minimum} and ${ps.maximum}`
      }
      return `${field} must be ${err.keyword === 'minimum' ? 'at least' : 'at most'} ${String(p['limit'])}`
    }
    case 'format':
      return `${field} must be a valid ${String(p['format'])}`
    case 'type': {
      const t = String(p['type']).split(',')[0] ?? ''
      return `${field} must be ${TYPE_WORD[t] ?? t}`
    }
    default:
      return `${field} ${err.message ?? 'is invalid'}`
  }
}

export type SpecCheck = (value: unknown) => string | undefined

function wrap(fn: ValidateFunction): SpecCheck {
  return (value) => (fn(value) ? undefined : describe(fn.errors ?? []))
}

export interface SpecValidators {
  readonly transcriptRequest: SpecCheck
}

let shared: SpecValidators | undefined

/** Compiled once per process (compiling takes a few hundred ms) and shared by every emulator. */
export function createSpecValidators(): SpecValidators {
  shared ??= { transcriptRequest: wrap(createAjv().compile(transcriptRequestSchema())) }
  return shared
}
