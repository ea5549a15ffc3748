/** Messages between the field-scan pool and its worker threads. */
import type { FieldScanResult } from './scan-transcript-fields.js'

export interface FieldScanJob {
  readonly id: number
  readonly transcript: Record<string, unknown>
}

export type FieldScanReply = { readonly id: number; readonly result: FieldScanResult } | { readonly id: number; readonly error: string }
