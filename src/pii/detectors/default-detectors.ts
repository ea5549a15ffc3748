/**
 * The built-in structured detectors, in no particular order (the resolver decides overlaps).
 *
 * @module
 */
import { bloodTypeDetector } from './blood-type-detector.js'
import { cardPayloadDetector } from './card-payload-detector.js'
import type { Detector } from './detector.js'
import { dobTextDetector } from './dob-text-detector.js'
import { emailDetector } from './email-detector.js'
import { expiryTextDetector } from './expiry-text-detector.js'
import { healthSchemeDetector } from './health-scheme-detector.js'
import { ibanDetector } from './iban-detector.js'
import { indianPaymentCodesDetector } from './indian-payment-codes-detector.js'
import { idDocumentDetector } from './id-document-detector.js'
import { ipv6Detector } from './ipv6-detector.js'
import { joinedHandlesDetector } from './joined-handles-detector.js'
import { lifespanDetector } from './lifespan-detector.js'
import { listedAccountsDetector } from './listed-accounts-detector.js'
import { maskedRemainderDetector } from './masked-remainder-detector.js'
import { mrzDetector } from './mrz-detector.js'
import { nationalIdDetector } from './national-id-detector.js'
import { numericDetector } from './numeric-detector.js'
import { personalLicenceDetector } from './personal-licence-detector.js'
import { recordNameFieldsDetector } from './record-name-fields-detector.js'
import { routingAccountDetector } from './routing-account-detector.js'
import { urlDetector } from './url-detector.js'
import { usernameDetector } from './username-detector.js'
import { x12SegmentsDetector } from './x12-segments-detector.js'

export const DEFAULT_DETECTORS: readonly Detector[] = [
  numericDetector,
  emailDetector,
  ibanDetector,
  dobTextDetector,
  expiryTextDetector,
  idDocumentDetector,
  personalLicenceDetector,
  nationalIdDetector,
  healthSchemeDetector,
  ipv6Detector,
  urlDetector,
  bloodTypeDetector,
  routingAccountDetector,
  mrzDetector,
  maskedRemainderDetector,
  lifespanDetector,
  usernameDetector,
  joinedHandlesDetector,
  indianPaymentCodesDetector,
  cardPayloadDetector,
  recordNameFieldsDetector,
  x12SegmentsDetector,
  listedAccountsDetector,
]
