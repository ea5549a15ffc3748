// GENERATED FILE: DO NOT EDIT.
// Source: ../shared/assemblyai-spec/openapi.yml (AssemblyAI/assemblyai-api-spec, see SOURCE.md).
// Regenerate with `npm run gen:upstream-types` (scripts/generate-upstream-types.ts).
/* eslint-disable */

/** The PII redaction policies AssemblyAI accepts (`PiiPolicy` enum of the spec, in spec order). */
export const PII_POLICIES = [
  'account_number',
  'banking_information',
  'blood_type',
  'credit_card_cvv',
  'credit_card_expiration',
  'credit_card_number',
  'date',
  'date_interval',
  'date_of_birth',
  'drivers_license',
  'drug',
  'duration',
  'email_address',
  'event',
  'filename',
  'gender_sexuality',
  'healthcare_number',
  'injury',
  'ip_address',
  'language',
  'location',
  'marital_status',
  'medical_condition',
  'medical_process',
  'money_amount',
  'nationality',
  'number_sequence',
  'occupation',
  'organization',
  'passport_number',
  'password',
  'person_age',
  'person_name',
  'phone_number',
  'physical_attribute',
  'political_affiliation',
  'religion',
  'statistics',
  'time',
  'url',
  'us_social_security_number',
  'username',
  'vehicle_id',
  'zodiac_sign',
] as const

export type PiiPolicy = (typeof PII_POLICIES)[number]

const policySet: ReadonlySet<string> = new Set(PII_POLICIES)

/** True when `value` is one of the spec's PII policy names. */
export function isPiiPolicy(value: unknown): value is PiiPolicy {
  return typeof value === 'string' && policySet.has(value)
}
