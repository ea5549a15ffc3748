/** A 16-bit mono PCM WAV holding a sine tone, made at run time for tests (no audio fixtures committed). */
import { wavHeader } from '../../src/emulator/internal/wav.js'

export interface ToneWavOptions {
  seconds: number
  sampleRate?: number
  frequencyHz?: number
  amplitude?: number
}

export function makeToneWav(options: ToneWavOptions): Buffer {
  const rate = options.sampleRate ?? 16_000
  const frequency = options.frequencyHz ?? 440
  const amplitude = options.amplitude ?? 8000
  const frames = Math.round(options.seconds * rate)
  const data = Buffer.alloc(frames * 2)
  for (let i = 0; i < frames; i++) data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * frequency * i) / rate) * amplitude), i * 2)
  return Buffer.concat([wavHeader({ sampleRate: rate, channels: 1, bitsPerSample: 16 }, data.length), data])
}
