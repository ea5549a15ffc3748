/**
 * The name a value gets from the table or record it is a cell of: Markdown tables, aligned text columns,
 * CSV headers, pytest parametrize lists, plist keys, XML elements and attributes.
 *
 * @module
 */
import { LineIndex } from './line-index.js'
import { HASHLIKE_NAME, KEYLIKE_NAME, namesAai } from './key-names.js'

/** Characters of the value's line looked at on each side (a minified bundle is one huge line). */
export const LINE_WINDOW = 400
/** A Markdown table row, and the separator row under its header (`|---|:--:|`). */
const TABLE_ROW = /^\s*\|/
const TABLE_SEPARATOR = /^\s*\|\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/
/** How far up a table's header is looked for. */
const TABLE_REACH = 200

/**
 * The header of the Markdown table column a value sits in (`| sample | md5 |` over `| a.wav | <hex> |`),
 * when that header says what its values are (hash-like, key-like or AssemblyAI's), as a CSV header does.
 */
export function tableColumnOf(lines: LineIndex, lineIndex: number, lineStart: number, offset: number, text: string): string | undefined {
  if (!TABLE_ROW.test(lines.lineText(lineIndex))) return undefined
  let column = 0
  for (let k = lineStart; k < offset; k++) if (text.charCodeAt(k) === 124) column++
  for (let k = lineIndex - 1; k >= 1 && k >= lineIndex - TABLE_REACH; k--) {
    const line = lines.lineText(k)
    if (TABLE_SEPARATOR.test(line)) {
      const header = lines.lineText(k - 1)
      if (!TABLE_ROW.test(header)) return undefined
      const name = header.split('|')[column]?.replace(/[`*]/g, '').trim()
      return name !== undefined && name.length <= 40 && saysWhatValuesAre(name) ? name : undefined
    }
    if (!TABLE_ROW.test(line)) return undefined
  }
  return undefined
}
/** How far up the header of a whitespace-aligned table is looked for. */
const ALIGNED_REACH = 60
/** The longest line read as a row of such a table. */
const ALIGNED_MAX_LINE = 1000
/** A cell of such a table: at least two blanks (or a tab) before it, and two blanks, a tab or the line's end after. */
const CELL_BEFORE = /(?:^|[ ]{2}|\t)$/
const CELL_AFTER = /^(?:[ ]{2}|\t|\s*$|\\n|["',]\s*$)/
const CELL_TOKEN = /[^\s"',\\]+/g
const TABLE_GAP = /\S(?: {2,}|\t)\S/

/**
 * The header of a whitespace-aligned table column a value sits in: a data frame, a CLI's or a log's
 * listing (`transcript_id   request_id   status` over `<uuid>  <hex>  completed`), when that header
 * says what its values are. The header is the nearest line above with a word over the value's columns.
 */
export function alignedColumnOf(lines: LineIndex, lineIndex: number, lineStart: number, offset: number, end: number, text: string): string | undefined {
  if (!CELL_BEFORE.test(text.slice(Math.max(lineStart, offset - 2), offset)) || !CELL_AFTER.test(text.slice(end, end + 4))) return undefined
  const from = offset - lineStart
  const to = end - lineStart
  // (a table's rows are short: a minified bundle's lines are not read again for every value in them)
  if (to > ALIGNED_MAX_LINE) return undefined
  for (let k = lineIndex - 1; k >= 0 && k >= lineIndex - ALIGNED_REACH; k--) {
    if (lines.lineEnd(k) - lines.lineStart(k) > ALIGNED_MAX_LINE) return undefined
    const line = lines.lineText(k)
    if (line.trim() === '' || line.length < from) return undefined
    CELL_TOKEN.lastIndex = 0
    for (let m = CELL_TOKEN.exec(line); m !== null; m = CELL_TOKEN.exec(line)) {
      if (m.index >= to) break
      if (m.index + m[0].length <= from) continue
      // a row above holds a value in the same column: go on up to the header
      if (/^[0-9a-fA-F-]{16,}$/.test(m[0])) break
      // (a header is a row of cells too: two or more names apart by wide gaps)
      return saysWhatValuesAre(m[0]) && m[0].length <= 40 && TABLE_GAP.test(line.trim()) ? m[0] : undefined
    }
  }
  return undefined
}

/** A property list's value line and the key line before it (`<key>BuildUUID</key>` / `<string>…`). */
const PLIST_STRING_OPEN = /<string>\s*$/
const PLIST_KEY = /<key>\s*([^<>\s][^<>]*?)\s*<\/key>\s*$/

/** The `<key>` a plist `<string>` value is paired with: on the same line, or at the end of the line before. */
export function plistKeyOf(text: string, lines: LineIndex, lineIndex: number, prefix: string): string | undefined {
  if (!PLIST_STRING_OPEN.test(prefix)) return undefined
  const before = prefix.replace(PLIST_STRING_OPEN, '')
  const same = PLIST_KEY.exec(before)
  if (same !== null) return same[1]
  if (before.trim() !== '' || lineIndex === 0) return undefined
  return PLIST_KEY.exec(previousLineTail(text, lines, lineIndex))?.[1]
}

/** A column's name that says what its values are (a digest's or an id's, a key's, AssemblyAI's); "value", "notes" say nothing. */
function saysWhatValuesAre(name: string): boolean {
  return HASHLIKE_NAME.test(name) || KEYLIKE_NAME.test(name) || namesAai(name)
}

/** A pytest `parametrize` call's opening, with its argument names' string when it is on the same line. */
export const PARAMETRIZE_OPEN = /\.parametrize\(\s*(?:(["'])([^"'\n]*)\1)?/
/** A parametrize argument names' string alone on its line (`"payload, expected_md5",`). */
const PARAMETRIZE_NAMES_LINE = /^\s*(["'])([A-Za-z_][\w ,]*)\1\s*,\s*(?:\[\s*)?$/
/** Lines a parametrize table may reach back over to its call. */
const PARAMETRIZE_REACH = 40

/**
 * The argument name of the column a value sits in, in a row of a pytest `parametrize` table
 * (`@pytest.mark.parametrize("payload, expected_md5", [\n    (b"", "<hex>"),`): the tuple's fields
 * before the value (commas outside quotes) count the column. Undefined when the row is not a tuple
 * of such a table or the names cannot be read.
 */
export function parametrizeColumnOf(lines: LineIndex, lineIndex: number, lineStart: number, offset: number, text: string): string | undefined {
  const before = text.slice(lineStart, offset)
  const open = before.search(/\(/)
  if (open === -1 || !/^\s*(?:pytest\.param)?\($/.test(before.slice(0, open + 1))) return undefined
  let names: string | undefined
  for (let k = lineIndex - 1; k >= Math.max(0, lineIndex - PARAMETRIZE_REACH) && names === undefined; k--) {
    const line = lines.lineText(k)
    const call = PARAMETRIZE_OPEN.exec(line)
    if (call !== null) {
      names = call[2] ?? PARAMETRIZE_NAMES_LINE.exec(lines.lineText(k + 1))?.[2]
      break
    }
  }
  if (names === undefined) return undefined
  let column = 0
  let quote = 0
  for (let k = lineStart + open + 1; k < offset - 1; k++) {
    const c = text.charCodeAt(k)
    if (quote !== 0) {
      if (c === 92) k++
      else if (c === quote) quote = 0
    } else if (c === 34 || c === 39) quote = c
    else if (c === 44) column++
  }
  return names.split(',').map((n) => n.trim())[column]
}

/** A CSV header: three or more comma-separated column names, nothing else. */
const CSV_HEADER = /^\s*[A-Za-z_][\w .-]*(?:\s*,\s*[A-Za-z_][\w .-]*){2,}\s*$/

/** The first line's column names when it is a CSV header, else null. */
export function csvHeaderOf(lines: LineIndex): string[] | null {
  const first = lines.lineText(0)
  return CSV_HEADER.test(first) ? first.split(',').map((c) => c.trim()) : null
}

/**
 * The header's name for the column a value sits in, on a row with as many columns as the header
 * (`recording_id,provider,audio_md5` over `1,assemblyai,<hex>`), when that name is hash-like or
 * key-like. Rows with quoted commas are left alone.
 */
export function csvColumnOf(header: readonly string[] | null, lines: LineIndex, lineIndex: number, lineStart: number, offset: number, text: string): string | undefined {
  if (header === null || lineIndex === 0) return undefined
  const row = lines.lineText(lineIndex)
  if (row.includes('"') || row.split(',').length !== header.length) return undefined
  let column = 0
  for (let k = lineStart; k < offset; k++) if (text.charCodeAt(k) === 44) column++
  // only a column that says what its values are; "value", "notes" leave the row to the usual reading
  const name = header[column]
  return name !== undefined && saysWhatValuesAre(name) ? name : undefined
}

/** An XML element's text (`<md5>…`) or its `value` attribute (`<md5 value="…"`), and its `name`/`key` attribute if any. */
const XML_ELEMENT_TEXT = /<([A-Za-z_][\w.-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))*)\s*>\s*$/
const XML_VALUE_ATTRIBUTE = /<([A-Za-z_][\w.-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))*)\s+value\s*=\s*["']$/
const XML_NAME_ATTRIBUTE = /\s(?:name|key)\s*=\s*["']([^"'<>]+)["']/

/**
 * The slot an XML value sits in: the element's `name`/`key` attribute (Android's `<string
 * name="assemblyai_api_key">`), else the element itself (Gradle's `<md5 value="…"/>`, `<sha256>…`).
 */
export function xmlSlotOf(prefix: string): string | undefined {
  const m = XML_ELEMENT_TEXT.exec(prefix) ?? XML_VALUE_ATTRIBUTE.exec(prefix)
  if (m === null) return undefined
  return XML_NAME_ATTRIBUTE.exec(m[2] ?? '')?.[1] ?? m[1]
}

export function previousLineTail(text: string, lines: LineIndex, lineIndex: number): string {
  const end = lines.lineEnd(lineIndex - 1)
  return text.slice(Math.max(lines.lineStart(lineIndex - 1), end - LINE_WINDOW), end)
}
