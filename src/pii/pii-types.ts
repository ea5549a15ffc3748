/**
 * Public types of the PII engine: entity types named after AssemblyAI's `redact_pii_policies`,
 * findings (offsets only, never values) and scan/redact options.
 *
 * @module
 */

import { PII_POLICIES, type PiiPolicy } from '../upstream/index.js'

/** All 44 AssemblyAI PII policy names (generated from the spec's `PiiPolicy` enum). */
export const ALL_PII_TYPES = PII_POLICIES

export type PiiType = PiiPolicy

/** The types this engine has a detector for (see docs/pii.md for how each is found). */
export const SUPPORTED_PII_TYPES = [
  'email_address',
  'phone_number',
  'credit_card_number',
  'credit_card_cvv',
  'credit_card_expiration',
  'us_social_security_number',
  'banking_information',
  'account_number',
  'healthcare_number',
  'ip_address',
  'date_of_birth',
  'person_name',
  'drivers_license',
  'passport_number',
  'url',
  'blood_type',
  'username',
] as const satisfies readonly PiiType[]

export type SupportedPiiType = (typeof SUPPORTED_PII_TYPES)[number]

/**
 * Types found only when asked for by name: a web address is nobody's data by itself (a recording's
 * URL, a help page), and reporting every link of a transcript or a log drowns its real findings.
 * HIPAA's Safe Harbor counts URLs, so its preset lists `url`.
 */
export const OPT_IN_PII_TYPES: ReadonlySet<PiiType> = new Set<PiiType>(['url'])

/** One detected entity. Offsets are UTF-16 code units into the ORIGINAL text; the value is never carried. */
export interface PiiFinding {
  type: PiiType
  start: number
  end: number
  /** 0..1; 1 = validated (checksum, library validity). */
  confidence: number
  /** Which detector produced it, e.g. `card-luhn`, `phone-spoken`. */
  detector: string
}

export interface ScanOptions {
  /**
   * Only report these types (default: every supported type but those of `OPT_IN_PII_TYPES`, which a
   * person is not identified by alone: list them to have them found).
   */
  types?: readonly PiiType[]
  /** Run the person-name stage (default true). */
  names?: boolean
  /** Drop findings below this confidence (default 0.5). */
  minConfidence?: number
}

export type SubstitutionStyle = 'entity_name' | 'hash' | 'mask'

export interface RedactOptions extends ScanOptions {
  /** `entity_name` -> `[PHONE_NUMBER]`; `hash` -> one `#` per character; `mask` -> `[PHONE_NUMBER:3f9a1c2b]` (HMAC-SHA256). */
  sub?: SubstitutionStyle
  /** Key for `mask`; required when sub is `mask`. */
  maskKey?: Uint8Array | string
}

export interface RedactResult {
  text: string
  findings: PiiFinding[]
}

export function isPiiType(value: string): value is PiiType {
  return (ALL_PII_TYPES as readonly string[]).includes(value)
}

/** `phone_number` -> `PHONE_NUMBER`, the label AssemblyAI puts in `entity_name` substitution. */
export function entityLabel(type: PiiType): string {
  return type.toUpperCase()
}
