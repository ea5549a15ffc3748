/**
 * The gateway's OpenAPI 3.1 document, with request schemas generated from the same zod schemas
 * the routes validate with (so the document cannot drift from what is enforced).
 *
 * @module
 */
import { z } from 'zod'
import { TranscriptRequestSchema } from '../transcripts/index.js'

const errorResponse = (description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
})

const COMMON_ERRORS = {
  '400': errorResponse('Malformed input, or a field that would weaken the policy (`validation_failed`, `policy_violation`)'),
  '401': errorResponse('Missing, invalid or revoked credentials'),
  '403': errorResponse('Origin not allowed for these credentials'),
  '429': errorResponse('Rate limited; see `Retry-After`'),
  '502': errorResponse('AssemblyAI answered with an error'),
  '503': errorResponse('AssemblyAI or the database is unavailable'),
  '504': errorResponse('AssemblyAI did not answer in time'),
}

export function createOpenApiDocument(version: string): Record<string, unknown> {
  const transcriptRequest = z.toJSONSchema(TranscriptRequestSchema, { io: 'input', unrepresentable: 'any' })
  return {
    openapi: '3.1.0',
    info: {
      title: 'voxguard gateway',
      version,
      description:
        'Holds the AssemblyAI key, authenticates callers, issues temporary streaming tokens and submits transcriptions under the organisation\'s policy.',
    },
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'A `vgk_` client key, or an end-user JWT from the configured identity provider' } },
      schemas: {
        Error: {
          type: 'object',
          required: ['error'],
          properties: { error: { type: 'object', required: ['code', 'message'], properties: { code: { type: 'string' }, message: { type: 'string' } } } },
        },
        TranscriptRequest: transcriptRequest,
        ErasedReceipt: {
          type: 'object',
          required: ['id', 'upstream', 'local', 'deleted_at', 'ledger'],
          properties: {
            id: { type: 'string' },
            upstream: { type: 'string', enum: ['deleted', 'already_deleted'] },
            local: { type: 'string', const: 'purged' },
            deleted_at: { type: 'string', format: 'date-time' },
            ledger: { type: 'object', required: ['seq', 'entry_hash'], properties: { seq: { type: 'integer' }, entry_hash: { type: 'string' } } },
          },
        },
        PendingErasureReceipt: {
          type: 'object',
          required: ['id', 'upstream', 'local', 'requested_at', 'deleted_at', 'ledger', 'next_check_at', 'gives_up_at'],
          properties: {
            id: { type: 'string' },
            upstream: { type: 'string', const: 'pending_completion' },
            local: { type: 'string', const: 'withheld' },
            requested_at: { type: 'string', format: 'date-time' },
            deleted_at: { type: 'null' },
            ledger: { type: 'null' },
            next_check_at: { type: 'string', format: 'date-time' },
            gives_up_at: { type: 'string', format: 'date-time' },
          },
        },
      },
    },
    paths: {
      '/v1/streaming/token': {
        post: {
          summary: 'Issue a temporary AssemblyAI streaming token (single use)',
          requestBody: {
            required: false,
            content: {
              'application/json': {
                schema: {
                  type: 'object',
                  additionalProperties: false,
                  properties: { expires_in_seconds: { type: 'integer', minimum: 1, maximum: 600 }, max_session_duration_seconds: { type: 'integer', minimum: 60, maximum: 10800 } },
                },
              },
            },
          },
          responses: {
            '200': {
              description: 'The token (Cache-Control: no-store)',
              content: {
                'application/json': {
                  schema: {
                    type: 'object',
                    required: ['token', 'expires_in_seconds', 'max_session_duration_seconds', 'websocket_url'],
                    properties: { token: { type: 'string' }, expires_in_seconds: { type: 'integer' }, max_session_duration_seconds: { type: 'integer' }, websocket_url: { type: 'string' } },
                  },
                },
              },
            },
            ...COMMON_ERRORS,
          },
        },
      },
      '/v1/uploads': {
        post: {
          summary: 'Upload audio (streamed to AssemblyAI; audio/video containers only)',
          requestBody: { required: true, content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
          responses: { '201': { description: '`{upload_url}`' }, '413': errorResponse('Over the upload size limit'), '415': errorResponse('Not an audio or video container'), ...COMMON_ERRORS },
        },
      },
      '/v1/transcripts': {
        post: {
          summary: 'Submit a transcription under the policy',
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/TranscriptRequest' } } } },
          responses: { '201': { description: '`{id, status}`' }, ...COMMON_ERRORS },
        },
        get: {
          summary: "List the caller's transcripts, newest first",
          parameters: [
            { name: 'limit', in: 'query', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
            { name: 'cursor', in: 'query', schema: { type: 'string' } },
          ],
          responses: { '200': { description: '`{transcripts, next_cursor}`' }, ...COMMON_ERRORS },
        },
      },
      '/v1/transcripts/{id}': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          summary: 'Read a transcript (redacted text, content-safety verdict, residual-PII result)',
          responses: { '200': { description: 'The transcript; `withheld: true` without text when the policy blocks it' }, '404': errorResponse('Not found (or not yours)'), ...COMMON_ERRORS },
        },
        delete: {
          summary: 'Erase a transcript upstream and locally; returns a receipt (idempotent)',
          description:
            'While AssemblyAI is still queueing or processing the transcript it cannot be deleted yet: the request is accepted (202), the transcript is withheld from its owner and the application at once, and it is erased, with its ledger entry, as soon as it finishes (at most `gives_up_at`, after which the erasure is reported failed).',
          responses: {
            '200': {
              description: 'Erased (or already erased): `{id, upstream: "deleted" | "already_deleted", local: "purged", deleted_at, ledger: {seq, entry_hash}}`',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ErasedReceipt' } } },
            },
            '202': {
              description: 'Accepted; AssemblyAI is still processing it: `{id, upstream: "pending_completion", local: "withheld", requested_at, deleted_at: null, ledger: null, next_check_at, gives_up_at}`',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/PendingErasureReceipt' } } },
            },
            '404': errorResponse('Not found (or not yours)'),
            ...COMMON_ERRORS,
          },
        },
      },
      '/v1/transcripts/{id}/redacted-audio': {
        parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
        get: { summary: 'Stream the redacted audio', responses: { '200': { description: 'Audio bytes' }, '404': errorResponse('Not found (or not yours)'), ...COMMON_ERRORS } },
      },
      '/v1/admin/owners/{owner}': {
        parameters: [{ name: 'owner', in: 'path', required: true, schema: { type: 'string', pattern: '^(client|user):.{1,256}$' } }],
        delete: {
          summary: 'Erase everything one owner has (GDPR Art. 17); admin clients only (VOXGUARD_ADMIN_CLIENTS)',
          responses: {
            '200': {
              description:
                '`{owner_ref, request, total, deleted, alreadyGone, pendingCompletion, uploads, failed, failures, ledger}`: `pendingCompletion` transcripts are withheld now and erased when AssemblyAI finishes them; `uploads` unused uploads had their local record removed (AssemblyAI deletes them 24 h after upload)',
            },
            ...COMMON_ERRORS,
            '403': errorResponse('Not an admin client, or origin not allowed'),
            '502': { description: 'Some transcripts could not be erased: the same summary, with them listed in `failures`' },
          },
        },
      },
      '/healthz': { get: { summary: 'Liveness', security: [], responses: { '200': { description: 'ok' } } } },
      '/readyz': { get: { summary: 'Readiness (database reachable)', security: [], responses: { '200': { description: 'ready' }, '503': { description: 'not ready' } } } },
      '/metrics': { get: { summary: 'Prometheus metrics', security: [], responses: { '200': { description: 'text exposition format' } } } },
    },
  }
}
