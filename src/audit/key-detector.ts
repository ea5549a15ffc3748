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
import { mentionsKeyContext, namesService, SERVICE_NAME } from './internal/key-context.js'
import { KEY_CANDIDATE, isHexKey, looksLikeKey } from './internal/key-shape.js'
import { LineIndex } from './internal/line-index.js'

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

/** How far (lines, characters) the service's name may be from the value. */
const NEAR_LINES = 25
const NEAR_CHARS = 4000

/** Characters of the value's line looked at on each side (a minified bundle is one huge line). */
const LINE_WINDOW = 400
const AAI_NAME = /assembly[-_.]?ai|(?:^|[^a-z0-9])aai(?:[^a-z0-9]|$)/i
/** "aai" as a camelCase word of a name (`aaiKey`, `myAaiToken`; not "aaiken"). */
const AAI_CAMEL = /(?:^|[^A-Za-z0-9])aai(?=[A-Z])|[a-z]Aai(?=[A-Z]|$)/

/** A name mentioning AssemblyAI, in any case style. */
const namesAai = (name: string): boolean => AAI_NAME.test(name) || AAI_CAMEL.test(name)
const KEYLIKE_NAME = /api[-_.]?key|apikey|token|secret|auth|credential|bearer|password|^key$|[-_.]key$/i
const HASHLIKE_NAME = /md5|sha\d*|hash|digest|checksum|etag|integrity|commit|revision|uuid|guid|(?:^|[-_.])id$|[a-z]Id$|^id$|nonce|salt|fingerprint|trace|span|request|color|colour|^v$|^ver$|^version$|[-_.]version$|[a-z]Version$|(?:^|[-_.])build_*$|[a-z]Build$|^cb$|cache.?bust|^transcripts?$|^uploads?$|^jobs?$|^recordings?$/i
const FAKE_MARK = /fake|dummy|not[\s_-]*a[\s_-]*real/i
/** In a test's file, names that mark their value as made up (`EXAMPLE_ASSEMBLYAI_API_KEY`, `mockApiKey`); not "test", which real test keys carry too. */
const FIXTURE_NAME = /(?:^|[-_.])(?:example|sample|mock|stub|placeholder)(?:[-_.]|$)|^(?:example|sample|mock|stub|placeholder)|[a-z](?:Example|Sample|Mock|Stub|Placeholder)/i
const NAME_BEFORE_VALUE = /([A-Za-z_$][\w$.-]*)\s*(?:\\{0,3}["'`\]]){0,2}\s*(?:[:=]{1,3}|=>|\?=|\|\||,|\(|\s)\s*(?:(?:[rRbBuUfF]{1,2})?\\{0,3}["'`]{1,2}(?:W\/)?(?:\\{1,3}["'])?|W\/\\{0,3}["']|\(|\[)?\s*(?:(?:Bearer|Token|Basic)\s+)?$/
/** Keys that are not secrets: cache, idempotency, database, storage and i18n keys. */
const NON_SECRET_KEY_NAME = /^(?:cache|idempotency|partition|sort|primary|foreign|object|storage|bucket|s3|row|lookup|dedupe?|lock|index|i18n|translation|list|map|dict|group|route|state|query|redis)[-_]?key$/i
/** A digest's label right before the value (`md5-…` in SRI, `sha1:…`). */
const DIGEST_LABEL = /(?:md5|sha\d*|nonce)[-:]$/i
/** webpack's runtime returns the build's hash: `__webpack_require__.h = () => "<hash>"` (webpack 5 wraps it in brackets: `() => ("<hash>")`). */
const WEBPACK_HASH = /\.h\s*=\s*(?:\(\)\s*=>\s*|function\s*\(\)\s*\{\s*return\s*)\(?\s*["']$/
/**
 * Other vendors, whose credentials are secrets but not AssemblyAI keys (`ELEVENLABS_API_KEY`,
 * `BUGSNAG_API_KEY`, `Bugsnag.start(`). Names no English word holds are found anywhere in a name or a
 * line (`myRevenueCatKey`, `sendGridApiKey`); the short or common ones only where a word starts, with
 * camelCase split first (`DD_API_KEY`, `myTwilioToken`; "probably" names no Ably).
 */
const DISTINCT_VENDORS: readonly string[] = [
  'openai', 'elevenlabs', 'deepgram', 'speechmatics', 'soniox', 'picovoice', 'voicebase', 'twilio', 'sendgrid',
  'mailgun', 'mailchimp', 'mandrill', 'sparkpost', 'sendinblue', 'nexmo', 'messagebird', 'telnyx', 'mapbox',
  'github', 'gitlab', 'bitbucket', 'pubnub', 'algolia', 'typesense', 'meilisearch', 'rudderstack', 'mixpanel',
  'amplitude', 'posthog', 'fullstory', 'hotjar', 'logrocket', 'launchdarkly', 'optimizely', 'statsig', 'bugsnag',
  'rollbar', 'honeybadger', 'airbrake', 'datadog', 'newrelic', 'honeycomb', 'loggly', 'papertrail', 'logdna',
  'pagerduty', 'opsgenie', 'heroku', 'vercel', 'netlify', 'digitalocean', 'cloudflare', 'cloudinary', 'firebase',
  'onesignal', 'supabase', 'anthropic', 'pinecone', 'huggingface', 'shopify', 'hubspot', 'zendesk', 'freshdesk',
  'contentful', 'airtable', 'dropbox', 'docusign', 'braintree', 'razorpay', 'gocardless', 'chargebee', 'easypost',
  'aftership', 'ipinfo', 'ipstack', 'clearbit', 'recaptcha', 'hcaptcha', 'livekit', 'revenuecat', 'appsflyer',
]
const WORD_VENDORS: readonly string[] = [
  'rev_?ai', 'gladia', 'symbl', 'nuance', 'watson', 'stripe', 'postmark', 'brevo', 'vonage', 'plivo', 'slack',
  'discord', 'pusher', 'ably', 'segment', 'heap_?analytics', 'sentry', 'raygun', 'dd[-_.]', 'new_relic', 'fastly',
  'aws', 'azure', 'gcp', 'google', 'auth0', 'okta', 'cohere', 'mistral', 'replicate', 'hf_', 'groq', 'polly',
  'spotify', 'intercom', 'sanity', 'notion', 'plaid', 'paypal', 'square', 'adyen', 'mollie', 'klarna', 'recurly',
  'paddle', 'shippo', 'branch_?io', 'adjust_?token', 'weather',
]
const DISTINCT_VENDOR = new RegExp(DISTINCT_VENDORS.join('|'), 'i')
const WORD_VENDOR = new RegExp(`(?<![a-z0-9])(?:${WORD_VENDORS.join('|')})`, 'i')
const CAMEL_BOUNDARY = /([a-z0-9])([A-Z])/g
function namesOtherVendor(s: string): boolean {
  return DISTINCT_VENDOR.test(s) || WORD_VENDOR.test(s.replace(CAMEL_BOUNDARY, '$1_$2'))
}
/** A web session's or a form's own secrets (`csrf_token`, `sessionid`, `XSRF-TOKEN`): the app's, never an AssemblyAI key. */
const SESSION_SECRET_NAME = /(?:^|[-_.])(?:csrf|xsrf)(?:[-_]?token)?$|^(?:csrf|xsrf)|(?:^|[-_.])session(?:[-_]?(?:id|key|token|secret|cookie))?$|sessionid$|[a-z](?:Csrf|Xsrf|Session)(?:Id|Key|Token)?$/i
/** Credential names only other vendors use (Segment's `writeKey`, New Relic's `licenseKey`, Sentry's `dsn`): AssemblyAI's key has none of them. */
const OTHER_VENDOR_KEY_NAME = /^(?:write[-_]?key|license[-_]?key|dsn|client[-_]?token|app[-_]?key|application[-_]?key|ingest(?:ion)?[-_]?key|instrumentation[-_]?key|project[-_]?token|publishable[-_]?key|site[-_]?key|measurement[-_]?id)$/i
const AUTH_CTX = /authori[sz]ation/i
/** Characters after a value that still belong to its statement (`, forHTTPHeaderField: "Authorization")`). */
const STATEMENT_AFTER = 80
/** An id's or a digest's name as a word, then no word of a key, up to the value. */
const ID_WORDS_BEFORE = /\b(?:id|ids|identifier|hash|md5|sha\d*|etag|checksum|digest|uuid|guid)\b(?![^\n]*\b(?:key|keys|token|secret|password|credential|credentials|api|auth|authorization|bearer)\b)[^\n]{0,60}$/i
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
/** A name for an id (`assemblyai_transcript_id`, `aaiTranscriptId`): the value is an id even when the name says AssemblyAI. */
const ID_NAME = /(?:^|[-_.])[iI][dD][sS]?$|[a-z]Ids?$/
/**
 * A name for a digest (`ASSEMBLYAI_CLI_MD5`, `aaiWheelSha256`, `assemblyai_sdk_checksum`): a hash even
 * when the name says AssemblyAI. A conditional request's `If-None-Match`/`If-Match` carries an ETag.
 */
const DIGEST_NAME = /(?:^|[-_.])(?:md5|sha-?\d*|hash|checksum|digest|etag|integrity|crc\d*|MD5|SHA-?\d*|HASH|CHECKSUM|DIGEST|ETAG|INTEGRITY|CRC\d*|Md5|Sha\d*|Hash|Checksum|Digest|Etag)(?:e?s|E?S)?$|[a-z0-9](?:Md5|MD5|Sha\d+|SHA\d+|Hash|Checksum|Digest|Etag|ETag)(?:e?s)?$|^(?:[Ii]f-(?:[Nn]one-)?[Mm]atch|IF-(?:NONE-)?MATCH)$/

/** The version and dash before a traceparent's trace id, and its span id and flags after it. */
const TRACEPARENT_BEFORE = /(?:^|[^0-9A-Za-z])[0-9a-f]{2}-$/
const TRACEPARENT_AFTER = /^-[0-9a-f]{16}-[0-9a-f]{2}(?![0-9A-Za-z])/
const INSERT_INTO = /\binsert\s+into\b/i
/** `INSERT INTO table (col, ...) VALUES`, the last one before a value (its column list in group 1). */
const INSERT_COLUMNS = /\binsert\s+into\s+[\w."`[\]]+\s*\(([^()]{1,2000})\)\s*values\b/gi
/** How far back from a value its row's opening parenthesis is looked for. */
const SQL_ROW_REACH = 2000
/** How far back a row's `INSERT INTO ... VALUES` header is looked for (a long multi-row statement). */
const SQL_HEADER_WINDOW = 1_000_000

/** `COPY table (col, ...) FROM stdin;` (pg_dump): its rows follow, one per line, tab-separated, until `\.`. */
const COPY_FROM_STDIN = /^COPY\s+[^\s(]+\s*\(([^()\n]{1,2000})\)\s+FROM\s+stdin;$/m
const COPY_HEADERS = new RegExp(COPY_FROM_STDIN.source, 'gm')

interface CopyBlock {
  /** Where the rows start and end (the `\.` line). */
  readonly start: number
  readonly end: number
  readonly columns: readonly string[]
}

function copyBlocksOf(text: string): CopyBlock[] {
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
function copyColumnOf(text: string, offset: number, lineStart: number, blocks: readonly CopyBlock[]): string | undefined {
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

interface SqlHeader {
  /** Where the header's `VALUES` ends. */
  readonly end: number
  readonly columns: string
}

/** Every `INSERT INTO t (cols) VALUES` header of a text, in order (one pass). */
function sqlHeaders(text: string): SqlHeader[] {
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
function sqlColumnOf(text: string, offset: number, lineStart: number, headers: readonly SqlHeader[]): string | undefined {
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
function sqlRowBefore(text: string, offset: number, lineStart: number): string | undefined {
  const open = text.lastIndexOf('(', offset)
  return open >= lineStart && offset - open <= SQL_ROW_REACH ? text.slice(open, offset) : undefined
}

/** The field before the value in a row's text up to it: a quoted SQL item (`'last_session_id', '`) or a COPY row's tab-separated field. */
function previousFieldOf(rowBefore: string): string | undefined {
  const quoted = /'([\w.$-]{1,60})'\s*,\s*'$/.exec(rowBefore)
  if (quoted !== null) return quoted[1]
  const tabbed = /(?:^|\t)([\w.$-]{1,60})\t$/.exec(rowBefore)
  return tabbed?.[1]
}

/** What follows a hash that is part of an asset's file name. */
const ASSET_EXTENSION = /^\.(?:m?js|cjs|jsx|tsx?|css|map|json|html?|png|jpe?g|gif|svg|webp|avif|woff2?|ttf|otf|eot|ico|wasm|gz|br|txt|xml)\b/
/** After the hash of an `md5sum` line: two spaces (text mode) or a space and `*` (binary), then the path. */
const CHECKSUM_LINE_AFTER = /^ [ *]\S/
/** A checksum annotation's name before the value (Helm's `checksum/secret: "`, `sha256/config=`). */
const CHECKSUM_ANNOTATION = /(?:^|[\s"'{,])(?:checksum|sha\d*|hash|digest)\/[\w./-]*["']?\s*[:=]\s*["']?$/i
/** A checksum tool or file on the line: such a listing is also fed to it or kept in one (`echo "<hex>  file" | md5sum -c -`, `>> checksums.md5`). */
const CHECKSUM_TOOL = /\b(?:md5|sha(?:1|224|256|384|512)?|b2|b3)sum\b|\bshasum\b|\.(?:md5|sha(?:1|256|512)?)\b/
/** A Markdown table row, and the separator row under its header (`|---|:--:|`). */
const TABLE_ROW = /^\s*\|/
const TABLE_SEPARATOR = /^\s*\|\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/
/** How far up a table's header is looked for. */
const TABLE_REACH = 200

/**
 * The header of the Markdown table column a value sits in (`| sample | md5 |` over `| a.wav | <hex> |`),
 * when that header says what its values are (hash-like, key-like or AssemblyAI's), as a CSV header does.
 */
function tableColumnOf(lines: LineIndex, lineIndex: number, lineStart: number, offset: number, text: string): string | undefined {
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
function alignedColumnOf(lines: LineIndex, lineIndex: number, lineStart: number, offset: number, end: number, text: string): string | undefined {
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
function plistKeyOf(text: string, lines: LineIndex, lineIndex: number, prefix: string): string | undefined {
  if (!PLIST_STRING_OPEN.test(prefix)) return undefined
  const before = prefix.replace(PLIST_STRING_OPEN, '')
  const same = PLIST_KEY.exec(before)
  if (same !== null) return same[1]
  if (before.trim() !== '' || lineIndex === 0) return undefined
  return PLIST_KEY.exec(previousLineTail(text, lines, lineIndex))?.[1]
}

/**
 * A line that opens a block: a YAML key alone (`mixpanel:`), or an object opened by a key or an
 * assignment in code, JSON or HCL (`amplitude: {`, `"amplitude": {`, `const amplitude = {`).
 */
const YAML_PARENT =
  /^(\s*)(?:- )?(?:(?:export\s+)?(?:const|let|var)\s+|(?:provider|resource|data|module)\s+(?:"[\w-]+"\s+)?)?["']?([\w.$-]+)["']?\s*(?::\s*(?:(?:&?[A-Za-z_][\w.]*\s*)?\{\s*)?|=\s*(?:new\s+)?(?:[A-Za-z_][\w.]*\s*)?\{\s*|=>\s*(?:\[|array\(|\{)\s*|\{\s*)(?:(?:#|\/\/).*)?$/
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
function yamlParentsOf(lines: LineIndex, lineIndex: number): string[] {
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
function inOtherBlock(offset: number, lineIndex: number, lines: LineIndex, positions: readonly number[]): boolean {
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
    if (ancestors.includes(m)) return false
    // ... and a sibling's value, when the block holds that sibling's settings (`- uses: org/assemblyai-action` /
    // `  with:` / `    api-key: …`; `provider: assemblyai` / `credentials:` / `  token: …`)
    if (settingsOfSibling(lines, block, m)) return false
    const mentionParents = blockParentsOf(lines, m)
    if (mentionParents.includes(block)) return false
    if (mentionParents.length === 0 && parentKey(lines.lineText(m)) === undefined) return false
  }
  return any
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
function inOtherObject(lineIndex: number, lines: LineIndex, offset: number, positions: readonly number[]): boolean {
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
function apiHostNear(offset: number, lines: LineIndex, positions: readonly number[]): boolean {
  for (const p of positions) if (Math.abs(p - offset) <= NEAR_CHARS && API_HOST.test(lines.lineText(lines.lineOf(p)))) return true
  return false
}

/** A mention within reach of the value is in a URL of AssemblyAI's API. */
function apiUrlNear(offset: number, lines: LineIndex, positions: readonly number[]): boolean {
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

/** Only a quote (and indentation, and a quoted entry name) before the value on its line: an item of a list or map written one per line. */
const LIST_ITEM = /^\s*(?:["'`][^"'`\n]{1,60}["'`]\s*:\s*)?["'`]$/
/** The item's closing quote, then a comma or the end of the line. */
const LIST_ITEM_AFTER = /^["'`]\s*(?:,|$|\n|\r)/
/** A YAML sequence item: a dash and maybe a quote (or a quoted quote, or a weak ETag's `W/"`) before the value. */
const YAML_SEQUENCE_ITEM = /^\s*- ["']{0,2}(?:W\/["']{1,2})?$/
/** A YAML key opening a block or a sequence: `X-Request-Id:`, `"etag":`. */
const YAML_KEY_LINE = /^(\s*)["']?([\w.$-]+)["']?\s*:\s*(?:#.*)?$/

/** The key of the YAML sequence whose item is on `lineIndex` (its items may stand at the key's own indentation). */
function sequenceKeyOf(lines: LineIndex, lineIndex: number): string | undefined {
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
/** Items of a collection opened on the same line before the value (`NAME = {"…", "`, `ids: ["`). */
const INLINE_COLLECTION = /([A-Za-z_$][\w$.-]*)["']?\s*(?::|=|:=)\s*(?:\w+\s*)?[[({]\s*(?:["'`][^"'`\n]{0,80}["'`]\s*,\s*)*["'`]$/
/** A list opened at the end of a line by an assignment or a key (`IDS = [`, `"ids": [`, `ids: (`). */
const LIST_OPENER = /([A-Za-z_$][\w$.-]*)["']?\s*(?::|=|:=)\s*(?:\w+\s*|map\[\w+\]\w+\s*|\[\]\w+\s*)?[[({]\s*$/
/** A line of other items (a quoted value, maybe after a quoted entry name), a comment, or a blank line. */
const LIST_LINE = /^\s*(?:(?:["'`][^"'`\n]{1,60}["'`]\s*:\s*)?["'`][^"'`]*["'`]\s*,?\s*(?:(?:#|\/\/).*)?|(?:#|\/\/).*)?$/
/** How far back a list's opening line is looked for. */
const LIST_REACH = 50

/** The name of the list whose items run one per line down to `lineIndex`, if it opens within reach. */
function listNameOf(lines: LineIndex, lineIndex: number): string | undefined {
  for (let k = lineIndex - 1; k >= 0 && k >= lineIndex - LIST_REACH; k--) {
    const line = lines.lineText(k)
    const opened = LIST_OPENER.exec(line)
    if (opened !== null) return opened[1]
    // only other items (or blank and comment lines) may stand between
    if (!LIST_LINE.test(line)) return undefined
  }
  return undefined
}

/** A TOML or INI section header alone on its line (`[deepgram]`, `[services.openai]`, `[[providers]]`). */
const SECTION_HEADER = /^\s*\[\[?\s*([^\[\]\n]{1,80}?)\s*\]\]?\s*(?:[#;].*)?$/
/** How far back a value's section header is looked for. */
const SECTION_REACH = 200

/** A web framework's secret for signing sessions, cookies or tokens, by its conventional name. */
const SIGNING_SECRET_NAME = /^(?:(?:flask|django|rails|laravel|app|site|web)[-_.]|[A-Za-z]+\.)?secret[-_]?key(?:[-_]?base)?$|(?:^|[-_.])(?:next)?auth[-_]?secret$|(?:^|[-_.])(?:jwt|jws|cookie)[-_.]?(?:secret|key|signing[-_]?key)$/i
/** express-session's and cookie-session's options opened right before: `app.use(session({` / `  secret: …`. */
const SESSION_OPTIONS_BEFORE = /\b(?:session|cookieSession|expressSession)\s*\(\s*\{[^}]*$/

function signingSecret(name: string, prefix: string, lineIndex: number, lines: LineIndex): boolean {
  if (SIGNING_SECRET_NAME.test(name)) return true
  if (name !== 'secret') return false
  const before = (lineIndex > 0 ? lines.lineText(lineIndex - 1) : '') + prefix
  return SESSION_OPTIONS_BEFORE.test(before)
}

/** A number as the key right before the value: `"217": "`, `431:'`. */
const NUMBER_KEY_BEFORE = /(?:^|[{,\s])["']?\d+["']?\s*:\s*["']$/

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
function inOtherSection(offset: number, lineIndex: number, lines: LineIndex, positions: readonly number[]): boolean {
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
function sectionOf(lines: LineIndex, lineIndex: number): string | undefined {
  const header = sectionLineOf(lines, lineIndex - 1)
  return header < 0 ? undefined : SECTION_HEADER.exec(lines.lineText(header))?.[1]
}

/** Names that say where a value sits, not what it is: the object around it says that. */
const GENERIC_SLOT = /^(?:value|content|example|examples|default|const|sample|x-example)$/i
/** The key of an object opened before the value on its line and still open (`"job_id": { "type": "string", "example": "`). */
const INLINE_OBJECT_KEY = /["']?([A-Za-z_$][\w$.-]*)["']?\s*:\s*\{[^{}]*$/

/** A JSON name/value pair (a HAR file's headers, a Postman variable): `{"name": "etag", "value": "<hex>"` is named "etag", `{"key": "audio_md5", "value": …` "audio_md5". */
const NAME_VALUE_PAIR = /["'](?:name|key)["']\s*:\s*["']([^"'\\]{1,60})["']\s*,\s*["']value["']\s*:\s*["'](?:\\["'])?$/

/** A column's name that says what its values are (a digest's or an id's, a key's, AssemblyAI's); "value", "notes" say nothing. */
function saysWhatValuesAre(name: string): boolean {
  return HASHLIKE_NAME.test(name) || KEYLIKE_NAME.test(name) || namesAai(name)
}

/** A pytest `parametrize` call's opening, with its argument names' string when it is on the same line. */
const PARAMETRIZE_OPEN = /\.parametrize\(\s*(?:(["'])([^"'\n]*)\1)?/
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
function parametrizeColumnOf(lines: LineIndex, lineIndex: number, lineStart: number, offset: number, text: string): string | undefined {
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
function csvHeaderOf(lines: LineIndex): string[] | null {
  const first = lines.lineText(0)
  return CSV_HEADER.test(first) ? first.split(',').map((c) => c.trim()) : null
}

/**
 * The header's name for the column a value sits in, on a row with as many columns as the header
 * (`recording_id,provider,audio_md5` over `1,assemblyai,<hex>`), when that name is hash-like or
 * key-like. Rows with quoted commas are left alone.
 */
function csvColumnOf(header: readonly string[] | null, lines: LineIndex, lineIndex: number, lineStart: number, offset: number, text: string): string | undefined {
  if (header === null || lineIndex === 0) return undefined
  const row = lines.lineText(lineIndex)
  if (row.includes('"') || row.split(',').length !== header.length) return undefined
  let column = 0
  for (let k = lineStart; k < offset; k++) if (text.charCodeAt(k) === 44) column++
  // only a column that says what its values are; "value", "notes" leave the row to the usual reading
  const name = header[column]
  return name !== undefined && saysWhatValuesAre(name) ? name : undefined
}

/** A letter prefix glued to the value by `-` or `_` (`key-`, `pubkey-`): AssemblyAI keys have none. */
/** A string literal wrapped in a call that only re-quotes it, as bundler `define` maps do (`JSON.stringify("…")`). */
const STRINGIFY_WRAPPER = /(?:JSON\.stringify|String)\(\s*(["'`])$/
const GLUED_PREFIX = /(?<=[\s"'`:=(,[])[A-Za-z]{2,10}[-_]$/
/** The cell before the value's in an HTML table row (Django's debug page: `<td>csrftoken</td><td class="code"><pre>&#x27;…`). */
const HTML_CELL_NAME = /<t[dh][^<>]*>\s*([\w.$-]{1,60})\s*<\/t[dh]>\s*<t[dh][^<>]*>(?:\s*<[a-z]+[^<>]*>)*\s*(?:&#x27;|&#39;|&quot;|&apos;|["'])?$/i
/** An XML element's text (`<md5>…`) or its `value` attribute (`<md5 value="…"`), and its `name`/`key` attribute if any. */
const XML_ELEMENT_TEXT = /<([A-Za-z_][\w.-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))*)\s*>\s*$/
const XML_VALUE_ATTRIBUTE = /<([A-Za-z_][\w.-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))*)\s+value\s*=\s*["']$/
const XML_NAME_ATTRIBUTE = /\s(?:name|key)\s*=\s*["']([^"'<>]+)["']/

/**
 * The slot an XML value sits in: the element's `name`/`key` attribute (Android's `<string
 * name="assemblyai_api_key">`), else the element itself (Gradle's `<md5 value="…"/>`, `<sha256>…`).
 */
function xmlSlotOf(prefix: string): string | undefined {
  const m = XML_ELEMENT_TEXT.exec(prefix) ?? XML_VALUE_ATTRIBUTE.exec(prefix)
  if (m === null) return undefined
  return XML_NAME_ATTRIBUTE.exec(m[2] ?? '')?.[1] ?? m[1]
}

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

/** String literals joined by `+` (`"…" + "…"`). */
const NAMES_JOINED_HINT = /[\w$][ \t]*\+[ \t]*[A-Za-z_$]/
const JOINED_HINT = /["'`]\s*\+\s*["'`]/
const BASE64_CHAR = new Uint8Array(128)
for (const c of 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/') BASE64_CHAR[c.charCodeAt(0)] = 1

/**
 * A text that may hold a key in base64 (a run of 44 base64 characters, or 43 and `=`) or in joined
 * string literals. The run is counted in one pass: a regex for it retries at every character inside
 * every word, which made this test a tenth of the tree scan's time in Node.
 */
function mayHoldEncodedKey(text: string): boolean {
  let run = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 128 && BASE64_CHAR[c] === 1) {
      if (++run === 44) return true
    } else {
      if (run === 43 && c === 61) return true
      run = 0
    }
  }
  return text.includes('+') && (JOINED_HINT.test(text) || NAMES_JOINED_HINT.test(text))
}
/** base64 of a key (32 bytes: 43 characters and `=`), or of a key and a newline (`echo KEY | base64`: 44). */
const BASE64_KEY = /(?<![A-Za-z0-9+/])(?:[A-Za-z0-9+/]{43}=|[A-Za-z0-9+/]{44})(?![A-Za-z0-9+/=])/g
/** Two to four string literals joined by `+`, on one line or continued on the next (`"<first half>" +⏎ "<second half>"`). */
const JOINED_LITERALS = /(["'`])([0-9a-z]{1,31})\1(?:[ \t]*\r?\n?[ \t]*\+[ \t]*\r?\n?[ \t]*(["'`])[0-9a-z]{1,31}\3){1,3}/g
const LITERAL = /["'`]([0-9a-z]{1,31})["'`]/g

/**
 * Keys written in another form than the plain 32 characters: base64-encoded (a Kubernetes Secret's
 * `data:`, a Helm value), and split into string literals joined by `+`. Each is reported at the
 * position of what is written (the base64, the first literal's text), judged like a plain value.
 */
function assembledKeys(text: string): { value: string; offset: number; end: number }[] {
  const out: { value: string; offset: number; end: number }[] = []
  for (const m of text.matchAll(BASE64_KEY)) {
    const decoded = Buffer.from(m[0], 'base64').toString('latin1').replace(/\r?\n$/, '')
    if (/^[0-9a-z]{32}$/.test(decoded) && looksLikeKey(decoded)) out.push({ value: decoded, offset: m.index, end: m.index + m[0].length })
  }
  for (const m of text.matchAll(JOINED_LITERALS)) {
    const value = [...m[0].matchAll(LITERAL)].map((l) => l[1]).join('')
    if (value.length === 32 && looksLikeKey(value)) out.push({ value, offset: m.index + 1, end: m.index + m[0].length - 1 })
  }
  // ... and constants holding the pieces, joined where the key is used (`apiKey: part1 + part2`)
  // (the constants first: most code joins names with `+` and holds no piece of a key, and then no join is read)
  const constants = text.includes('+') ? pieceConstants(text) : undefined
  if (constants !== undefined && constants.size > 0) {
    for (const m of text.matchAll(JOINED_NAMES)) {
      const pieces = m[0].split('+').map((n) => constants.get(n.trim()))
      if (pieces.some((p) => p === undefined)) continue
      const value = pieces.map((p) => p?.text).join('')
      const first = pieces[0] as { text: string; offset: number }
      if (value.length === 32 && looksLikeKey(value)) out.push({ value, offset: first.offset, end: first.offset + first.text.length })
    }
  }
  return out
}

/** Two to four names joined by `+` (`part1 + part2`). */
const JOINED_NAMES = /(?<![\w$.])[A-Za-z_$][\w$]*(?:[ \t]*\+[ \t]*[A-Za-z_$][\w$]*){1,3}(?![\w$(])/g
/** A constant holding a piece of a key: `const part1 = "<16 characters>"`, `PART_1 = '…'`. */
const PIECE_CONSTANT = /(?<![\w$.])([A-Za-z_$][\w$]*)[ \t]*(?::[ \t]*string[ \t]*)?=[ \t]*["'`]([0-9a-z]{4,28})["'`]/g

/** The file's constants whose values could be pieces of a key, by name (a name bound twice is left out: which value is joined is unknown). */
function pieceConstants(text: string): Map<string, { text: string; offset: number }> {
  const out = new Map<string, { text: string; offset: number }>()
  const twice = new Set<string>()
  for (const m of text.matchAll(PIECE_CONSTANT)) {
    const name = m[1] as string
    if (out.has(name)) twice.add(name)
    out.set(name, { text: m[2] as string, offset: m.index + m[0].length - (m[2] as string).length - 1 })
  }
  for (const name of twice) out.delete(name)
  return out
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
  if (name !== undefined && namesAai(name)) return 'variable'
  // a web framework's signing secret (`SECRET_KEY`, `NEXTAUTH_SECRET`, `jwt.secret`, express-session's
  // `secret`), unless the file sends it as the key
  if (name !== undefined && signingSecret(name, prefix, lineIndex, lines) && !usedAsKey().has(name.split('.').pop() ?? name)) return undefined
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
  if (sentToOtherHost(statement) || sentToOtherHost(continuedCommand(lines, lineIndex))) return undefined
  const near = isNear(offset, lineIndex, lines, aaiPositions)
  // (but a request file's Authorization header, the request sent to AssemblyAI's API, is the key sent
  // there: `post { url: https://api.assemblyai.com/v2/transcript }` / `headers { authorization: … }`)
  // (an INI or TOML value under a section of its own, the mentions in others: `[assemblyai]` ... `[redis]` / `password = <hex>`)
  if (near && inOtherSection(offset, lineIndex, lines, aaiPositions)) return undefined
  if (near && inOtherBlock(offset, lineIndex, lines, aaiPositions)) return AUTH_CTX.test(line) && apiUrlNear(offset, lines, aaiPositions) ? 'nearby' : undefined
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
  if (options.includeBare && isHexKey(value)) return 'bare'
  return undefined
}

/** A call that computes a digest: Python's hashlib, Node's createHash, Ruby's Digest, Java's MessageDigest, the Web Crypto API, md5()/sha1() helpers. */
const DIGEST_CALL = /\bhashlib\.|\.hexdigest\(|\bcreateHash\(|\bDigest::|\bMessageDigest\b|\bsubtle\.digest\(|\b(?:md5|sha1|sha256|md5_hex|md5_file|sha1_file)\(/
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
  return false
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

const IDENTIFIER = /[A-Za-z_$][\w$.-]*/g

/**
 * The text before the value names an AssemblyAI key (`aai.settings.api_key = os.getenv("X", "…")`,
 * `AAI_TOKEN ??= …`): the value is what that key falls back to, even when the name right before it
 * is another one.
 */
function aaiKeyNameIn(prefix: string): boolean {
  IDENTIFIER.lastIndex = 0
  for (let m = IDENTIFIER.exec(prefix); m !== null; m = IDENTIFIER.exec(prefix)) {
    const id = m[0]
    if (AAI_NAME.test(id) && KEYLIKE_NAME.test(id) && !NON_SECRET_KEY_NAME.test(id.split('.').pop() ?? id)) return true
  }
  return false
}

const PUBLIC_PREFIX = /^(?:NEXT_PUBLIC_|VITE_|REACT_APP_|PUBLIC_|EXPO_PUBLIC_|NUXT_PUBLIC_|GATSBY_)/

/** A variable that front-end build tools inline into browser bundles. */
export function isPublicName(name: string): boolean {
  return PUBLIC_PREFIX.test(name.split('.').pop() ?? name)
}

function previousLineTail(text: string, lines: LineIndex, lineIndex: number): string {
  const end = lines.lineEnd(lineIndex - 1)
  return text.slice(Math.max(lines.lineStart(lineIndex - 1), end - LINE_WINDOW), end)
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
