/**
 * Wraps an upload body so that it is checked while it streams through: the first bytes must be an
 * audio/video container, and the total must stay under the cap. The body is never buffered whole.
 *
 * @module
 */
import { PayloadTooLargeError, UnsupportedMediaTypeError, ValidationError } from '../errors.js'
import { SNIFF_BYTES, sniffAudioContainer } from './sniff-audio-container.js'

export interface GuardedUpload {
  /** The container recognised from the first bytes. */
  container: string
  /** The whole body again (head included), enforcing the size cap as it is read. */
  stream: ReadableStream<Uint8Array>
  /** Bytes passed through so far. */
  bytes(): number
}

export async function guardUploadStream(body: ReadableStream<Uint8Array> | null, maxBytes: number): Promise<GuardedUpload> {
  if (!body) throw new ValidationError('the upload body is empty')
  const reader = body.getReader()
  const head: Uint8Array[] = []
  let headLength = 0
  while (headLength < SNIFF_BYTES) {
    const { done, value } = await reader.read()
    if (done) break
    head.push(value)
    headLength += value.byteLength
  }
  if (headLength === 0) throw new ValidationError('the upload body is empty')
  const first = concat(head)
  const container = sniffAudioContainer(first)
  if (!container) {
    await reader.cancel()
    throw new UnsupportedMediaTypeError('the upload is not a recognised audio or video container')
  }
  if (first.byteLength > maxBytes) {
    await reader.cancel()
    throw new PayloadTooLargeError(`the upload exceeds the ${maxBytes}-byte limit`)
  }
  let total = first.byteLength
  let sentHead = false
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      if (!sentHead) {
        sentHead = true
        controller.enqueue(first)
        return
      }
      const { done, value } = await reader.read()
      if (done) {
        controller.close()
        return
      }
      total += value.byteLength
      if (total > maxBytes) {
        await reader.cancel()
        controller.error(new PayloadTooLargeError(`the upload exceeds the ${maxBytes}-byte limit`))
        return
      }
      controller.enqueue(value)
    },
    async cancel(reason) {
      await reader.cancel(reason)
    },
  })
  return { container, stream, bytes: () => total }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0))
  let at = 0
  for (const p of parts) {
    out.set(p, at)
    at += p.byteLength
  }
  return out
}
