/**
 * The upstream capability: the typed AssemblyAI wire contract and the client the gateway uses.
 *
 * @module
 */
export { PII_POLICIES, isPiiPolicy } from './pii-policies.generated.js'
export type { PiiPolicy } from './pii-policies.generated.js'
export {
  CONTENT_SAFETY_LABELS,
  CONTENT_SAFETY_LABELS_WITH_SEVERITY,
  isContentSafetyLabel,
} from './content-safety-labels.js'
export type { ContentSafetyLabelName } from './content-safety-labels.js'
export type { components as AssemblyAIComponents, paths as AssemblyAIPaths } from './assemblyai.generated.js'
export { createAssemblyAIClient } from './create-assemblyai-client.js'
export { fetchTransport, undiciTransport } from './internal/http-transport.js'
export type { FetchFn, HttpTransport, TransportRequest, TransportResponse, UndiciTransportOptions } from './internal/http-transport.js'
export type { AssemblyAIClient, AssemblyAIClientOptions, CallOptions } from './create-assemblyai-client.js'
export type {
  ListTranscriptParams,
  RedactedAudioResponse,
  StreamingToken,
  StreamingTokenParams,
  Transcript,
  TranscriptCreateParams,
  TranscriptList,
  TranscriptListItem,
  TranscriptStatus,
  TranscriptWebhookNotification,
  UploadedFile,
} from './assemblyai-types.js'
