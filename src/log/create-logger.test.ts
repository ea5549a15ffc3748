import { Writable } from 'node:stream'
import { describe, expect, it } from 'vitest'
import { createLogger } from './create-logger.js'
import { REDACTED, redactLogFields } from './redact-log-fields.js'

function capture(): { stream: Writable; lines: () => Record<string, unknown>[]; text: () => string } {
  const chunks: string[] = []
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString())
      callback()
    },
  })
  const text = () => chunks.join('')
  return { stream, text, lines: () => text().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) }
}

describe('redactLogFields', () => {
  it('replaces secret-bearing fields at any depth, whatever their case', () => {
    const input = {
      authorization: 'Bearer abc',
      req: { headers: { Authorization: 'Bearer def', cookie: 'sid=1', accept: '*/*' } },
      deep: { a: { b: { c: { apiKey: 'k1', keep: 1 } } } },
      list: [{ token: 't1' }, { name: 'n' }],
      webhook_auth_header_value: 'w',
      headers: { 'X-Voxguard-Webhook-Secret': 'per-transcript' },
      databaseUrl: 'postgres://u:p@h/d',
    }
    expect(redactLogFields(input)).toEqual({
      authorization: REDACTED,
      req: { headers: { Authorization: REDACTED, cookie: REDACTED, accept: '*/*' } },
      deep: { a: { b: { c: { apiKey: REDACTED, keep: 1 } } } },
      list: [{ token: REDACTED }, { name: 'n' }],
      webhook_auth_header_value: REDACTED,
      headers: { 'X-Voxguard-Webhook-Secret': REDACTED },
      databaseUrl: REDACTED,
    })
  })

  it('never changes the caller\'s object, and returns an object with nothing to redact as it is', () => {
    const input = { nested: { token: 'x' }, other: { plain: true } }
    const out = redactLogFields(input)
    expect(input.nested.token).toBe('x')
    expect(out.other).toBe(input.other)
    const clean = { method: 'POST', path: '/v1/streaming/token', status: 200 }
    expect(redactLogFields(clean)).toBe(clean)
  })

  it('replaces whole anything nested deeper than a log line should be', () => {
    let deep: Record<string, unknown> = { secret: 's' }
    for (let i = 0; i < 20; i++) deep = { next: deep }
    expect(JSON.stringify(redactLogFields(deep))).not.toContain('"s"')
  })
})

describe('createLogger', () => {
  it('redacts fields in log calls and child bindings, and scrubs known secret values anywhere', () => {
    const sink = capture()
    const secret = `s3cr3t-${crypto.randomUUID()}`
    const logger = createLogger({ destination: sink.stream, knownSecrets: () => [secret] })
    logger.info({ token: 'tok-value', headers: { authorization: 'Bearer vgk_x' }, note: `value ${secret} inside` }, 'first')
    logger.child({ ticket: 'tkt-value', requestId: 'r1' }).info(`message with ${secret}`)
    const text = sink.text()
    for (const leaked of ['tok-value', 'vgk_x', 'tkt-value', secret]) expect(text).not.toContain(leaked)
    const [first, second] = sink.lines()
    expect(first).toMatchObject({ token: REDACTED, headers: { authorization: REDACTED }, msg: 'first' })
    expect(second).toMatchObject({ ticket: REDACTED, requestId: 'r1' })
  })
})
