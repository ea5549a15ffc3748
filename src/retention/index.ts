// Retention: the erasure engine (single, per owner, sweeps) and its scheduler.
export { createErasureEngine, type ErasureEngine, type ErasureEngineDeps } from './create-erasure-engine.js'
export { startRetentionScheduler, type RetentionScheduler, type RetentionSchedulerOptions } from './retention-scheduler.js'
export { DEFAULT_ENGINE_OPTIONS, type EngineOptions } from './internal/engine-runtime.js'
export { parseCreated } from './internal/untracked-inventory.js'
export { parseDuration } from './parse-duration.js'
export type {
  ErasureReason,
  ErasureContext,
  ErasureReceipt,
  ErasureUpstream,
  UpstreamTranscriptState,
  UpstreamListItem,
  UpstreamListPage,
  SweepOptions,
  SweepProgress,
  SweepSummary,
  SweepFailure,
  OwnerErasureSummary,
  EngineLogger,
} from './erasure-types.js'
export { openRetentionRuntime, type RetentionRuntime } from './open-retention-runtime.js'
