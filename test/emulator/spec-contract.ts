/**
 * Contract checks: emulator answers validated against the response schemas of the spec files
 * themselves (`../shared/assemblyai-spec/openapi.yml`, `streaming-token.yml`, `usm-streaming.yml`),
 * read relative to the repository root so that CI (which has shared/ beside the clone) finds them.
 *
 * Two documented adjustments, both narrow:
 * - post-snapshot fields the live API returns (reference §3.1/§4.4: `redact_pii_return_unredacted`,
 *   `unredacted_text`, `unredacted_words`, `unredacted_utterances`; SDK 4.41.5: `domain`) are added
 *   to `Transcript`, typed like their redacted counterparts;
 * - the DELETE tombstone follows the spec's own `DeleteTranscriptResponse` example, which breaks the
 *   spec's `Transcript` schema in six places (`speaker_count`, `cluster_id`, and `null` for
 *   `redact_pii_sub`, `error`, `language_code`, `topics`). Only a tombstone is checked against a copy
 *   of `Transcript` that allows exactly these.
 */
import { readFileSync } from 'node:fs'
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js'
import { parse } from 'yaml'
import { SPEC_DIR } from './helpers.js'

const OPENAPI_ID = 'https://voxguard.invalid/openapi.json'
const TOKEN_ID = 'https://voxguard.invalid/streaming-token.json'
const USM_ID = 'https://voxguard.invalid/usm-streaming.json'

function load(name: string): any {
  return parse(readFileSync(new URL(name, SPEC_DIR), 'utf8'))
}

function buildAjv(): { ajv: Ajv2020; openapi: any; token: any } {
  const openapi = load('openapi.yml')
  const token = load('streaming-token.yml')
  const usm = load('usm-streaming.yml')
  const schemas = openapi.components.schemas
  const t = schemas.Transcript
  t.properties.redact_pii_return_unredacted = { type: ['boolean', 'null'] }
  t.properties.unredacted_text = { type: ['string', 'null'] }
  t.properties.unredacted_words = { type: ['array', 'null'], items: { $ref: '#/components/schemas/TranscriptWord' } }
  t.properties.unredacted_utterances = { type: ['array', 'null'], items: { $ref: '#/components/schemas/TranscriptUtterance' } }
  t.properties.domain = { type: ['string', 'null'] }
  const tomb = structuredClone(t)
  tomb.properties.speaker_count = { type: 'null' }
  tomb.properties.cluster_id = { type: 'null' }
  tomb.properties.redact_pii_sub = { type: 'null' }
  tomb.properties.error = { type: 'null' }
  tomb.properties.language_code = { type: 'null' }
  tomb.properties.topics = { type: 'null' }
  schemas.TranscriptTombstone = tomb

  const ajv = new Ajv2020({ strict: false, allErrors: true })
  const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
  ajv.addFormat('uuid', { type: 'string', validate: (s: string) => UUID.test(s) })
  ajv.addFormat('url', { type: 'string', validate: (s: string) => URL.canParse(s) })
  ajv.addFormat('date', { type: 'string', validate: (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) })
  for (const f of ['float', 'double', 'ms', 'binary']) ajv.addFormat(f, { validate: () => true })
  ajv.addSchema({ ...openapi, $id: OPENAPI_ID })
  ajv.addSchema({ ...token, $id: TOKEN_ID })
  ajv.addSchema({ ...usm, $id: USM_ID })
  return { ajv, openapi, token }
}

let built: ReturnType<typeof buildAjv> | undefined
const compiled = new Map<string, ValidateFunction>()

function validator(ref: string): ValidateFunction {
  built ??= buildAjv()
  let fn = compiled.get(ref)
  if (fn === undefined) {
    fn = built.ajv.compile({ $ref: ref })
    compiled.set(ref, fn)
  }
  return fn
}

const pointer = (parts: string[]): string => parts.map((p) => p.replaceAll('~', '~0').replaceAll('/', '~1')).join('/')

/** The JSON schema ref for `method path -> status` in a spec document, or undefined when it declares no JSON body. */
function responseSchemaRef(doc: any, id: string, method: string, path: string, status: number): string | undefined {
  // Most specific template first: `/{id}/redacted-audio` before `/{id}/{subtitle_format}`.
  const templates = Object.entries<any>(doc.paths ?? {}).sort(
    ([a], [b]) => (a.match(/\{/g)?.length ?? 0) - (b.match(/\{/g)?.length ?? 0),
  )
  for (const [template, item] of templates) {
    const re = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`)
    if (!re.test(path)) continue
    const op = item[method.toLowerCase()]
    if (op === undefined) return undefined
    const key = String(status) in op.responses ? String(status) : 'default'
    let response = op.responses[key]
    let base = ['paths', template, method.toLowerCase(), 'responses', key]
    if (response === undefined) return undefined
    if (typeof response.$ref === 'string') {
      const name = response.$ref.split('/').pop()
      base = ['components', 'responses', name]
      response = doc.components.responses[name]
    }
    if (response?.content?.['application/json']?.schema === undefined) return undefined
    return `${id}#/${pointer([...base, 'content', 'application/json', 'schema'])}`
  }
  return undefined
}

export class ContractViolation extends Error {}

/** Throws when `body` does not match the spec's response schema for this call. */
export function assertMatchesSpec(method: string, path: string, status: number, body: unknown): void {
  built ??= buildAjv()
  const isToken = path === '/v3/token'
  let ref = isToken
    ? responseSchemaRef(built.token, TOKEN_ID, method, path, status)
    : responseSchemaRef(built.openapi, OPENAPI_ID, method, path, status)
  if (ref === undefined) return
  const b = body as Record<string, unknown> | null
  const transcriptRoute = /^\/v2\/transcript(\/[^/]+)?$/.test(path) && !(method === 'GET' && path === '/v2/transcript')
  if (status === 200 && transcriptRoute && b?.['text'] === 'Deleted by user.' && b['audio_url'] === 'http://deleted_by_user') {
    ref = `${OPENAPI_ID}#/components/schemas/TranscriptTombstone`
  }
  const fn = validator(ref)
  if (!fn(body)) {
    throw new ContractViolation(`${method} ${path} -> ${status} violates ${ref.split('#')[1]}: ${built.ajv.errorsText(fn.errors)}`)
  }
}

const STREAM_SCHEMAS: Record<string, string> = {
  Begin: 'SessionBeginsPayload',
  Turn: 'TurnPayload',
  Termination: 'TerminationPayload',
}

/** Throws when a server->client streaming message does not match usm-streaming.yml. */
export function assertStreamingMessage(message: unknown): void {
  const type = (message as { type?: unknown } | null)?.type
  const name = typeof type === 'string' ? STREAM_SCHEMAS[type] : undefined
  if (name === undefined) throw new ContractViolation(`unknown streaming message type ${String(type)}`)
  const fn = validator(`${USM_ID}#/components/schemas/${name}`)
  if (!fn(message)) throw new ContractViolation(`streaming ${String(type)} violates ${name}: ${built?.ajv.errorsText(fn.errors)}`)
}

/**
 * Webhook payloads against the callback schemas. `TranscriptWebhookNotification` and
 * `RedactedAudioNotification` pair `additionalProperties: false` with `oneOf`/`allOf` and no
 * `properties`, which in JSON Schema rejects every object; a payload is therefore checked against
 * the schemas they combine: `TranscriptReadyNotification` or `RedactedAudioResponse`.
 */
export function assertWebhookPayload(payload: unknown): void {
  const name = (payload as { status?: unknown } | null)?.status === 'redacted_audio_ready' ? 'RedactedAudioResponse' : 'TranscriptReadyNotification'
  const fn = validator(`${OPENAPI_ID}#/components/schemas/${name}`)
  if (!fn(payload)) throw new ContractViolation(`webhook payload violates ${name}: ${built?.ajv.errorsText(fn.errors)}`)
}
