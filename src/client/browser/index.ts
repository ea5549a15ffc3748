// voxguard/client: live transcription in the browser without exposing the AssemblyAI key.
export { createLiveTranscriber, type LiveTranscriber, type LiveTranscriberMode, type LiveTranscriberOptions, type LiveTranscriberState } from './live-transcriber.js'
export { LiveTranscriberError, errorForClose, type LiveTranscriberErrorKind } from './transcriber-errors.js'
export { createPcmEncoder, type PcmEncoder, type PcmEncoderOptions } from './pcm-encoder.js'
export type { TurnEvent } from './session-types.js'
export type { TicketGrant, TokenGrant } from './gateway-grant.js'
