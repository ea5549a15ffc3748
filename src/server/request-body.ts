import type { Context } from 'hono'
import type { z } from 'zod'
import { PayloadTooLargeError, ValidationError } from '../errors.js'

/**
 * Reads a JSON body (at most `limitBytes`) and validates it with a zod schema. Every failure is a
 * 400/413 that names the field; values are never echoed back.
 */
export async function readJsonBody<T extends z.ZodType>(c: Context, schema: T, limitBytes: number, optional = false): Promise<z.infer<T>> {
  const raw = await readBodyCapped(c.req.raw, limitBytes)
  let value: unknown = {}
  if (raw.byteLength > 0) {
    const type = c.req.header('content-type') ?? ''
    if (!/^application\/json\b/i.test(type)) throw new ValidationError('send the body as application/json')
    try {
      value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw))
    } catch {
      throw new ValidationError('the body is not valid JSON')
    }
  } else if (!optional) {
    throw new ValidationError('a JSON body is required')
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue?.path.map(String).join('.') || undefined
    if (issue?.code === 'unrecognized_keys') {
      throw new ValidationError(`unknown field(s): ${issue.keys.join(', ')}`, { field: issue.keys[0] ?? 'body' })
    }
    const message = field ? `${field}: ${issue?.message ?? 'invalid'}` : (issue?.message ?? 'invalid body')
    throw new ValidationError(message, field ? { field } : {})
  }
  return parsed.data
}

/**
 * Reads a request body, refusing it (413) as soon as it passes `limitBytes`: a declared length is
 * checked first, and a chunked body without one is counted as it streams, so neither is ever held
 * in memory beyond the limit.
 */
export async function readBodyCapped(request: Request, limitBytes: number): Promise<Uint8Array> {
  const tooLarge = () => new PayloadTooLargeError(`request body exceeds ${limitBytes} bytes`)
  const declared = request.headers.get('content-length')
  if (declared !== null && /^\d+$/.test(declared)) {
    const length = Number(declared)
    if (length > limitBytes) throw tooLarge()
    if (length === 0) return new Uint8Array(0)
    // A declared length within the limit: the HTTP layer delivers exactly that many bytes or
    // fails, so the body is read whole without building a stream for it (much cheaper per request).
    return new Uint8Array(await request.arrayBuffer())
  }
  if (!request.body) return new Uint8Array(0)
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > limitBytes) {
      await reader.cancel()
      throw tooLarge()
    }
    chunks.push(value)
  }
  const body = new Uint8Array(total)
  let at = 0
  for (const chunk of chunks) {
    body.set(chunk, at)
    at += chunk.byteLength
  }
  return body
}
