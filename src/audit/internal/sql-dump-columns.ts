/**
 * The column a value sits in inside a SQL dump: INSERT statements with and without their column lists (the
 * columns then come from the CREATE TABLE), and PostgreSQL COPY blocks.
 *
 * @module
 */

/** `INSERT INTO table (col, ...) VALUES`, the last one before a value (its column list in group 1). */
const INSERT_COLUMNS = /\binsert\s+into\s+[\w."`[\]]+\s*\(([^()]{1,2000})\)\s*values\b/gi
/** How far back from a value its row's opening parenthesis is looked for. */
const SQL_ROW_REACH = 2000
/** How far back a row's `INSERT INTO ... VALUES` header is looked for (a long multi-row statement). */
const SQL_HEADER_WINDOW = 1_000_000

/** `COPY table (col, ...) FROM stdin;` (pg_dump): its rows follow, one per line, tab-separated, until `\.`. */
export const COPY_FROM_STDIN = /^COPY\s+[^\s(]+\s*\(([^()\n]{1,2000})\)\s+FROM\s+stdin;$/m
const COPY_HEADERS = new RegExp(COPY_FROM_STDIN.source, 'gm')

export interface CopyBlock {
  /** Where the rows start and end (the `\.` line). */
  readonly start: number
  readonly end: number
  readonly columns: readonly string[]
}

export function copyBlocksOf(text: string): CopyBlock[] {
  const blocks: CopyBlock[] = []
  for (const m of text.matchAll(COPY_HEADERS)) {
    const start = m.index + m[0].length + 1
    const stop = text.indexOf('\n\\.', start - 1)
    blocks.push({ start, end: stop < 0 ? text.length : stop, columns: (m[1] ?? '').split(',').map((c) => c.trim().replace(/^["`]|["`]$/g, '')) })
  }
  return blocks
}

/** The last of `items` (in ascending `at` order) whose `at` is at most `limit`: a binary search. */
function lastAtOrBefore<T>(items: readonly T[], at: (item: T) => number, limit: number): T | undefined {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (at(items[mid] as T) <= limit) lo = mid + 1
    else hi = mid
  }
  return items[lo - 1]
}

/** The column of a value in a `COPY ... FROM stdin` row: counted by the tabs before it on its line. */
export function copyColumnOf(text: string, offset: number, lineStart: number, blocks: readonly CopyBlock[]): string | undefined {
  const block = lastAtOrBefore(blocks, (b) => b.start, offset)
  if (block === undefined || offset >= block.end) return undefined
  let tabs = 0
  for (let i = lineStart; i < offset; i++) if (text.charCodeAt(i) === 9) tabs++
  return block.columns[tabs]
}

/** `INSERT INTO t VALUES` with no column list (mysqldump's default), the table's name in group 1. */
const INSERT_NO_COLUMNS = /\binsert\s+into\s+([\w."`[\]]+)\s+values\b/gi
const INSERT_NO_COLUMNS_TEST = new RegExp(INSERT_NO_COLUMNS.source, 'i')
/** `CREATE TABLE [IF NOT EXISTS] t (` at a line's start, the table's name in group 1. */
const CREATE_TABLE = /^\s*create\s+table\s+(?:if\s+not\s+exists\s+)?([\w."`[\]]+)\s*\(\s*$/gim
/** A line of a table's definition that declares no column (keys, indexes, constraints). */
const NOT_A_COLUMN = /^(?:primary|key|unique|constraint|index|foreign|check|fulltext|spatial)\b/i

function tableName(raw: string): string {
  return (raw.split('.').pop() ?? raw).replace(/[`"[\]]/g, '').toLowerCase()
}

/** Each `CREATE TABLE` of a dump, its columns in order (one per line, as dump tools write them), comma-joined. */
function createTableColumns(text: string): Map<string, string> {
  const tables = new Map<string, string>()
  for (const m of text.matchAll(CREATE_TABLE)) {
    const columns: string[] = []
    let at = m.index + m[0].length
    for (let n = 0; n < 500 && at < text.length; n++) {
      const eol = text.indexOf('\n', at + 1)
      const line = text.slice(at, eol < 0 ? text.length : eol).trim()
      at = eol < 0 ? text.length : eol
      if (line.startsWith(')')) break
      if (line === '' || NOT_A_COLUMN.test(line)) continue
      const name = /^[`"[]?([A-Za-z_][\w$]*)/.exec(line)?.[1]
      if (name !== undefined) columns.push(name)
    }
    if (columns.length > 0) tables.set(tableName(m[1] as string), columns.join(', '))
  }
  return tables
}

export interface SqlHeader {
  /** Where the header's `VALUES` ends. */
  readonly end: number
  readonly columns: string
}

/** Every `INSERT INTO t (cols) VALUES` header of a text, in order (one pass). */
export function sqlHeaders(text: string): SqlHeader[] {
  const headers = [...text.matchAll(INSERT_COLUMNS)].map((m) => ({ end: m.index + m[0].length, columns: m[1] as string }))
  // mysqldump's `INSERT INTO t VALUES` names no columns: they come from the dump's `CREATE TABLE t (...)`
  if (INSERT_NO_COLUMNS_TEST.test(text)) {
    const tables = createTableColumns(text)
    for (const m of text.matchAll(INSERT_NO_COLUMNS)) {
      const columns = tables.get(tableName(m[1] as string))
      if (columns !== undefined) headers.push({ end: m.index + m[0].length, columns })
    }
    headers.sort((a, b) => a.end - b.end)
  }
  return headers
}

/**
 * The column a value sits in when it is a quoted item of a SQL `VALUES` row: the row's items are
 * counted up to the value (commas outside quotes) and matched with the nearest `INSERT INTO`
 * column list before it. Undefined when the value is not in such a row.
 */
export function sqlColumnOf(text: string, offset: number, lineStart: number, headers: readonly SqlHeader[]): string | undefined {
  const quote = text.charAt(offset - 1)
  if (quote !== "'" && quote !== '"') return undefined
  // the row's opening parenthesis, on the value's line
  let commas = 0
  let inQuote = ''
  let open = -1
  // a row is short: looking back further would make a one-line dump of many values quadratic
  for (let i = offset - 2; i >= Math.max(lineStart, offset - SQL_ROW_REACH); i--) {
    const c = text.charAt(i)
    if (inQuote !== '') {
      if (c === inQuote) inQuote = ''
      continue
    }
    if (c === "'" || c === '"') inQuote = c
    else if (c === ',') commas++
    else if (c === '(') {
      open = i
      break
    } else if (c === ')') return undefined
  }
  if (open < 0) return undefined
  // a row follows the header or another row: `VALUES (`, `), (`; not a call such as `set_key('a', '<hex>')`
  let p = open - 1
  while (p >= 0 && /\s/.test(text.charAt(p))) p--
  const afterRow = text.charAt(p) === ','
  // the nearest header ending before the row (found once per text: per value it would be quadratic)
  const header = lastAtOrBefore(headers, (h) => h.end, open)
  if (header === undefined || open - header.end > SQL_HEADER_WINDOW || (!afterRow && p >= header.end)) return undefined
  const columns = header.columns
  const column = columns.split(',')[commas]?.trim().replace(/^[`"[]|[`"\]]$/g, '')
  return column !== undefined && /^[A-Za-z_][\w$]*$/.test(column) ? column : undefined
}

/** A SQL row's text from its opening parenthesis (on the value's line) up to the value. */
export function sqlRowBefore(text: string, offset: number, lineStart: number): string | undefined {
  const open = text.lastIndexOf('(', offset)
  return open >= lineStart && offset - open <= SQL_ROW_REACH ? text.slice(open, offset) : undefined
}

/** The field before the value in a row's text up to it: a quoted SQL item (`'last_session_id', '`) or a COPY row's tab-separated field. */
export function previousFieldOf(rowBefore: string): string | undefined {
  const quoted = /'([\w.$-]{1,60})'\s*,\s*'$/.exec(rowBefore)
  if (quoted !== null) return quoted[1]
  const tabbed = /(?:^|\t)([\w.$-]{1,60})\t$/.exec(rowBefore)
  return tabbed?.[1]
}
