/**
 * Recognises audio and video containers by their magic bytes, so that uploads of anything else
 * (HTML, executables, archives, text) are refused before they reach AssemblyAI.
 *
 * @module
 */

export const SNIFF_BYTES = 16

const ascii = (bytes: Uint8Array, at: number, text: string) =>
  bytes.length >= at + text.length && [...text].every((ch, i) => bytes[at + i] === ch.charCodeAt(0))

/** The container's name, or undefined when the bytes are not a known audio/video container. */
export function sniffAudioContainer(head: Uint8Array): string | undefined {
  if (ascii(head, 0, 'RIFF') && (ascii(head, 8, 'WAVE') || ascii(head, 8, 'AVI '))) return ascii(head, 8, 'WAVE') ? 'wav' : 'avi'
  if (ascii(head, 0, 'RF64') && ascii(head, 8, 'WAVE')) return 'wav'
  if (ascii(head, 0, 'ID3')) return 'mp3'
  if (ascii(head, 0, 'OggS')) return 'ogg'
  if (ascii(head, 0, 'fLaC')) return 'flac'
  if (ascii(head, 4, 'ftyp')) return 'mp4'
  if (ascii(head, 0, 'FORM') && (ascii(head, 8, 'AIFF') || ascii(head, 8, 'AIFC'))) return 'aiff'
  if (ascii(head, 0, '#!AMR')) return 'amr'
  if (ascii(head, 0, 'caff')) return 'caf'
  if (head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3) return 'webm'
  if (head[0] === 0x30 && head[1] === 0x26 && head[2] === 0xb2 && head[3] === 0x75) return 'asf'
  // MPEG audio frame sync (MP3 without ID3) and ADTS AAC: 11/12 set bits.
  const b0 = head[0] ?? 0
  const b1 = head[1] ?? 0
  if (b0 === 0xff && (b1 & 0xf6) === 0xf0) return 'aac'
  if (b0 === 0xff && (b1 & 0xe0) === 0xe0 && (b1 & 0x18) !== 0x08 && (b1 & 0x06) !== 0x00) return 'mp3'
  if (head[0] === 0x00 && head[1] === 0x00 && head[2] === 0x01 && (head[3] === 0xba || head[3] === 0xb3)) return 'mpeg'
  return undefined
}
