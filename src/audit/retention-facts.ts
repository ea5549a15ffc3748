/**
 * Rule 8's facts (does this file create AssemblyAI transcripts, does it delete them) for code in
 * languages other than TypeScript/JavaScript, which the code rules parse with the compiler: Python
 * (scripts and notebooks), Ruby, Go, Java, Kotlin, C#, PHP, Rust, Swift, Dart, Elixir and shell.
 * Only retention is judged there: it needs no data flow, only whether the calls exist. The SDKs'
 * calls and raw HTTP requests to `/v2/transcript` are recognised by their text, on one line.
 *
 * @module
 */

const OTHER_CODE_EXT = /\.(?:py|ipynb|rb|go|java|kt|kts|cs|php|rs|swift|dart|ex|exs|scala|sh|bash|zsh|ps1|psm1)$/

/** Code in a language the code rules do not parse, whose retention facts are read from its text. */
export function isOtherCodeFile(path: string): boolean {
  return OTHER_CODE_EXT.test(path)
}

/** Bytes one of which a file must hold to be looked at (cheap test before decoding). */
export const RETENTION_KEYWORDS: readonly string[] = ['assemblyai', 'AssemblyAI', 'Assemblyai', '/v2/transcript']

export interface RetentionFacts {
  /** Where the file first creates a transcript (1-based line and column), if it does. */
  readonly creates: { readonly line: number; readonly column: number } | undefined
  readonly deletes: boolean
}

/** The file uses AssemblyAI at all: its SDK or its API host. */
const USES_ASSEMBLYAI = /assemblyai|api\.assemblyai\.com/i
/**
 * SDK calls that create a transcript, on a transcriber, the transcripts resource or a client: Python
 * `aai.Transcriber().transcribe(...)`, `transcriber.submit(...)`, Go `client.Transcripts.TranscribeFromURL`,
 * C# `TranscribeAsync`, Java `transcripts().transcribe(...)` (not `executor.submit(...)`).
 */
const SDK_CREATE = /(?:[Tt]ranscri\w*|client|aai)(?:\([^()]*\))?\.(?:transcribe|submit|transcribe_async|submit_async|transcribe_group|TranscribeFromURL|TranscribeFromReader|SubmitFromURL|SubmitFromReader|TranscribeAsync|SubmitAsync|Transcribe|Submit)\s*\(/
/** SDK calls that delete one: Python `Transcript.delete_by_id`, `transcript.delete()`, Go `Transcripts.Delete`, C# `DeleteAsync`, Ruby/Java `transcripts.delete`. */
const SDK_DELETE = /\b(?:delete_by_id|delete_by_id_async)\s*\(|\b[Tt]ranscripts?(?:\(\))?\.(?:[Dd]elete(?:Async)?)\s*\(|\btranscript\w*\.delete\s*\(/
/** The create endpoint itself: `/v2/transcript` not followed by `/<id>`. */
const CREATE_PATH = /\/v2\/transcript(?![/\w-])/
/** The transcript endpoint with an id after it. */
const ID_PATH = /\/v2\/transcript\//
const POST_WORD = /\bpost\b|\bPost(?:Async)?\b|HttpMethod\.Post|MethodPost|Net::HTTP::Post|-X\s*POST|--request\s+POST|\s(?:-d|--data(?:-raw|-binary)?|--json|-F|--form)\s/i
const DELETE_WORD = /\bdelete\b|\bDelete(?:Async)?\b|HttpMethod\.Delete|MethodDelete|Net::HTTP::Delete|-X\s*DELETE|--request\s+DELETE/i
/** Lines around a raw request's URL in which its method is looked for (a call spread over lines). */
const METHOD_REACH = 3
/** The name a line assigns a string to (`API = "https://…/v2/transcript"`, `const BASE_URL: string = '…'`, `$url = "…"`). */
const ASSIGNED_NAME = /([A-Za-z_$][\w$]*)\s*(?::\s*[\w.<>]+\s*)?:?=\s*[fFrRbB]?["'`]/

export function retentionFactsOf(text: string): RetentionFacts {
  if (!USES_ASSEMBLYAI.test(text) && !CREATE_PATH.test(text) && !ID_PATH.test(text)) return { creates: undefined, deletes: false }
  const lines = text.split('\n')
  const sdk = USES_ASSEMBLYAI.test(text)
  let creates: RetentionFacts['creates']
  let deletes = false
  const near = (i: number, pattern: RegExp): boolean => {
    for (let k = Math.max(0, i - METHOD_REACH); k <= Math.min(lines.length - 1, i + METHOD_REACH); k++) if (pattern.test(lines[k] as string)) return true
    return false
  }
  // a line elsewhere that uses a constant holding the endpoint with a request method: `API = "…/v2/transcript"`
  // at module level, `requests.post(API, …)` or `requests.delete(f"{API}/{id}")` in a function further down
  // each name is looked up once per method: a file repeating the endpoint on many lines stays linear
  const answered = new Map<string, boolean>()
  const usedWith = (i: number, method: RegExp): boolean => {
    const name = ASSIGNED_NAME.exec(lines[i] as string)?.[1]
    if (name === undefined || name.length < 2) return false
    const key = `${method === DELETE_WORD ? 'd' : 'p'}:${name}`
    const known = answered.get(key)
    if (known !== undefined) return known
    const use = new RegExp(`(?<![\\w$])${name.replace(/\$/g, '\\$')}(?![\\w$])`)
    const found = lines.some((l, k) => k !== i && use.test(l) && method.test(l))
    answered.set(key, found)
    return found
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    if (!deletes && ((sdk && SDK_DELETE.test(line)) || (ID_PATH.test(line) && near(i, DELETE_WORD)) || (CREATE_PATH.test(line) && usedWith(i, DELETE_WORD)))) deletes = true
    if (creates !== undefined) continue
    const sdkCall = sdk ? SDK_CREATE.exec(line) : null
    if (sdkCall !== null) {
      creates = { line: i + 1, column: sdkCall.index + 1 }
      continue
    }
    const path = CREATE_PATH.exec(line)
    if (path !== null && (near(i, POST_WORD) || usedWith(i, POST_WORD))) creates = { line: i + 1, column: path.index + 1 }
  }
  return { creates, deletes }
}
