/**
 * A streaming parser for `git log -p -U0` / `git diff -U0` output that keeps only added lines,
 * grouped per (commit, file) with their real line numbers. Hunk headers' counts tell added lines
 * from headers, so content that looks like a header is never misread.
 *
 * It works on the raw bytes: lines are found with `indexOf`, added lines are copied into one
 * reusable buffer, and only header lines are decoded. With `keyCandidatesOnly` (history) a file's
 * added text is decoded and handed on only when it holds a key-shaped token, which is the only thing
 * rule 1 can report; most of a history is settled without creating a string.
 *
 * @module
 */
import { hasKeyCandidate } from './key-candidate.js'

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

export interface PatchParserOptions {
  /** Hand on only the files whose added lines hold a 32-character key-shaped token (default false). */
  readonly keyCandidatesOnly?: boolean
}

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/
const CC_HUNK = /^(@{3,}) (?:-\d+(?:,\d+)? )+\+(\d+)(?:,\d+)? @{3,}/
const SPACE = 32
const PLUS = 43
const MINUS = 45
const BACKSLASH = 92
const NEWLINE = 10
const AT = 64
const LOWER_C = 99
const LOWER_D = 100
const LOWER_N = 110
const LOWER_R = 114

export class PatchParser {
  private rest: Buffer | undefined
  private commit = ''
  private path: string | undefined
  private added = false
  /** Added lines of the current file, each followed by `\n`. */
  private arena = Buffer.allocUnsafe(1 << 16)
  private arenaLength = 0
  private numbers: number[] = []
  private addLeft = 0
  private delLeft = 0
  /** Inside a combined (merge) hunk: the number of parents, i.e. of prefix columns; 0 otherwise. */
  private ccParents = 0
  private next = 0
  private readonly sink: PatchSink
  private readonly keyCandidatesOnly: boolean

  constructor(sink: PatchSink, options: PatchParserOptions = {}) {
    this.sink = sink
    this.keyCandidatesOnly = options.keyCandidatesOnly ?? false
  }

  push(chunk: Buffer | string): void {
    const data = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
    let start = 0
    let nl = data.indexOf(NEWLINE)
    if (this.rest !== undefined) {
      // only the line cut by the previous chunk is joined; the rest of the chunk is read in place
      if (nl === -1) {
        this.rest = Buffer.concat([this.rest, data])
        return
      }
      const joined = Buffer.concat([this.rest, data.subarray(0, nl)])
      this.rest = undefined
      this.line(joined, 0, joined.length)
      start = nl + 1
      nl = data.indexOf(NEWLINE, start)
    }
    while (nl !== -1) {
      this.line(data, start, nl)
      start = nl + 1
      nl = data.indexOf(NEWLINE, start)
    }
    if (start < data.length) this.rest = data.subarray(start)
  }

  end(): void {
    if (this.rest !== undefined) this.line(this.rest, 0, this.rest.length)
    this.rest = undefined
    this.flush()
  }

  /** One line: `data[start, end)`, without its newline. */
  private line(data: Buffer, start: number, end: number): void {
    const c = start < end ? (data[start] as number) : -1
    if (this.ccParents > 0) {
      // a combined hunk's line: one column per parent; it ends at the first line without them
      const n = this.ccParents
      let columns = end - start >= n
      let removed = false
      let allPlus = true
      for (let k = 0; columns && k < n; k++) {
        const col = data[start + k] as number
        if (col === MINUS) removed = true
        else if (col !== PLUS) {
          allPlus = false
          if (col !== SPACE) columns = false
        }
      }
      if (columns) {
        if (removed) return
        // a line added against every parent was written in the merge itself (an "evil merge")
        if (allPlus) this.keep(data, start + n, end)
        else this.next++
        return
      }
      this.ccParents = 0
    }
    if (this.addLeft > 0 || this.delLeft > 0) {
      if (c === PLUS && this.addLeft > 0) {
        this.keep(data, start + 1, end)
        this.addLeft--
        return
      }
      if (c === MINUS && this.delLeft > 0) {
        this.delLeft--
        return
      }
      if (c === BACKSLASH) return
      // malformed: fall through to header handling
      this.addLeft = 0
      this.delLeft = 0
    }
    if (c === 0) {
      this.flush()
      this.commit = data.toString('latin1', start + 1, end).trim()
      this.sink.commit(this.commit)
      return
    }
    // header lines that carry nothing for the scan (index, ---, mode and similarity lines) are not decoded
    if (c !== AT && c !== LOWER_D && c !== LOWER_N && c !== PLUS && c !== LOWER_R && c !== LOWER_C) return
    const line = data.toString('utf8', start, end)
    if (line.startsWith('@@@')) {
      // `@@@ -a,b -c,d +e,f @@@`: a merge's combined diff (`--cc`), one '@' more than it has parents
      const m = CC_HUNK.exec(line)
      if (m === null) return
      this.ccParents = (m[1] as string).length - 1
      this.next = Number(m[2])
      return
    }
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
    if (line.startsWith('diff --cc ') || line.startsWith('diff --combined ')) {
      this.flush()
      this.path = stripPrefix(line.slice(line.indexOf(' ', 5) + 1))
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

  /** Appends one added line (and a `\n`) to the arena. */
  private keep(data: Buffer, start: number, end: number): void {
    const need = this.arenaLength + (end - start) + 1
    if (need > this.arena.length) {
      const bigger = Buffer.allocUnsafe(Math.max(need, this.arena.length * 2))
      this.arena.copy(bigger, 0, 0, this.arenaLength)
      this.arena = bigger
    }
    this.arenaLength += data.copy(this.arena, this.arenaLength, start, end)
    this.arena[this.arenaLength++] = NEWLINE
    this.numbers.push(this.next++)
  }

  private flush(): void {
    if (this.path !== undefined) {
      this.sink.path(this.commit, this.path, this.added)
      const length = this.arenaLength
      if (length > 0 && (!this.keyCandidatesOnly || hasKeyCandidate(this.arena, 0, length)))
        this.sink.file({ commit: this.commit, path: this.path, text: this.arena.toString('utf8', 0, length - 1), lineNumbers: this.numbers })
    }
    this.path = undefined
    if (this.numbers.length > 0) this.numbers = []
    this.arenaLength = 0
    this.addLeft = 0
    this.delLeft = 0
    this.ccParents = 0
  }
}

function stripPrefix(p: string): string {
  // git ends a `---`/`+++` path that holds a space with a tab (for patch(1)); it is not part of the path
  const bare = p.endsWith('\t') ? p.slice(0, -1) : p
  const unquoted = bare.startsWith('"') && bare.endsWith('"') ? bare.slice(1, -1) : bare
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
