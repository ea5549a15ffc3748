// Transcripts: submission under the policy, presentation without raw PII, upload guarding.
export { TranscriptRequestSchema, DEFAULT_SPEECH_MODELS, type TranscriptRequest } from './transcript-request-schema.js'
export { buildUpstreamRequest, type WebhookTarget } from './build-upstream-request.js'
export { submitTranscript, hashWebhookSecret, WEBHOOK_SECRET_HEADER, type SubmitDeps, type SubmitUpstream } from './submit-transcript.js'
export { presentTranscript, type PresentedTranscript, type UpstreamTranscriptView } from './present-transcript.js'
export { ResidualPiiChecker, type ResidualScanner, type ResidualFinding, type ResidualPiiResult, type ResidualAction } from './residual-pii.js'
export { sniffAudioContainer } from './sniff-audio-container.js'
export { guardUploadStream, type GuardedUpload } from './guard-upload-stream.js'
