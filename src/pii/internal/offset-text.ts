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

/** Segment i covers view units [viewAt[i], viewAt[i + 1]) (the last one up to the text's length). */
interface Segments {
  readonly viewAt: readonly number[]
  readonly from: readonly number[]
  /** -1 for a copied segment (unit k maps to from + k); else the end of the replaced range. */
  readonly to: readonly number[]
}

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
    const to = this.segments.to[k] ?? -1
    const from = this.segments.from[k] ?? 0
    return to < 0 ? from + (i - (this.segments.viewAt[k] ?? 0)) : from
  }

  unitEnd(i: number): number {
    const k = this.segmentOf(i)
    const to = this.segments.to[k] ?? -1
    const from = this.segments.from[k] ?? 0
    return to < 0 ? from + (i - (this.segments.viewAt[k] ?? 0)) + 1 : to
  }

  private segmentOf(i: number): number {
    const at = this.segments.viewAt
    let lo = 0
    let hi = at.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((at[mid] ?? 0) <= i) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  private materialise(): void {
    const n = this.text.length
    const starts = new Int32Array(n)
    const ends = new Int32Array(n)
    const { viewAt, from, to } = this.segments
    for (let k = 0; k < viewAt.length; k++) {
      const vs = viewAt[k] ?? 0
      const ve = viewAt[k + 1] ?? n
      const f = from[k] ?? 0
      const t = to[k] ?? -1
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
  private readonly parts: string[] = []
  private readonly original: string
  /** A contiguous copied range not yet pushed (coalesced copies). */
  private copyStart = -1
  private copyEnd = -1
  private readonly viewAt: number[] = []
  private readonly from: number[] = []
  private readonly to: number[] = []
  private length = 0

  constructor(original: string) {
    this.original = original
  }

  /** Emits `out`, every unit of it mapped to the original range [srcStart, srcEnd). */
  emit(out: string, srcStart: number, srcEnd: number): void {
    if (out.length === 0) return
    this.flushCopy()
    this.viewAt.push(this.length)
    this.from.push(srcStart)
    this.to.push(srcEnd)
    this.parts.push(out)
    this.length += out.length
  }

  /** Copies original[start, end) unchanged, unit for unit. */
  copy(start: number, end: number): void {
    if (end <= start) return
    if (this.copyEnd === start) this.copyEnd = end
    else {
      this.flushCopy()
      this.copyStart = start
      this.copyEnd = end
    }
  }

  private flushCopy(): void {
    if (this.copyStart < 0) return
    this.viewAt.push(this.length)
    this.from.push(this.copyStart)
    this.to.push(-1)
    this.parts.push(this.original.slice(this.copyStart, this.copyEnd))
    this.length += this.copyEnd - this.copyStart
    this.copyStart = -1
    this.copyEnd = -1
  }

  build(): OffsetText {
    this.flushCopy()
    const text = this.parts.length === 1 ? (this.parts[0] as string) : this.parts.join('')
    return new SegmentedOffsetText(text, { viewAt: this.viewAt, from: this.from, to: this.to })
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
