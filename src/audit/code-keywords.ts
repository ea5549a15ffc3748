/**
 * The words that let a file skip the code rules unread: every file `mayMatchCodeRules` accepts
 * contains one of them (`Transcri` for `StreamingTranscriber`/`RealtimeTranscriber`,
 * `RealtimeService` for the older streaming class). The tree pass tests them on raw bytes and the
 * git grep prefilter on tracked files; a rule keyed on a new word must add it here.
 *
 * @module
 */
export const CODE_KEYWORDS: readonly string[] = ['transcri', 'Transcri', 'RealtimeService', 'createTemporaryToken', 'redact_pii', '/v3/token', 'realtime/token', 'webhook_url']
