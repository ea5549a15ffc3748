// Streaming: the redacting proxy's logic (tickets, upstream URL, turn redaction, session relay).
export { createTicketStore, type IssuedTicket, type TicketCheck, type TicketGrant, type TicketStore, type TicketStoreOptions } from './ticket-store.js'
export { createTurnRedactor, type RedactFn, type RedactedTurn, type TurnRedactor, type TurnRedactorOptions } from './turn-redactor.js'
export { redactorForPolicy } from './streaming-redaction.js'
export { buildUpstreamUrl, type UpstreamUrlResult } from './upstream-url.js'
export { CLOSE, closeReason, mapUpstreamClose, type CloseFrame } from './close-codes.js'
export { startRelay, type RelayHandle, type RelayLimits, type RelayOptions, type RelaySummary } from './session-relay.js'
