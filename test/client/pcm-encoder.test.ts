import { describe, expect, it } from 'vitest'
import { createPcmEncoder } from '../../src/client/browser/pcm-encoder.js'
import { errorForClose } from '../../src/client/browser/transcriber-errors.js'

const sine = (rate: number, seconds: number, hz = 440, amplitude = 0.5): Float32Array =>
  Float32Array.from({ length: Math.round(rate * seconds) }, (_, i) => amplitude * Math.sin((2 * Math.PI * hz * i) / rate))

describe('PCM encoder (browser client)', () => {
  it('turns 48 kHz float audio into 100 ms frames of 16 kHz PCM16, whatever the batch sizes', () => {
    const encoder = createPcmEncoder({ inputRate: 48_000 })
    const input = sine(48_000, 1)
    const frames: ArrayBuffer[] = []
    for (let i = 0; i < input.length; i += 2048) frames.push(...encoder.push(input.subarray(i, i + 2048)))
    expect(frames).toHaveLength(10)
    expect(frames.every((f) => f.byteLength === 3200)).toBe(true)
    const pcm = new Int16Array(frames.flatMap((f) => [...new Int16Array(f)]))
    // Each output sample is the mean of 3 inputs around it: close to the 16 kHz sine.
    for (const n of [10, 100, 1234, 15_000]) {
      const expected = 0.5 * Math.sin((2 * Math.PI * 440 * (3 * n + 1)) / 48_000) * 0x7fff
      expect(Math.abs((pcm[n] ?? 0) - expected)).toBeLessThan(0.01 * 0x7fff)
    }
  })

  it('handles a non-integer ratio (44.1 kHz) without drift', () => {
    const encoder = createPcmEncoder({ inputRate: 44_100 })
    const input = sine(44_100, 3)
    let samples = 0
    for (let i = 0; i < input.length; i += 128) for (const f of encoder.push(input.subarray(i, i + 128))) samples += f.byteLength / 2
    samples += (encoder.flush()?.byteLength ?? 0) / 2
    expect(Math.abs(samples - 48_000)).toBeLessThanOrEqual(1)
  })

  it('clamps out-of-range samples and refuses rates below 16 kHz', () => {
    const encoder = createPcmEncoder({ inputRate: 16_000, frameMs: 50 })
    const [frame] = encoder.push(new Float32Array(800).fill(3))
    expect(new Int16Array(frame ?? new ArrayBuffer(0))[0]).toBe(0x7fff)
    expect(() => createPcmEncoder({ inputRate: 8000 })).toThrow(/at least 16000/)
  })
})

describe('close codes seen by the browser client', () => {
  it('types them for the app', () => {
    expect(errorForClose(1000, '')).toBeUndefined()
    expect(errorForClose(1008, 'Unauthorized Connection: Token already used')?.kind).toBe('auth_refused')
    expect(errorForClose(1008, 'Unauthorized Connection: Token expired')?.kind).toBe('token_expired')
    expect(errorForClose(4001, 'Unauthorized: ticket unknown or expired')?.kind).toBe('token_expired')
    expect(errorForClose(4001, 'Unauthorized: ticket already used')?.kind).toBe('auth_refused')
    expect(errorForClose(3008, 'Session Expired')?.kind).toBe('session_limit')
    expect(errorForClose(4008, 'Session limit reached')?.kind).toBe('session_limit')
    expect(errorForClose(4029, '')?.kind).toBe('rate_limited')
    expect(errorForClose(4502, 'Upstream connection failed')?.kind).toBe('upstream')
    expect(errorForClose(1006, '')?.kind).toBe('network')
  })
})
