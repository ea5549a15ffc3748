/**
 * A derived text with a map back to the original: every output code unit remembers the original
 * range it came from, so detectors can run on a normalised view while findings point into the
 * original words.
 *
 * The map is kept as segments (a copied range maps unit for unit, an emitted string maps every unit
 * to the range it replaced): a normalised view of ordinary text has a handful of segments, so
 * building one allocates almost nothing, and `mapSpan` finds a segment by binary search. The
 * per-unit arrays are built only when someone reads them.
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

/**
 * Segment k is entries 3k..3k+2 of a flat array: the view offset where it starts (it ends where the next one
 * starts, the last one at the text's end), the original offset it comes from, and -1 for a copied segment
 * (unit j maps to from + j) or, for an emitted one, the end of the original range it replaced.
 */
type Segments = Int32Array

class SegmentedOffsetText implements OffsetText {
  readonly text: string
  readonly segments: Segments
  private starts: Int32Array | undefined
  private ends: Int32Array | undefined

  constructor(text: string, segments: Segments) {
    this.text = text
    this.segments = segments
  }

  get srcStart(): Int32Array {
    if (this.starts === undefined) this.materialise()
    return this.starts as Int32Array
  }

  get srcEnd(): Int32Array {
    if (this.ends === undefined) this.materialise()
    return this.ends as Int32Array
  }

  /** Original [start, end) of view unit i. */
  unitStart(i: number): number {
    const k = this.segmentOf(i)
    const seg = this.segments
    const to = seg[k + 2] ?? -1
    const from = seg[k + 1] ?? 0
    return to < 0 ? from + (i - (seg[k] ?? 0)) : from
  }

  unitEnd(i: number): number {
    const k = this.segmentOf(i)
    const seg = this.segments
    const to = seg[k + 2] ?? -1
    const from = seg[k + 1] ?? 0
    return to < 0 ? from + (i - (seg[k] ?? 0)) + 1 : to
  }

  /** Index (into the flat array) of the segment holding view unit i. */
  private segmentOf(i: number): number {
    const seg = this.segments
    let lo = 0
    let hi = seg.length / 3 - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((seg[mid * 3] ?? 0) <= i) lo = mid
      else hi = mid - 1
    }
    return lo * 3
  }

  private materialise(): void {
    const n = this.text.length
    const starts = new Int32Array(n)
    const ends = new Int32Array(n)
    const seg = this.segments
    for (let k = 0; k < seg.length; k += 3) {
      const vs = seg[k] ?? 0
      const ve = seg[k + 3] ?? n
      const f = seg[k + 1] ?? 0
      const t = seg[k + 2] ?? -1
      for (let i = vs; i < ve; i++) {
        starts[i] = t < 0 ? f + (i - vs) : f
        ends[i] = t < 0 ? f + (i - vs) + 1 : t
      }
    }
    this.starts = starts
    this.ends = ends
  }
}

export class OffsetTextBuilder {
  private readonly original: string
  private readonly parts: string[] = []
  private length = 0
  /** A contiguous copied range not yet appended (coalesced copies). */
  private copyStart = -1
  private copyEnd = -1
  private segments = new Int32Array(48)
  private used = 0

  constructor(original: string) {
    this.original = original
  }

  /** Emits `out`, every unit of it mapped to the original range [srcStart, srcEnd). */
  emit(out: string, srcStart: number, srcEnd: number): void {
    if (out.length === 0) return
    if (this.copyStart >= 0) this.flushCopy()
    this.pushSegment(this.length, srcStart, srcEnd)
    this.parts.push(out)
    this.length += out.length
  }

  /** Copies original[start, end) unchanged, unit for unit. */
  copy(start: number, end: number): void {
    if (end <= start) return
    if (this.copyEnd === start) this.copyEnd = end
    else {
      if (this.copyStart >= 0) this.flushCopy()
      this.copyStart = start
      this.copyEnd = end
    }
  }

  /** Appends one segment (typed array, doubled when full: JS array pushes cost ~3x more here). */
  private pushSegment(viewAt: number, from: number, to: number): void {
    if (this.used + 3 > this.segments.length) {
      const grown = new Int32Array(this.segments.length * 2)
      grown.set(this.segments)
      this.segments = grown
    }
    this.segments[this.used++] = viewAt
    this.segments[this.used++] = from
    this.segments[this.used++] = to
  }

  private flushCopy(): void {
    this.pushSegment(this.length, this.copyStart, -1)
    this.parts.push(this.original.slice(this.copyStart, this.copyEnd))
    this.length += this.copyEnd - this.copyStart
    this.copyStart = -1
    this.copyEnd = -1
  }

  build(): OffsetText {
    if (this.copyStart >= 0) this.flushCopy()
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('')
    return new SegmentedOffsetText(text, this.segments.subarray(0, this.used))
  }
}

/** Maps [start, end) of the derived text to the original text. */
export function mapSpan(view: OffsetText, start: number, end: number): { start: number; end: number } {
  if (end <= start || start < 0 || end > view.text.length) throw new RangeError('span outside the view')
  if (view instanceof SegmentedOffsetText) return { start: view.unitStart(start), end: view.unitEnd(end - 1) }
  return { start: view.srcStart[start] ?? 0, end: view.srcEnd[end - 1] ?? 0 }
}

/** The identity view (no normalisation). */
export function identityView(text: string): OffsetText {
  const b = new OffsetTextBuilder(text)
  b.copy(0, text.length)
  return b.build()
}
