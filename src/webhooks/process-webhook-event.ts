/**
 * The finished-transcript pipeline, run from the durable queue after the webhook was answered:
 * fetch the transcript from AssemblyAI by id with our key (the webhook body is never trusted),
 * apply the content-safety gate and the residual-PII check, record the verdicts (no text), and
 * queue an event for the application.
 *
 * @module
 */
import { randomUUID } from 'node:crypto'
import type { Policy } from '../policy/index.js'
import { evaluateContentSafety, type SafetyVerdict } from '../safety/index.js'
import type { DeliveryTranscript, FinishedTranscriptsRepository, NewOutboundEvent, OutboundEventsRepository, TranscriptsRepository } from '../store/index.js'
import type { ResidualScanner, UpstreamTranscriptView } from '../transcripts/index.js'
import { UpstreamError } from '../errors.js'
import type { TranscriptGist } from './field-scan-messages.js'
import type { AssemblyAIWebhookEvent } from './verify-assemblyai-webhook.js'
import { scanTranscriptFields, type FieldScanResult } from './scan-transcript-fields.js'

export interface PiiVerdict {
  status: 'clean' | 'found' | 'unavailable' | 'skipped'
  action: 'off' | 'flag' | 'redact' | 'block'
  counts: Record<string, number>
  fields: string[]
}

export interface PipelineDeps {
  upstream: {
    getTranscript(id: string): Promise<UpstreamTranscriptView>
    /** The transcript as JSON text: with `fieldScanJson`, it is parsed and scanned off the event loop. */
    getTranscriptText?(id: string): Promise<string>
  }
  transcripts: TranscriptsRepository
  /** Writes a finished transcript's verdicts, its app event and its delivery's completion together. */
  finished: FinishedTranscriptsRepository
  /** The app's event queue; undefined when app webhooks are off. */
  outbound: OutboundEventsRepository | undefined
  policy: Policy
  scanner: ResidualScanner | undefined
  /**
   * Runs the field scan elsewhere (the gateway's worker threads) with the same scanner; without
   * it the scan runs here, on the caller's thread.
   */
  fieldScan?: ((transcript: Record<string, unknown>) => Promise<FieldScanResult>) | undefined
  /** Parses and scans the upstream JSON text elsewhere (the worker threads), returning what the pipeline needs. */
  fieldScanJson?: ((json: string) => Promise<{ gist: TranscriptGist; result: FieldScanResult }>) | undefined
  now: () => Date
  /**
   * Retention hook: the transcript's erasure was requested (it is withdrawn from its owner and the
   * app). Called instead of the pipeline, so that a pending erasure runs as soon as it finished.
   */
  onWithdrawn?: (transcriptId: string) => Promise<void>
  /** Metrics hook: one call per verdict. */
  onVerdict?: (kind: 'content_safety' | 'residual_pii', action: string, labels: readonly string[]) => void
}

export type OutboundType = 'transcript.completed' | 'transcript.blocked' | 'transcript.failed' | 'transcript.deleted'

/** An event for the application (ids and verdicts, never transcript text), ready to queue. */
export function outboundEvent(now: () => Date, type: OutboundType, data: Record<string, unknown>): NewOutboundEvent {
  const at = now().toISOString()
  return { id: `msg_${randomUUID()}`, type, payload: JSON.stringify({ type, timestamp: at, data }), created_at: at }
}

export async function queueOutboundEvent(deps: Pick<PipelineDeps, 'outbound' | 'now'>, type: OutboundType, data: Record<string, unknown>): Promise<void> {
  if (!deps.outbound) return
  await deps.outbound.add(outboundEvent(deps.now, type, data))
}

export function residualVerdict(transcript: UpstreamTranscriptView, policy: Policy, scanner: ResidualScanner | undefined): PiiVerdict {
  const action = policy.pii.residual_check
  if (action === 'off') return { status: 'skipped', action, counts: {}, fields: [] }
  if (!scanner) return { status: 'unavailable', action, counts: {}, fields: [] }
  return verdictOf(action, scanTranscriptFields(transcript, scanner))
}

function verdictOf(action: PiiVerdict['action'], { counts, fields }: FieldScanResult): PiiVerdict {
  return { status: fields.length > 0 ? 'found' : 'clean', action, counts, fields }
}

async function pipelineResidualVerdict(deps: PipelineDeps, transcript: UpstreamTranscriptView): Promise<PiiVerdict> {
  const action = deps.policy.pii.residual_check
  if (action === 'off' || !deps.scanner || !deps.fieldScan) return residualVerdict(transcript, deps.policy, deps.scanner)
  try {
    return verdictOf(action, await deps.fieldScan(transcript))
  } catch {
    // The scan threads are unavailable (could not start, stopped, shutting down): the same scan
    // runs here instead, so a delivery is never failed, or retried forever, for want of a thread.
    return residualVerdict(transcript, deps.policy, deps.scanner)
  }
}

interface Fetched {
  readonly transcript: UpstreamTranscriptView
  /** Set when the scan already ran where the JSON was parsed. */
  readonly scanned?: FieldScanResult
}

/**
 * Fetches the finished transcript. When the residual check runs on threads, the JSON text goes
 * there unparsed and comes back as its gist plus the scan; if the threads are unavailable it is
 * parsed here and scanned the usual way.
 */
async function fetchFinished(deps: PipelineDeps, transcriptId: string): Promise<Fetched> {
  const { getTranscriptText } = deps.upstream
  if (!deps.fieldScanJson || !getTranscriptText || !deps.scanner || deps.policy.pii.residual_check === 'off') return { transcript: await deps.upstream.getTranscript(transcriptId) }
  const json = await getTranscriptText.call(deps.upstream, transcriptId)
  try {
    const { gist, result } = await deps.fieldScanJson(json)
    return { transcript: gist, scanned: result }
  } catch (error) {
    if (error instanceof UpstreamError) throw error
  }
  // The threads are unavailable: parse and scan here, at once (not a second try on the threads).
  let transcript: UpstreamTranscriptView
  try {
    transcript = JSON.parse(json) as UpstreamTranscriptView
  } catch {
    throw new UpstreamError('AssemblyAI GET /v2/transcript/{id} answered with a body that is not JSON', { logContext: { route: 'GET /v2/transcript/{id}' } })
  }
  return { transcript, scanned: scanTranscriptFields(transcript, deps.scanner) }
}

/**
 * Runs the pipeline for one delivery. `known` is the transcript's row as read with the queue claim
 * (null: there is none); without it the row is looked up here. Either way a withdrawal that comes
 * later is caught by the guarded writes below, so a row a few milliseconds old is as good as a fresh one.
 *
 * With `deliveryId`, a finished transcript's verdicts, its app event and the delivery's completion
 * are written in one transaction; returns true when the delivery was marked done that way (else
 * the caller completes it once this returns).
 */
export async function processWebhookEvent(deps: PipelineDeps, transcriptId: string, event: AssemblyAIWebhookEvent, known?: DeliveryTranscript | null, deliveryId?: number): Promise<boolean> {
  const row = known === undefined ? await deps.transcripts.findById(transcriptId) : known
  if (!row || row.deleted_at) return false
  if (row.erasure_requested_at !== null) {
    await deps.onWithdrawn?.(transcriptId)
    return false
  }
  const at = deps.now().toISOString()
  if (event === 'redacted_audio_ready') {
    await deps.transcripts.update(transcriptId, { redacted_audio_ready_at: at, updated_at: at })
    return false
  }
  const { transcript, scanned } = await fetchFinished(deps, transcriptId)
  if (transcript.status === 'error' || event === 'error') {
    // Only while no erasure was requested meanwhile: nothing is sent to the app after one.
    if (await deps.transcripts.updateUnlessWithdrawn(transcriptId, { status: 'error', updated_at: at })) await queueOutboundEvent(deps, 'transcript.failed', { transcript_id: transcriptId, owner: row.owner, status: 'error' })
    else await deps.onWithdrawn?.(transcriptId)
    return false
  }
  if (transcript.status !== 'completed') throw new Error(`transcript is ${transcript.status}, not completed yet`)

  const safety: SafetyVerdict = evaluateContentSafety(transcript.content_safety_labels, deps.policy)
  const pii = scanned ? verdictOf(deps.policy.pii.residual_check as PiiVerdict['action'], scanned) : await pipelineResidualVerdict(deps, transcript)
  deps.onVerdict?.('content_safety', safety.action, Object.keys(safety.labels))
  deps.onVerdict?.('residual_pii', pii.status === 'found' ? pii.action : pii.status, Object.keys(pii.counts))
  const blocked = safety.action === 'block' || (pii.status === 'found' && pii.action === 'block')
  const appEvent = deps.outbound
    ? outboundEvent(deps.now, blocked ? 'transcript.blocked' : 'transcript.completed', {
        transcript_id: transcriptId,
        owner: row.owner,
        status: 'completed',
        content_safety: { action: safety.action, decided_by: safety.decided_by },
        residual_pii: { status: pii.status, action: pii.action, counts: pii.counts },
      })
    : undefined
  const kept = await deps.finished.record({
    transcriptId,
    verdicts: {
      status: 'completed',
      safety_verdict: JSON.stringify({ action: safety.action, decided_by: safety.decided_by, labels: safety.labels, severity_score_summary: safety.severity_score_summary }),
      pii_verdict: JSON.stringify(pii),
      updated_at: at,
    },
    ...(appEvent ? { event: appEvent } : {}),
    ...(deliveryId === undefined ? {} : { delivery: { id: deliveryId, doneAt: deps.now().toISOString() } }),
  })
  // An erasure was requested while we were fetching: nothing was written, nothing goes to the app.
  if (!kept) await deps.onWithdrawn?.(transcriptId)
  return kept && deliveryId !== undefined
}
