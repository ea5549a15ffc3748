/**
 * Health-care numbers in digit windows: medical record numbers and national and insurers' health scheme
 * identifiers, by the words that name them.
 *
 * @module
 */
import { auMedicareValid, luhnValid } from '../internal/checksums.js'
import { HESITATIONS, locativeLength, OTHER_NUMBER_WORDS } from '../internal/context-lexicon.js'
import {
  ACCOUNT_AFTER_LEAD, ANSWER_FILLERS, type Classified, type Classifier, COPULAS, nameStartAfter, ok, writtenDate,
} from './classifier-context.js'

/**
 * AssemblyAI's `healthcare_number` ("healthcare numbers and health plan beneficiary numbers"): a number
 * named right before it as a medical record's, a patient's or a national health scheme's ("MRN 2463617",
 * "her medical record number is ...", "Pt ID 9133 8179", "NHS number 943 476 5919").
 */
export const classifyHealthcareNumber: Classifier = (w, ctx) =>
  // (fifteen digits or more: a card's length, unless its issuer is health care's, ISO 7812's "80" that Australia's IHI
  // and the European health insurance cards open with: "IHI 8003 6021 9219 7401", "80276001230045678912")
  (w.digitCount <= 14 || w.digits.startsWith('80') || !luhnValid(w.digits)) &&
  // ("And your NHS number, if you have it?\nSpeaker B: Yes, it's 444 269 0103": the answer to a question that asked for one)
  // (past the number's own capitals: "the supplement plan is QOB 030 718 746")
  // (a calendar date is none, checked last: a record's "dod" is a date of death, "dod": "2024-02-11", as much as a DoD ID)
  w.whole && ((namesHealthNumber(ctx.before) || OWNER_HASH_BEFORE.test(ctx.textBefore(w, 24)) || (auMedicareValid(w.digits) && MEDICARE_NAMED_EARLIER.test(ctx.textBefore(w, 200))) || (CAPITALS_BEFORE.test(ctx.textBefore(w, 8)) && namesHealthNumber(ctx.before.slice(1)))) || healthNamedAfter(ctx.after) || ctx.numberAsked() === 'health') && !ctx.amount(w) && !writtenDate(w) ? HEALTHCARE : null

/**
 * "Okay, so the Medicare card. I only need the number ...\nClient: 4906 73199 1": Medicare named a sentence or two before,
 * no number and no other number's name between ("Medicare rebate paid, ref ..."), and the digits pass Australia's
 * Medicare check (`auMedicareValid`).
 */
const MEDICARE_NAMED_EARLIER = /\bmedicare\b(?![^\d]*\b(?:ref|reference|claim|invoice|receipt|order|case|transaction|item|provider|phone|line)\b)[^\d]*$/i

/**
 * "Patient # 0093318", "Pt #: 88120034", "hospital #4477102": a patient's number by its owner and a number sign (no
 * word: the context words hold none of it).
 */
export const OWNER_HASH_BEFORE = /(?<![\p{L}\p{N}])(?:patient|pt|hospital|chart)[ \t]?#[ \t]?:?[ \t]?$/iu

/** Two to four capitals a space before the digits, or up to five and a digit maybe before a dot ("APJ1.0012458871"): the number's own letters. */
const CAPITALS_BEFORE = /(?<![\p{L}\p{N}])[A-Z]{2,4} $|(?<![\p{L}\p{N}.])[A-Z]{2,5}\d?\.$/u

/** The words right after a number name it a patient's ("..., I think that's my patient number", "... is my NHS number"). */
function healthNamedAfter(after: readonly string[]): boolean {
  const k = nameStartAfter(after, ACCOUNT_AFTER_LEAD)
  if (k < 0) return false
  for (let i = k; i < k + 2; i++) {
    const word = after[i] ?? ''
    // (the context's last word may be the owner: its noun lies beyond the five words read)
    if ((HEALTH_OWNERS.has(word) || HEALTH_SCHEMES.has(word)) && (i + 1 >= after.length || HEALTH_ID_NOUNS.has(after[i + 1] ?? ''))) return true
  }
  return false
}

/** The words right before a number (nearest first) name it a health number (see `classifyHealthcareNumber`). */
export function namesHealthNumber(b: readonly string[]): boolean {
  let k = 0
  // past the spelled letters of the number itself ("hospital number r x oh two ..."; not the "d" of "I D")
  while (k < 3 && (b[k] ?? '').length === 1 && !(b[k] === 'd' && b[k + 1] === 'i')) k++
  // ... "is", "it's" and a hesitation ("my patient ID is erm 6309651"), and where ("her hospital number here is ...")
  // ... and the answer's opening ("health card number  yeah hold on  its ...")
  while (k < 6 && (COPULAS.has(b[k] ?? '') || HESITATIONS.has(b[k] ?? '') || (b[k] === 'here' && k > 0) || (k > 0 && ANSWER_FILLERS.has(b[k] ?? '') && b[k] !== 'please') || (b[k] === 'on' && HOLDING.has(b[k + 1] ?? '')) || (HOLDING.has(b[k] ?? '') && b[k - 1] === 'on'))) k++
  // ... "are" after a plural ("their health cards are 1385-384-555 (Amara) and ...")
  if (b[k] === 'are' && (b[k + 1] === 'cards' || b[k + 1] === 'numbers' || b[k + 1] === 'ids')) k++
  // ... "as" where it is read back ("I've got the patient's MRN as 9210228")
  if (b[k] === 'as' && k < 6) k++
  // ... and where it is read ("the hospital number on the letter is ...", "his hospital number at St George's is ...")
  k += locativeLength(b, k)
  if (!HEALTH_ID_NOUNS.has(b[k] ?? '') && !HEALTH_SCHEMES.has(b[k] ?? '')) {
    for (let p = k + 1; p <= k + 3; p++) {
      if (HEALTH_ID_NOUNS.has(b[p + 1] ?? '') && (b[p] === 'at' || b[p] === 'in' || b[p] === 'from') && k > 0 && COPULAS.has(b[k - 1] ?? '')) {
        k = p + 1
        break
      }
    }
  }
  // "MRN 246...", "NHS 943 ...": the scheme's name alone
  if (HEALTH_SCHEMES.has(b[k] ?? '')) return true
  // "the supplement plan is QOB 030 718 746": a Medicare supplement (Medigap) plan's member number
  if (b[k] === 'plan' && SUPPLEMENT_PLANS.has(b[k + 1] ?? '') && k > 0 && COPULAS.has(b[k - 1] ?? '')) return true
  // "... number", "... ID" (or "I D" spelled), maybe both ("patient ID number")
  if (b[k] === 'd' && b[k + 1] === 'i') k += 2
  else if (HEALTH_ID_NOUNS.has(b[k] ?? '')) k++
  else return false
  if (HEALTH_ID_NOUNS.has(b[k] ?? '')) k++
  const owner = b[k] ?? ''
  // (a hospital's number is its patient's: the NHS trusts' "hospital number", the chart number)
  // ("medical aid no.": South Africa's health insurance; "medical card number": Ireland's GMS card)
  // ("health card", "health card number", "health plan ID": a health scheme's card or plan, not a health score)
  // ("MR No: 1204-558-3", "his m r number": South Asia's hospitals number a medical record "MR", never a title before "no")
  if ((owner === 'mr' || (owner === 'r' && b[k + 1] === 'm')) && (b[k - 1] === 'no' || b[k - 1] === 'number')) return true
  // ("ESIC insurance number ...": a health scheme's insurance number)
  if (owner === 'insurance' && HEALTH_SCHEMES.has(b[k + 1] ?? '')) return true
  if (HEALTH_SCHEMES.has(owner) || HEALTH_OWNERS.has(owner) || (owner === 'cal' && b[k + 1] === 'medi') || ((owner === 'record' || owner === 'aid') && b[k + 1] === 'medical') || (owner === 'medical' && b[k - 1] === 'card')) return true
  // ("my bc care card is ...": British Columbia's CareCard, the personal health number's card)
  if ((owner === 'health' && (b[k - 1] === 'card' || b[k - 1] === 'number' || b[k - 1] === 'cards' || b[k - 1] === 'numbers')) || (owner === 'plan' && b[k + 1] === 'health') || (owner === 'care' && b[k - 1] === 'card')) return true
  // "his OHIP card is here, the number is ...": "the number" of a scheme's card or number named just before
  if (owner !== 'the') return false
  for (let p = k + 1; p <= k + 5 && p < b.length; p++) {
    const w = b[p] ?? ''
    if (HEALTH_SCHEMES.has(w)) return true
    if (OTHER_NUMBER_WORDS.has(w) && w !== 'card') return false
  }
  return false
}
/** "hold on", "hang on" said before the number is read. */
const HOLDING: ReadonlySet<string> = new Set(['hold', 'hang'])
const HEALTHCARE: Classified = ok('healthcare_number', 0.9, 'healthcare-context', false)
/** Medicare's supplement plans, whose plan "is" the member's number. */
const SUPPLEMENT_PLANS: ReadonlySet<string> = new Set(['supplement', 'supplemental', 'medigap'])
/** Whose number a health number is, besides a scheme's ("patient number", "hospital number", a note's "Hosp no RX4410982"). */
const HEALTH_OWNERS: ReadonlySet<string> = new Set(['patient', 'pt', 'hospital', 'hosp', 'chart'])
/** What a health number is called after its owner ("patient ID", "NHS number", "medical record no.", "PhilHealth PIN"). */
/** (... and a US Medicaid program's own: New York's client identification number, "CIN", California's benefits card, "BIC"; "DoD benefits #") */
/** (... and their plurals: "Their health cards are 1385-384-555 (Amara) and ...") */
const HEALTH_ID_NOUNS: ReadonlySet<string> = new Set(['number', 'no', 'num', 'id', 'card', 'identifier', 'pin', 'cin', 'bic', 'benefits', 'numbers', 'ids', 'cards'])
/** Names of medical records and national health schemes that name a number on their own ("MRN", "NHS number", "Medicare number"). */
export const HEALTH_SCHEMES: ReadonlySet<string> = new Set([
  'mrn', 'uhid', 'nhs', 'medicare', 'medicaid', 'chi', 'ihi', 'ehic', 'ahcccs', 'mbi', 'nhi', 'ohip', 'krankenversichertennummer', 'versichertennummer',
  // ... and as German speakers name it otherwise ("Krankenversicherungsnummer", "Krankenkassennummer")
  'krankenversicherungsnummer', 'krankenkassennummer',
  // Canada's provincial numbers (a personal health number, Alberta's, Ontario's card, Quebec's) and India's health account
  'phn', 'ahcip', 'hcn', 'ramq', 'abha', 'carecard',
  // Australia's disability scheme's participant number, veterans' file number and diabetes scheme's registration ("NDIS no. 430 918 266")
  'ndis', 'dva', 'ndss',
  // Ghana's and Nigeria's health insurance schemes, Jamaica's health fund and drug plan, the Philippines', a Nigerian HMO's enrollee
  'nhis', 'nhia', 'nhf', 'jadep', 'philhealth', 'enrollee',
  // Germany's card number (KVNR), Kenya's former fund, and US health insurers' member IDs ("UHC ID YRB033264601")
  'kvnr', 'nhif', 'uhc', 'bcbs', 'aetna', 'cigna', 'humana', 'anthem', 'tricare', 'kaiser', 'molina', 'ambetter',
  // the DoD ID (EDIPI) on a Tricare beneficiary's card, what its clinics register patients by, and a dependant's DoD
  // benefits number ("DBN")
  'dod', 'edipi', 'dbn',
  // an Australian hospital's unit record number, a veteran's DVA card, Ireland's medical card (GMS) number
  'urn', 'dva', 'gms',
  // California's Medicaid program
  'medi-cal',
  // India's government schemes (CGHS, ESIC, ECHS, Ayushman Bharat's PM-JAY card) and Nepal's health insurance, which
  // numbers its "insuree"
  'cghs', 'esic', 'echs', 'ayushman', 'pmjay', 'insuree',
  // Indonesia's national health insurance card (BPJS Kesehatan, JKN) and Vietnam's health insurance card (BHYT)
  'bpjs', 'jkn', 'bhyt',
  // Portugal's health service user number ("número de utente"), Brazil's SUS card (its number, the CNS) and health plans' cards
  // ("carteirinha"), Italy's and Spain's health cards ("tessera sanitaria", "tarjeta sanitaria")
  'utente', 'cns', 'carteirinha', 'sanitaria',
  // a Dutch health insurer's card, and Belgium's health funds ("zorgpas", "mutualiteit", "ziekenfonds")
  'zorgpas', 'mutualiteit', 'mutualité', 'ziekenfonds',
])
