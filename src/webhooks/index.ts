// Webhooks: AssemblyAI webhooks in (per-transcript secrets, durable queue, pipeline) and signed events out.
export { verifyAssemblyAIWebhook, type VerifiedWebhook, type AssemblyAIWebhookEvent } from './verify-assemblyai-webhook.js'
export { processWebhookEvent, queueOutboundEvent, residualVerdict, type PipelineDeps, type PiiVerdict, type OutboundType } from './process-webhook-event.js'
export { scanTranscriptFields, type FieldScanResult } from './scan-transcript-fields.js'
export { createFieldScanPool, defaultFieldScanThreads, type FieldScanPool } from './field-scan-pool.js'
export { createQueueWorker, type QueueWorker, type QueueWorkerOptions } from './create-queue-worker.js'
export { verifyWebhook, signStandardWebhook, standardWebhookHeaders, WEBHOOK_TOLERANCE_IN_SECONDS } from './standard-webhooks.js'
export { dispatchOutboundEvent, backoffMs, type DispatchDeps } from './dispatch-outbound-events.js'
