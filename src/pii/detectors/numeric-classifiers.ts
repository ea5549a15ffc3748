/**
 * The classifiers for digit windows, in the order they are tried, each behind a cheap gate (digit
 * counts, whole runs only, a context word the text must hold). Each classifier turns a window plus
 * its context into a candidate type and score, Presidio style (pattern score, validator, context
 * lift); they live one file per kind of number.
 *
 * @module
 */
import { ACCOUNT_WORDS, CARD_WORDS, CVV_WORDS, DOB_WORDS, EXPIRY_WORDS, OTHER_CARD_SCHEMES } from '../internal/context-lexicon.js'
import { substringTrigger } from '../internal/context-words.js'
import { classifyAccount } from './account-classifier.js'
import { classifyCard, classifyCvv, classifyExpiry, classifyCardDetailsInRun } from './card-classifiers.js'
import type { Classifier } from './classifier-context.js'
import { classifyNumericDob } from './dob-classifier.js'
import { classifyHealthcareNumber, HEALTH_SCHEMES } from './health-number-classifier.js'
import { classifyIpv4 } from './ip-classifier.js'
import { classifyLastDigits } from './last-digits-classifier.js'
import { classifyLicenceLastFour } from './licence-last-digits-classifier.js'
import { classifyCanadianChequeAccount } from './canadian-cheque-account-classifier.js'
import { classifyGiroBankAccount } from './giro-bank-accounts-classifier.js'
import { classifySwissAhv } from './swiss-ahv-classifier.js'
import { classifyNzBankAccount } from './nz-bank-account-classifier.js'
import { classifyPhone } from './phone-classifier.js'
import { classifySsn, classifySsnLastFour, SSN_LAST_FOUR_GATE } from './ssn-classifiers.js'

export interface GatedClassifier {
  readonly classify: Classifier
  /** Window digit counts the classifier can accept at all: a cheap gate, checked before the call. */
  readonly minDigits: number
  readonly maxDigits: number
  /** Only windows covering their whole digit run. */
  readonly wholeOnly: boolean
  /** When set, the classifier needs one of these context words: a text without any of them is skipped. */
  readonly trigger: RegExp | null
}

const gate = (
  classify: Classifier,
  minDigits: number,
  maxDigits: number,
  wholeOnly: boolean,
  trigger: RegExp | null = null,
): GatedClassifier => ({ classify, minDigits, maxDigits, wholeOnly, trigger })

/**
 * Where a health number may be named: any scheme the classifier knows (`HEALTH_SCHEMES`, one list, not restated here),
 * as a word of its own ("MRN 2463617", "mrn12345"), and the owners and phrases it reads besides.
 */
const HEALTH_GATE = new RegExp(
  `(?<!\\p{L})(?:${[...HEALTH_SCHEMES].map((w) => w.replace(/[.*+?^\${}()|[\]\\]/g, '\\$&')).join('|')})(?!\\p{L})` +
    String.raw`|versichertennummer|medical (?:record|aid|card)|patient|hosp(?:ital|\b)|chart|\bpt\b|health (?:card|number|plan)|care ?card|supplement(?:al)? plan|medigap|pm-?jay|\bm\.? ?r\.? ?(?:no|number)\b`,
  'iu',
)

/** The gates restate each classifier's own first checks (it still makes them); they only save calls. */
export const NUMERIC_CLASSIFIERS: readonly GatedClassifier[] = [
  gate(classifyIpv4, 4, 12, false),
  gate(classifyCard, 12, 19, false),
  gate(classifyNzBankAccount, 15, 16, true),
  gate(classifyGiroBankAccount, 16, 24, true),
  gate(classifyCanadianChequeAccount, 15, 20, true),
  gate(classifySwissAhv, 13, 13, true),
  gate(classifySsn, 9, 9, false),
  // ("last four" alone too, where a birth date or a verification is named: loneLastFourVerifying)
  gate(classifySsnLastFour, 3, 7, false, SSN_LAST_FOUR_GATE),
  gate(classifyPhone, 7, 15, false),
  gate(classifyLicenceLastFour, 4, 4, true, /licen[cs]e|\bc?dl\b/i),
  gate(classifyHealthcareNumber, 5, 20, true, HEALTH_GATE),
  // (22 digits: Argentina's CBU, named "CBU" or "CVU")
  gate(classifyAccount, 3, 22, true, new RegExp(`${substringTrigger(ACCOUNT_WORDS).source}|(?:\\b|_)cbu\\b|(?:\\b|_)cvu\\b|a/c|patient|subscriber|medicare|medicaid|\\bid\\b|_(?:id|no|num|number|nr)\\b|bottom of|statements? for|card|\\b(?:${[...OTHER_CARD_SCHEMES].join('|')})\\b|travell?er|collar|shoulder|\\bdriver [a-z]{1,4}-?\\d|\\b(?:PCSO|WPC|PC|DC|DS|DI|PO|Sgt|Sergeant|Constable|Officer|Deputy|Trooper|Detective|Dispatcher|Insp|Inspector|Cpl|Corporal)\\b`, 'i')),
  // (endings said in the languages callers switch to; a card named before four digits written after it)
  gate(classifyLastDigits, 3, 5, true, /\bend(?:ing|s|ed|et)?\b|\bfinit\b|\btermina|\bacabad[ao]\b|\beindigt\b|\bko[nń]czy\b|(?:\b|_)last(?:\b|_|4)|\b(?:card|visa|mastercard|amex|karte|carte|tarjeta|kaart|karta)\b/i),
  gate(classifyCvv, 3, 4, true, substringTrigger(CVV_WORDS, CARD_WORDS, new Set(['code', 'back', 'security', 'digits']))),
  gate(classifyExpiry, 3, 6, true, substringTrigger(EXPIRY_WORDS, CARD_WORDS)),
  // (a card's number of thirteen digits or more is what it needs: the view has it in figures, however it was said)
  gate(classifyCardDetailsInRun, 3, 6, false, /\d(?:[ \t-]?\d){12}/),
  // a date has at most eight digits (03/04/1990, 1990-04-03, 03041990): longer windows never are one
  gate(classifyNumericDob, 3, 8, false, new RegExp(`${substringTrigger(DOB_WORDS).source}|\\bd\\.? ?o\\.? ?b\\b|\\bb\\. ?\\d`, 'i')),
]
