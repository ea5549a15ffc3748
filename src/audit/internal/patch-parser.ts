/**
 * A streaming parser for `git log -p -U0` / `git diff -U0` output that keeps only added lines,
 * grouped per (commit, file) with their real line numbers. Hunk headers' counts tell added lines
 * from headers, so content that looks like a header is never misread.
 *
 * @module
 */

export interface PatchFile {
  /** Empty for `git diff` output (staged changes). */
  readonly commit: string
  readonly path: string
  /** Added lines joined with `\n`. */
  readonly text: string
  /** 1-based line number (in the new file) of each line of `text`. */
  readonly lineNumbers: number[]
}

export interface PatchSink {
  file(f: PatchFile): void
  /** Every path a commit touches (even with no added lines): for env-committed. */
  path(commit: string, path: string, added: boolean): void
  commit(sha: string): void
}

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

export class PatchParser {
  private rest = ''
  private commit = ''
  private path: string | undefined
  private added = false
  private lines: string[] = []
  private numbers: number[] = []
  private addLeft = 0
  private delLeft = 0
  private next = 0
  private readonly sink: PatchSink

  constructor(sink: PatchSink) {
    this.sink = sink
  }

  push(chunk: string): void {
    const data = this.rest + chunk
    let start = 0
    let nl = data.indexOf('\n', start)
    while (nl !== -1) {
      this.line(data.slice(start, nl))
      start = nl + 1
      nl = data.indexOf('\n', start)
    }
    this.rest = data.slice(start)
  }

  end(): void {
    if (this.rest.length > 0) this.line(this.rest)
    this.rest = ''
    this.flush()
  }

  private line(line: string): void {
    if (this.addLeft > 0 || this.delLeft > 0) {
      const c = line.charCodeAt(0)
      if (c === 43 /* + */ && this.addLeft > 0) {
        this.lines.push(line.slice(1))
        this.numbers.push(this.next++)
        this.addLeft--
        return
      }
      if (c === 45 /* - */ && this.delLeft > 0) {
        this.delLeft--
        return
      }
      if (c === 92 /* \ */) return
      // malformed: fall through to header handling
      this.addLeft = 0
      this.delLeft = 0
    }
    if (line.charCodeAt(0) === 0) {
      this.flush()
      this.commit = line.slice(1).trim()
      this.sink.commit(this.commit)
      return
    }
    if (line.startsWith('\\')) return
    if (line.startsWith('@@')) {
      const m = HUNK.exec(line)
      if (m === null) return
      this.delLeft = m[1] === undefined ? 1 : Number(m[1])
      this.next = Number(m[2])
      this.addLeft = m[3] === undefined ? 1 : Number(m[3])
      return
    }
    if (line.startsWith('diff --git ')) {
      this.flush()
      this.path = pathFromDiffHeader(line)
      this.added = false
      return
    }
    if (line.startsWith('new file mode')) this.added = true
    else if (line.startsWith('+++ ')) {
      const p = line.slice(4)
      this.path = p === '/dev/null' ? undefined : stripPrefix(p)
    } else if (line.startsWith('rename to ')) this.path = line.slice(10)
    else if (line.startsWith('copy to ')) this.path = line.slice(8)
  }

  private flush(): void {
    if (this.path !== undefined) {
      this.sink.path(this.commit, this.path, this.added)
      if (this.lines.length > 0) this.sink.file({ commit: this.commit, path: this.path, text: this.lines.join('\n'), lineNumbers: this.numbers })
    }
    this.path = undefined
    this.lines = []
    this.numbers = []
    this.addLeft = 0
    this.delLeft = 0
  }
}

function stripPrefix(p: string): string {
  const unquoted = p.startsWith('"') && p.endsWith('"') ? p.slice(1, -1) : p
  return unquoted.startsWith('b/') ? unquoted.slice(2) : unquoted
}

/** `diff --git a/x b/x`: the b-side path (exact when both sides are equal, as for adds and edits). */
function pathFromDiffHeader(line: string): string | undefined {
  const rest = line.slice(11)
  const half = (rest.length - 1) / 2
  if (Number.isInteger(half) && rest.slice(0, half).slice(2) === rest.slice(half + 1).slice(2)) return rest.slice(half + 1).slice(2)
  const i = rest.lastIndexOf(' b/')
  return i === -1 ? undefined : rest.slice(i + 3)
}
