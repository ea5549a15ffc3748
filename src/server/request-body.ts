import type { Context } from 'hono'
import type { z } from 'zod'
import { PayloadTooLargeError, ValidationError } from '../errors.js'

/**
 * Reads a JSON body (at most `limitBytes`) and validates it with a zod schema. Every failure is a
 * 400/413 that names the field; values are never echoed back.
 */
export async function readJsonBody<T extends z.ZodType>(c: Context, schema: T, limitBytes: number, optional = false): Promise<z.infer<T>> {
  const declared = Number(c.req.header('content-length') ?? '0')
  if (declared > limitBytes) throw new PayloadTooLargeError(`request body exceeds ${limitBytes} bytes`)
  const raw = await c.req.raw.arrayBuffer()
  if (raw.byteLength > limitBytes) throw new PayloadTooLargeError(`request body exceeds ${limitBytes} bytes`)
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
