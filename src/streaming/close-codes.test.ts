import { describe, expect, it } from 'vitest'
import { closeReason, mapUpstreamClose } from './close-codes.js'

describe('upstream close codes', () => {
  it('maps AssemblyAI v3 codes to clear browser-facing codes', () => {
    expect(mapUpstreamClose(1000, '')).toEqual({ code: 1000, reason: 'Session terminated' })
    expect(mapUpstreamClose(1008, 'Unauthorized Connection: Invalid API key').code).toBe(4500)
    expect(mapUpstreamClose(1008, 'Unauthorized connection: Too many concurrent sessions').code).toBe(4029)
    expect(mapUpstreamClose(3009, 'Unauthorized Connection: Too many concurrent sessions').code).toBe(4029)
    expect(mapUpstreamClose(3005, 'Session Cancelled: An error occurred').code).toBe(4502)
    expect(mapUpstreamClose(3006, 'Invalid JSON: x')).toEqual({ code: 4006, reason: 'Upstream rejected a message: Invalid JSON: x' })
    expect(mapUpstreamClose(3007, 'Audio Transmission Rate Exceeded')).toEqual({ code: 3007, reason: 'Audio Transmission Rate Exceeded' })
    expect(mapUpstreamClose(3008, 'Session Expired: Maximum session duration exceeded').code).toBe(4008)
    expect(mapUpstreamClose(1006, '')).toEqual({ code: 4502, reason: 'Upstream connection lost (code 1006)' })
  })

  it('never lets the upstream reason through for credential failures', () => {
    expect(mapUpstreamClose(1008, 'Unauthorized Connection: key abc').reason).not.toContain('abc')
  })

  it('keeps reasons within the 123-byte limit', () => {
    expect(Buffer.byteLength(closeReason('é'.repeat(200)))).toBeLessThanOrEqual(123)
    expect(Buffer.byteLength(mapUpstreamClose(3006, 'x'.repeat(300)).reason)).toBeLessThanOrEqual(123)
  })
})
