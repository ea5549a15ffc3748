import { describe, expect, it } from 'vitest'
import { guardUploadStream } from './guard-upload-stream.js'
import { sniffAudioContainer } from './sniff-audio-container.js'

const bytes = (...parts: Array<string | number[]>) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)))

describe('sniffAudioContainer', () => {
  it('recognises audio and video containers', () => {
    expect(sniffAudioContainer(bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '))).toBe('wav')
    expect(sniffAudioContainer(bytes('ID3', [4, 0, 0, 0]))).toBe('mp3')
    expect(sniffAudioContainer(bytes([0xff, 0xfb, 0x90, 0x64]))).toBe('mp3')
    expect(sniffAudioContainer(bytes('OggS', [0, 2]))).toBe('ogg')
    expect(sniffAudioContainer(bytes('fLaC'))).toBe('flac')
    expect(sniffAudioContainer(bytes([0, 0, 0, 0x20], 'ftypM4A '))).toBe('mp4')
    expect(sniffAudioContainer(bytes([0x1a, 0x45, 0xdf, 0xa3]))).toBe('webm')
  })

  it('refuses everything else', () => {
    for (const head of [bytes('<!DOCTYPE html>'), bytes('MZ', [0x90, 0]), bytes('PK', [3, 4]), bytes('%PDF-1.7'), bytes('hello world'), bytes([0x7f], 'ELF')]) {
      expect(sniffAudioContainer(head)).toBeUndefined()
    }
  })
})

const streamOf = (...chunks: Uint8Array[]) =>
  new ReadableStream<Uint8Array>({
    start(controller) {
      for (const c of chunks) controller.enqueue(c)
      controller.close()
    },
  })

describe('guardUploadStream', () => {
  it('passes the whole body through, head included', async () => {
    const head = bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt ')
    const rest = new Uint8Array(1000).fill(7)
    const guarded = await guardUploadStream(streamOf(head.slice(0, 5), head.slice(5), rest), 10_000)
    const out = new Uint8Array(await new Response(guarded.stream).arrayBuffer())
    expect(out.byteLength).toBe(head.byteLength + 1000)
    expect(guarded.container).toBe('wav')
    expect(out.slice(0, 4)).toEqual(bytes('RIFF'))
  })

  it('errors the stream once the cap is passed, and refuses non-audio and empty bodies', async () => {
    const guarded = await guardUploadStream(streamOf(bytes('RIFF', [0, 0, 0, 0], 'WAVEfmt '), new Uint8Array(100)), 50)
    await expect(new Response(guarded.stream).arrayBuffer()).rejects.toThrow(/limit/)
    await expect(guardUploadStream(streamOf(bytes('<html><body>hi</body></html>')), 100)).rejects.toThrow(/not a recognised audio/)
    await expect(guardUploadStream(streamOf(), 100)).rejects.toThrow(/empty/)
  })
})
