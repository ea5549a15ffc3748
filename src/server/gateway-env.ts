import type { Principal } from '../auth/index.js'
import type { Logger } from '../log/create-logger.js'

/** What a request handler can read from the Hono context. */
export interface GatewayVariables {
  requestId: string
  logger: Logger
  /** Set by the auth middleware: `client:<name>` or `user:<sub>`. */
  principal?: string
  principalInfo?: Principal
}

export interface GatewayEnv {
  Variables: GatewayVariables
}
