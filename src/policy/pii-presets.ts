import type { PiiPolicy } from '../upstream/index.js'

/**
 * Named sets of AssemblyAI PII policies. They are starting points, not legal advice: a policy file
 * can add names to a preset with `pii.policies`.
 */
export const PII_PRESETS = {
  /** Direct and indirect identifiers of a person (GDPR Art. 4(1)), plus special-category hints. */
  gdpr: [
    'person_name', 'email_address', 'phone_number', 'location', 'date_of_birth', 'ip_address', 'username',
    'banking_information', 'account_number', 'credit_card_number', 'credit_card_cvv', 'credit_card_expiration',
    'us_social_security_number', 'passport_number', 'drivers_license', 'healthcare_number', 'vehicle_id',
    'medical_condition', 'blood_type', 'religion', 'political_affiliation', 'gender_sexuality', 'password',
  ],
  /** The HIPAA Safe Harbor identifiers that speech can carry, plus health information itself. */
  hipaa: [
    'person_name', 'location', 'date', 'date_of_birth', 'person_age', 'phone_number', 'email_address',
    'us_social_security_number', 'healthcare_number', 'account_number', 'banking_information', 'drivers_license',
    'passport_number', 'vehicle_id', 'url', 'ip_address', 'medical_condition', 'medical_process', 'drug', 'injury',
    'blood_type', 'credit_card_number',
  ],
  /** Cardholder data and the account numbers that travel with it (PCI DSS). */
  pci: ['credit_card_number', 'credit_card_cvv', 'credit_card_expiration', 'banking_information', 'account_number', 'person_name'],
} as const satisfies Record<string, readonly PiiPolicy[]>

export type PiiPresetName = keyof typeof PII_PRESETS
export const PII_PRESET_NAMES = Object.keys(PII_PRESETS) as PiiPresetName[]
