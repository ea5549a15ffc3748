/**
 * Worker-thread entry: runs the residual-PII field scan of one finished transcript at a time, so
 * that the scan (milliseconds for a long call) never holds up the gateway's event loop.
 *
 * @module
 */
import { setPriority } from 'node:os'
import { parentPort } from 'node:worker_threads'
import { scanTranscriptText } from '../pii/index.js'
import { scanTranscriptFields } from './scan-transcript-fields.js'
import type { FieldScanJob, FieldScanReply, TranscriptGist } from './field-scan-messages.js'

const SCAN_THREAD_NICE = 10

const port = parentPort
if (!port) throw new Error('field-scan-worker must run in a worker thread')
// Scans are background work: on Linux the nice value is per thread, so this lowers only this
// thread's priority, and the event loop answering requests goes first when cores are short.
try {
  setPriority(SCAN_THREAD_NICE)
} catch {
  // Not permitted or not supported here: the scan runs at normal priority.
}
function run(job: FieldScanJob): FieldScanReply {
  if ('transcript' in job) return { id: job.id, result: scanTranscriptFields(job.transcript, (text) => scanTranscriptText(text)) }
  let transcript: Record<string, unknown>
  try {
    const parsed: unknown = JSON.parse(job.json)
    if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not an object')
    transcript = parsed as Record<string, unknown>
  } catch {
    return { id: job.id, error: 'the transcript body is not a JSON object', notJson: true }
  }
  const gist: TranscriptGist = {
    id: String(transcript['id'] ?? ''),
    status: String(transcript['status'] ?? ''),
    error: typeof transcript['error'] === 'string' ? transcript['error'] : null,
    content_safety_labels: (transcript['content_safety_labels'] ?? null) as NonNullable<TranscriptGist['content_safety_labels']> | null,
  }
  return { id: job.id, result: scanTranscriptFields(transcript, (text) => scanTranscriptText(text)), gist }
}

port.on('message', (job: FieldScanJob) => {
  let reply: FieldScanReply
  try {
    reply = run(job)
  } catch (error) {
    reply = { id: job.id, error: error instanceof Error ? error.message : 'scan failed' }
  }
  port.postMessage(reply)
})
