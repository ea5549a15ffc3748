/**
 * A derived text with a map back to the original: every output code unit remembers the original
 * range it came from, so detectors can run on a normalised view while findings point into the
 * original words.
 *
 * @module
 */

export interface OffsetText {
  readonly text: string
  /** Original start offset of each output code unit. */
  readonly srcStart: Int32Array
  /** Original end offset (exclusive) of each output code unit. */
  readonly srcEnd: Int32Array
}

export class OffsetTextBuilder {
  private readonly parts: string[] = []
  private readonly original: string
  /** A contiguous copied range not yet pushed to `parts` (coalesced copies). */
  private copyStart = -1
  private copyEnd = -1
  private starts: Int32Array
  private ends: Int32Array
  private length = 0

  constructor(original: string, capacityHint = original.length + 16) {
    this.original = original
    const cap = Math.max(16, capacityHint)
    this.starts = new Int32Array(cap)
    this.ends = new Int32Array(cap)
  }

  get size(): number {
    return this.length
  }

  /** The last emitted code unit, or '' when nothing was emitted yet. */

  /** Emits `out`, every unit of it mapped to the original range [srcStart, srcEnd). */
  emit(out: string, srcStart: number, srcEnd: number): void {
    if (out.length === 0) return
    this.flushCopy()
    this.reserve(out.length)
    for (let i = 0; i < out.length; i++) {
      this.starts[this.length] = srcStart
      this.ends[this.length] = srcEnd
      this.length++
    }
    this.parts.push(out)
  }

  /** Copies original[start, end) unchanged, unit for unit. */
  copy(start: number, end: number): void {
    if (end <= start) return
    this.reserve(end - start)
    for (let i = start; i < end; i++) {
      this.starts[this.length] = i
      this.ends[this.length] = i + 1
      this.length++
    }
    if (this.copyEnd === start) this.copyEnd = end
    else {
      this.flushCopy()
      this.copyStart = start
      this.copyEnd = end
    }
  }

  private flushCopy(): void {
    if (this.copyStart >= 0) this.parts.push(this.original.slice(this.copyStart, this.copyEnd))
    this.copyStart = -1
    this.copyEnd = -1
  }

  build(): OffsetText {
    this.flushCopy()
    return {
      text: this.parts.join(''),
      srcStart: this.starts.subarray(0, this.length),
      srcEnd: this.ends.subarray(0, this.length),
    }
  }

  private reserve(extra: number): void {
    const need = this.length + extra
    if (need <= this.starts.length) return
    let cap = this.starts.length * 2
    while (cap < need) cap *= 2
    const s = new Int32Array(cap)
    s.set(this.starts.subarray(0, this.length))
    const e = new Int32Array(cap)
    e.set(this.ends.subarray(0, this.length))
    this.starts = s
    this.ends = e
  }
}

/** Maps [start, end) of the derived text to the original text. */
export function mapSpan(view: OffsetText, start: number, end: number): { start: number; end: number } {
  if (end <= start || start < 0 || end > view.text.length) throw new RangeError('span outside the view')
  return { start: view.srcStart[start] ?? 0, end: view.srcEnd[end - 1] ?? 0 }
}

/** The identity view (no normalisation). */
export function identityView(text: string): OffsetText {
  const b = new OffsetTextBuilder(text)
  b.copy(0, text.length)
  return b.build()
}
