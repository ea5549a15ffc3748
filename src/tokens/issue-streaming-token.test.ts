import { describe, expect, it } from 'vitest'
import { ValidationError } from '../errors.js'
import { parsePolicy } from '../policy/index.js'
import { resolveTokenRequest, tokenLimits } from './issue-streaming-token.js'

const policy = parsePolicy({ pii: { preset: 'pci' }, tokens: { default_ttl_seconds: 60, max_ttl_seconds: 300, default_session_seconds: 900, max_session_seconds: 3600 } }, 't')

describe('streaming token limits', () => {
  it('uses the defaults and caps them by the principal limit', () => {
    expect(resolveTokenRequest({}, tokenLimits(policy, undefined))).toEqual({ ttl: 60, session: 900 })
    expect(resolveTokenRequest({}, tokenLimits(policy, 30))).toEqual({ ttl: 30, session: 900 })
  })

  it('refuses more than allowed with a 400 that says the limit', () => {
    const limits = tokenLimits(policy, 120)
    expect(() => resolveTokenRequest({ expires_in_seconds: 121 }, limits)).toThrow(/from 1 to 120/)
    expect(() => resolveTokenRequest({ max_session_duration_seconds: 3601 }, limits)).toThrow(/from 60 to 3600/)
    expect(() => resolveTokenRequest({ expires_in_seconds: 0 }, limits)).toThrow(ValidationError)
    expect(resolveTokenRequest({ expires_in_seconds: 120, max_session_duration_seconds: 60 }, limits)).toEqual({ ttl: 120, session: 60 })
  })

  it('never exceeds AssemblyAI limits whatever the principal says', () => {
    expect(tokenLimits(policy, 10_000).maxTtlSeconds).toBe(300)
  })
})
