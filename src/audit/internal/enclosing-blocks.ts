/**
 * Which block, object, section or list a value is nested in, and whether a mention of AssemblyAI sits in
 * the same one: YAML parents, anonymous objects, INI/TOML sections, sequences and list openers.
 *
 * @module
 */
import { LineIndex } from './line-index.js'
import { AAI_NAME } from './key-names.js'

/** How far (lines, characters) the service's name may be from the value. */
export const NEAR_LINES = 25
export const NEAR_CHARS = 4000

/**
 * A line that opens a block: a YAML key alone (`mixpanel:`), or an object opened by a key or an
 * assignment in code, JSON or HCL (`amplitude: {`, `"amplitude": {`, `const amplitude = {`).
 */
const YAML_PARENT =
  /^(\s*)(?:- )?(?:(?:export\s+)?(?:const|let|var)\s+|(?:provider|resource|data|module|variable|output)\s+(?:"[\w-]+"\s+)?)?["']?([\w.$-]+)["']?\s*(?::\s*(?:(?:&?[A-Za-z_][\w.]*\s*)?\{\s*)?|=\s*(?:new\s+)?(?:[A-Za-z_][\w.]*\s*)?\{\s*|=>\s*(?:\[|array\(|\{)\s*|\{\s*)(?:(?:#|\/\/).*)?$/
/** An XML element opened on a line of its own (`<provider name="speechmatics">`, `<assemblyai>`): its name attribute, or its tag. */
const XML_PARENT = /^(\s*)<([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*>\s*$/
const XML_PARENT_NAME = /\s(?:name|id|key|type|provider|vendor|service)\s*=\s*"([^"]+)"/

/**
 * The key a line opens a block with: a YAML key or an object's property (`mixpanel:`, `amplitude: {`, Go's
 * `Deepgram: ProviderConfig{`), or an XML element; undefined when the line opens none.
 */
function parentKey(line: string): string | undefined {
  const yaml = YAML_PARENT.exec(line)
  if (yaml !== null) return yaml[2]
  const xml = XML_PARENT.exec(line)
  return xml === null ? undefined : (XML_PARENT_NAME.exec(xml[3] ?? '')?.[1] ?? xml[2])
}
const INDENT = /^\s*/

/**
 * The keys of the blocks a line sits under by its indentation, nearest first: YAML mappings
 * (`analytics:` / `  mixpanel:` / `    token: …`) and pretty-printed objects (`amplitude: {` / `  apiKey: …`).
 */
export function yamlParentsOf(lines: LineIndex, lineIndex: number): string[] {
  return blockParentsOf(lines, lineIndex).map((k) => parentKey(lines.lineText(k)) as string)
}

/** The lines opening the blocks `lineIndex` sits under (see yamlParentsOf), nearest first. */
function blockParentsOf(lines: LineIndex, lineIndex: number): number[] {
  const parents: number[] = []
  let indent = (INDENT.exec(lines.lineText(lineIndex))?.[0] ?? '').length
  for (let k = lineIndex - 1; k >= 0 && k >= lineIndex - 60 && indent > 0 && parents.length < 4; k--) {
    const line = lines.lineText(k)
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    const lead = (INDENT.exec(line)?.[0] ?? '').length
    if (lead >= indent) continue
    if (parentKey(line) === undefined) break
    parents.push(k)
    indent = lead
  }
  return parents
}

/**
 * The value sits in a block of a structured file (YAML, JSON, an object literal) that holds none of
 * the nearby mentions of AssemblyAI, and each of those mentions is itself part of the structure, in
 * or opening another block: `assemblyai:` / `  region: us` / `redis:` / `  password: <hex>` is
 * Redis's password. A comment or an import outside any block (`# AssemblyAI settings`) still ties it,
 * and so does a mention opening a block the value is nested in, however deep.
 */
export function inOtherBlock(offset: number, lineIndex: number, lines: LineIndex, positions: readonly number[]): boolean {
  const ancestors = blockParentsOf(lines, lineIndex)
  const block = ancestors[0]
  if (block === undefined) return false
  const from = Math.max(lines.lineStart(Math.max(0, lineIndex - NEAR_LINES)), offset - NEAR_CHARS)
  const to = Math.min(lines.lineEnd(Math.min(lines.lineCount - 1, lineIndex + NEAR_LINES)), offset + NEAR_CHARS)
  let any = false
  for (const p of positions) {
    if (p < from || p > to) continue
    any = true
    const m = lines.lineOf(p)
    // (a mention opening any block the value sits under ties it: `assemblyai:` / `  credentials:` / `    api_key: …`)
    // (... a property list's too, whose dict's name is the `<key>` right before it: `<key>assemblyai</key>` / `<dict>`)
    if (ancestors.includes(m) || ancestors.some((a) => a === m + 1 && PLIST_DICT.test(lines.lineText(a)) && PLIST_KEY.test(lines.lineText(m)))) return false
    // ... and a sibling's value, when the block holds that sibling's settings (`- uses: org/assemblyai-action` /
    // `  with:` / `    api-key: …`; `provider: assemblyai` / `credentials:` / `  token: …`)
    if (settingsOfSibling(lines, block, m)) return false
    const mentionParents = blockParentsOf(lines, m)
    if (mentionParents.includes(block)) return false
    // ... and a Kubernetes manifest's name: `metadata:` / `  name: call-analytics-assemblyai` / `stringData:` / `  api-key: <hex>`
    if (manifestNamed(lines, ancestors, mentionParents, m, lineIndex)) return false
    if (mentionParents.length === 0 && parentKey(lines.lineText(m)) === undefined) return false
  }
  return any
}

/** A property list's dict opened on its own line, and the `<key>` line naming it. */
const PLIST_DICT = /^\s*<dict>\s*$/
const PLIST_KEY = /^\s*<key>[^<]*<\/key>\s*$/

/** The blocks of a Kubernetes Secret or ConfigMap that hold its values. */
const MANIFEST_DATA = new Set(['stringData', 'data'])
/** A YAML document separator. */
const DOCUMENT_SEPARATOR = /^---\s*$/

/**
 * The mention is the name in a manifest's `metadata` and the value is in the same manifest's data
 * (no `---` between them): the manifest, a Secret named for AssemblyAI, holds its key.
 */
function manifestNamed(lines: LineIndex, ancestors: readonly number[], mentionParents: readonly number[], mention: number, lineIndex: number): boolean {
  const valueTop = ancestors[ancestors.length - 1]
  const mentionTop = mentionParents[mentionParents.length - 1]
  if (valueTop === undefined || mentionTop === undefined || parentKey(lines.lineText(mentionTop)) !== 'metadata') return false
  if (!MANIFEST_DATA.has(parentKey(lines.lineText(valueTop)) ?? '')) return false
  for (let k = Math.min(mention, lineIndex); k <= Math.max(mention, lineIndex); k++) if (DOCUMENT_SEPARATOR.test(lines.lineText(k))) return false
  return true
}

/** A line opening an object with no name before it: `{`, `},{`, `[{`, `({`. */
const ANONYMOUS_OPENER = /^\s*(?:\},?\s*|[[(]\s*)?\{\s*$/
/** How many lines an anonymous object's opener and closer are looked for around a value. */
const OBJECT_REACH = 40

/** The first and last line of the anonymous object literal (opened by a line of its own) that `lineIndex` sits in. */
function anonymousObjectOf(lines: LineIndex, lineIndex: number): [number, number] | undefined {
  const lead = (k: number): number => (INDENT.exec(lines.lineText(k))?.[0] ?? '').length
  const indent = lead(lineIndex)
  for (let k = lineIndex - 1; k >= 0 && k >= lineIndex - OBJECT_REACH; k--) {
    const line = lines.lineText(k)
    if (line.trim() === '' || lead(k) >= indent) continue
    if (!ANONYMOUS_OPENER.test(line)) return undefined
    const opener = lead(k)
    for (let e = lineIndex + 1; e < lines.lineCount && e <= lineIndex + OBJECT_REACH; e++) {
      const end = lines.lineText(e)
      if (end.trim() === '' || lead(e) > opener) continue
      return /^\s*\}/.test(end) ? [k, e] : undefined
    }
    return undefined
  }
  return undefined
}

/**
 * The value sits in an entry of a list of anonymous objects, and every nearby mention of AssemblyAI
 * is inside another entry: `{ provider: "assemblyai", key: … }` / `{ provider: "speechmatics", key: <hex> }`
 * holds Speechmatics' key. A mention outside the entries (a comment over the list) still ties it.
 */
export function inOtherObject(lineIndex: number, lines: LineIndex, offset: number, positions: readonly number[]): boolean {
  const own = anonymousObjectOf(lines, lineIndex)
  if (own === undefined) return false
  let any = false
  for (const p of positions) {
    if (Math.abs(p - offset) > NEAR_CHARS) continue
    const m = lines.lineOf(p)
    if (m >= own[0] && m <= own[1]) return false
    if (anonymousObjectOf(lines, m) === undefined) return false
    any = true
  }
  return any
}

/** AssemblyAI's API hosts in a URL. */
const API_URL = /https?:\/\/(?:api|streaming|api\.eu|streaming\.eu)\.assemblyai\.com/i

/** AssemblyAI's API hosts, with or without a scheme (a cookie's `"domain": "api.assemblyai.com"`). */
const API_HOST = /(?<![\w.-])(?:api|streaming)(?:\.eu)?\.assemblyai\.com(?![\w-])/i

/** A mention within reach of the value names AssemblyAI's API host. */
export function apiHostNear(offset: number, lines: LineIndex, positions: readonly number[]): boolean {
  for (const p of positions) if (Math.abs(p - offset) <= NEAR_CHARS && API_HOST.test(lines.lineText(lines.lineOf(p)))) return true
  return false
}

/** A mention within reach of the value is in a URL of AssemblyAI's API. */
export function apiUrlNear(offset: number, lines: LineIndex, positions: readonly number[]): boolean {
  for (const p of positions) if (Math.abs(p - offset) <= NEAR_CHARS && API_URL.test(lines.lineText(lines.lineOf(p)))) return true
  return false
}

/** Blocks that hold the settings of what their mapping names (a CI step's `with:`, a service's `credentials:`), not a service of their own. */
const SETTINGS_BLOCK = /^(?:with|env|environment|credentials|auth|authentication|headers|params|parameters|args|arguments|config|configuration|settings|options|secrets|inputs|vars|variables|properties)$/i
/** Where a line's key stands: after its indentation and a sequence item's dash. */
const KEY_COLUMN = /^(\s*)(?:- )?/

function keyColumn(line: string): number {
  return (KEY_COLUMN.exec(line)?.[0] ?? '').length
}

/**
 * Line `m` is a key of the same mapping as the block opened on line `block` (same key column, no line
 * between them leaving the mapping), holding a value rather than opening a block of its own, and the
 * block holds settings: the value's settings are those of what `m` names.
 */
function settingsOfSibling(lines: LineIndex, block: number, m: number): boolean {
  const blockLine = lines.lineText(block)
  if (!SETTINGS_BLOCK.test(parentKey(blockLine) ?? '')) return false
  const mentionLine = lines.lineText(m)
  const column = keyColumn(blockLine)
  if (parentKey(mentionLine) !== undefined || keyColumn(mentionLine) !== column || Math.abs(m - block) > NEAR_LINES) return false
  const [from, to] = m < block ? [m, block] : [block, m]
  // (a line left of the column leaves the mapping, and a sequence item's dash there starts another one:
  // only the first of the two lines may be an item's)
  for (let k = from + 1; k <= to; k++) {
    const line = lines.lineText(k)
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue
    if ((INDENT.exec(line)?.[0] ?? '').length < column) return false
  }
  return true
}

/** A YAML key opening a block or a sequence: `X-Request-Id:`, `"etag":`. */
const YAML_KEY_LINE = /^(\s*)["']?([\w.$-]+)["']?\s*:\s*(?:#.*)?$/

/** The key of the YAML sequence whose item is on `lineIndex` (its items may stand at the key's own indentation). */
export function sequenceKeyOf(lines: LineIndex, lineIndex: number): string | undefined {
  const indent = (INDENT.exec(lines.lineText(lineIndex))?.[0] ?? '').length
  for (let k = lineIndex - 1; k >= 0 && k >= lineIndex - LIST_REACH; k--) {
    const line = lines.lineText(k)
    if (line.trim() === '' || YAML_SEQUENCE_LINE.test(line)) continue
    const m = YAML_KEY_LINE.exec(line)
    return m !== null && (m[1] as string).length <= indent ? m[2] : undefined
  }
  return undefined
}
/** Another item of a YAML sequence. */
const YAML_SEQUENCE_LINE = /^\s*- /
/** A list opened at the end of a line by an assignment or a key (`IDS = [`, `"ids": [`, `ids: (`). */
const LIST_OPENER = /([A-Za-z_$][\w$.-]*)["']?\s*(?::|=|:=)\s*(?:\w+\s*|map\[\w+\]\w+\s*|\[\]\w+\s*)?[[({]\s*$/
/** A list's or a collection initialiser's opening bracket alone on its line. */
const LONE_OPENER = /^\s*[[({]\s*$/
/** An assignment left open at the end of its line (no `;`), naming what the block under it initialises. */
const ASSIGNMENT_OPENING = /([A-Za-z_$][\w$]*)\s*=\s*(?:new\b[^;=]*|[A-Za-z_$][\w$.<>]*\s*(?:\([^;=]*\))?)?\s*$/
/** A line of other items (a quoted value, maybe after a quoted entry name), a comment, or a blank line. */
const LIST_LINE = /^\s*(?:(?:["'`][^"'`\n]{1,60}["'`]\s*:\s*)?["'`][^"'`]*["'`]\s*,?\s*(?:(?:#|\/\/).*)?|(?:#|\/\/).*)?$/
/** How far back a list's opening line is looked for. */
const LIST_REACH = 50

/** The name of the list whose items run one per line down to `lineIndex`, if it opens within reach. */
export function listNameOf(lines: LineIndex, lineIndex: number): string | undefined {
  for (let k = lineIndex - 1; k >= 0 && k >= lineIndex - LIST_REACH; k--) {
    const line = lines.lineText(k)
    const opened = LIST_OPENER.exec(line)
    if (opened !== null) return opened[1]
    // (a brace alone under its assignment: C#'s `HashSet<string> Digests = new(StringComparer.Ordinal)` / `{`)
    if (LONE_OPENER.test(line)) return k > 0 ? (ASSIGNMENT_OPENING.exec(lines.lineText(k - 1))?.[1] ?? undefined) : undefined
    // only other items (or blank and comment lines) may stand between
    if (!LIST_LINE.test(line)) return undefined
  }
  return undefined
}

/** A TOML or INI section header alone on its line (`[deepgram]`, `[services.openai]`, `[[providers]]`). */
const SECTION_HEADER = /^\s*\[\[?\s*([^\[\]\n]{1,80}?)\s*\]\]?\s*(?:[#;].*)?$/
/** How far back a value's section header is looked for. */
const SECTION_REACH = 200

/** The line of the INI/TOML section header a line sits under (the line itself when it is one), or -1. */
function sectionLineOf(lines: LineIndex, lineIndex: number): number {
  for (let k = lineIndex; k >= 0 && k >= lineIndex - SECTION_REACH; k--) if (SECTION_HEADER.test(lines.lineText(k))) return k
  return -1
}

/**
 * The value sits in an INI or TOML section that names no AssemblyAI, and every mention within reach
 * is in another section (or is another section's header): `[assemblyai]` / `api_key = ${...}` /
 * `[redis]` / `password = <hex>` is Redis's. A mention before any section (a comment at the top) ties it.
 */
export function inOtherSection(offset: number, lineIndex: number, lines: LineIndex, positions: readonly number[]): boolean {
  const own = sectionLineOf(lines, lineIndex - 1)
  if (own < 0 || AAI_NAME.test(lines.lineText(own))) return false
  let any = false
  for (const p of positions) {
    if (Math.abs(p - offset) > NEAR_CHARS) continue
    const m = lines.lineOf(p)
    const section = sectionLineOf(lines, m)
    if (section === own || section < 0) return false
    any = true
  }
  return any
}

/** The TOML/INI section a line sits in, if a section header comes before it (within reach). */
export function sectionOf(lines: LineIndex, lineIndex: number): string | undefined {
  const header = sectionLineOf(lines, lineIndex - 1)
  return header < 0 ? undefined : SECTION_HEADER.exec(lines.lineText(header))?.[1]
}
