/**
 * Just enough RIFF/WAVE to read PCM uploads and write redacted copies.
 *
 * @module
 */

export interface WavInfo {
  readonly sampleRate: number
  readonly channels: number
  readonly bitsPerSample: 8 | 16
  /** Byte offset of the sample data in the file. */
  readonly dataOffset: number
  readonly dataBytes: number
  readonly durationMs: number
}

/**
 * Reads the header of a PCM WAV from its first bytes (`fileSize` bounds the data chunk, which
 * streaming writers leave at 0 or 0xFFFFFFFF). Returns undefined for anything else.
 */
export function parseWavHeader(head: Buffer, fileSize: number): WavInfo | undefined {
  if (head.length < 12 || head.toString('ascii', 0, 4) !== 'RIFF' || head.toString('ascii', 8, 12) !== 'WAVE') return undefined
  let offset = 12
  let fmt: { format: number; channels: number; sampleRate: number; bits: number } | undefined
  while (offset + 8 <= head.length) {
    const id = head.toString('ascii', offset, offset + 4)
    const size = head.readUInt32LE(offset + 4)
    const body = offset + 8
    if (id === 'fmt ' && body + 16 <= head.length) {
      fmt = {
        format: head.readUInt16LE(body),
        channels: head.readUInt16LE(body + 2),
        sampleRate: head.readUInt32LE(body + 4),
        bits: head.readUInt16LE(body + 14),
      }
    } else if (id === 'data') {
      if (fmt === undefined) return undefined
      const pcm = fmt.format === 1 || fmt.format === 0xfffe
      if (!pcm || (fmt.bits !== 16 && fmt.bits !== 8) || fmt.channels < 1 || fmt.channels > 8 || fmt.sampleRate < 1000) return undefined
      const available = Math.max(0, fileSize - body)
      const declared = size === 0 || size === 0xffffffff ? available : Math.min(size, available)
      const frame = fmt.channels * (fmt.bits / 8)
      const dataBytes = declared - (declared % frame)
      return {
        sampleRate: fmt.sampleRate,
        channels: fmt.channels,
        bitsPerSample: fmt.bits as 8 | 16,
        dataOffset: body,
        dataBytes,
        durationMs: (dataBytes / frame / fmt.sampleRate) * 1000,
      }
    }
    offset = body + size + (size % 2)
  }
  return undefined
}

export function wavHeader(info: Pick<WavInfo, 'sampleRate' | 'channels' | 'bitsPerSample'>, dataBytes: number): Buffer {
  const h = Buffer.alloc(44)
  const blockAlign = info.channels * (info.bitsPerSample / 8)
  h.write('RIFF', 0, 'ascii')
  h.writeUInt32LE(36 + dataBytes, 4)
  h.write('WAVE', 8, 'ascii')
  h.write('fmt ', 12, 'ascii')
  h.writeUInt32LE(16, 16)
  h.writeUInt16LE(1, 20)
  h.writeUInt16LE(info.channels, 22)
  h.writeUInt32LE(info.sampleRate, 24)
  h.writeUInt32LE(info.sampleRate * blockAlign, 28)
  h.writeUInt16LE(blockAlign, 32)
  h.writeUInt16LE(info.bitsPerSample, 34)
  h.write('data', 36, 'ascii')
  h.writeUInt32LE(dataBytes, 40)
  return h
}

export type Masking = 'beep' | 'silence'

/**
 * Overwrites, in place, the sample frames of `pcm` (which starts at frame `firstFrame` of the file)
 * that fall in any of `ranges` (ms) with a 1 kHz tone or with silence.
 */
export function maskPcm(
  pcm: Buffer,
  info: Pick<WavInfo, 'sampleRate' | 'channels' | 'bitsPerSample'>,
  firstFrame: number,
  ranges: readonly (readonly [number, number])[],
  masking: Masking,
): void {
  const bytes = info.bitsPerSample / 8
  const frameSize = info.channels * bytes
  const frames = Math.floor(pcm.length / frameSize)
  for (const [startMs, endMs] of ranges) {
    const from = Math.max(firstFrame, Math.floor((startMs / 1000) * info.sampleRate))
    const to = Math.min(firstFrame + frames, Math.ceil((endMs / 1000) * info.sampleRate))
    for (let f = from; f < to; f++) {
      const value = masking === 'silence' ? 0 : Math.sin((2 * Math.PI * 1000 * f) / info.sampleRate) * 0.5
      const base = (f - firstFrame) * frameSize
      for (let c = 0; c < info.channels; c++) {
        const at = base + c * bytes
        if (bytes === 2) pcm.writeInt16LE(Math.round(value * 32767), at)
        else pcm.writeUInt8(Math.round(128 + value * 127), at)
      }
    }
  }
}
