/**
 * National identity numbers of other countries than the US (which AssemblyAI's policies name only
 * as `us_social_security_number`; they are reported under it, as the nearest type): a number named
 * by its scheme ("aadhaar", "CPF", "PESEL", "T.C. Kimlik No", "NIN", "PhilSys", "PPS", "PAN") or as
 * someone's identity number ("my ID number is ...", "national identity number"), and the few shapes
 * that no other number has, when their check holds (Singapore's NRIC, Mexico's CURP, a UK National
 * Insurance number written in its pairs, a dotted CPF).
 *
 * A scheme's number must have that scheme's length; its check digit, when it has one, makes the
 * finding validated. The words before a number name it only up to the nearest word that names
 * another kind of number ("... my ID number is X and my cell is Y": Y is the phone's) or the number
 * before it.
 *
 * @module
 */
import { HESITATIONS } from '../internal/context-lexicon.js'
import { contextReach, contextWords, substringTrigger } from '../internal/context-words.js'
import { mapSpan } from '../internal/offset-text.js'
import { ColumnCursor, columnFirst, columnWords, tableHeader } from '../internal/table-columns.js'
import { isDigitCode } from '../internal/tokenize.js'
import { bsnValid, svnrAtValid, aadhaarValid, belgianNationalNumberValid, chinaResidentIdValid, codiceFiscaleValid, cprShaped, cpfValid, cuitValid, hkidValid, curpValid, fodselsnummerValid, henkilotunnusValid, koreanRrnValid, kuwaitCivilIdValid, myKadShaped, myNumberValid, nifPtValid, nipPlValid, nissPtValid, pisValid, personnummerValid, dniValid, nirValid, nricValid, panShaped, peselValid, ppsValid, qidShaped, rutValid, saIdValid, sriLankaNicShaped, thaiIdValid, nikShaped, nidaShaped, rucValid, nitValid, rutKValid, saudiIdValid, twIdValid, cartaoCidadaoValid, dowodValid, steuerIdValid, tcKimlikValid, amkaValid, afmValid, innValid, snilsValid, rnokppValid, iinValid, tfnValid, cnpValid, egyptIdShaped, balticPersonalCodeValid, latvianPersonalCodeValid, kennitalaValid } from '../internal/national-id-checksums.js'
import { luhnValid } from '../internal/checksums.js'
import type { Candidate, Detector, DetectorInput } from './detector.js'

interface Scheme {
  readonly name: string
  /** Lengths in digits. */
  readonly lengths: readonly number[]
  readonly check?: (digits: string) => boolean
  /** The check (a date inside, for some only a shape) must hold: the scheme's name is also a common word ("CPR course number ..."). */
  readonly required?: boolean
  /** The check reads only a shape (a date inside), no check digit: a value passing it is not validated. */
  readonly shapeOnly?: boolean
}

const AADHAAR: Scheme = { name: 'aadhaar', lengths: [12], check: aadhaarValid }
const CPF: Scheme = { name: 'cpf', lengths: [11], check: cpfValid }
const PESEL: Scheme = { name: 'pesel', lengths: [11], check: peselValid }
const TC_KIMLIK: Scheme = { name: 'tc-kimlik', lengths: [11], check: tcKimlikValid }
/** Greece's AMKA (social security number) and AFM (tax number), in Greek letters or Latin ("ΑΜΚΑ 26016110517", "AFM 007504942"). */
const AMKA: Scheme = { name: 'amka', lengths: [11], check: amkaValid }
const AFM: Scheme = { name: 'afm', lengths: [9], check: afmValid }
/** Russia's INN and SNILS, Ukraine's RNOKPP ("ІПН", the old "идентификационный код"), Kazakhstan's IIN ("ИИН 850315300123"). */
const INN: Scheme = { name: 'inn', lengths: [10, 12], check: innValid }
const SNILS: Scheme = { name: 'snils', lengths: [11], check: snilsValid }
const RNOKPP: Scheme = { name: 'rnokpp', lengths: [10], check: rnokppValid }
const IIN: Scheme = { name: 'iin', lengths: [12], check: iinValid }
/** "my TC number": Turkey's identity number by its initials alone (a common abbreviation too: the check must hold). */
const TC_NUMBER: Scheme = { ...TC_KIMLIK, required: true }
/** Estonia's isikukood and Lithuania's asmens kodas: 11 digits, the birth date inside, a check digit. */
const BALTIC_PERSONAL_CODE: Scheme = { name: 'personal-code', lengths: [11], check: balticPersonalCodeValid }
/** Latvia's personas kods: 11 digits ("110783-12391"), the birth date inside and a check digit before 2017. */
const PERSONAS_KODS: Scheme = { name: 'personas-kods', lengths: [11], check: latvianPersonalCodeValid }
/** Iceland's kennitala: 10 digits ("170698-7119"), the birth date inside, a check digit; "kt." abbreviates it. */
const KENNITALA: Scheme = { name: 'kennitala', lengths: [10], check: kennitalaValid }
const KT: Scheme = { ...KENNITALA, required: true }
/**
 * "personal code", "personal number", "personal identity number": what Nordic and Baltic people call their identity
 * number in English (a common word: one of those countries' checks must hold).
 */
const PERSONAL_NUMBER: Scheme = {
  name: 'personal-number',
  lengths: [10, 11, 12],
  check: (d) => (d.length === 10 ? kennitalaValid(d) || personnummerValid(d) : d.length === 11 ? balticPersonalCodeValid(d) || latvianPersonalCodeValid(d) || fodselsnummerValid(d) : personnummerValid(d)),
  required: true,
}
/** Romania's CNP (cod numeric personal): 13 digits, the birth date inside, a check digit. */
const CNP: Scheme = { name: 'cnp', lengths: [13], check: cnpValid }
const NIN: Scheme = { name: 'nin', lengths: [11] }
const CITIZEN_ID_VN: Scheme = { name: 'cccd', lengths: [9, 12] }
const PHILSYS: Scheme = { name: 'philsys', lengths: [12, 16] }
const SSS: Scheme = { name: 'sss', lengths: [10] }
const UMID: Scheme = { name: 'umid', lengths: [12] }
const CNIC: Scheme = { name: 'cnic', lengths: [13] }
const NID_BD: Scheme = { name: 'nid', lengths: [10, 13, 17] }
const STEUER_ID: Scheme = { name: 'steuer-id', lengths: [11], check: steuerIdValid }
/** Germany's and Austria's tax number of a person or a firm, written by the tax office's plan ("181/815/08155", "03 412/7718"). */
const STEUERNUMMER: Scheme = { name: 'steuernummer', lengths: [9, 10, 11, 12, 13] }
/** Germany's tax ID by its plain name ("Ihre Identifikationsnummer lautet: ..."), a word for any identifier: its check must hold. */
const IDENTIFIKATIONSNUMMER: Scheme = { name: 'steuer-id', lengths: [11], check: steuerIdValid, required: true }
/** Austria's social insurance number (four digits, the birth date: "2907 080802"), named; its check must hold. */
const SVNR_AT: Scheme = { name: 'svnr-at', lengths: [10], check: svnrAtValid, required: true }
/** A tax number in the plans' slashes ("181/815/08155", "13/457/60218", Austria's "03 412/7718"): read where its name says so. */
const STEUERNUMMER_SLASHED = /(?<![\p{N}/.-])(?:\d{2,3}\/\d{3}\/\d{4,5}|\d{2} \d{3}\/\d{4})(?![\p{N}/]|[.-]\d)/gu
const TIN: Scheme = { name: 'tin', lengths: [9, 10, 11, 12, 13] }
/** Indonesia's taxpayer number (NPWP): 15 digits, 16 since it joined the NIK ("09.254.294.3-407.000"). */
const NPWP: Scheme = { name: 'npwp', lengths: [15, 16] }
const TFN: Scheme = { name: 'tfn', lengths: [8, 9], check: tfnValid }
const IRD: Scheme = { name: 'ird', lengths: [8, 9] }
const NIR: Scheme = { name: 'nir', lengths: [15], check: nirValid }
const BSN: Scheme = { name: 'bsn', lengths: [9], check: bsnValid }
const PERSONNUMMER: Scheme = { name: 'personnummer', lengths: [10, 12], check: personnummerValid, required: true }
const NIF_PT: Scheme = { name: 'nif', lengths: [9], check: nifPtValid }
const CPR: Scheme = { name: 'cpr', lengths: [10], check: cprShaped, required: true, shapeOnly: true }
const MYKAD: Scheme = { name: 'mykad', lengths: [12], check: myKadShaped, required: true, shapeOnly: true }
/** Nigeria's Bank Verification Number and Jamaica's Taxpayer Registration Number. */
const BVN: Scheme = { name: 'bvn', lengths: [11] }
const TRN_JM: Scheme = { name: 'trn', lengths: [9] }
/** The UAE's Emirates ID: 784 (the country), the birth year, seven digits and a Luhn check digit ("Emirates" is also an airline: the check must hold). */
const EMIRATES_ID: Scheme = { name: 'emirates-id', lengths: [15], check: emiratesIdValid, required: true }
/** "eID": the UAE's Emirates ID (15 digits) or the Belgian identity card, which carries the national register number (11). */
const EID: Scheme = { name: 'eid', lengths: [11, 15], check: (d) => (d.length === 15 ? emiratesIdValid(d) : belgianNationalNumberValid(d)), required: true }
/** Japan's My Number, in English "individual number" (a common word: its check digit must hold). */
const MY_NUMBER: Scheme = { name: 'my-number', lengths: [12], check: myNumberValid, required: true }

/** Poland's NIP, a person's tax number as well as a firm's ("nip" is an English word too: the check must hold). */
const NIP_PL: Scheme = { name: 'nip', lengths: [10], check: nipPlValid, required: true }
/** Brazil's RG (Registro Geral), the identity card, seven to nine digits by state, often dotted ("32.418.905-9"). */
const RG_BR: Scheme = { name: 'rg', lengths: [7, 8, 9] }

/** Norway's fødselsnummer (birth number). */
const FODSELSNUMMER: Scheme = { name: 'fodselsnummer', lengths: [11], check: fodselsnummerValid }
/** Argentina's and Peru's DNI: seven or eight digits, Argentina's often dotted ("30.015.482"); Spain's, with its letter, is the lettered DNI. */
const DNI_NUMBER: Scheme = { name: 'dni-number', lengths: [7, 8] }
/** The cédula of Colombia, Ecuador, Venezuela, Uruguay and Costa Rica: six to ten digits, often dotted ("1.050.563.192"). */
const CEDULA: Scheme = { name: 'cedula', lengths: [6, 7, 8, 9, 10] }
/** Argentina's CUIL (a worker's) and CUIT (a taxpayer's): 11 digits, "27-39752885-0", a mod-11 check digit. */
const CUIL: Scheme = { name: 'cuil', lengths: [11], check: cuitValid }
/** Chile's RUT (tax and identity number; its "K" check is not read here). */
const RUT: Scheme = { name: 'rut', lengths: [8, 9], check: rutValid }
/** Peru's RUC, a taxpayer's number: 11 digits, a mod-11 check digit ("RUC: 10738797154"). */
const RUC: Scheme = { name: 'ruc', lengths: [11], check: rucValid }
/** Colombia's NIT: a person's cédula or a firm's number and a check digit ("NIT 1152448019-6", "79.845.123-1"). */
// (Brazil's NIT is its PIS number: "I need your NIT, the PIS number. 178.89973.58-4")
const NIT: Scheme = { name: 'nit', lengths: [8, 9, 10, 11], check: (d) => nitValid(d) || pisValid(d), required: true }
const PIS_BR: Scheme = { name: 'pis', lengths: [11], check: pisValid, required: true }
/** Belgium's national number and Portugal's social security number, both "NISS" and eleven digits. */
const NISS: Scheme = { name: 'niss', lengths: [11], check: (d) => belgianNationalNumberValid(d) || nissPtValid(d), required: true }
/** Colombia's cédula de ciudadanía by its initials, "CC": read only dotted in thousands ("CC 1.017.223.908"), as "cc" names much else. */
const CEDULA_CC: Scheme = { name: 'cedula', lengths: [7, 8, 9, 10] }
/** Digits dotted in thousands ("1.017.223.908"). */
const DOTTED_THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/
// Israel's teudat zehut (its check is Luhn's over nine digits) and Canada's SIN, in English or in French (NAS, numéro
// d'assurance sociale), whose names are common words too: its Luhn check must hold
const TEUDAT_ZEHUT: Scheme = { name: 'teudat-zehut', lengths: [9], check: luhnValid }
const NAS: Scheme = { name: 'nas', lengths: [9], check: luhnValid, required: true }
/** Saudi Arabia's Iqama (a resident's identity number; a citizen's starts with 1, a resident's with 2). */
const IQAMA: Scheme = { name: 'iqama', lengths: [10], check: saudiIdValid }

/** Kuwait's civil ID (12 digits: the birth date and a check digit); "civil" is a common word, but "civil ID" names it. */
const CIVIL_ID_KW: Scheme = { name: 'civil-id', lengths: [12], check: kuwaitCivilIdValid }
/** Qatar's QID (11 digits: the century, the birth year, the country's code; no check digit). */
const QID: Scheme = { name: 'qid', lengths: [11], check: qidShaped, shapeOnly: true }
/** Sri Lanka's NIC of twelve digits (the birth year and day inside; the older nine digits and a letter are read with the lettered schemes). */
const NIC_LK: Scheme = { name: 'nic', lengths: [12], check: sriLankaNicShaped, shapeOnly: true }
/** Mexico's social security number (NSS, the IMSS's): eleven digits, the last a Luhn check digit. */
const NSS_MX: Scheme = { name: 'nss', lengths: [11], check: luhnValid }
/** Indonesia's NIK, the number of the KTP identity card (16 digits, the birth date inside). */
const NIK_ID: Scheme = { name: 'nik', lengths: [16], check: nikShaped, shapeOnly: true }
/** Thailand's national ID number (13 digits, a mod-11 check digit). */
const THAI_ID: Scheme = { name: 'thai-id', lengths: [13], check: thaiIdValid, required: true }
/** Nepal's citizenship certificate number ("Citizenship no.: 311-04-74-01129"): its length varies by district and year. */
const CITIZENSHIP_NP: Scheme = { name: 'citizenship', lengths: [8, 9, 10, 11, 12, 13, 14] }

/** France's numéro fiscal (SPI), a person's tax number: 13 digits (its check key is not public). */
const FR_TAX_NUMBER: Scheme = { name: 'numero-fiscal', lengths: [13] }
/** The UK's Unique Taxpayer Reference (HMRC's ten digits for Self Assessment, often "73018 46259"). */
const UTR: Scheme = { name: 'utr', lengths: [10] }
/** Belgium's national register number (11 digits, often "85.07.14-263.84"; "INSZ"/"NISS" on social security papers). */
const BE_NATIONAL_NUMBER: Scheme = { name: 'be-national-number', lengths: [11], check: belgianNationalNumberValid, required: true }
/**
 * A resident registration number: Korea's (13 digits, "resident registration number", "RRN") or, as
 * Belgians abbreviate theirs, Belgium's (11). "Resident" is a common word: the check must hold.
 */
const RESIDENT_REGISTRATION: Scheme = { name: 'rrn', lengths: [11, 13], check: (d) => (d.length === 13 ? koreanRrnValid(d) : belgianNationalNumberValid(d)), required: true }
/** France's NIR said as the caller's "social security number" (15 digits with its key; the US number has 9 and its own detector). */
const NIR_AS_SOCIAL: Scheme = { ...NIR, required: true }

/** A text that names an NRIC or a FIN and an ending or a last four. */
const NRIC_END_TRIGGER = /\b(?:nric|fin|ic)\b[\s\S]{0,40}\b(?:ending|ends|last)\b|\blast (?:4|four)\b[^\n]{0,30}\b(?:nric|fin)\b/i
/**
 * An NRIC's or a FIN's last three digits and check letter after "ending" or "last four", the card named before
 * them ("NRIC ending 592E", "nric ends in 127 j", "the last 4 of your nric  452 h").
 */
const NRIC_END = /\b(?:(?:nric|fin|ic)(?:[ \t]+(?:no\.?|number))?[ \t,]+(?:that[ \t]+)?(?:ending|ends|ended)(?:[ \t]+(?:in|with))?|last[ \t]+(?:4|four)(?:[ \t]+(?:digits|characters|chars))?[ \t]+of[ \t]+(?:your|my|his|her|the)[ \t]+(?:nric|fin|ic)(?:[ \t]+(?:is|are))?)[ \t:,]{1,3}(\d{3}[ \t]?[A-Za-z])(?![\p{L}\p{N}])/giu

/** The words that name a scheme (lower case; spelled letters are joined first: "n i n" is "nin"). */
const SCHEME_WORDS: ReadonlyMap<string, Scheme> = new Map([
  ['aadhaar', AADHAAR], ['aadhar', AADHAAR], ['adhaar', AADHAAR], ['uidai', AADHAAR],
  ['cpf', CPF],
  ['pesel', PESEL],
  ['kimlik', TC_KIMLIK], ['tckn', TC_KIMLIK], ['tckimlik', TC_KIMLIK], ['tc', TC_NUMBER],
  ['amka', AMKA], ['αμκα', AMKA], ['afm', AFM], ['αφμ', AFM],
  ['инн', INN], ['inn', INN], ['снилс', SNILS], ['snils', SNILS], ['рнокпп', RNOKPP], ['rnokpp', RNOKPP], ['іпн', RNOKPP], ['ипн', RNOKPP],
  ['ідентифікаційний', RNOKPP], ['идентификационный', RNOKPP], ['иин', IIN], ['iin', IIN], ['жсн', IIN],
  ['cnp', CNP], ['cnpul', CNP], ['cnp-ul', CNP],
  ['isikukood', BALTIC_PERSONAL_CODE], ['isikukoodi', BALTIC_PERSONAL_CODE], ['asmens', BALTIC_PERSONAL_CODE], ['personas', PERSONAS_KODS],
  ['kennitala', KENNITALA], ['kennitölu', KENNITALA], ['kt', KT], ['personal', PERSONAL_NUMBER],
  ['nin', NIN], ['nimc', NIN],
  ['cccd', CITIZEN_ID_VN], ['cmnd', CITIZEN_ID_VN],
  ['philsys', PHILSYS], ['psn', PHILSYS],
  ['sss', SSS], ['ss', SSS],
  ['bvn', BVN], ['trn', TRN_JM], ['emirates', EMIRATES_ID], ['eid', EID],
  ['umid', UMID],
  ['cnic', CNIC], ['nicop', CNIC],
  ['nid', NID_BD],
  ['steuer', STEUER_ID], ['idnr', STEUER_ID], ['steueridentifikationsnummer', STEUER_ID], ['steuer-id', STEUER_ID],
  ['steuernummer', STEUERNUMMER], ['stnr', STEUERNUMMER], ['identifikationsnummer', IDENTIFIKATIONSNUMMER],
  ['sozialversicherungsnummer', SVNR_AT], ['svnr', SVNR_AT], ['versicherungsnummer', SVNR_AT],
  ['tin', TIN], ['npwp', NPWP],
  // Vietnam's tax code ("mã số thuế", MST)
  ['mst', TIN],
  // Australia's tax file number, New Zealand's IRD number, France's NIR (INSEE number, on the Carte Vitale),
  // the Netherlands' BSN, Sweden's personnummer, Denmark's CPR, Malaysia's MyKad
  ['tfn', TFN], ['ird', IRD], ['nir', NIR], ['insee', NIR], ['vitale', NIR], ['bsn', BSN], ['personnummer', PERSONNUMMER],
  // ("numéro de sécu", "sécurité sociale": France's NIR; Swedish "personnumret", "personnumer")
  ['sécu', NIR], ['secu', NIR], ['sécurité', NIR], ['securite', NIR], ['personnumret', PERSONNUMMER], ['personnumer', PERSONNUMMER],
  ['individual', MY_NUMBER], ['mynumber', MY_NUMBER],
  ['cpr', CPR], ['mykad', MYKAD],
  // Malaysians call the MyKad number their IC (identity card) number, in Malay "No. KP" (kad pengenalan)
  ['ic', MYKAD], ['kp', MYKAD], ['pengenalan', MYKAD],
  // Portugal's NIF (Spain's, a DNI with its letter, is read with the DNI below)
  ['nif', NIF_PT], ['nifs', NIF_PT], ['contribuinte', NIF_PT],
  // Brazil's PIS/PASEP (a worker's number, the NIT)
  ['pis', PIS_BR], ['pasep', PIS_BR],
  ['nip', NIP_PL], ['rg', RG_BR],
  ['rijksregisternummer', BE_NATIONAL_NUMBER], ['rijksregister', BE_NATIONAL_NUMBER], ['rijksregisternr', BE_NATIONAL_NUMBER], ['insz', BE_NATIONAL_NUMBER], ['niss', NISS],
  // France's tax number ("numéro fiscal", on the avis d'impôt: 13 digits)
  ['fiscal', FR_TAX_NUMBER],
  ['registre', BE_NATIONAL_NUMBER], ['utr', UTR], ['rrn', RESIDENT_REGISTRATION], ['resident', RESIDENT_REGISTRATION], ['alien', RESIDENT_REGISTRATION], ['social', NIR_AS_SOCIAL],
  ['teudat', TEUDAT_ZEHUT], ['zehut', TEUDAT_ZEHUT], ['nas', NAS], ['sin', NAS], ['burgerservicenummer', BSN],
  ['fødselsnummer', FODSELSNUMMER], ['fodselsnummer', FODSELSNUMMER], ['fødselsnr', FODSELSNUMMER], ['fnr', FODSELSNUMMER], ['iqama', IQAMA], ['muqeem', IQAMA], ['rut', RUT],
  ['dni', DNI_NUMBER], ['cédula', CEDULA], ['cedula', CEDULA], ['cuil', CUIL], ['cuit', CUIL], ['ruc', RUC], ['nit', NIT],
  // ("CC 1.017.223.908": Colombia's cédula de ciudadanía by its initials; a card's number is longer)
  ['cc', CEDULA_CC],
  ['civil', CIVIL_ID_KW], ['qid', QID], ['nss', NSS_MX], ['imss', NSS_MX], ['nik', NIK_ID], ['ktp', NIK_ID], ['thai', THAI_ID], ['nic', NIC_LK], ['citizenship', CITIZENSHIP_NP],
])

/** Checks tried for a number named only as someone's identity number, by length. */
const ANY_CHECK: ReadonlyMap<number, readonly ((d: string) => boolean)[]> = new Map([
  [11, [cpfValid, peselValid, tcKimlikValid, steuerIdValid]],
  [12, [aadhaarValid]],
  [13, [saIdValid, koreanRrnValid, thaiIdValid, cnpValid]],
  [14, [egyptIdShaped]],
])

/** The words after "id" that make it an identity document's number ("id number", "ID no", "id card"). */
const ID_NUMBER_WORDS: ReadonlySet<string> = new Set(['number', 'no', 'num', 'nr', 'card'])
/** Words before "id" that make it someone's identity ("my ID number", "national ID", "tax ID", "the ID number we have"). */
/** A US employer identification number as written ("55-7905770"). */
const EIN_SHAPE = /^\d{2}-\d{7}$/
const ID_OWNERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'their', 'our', 'the', 'national', 'tax', 'citizen', 'citizens', 'identity', 'voter', 'government', 'govt', 'state', 'photo', 'valid', 'new', 'old'])
/** A country's adjective before "ID" says whose identity number it is ("my Kenyan ID number"). */
const NATIONALITIES: ReadonlySet<string> = new Set(
  ('american canadian mexican brazilian argentine argentinian chilean colombian peruvian venezuelan ecuadorian bolivian uruguayan ' +
    'paraguayan guatemalan honduran salvadoran cuban dominican jamaican rican british english scottish welsh irish french german ' +
    'italian spanish portuguese dutch belgian swiss austrian polish czech slovak hungarian romanian bulgarian greek turkish swedish ' +
    'norwegian danish finnish icelandic estonian latvian lithuanian ukrainian russian serbian croatian slovenian indian pakistani ' +
    'bangladeshi lankan nepali chinese japanese korean taiwanese vietnamese thai filipino philippine indonesian malaysian singaporean ' +
    'australian nigerian kenyan ghanaian ugandan tanzanian rwandan ethiopian egyptian moroccan tunisian algerian african israeli saudi ' +
    'emirati iranian iraqi jordanian lebanese qatari kuwaiti zimbabwean zambian cameroonian senegalese').split(' '),
)
/** Words after "ID" that say it is being given ("my ID is ...", "the tax ID? It's ..."). */
const ID_GIVEN_WORDS: ReadonlySet<string> = new Set(['is', 'was', 'it', 'its', "it's", 'that', 'thats', "that's", 'reads', 'says', 'so', 'uh', 'um', 'er'])
/** "identity number", "identification number", "national identity card". */
const IDENTITY_WORDS: ReadonlySet<string> = new Set(['identity', 'identification', 'identidad', 'identité', 'identität'])

/**
 * Words that name another kind of number: where one stands nearer than an identity word, the number
 * is that kind's ("my id number is X and my cell is Y").
 */
const OTHER_NUMBER_WORDS: ReadonlySet<string> = new Set([
  'phone', 'cell', 'mobile', 'tel', 'telephone', 'whatsapp', 'fax', 'landline', 'contact', 'callback', 'hp', 'handphone',
  'card', 'account', 'acct', 'order', 'ticket', 'case', 'reference', 'ref', 'policy', 'member', 'customer', 'iban', 'routing',
  'sort', 'pin', 'otp', 'code', 'passport', 'licence', 'license', 'dl', 'postcode', 'zip', 'pincode', 'birth', 'born', 'dob',
  'transaction', 'tracking', 'invoice', 'booking', 'reservation', 'flight', 'amount', 'meter', 'serial', 'imei', 'ssn', 'social',
  'patient', 'student', 'employee', 'staff', 'user', 'player', 'seller', 'merchant', 'device', 'session', 'meeting', 'claim',
])

/**
 * Digits in groups of at least two, apart by one space, dot or hyphen, maybe one digit first (a NIR's
 * "2 55 08 14 168 025 38") and a check digit last, hyphenated ("34-5678901-2") or set apart by a space
 * where what is said ends ("33 8201477 5, I think"): 6 to 17 digits in all.
 */
const DIGITS = /(?<![\p{L}\p{N}_./-])(?:\d[ .-](?=\d{2}))?\d{2,}(?:(?:[ .-]| {2}|, )\d{2,}){0,7}(?:-\d| \d(?=[,.;!?]|$))?(?![\p{L}\p{N}_]|[.-]\d)/gu
/** Two-two-four or four-two-two digit groups: a date, not an identity number. */
const DATE_SHAPE = /^(?:\d{1,2}[ ./-]\d{1,2}[ ./-]\d{4}|\d{4}[ ./-]\d{1,2}[ ./-]\d{1,2})$/

/** Shapes only one scheme has; found without a word naming them when their check holds. */
const NRIC = /(?<![\p{L}\p{N}])[STFG]\d{7}[A-Z](?![\p{L}\p{N}])/gu
/** Thailand's ID card number as the card prints it: 1-4-5-2-1 digits. */
const THAI_ID_GROUPED = /(?<![\p{L}\p{N}_.-])[1-8]([- ])\d{4}\1\d{5}\1\d{2}\1\d(?![\p{L}\p{N}_]|[.-]\d)/gu
/** Chile's RUT with the check "K": seven or eight digits, dotted in thousands or not, then "-K". */
const RUT_K = /(?<![\p{L}\p{N}_.,-])(?:\d{1,2}\.\d{3}\.\d{3}|\d{7,8})-[Kk](?![\p{L}\p{N}])/gu
const CURP = /(?<![\p{L}\p{N}])[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d(?![\p{L}\p{N}])/gu
/** Portugal's Cartão de Cidadão number ("17400081 2 ZV3"), found by its check (see `cartaoCidadaoValid`); its version holds a letter. */
const CARTAO_CIDADAO = /(?<![\p{L}\p{N}])\d{8} ?\d ?(?=[A-Z0-9]{0,1}[A-Z])[A-Z0-9]{2}\d(?![\p{L}\p{N}])/gu
/** Taiwan's identity number ("F227318652"), found by its check (see `twIdValid`). */
const TW_ID = /(?<![\p{L}\p{N}])[A-Z][1289]\d{8}(?![\p{L}\p{N}])/gu
/** Korea's resident or alien registration number as written, birth date and serial apart ("920814-5720190"). */
const KR_RRN_WRITTEN = /(?<![\p{L}\p{N}-])\d{6}-[1-8]\d{6}(?![\p{L}\p{N}]|-\d)/gu
/**
 * Ghana's national identity card number written whole ("GHA-003917258-6"): the country's code opens it, then nine digits
 * and one (the lettered scheme "ghana-card" reads it named and in pieces).
 */
const GHANA_CARD = /(?<![\p{L}\p{N}-])GHA-?\d{9}-?\d(?![\p{L}\p{N}]|-\d)/gu
/** Tanzania's NIDA number as printed: eight digits of a birth date, then groups of five, five and two (see `nidaShaped`). */
const NIDA_TZ = /(?<![\p{L}\p{N}-])\d{8}-\d{5}-\d{5}-\d{2}(?![\p{L}\p{N}]|-\d)/gu
/** China's resident identity number: 17 digits and a check character, found without a word naming it when its check and date hold. */
const CHINA_RESIDENT_ID = /(?<![\p{L}\p{N}])\d{17}[\dXx](?![\p{L}\p{N}])/gu
/**
 * Finland's personal identity code ("150389-274W"): found without a word naming it when its date and
 * check hold and its check or century sign is a letter; one ending "-" and four digits ("240312-1234") is
 * also how date-stamped references look, so that one needs its name said.
 */
const HENKILOTUNNUS = /(?<![\p{L}\p{N}])\d{6}[-+A-FU-Y]\d{3}[0-9A-Y](?![\p{L}\p{N}])/gu
const HENKILOTUNNUS_NAMES: ReadonlySet<string> = new Set(['henkilötunnus', 'henkilotunnus', 'hetu', 'sotu', 'identity', 'personal'])
/** The same read out: its check character said apart ("one seven oh two four nine dash four one one f" is "170249-411 f" in the view). */
const HENKILOTUNNUS_SAID = /(?<![\p{L}\p{N}])\d{6}[-+A-FU-Y]\d{3} [0-9A-Ya-y](?![\p{L}\p{N}'’])/gu
/** An Emirates ID in its dashed groups ("784-1990-1234567-1"): no other number has them. */
const EMIRATES_ID_DASHED = /(?<![\p{N}-])784-(?:19|20)\d{2}-\d{7}-\d(?![\p{N}]|-\d)/gu
const CPF_DOTTED = /(?<![\p{N}.-])\d{3}\.\d{3}\.\d{3}-\d{2}(?![\p{N}]|[.-]\d)/gu
/** A UK National Insurance number in its pairs ("JT 48 20 19 C"): the prefix letters the scheme allows. */
const NINO_SPACED = /(?<![\p{L}\p{N}])(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] (?:\d{2} \d{2} \d{2}|\d{6}) [A-D](?![\p{L}\p{N}])/gu
/** Words that name a National Insurance number ("NINO:", "NI number", "national insurance"). */
const NINO_NAMES: readonly string[] = ['nino', 'ni', 'insurance']
/** Shapes that need their scheme named: India's PAN, Ireland's PPS number. */
// (written whole or in its three parts: "XPKPR 0930 U"; "6202082 QA")
const PAN = /(?<![\p{L}\p{N}])[A-Z]{5} ?\d{4} ?[A-Z](?![\p{L}\p{N}])/gu
const PPS = /(?<![\p{L}\p{N}])(?:\d{7}|\d{3} \d{4}) ?[A-W][A-IW]?(?![\p{L}\p{N}])/giu
/** Spain's DNI and NIE ("48291736Q", "X1234567-L"): named ("DNI", "NIE", "NIF") or as someone's identity number. */
const DNI = /(?<![\p{L}\p{N}])(?:\d{8}|[XYZ]\d{7})[- ]?[A-Z](?![\p{L}\p{N}])/giu
const DNI_WORDS: ReadonlySet<string> = new Set(['dni', 'nie', 'nif'])

/**
 * Identity numbers of letters and digits, each with the words that name its scheme; read from a
 * value written as one token ("NH305672A") or read out in pieces, letter by letter and in groups of
 * digits ("s k  620745  d", "1276842, M A", "R S S M R A, 85, T 10, A 562, S").
 */
interface LetteredScheme {
  readonly name: string
  readonly shape: RegExp
  readonly names: ReadonlySet<string>
  readonly check?: (v: string) => boolean
}
const LETTERED: readonly LetteredScheme[] = [
  // the UK's National Insurance number (the prefixes the scheme allows); "national insurance" names it too
  { name: 'nino', shape: /^(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$/, names: new Set(['ni', 'nino']) },
  { name: 'pps', shape: /^\d{7}[A-W][A-IW]?$/, names: new Set(['pps', 'ppsn']), check: ppsValid },
  { name: 'dni', shape: /^(?:\d{8}|[XYZ]\d{7})[A-Z]$/, names: DNI_WORDS, check: dniValid },
  { name: 'pan', shape: /^[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]$/, names: new Set(['pan']) },
  { name: 'codice-fiscale', shape: /^[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z]$/, names: new Set(['fiscale', 'codice', 'cf']), check: codiceFiscaleValid },
  { name: 'curp', shape: /^[A-Z]{4}\d{6}[HMX][A-Z]{5}[A-Z0-9]\d$/, names: new Set(['curp']), check: curpValid },
  // Sri Lanka's NIC before 2016: nine digits (the birth year's two, the day of the year) and V or X ("952870114V")
  { name: 'nic-lk', shape: /^\d{2}(?:[0-2]\d\d|3[0-6]\d|[5-7]\d\d|8[0-6]\d)\d{4}[VX]$/, names: new Set(['nic']) },
  // Kenya's KRA PIN
  { name: 'kra-pin', shape: /^[AP]\d{9}[A-Z]$/, names: new Set(['kra']) },
  // Poland's identity card ("dowód osobisty"), its check digit fourth
  { name: 'dowod', shape: /^[A-Z]{3}\d{6}$/, names: new Set(['dowód', 'dowod', 'dowodu', 'dowodem', 'osobisty']), check: dowodValid },
  // Uganda's NIN: C (citizen), M or F, the birth year's two digits, then ten letters and digits ("CM85041102HKQP")
  { name: 'nin-ug', shape: /^C[MF]\d{2}(?=[A-Z0-9]*\d)[A-Z0-9]{10}$/, names: new Set(['nin']) },
  // Singapore's NRIC and FIN read out ("T zero one eight ... A"), Ghana's card number ("GHA-643165967-4")
  { name: 'nric', shape: /^[STFGM]\d{7}[A-Z]$/, names: new Set(['nric', 'ic', 'fin']), check: nricValid },
  { name: 'ghana-card', shape: /^GHA\d{10}$/, names: new Set(['ghana', 'ghanacard']) },
  // Ghana's social security number (SSNIT): a letter and twelve digits
  { name: 'ssnit', shape: /^[A-Z]\d{12}$/, names: new Set(['ssnit']) },
  // Mexico's RFC of a person (four letters, the birth date, three characters), and Germany's social insurance
  // number (area, birth date, the surname's initial, serial and check: "65 170891 B 003")
  { name: 'rfc', shape: /^[A-Z]{4}\d{6}[A-Z0-9]{3}$/, names: new Set(['rfc']) },
  // Mexico's voter card key (INE's "clave de elector"): six letters of the name, the birth date, the state, H or M, three digits
  { name: 'clave-elector', shape: /^[A-Z]{6}\d{8}[HM]\d{3}$/, names: new Set(['elector', 'ine']) },
  { name: 'sv-nummer', shape: /^\d{8}[A-Z]\d{3}$/, names: new Set(['sozialversicherungsnummer', 'versicherungsnummer', 'rentenversicherungsnummer', 'svnr', 'rvnr']) },
  // Morocco's national identity card (CIN): one or two letters and five or six digits ("A394512", "BE784512")
  { name: 'cin', shape: /^[A-Z]{1,2}\d{5,6}$/, names: new Set(['cin']) },
  // a private importer's EORI number in the UK and the EU: the country's code and up to fifteen digits ("GB142157256000",
  // a person's ending in 000)
  { name: 'eori', shape: /^[A-Z]{2}\d{12,15}$/, names: new Set(['eori']) },
  // India's voter ID card (EPIC, the Electors Photo Identity Card): three letters and seven digits ("ABX2219087")
  { name: 'epic', shape: /^[A-Z]{3}\d{7}$/, names: new Set(['epic']) },
]
/** Every lettered scheme's names ("nino", "pps", "dni", ...). */
const LETTERED_SCHEME_NAMES: ReadonlySet<string> = new Set(LETTERED.flatMap((s) => [...s.names]))
/** Any lettered scheme's shape. */
const LETTERED_ANY = new RegExp(`^(?:${LETTERED.map((s) => `(?:${s.shape.source.slice(1, -1)})`).join('|')})$`)
/** Names of schemes whose card or PIN is their number ("PAN card number", "KRA PIN"). */
const SCHEME_NAMES: ReadonlySet<string> = new Set([...SCHEME_WORDS.keys(), ...LETTERED.flatMap((s) => [...s.names])])
/** One token of letters and digits, both in it: a value written whole. */
const LETTERED_TOKEN = /(?<![\p{L}\p{N}_-])(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])[A-Za-z0-9]{3,18}(?:-[A-Za-z0-9]{1,12}){0,2}(?![\p{L}\p{N}_]|-\w)/gu
/** How long a lettered scheme's number is, without its separators (a Moroccan CIN's 6 to a CURP's 18). */
const LETTERED_MIN = 6
const LETTERED_MAX = 18
/** A letter or a digit: part of a word. */
const WORD_CHAR = /[\p{L}\p{N}]/u
/** A single letter, then a hyphen before another single letter ("A-B", "A-K-M-P-L"). */
const HYPHENED_LETTER = /(?<![\p{L}\p{N}])([A-Za-z])-(?=[A-Za-z](?![\p{L}\p{N}]))/gu
/** Single letters and groups of digits apart by spaces or a comma. */
const PIECES = /(?<![\p{L}\p{N}_'’])(?:[A-Za-z]|\d+)(?:,? {1,2}(?:[A-Za-z]|\d+)(?![\p{L}\p{N}_'’])){1,24}/gu

/** Texts without any of these words (or word starts) hold no identity number the context rules could name. */
const NAMED_TRIGGER = new RegExp(`\\b(?:${[...SCHEME_WORDS.keys(), ...DNI_WORDS, 'id', 'identi', 'pan', 'pps', 'n i n', 'tax file', 'tax ref', 'taxpayer ref', 'tax num', 'tax no'].map((w) => w.replace('-', '\\-')).join('|')})`, 'i')
/**
 * An identity card, an Iqama or a My Number named in the label terms of Chinese, Japanese, Korean or Arabic forms ("身份证号码", "マイナンバー",
 * "주민등록번호", "الهوية الوطنية", "إقامة"): the terms `contextWords` reads as those words, which have no
 * ASCII word boundary for `NAMED_TRIGGER`; so have Greece's AMKA and AFM written in Greek letters ("ΑΜΚΑ", "ΑΦΜ").
 */
const LABELLED_IDENTITY_TRIGGER = substringTrigger(new Set(['identity', 'iqama', 'mynumber', 'αμκα', 'αφμ', 'инн', 'снилс', 'рнокпп', 'іпн', 'ипн', 'иин']))
/** Texts without any of these whole words hold no lettered scheme's number (see `letteredNumbers`). */
// (bounded by letters and digits, not \b: a record's key joins words with "_", "kra_pin")
const LETTERED_TRIGGER = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[...new Set(LETTERED.flatMap((s) => [...s.names]))].join('|')}|n i|e o r i|national insurance)(?![\\p{L}\\p{N}])`, 'iu')
/** Where a lettered scheme's name is said; its number is looked for up to `LETTERED_REACH` characters after it. */
const LETTERED_NAME = new RegExp(LETTERED_TRIGGER.source, 'giu')
const LETTERED_REACH = 80
/**
 * What joins a number to its scheme's name said after it: a pause or a question and its answer, then "that's
 * my", "is my", "it's the" ("RG315520C is my NI number", "..., A? Caller: Yes, that's my N I number").
 */
const NAMED_AFTER_LEAD = /[\s,.?!]*(?:(?:caller|customer|agent|client|speaker(?: \w{1,2})?|[A-Z]):\s*)?(?:(?:yes|yeah|yep|correct|right)[,.!]?\s+)?(?:that's|thats|that is|it's|its|is|was|which is|being)\s+(?:(?:uh|um)\s+)?(?:my|his|her|their|the|your|our)\s+(?:(?:uk|irish|british)\s+)?$/i
/** A scheme's name as said ("n i", "national insurance") to the name its list holds. */
const SPOKEN_SCHEME_NAMES: Readonly<Record<string, string>> = { 'n i': 'ni', 'national insurance': 'nino', 'e o r i': 'eori' }
/** A lettered token ending a text. */
const LAST_LETTERED_TOKEN = /(?<![\p{L}\p{N}_-])(?=[A-Za-z-]*\d)(?=[\d-]*[A-Za-z])[A-Za-z0-9]{3,18}(?:-[A-Za-z0-9]{1,12}){0,2}$/u
/** How far past the reach a value that starts in it may go (25 pieces at most). */
const LETTERED_TAIL = 160
/** Hong Kong's identity card number as written, its check character in brackets ("E137585(0)", "K690702(4)"). */
const HKID = /(?<![\p{L}\p{N}])[A-Z]{1,2}\d{6}\([0-9A]\)(?![\p{L}\p{N}])/gu
/** A codice fiscale written whole, found without its name when its check letter holds. */
const CODICE_FISCALE = /(?<![\p{L}\p{N}])[A-Z]{6}[0-9LMNPQRSTUV]{2}[A-EHLMPRST][0-9LMNPQRSTUV]{2}[A-Z][0-9LMNPQRSTUV]{3}[A-Z](?![\p{L}\p{N}])/gu

/** An Emirates ID's 15 digits: the UAE's code 784, then a Luhn check over all of them. */
function emiratesIdValid(digits: string): boolean {
  return digits.length === 15 && digits.startsWith('784') && luhnValid(digits)
}

/** A US immigration file's A-number: "A", then eight or nine digits, maybe in groups ("A241-837-675", "A 123 456 789"). */
const A_NUMBER = /(?<![\p{L}\p{N}-])A[- ]?\d{3}[- ]?\d{3}[- ]?\d{2,3}(?![\p{L}\p{N}]|-\d)/gu
/** The A-number's names: "A-number", "A#", "alien (registration) number", "USCIS number". */
const A_NUMBER_CUE = /\b(?:a-?number|a#|alien (?:registration )?(?:number|no)|uscis (?:number|no|#))/i
/** How far before an A-number its name may be said (a question, then the answer's turn). */
const A_NUMBER_REACH = 120

export const nationalIdDetector: Detector = {
  name: 'national-id',
  detect({ view }: DetectorInput): Candidate[] {
    const v = view.text
    const out: Candidate[] = []
    // (a value two readings find, as a token and by its name, is reported once)
    const seen = new Set<number>()
    const emit = (start: number, end: number, confidence: number, detector: string, validated: boolean): void => {
      const key = start * 65536 + end
      if (seen.has(key)) return
      seen.add(key)
      out.push({ type: 'us_social_security_number', ...mapSpan(view, start, end), confidence, detector, validated })
    }
    // a table's cell: its column's name is the nearest word before it ("name,national_id,dob" over "...,0104010306082,...")
    const header = tableHeader(v)
    const columns = header === null ? null : new ColumnCursor(v, header)
    const naming = (start: number, end: number): string[] => {
      const words = namingWords(v, start, end)
      const column = columns?.at(start)
      return column === undefined ? words : columnFirst(column, words)
    }
    // the shapes only their scheme has (capitals: written text)
    if (/[A-Z]/.test(v)) {
      for (const m of v.matchAll(NRIC)) if (nricValid(m[0])) emit(m.index, m.index + m[0].length, 0.9, 'national-id-nric', true)
      for (const m of v.matchAll(CURP)) if (curpValid(m[0])) emit(m.index, m.index + m[0].length, 0.9, 'national-id-curp', true)
      // (named, it outranks an account's reading of its digits: "NINO: CK 36 33 58 A")
      for (const m of v.matchAll(NINO_SPACED)) {
        const named = naming(m.index, m.index + m[0].length).some((w) => NINO_NAMES.includes(w))
        emit(m.index, m.index + m[0].length, named ? 0.95 : 0.8, 'national-id-nino', false)
      }
    }
    for (const m of v.matchAll(CODICE_FISCALE)) if (codiceFiscaleValid(m[0])) emit(m.index, m.index + m[0].length, 0.9, 'national-id-codice-fiscale', true)
    if (v.includes('/')) for (const m of v.matchAll(STEUERNUMMER_SLASHED)) if (namedScheme(naming(m.index, m.index + m[0].length).slice(0, 4)) === STEUERNUMMER) emit(m.index, m.index + m[0].length, 0.85, 'national-id-steuernummer', false)
    // (found by their checks, unless another kind of number is named right before them: "Order A123456789", "주문번호: ...")
    const namedOtherwise = (start: number, end: number): boolean => namingWords(v, start, end).slice(0, 3).some((w) => OTHER_NUMBER_WORDS.has(w))
    if (/[A-Z]/.test(v)) {
      for (const m of v.matchAll(CARTAO_CIDADAO)) if (cartaoCidadaoValid(m[0]) && !namedOtherwise(m.index, m.index + m[0].length)) emit(m.index, m.index + m[0].length, 0.9, 'national-id-cartao-cidadao', true)
      for (const m of v.matchAll(TW_ID)) if (twIdValid(m[0]) && !namedOtherwise(m.index, m.index + m[0].length)) emit(m.index, m.index + m[0].length, 0.9, 'national-id-taiwan', true)
    }
    // Chile's RUT with its check "K" ("12.139.488-K"): dotted, its check holding, it is one wherever it stands; undotted,
    // where the RUT or RUN is named ("RUT 25884310-K")
    if (/-[Kk](?![\p{L}\p{N}])/u.test(v)) {
      for (const m of v.matchAll(RUT_K)) {
        const dotted = m[0].includes('.')
        if (!rutKValid(m[0].slice(0, -2).replace(/\./g, '')) || namedOtherwise(m.index, m.index + m[0].length)) continue
        if (dotted || naming(m.index, m.index + m[0].length).slice(0, 3).some((w) => w === 'rut' || w === 'run')) emit(m.index, m.index + m[0].length, 0.97, 'national-id-rut', true)
      }
    }
    if (v.includes('-')) for (const m of v.matchAll(KR_RRN_WRITTEN)) if (koreanRrnValid(m[0].replace('-', '')) && !namedOtherwise(m.index, m.index + m[0].length)) emit(m.index, m.index + m[0].length, 0.9, 'national-id-rrn', true)
    if (v.includes('GHA')) for (const m of v.matchAll(GHANA_CARD)) emit(m.index, m.index + m[0].length, 0.9, 'national-id-ghana-card', false)
    if (v.includes('-')) for (const m of v.matchAll(NIDA_TZ)) if (nidaShaped(m[0])) emit(m.index, m.index + m[0].length, 0.85, 'national-id-nida', false)
    if (v.includes('(')) for (const m of v.matchAll(HKID)) if (hkidValid(m[0])) emit(m.index, m.index + m[0].length, 0.9, 'national-id-hkid', true)
    for (const m of v.matchAll(CHINA_RESIDENT_ID)) if (chinaResidentIdValid(m[0].toUpperCase())) emit(m.index, m.index + m[0].length, 0.9, 'national-id-china-resident', true)
    for (const m of v.matchAll(HENKILOTUNNUS)) {
      if (!henkilotunnusValid(m[0])) continue
      const lettered = !/^\d{6}-\d{4}$/.test(m[0])
      if (lettered || naming(m.index, m.index + m[0].length).some((w) => HENKILOTUNNUS_NAMES.has(w))) emit(m.index, m.index + m[0].length, 0.9, 'national-id-henkilotunnus', true)
    }
    for (const m of v.matchAll(HENKILOTUNNUS_SAID)) {
      if (henkilotunnusValid(m[0].replace(' ', '').toUpperCase()) && naming(m.index, m.index + m[0].length).some((w) => HENKILOTUNNUS_NAMES.has(w))) emit(m.index, m.index + m[0].length, 0.9, 'national-id-henkilotunnus', true)
    }
    // the end of an NRIC or a FIN said to tell whose it is: its last three digits and its check letter ("NRIC ending 592E",
    // "his nric ends in 127 j", "the last 4 of your nric  452 h")
    if (NRIC_END_TRIGGER.test(v)) {
      for (const m of v.matchAll(NRIC_END)) {
        const value = m[1] as string
        const start = m.index + m[0].length - value.length
        emit(start, start + value.length, 0.8, 'national-id-nric-ending', false)
      }
    }
    if (v.includes('784-')) for (const m of v.matchAll(EMIRATES_ID_DASHED)) if (emiratesIdValid(m[0].replace(/\D/g, ''))) emit(m.index, m.index + m[0].length, 0.9, 'national-id-emirates-id', true)
    if (v.includes('.')) for (const m of v.matchAll(CPF_DOTTED)) if (cpfValid(m[0].replace(/\D/g, ''))) emit(m.index, m.index + m[0].length, 0.9, 'national-id-cpf', true)
    // a US immigration file's A-number, after its name ("Do you have your A-number? Caller: Yeah, it's A241-837-675.")
    if (v.includes('A') && A_NUMBER_CUE.test(v)) {
      for (const m of v.matchAll(A_NUMBER)) {
        if (A_NUMBER_CUE.test(v.slice(Math.max(0, m.index - A_NUMBER_REACH), m.index))) emit(m.index, m.index + m[0].length, 0.9, 'national-id-a-number', false)
      }
    }
    // Thailand's ID card number in its printed grouping ("1-5240-26331-99-1"), its check holding: no other number is
    // written so, named or not
    for (const m of v.matchAll(THAI_ID_GROUPED)) {
      if (thaiIdValid(m[0].replace(/\D/g, '')) && !namedOtherwise(m.index, m.index + m[0].length)) emit(m.index, m.index + m[0].length, 0.9, 'national-id-thai', true)
    }
    const lettered = LETTERED_TRIGGER.test(v)
    // (a table whose header names a lettered scheme's column)
    const letteredColumn = lettered && header !== null && header.cells.some((c) => columnWords(c).some((w) => LETTERED_SCHEME_NAMES.has(w)))
    // (a column's name counts with its words apart: "national_id")
    if (!NAMED_TRIGGER.test(v) && !LABELLED_IDENTITY_TRIGGER.test(v) && !(header !== null && NAMED_TRIGGER.test(header.cells.map((c) => columnWords(c).join(' ')).join(' ')))) {
      if (lettered) letteredNumbers(v, emit, naming, letteredColumn)
      return out
    }
    for (const m of v.matchAll(PAN)) {
      if (panShaped(m[0].replace(/ /g, '')) && naming(m.index, m.index + m[0].length).includes('pan')) emit(m.index, m.index + m[0].length, 0.85, 'national-id-pan', false)
    }
    for (const m of v.matchAll(PPS)) {
      const words = naming(m.index, m.index + m[0].length)
      if (!words.includes('pps') && !words.includes('ppsn')) continue
      const checked = ppsValid(m[0].toUpperCase().replace(/ /g, ''))
      emit(m.index, m.index + m[0].length, checked ? 0.9 : 0.7, 'national-id-pps', checked)
    }
    for (const m of v.matchAll(DNI)) {
      const words = naming(m.index, m.index + m[0].length)
      const named = words.some((w) => DNI_WORDS.has(w))
      const checked = dniValid(m[0].toUpperCase().replace(/[- ]/g, ''))
      if (named) emit(m.index, m.index + m[0].length, checked ? 0.95 : 0.7, 'national-id-dni', checked)
      else if (checked && namesIdentityNumber(words)) emit(m.index, m.index + m[0].length, 0.9, 'national-id-dni', true)
    }
    for (const m of v.matchAll(DIGITS)) {
      const value = m[0]
      const digits = value.replace(/\D/g, '')
      if (digits.length < 6 || digits.length > 17 || DATE_SHAPE.test(value)) continue
      const start = m.index
      const end = start + value.length
      const words = naming(start, end)
      const named = namedScheme(words)
      const scheme = named === CEDULA_CC && !DOTTED_THOUSANDS.test(value) ? undefined : named
      if (scheme !== undefined) {
        const checked = scheme.lengths.includes(digits.length) ? scheme.check?.(digits) : false
        if (scheme.required === true) {
          // (a date inside is a shape, not a check digit: not validated; a personnummer's Luhn digit is one)
          if (checked === true) {
            emit(start, end, 0.9, `national-id-${scheme.name}`, scheme.shapeOnly !== true)
            continue
          }
          // (a scheme named by a common word whose check fails names nothing: "my resident ID number is
          // 8001015009087" is still someone's identity number, read below)
        } else {
          if (!scheme.lengths.includes(digits.length)) continue
          emit(start, end, checked === true ? 0.95 : checked === false ? 0.7 : 0.8, `national-id-${scheme.name}`, checked === true)
          continue
        }
      }
      // "04271104834, that's a PESEL": the scheme named right after the number, its check holding
      const after = schemeNamedAfter(v, end)
      if (after !== undefined && after.lengths.includes(digits.length) && after.check?.(digits) === true) {
        emit(start, end, 0.9, `national-id-${after.name}`, true)
        continue
      }
      // "...need your tax file number, it's only used for the interest withholding. Yep, it's 507 561 366": the scheme
      // named a sentence or two before, no other number between, its check holding
      const earlier = schemeNamedEarlier(v, start)
      if (earlier !== undefined && earlier.lengths.includes(digits.length) && earlier.check?.(digits) === true) {
        emit(start, end, 0.85, `national-id-${earlier.name}`, true)
        continue
      }
      // ("practice Tax ID 55-7905770": a US employer identification number's 2-7 shape is a business's, no person's)
      if (EIN_SHAPE.test(v.slice(start, end))) continue
      const validated = (ANY_CHECK.get(digits.length) ?? []).some((check) => check(digits))
      // ("ID no. 341228 8835 089", "the complainant's ID number is 8005132211088": anyone's ID number, when the
      // digits pass a scheme's check that few numbers pass)
      // ("Samuel Kariuki Njoroge, ID 10482736": a label opening its own part of a record, after a name; "8207293657089,
      // my ID": a number that passes such a check, named after as someone's)
      if (!namesIdentityNumber(words) && !ID_AFTER_BREAK.test(v.slice(Math.max(0, start - 32), start)) && !(validated && STRONG_CHECK_LENGTHS.has(digits.length) && (idNumberNamed(words) || OWN_ID_AFTER.test(v.slice(end, end + 24))))) continue
      emit(start, end, validated ? 0.9 : 0.75, 'national-id-context', validated)
    }
    // (after the readings above, whose confidences a value they also find keeps)
    if (lettered) letteredNumbers(v, emit, naming, letteredColumn)
    return out
  },
}

/**
 * The lettered schemes' numbers after their names: written as one token ("My UK NI is NH305672A")
 * or read out in pieces ("ni number s k  620745  d"); from each piece, the longest run of pieces
 * with a scheme's shape.
 */
function letteredNumbers(
  v: string,
  emit: (start: number, end: number, confidence: number, detector: string, validated: boolean) => void,
  naming: (start: number, end: number) => string[] = (start, end) => namingWords(v, start, end),
  columnNamed = false,
): void {
  // the scheme's name the value is searched after (within LETTERED_REACH)
  let reachedFrom = ''
  const tryValue = (start: number, end: number, value: string): boolean => {
    // (one pattern for all the shapes first: most runs of pieces have none)
    if (!LETTERED_ANY.test(value)) return false
    const shaped = LETTERED.filter((s) => s.shape.test(value))
    if (shaped.length === 0) return false
    const words = naming(start, end)
    const national = words.includes('national') && words.includes('insurance')
    for (const scheme of shaped) {
      // (a value whose scheme's check holds may answer a question that named the scheme a clause or two before:
      // "I'll need the NIE if you have one. Yes, Y2749105K", though "one" reads as a number in between)
      const answered = scheme.names.has(reachedFrom) && scheme.check?.(value) === true
      if (!words.some((w) => scheme.names.has(w)) && !(scheme.name === 'nino' && national) && !answered) continue
      const checked = scheme.check?.(value)
      // (a shape of letters and digits right after its scheme's name says more than an account word does:
      // "my National Insurance number is H G, 74, 57, 64, A")
      emit(start, end, checked === true ? 0.95 : 0.92, `national-id-${scheme.name}`, checked === true)
      return true
    }
    return false
  }
  // a table's column named for a scheme ("| Claimant | NINO | DOB |"): every value in the table, named by its column
  if (columnNamed) for (const m of v.matchAll(LETTERED_TOKEN)) tryValue(m.index, m.index + m[0].length, m[0].toUpperCase().replace(/-/g, ''))
  // (only what starts within reach after a scheme's name: the words before a value name it)
  let reached = 0
  for (const name of v.matchAll(LETTERED_NAME)) {
    reachedFrom = name[0].toLowerCase()
    const from = Math.max(name.index + name[0].length, reached)
    const to = name.index + name[0].length + LETTERED_REACH
    reached = to
    // (searched in a slice: a search of the whole text from each name would be quadratic; from the start of
    // the word before it, so the patterns' look-behind cannot take that word's last letter for a spelled one
    // ("nric s 5551579 d" is no "c s 5551579 d"), and room after it for a value that starts in reach)
    let base = Math.max(0, from - 1)
    while (base > 0 && WORD_CHAR.test(v.charAt(base - 1))) base--
    const window = v.slice(base, Math.min(v.length, to + LETTERED_TAIL))
    for (const m of window.matchAll(LETTERED_TOKEN)) {
      const at = base + m.index
      if (at >= from && at < to) tryValue(at, at + m[0].length, m[0].toUpperCase().replace(/-/g, ''))
    }
    // ("P-W, one two, ...", "A-K-M-P-L, two two oh nine, Q": letters spelled with hyphens between them are
    // pieces too; a hyphen for a space keeps every offset)
    const spelled = window.includes('-') ? window.replace(HYPHENED_LETTER, '$1 ') : window
    for (const m of spelled.matchAll(PIECES)) {
      const at = base + m.index
      if (at >= from && at < to) piecesOf(at, m[0])
    }
    namedAfter(name)
  }

  /**
   * The scheme named right after its number ("RG315520C is my NI number", "r g 315520 c thats my national
   * insurance", "P R 396105, A? Caller: Yes, that's my N I number"): the value ends where the words naming it start.
   */
  function namedAfter(name: RegExpMatchArray & { index: number }): void {
    const lead = NAMED_AFTER_LEAD.exec(v.slice(Math.max(0, name.index - 48), name.index))
    if (lead === null) return
    const said = name[0].toLowerCase().replace(/\s+/g, ' ')
    const scheme = SPOKEN_SCHEME_NAMES[said] ?? said
    const valueEnd = name.index - lead[0].length
    const from = Math.max(0, valueEnd - LETTERED_TAIL)
    const window = v.slice(from, valueEnd)
    const token = LAST_LETTERED_TOKEN.exec(window)
    if (token !== null && tryNamedAfter(from + token.index, valueEnd, token[0].toUpperCase().replace(/-/g, ''), scheme)) return
    for (const m of window.matchAll(PIECES)) {
      if (m.index + m[0].length !== window.length) continue
      const pieces = piecesIn(from + m.index, m[0])
      // (the longest run of pieces ending at the last that has the scheme's shape)
      for (let i = 0; i < pieces.length - 1; i++) {
        const value = pieces.slice(i).map((p) => p.text).join('')
        if (value.length <= LETTERED_MAX && tryNamedAfter((pieces[i] as { start: number }).start, valueEnd, value, scheme)) break
      }
    }
  }

  function tryNamedAfter(start: number, end: number, value: string, scheme: string): boolean {
    const shaped = LETTERED.find((s) => s.names.has(scheme) && s.shape.test(value))
    if (shaped === undefined) return false
    const checked = shaped.check?.(value)
    if (checked === false) return false
    emit(start, end, checked === true ? 0.95 : 0.9, `national-id-${shaped.name}`, checked === true)
    return true
  }

  function piecesOf(at: number, run: string): void {
    const pieces = piecesIn(at, run)
    if (!pieces.some((p) => /\d/.test(p.text)) || !pieces.some((p) => /[A-Z]/.test(p.text))) return
    for (let i = 0; i < pieces.length; i++) {
      // the runs from piece i as long as a scheme's number can be (8 to 18 characters), longest first
      const runs: { end: number; value: string }[] = []
      let value = ''
      for (let j = i; j < pieces.length; j++) {
        value += (pieces[j] as { text: string }).text
        if (value.length > LETTERED_MAX) break
        if (j > i && value.length >= LETTERED_MIN) runs.push({ end: j, value })
      }
      for (let r = runs.length - 1; r >= 0; r--) {
        const run = runs[r] as { end: number; value: string }
        if (!tryValue((pieces[i] as { start: number }).start, (pieces[run.end] as { end: number }).end, run.value)) continue
        i = run.end
        break
      }
    }
  }
}

/** A run's pieces read out: each letter alone and each group of digits, with their offsets (the run starts at `at`). */
function piecesIn(at: number, run: string): { start: number; end: number; text: string }[] {
  return [...run.matchAll(/[A-Za-z]|\d+/g)].map((p) => ({ start: at + p.index, end: at + p.index + p[0].length, text: p[0].toUpperCase() }))
}

/**
 * The words before [start, end) that may name it (nearest first, at most ten, spelled letters
 * joined: "my n i n is" gives "nin"), up to the first word naming another kind of number (the last
 * word returned) and not past the number before it.
 */
/** "(17 digit):", "(13 digits) -": a count of the value's digits in brackets right before it. */
const COUNT_ASIDE = /\(\s*\d{1,2}[ -]?(?:digits?|chars?|characters?)\s*\)\s*[:=-]?\s*$/i
function namingWords(v: string, start: number, end: number): string[] {
  // (a count of the digits in brackets names nothing and is no number before it: "NID (17 digit): ...")
  const aside = COUNT_ASIDE.exec(v.slice(Math.max(0, start - 32), start))
  let from = start - 1 - (aside?.[0].length ?? 0)
  const min = contextReach(start)
  while (from >= min && !isDigitCode(v.charCodeAt(from))) from--
  // (not a chat's time stamp either: "type your PPS number.\n[10:43] You: 8035248E" answers the line before)
  const stamp = from >= min ? TIME_STAMP_BEFORE.exec(v.slice(Math.max(min, from - 8), start)) : null
  if (stamp !== null) {
    from -= stamp[1]?.length ?? 0
    while (from >= min && !isDigitCode(v.charCodeAt(from))) from--
  }
  const before = contextWords(v, start, end, 10, 0, from + 1).before
  const out: string[] = []
  let letters = ''
  for (let k = 0; k < before.length; k++) {
    const w = before[k] as string
    if (w.length === 1 && /[a-z]/i.test(w)) {
      letters = w.toLowerCase() + letters
      continue
    }
    if (letters.length > 1) out.push(letters)
    letters = ''
    out.push(w)
    // (kept as the last word: in "order id number" the word before "id" says whose it is; in "your
    // citizen ID card" the card is the identity document)
    // (nor in "PAN card", "KRA PIN": a scheme's card or number)
    const owner = before[k + 1] ?? ''
    // ("the individual number on my card is ...": the card is where the number is written, not what it is)
    const onCard = (w === 'card' && OWNERS_ON.has(owner) && before[k + 2] === 'on') || (w === 'pin' && owner === 'card' && SCHEME_NAMES.has(before[k + 2] ?? ''))
    // (nor "tax reference", "tax number": a taxpayer's number, see `namedScheme`)
    // (nor what the number is for: "Your DNI, please, for the booking. It's ...")
    const purpose = before[k + 2] === 'for' && OWNERS_ON.has(owner)
    // (nor "just in case": the idiom, no case's number)
    if (w === 'case' && owner === 'in') continue
    // (nor "personal code", "identity code", "personas kods": the Nordic and Baltic names of an identity number)
    if (w === 'code' && (owner === 'personal' || owner === 'identity')) continue
    if (OTHER_NUMBER_WORDS.has(w) && !onCard && !purpose && owner !== 'tax' && owner !== 'taxpayer' && !((w === 'card' || w === 'pin') && (owner === 'id' || IDENTITY_WORDS.has(owner) || SCHEME_NAMES.has(owner)))) return out
  }
  if (letters.length > 1) out.push(letters)
  return out
}

/** A chat line's time stamp between a question and its answer ("[10:43] You: "), its digits captured up to the last. */
const TIME_STAMP_BEFORE = /(?:^|[\s[(])(\d{1,2}:\d{2}(?::\d{2})?)[\])]?[ \t]+(?:[\p{L}][\p{L} .'-]{0,24}:[ \t]*)?$/u

/** Words between "on" and "card" in "the number on my card". */
const OWNERS_ON: ReadonlySet<string> = new Set(['my', 'the', 'your', 'his', 'her', 'our', 'their'])

/** ", that's a PESEL", " (CPF)", " is my Aadhaar": a scheme's word within a few words after the number, on its line. */
const AFTER_WORDS = /^[\s,;:(–—-]*(?:(?:that's|thats|that is|it's|its|which is|is|was|my|a|an|the|her|his|their|your)\s+){0,3}([\p{L}-]+)/iu

function schemeNamedAfter(text: string, end: number): Scheme | undefined {
  const word = AFTER_WORDS.exec(text.slice(end, end + 40))?.[1]
  return word === undefined ? undefined : SCHEME_WORDS.get(word.toLowerCase())
}

/**
 * "ID" (its "no." or "number" maybe) opening a line, a bracket or a sentence ("Lost the PUK. ID 24188903"), or after a
 * name and its comma ("Njoroge, ID"), right before the number.
 */
const ID_AFTER_BREAK = /(?:^|[(\n][ \t]*|[.!?][ \t]+|\p{Lu}\p{Ll}+,[ \t]*)ID(?:[ \t]*(?:[Nn]o\.?|[Nn]umber|[Nn]r\.?|#))?[ \t]*[:#]?[ \t]*$/u
/** "..., my ID", "that's her ID number": someone's identity named right after the number. */
const OWN_ID_AFTER = /^[ \t]*[,;]?[ \t]*(?:(?:that's|thats|that is|it's|its|is)[ \t]+)?(?:my|his|her|their|your)[ \t]+(?:national[ \t]+)?(?:id|identity)\b/i

/** How far before a number a scheme's name is looked for when the words right before it name none. */
const EARLIER_REACH = 160
/** Words naming another kind of number: nearer than a scheme's name, they name the number after them. */
const OTHER_NUMBER_NAMES: ReadonlySet<string> = new Set([...OTHER_NUMBER_WORDS, 'licence', 'license', 'passport', 'phone', 'mobile', 'cell', 'account', 'card', 'policy', 'order', 'booking', 'reference', 'ref'])

/**
 * A scheme named within `EARLIER_REACH` characters before `start`, with no number and no other kind of
 * number's name between ("I already wrote my SIN down ... it's 119 920 452"), else undefined.
 */
function schemeNamedEarlier(v: string, start: number): Scheme | undefined {
  const before = v.slice(Math.max(0, start - EARLIER_REACH), start).toLowerCase()
  const words = before.match(/[\p{L}\p{N}'’-]+/gu)
  if (words === null) return undefined
  const nearestFirst: string[] = []
  for (let k = words.length - 1; k >= 0; k--) {
    // (a possessive or "is" run on is the word: "Your TFN's printed on the notice")
    const w = (words[k] as string).replace(/['’]s$/, '')
    if (/\d/.test(w) || (OTHER_NUMBER_NAMES.has(w) && !(w === 'case' && words[k - 1] === 'in'))) break
    nearestFirst.push(w)
  }
  return namedScheme(nearestFirst)
}

function namedScheme(words: readonly string[]): Scheme | undefined {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string
    const scheme = SCHEME_WORDS.get(w)
    if (scheme !== undefined) return scheme
    // "your tax file number please": Australia's TFN said in words (the words run nearest first)
    if (w === 'file' && words[k + 1] === 'tax') return TFN
    // "Tax reference no.: 0018444596", "tax number": a taxpayer's number by its plain name
    if ((w === 'reference' || w === 'ref' || w === 'number') && words[k + 1] === 'tax') return TIN
    // "Unique Taxpayer Reference: 8155571871": the UK's UTR said in full
    if ((w === 'reference' || w === 'ref') && words[k + 1] === 'taxpayer') return UTR
  }
  return undefined
}

/** Lengths whose checks few numbers pass: Aadhaar (Verhoeff, first digit 2-9), South Africa's (a birth date and Luhn). */
const STRONG_CHECK_LENGTHS: ReadonlySet<number> = new Set([12, 13])

/** "ID number", "ID no.", "ID" right before the number, and no other kind of number's word before the "ID" ("order ID"). */
function idNumberNamed(words: readonly string[]): boolean {
  let k = 0
  // ("my tax id so that's ...": up to three of them)
  while (k < 3 && ID_GIVEN_WORDS.has(words[k] ?? '')) k++
  if (ID_NUMBER_WORDS.has(words[k] ?? '') && words[k] !== 'card') k++
  return words[k] === 'id' && !OTHER_NUMBER_WORDS.has(words[k + 1] ?? '')
}

/** "my ID number", "the ID no", "national ID", "identity number", "identification card". */
function namesIdentityNumber(words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as string
    if (IDENTITY_WORDS.has(w)) return true
    // "resident registration number": Korea's, whose numbers issued since October 2020 carry no check digit
    if (w === 'registration' && words[k + 1] === 'resident') return true
    if (w !== 'id') continue
    // (past a hesitation: "the Turkish ID, uh, 28475019362")
    let said = k - 1
    while (said >= 0 && HESITATIONS.has(words[said] as string)) said--
    const next = said >= 0 ? words[said] : undefined
    const prev = words[k + 1]
    // (or owned two words before: "your HELB ID number", when the word between names no other kind of number)
    const owned = prev !== undefined && (ID_OWNERS.has(prev) || NATIONALITIES.has(prev) || (ID_OWNERS.has(words[k + 2] ?? '') && words[k + 2] !== 'the' && !OTHER_NUMBER_WORDS.has(prev)))
    if ((next === undefined || ID_NUMBER_WORDS.has(next)) && (prev === undefined || owned)) return true
    // "my ID is ...", "the tax ID? It's ...": someone's own (not "the ID is ...", any record's)
    // ("my ID is expired, can I use 12345678": only right before the number)
    // ("Your ID, please. Caller: 24188903": asked for, and answered)
    if (k <= 2 && next !== undefined && (ID_GIVEN_WORDS.has(next) || next === 'please') && owned && prev !== 'the') return true
  }
  return false
}
