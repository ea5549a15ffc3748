/**
 * `GET /v3/token?expires_in_seconds=1..600[&max_session_duration_seconds=60..10800]`.
 *
 * @module
 */
import type { ServerResponse } from 'node:http'
import type { EmulatorContext } from './emulator-context.js'
import { HttpFailure, sendJson } from './http-kit.js'

function intParam(params: URLSearchParams, name: string, min: number, max: number, required: boolean): number | undefined {
  const all = params.getAll(name)
  if (all.length === 0) {
    if (required) throw new HttpFailure(400, `${name} is required`)
    return undefined
  }
  const raw = all[0] ?? ''
  if (all.length > 1 || !/^-?\d+$/.test(raw)) throw new HttpFailure(400, `${name} must be an Integer`)
  const value = Number(raw)
  if (value < min || value > max) throw new HttpFailure(400, `${name} must be between ${min} and ${max}`)
  return value
}

export async function issueStreamingToken(ctx: EmulatorContext, res: ServerResponse, params: URLSearchParams): Promise<void> {
  for (const key of params.keys()) {
    if (key !== 'expires_in_seconds' && key !== 'max_session_duration_seconds') {
      throw new HttpFailure(400, `Invalid parameter: ${key} is not a recognised parameter`)
    }
  }
  const expires = intParam(params, 'expires_in_seconds', 1, 600, true) ?? 60
  const maxSession = intParam(params, 'max_session_duration_seconds', 60, 10_800, false) ?? 10_800
  const issued = await ctx.tokens.issue(expires, maxSession)
  sendJson(res, 200, { token: issued.token, expires_in_seconds: issued.expiresInSeconds })
}
