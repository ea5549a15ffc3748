/**
 * The turn redactor the policy asks for: `pii.redact` and `pii.redact_streaming` both on, the
 * policy's PII types, its substitution style. Undefined when turns pass unchanged.
 *
 * @module
 */
import { redact } from '../pii/index.js'
import type { Policy } from '../policy/index.js'
import { createTurnRedactor, type RedactFn, type TurnRedactor } from './turn-redactor.js'

export function redactorForPolicy(policy: Policy, redactFn: RedactFn = redact): TurnRedactor | undefined {
  if (!policy.pii.redact || !policy.pii.redact_streaming) return undefined
  return createTurnRedactor({ redact: redactFn, types: policy.piiPolicies, substitution: policy.pii.substitution })
}
