/**
 * Reads files into one reusable buffer (no allocation per file): open, fstat, read, close. The
 * returned view is valid until the next `read`.
 *
 * @module
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs'

export class FileReader {
  private buf = Buffer.allocUnsafe(1 << 20)
  private readonly maxBytes: number

  constructor(maxBytes: number) {
    this.maxBytes = maxBytes
  }

  /** The file's bytes, or undefined when it cannot be read, is not a regular file or is too large. */
  read(abs: string): Buffer | undefined {
    let fd: number
    try {
      fd = openSync(abs, 'r')
    } catch {
      return undefined
    }
    try {
      const st = fstatSync(fd)
      if (!st.isFile() || st.size > this.maxBytes) return undefined
      if (st.size > this.buf.length) this.buf = Buffer.allocUnsafe(Math.max(st.size, this.buf.length * 2))
      let n = 0
      while (n < st.size) {
        const r = readSync(fd, this.buf, n, st.size - n, n)
        if (r === 0) break
        n += r
      }
      return this.buf.subarray(0, n)
    } catch {
      return undefined
    } finally {
      closeSync(fd)
    }
  }
}

/** NUL in the first 8 KB: a binary file. */
export function isBinary(buf: Buffer): boolean {
  const end = Math.min(buf.length, 8192)
  for (let i = 0; i < end; i++) if (buf[i] === 0) return true
  return false
}
