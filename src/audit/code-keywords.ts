/**
 * What decides, before paying for TypeScript, whether a file can match a code rule: a cheap text test
 * (`mayMatchCodeRules`), and the words every file it accepts contains (`Transcri` for
 * `StreamingTranscriber`/`RealtimeTranscriber`, `RealtimeService` for the older streaming class),
 * which the tree pass tests on raw bytes and the git grep prefilter on tracked files. A rule keyed on
 * a new word must add it to both.
 *
 * @module
 */
import { UNREDACTED_KEYWORDS } from './unredacted-settings.js'

export const CODE_KEYWORDS: readonly string[] = [
  'transcri', 'Transcri', 'RealtimeService', 'createTemporaryToken', 'redact_pii', '/v3/token', 'realtime/token', 'webhook_url',
  // a raw streaming socket (`new WebSocket('wss://streaming.assemblyai.com/v3/ws?...')`)
  'streaming.assemblyai', 'realtime/ws',
  ...UNREDACTED_KEYWORDS,
]

/** Direct signals of a construct a code rule judges (checked before paying for TypeScript). */
const DIRECT = /createTemporaryToken|StreamingTranscriber|RealtimeTranscriber|RealtimeService|transcriber|redact_pii_return_unredacted/
/** A raw streaming socket: the class and the streaming endpoint both in the file (the host alone is config, docs, a key's comment). */
const SOCKET = /WebSocket/
/** A streaming endpoint's URL: v3's host, or v2's real-time socket (the code rules read socket URLs with it too). */
export const STREAMING_ENDPOINT = /streaming\.assemblyai\.com|\/v2\/realtime\/ws/

/** A client's POST or DELETE given a transcript path relative to its base URL. */
const RELATIVE_TRANSCRIPT_CALL = /\.(?:post|delete|del)(?:<[^>()]*>)?\(\s*["'`]\/?(?:v2\/)?transcript\b/

/** Cheap text test run before parsing: files without these words cannot match any code rule. */
export function mayMatchCodeRules(text: string): boolean {
  if (DIRECT.test(text)) return true
  if (SOCKET.test(text) && STREAMING_ENDPOINT.test(text)) return true
  // SDK calls: `….transcripts.transcribe/submit/create/delete(…)`
  if (text.includes('transcripts') && /transcribe|submit|create|delete/.test(text)) return true
  // raw requests: the method (a literal or the callee's name) must be spelled somewhere in the file
  // (the path may be joined to a base URL held elsewhere in the file: `${AAI_BASE}/transcript`, `axios.create({ baseURL })`)
  if ((text.includes('/v2/transcript') || (text.includes('/transcript') && text.includes('assemblyai.com'))) && /post|delete|del\b/i.test(text)) return true
  // ... or a client whose base URL another module holds, given the path alone (`aai.post("transcript", …)`, `this.http.delete(\`/transcript/${id}\`)`)
  if (RELATIVE_TRANSCRIPT_CALL.test(text)) return true
  return /\/v3\/token|realtime\/token/.test(text) && text.includes('expires_in')
}
