import type { Context } from 'hono'
import type { Logger } from '../log/create-logger.js'
import type { AuditEventsRepository } from '../store/index.js'
import type { GatewayEnv } from './gateway-env.js'

export interface AuditEntry {
  action: string
  outcome: 'success' | 'failure' | 'denied'
  target?: string
  /** Overrides the request's principal (e.g. `anonymous` for failed auth). */
  principal?: string
  /** Non-secret details only. */
  details?: Record<string, unknown>
}

/** Writes security-relevant actions to the audit_events table (and the log), attributed to the request. */
export interface AuditRecorder {
  record(c: Context<GatewayEnv>, entry: AuditEntry): Promise<void>
}

export function createAuditRecorder(deps: { repository: AuditEventsRepository; logger: Logger; now: () => Date }): AuditRecorder {
  return {
    async record(c, entry) {
      const event = {
        at: deps.now().toISOString(),
        action: entry.action,
        principal: entry.principal ?? c.get('principal') ?? 'anonymous',
        requestId: c.get('requestId'),
        target: entry.target,
        outcome: entry.outcome,
        details: entry.details,
      }
      deps.logger.info({ audit: event }, 'audit')
      await deps.repository.append(event)
    },
  }
}
