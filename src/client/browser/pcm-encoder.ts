/**
 * Microphone samples (float, any rate) to what AssemblyAI's v3 WebSocket expects: 16-bit
 * little-endian PCM at 16 kHz, in frames of 50-1000 ms (100 ms here). Pure and platform-free, so
 * it is tested in Node. Downsampling averages the input samples each output sample covers (a box
 * filter), which keeps aliasing low enough for speech.
 *
 * @module
 */

export interface PcmEncoderOptions {
  /** The AudioContext's rate (often 48000 or 44100). */
  readonly inputRate: number
  /** Default 16000. */
  readonly outputRate?: number
  /** Default 100 ms. */
  readonly frameMs?: number
}

export interface PcmEncoder {
  /** Adds samples; returns the complete frames (ArrayBuffers of PCM16 LE) now ready. */
  push(samples: Float32Array): ArrayBuffer[]
  /** The partial frame held back, if any (on stop). */
  flush(): ArrayBuffer | undefined
}

export function createPcmEncoder(options: PcmEncoderOptions): PcmEncoder {
  const outputRate = options.outputRate ?? 16_000
  if (!(options.inputRate >= outputRate)) throw new RangeError(`input rate ${options.inputRate} must be at least ${outputRate} Hz`)
  const ratio = options.inputRate / outputRate
  const frameSamples = Math.round((outputRate * (options.frameMs ?? 100)) / 1000)
  let frame = new Int16Array(frameSamples)
  let filled = 0
  /** Position (in input samples, relative to the next pushed sample) where the next output sample starts. */
  let position = 0
  let carrySum = 0
  let carryCount = 0

  const emit = (value: number, out: ArrayBuffer[]): void => {
    const clamped = Math.max(-1, Math.min(1, value))
    frame[filled++] = clamped < 0 ? Math.round(clamped * 0x8000) : Math.round(clamped * 0x7fff)
    if (filled === frameSamples) {
      out.push(frame.buffer)
      frame = new Int16Array(frameSamples)
      filled = 0
    }
  }

  return {
    push(samples) {
      const out: ArrayBuffer[] = []
      let i = 0
      while (true) {
        const end = position + ratio
        const stop = Math.min(Math.ceil(end), samples.length)
        for (; i < stop; i++) {
          carrySum += samples[i] ?? 0
          carryCount += 1
        }
        if (Math.ceil(end) > samples.length) break
        emit(carrySum / Math.max(1, carryCount), out)
        carrySum = 0
        carryCount = 0
        position = end
      }
      position -= samples.length
      return out
    },
    flush() {
      if (filled === 0) return undefined
      const rest = frame.slice(0, filled).buffer
      frame = new Int16Array(frameSamples)
      filled = 0
      return rest
    },
  }
}
