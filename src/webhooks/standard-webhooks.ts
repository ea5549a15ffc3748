/**
 * Standard Webhooks (v1) signing and verification: `webhook-id`, `webhook-timestamp` and
 * `webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, `whsec_` secrets, several
 * signatures during rotation, a ±5-minute window. `verifyWebhook` is what a receiving app uses.
 *
 * @module
 */
import { createHmac, timingSafeEqual } from 'node:crypto'
import { WebhookVerificationError } from '../errors.js'

export const WEBHOOK_TOLERANCE_IN_SECONDS = 5 * 60

function secretBytes(secret: string): Buffer {
  if (!secret.startsWith('whsec_')) throw new WebhookVerificationError('secrets must start with whsec_')
  return Buffer.from(secret.slice('whsec_'.length), 'base64')
}

export function signStandardWebhook(secret: string, id: string, timestampSeconds: number, body: string): string {
  const mac = createHmac('sha256', secretBytes(secret)).update(`${id}.${timestampSeconds}.${body}`).digest('base64')
  return `v1,${mac}`
}

/** Headers for one delivery, signed with every secret given (rotation: old and new). */
export function standardWebhookHeaders(secrets: readonly string[], id: string, timestampSeconds: number, body: string): Record<string, string> {
  return {
    'webhook-id': id,
    'webhook-timestamp': String(timestampSeconds),
    'webhook-signature': secrets.map((s) => signStandardWebhook(s, id, timestampSeconds, body)).join(' '),
    'content-type': 'application/json',
  }
}

/**
 * Verifies a delivery against one or more `whsec_` secrets and returns the parsed JSON payload.
 * Throws WebhookVerificationError (never saying which check failed).
 */
export async function verifyWebhook(
  request: Request,
  secrets: string | readonly string[],
  options: { now?: () => number; toleranceSeconds?: number } = {},
): Promise<unknown> {
  const list = typeof secrets === 'string' ? secrets.split(' ').filter(Boolean) : secrets
  const id = request.headers.get('webhook-id')
  const timestamp = request.headers.get('webhook-timestamp')
  const signatures = request.headers.get('webhook-signature')
  const body = await request.text()
  const fail = () => new WebhookVerificationError('webhook verification failed')
  if (!id || !timestamp || !signatures || !/^\d{1,12}$/.test(timestamp) || list.length === 0) throw fail()
  const nowSeconds = Math.floor((options.now?.() ?? Date.now()) / 1000)
  if (Math.abs(nowSeconds - Number(timestamp)) > (options.toleranceSeconds ?? WEBHOOK_TOLERANCE_IN_SECONDS)) throw fail()
  const presented = signatures.split(' ').filter((s) => s.startsWith('v1,')).map((s) => Buffer.from(s.slice(3), 'base64'))
  const ok = list.some((secret) => {
    const expected = Buffer.from(signStandardWebhook(secret, id, Number(timestamp), body).slice(3), 'base64')
    return presented.some((p) => p.length === expected.length && timingSafeEqual(p, expected))
  })
  if (!ok) throw fail()
  try {
    return JSON.parse(body) as unknown
  } catch {
    throw fail()
  }
}
