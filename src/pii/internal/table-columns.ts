/**
 * The header of a delimited table a text opens with (CSV, TSV, `;` or `|` separated), and the header
 * cell above a value on a later line: "customer_no,full_name,email,phone,dob" names the fourth cell of
 * every row a phone number. Fields are counted by their separators; in CSV a comma inside a double-quoted
 * field is the field's ("1,\"Byrne, Niamh\",14/02/1990": the date is the third cell). A quoted field does not
 * run over a line's end here (a miscount there only loses the column's name).
 *
 * @module
 */

export interface TableHeader {
  readonly sep: string
  readonly cells: readonly string[]
  /** Where the table's first row starts (the line after the header). */
  readonly bodyStart: number
}

/** Longest header line read. */
const MAX_HEADER = 500
/** Lines of a title or a note the header may come after ("Customer list export\nname,phone,licence\n..."). */
const MAX_LINES_BEFORE_HEADER = 2
const SEPARATORS = [',', '\t', ';', '|'] as const

/** A header cell: a short name of letters, maybe quoted, with "_", "-", "/", "#", "." or spaces (no sentence's punctuation), maybe one digit at its end. */
const HEADER_CELL = /^\s*["']?[\p{L}][\p{L} _./#()-]{0,39}\d?\??["']?\s*$/u

/**
 * The table header on one of the text's first lines (the first, or after a line or two of title): three
 * cells or more, each a short name with no digits, and a next line with as many separators; null when
 * there is none (a sentence with commas is none).
 */
export function tableHeader(text: string): TableHeader | null {
  let from = 0
  for (let line = 0; line <= MAX_LINES_BEFORE_HEADER; line++) {
    const nl = text.indexOf('\n', from)
    if (nl <= from || nl - from > MAX_HEADER) return null
    const header = headerAt(text, from, nl)
    if (header !== null) return header
    from = nl + 1
  }
  return null
}

/** The header on the line from `from` to the newline at `nl`, or null. */
function headerAt(text: string, from: number, nl: number): TableHeader | null {
  const first = text.slice(from, nl)
  // (a digit only ends a name: "card_last4", "address2"; a row of values has them elsewhere)
  if (/\d(?![\s"',;|\t]|$)|\d\d/.test(first)) return null
  const end = text.indexOf('\n', nl + 1)
  const second = text.slice(nl + 1, end < 0 ? text.length : end)
  for (const sep of SEPARATORS) {
    const cells = first.split(sep)
    if (cells.length < 3) continue
    // (a Markdown table's row opens and closes with its separator: "| Name | Passport | DOB |"; the empty
    // cells before the first and after the last stay, so cells are counted from the line's start)
    const framed = sep === '|' && cells.length >= 4 && (cells[0] as string).trim() === '' && (cells[cells.length - 1] as string).trim() === ''
    const named = framed ? cells.slice(1, -1) : cells
    // (a row number's column, "#" or unnamed, may open the header: "#,first,last,dob", ",name,phone,email")
    const lead = named.length > 3 && /^\s*(?:#|no\.?)?\s*$/i.test(named[0] as string) ? 1 : 0
    if (!named.slice(lead).every((c) => HEADER_CELL.test(c)) || second.split(sep).length < cells.length) return null
    // (a name in camel case is its words: "IDNumber" -> "id_number", "BankAcc" -> "bank_acc")
    return { sep, cells: cells.map((c) => c.trim().replace(/^["']|["']$/g, '').replace(/(?<=\p{Ll})(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/gu, '_').toLowerCase()), bodyStart: nl + 1 }
  }
  return null
}

/**
 * The header cell over each offset asked about (on a line after the header). Offsets are asked about
 * left to right: the count goes on from the last one, so a long line is walked once, not once per
 * value on it; an offset before the last starts again from its line.
 */
export class ColumnCursor {
  private readonly text: string
  private readonly header: TableHeader
  private readonly sep: number
  private pos = 0
  private cell = 0
  private line = 0
  /** Inside a double-quoted field, whose separators are its text ("1,\"Byrne, Niamh\",14/02/1990"). */
  private quoted = false

  constructor(text: string, header: TableHeader) {
    this.text = text
    this.header = header
    this.sep = header.sep.charCodeAt(0)
  }

  at(offset: number): string | undefined {
    if (offset < this.pos) {
      this.pos = this.text.lastIndexOf('\n', offset - 1) + 1
      this.cell = 0
      this.line = this.pos
      this.quoted = false
    }
    for (let k = this.pos; k < offset; k++) {
      const c = this.text.charCodeAt(k)
      // (a quote opening a field, or closing one; a doubled quote inside is two toggles, which leave it open)
      if (c === 34 && this.sep === 44) this.quoted = !this.quoted
      else if (c === this.sep && !this.quoted) this.cell++
      else if (c === 10) {
        this.cell = 0
        this.line = k + 1
        this.quoted = false
      }
    }
    this.pos = offset
    return this.line < this.header.bodyStart ? undefined : this.header.cells[this.cell]
  }
}

/** The words of a header cell ("phone_number" -> ["phone", "number"], "Date of Birth" -> ["date", "of", "birth"]). */
export function columnWords(cell: string): string[] {
  // (a digit ending a name is a word of its own: "card_last4" -> ["card", "last", "4"])
  return cell.split(/[^\p{L}\p{N}]+|(?<=\p{L})(?=\d)/u).filter((w) => w.length > 0)
}

/** The context words before a table cell's value (nearest first), its column's words put nearest: the column names the value first. */
export function columnFirst(column: string, before: readonly string[]): string[] {
  return [...columnWords(column).reverse(), ...before]
}
