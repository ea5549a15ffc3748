/** Messages between the field-scan pool and its worker threads. */
import type { UpstreamTranscriptView } from '../transcripts/index.js'
import type { FieldScanResult } from './scan-transcript-fields.js'

/** A parsed transcript, or the upstream JSON text (parsed in the thread, so the event loop neither parses nor copies the object). */
export type FieldScanJob = { readonly id: number; readonly transcript: Record<string, unknown> } | { readonly id: number; readonly json: string }

/** What the pipeline needs of a transcript besides the scan (returned for a `json` job). */
export type TranscriptGist = Pick<UpstreamTranscriptView, 'id' | 'status' | 'error' | 'content_safety_labels'>

export type FieldScanReply =
  | { readonly id: number; readonly result: FieldScanResult; readonly gist?: TranscriptGist }
  | { readonly id: number; readonly error: string; readonly notJson?: true }
