/**
 * The characters of a text already claimed by a finding, for detectors whose patterns run one after
 * another and must not report a span twice: a mask, so that checking and claiming cost the span's
 * length, not the number of spans found so far (a line of thousands of dates stays linear).
 *
 * @module
 */
export class TakenMask {
  private mask: Uint8Array | undefined
  private readonly length: number

  constructor(length: number) {
    this.length = length
  }

  /** Some character of [start, end) is taken. */
  overlaps(start: number, end: number): boolean {
    return this.mask !== undefined && this.mask.subarray(Math.max(0, start), Math.min(this.length, end)).includes(1)
  }

  /** Takes [start, end). */
  add(start: number, end: number): void {
    this.mask ??= new Uint8Array(this.length)
    this.mask.fill(1, Math.max(0, start), Math.min(this.length, end))
  }
}
