/**
 * `POST /v2/upload`: the body is streamed to a temporary file (never held in memory) while its
 * sha256 is computed; the first 64 KiB are kept to recognise PCM WAV.
 *
 * @module
 */
import { createHash, randomUUID } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { rm } from 'node:fs/promises'
import type { IncomingMessage } from 'node:http'
import { join } from 'node:path'
import { Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { HttpFailure } from './http-kit.js'
import { parseWavHeader, type WavInfo } from './wav.js'

const HEAD_BYTES = 64 * 1024

export interface UploadRecord {
  readonly id: string
  readonly path: string
  readonly sha256: string
  readonly size: number
  readonly createdMs: number
  readonly wav: WavInfo | undefined
  deleted: boolean
}

class Meter extends Transform {
  readonly hash = createHash('sha256')
  readonly head: Buffer[] = []
  size = 0
  #headSize = 0
  readonly #limit: number

  constructor(limit: number) {
    super()
    this.#limit = limit
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.size += chunk.length
    if (this.size > this.#limit) {
      done(new HttpFailure(413, 'Request entity too large'))
      return
    }
    this.hash.update(chunk)
    if (this.#headSize < HEAD_BYTES) {
      const part = chunk.subarray(0, HEAD_BYTES - this.#headSize)
      this.head.push(Buffer.from(part))
      this.#headSize += part.length
    }
    done(null, chunk)
  }
}

export class UploadStore {
  readonly #byId = new Map<string, UploadRecord>()
  readonly #dir: string
  readonly #limit: number

  constructor(dir: string, limitBytes: number) {
    this.#dir = dir
    this.#limit = limitBytes
  }

  get(id: string): UploadRecord | undefined {
    return this.#byId.get(id)
  }

  async receive(req: IncomingMessage, nowMs: number): Promise<UploadRecord> {
    const declared = Number(req.headers['content-length'])
    if (Number.isFinite(declared) && declared > this.#limit) {
      req.resume()
      throw new HttpFailure(413, 'Request entity too large')
    }
    const id = randomUUID()
    const path = join(this.#dir, id)
    const meter = new Meter(this.#limit)
    // The request is piped by hand (not through pipeline) so that a 413 leaves the socket open
    // for the answer: the rest of the body is drained, not stored.
    const onAbort = (): void => {
      meter.destroy(new HttpFailure(400, 'The upload was interrupted'))
    }
    req.on('aborted', onAbort)
    req.on('error', onAbort)
    req.pipe(meter)
    try {
      await pipeline(meter, createWriteStream(path))
    } catch (err) {
      req.unpipe(meter)
      req.resume()
      await rm(path, { force: true })
      throw err instanceof HttpFailure ? err : new HttpFailure(400, 'The upload was interrupted')
    } finally {
      req.off('aborted', onAbort)
      req.off('error', onAbort)
    }
    if (meter.size === 0) {
      await rm(path, { force: true })
      throw new HttpFailure(400, 'Request body is empty; expected the audio file bytes')
    }
    const record: UploadRecord = {
      id,
      path,
      sha256: meter.hash.digest('hex'),
      size: meter.size,
      createdMs: nowMs,
      wav: parseWavHeader(Buffer.concat(meter.head), meter.size),
      deleted: false,
    }
    this.#byId.set(id, record)
    return record
  }

  /** Deletes the file (with its transcript, as AssemblyAI does); the record stays as a marker. */
  async remove(id: string): Promise<void> {
    const record = this.#byId.get(id)
    if (record === undefined || record.deleted) return
    record.deleted = true
    await rm(record.path, { force: true })
  }
}
