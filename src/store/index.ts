// Store: Kysely over SQLite (embedded default) and PostgreSQL, with numbered migrations.
export { createStore, type CreateStoreOptions } from './create-store.js'
export type { Store, StoreDialectName } from './store-types.js'
export type { Database, ClientRow, TranscriptRow, AuditEventRow, NewTranscriptRow, TranscriptUpdate } from './database.js'
export { createClientsRepository, type ClientsRepository } from './clients-repository.js'
export { createTranscriptsRepository, type TranscriptsRepository, type TranscriptPage } from './transcripts-repository.js'
export { createAuditEventsRepository, type AuditEventsRepository, type AuditEventInput } from './audit-events-repository.js'
export { createKeyFingerprintsRepository, type KeyFingerprintsRepository } from './key-fingerprints-repository.js'
