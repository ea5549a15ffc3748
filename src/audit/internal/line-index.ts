/**
 * Offset -> 1-based line/column, built once per text and searched by bisection.
 *
 * @module
 */
export class LineIndex {
  private readonly starts: number[] = [0]
  private readonly text: string

  constructor(text: string) {
    this.text = text
    let i = text.indexOf('\n')
    while (i !== -1) {
      this.starts.push(i + 1)
      i = text.indexOf('\n', i + 1)
    }
  }

  /** 0-based line number of an offset. */
  lineOf(offset: number): number {
    let lo = 0
    let hi = this.starts.length - 1
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1
      if ((this.starts[mid] as number) <= offset) lo = mid
      else hi = mid - 1
    }
    return lo
  }

  lineStart(line: number): number {
    return this.starts[line] ?? this.text.length
  }

  lineEnd(line: number): number {
    const next = this.starts[line + 1]
    return next === undefined ? this.text.length : next - 1
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line))
  }

  /** The text of 1-based line `n` (as findings number lines), or undefined past the text: what inline ignores read. */
  readonly numberedLine = (n: number): string | undefined => (n >= 1 && n <= this.lineCount ? this.lineText(n - 1) : undefined)

  get lineCount(): number {
    return this.starts.length
  }
}
