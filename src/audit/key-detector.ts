/**
 * Rule 1's engine: finds AssemblyAI keys by context, not entropy. A 32-char lowercase alphanumeric
 * value is a key when something ties it to AssemblyAI:
 *
 * - `variable`: it is assigned to a name mentioning AssemblyAI (`ASSEMBLYAI_API_KEY=`,
 *   `"assemblyaiKey":`, `ASSEMBLY_AI_KEY =`, `aai.settings.api_key = f"…"`), in any syntax;
 * - `line`: the service's name (assemblyai, assembly_ai, assembly-ai, assembly ai…) is on the same line;
 * - `nearby`: the name (an SDK constructor, an api.assemblyai.com URL, an import) is within
 *   the surrounding region, before or after the value;
 * - `file`: the file talks to AssemblyAI and the value sits in a key-like slot (`apiKey`, `token`,
 *   an `Authorization` header, or a constant later sent as one).
 *
 * Values marked fake (`fake`, `dummy`, `not a real key` on the line or the one before), placeholders
 * and hash-like slots (`md5`, `sha`, `integrity`, `id`...) are skipped. Lock files only count the
 * `variable` context, so their digests never match.
 *
 * @module
 */
import { hash } from 'node:crypto'
import { assembledKeys, mayHoldEncodedKey } from './internal/assembled-keys.js'
import {
  apiHostNear, apiUrlNear, inOtherBlock, inOtherObject, inOtherSection, listNameOf, NEAR_CHARS, NEAR_LINES,
  sectionOf, sequenceKeyOf, yamlParentsOf,
} from './internal/enclosing-blocks.js'
import { mentionsKeyContext, namesService, SERVICE_NAME } from './internal/key-context.js'
import {
  AAI_NAME, aaiKeyNameIn, DIGEST_NAME, FAKE_MARK, FIXTURE_NAME, HASHLIKE_NAME, ID_NAME, KEYLIKE_NAME,
  namesAai, namesOtherVendor, NON_SECRET_KEY_NAME, OTHER_VENDOR_KEY_NAME, otherPurposeSecret, SESSION_SECRET_NAME, signingSecret,
} from './internal/key-names.js'
import { isHexKey, KEY_CANDIDATE, looksLikeKey } from './internal/key-shape.js'
import { LineIndex } from './internal/line-index.js'
import {
  COPY_FROM_STDIN, type CopyBlock, copyBlocksOf, copyColumnOf, previousFieldOf, sqlColumnOf, type SqlHeader,
  sqlHeaders, sqlRowBefore,
} from './internal/sql-dump-columns.js'
import {
  alignedColumnOf, csvColumnOf, csvHeaderOf, LINE_WINDOW, PARAMETRIZE_OPEN, parametrizeColumnOf, plistKeyOf,
  previousLineTail, tableColumnOf, xmlSlotOf,
} from './internal/table-cell-names.js'

export type KeyContext = 'variable' | 'line' | 'nearby' | 'file' | 'bare'

export interface KeyHit {
  /** 0-based line in the scanned text. */
  readonly lineIndex: number
  /** 1-based column. */
  readonly column: number
  /** sha256 hex of the key: used for fingerprints and reuse; the key itself never leaves. */
  readonly digest: string
  readonly masked: string
  readonly context: KeyContext
  /** The name the value is assigned to, when one is visible on the line. */
  readonly name: string | undefined
}

export interface DetectOptions {
  /** Only a name mentioning both AssemblyAI and a key counts (lock files). */
  readonly strictContext?: boolean
  /** Also report key-shaped hex values with no context at all (built bundles). */
  readonly includeBare?: boolean
  /** The text is a test's file or fixture: a name marked as an example or a mock marks its value as fake. */
  readonly testFile?: boolean
}

const NAME_BEFORE_VALUE = /([A-Za-z_$][\w$.-]*)\s*(?:\\{0,3}["'`\]]){0,2}\s*(?:[:=]{1,3}|=>|\?=|\|\||,|\(|\s)\s*(?:(?:[rRbBuUfF]{1,2})?\\{0,3}["'`]{1,2}(?:W\/)?(?:\\{1,3}["'])?|W\/\\{0,3}["']|\(|\[)?\s*(?:(?:Bearer|Token|Basic)\s+)?$/
/** A digest's label right before the value (`md5-…` in SRI, `sha1:…`). */
const DIGEST_LABEL = /(?:md5|sha\d*|nonce)[-:]$/i
/** webpack's runtime returns the build's hash: `__webpack_require__.h = () => "<hash>"` (webpack 5 wraps it in brackets: `() => ("<hash>")`). */
const WEBPACK_HASH = /\.h\s*=\s*(?:\(\)\s*=>\s*|function\s*\(\)\s*\{\s*return\s*)\(?\s*["']$/
const AUTH_CTX = /authori[sz]ation/i
/** Characters after a value that still belong to its statement (`, forHTTPHeaderField: "Authorization")`). */
const STATEMENT_AFTER = 80
/** An id's or a digest's name as a word, then no word of a key, up to the value. */
const ID_WORDS_BEFORE = /\b(?:id|ids|identifier|hash|md5|sha\d*|etag|checksum|digest|uuid|guid|(?:mlflow|spark|wandb|experiment|training|sweep)[ _-]run)\b(?![^\n]*\b(?:key|keys|token|secret|password|credential|credentials|api|auth|authorization|bearer)\b)[^\n]{0,60}$/i
/** Right after a template interpolation and at most one separator (`${id}:`). */
const INTERPOLATED_BEFORE = /\$\{[^{}]{1,80}\}[:_./-]?$/

/** The name of a pretty-printed pair on the line before its value (`"name": "etag",` / `"key": "x-request-id",` / `"alg": "MD5",`). */
const PAIR_NAME_LINE = /(?:["'](?:name|key|alg)["']\s*:|\b(?:name|key)\s*=)\s*["']([^"'\\]{1,60})["']\s*,?\s*$|^\s*(?:- )?(?:name|key):\s*["']?([\w.-]{1,60})["']?\s*$/
/**
 * A name declared with a string type before its value: Rust `const X: &str = "`, TypeScript and Kotlin
 * `X: string = "`, `val x: String = "`, Python `X: str = "`, Go `var X string = "`.
 */
const TYPED_NAME =
  /(?:([A-Za-z_$][\w$]*)\s*:\s*(?:&\s*(?:'static\s+)?)?(?:str|string|String|Str|Text|text)|(?:var|const)\s+([A-Za-z_]\w*)\s+string)\s*=\s*(?:[rRbBuUfF]{1,2})?["'`]$/
function typedNameOf(prefix: string): string | undefined {
  const m = TYPED_NAME.exec(prefix)
  return m === null ? undefined : (m[1] ?? m[2])
}
/** A name's last character and an opening bracket (and maybe a quote) right before the value. */
const SUBSCRIPT_BEFORE = /[\w)\]]\[["']?$/
/** The closing bracket (maybe after a quote) right after it. */
const SUBSCRIPT_AFTER = /^["']?\]/
/** A word, or words and version tags joined by dashes, right before the value with a dash, at the start of a string or a bare value (`pip-`, `key-`, `bun-deps-v3-`). */
const WORD_DASH_BEFORE = /(?:^|[\s"'`:=(,[])(?:[A-Za-z]{2,12}|[A-Za-z][A-Za-z0-9]{0,15}(?:[-_.][A-Za-z0-9]{1,16}){1,5})-$/
/** A quote and a colon right after the value, on its line: it is a property name, not a value (a zsh history's next line starts with ":"). */
const PROPERTY_NAME_AFTER = /^\\?["'][ \t]*:/
/** A file name with its extension and a dash right before the value (`logo.png-`). */
const FILE_NAME_BEFORE = /[\w-]\.[a-z0-9]{2,5}-$/

function pairNameBefore(text: string, lines: LineIndex, lineIndex: number): string | undefined {
  const prev = text.slice(lines.lineStart(lineIndex - 1), lines.lineEnd(lineIndex - 1))
  const m = PAIR_NAME_LINE.exec(prev.length > 200 ? prev.slice(-200) : prev)
  return m?.[1] ?? m?.[2]
}

/** A BSD-style checksum line before the value: `MD5 (file) = `, `SHA256 (file) = ` (macOS `md5`, `shasum --tag`). */
const BSD_CHECKSUM_BEFORE = /\b(?:MD5|SHA-?\d*|RMD160|BLAKE2\w*)\s*\([^()\n]*\)\s*=\s*$/i
/** A B3 trace header's span id (and sampling flag and parent span id) after its 32-hex trace id. */
const B3_AFTER = /^-[0-9a-f]{16}(?:-[01d](?:-[0-9a-f]{16})?)?(?![0-9A-Za-z-])/
/** The version and dash before a traceparent's trace id, and its span id and flags after it. */
const TRACEPARENT_BEFORE = /(?:^|[^0-9A-Za-z])[0-9a-f]{2}-$/
const TRACEPARENT_AFTER = /^-[0-9a-f]{16}-[0-9a-f]{2}(?![0-9A-Za-z])/
/** A journal cursor's field before a value (`s=`, `;b=`), and its next field after it (`;i=1a2f`, `;m=2d41d21c`). */
const JOURNAL_CURSOR_PART = /(?:^|[\[;\s])[sb]=$/
const JOURNAL_CURSOR_REST = /^;[ibmtx]=[0-9a-f]+;/
const INSERT_INTO = /\binsert\s+into\b/i
/** The extensions of a web build's assets. */
const WEB_ASSET_EXTENSIONS = 'm?js|cjs|jsx|tsx?|css|map|json|html?|png|jpe?g|gif|svg|webp|avif|woff2?|ttf|otf|eot|ico|wasm|gz|br|txt|xml'
/** The extensions of media, archives, installers and data files, which tables of digests are keyed by. */
const MEDIA_EXTENSIONS = 'wav|mp3|mp4|m4a|flac|ogg|opus|webm|mov|png|jpe?g|gif|pdf|zip|tar|gz|tgz|bz2|xz|7z|exe|msi|dmg|pkg|iso|deb|rpm|apk|jar|whl|csv|parquet'
/** What follows a hash that is part of an asset's file name. */
const ASSET_EXTENSION = new RegExp(`^\\.(?:${WEB_ASSET_EXTENSIONS})\\b`)
/** After the hash of an `md5sum` line: two spaces (text mode) or a space and `*` (binary), then the path. */
const CHECKSUM_LINE_AFTER = /^ [ *]\S/
/** A checksum annotation's name before the value (Helm's `checksum/secret: "`, `sha256/config=`). */
const CHECKSUM_ANNOTATION = /(?:^|[\s"'{,])(?:checksum|sha\d*|hash|digest)\/[\w./-]*["']?\s*[:=]\s*["']?$/i
/** A checksum tool or file on the line: such a listing is also fed to it or kept in one (`echo "<hex>  file" | md5sum -c -`, `>> checksums.md5`). */
const CHECKSUM_TOOL = /\b(?:md5|sha(?:1|224|256|384|512)?|b2|b3)sum\b|\bshasum\b|\.(?:md5|sha(?:1|256|512)?)\b/
/** Only a quote (and indentation, and a quoted entry name) before the value on its line: an item of a list or map written one per line. */
const LIST_ITEM = /^\s*(?:["'`][^"'`\n]{1,60}["'`]\s*:\s*)?["'`]$/
/** The item's closing quote, then a comma or the end of the line. */
const LIST_ITEM_AFTER = /^["'`]\s*(?:,|$|\n|\r)/
/** A YAML sequence item: a dash and maybe a quote (or a quoted quote, or a weak ETag's `W/"`) before the value. */
const YAML_SEQUENCE_ITEM = /^\s*- ["']{0,2}(?:W\/["']{1,2})?$/
/** Items of a collection opened on the same line before the value (`NAME = {"…", "`, `ids: ["`). */
const INLINE_COLLECTION = /([A-Za-z_$][\w$.-]*)["']?\s*(?::|=|:=)\s*(?:\w+\s*)?[[({]\s*(?:["'`][^"'`\n]{0,80}["'`]\s*,\s*)*["'`]$/
/** A number as the key right before the value: `"217": "`, `431:'`. */
const NUMBER_KEY_BEFORE = /(?:^|[{,\s])["']?\d+["']?\s*:\s*["']$/

/** Names that say where a value sits, not what it is: the object around it says that. */
const GENERIC_SLOT = /^(?:value|content|example|examples|default|const|sample|x-example)$/i
/** The key of an object opened before the value on its line and still open (`"job_id": { "type": "string", "example": "`). */
const INLINE_OBJECT_KEY = /["']?([A-Za-z_$][\w$.-]*)["']?\s*:\s*\{[^{}]*$/

/** A JSON name/value pair (a HAR file's headers, a Postman variable): `{"name": "etag", "value": "<hex>"` is named "etag", `{"key": "audio_md5", "value": …` "audio_md5". */
const NAME_VALUE_PAIR = /["'](?:name|key)["']\s*:\s*["']([^"'\\]{1,60})["']\s*,\s*["']value["']\s*:\s*["'](?:\\["'])?$/

/** A string literal wrapped in a call that only re-quotes it, as bundler `define` maps do (`JSON.stringify("…")`). */
const STRINGIFY_WRAPPER = /(?:JSON\.stringify|String)\(\s*(["'`])$/
/** A letter prefix glued to the value by `-` or `_` (`key-`, `pubkey-`): AssemblyAI keys have none. */
const GLUED_PREFIX = /(?<=[\s"'`:=(,[])[A-Za-z]{2,10}[-_]$/
/** The cell before the value's in an HTML table row (Django's debug page: `<td>csrftoken</td><td class="code"><pre>&#x27;…`). */
const HTML_CELL_NAME = /<t[dh][^<>]*>\s*([\w.$-]{1,60})\s*<\/t[dh]>\s*<t[dh][^<>]*>(?:\s*<[a-z]+[^<>]*>)*\s*(?:&#x27;|&#39;|&quot;|&apos;|["'])?$/i
/** Finds the AssemblyAI keys in one text. Returns no raw secret. */
export function detectKeys(text: string, options: DetectOptions = {}): KeyHit[] {
  KEY_CANDIDATE.lastIndex = 0
  const first = KEY_CANDIDATE.exec(text)
  // a key written in another form: base64 (a Kubernetes Secret's `data:`), or string literals joined by `+`
  const other = first === null || mayHoldEncodedKey(text) ? assembledKeys(text) : []
  if (first === null && other.length === 0) return []
  const lower = text.toLowerCase()
  // outside bundles every context below needs one of these words: none, no key (the tree scan's grep relies on it)
  if (!options.includeBare && !mentionsKeyContext(lower)) return []
  const aaiPositions = positionsOf(lower, SERVICE_NAME)
  const fileMentionsAai = aaiPositions.length > 0
  const lines = new LineIndex(text)
  let headers: SqlHeader[] | undefined
  let inserts: boolean | undefined
  const hasInsert = (): boolean => (inserts ??= INSERT_INTO.test(text))
  let parametrized: boolean | undefined
  const hasParametrize = (): boolean => (parametrized ??= PARAMETRIZE_OPEN.test(text))
  const sqlRows = (): SqlHeader[] => (headers ??= hasInsert() ? sqlHeaders(text) : [])
  let copies: CopyBlock[] | undefined
  const copyBlocks = (): CopyBlock[] => (copies ??= COPY_FROM_STDIN.test(text) ? copyBlocksOf(text) : [])
  let header: string[] | null | undefined
  const csvHeader = (): string[] | null => (header ??= csvHeaderOf(lines))
  let used: Set<string> | undefined
  const usedAsKey = (): Set<string> => (used ??= namesUsedAsKey(text))
  const hits: KeyHit[] = []
  const consider = (value: string, offset: number, end: number, assembled: boolean): void => {
    const lineIndex = lines.lineOf(offset)
    const lineStart = lines.lineStart(lineIndex)
    // the line around the value, capped so minified one-line bundles stay linear
    const line = text.slice(Math.max(lineStart, offset - LINE_WINDOW), Math.min(lines.lineEnd(lineIndex), end + LINE_WINDOW))
    const prefix = text.slice(Math.max(lineStart, offset - 120), offset)
    if (FAKE_MARK.test(line) || (lineIndex > 0 && FAKE_MARK.test(previousLineTail(text, lines, lineIndex)))) return
    // a digest with its label (`integrity="md5-…"`, `sha1:…`), or a content hash in a file name (`main.<hash>.js`)
    const charBefore = text.charCodeAt(offset - 1)
    if (DIGEST_LABEL.test(prefix.slice(-8)) || (charBefore === 46 && text.charCodeAt(end) === 46) || WEBPACK_HASH.test(prefix)) return
    // a content hash in an asset's file name (`application-<hash>.js`, `index_<hash>.css`)
    // ... or the whole file name (`r.p + "<hash>.png"`, webpack's default asset name)
    if ((charBefore === 45 || charBefore === 95 || charBefore === 34 || charBefore === 39 || charBefore === 47) && ASSET_EXTENSION.test(text.slice(end, end + 8))) return
    // a checksum listing (`md5sum` output: `<hex>  file` or `<hex> *file`)
    // ... or such a listing fed to the checker (`echo "<hex>  file" | md5sum -c -`)
    if ((CHECKSUM_LINE_AFTER.test(text.slice(end, end + 3)) && (offset === lineStart || CHECKSUM_TOOL.test(line))) || BSD_CHECKSUM_BEFORE.test(prefix)) return
    // a label of a host name (Google's OAuth client id `<digits>-<32 chars>.apps.googleusercontent.com`, an API gateway's host)
    if (text.charCodeAt(end) === 46 && HOST_LABELS_AFTER.test(text.slice(end, end + 80))) return
    // a markdown link's text whose target is a commit, a comparison or a file at a revision (`[<sha>](https://github.com/o/r/commit/…)`): a revision's id
    if (charBefore === 91 /* [ */ && text.startsWith('](', end) && REVISION_LINK.test(text.slice(end + 2, end + 300))) return
    // a Helm pod annotation's checksum (`checksum/secret: "<sha>"`, `checksum/config: ...`): a digest of what it names
    if (CHECKSUM_ANNOTATION.test(prefix)) return
    // a B3 trace header (`b3: <trace id>-<span id>-1`) carries a 32-hex trace id
    if (B3_AFTER.test(text.slice(end, end + 40))) return
    // a value used as an object's property name (`"<md5>": "Hello"` in a translation file) is no secret
    if (PROPERTY_NAME_AFTER.test(text.slice(end, end + 6))) return
    // ... nor one in brackets right after a name: a subscript (`cache[<hex>]`) or a log's id (`transcribe_call[<hex>] succeeded`)
    if (SUBSCRIPT_BEFORE.test(prefix.slice(-3)) && SUBSCRIPT_AFTER.test(text.slice(end, end + 2))) return
    // ... nor one glued to a word and a dash (`key: pip-<hex>`, `bun-deps-v3-<hex>`, Mailgun's `key-<hex>`):
    // a composed cache key or another vendor's prefixed secret; an AssemblyAI key is the bare value
    if (charBefore === 45 && WORD_DASH_BEFORE.test(prefix)) return
    // a content hash after another file's name (`logo.png-<md5>.ctex`, Godot's imported assets)
    if (charBefore === 45 && FILE_NAME_BEFORE.test(prefix)) return
    // a W3C trace context (`traceparent: 00-<trace id>-<span id>-01`) carries a 32-hex trace id
    if (charBefore === 45 && TRACEPARENT_BEFORE.test(prefix) && TRACEPARENT_AFTER.test(text.slice(end, end + 20))) return
    // a systemd journal's cursor (`[s=<seqnum id>;i=1a2f;b=<boot id>;m=…]` in `journalctl -o verbose` output)
    if (charBefore === 61 && JOURNAL_CURSOR_PART.test(prefix.slice(-40)) && JOURNAL_CURSOR_REST.test(text.slice(end, end + 40))) return
    // a value in a SQL `VALUES` row is named by its column (`INSERT INTO t (id, owner_id) VALUES ('<hex>', ...)`)
    const rows = sqlRows()
    // a value glued to another vendor's prefix (Mailgun's `key-<hex>`) is named by what comes before that prefix
    // a value a bundler's `define` inlines (`"import.meta.env.VITE_X": JSON.stringify("<key>")`) is named by the property
    const unwrapped = STRINGIFY_WRAPPER.test(prefix) ? prefix.replace(STRINGIFY_WRAPPER, '$1') : prefix
    const named = GLUED_PREFIX.test(unwrapped) ? unwrapped.replace(GLUED_PREFIX, '') : unwrapped
    const blocks = copyBlocks()
    const sqlColumn = rows.length > 0 ? sqlColumnOf(text, offset, lineStart, rows) : undefined
    const copyColumn = sqlColumn === undefined && blocks.length > 0 ? copyColumnOf(text, offset, lineStart, blocks) : undefined
    // the row's fields before the value (a dump's `(2,'twilio','<hex>'`, a COPY row's `4\tlast_session_id\t`)
    const rowBefore =
      copyColumn !== undefined ? text.slice(lineStart, offset) : (sqlColumn !== undefined || (hasInsert() && (charBefore === 39 || charBefore === 34))) ? sqlRowBefore(text, offset, lineStart) : undefined
    if (rowBefore !== undefined) {
      // another vendor named in the row, and AssemblyAI not, makes the value that vendor's
      if (namesOtherVendor(rowBefore) && !AAI_NAME.test(rowBefore)) return
    }
    let name =
      sqlColumn ||
      copyColumn ||
      plistKeyOf(text, lines, lineIndex, named) ||
      HTML_CELL_NAME.exec(named)?.[1] ||
      xmlSlotOf(named) ||
      NAME_VALUE_PAIR.exec(named)?.[1] ||
      csvColumnOf(csvHeader(), lines, lineIndex, lineStart, offset, text) ||
      (hasParametrize() ? parametrizeColumnOf(lines, lineIndex, lineStart, offset, text) : undefined) ||
      tableColumnOf(lines, lineIndex, lineStart, offset, text) ||
      // (before the word left of it: in an aligned table that is the previous cell, not the value's name)
      alignedColumnOf(lines, lineIndex, lineStart, offset, end, text) ||
      typedNameOf(named) ||
      NAME_BEFORE_VALUE.exec(named)?.[1]
    if (options.testFile && name !== undefined && FIXTURE_NAME.test(name)) return
    // a key/value table's value is named by the key in the field before it (`settings (key, value)`)
    if (rowBefore !== undefined && name !== undefined && GENERIC_SLOT.test(name)) name = previousFieldOf(rowBefore) ?? name
    // a pretty-printed pair (a HAR header, a Postman variable, an SBOM hash): `"value": "<hex>"` (or
    // `"content"`) is named by the `"name"`/`"key"`/`"alg"` on the line before
    if ((name === 'value' || name === 'content') && lineIndex > 0) name = pairNameBefore(text, lines, lineIndex) ?? name
    // a schema's or a template's slot (`"job_id": { "type": "string", "example": "<hex>" }`, an OpenAPI
    // header's `example:` under `X-Request-Id:`) is named by the object it sits in
    if (name !== undefined && GENERIC_SLOT.test(name)) name = INLINE_OBJECT_KEY.exec(named)?.[1] ?? yamlParentsOf(lines, lineIndex)[0] ?? name
    // an item of a list written one per line names nothing itself (or names an entry): the list's name does
    // (`TRANSCRIPT_IDS = [\n  "<hex>",\n  "<hex>",\n]` holds ids)
    // (`TRANSCRIPT_IDS = {\n  "support-call": "<hex>",\n}` too, when the entry's own name is no key's)
    if ((name === undefined || (!KEYLIKE_NAME.test(name) && !namesAai(name))) && lineIndex > 0 && LIST_ITEM.test(named) && LIST_ITEM_AFTER.test(text.slice(offset + value.length, offset + value.length + 4))) {
      const list = listNameOf(lines, lineIndex)
      if (list !== undefined && (ID_NAME.test(list) || DIGEST_NAME.test(list))) return
    }
    // ... and so does a YAML sequence's key (a VCR cassette's `X-Request-Id:` / `- <hex>`, `ETag:` / `- '"<hex>"'`)
    if (name === undefined && lineIndex > 0 && YAML_SEQUENCE_ITEM.test(named)) {
      const key = sequenceKeyOf(lines, lineIndex)
      if (key !== undefined && (ID_NAME.test(key) || DIGEST_NAME.test(key) || (HASHLIKE_NAME.test(key) && !KEYLIKE_NAME.test(key)))) return
    }
    // ... and an item of a collection written on one line is named by the collection (`KNOWN_ETAGS = {"<hex>", "<hex>"}`)
    const collection = INLINE_COLLECTION.exec(named)?.[1]
    if (collection !== undefined && (name === undefined || !KEYLIKE_NAME.test(name)) && (ID_NAME.test(collection) || DIGEST_NAME.test(collection))) return
    // "mixpanel:\n  token: <hex>", "sentry:\n  publicKey: <hex>", "amplitude: {\n  apiKey: <hex>": a value
    // under another vendor's YAML block or object (and under no AssemblyAI one) is that vendor's, whatever
    // its own key is called
    if (name !== undefined && !namesAai(name) && !namesOtherVendor(name)) {
      const parents = yamlParentsOf(lines, lineIndex)
      if (parents.some(namesOtherVendor) && !parents.some((p) => AAI_NAME.test(p))) return
      // ... and under another vendor's TOML or INI section ("[deepgram]\napi_key = <hex>"), wherever AssemblyAI's is
      const section = sectionOf(lines, lineIndex)
      if (section !== undefined && namesOtherVendor(section) && !AAI_NAME.test(section)) return
    }
    // an encoded or assembled value needs a real tie to AssemblyAI: random base64 in a bundle is no key
    // the value's own statement: what its line says right before and after it
    const statement = prefix + text.slice(end, Math.min(lines.lineEnd(lineIndex), end + STATEMENT_AFTER))
    const context = classify(value, name, line, prefix, lineIndex, offset, lines, aaiPositions, fileMentionsAai, usedAsKey, charBefore, assembled ? { ...options, includeBare: false } : options, statement)
    if (context === undefined) return
    hits.push({
      lineIndex,
      column: offset - lineStart + 1,
      digest: hash('sha256', value, 'hex'),
      masked: `${value.slice(0, 4)}… (${value.length} chars)`,
      context,
      name,
    })
  }
  for (let m = first; m !== null; m = KEY_CANDIDATE.exec(text)) if (looksLikeKey(m[0])) consider(m[0], m.index, m.index + m[0].length, false)
  for (const a of other) consider(a.value, a.offset, a.end, true)
  if (other.length > 0) hits.sort((a, b) => a.lineIndex - b.lineIndex || a.column - b.column)
  return hits
}

function classify(
  value: string,
  name: string | undefined,
  line: string,
  prefix: string,
  lineIndex: number,
  offset: number,
  lines: LineIndex,
  aaiPositions: readonly number[],
  fileMentionsAai: boolean,
  usedAsKey: () => Set<string>,
  charBefore: number,
  options: DetectOptions,
  statement: string,
): KeyContext | undefined {
  if (options.strictContext) return name !== undefined && namesAai(name) && KEYLIKE_NAME.test(name) ? 'variable' : undefined
  // an id is an id whatever it identifies (`ASSEMBLYAI_TRANSCRIPT_ID`, `<UserSecretsId>`, `api_key_id`)
  if (name !== undefined && ID_NAME.test(name)) return undefined
  // ... and so is a digest (`ASSEMBLYAI_CLI_MD5=<md5>` in a Makefile)
  if (name !== undefined && DIGEST_NAME.test(name)) return undefined
  // ... and a session's or a form's token (`csrftoken`, `last_session_id`)
  if (name !== undefined && SESSION_SECRET_NAME.test(name)) return undefined
  // ... and a file's name names its checksum (`"assemblyai-sample.wav" = "<md5>"` in a script's table of expected
  // digests), and Serilog's compact JSON its trace and span ids (`"@tr":"<hex>"`)
  if ((name !== undefined && FILE_NAME.test(name)) || SERILOG_ID_BEFORE.test(prefix)) return undefined
  if (name !== undefined && namesAai(name)) return 'variable'
  // a web framework's signing secret (`SECRET_KEY`, `NEXTAUTH_SECRET`, `jwt.secret`, express-session's
  // `secret`), unless the file sends it as the key
  if (name !== undefined && (signingSecret(name, prefix, lineIndex, lines) || otherPurposeSecret(name)) && !usedAsKey().has(name.split('.').pop() ?? name)) return undefined
  // a value keyed by a number (a bundle's chunk map, `{"217": "<hash>"}`) is a content hash or a record's
  if (NUMBER_KEY_BEFORE.test(prefix)) return undefined
  if (name !== undefined && (namesOtherVendor(name) || namesOtherVendor(name.replace(/[-_.]/g, ''))) && KEYLIKE_NAME.test(name)) return undefined
  if (name !== undefined && OTHER_VENDOR_KEY_NAME.test(name.split('.').pop() ?? name)) return undefined
  if (name !== undefined && isPublicName(name) && KEYLIKE_NAME.test(name) && isHexKey(value)) return 'variable'
  // (unless an Authorization header is set with it: `request.setValue("<key>", forHTTPHeaderField: "Authorization")`)
  if (name !== undefined && HASHLIKE_NAME.test(name) && !KEYLIKE_NAME.test(name) && !AUTH_CTX.test(statement)) return undefined
  if (name !== undefined && NON_SECRET_KEY_NAME.test(name.split('.').pop() ?? name)) return undefined
  // a URL path segment or fragment (`/v2/transcript/<id>`, `pkg.tgz#<md5>`) is an id or a digest
  const before = charBefore
  // ... and a bare query after a file (`font.woff2?<hex>`), a cache-buster
  if (before === 47 /* / */ || before === 35 /* # */ || before === 64 /* @ */ || (before === 63 /* ? */ && /\.\w{1,5}\?$/.test(prefix))) return undefined
  // a value composed after an interpolation (`aai:${id}:<hex>`, `${bucket}/<hex>`) is a computed
  // identifier (a cache key, a path), not a credential someone pasted
  if (INTERPOLATED_BEFORE.test(prefix) && !AUTH_CTX.test(line)) return undefined
  // "# celery task id with dashes stripped, e.g. <hex>", "request ID <hex>": words before it on its line
  // call it an id or a digest, and no key word follows them
  if ((name === undefined || !KEYLIKE_NAME.test(name)) && ID_WORDS_BEFORE.test(prefix)) return undefined
  // (a digest its own line computes or describes, `const CACHE_NAMESPACE = "<hex>"; // md5("assemblyai-transcripts-v2")`,
  // is that digest however the line names AssemblyAI; a key-like name or an Authorization line keeps it a key)
  if ((name === undefined || !KEYLIKE_NAME.test(name)) && !AUTH_CTX.test(line) && line.length <= DIGEST_MAX_LINE && DIGEST_CALL.test(line)) return undefined
  if (namesService(line.toLowerCase())) return 'line'
  if (aaiKeyNameIn(prefix)) return 'line'
  // "Bugsnag.start({ apiKey: …", "VALUES ('twilio', 'auth_token', '…')", "DD_API_KEY=…": another vendor
  // named before the value on its line, and AssemblyAI not, makes it that vendor's
  if (namesOtherVendor(prefix)) return undefined
  // "# e.g. <hex> for https://…" over `hashlib.md5(url).hexdigest()`: an example of the digest the code
  // next to it computes, not a key (a value named as a key, or on an Authorization line, still counts)
  if ((name === undefined || !KEYLIKE_NAME.test(name)) && !AUTH_CTX.test(line) && digestComputedNear(lines, lineIndex)) return undefined
  // `curl -H "X-Api-Key: <hex>" https://billing.internal.example/v1/usage`: a key sent to another host than
  // AssemblyAI's (and to none of its API's paths, which a proxy in front of it keeps) is that host's
  // (... the request's URL maybe on another line of a command continued with a backslash: `curl -X POST "https://api.deepgram.com/..." \` / `  -H "Authorization: Token <hex>" \`)
  // (... or in a request file's headers, under the request line: `POST https://asr.api.speechmatics.com/v2/jobs/` / `Authorization: Bearer <hex>`)
  if (sentToOtherHost(statement) || sentToOtherHost(continuedCommand(lines, lineIndex)) || sentToOtherHost(requestLineOf(lines, lineIndex))) return undefined
  // a YAML anchor's value is wherever its aliases stand: `speechKey: &speechKey "<hex>"` ... `assemblyai:` / `  apiKey: *speechKey`
  const anchor = YAML_ANCHOR_BEFORE.exec(prefix)?.[1]
  if (anchor !== undefined && aliasedAsAaiKey(lines, anchor)) return 'variable'
  const near = isNear(offset, lineIndex, lines, aaiPositions)
  // (but a request file's Authorization header, the request sent to AssemblyAI's API, is the key sent
  // there: `post { url: https://api.assemblyai.com/v2/transcript }` / `headers { authorization: … }`)
  // (an INI or TOML value under a section of its own, the mentions in others: `[assemblyai]` ... `[redis]` / `password = <hex>`)
  if (near && inOtherSection(offset, lineIndex, lines, aaiPositions)) return undefined
  // (... or named by the header it stands under: an OpenAPI `Authorization:` parameter's `example:`, the spec's server AssemblyAI's API)
  if (near && inOtherBlock(offset, lineIndex, lines, aaiPositions)) return (AUTH_CTX.test(line) || (name !== undefined && AUTH_CTX.test(name))) && apiUrlNear(offset, lines, aaiPositions) ? 'nearby' : undefined
  // (an entry of a list of anonymous objects, the mentions in other entries: `{ provider: "assemblyai", ... },` / `{ provider: "speechmatics", key: <hex> }`)
  // (but an Authorization header's value, the mention AssemblyAI's API host: an HTTPie session's `cookies` entry for
  // `api.assemblyai.com`, then `headers` / `{ "name": "Authorization", "value": <hex> }`)
  if (near && inOtherObject(lineIndex, lines, offset, aaiPositions)) return name !== undefined && AUTH_CTX.test(name) && apiHostNear(offset, lines, aaiPositions) ? 'nearby' : undefined
  if (near) return 'nearby'
  if (fileMentionsAai) {
    if (name !== undefined && KEYLIKE_NAME.test(name)) return 'file'
    if (AUTH_CTX.test(line)) return 'file'
    if (name !== undefined && usedAsKey().has(name.split('.').pop() ?? name)) return 'file'
  }
  // (a bundle's bare value, unless an asset manifest's content hash, `"assets/.env": "<md5>"`, or an analytics
  // SDK's token, `mixpanel.init("<hex>", …)`: the service worker's file list and the analytics call name it)
  // ... nor, in a file that never names AssemblyAI, a call's positional argument: another vendor's SDK set up in a
  // minified chunk (`t("<hex>",{defaultTracking:…})`, Algolia's `(0,a.Z)("APPID","<hex>")`); AssemblyAI's SDKs take
  // the key in an options object (`{apiKey:…}`) and its API in a header
  if (options.includeBare && isHexKey(value) && !ASSET_KEY_BEFORE.test(prefix) && !ANALYTICS_INIT_BEFORE.test(prefix) && (fileMentionsAai || !POSITIONAL_ARGUMENT_BEFORE.test(prefix))) return 'bare'
  return undefined
}

/** A value opening a call's arguments, or after a first string argument (`f("`, `(0,a.Z)("APPID","`). */
const POSITIONAL_ARGUMENT_BEFORE = /[\w$)\]]\(\s*(?:(?:"[^"\n]{0,64}"|'[^'\n]{0,64}')\s*,\s*)?["'`]$/

/** A YAML anchor right before a value (`&speechKey "`). */
const YAML_ANCHOR_BEFORE = /&([\w-]{1,60})\s+["']?$/
/** The line of a YAML alias: its key, then the alias. */
const YAML_ALIAS_LINE = /^\s*(?:- )?["']?([\w.$-]+)["']?\s*:\s*\*([\w-]{1,60})\s*(?:#.*)?$/

/** An alias of the anchor stands under a key naming an AssemblyAI key (`assemblyai.apiKey: *k`, or `apiKey: *k` in an `assemblyai:` block). */
function aliasedAsAaiKey(lines: LineIndex, anchor: string): boolean {
  for (let k = 0; k < lines.lineCount; k++) {
    const text = lines.lineText(k)
    if (!text.includes(`*${anchor}`)) continue
    const m = YAML_ALIAS_LINE.exec(text)
    if (m === null || m[2] !== anchor) continue
    const key = m[1] as string
    if (namesAai(key) && KEYLIKE_NAME.test(key)) return true
    if (KEYLIKE_NAME.test(key) && yamlParentsOf(lines, k).some((p) => namesAai(p))) return true
  }
  return false
}

/** Serilog's compact JSON (CLEF) trace or span id field right before a value. */
const SERILOG_ID_BEFORE = /"@(?:tr|sp)"\s*:\s*"$/
/** A file's name as a value's name: media, archives, installers and data, whose table of digests it keys. */
const FILE_NAME = new RegExp(`[\\w-]\\.(?:${MEDIA_EXTENSIONS})$`, 'i')

/** A file's name or path as a value's key: a bundle's asset manifest (`"main.dart.js": "<md5>"`, `"assets/.env": "<md5>"`). */
const ASSET_KEY_BEFORE = new RegExp(`["'](?:[\\w@.-]*\\/)*[\\w@.-]*\\.(?:${WEB_ASSET_EXTENSIONS}|${MEDIA_EXTENSIONS}|env|bin|frag)["']\\s*:\\s*["']$`, 'i')
/** An analytics SDK's start call right before a value (`mixpanel.init("<hex>"`, minified `s().init("<hex>"`). */
const ANALYTICS_INIT_BEFORE = /\.init\(\s*["'`]$/

/** A call that computes a digest or a random id: a UUID's hex (`uuid.uuid4().hex`), Python's hashlib, Node's createHash, Ruby's Digest, Java's MessageDigest, the Web Crypto API, md5()/sha1() helpers. */
const DIGEST_CALL = /\buuid\d?\(\)\.hex\b|\bhashlib\.|\.hexdigest\(|\bcreateHash\(|\bDigest::|\bMessageDigest\b|\bsubtle\.digest\(|\b(?:md5|sha1|sha256|md5_hex|md5_file|sha1_file)\(/
/** How many lines either side of a value a digest's computation is looked for. */
const DIGEST_REACH = 2
/** The longest line read for one. */
const DIGEST_MAX_LINE = 1000

function digestComputedNear(lines: LineIndex, lineIndex: number): boolean {
  const last = Math.min(lines.lineCount - 1, lineIndex + DIGEST_REACH)
  for (let k = Math.max(0, lineIndex - DIGEST_REACH); k <= last; k++) {
    // (code lines, not a minified bundle's: those are not read again for every value in them)
    if (lines.lineEnd(k) - lines.lineStart(k) <= DIGEST_MAX_LINE && DIGEST_CALL.test(lines.lineText(k))) return true
  }
  // a notebook cell's printed output, its cell's code computing it (`run_id = uuid.uuid4().hex` / `print(run_id)`)
  // ... or printing an id (`print(run.info.run_id)`: an MLflow run's)
  const source = notebookCellSource(lines, lineIndex)
  return DIGEST_CALL.test(source) || PRINTS_ID.test(source)
}

/** A print of an object's id attribute (`print(run.info.run_id)`, `print(job.id)`; a local `run_id` may hold anything). */
const PRINTS_ID = /\bprint\(\s*\w+(?:\.\w+)*\.(?:\w+_id|id|\w*[a-z]Id)\s*\)/

/** A notebook's (`.ipynb` JSON) cell outputs list, opened on its own line. */
const OUTPUTS_OPENER = /^\s*"outputs":\s*\[\s*$/
/** A notebook cell's source list, opened on its own line. */
const SOURCE_OPENER = /^\s*"source":\s*\[\s*$/
/** How many lines a cell's outputs and its source are looked for around an output value. */
const CELL_REACH = 40

/** The source lines of the notebook cell whose output holds `lineIndex` (nbformat writes outputs before source), or ''. */
function notebookCellSource(lines: LineIndex, lineIndex: number): string {
  let opened = false
  for (let k = lineIndex - 1; k >= 0 && k >= lineIndex - CELL_REACH; k--) {
    const line = lines.lineText(k)
    if (OUTPUTS_OPENER.test(line)) {
      opened = true
      break
    }
    if (SOURCE_OPENER.test(line) || line.includes('"cell_type"')) return ''
  }
  if (!opened) return ''
  for (let k = lineIndex + 1; k < lines.lineCount && k <= lineIndex + CELL_REACH; k++) {
    const line = lines.lineText(k)
    if (line.includes('"cell_type"')) return ''
    if (!SOURCE_OPENER.test(line)) continue
    let source = ''
    for (let j = k + 1; j < lines.lineCount && j <= k + CELL_REACH && !/^\s*\]/.test(lines.lineText(j)); j++) source += `${lines.lineText(j)}\n`
    return source
  }
  return ''
}

/** The rest of a host name after a label: two or more labels, the last a top-level domain (`.apps.googleusercontent.com`). */
const HOST_LABELS_AFTER = /^(?:\.[a-z0-9-]{1,63}){2,}\.(?:com|net|org|io|dev|app|cloud|co|ai)(?![\w.-])/i

/** A URL of a commit, a comparison, a tree or a file at a revision (GitHub, GitLab, Bitbucket, Gitea). */
const REVISION_LINK = /^https?:\/\/[^\s)]*\/(?:commit|commits|compare|tree|blob|src|-\/commit|-\/compare)\/[^\s)]*\)/

/** A line continued on the next: a shell's backslash, PowerShell's backtick, cmd's caret. */
const CONTINUED = /(?:\\|`|\^)\s*$/
/** How many lines of a continued command are read either side of the value's. */
const CONTINUATION_REACH = 8

/** The lines of the command continued over several lines that the value's line is part of (its own line when none). */
function continuedCommand(lines: LineIndex, lineIndex: number): string {
  let first = lineIndex
  while (first > 0 && first > lineIndex - CONTINUATION_REACH && CONTINUED.test(lines.lineText(first - 1))) first--
  let last = lineIndex
  while (last < lines.lineCount - 1 && last < lineIndex + CONTINUATION_REACH && CONTINUED.test(lines.lineText(last))) last++
  if (first === lineIndex && last === lineIndex) return ''
  let out = ''
  for (let k = first; k <= last; k++) out += `${lines.lineText(k)}\n`
  return out
}

/** An HTTP request line (`.http`/`.rest` files, raw requests in docs): its method, then its absolute URL. */
const REQUEST_LINE = /^\s*(?:GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)\s+https?:\/\/\S+/
/** A header of a raw HTTP request (`Authorization: Bearer …`, `Content-Type: application/json`). */
const HEADER_LINE = /^\s*[A-Za-z][\w-]*:\s/
/** How many header lines may stand between a header and its request line. */
const HEADER_REACH = 20

/** The request line of the raw HTTP request whose header `lineIndex` is (only headers between), or ''. */
function requestLineOf(lines: LineIndex, lineIndex: number): string {
  if (!HEADER_LINE.test(lines.lineText(lineIndex))) return ''
  for (let k = lineIndex - 1; k >= 0 && k >= lineIndex - HEADER_REACH; k--) {
    const line = lines.lineText(k)
    if (REQUEST_LINE.test(line)) return line
    if (!HEADER_LINE.test(line)) return ''
  }
  return ''
}

/** An absolute URL's host, and what follows it. */
const URL_HOST = /\bhttps?:\/\/([A-Za-z0-9.-]+)(?::\d+)?([^\s"'`]*)/g
/** AssemblyAI's API paths: a proxy in front of it keeps them, so a key sent there may still be AssemblyAI's. */
const AAI_API_PATH = /\/v2\/(?:transcript|upload|realtime|lemur)|\/v3\/(?:token|ws)|\/lemur\//

/** The statement sends its value to a URL, and only to hosts other than AssemblyAI's and to none of its API's paths. */
function sentToOtherHost(statement: string): boolean {
  if (!statement.includes('://')) return false
  let other = false
  URL_HOST.lastIndex = 0
  for (let m = URL_HOST.exec(statement); m !== null; m = URL_HOST.exec(statement)) {
    const host = (m[1] ?? '').toLowerCase()
    if (host === 'assemblyai.com' || host.endsWith('.assemblyai.com') || AAI_API_PATH.test(m[2] ?? '')) return false
    other = true
  }
  return other
}

const PUBLIC_PREFIX = /^(?:NEXT_PUBLIC_|VITE_|REACT_APP_|PUBLIC_|EXPO_PUBLIC_|NUXT_PUBLIC_|GATSBY_)/

/** A variable that front-end build tools inline into browser bundles. */
export function isPublicName(name: string): boolean {
  return PUBLIC_PREFIX.test(name.split('.').pop() ?? name)
}

function isNear(offset: number, lineIndex: number, lines: LineIndex, positions: readonly number[]): boolean {
  if (positions.length === 0) return false
  const from = Math.max(lines.lineStart(Math.max(0, lineIndex - NEAR_LINES)), offset - NEAR_CHARS)
  const to = Math.min(lines.lineEnd(Math.min(lines.lineCount - 1, lineIndex + NEAR_LINES)), offset + NEAR_CHARS)
  // positions are sorted: find the first >= from
  let lo = 0
  let hi = positions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((positions[mid] as number) < from) lo = mid + 1
    else hi = mid
  }
  const p = positions[lo]
  return p !== undefined && p <= to
}

const USED_AS_KEY = /(?:authori[sz]ation|api[-_]?key)["'`]?\s*[:=,(]\s*(?:["'`](?:Bearer |Token )?\$\{\s*)?([A-Za-z_$][\w$]*)/gi

/**
 * Identifiers later used as the key (`Authorization: K`, `` authorization: `Bearer ${K}` ``,
 * `new AssemblyAI({ apiKey: K })`), however far from their definition: collected once per text.
 */
function namesUsedAsKey(text: string): Set<string> {
  const out = new Set<string>()
  USED_AS_KEY.lastIndex = 0
  for (let m = USED_AS_KEY.exec(text); m !== null; m = USED_AS_KEY.exec(text)) if (m[1] !== undefined) out.add(m[1])
  return out
}

function positionsOf(haystack: string, pattern: RegExp): number[] {
  const out: number[] = []
  pattern.lastIndex = 0
  for (let m = pattern.exec(haystack); m !== null; m = pattern.exec(haystack)) out.push(m.index)
  return out
}
