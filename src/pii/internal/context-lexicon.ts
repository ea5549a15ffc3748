/**
 * Context words per entity type (whole, lower-cased words; possessive 's is stripped first).
 *
 * @module
 */
import { MONTH_WORDS } from './number-words.js'

const set = (...w: string[]): ReadonlySet<string> => new Set(w)

export const PHONE_WORDS = set(
  'phone', 'number', 'call', 'cell', 'cel', 'cellphone', 'mobile', 'mobil', 'reach', 'tel', 'telephone', 'contact', 'text',
  'fax', 'landline', 'callback', 'dial', 'ext', 'whatsapp', 'ring', 'line', 'home', 'work', 'office', 'desk',
  'answering', 'message', 'messages', 'texts', 'sms', 'registered', 'ph', 'tel', 'mob', 'cellular', 'flash', 'handphone',
  // Singapore's and Malaysia's "hp" (handphone: "my hp is 9123 8876")
  'hp',
  // a telecom's and a mobile-money record's name for a mobile number ("msisdn": "254745882013"), and the mobile-money
  // wallets a phone number is ("sent it to your MoMo, the 054 772 1903 one", "my M-Pesa number")
  'msisdn', 'momo', 'mpesa', 'pesa',
  // the same words in the languages callers switch to most (German, French, Spanish, Italian, Portuguese)
  'nummer', 'telefonnummer', 'telefon', 'handy', 'handynummer', 'rufnummer', 'numéro', 'numero', 'número', 'téléphone', 'portable',
  'teléfono', 'telefono', 'móvil', 'movil', 'celular', 'cellulare', 'telefone', 'telemóvel', 'telemovel',
  // ... and Turkish and Greek ("cep telefonum", "κινητό", "Τηλ.")
  'telefonum', 'telefonu', 'cep', 'κινητό', 'κινητο', 'τηλέφωνο', 'τηλεφωνο', 'τηλ',
  // ... and Russian and Ukrainian ("номер телефона", "мобільний", "тел.")
  'телефон', 'телефона', 'телефону', 'телефоном', 'тел', 'мобильный', 'мобильного', 'мобильник', 'мобільний', 'мобільного', 'моб', 'сотовый',
  'телефонний',
  // a line's own word in Spanish, Italian and Portuguese, and a mobile's in Polish ("Línea: 655 201 784", "komórka: ...")
  'línea', 'linea', 'linha', 'komórka', 'komorka', 'telefonu',
  // "call me" in them ("me liga no ...", "llámame al ...", "bitte zurückrufen unter ...")
  'liga', 'ligar', 'ligue', 'llama', 'llamar', 'llame', 'llámame', 'llamame', 'anrufen', 'zurückrufen', 'zurueckrufen',
  'rappeler', 'rappelez',
  // a signature's and a firm's lines ("DDI 020 7946 0610 | Switchboard 0161 496 0752", "Helpline: ...")
  'switchboard', 'ddi', 'helpline', 'hotline', 'freephone',
)
/** "Bestellung", "n° de commande", "colis n°", "pedido": orders, parcels and invoices in other languages. */
const FOREIGN_ORDER_WORDS: readonly string[] = [
  'bestellung', 'bestellnummer', 'sendung', 'rechnung', 'commande', 'colis', 'facture', 'pedido', 'factura', 'encomenda',
  'fatura', 'ordine', 'fattura', 'bestelling', 'factuur', 'zamówienie', 'zamówienia', 'zamowienie', 'faktura',
]

/**
 * Numbers of a supply point or a device: a meter, an electricity or gas supply point (UK MPAN and MPRN,
 * Australia's NMI, New Zealand's ICP) and a phone's or SIM's hardware (IMEI, MEID, ICCID).
 */
const SUPPLY_AND_DEVICE_WORDS = ['meter', 'mpan', 'mprn', 'nmi', 'icp', 'imei', 'meid', 'iccid']

/**
 * An employee's number named in one word, in the languages of payroll exports and payslips ("ansattnr. 7712",
 * "Medarbejdernr. 3381", "anställningsnummer", "Personalnummer", "personeelsnummer").
 */
export const STAFF_NUMBER_WORDS = set(
  'ansattnr', 'ansattnummer', 'medarbejdernr', 'medarbejdernummer', 'anställningsnummer', 'anstallningsnummer', 'anställningsnr', 'personalnummer', 'personalnr',
  'personeelsnummer', 'werknemersnummer',
)

/** Words that make a bare digit run something other than a phone number. */
export const NOT_PHONE_WORDS = set(
  'account', 'acct', 'routing', 'card', 'social', 'ssn', 'order', 'tracking', 'invoice', 'reference', 'ref',
  'confirmation', 'policy', 'member', 'id', 'transaction', 'serial', 'ticket', 'case', 'claim', 'iban', 'cvv',
  'license', 'licence', 'passport', 'zip', 'postcode', 'pin', 'code', 'version', 'build', 'timestamp',
  'item', 'sku', 'imei', 'serial', 'meeting', 'passcode', 'otp', 'coupon', 'voucher', 'isbn', 'complaint', 'grievance', 'docket', 'matter', 'rma', 'incident', 'request',
  // fines' numbers ("the infringement number is ...", "citation", "PCN")
  'infringement', 'citation', 'penalty', 'violation', 'pcn',
  // a quote's, a freight bill's and a bill of lading's numbers ("quote number q 2535 0347", "PRO #: 612-8480850-8")
  'quote', 'pro', 'lading', 'bol', 'waybill', 'mpan', 'mprn', 'meter',
  // goods' numbers ("the barcode reads 0712345678")
  'barcode', 'upc', 'ean', 'asset', 'batch',
  'npi', 'ein',
  // a vehicle's title, and an auction yard's lot and stock numbers
  'title', 'lot', 'stock', 'vin',
  // the numbers of fines, receipts, bookings and rentals ("the citation number is 78125663")
  'citation', 'receipt', 'agreement', 'docket', 'reservation', 'booking', 'permit', 'rental', 'microchip', 'chip',
  // a pharmacy's numbers ("the prescription number is 4014126")
  'prescription', 'rx', 'refill',
  // loyalty schemes (an account's number, never a phone's) and badges
  'loyalty', 'rewards', 'reward', 'flyer', 'points', 'gift', 'badge', 'employee', 'student', 'patient',
  // a health plan's group number and a cheque's ("the group number is 471529")
  'group', 'cheque',
  // health records and schemes ("NHS number 943 476 5919" is no phone's)
  // (India's hospitals: the UHID, a patient's unique health identifier)
  'mrn', 'nhs', 'medicare', 'medicaid', 'uhid', 'phn', 'ahcip', 'hcn', 'ramq', 'abha', 'nhis', 'nhia', 'nhf', 'jadep', 'philhealth', 'enrollee',
  'cghs', 'esic', 'echs', 'ayushman', 'pmjay', 'insuree', 'ndis', 'dva', 'ndss',
  // national identity numbers ("Aadhaar number 3338 4510 6305")
  'aadhaar', 'aadhar',
  ...SUPPLY_AND_DEVICE_WORDS,
  // property records and payments by cheque ("roll number 2109-180", "folio 2291-04", "cheque 004512")
  // (not "parcel", "lease", "contract": "my parcel hasn't come, call me on ..." is a phone's)
  'roll', 'folio', 'plot', 'deed', 'apn', 'premise', 'premises', 'ejari', 'cheque',
  // a bill's and a police report's numbers
  'statement', 'report', 'model',
  // an order's, a parcel's and an invoice's number in the languages callers write in
  ...FOREIGN_ORDER_WORDS,
)
/** What a parcel's number is called: nearer than any card word, it names the number. */
export const TRACKING_WORDS = set('tracking', 'track', 'parcel', 'package', 'shipment', 'consignment', 'waybill', 'awb')
/** Device and catalogue identifiers that pass the card checksum by design or by chance (an IMEI is Luhn-checked). */
export const NOT_CARD_WORDS = set('imei', 'imeis', 'meid', 'iccid', 'sim', 'isbn', 'sku', 'serial', 'trace', 'arn', ...TRACKING_WORDS)
/** Words that name a number as no card only right before it ("order 4111...", not "Order X payment failed for 4556-..."). */
export const NOT_CARD_NEAR_WORDS = set('item', 'order')
/**
 * The records of courts, police and claims, which name a number as no card a few words before it
 * ("calling case number 6838 6432 4136 0900", "first matter on the list is ...", "log number ..."): such
 * numbers are long and pass the Luhn check one time in ten.
 */
export const RECORD_WORDS = set('case', 'matter', 'docket', 'log', 'incident', 'claim', 'ticket', 'reference', 'ref', 'invoice', 'file', 'crime', 'report')
export const CARD_WORDS = set(
  'card', 'credit', 'debit', 'visa', 'mastercard', 'amex', 'discover', 'jcb', 'diners', 'maestro', 'cc', 'pan',
  // a payment card in Portuguese and Spanish, German, French, Dutch and Polish
  'cartão', 'cartao', 'tarjeta', 'karte', 'kreditkarte', 'carte', 'kaart', 'karta',
  // ... Russian and Ukrainian ("номер карты", "картка")
  'карта', 'карты', 'карту', 'картка', 'картки', 'картку',
)
export const SSN_WORDS = set('ssn', 'ssns', 'social', 'socials', 'security', 'ss', 'ssid', 'sin', 'taxpayer', 'itin', 'tin')
export const IP_WORDS = set(
  'ip', 'ipv4', 'ipv6', 'address', 'connecting', 'router', 'server', 'host', 'gateway', 'vpn', 'login', 'logins', 'signin',
  'sign', 'signins', 'sign-ins', 'modem', 'firewall', 'dns', 'ping', 'subnet', 'proxy',
  'whitelist', 'allowlist', 'blacklist', 'blocklist', 'whitelisted', 'allowlisted', 'blacklisted', 'blocklisted',
)
/** Words right before four dotted numbers that make them a version, not an address ("firmware 10.2.0.1"). */
export const VERSION_WORDS = set(
  'version', 'versions', 'firmware', 'release', 'build', 'v', 'ver', 'patch', 'patched', 'upgrade', 'upgraded', 'update', 'updated', 'downgrade', 'sdk', 'app', 'os', 'ios', 'android', 'driver', 'bios', 'section', 'clause', 'chapter', 'paragraph', 'oid', 'rfc',
  // "reinstall 1.22.7.11 from the mirror", "rollback to 4.2.0.1"
  'install', 'installed', 'reinstall', 'reinstalled', 'rollback', 'downgraded',
  // a document's numbered parts ("Article 12.4.1.2", "appendix 3.1.2.4"; "sec." and "§" are read from the text)
  'article', 'appendix', 'annex', 'subsection',
)
/**
 * Schemes whose cards carry their holder's own number, no payment card's: construction trades' and site-safety cards
 * (CSCS, CPCS, CISRS, NPORS, IPAF, PASMA, ECS, JIB, SSSTS, SMSTS, Spain's TPC), railcards and transit fare cards
 * (Oyster, Opal, myki, Clipper, Ventra, Octopus, Navigo, SmarTrip, ORCA). Not words English uses for other things.
 */
export const OTHER_CARD_SCHEMES: ReadonlySet<string> = new Set([
  'cscs', 'cpcs', 'cisrs', 'npors', 'ipaf', 'pasma', 'ecs', 'jib', 'sssts', 'smsts', 'tpc',
  'railcard', 'oyster', 'opal', 'myki', 'clipper', 'ventra', 'octopus', 'navigo', 'smartrip', 'orca',
])
/** Words of paying by card: a card named with them is a payment card ("the debit card number", "card you paid with"). */
export const PAYMENT_CARD_WORDS = set(
  'credit', 'debit', 'visa', 'mastercard', 'amex', 'discover', 'payment', 'pay', 'paid', 'paying', 'charge', 'charged', 'bank', 'expiry',
  'expiration', 'cvv', 'cvc', 'security', 'gift', 'prepaid', 'sim',
)
/**
 * What names the number right after it as a card's, in `before` (nearest first, past "is" and the number's own name):
 * a scheme of `OTHER_CARD_SCHEMES` ("CSCS card no:", "her IPAF is", "NPORS card:"), a card no word of paying qualifies
 * ("card no", "the card number is"; not "debit card number"), or nothing.
 */
export function cardNamedBefore(before: readonly string[]): 'scheme' | 'card' | null {
  let k = 0
  while (k < 2 && CARD_COPULAS.has(before[k] ?? '')) k++
  if (CARD_NUMBER_NAMES.has(before[k] ?? '')) k++
  const card = before[k] === 'card' || before[k] === 'cards'
  if (OTHER_CARD_SCHEMES.has(before[card ? k + 1 : k] ?? '')) return 'scheme'
  return card && !PAYMENT_CARD_WORDS.has(before[k + 1] ?? '') ? 'card' : null
}
const CARD_NUMBER_NAMES = set('number', 'no', 'num', 'id', '#', 'serial')
const CARD_COPULAS = set('is', "it's", 'it’s', 'its', 'was')
export const ACCOUNT_WORDS = set(
  'account', 'acct', 'acc', 'checking', 'savings', 'routing', 'aba', 'member', 'membership', 'policy', 'pol', 'customer', 'bank',
  'banking', 'deposit', 'wire', 'sort',
  // a rented home's resident (property managers' resident and tenant codes: "Resident ID: t0462190"), and a council's or a
  // housing association's tenancy ("my tenancy number is KO 2291 8730", "your tenancy reference? TEN-0052209")
  'resident', 'tenant', 'tenancy',
  // a school's student number ("my student id is a oh oh four ...", "SID U31840277"); a library's borrower ("borrower
  // barcode 21447002318896", "my library card number is ...")
  'student', 'sid', 'borrower', 'library',
  // Mexico's CLABE, Australia's BSB, Canada's transit and institution numbers; "account" in the languages callers switch to most
  'clabe', 'cci', 'bsb', 'transit', 'institution', 'clearing', 'clearingnummer', 'clearingnr', 'cuenta', 'conta', 'konto', 'kontonummer', 'kontonr', 'bankkonto', 'compte', 'conto', 'rekening', 'rekeningnummer', 'rachunek', 'rachunku',
  // ... in Turkish and Greek ("hesap numaram", "αριθμός λογαριασμού")
  'hesap', 'hesabım', 'hesabim', 'hesabı', 'hesabi', 'λογαριασμός', 'λογαριασμού', 'λογαριασμος', 'λογαριασμου',
  // ... in Russian and Ukrainian ("номер счёта", "лицевой счёт", "рахунок", "особовий рахунок", "договор")
  'счёт', 'счет', 'счёта', 'счета', 'лицевой', 'рахунок', 'рахунку', 'особовий', 'абонент', 'абонента', 'клиента', 'клієнта', 'договора', 'договору',
  // membership schemes: AssemblyAI's account_number is "customer account or membership identification number"
  'loyalty', 'rewards', 'reward', 'flyer', 'flier', 'supporter', 'donor', 'loan', 'mortgage', 'cust',
  // a finance agreement's number (car finance, hire purchase: "agreement number VF-400118723"), and insurance
  // policy numbers named in Swedish and Danish/Norwegian
  'agreement', 'försäkringsnummer', 'forsikringsnummer',
  // airlines' mileage schemes ("Mabuhay Miles 100482273651", "SkyMiles number", "Avios membership")
  'miles', 'skymiles', 'mileageplus', 'aadvantage', 'avios', 'mileage', 'aeroplan', 'trueblue', 'krisflyer', 'asiamiles', 'skypass',
  // hotels' schemes, and the chains whose scheme callers name by the chain ("my Hyatt number is 329925317T", "Bonvoy # 7597")
  'bonvoy', 'hhonors', 'ihg', 'hyatt', 'marriott', 'hilton', 'wyndham',
  // ... and airlines' and hotels' clubs and schemes by their own names ("Executive Club number", "Skywards EK 417 ...",
  // "EuroBonus", "Hilton Honors 1048 ...")
  'club', 'skywards', 'eurobonus', 'honors', 'honours',
  // an employee's badge is their staff number ("badge BDG-00731"), and so is their employee ID ("employee ID E296122",
  // "número de empleado EMP-154574")
  'badge', 'employee', 'empleado', 'emp',
  // a research or survey panel's members ("panelist ID P-3319720")
  'panelist', 'panellist',
  // a gym's or a building's key fob, issued to one member ("Fob K1168554 marked lost"); an airline record's frequent
  // flyer line ("FF BA 71712584", "(FF 93889528)")
  'fob', 'ff',
  // a drug maker's copay card, issued to one patient ("copay card ID 60091834472")
  'copay',
  // a platform's user ID in logs and exports ("uid=51532574850")
  'uid',
  // marketplaces' and delivery apps' own numbers for the people who sell, shop, ride and deliver on them ("Dasher ID:
  // DX-40918273", "shopper ID 8841907", "my seller ID is A2T9QX8MBV1L4K"); not a merchant's or a vendor's, a firm's
  'seller', 'shopper', 'dasher', 'courier', 'rider', 'tasker', 'freelancer',
  // a bookmaker's, a casino's or a game's player, and an operator's affiliate ("player SR-2270418", "player_id LH-301774",
  // "your affiliate ID 44817")
  'player', 'affiliate',
  // trusted-traveller schemes: a known traveller's, a redress and a NEXUS number ("KTN: TT8K4P29Q", "NEXUS number")
  // (not "traveller" alone: "Traveller: AB1234567 (UK passport)" labels whose passport it is)
  'ktn', 'redress', 'nexus', 'passid',
  // a firm's client, as its customer ("client number CL-36664"); customers, contracts and policies in the
  // languages callers switch to ("Cliente C-03077624", "Vertragsnummer K-36839002", "poliza POL-0015-3752")
  'client', 'cliente', 'kunde', 'kundennummer', 'vertrag', 'vertragsnummer', 'contract', 'contrato', 'contrat', 'poliza', 'póliza',
  'apolice', 'apólice', 'socio', 'polizza',
  // German customers' and members' numbers as letters and forms shorten them ("Kundennr. KD-3380214", "Kundenkonto
  // 1.09.55.774.2", "Mitgliedsnummer", the broadcasting fee's "Beitragsnummer")
  'kundennr', 'kundenkonto', 'mitgliedsnummer', 'mitgliedsnr', 'beitragsnummer',
  // French: a login's identifier, a benefits office's claimant, a mutual's or a club's member, a subscriber
  // ("identifiant fbx48213377", "mon numéro d'allocataire c'est le ...", "n° adhérent")
  'identifiant', 'allocataire', 'adhérent', 'adherent', 'sociétaire', 'societaire', 'abonné', 'abonne',
  // a co-operative's patrons and growers, its members ("Our patron number is 118840", "grower no: GC0418877")
  'patron', 'grower',
  // Dutch and Polish customers and policies ("klantnummer 30018827", "polisnummer 40.118.227", "nr polisy PZ-2210-88143")
  'klant', 'klantnummer', 'polis', 'polisnummer', 'polisy', 'polisa', 'klienta',
  // ... and as Dutch insurers and utilities shorten and name them ("klantnr 2003847165", "relatienummer", "lidnummer")
  'klantnr', 'relatienummer', 'lidnummer', 'lidnr',
  // health plans: a subscriber's or an insured person's number ("subscriber ID W318714430", "insurance number C904019163")
  'subscriber', 'insurance',
  // a utility's customer, as India's electricity boards call one ("Consumer No: 516118513"); a benefits
  // agency's customer reference number (Centrelink's "CRN 169665506H", "your Centrelink reference is 414 770 921T", a
  // pension concession card's number, the same one: "Concession 207 441 863X") and claimant id
  'consumer', 'crn', 'claimant', 'centrelink', 'concession',
  // an employer's (HR's "EE" for employee), a school's or a pension scheme's number for one person ("employee ID E-204518", "EE# EMP-479601",
  // "student number 2023118745", "payroll no. PAY-338120"): the person's identification number there
  'employee', 'ee', 'eid', 'staff', 'personnel', 'payroll', 'student', 'pupil', 'enrolment', 'enrollment', 'matriculation', 'matric', 'pension',
  // ... a care agency's for its carers ("your caregiver ID, VA-20417"), a ship's or an airline's for its crew ("crew number
  // CR-80916"; not a courier's, named with parcels' numbers as often as with a courier's own)
  'caregiver', 'carer', 'crew',
  // ... an employee's number in the languages of the payslips callers read from (`STAFF_NUMBER_WORDS`)
  ...STAFF_NUMBER_WORDS,
  // a prison's or an immigration centre's number for the person held ("inmate 1598827", "his prisoner number is A2291FT",
  // "offender ID", "detainee CID 8817204", California's and Texas's prison numbers)
  'inmate', 'prisoner', 'offender', 'detainee', 'cdcr', 'tdcj',
  // ... a university's student number in the languages students switch to ("Matrikelnummer 4217730", "matricola 892417")
  'matrikelnummer', 'matrikel', 'matricola', 'matrícula', 'matricula',
  // an applicant's number, and the UK admissions service's personal ID ("UCAS ID 164 902 3378")
  'applicant', 'ucas',
  // a pet's microchip, which a registry ties to its keeper ("Microchip: 982 202034 444978"); a US student's SEVIS ID
  // and Common App ID ("SEVIS N0006564970", "my CAID is 35923636")
  'microchip', 'chip', 'sevis', 'caid',
  // India's provident fund member (the Universal Account Number, "UAN: 100934857261") and a pensioner's payment order ("PPO
  // No. TNMAS00045312")
  'uan', 'ppo',
)
/** Keys' last words that say a value identifies what the words before it name ("user_id", "member_no"). */
const KEY_ID_WORDS: ReadonlySet<string> = new Set(['id', 'no', 'num', 'number', 'nr'])

/** A key of words joined by "_" that names an account's number: "uid" at its end, or an account word (or "user") and its "id". */
function joinedAccountKey(key: string): boolean {
  const parts = key.split('_').filter((p) => p !== '')
  const last = parts[parts.length - 1] ?? ''
  if (last === 'uid') return true
  const head = parts.slice(0, -1)
  return KEY_ID_WORDS.has(last) && head.some((p) => ACCOUNT_WORDS.has(p) || p === 'user' || p === 'panel')
}

/** Words before "policy" that make it a firm's rule, not an insurance policy ("per policy", "our refund policy"). */
const RULE_POLICY_BEFORE: ReadonlySet<string> = new Set(['per', 'our', 'company', 'privacy', 'return', 'returns', 'refund', 'cancellation', 'store', 'bank', 'fee', 'late'])

/**
 * `before[i]` (words nearest first) names an account, a membership or an insurance policy: an account
 * word, not a firm's rule ("$35 fee applied per policy. Reference 56787-6073").
 */
/** What the agency's customer number is called after "Centrelink". */
const CENTRELINK_NUMBER_NAMES: ReadonlySet<string> = new Set(['reference', 'ref', 'number', 'no', 'crn', 'customer'])

export function accountWordIn(before: readonly string[], i: number): boolean {
  const w = before[i] ?? ''
  // a record's key with its words joined by "_" ("user_id=43003053869", "target_uid", "member_no")
  if (w.includes('_')) return joinedAccountKey(w)
  // ("my user id is 80821149": an app's user ID is the customer's account with it; "user" alone names no number)
  if (w === 'user') return before[i - 1] === 'id' || before[i - 1] === 'number'
  // ("panel ID ZA-PNL-553018", "my panel number is ...": a research panel's member; "panel 4" alone is a board's or a roof's)
  if (w === 'panel') return before[i - 1] === 'id' || before[i - 1] === 'number' || before[i - 1] === 'no'
  // ("your Centrelink reference is ...": the agency's name before its customer's number's name; "Centrelink call centre:
  // 132 850" is its line)
  if (w === 'centrelink') return CENTRELINK_NUMBER_NAMES.has(before[i - 1] ?? '')
  return ACCOUNT_WORDS.has(w) && !(w === 'policy' && RULE_POLICY_BEFORE.has(before[i + 1] ?? ''))
}

/**
 * Names of numbers that are no account's ("wire reference FT4003345904", "the claim number"): nearer
 * than an account word, they name the number ("account reference" stays an account's).
 */

/**
 * Identity schemes' names that a national mobile's shape can hide behind ("CPR-nr: 041298-4706" is a Dane's CPR, not an
 * Australian mobile). Narrower than the national-id detector's scheme words on purpose: those include everyday words
 * ("social", "resident", "civil", "ic") that stand before a phone number as often as before an identity number.
 */
export const IDENTITY_SCHEME_WORDS = set(
  'cpr', 'personnummer', 'fnr', 'fødselsnummer', 'fodselsnummer', 'bsn', 'pesel', 'dni', 'nie', 'cpf', 'rut', 'cuil', 'cuit', 'cedula', 'cédula',
  'nin', 'nino', 'ssn', 'tfn', 'pps', 'ppsn', 'aadhaar', 'nric', 'mykad', 'nik', 'henkilötunnus', 'hetu', 'kennitala', 'utr',
)

export const OTHER_NUMBER_WORDS = set(
  'reference', 'ref', 'confirmation', 'tracking', 'order', 'invoice', 'ticket', 'case', 'claim', 'transaction', 'receipt',
  'booking', 'reservation', 'serial', 'citation', 'prescription', 'rx', 'incident', 'statement', 'report', 'model', 'build',
  // a complaint's or a service request's number is the firm's record ("Your complaint number is 2025283910")
  'complaint', 'grievance', 'docket', 'rma', 'dispute', 'chargeback', 'request',
  // a payment's own numbers: an ACH entry's trace number, a wire's IMAD and OMAD, a card dispute's ARN
  'trace', 'imad', 'omad', 'arn',
  // a help centre's article ("check our help article ... (article 360041)"); a toll or parking authority's notice
  // ("violation notice number 5028556028", a UK penalty charge notice's "PCN")
  'article', 'notice', 'pcn',
  // a secret that guards an account is no number of it ("the account number is ... and the pin is 217859")
  'pin', 'passcode',
  // a health plan's group (the employer's, not the member's: "Member ID W787701736, group 4800356-01")
  'group',
  // a provider's public identifier and an employer's tax number ("Ordering provider NPI 2567713625")
  'npi', 'ein',
  // a vehicle's title and its stock or lot number at an auction yard ("the title number is 46313313520")
  'title', 'lot', 'stock',
  'version', 'firmware', 'patch', 'po', 'ip', ...FOREIGN_ORDER_WORDS,
  // a meter's numbers ("MPAN: S 92 665 ...", "MPRN 1234567890", "meter serial 89E1185847")
  'mpan', 'mprn', 'meter',
  // parking and traffic fines ("the infringement number is ...", "penalty charge notice PCN ...")
  'infringement', 'penalty', 'violation', 'pcn',
  // a run's or a batch's number is the process's, not the person's ("payroll run PR-2024-11")
  'run', 'batch', 'cycle',
  // an app's error and a health plan's prior authorisation ("Error 480-68-4430", "the authorization number is p a 202 ...")
  'error', 'authorization', 'authorisation',
  // a supply point's and a device's numbers ("MPAN: 1485521757050", "the meter number is ...", "imei ...")
  ...SUPPLY_AND_DEVICE_WORDS,
)

/** Account words that own the number named after them ("account reference", "customer reference"). */
const NUMBER_OWNERS = set('account', 'acct', 'acc', 'customer', 'member', 'membership', 'policy', 'tenancy',
  // a loan's or a mortgage's reference is its account's ("the loan reference is LN 5520 118734")
  'loan', 'mortgage',
  // a benefits agency's customer reference ("your Centrelink reference is 414 770 921T")
  'centrelink')

/** An account word at `accountAt` (nearest first) is further away than a word naming another kind of number. */
export function namedOtherwise(before: readonly string[], accountAt: number): boolean {
  for (let k = 0; k < accountAt; k++) if (OTHER_NUMBER_WORDS.has(before[k] ?? '') && !NUMBER_OWNERS.has(before[k + 1] ?? '') && locativeLength(before, k, true) === 0) return true
  // ("the rental agreement number is 994868377", "tenancy agreement": a transaction's or a contract's reference)
  if (before[accountAt] === 'agreement' && NON_FINANCE_AGREEMENTS.has(before[accountAt + 1] ?? '')) return true
  return false
}

/** Agreements whose numbers reference a rental, a tenancy or a contract, not a finance account. */
const NON_FINANCE_AGREEMENTS = set('rental', 'rent', 'tenancy', 'lease', 'service', 'services', 'licence', 'license', 'user', 'framework', 'sale', 'sales', 'nda', 'confidentiality', 'settlement', 'employment', 'partnership')

// (and what the number is for: "the account number for the refund is ...")
const LOCATIVE_PREPOSITIONS = set('on', 'in', 'from', 'off', 'for')
const LOCATIVE_DETERMINERS = set('the', 'your', 'my', 'our', 'his', 'her', 'their', 'this', 'that')

/**
 * When word k of the words before a number (nearest first) ends a phrase saying where the number is
 * found ("the member ID on the card is ...", "the policy number on file is ...") or what it is for ("the
 * account number for the refund is ..."), the phrase's
 * length in words (2 or 3); else 0. Such a noun locates the number, it does not name it.
 */
export function locativeLength(before: readonly string[], k: number, afterIt = false): number {
  const length = LOCATIVE_PREPOSITIONS.has(before[k + 1] ?? '') ? 2 : LOCATIVE_DETERMINERS.has(before[k + 1] ?? '') && LOCATIVE_PREPOSITIONS.has(before[k + 2] ?? '') ? 3 : withParty(before, k)
  if (length === 0) return 0
  // only with a verb between it and the number: in "a claim on policy PA2591" the policy names it
  const verbs = afterIt ? LOCATIVE_VERBS_AFTER_IT : LOCATIVE_VERBS
  for (let i = 0; i < k; i++) if (verbs.has(before[i] ?? '')) return length
  return 0
}
const LOCATIVE_VERBS = set('is', 'was', 'are', 'reads', 'says', 'shows')
/** ... and "it's" (read as "it": context words lose a possessive's 's), for a phrase between the account's word and its number. */
const LOCATIVE_VERBS_AFTER_IT = set('is', 'was', 'are', 'reads', 'says', 'shows', 'it', 'its')

/**
 * "my customer number with you guys is ...", "my policy number with AXA is ...", "with your online pharmacy is
 * ...": the firm that holds it, after "with" (2 to 4 words), else 0.
 */
function withParty(before: readonly string[], k: number): number {
  if (before[k + 1] === 'with') return 2
  if (before[k] === 'guys' && before[k + 1] === 'you' && before[k + 2] === 'with') return 3
  if (LOCATIVE_DETERMINERS.has(before[k + 1] ?? '') && before[k + 2] === 'with') return 3
  return LOCATIVE_DETERMINERS.has(before[k + 2] ?? '') && before[k + 3] === 'with' ? 4 : 0
}
export const BANK_WORDS = set('checking', 'savings', 'routing', 'aba', 'bank', 'banking', 'deposit', 'wire', 'sort', 'clabe', 'cci', 'bsb', 'transit', 'institution', 'clearing', 'clearingnummer', 'clearingnr')
export const ROUTING_WORDS = set('routing', 'aba', 'transit')
/** Sounds a speaker makes between words ("547 812 093, uh, British passport", "thabo nkosi and um nkosi"). */
export const HESITATIONS: ReadonlySet<string> = new Set(['uh', 'um', 'er', 'erm', 'ah', 'uhm', 'umm', 'uhh', 'hmm', 'mm'])
export const CVV_WORDS = set('cvv', 'cvc', 'cvv2', 'cvc2', 'cid', 'csc', 'cryptogramme')
export const CVV_CODE_WORDS = set('security', 'verification', 'back', 'digit')
export const EXPIRY_WORDS = set(
  'exp', 'expires', 'expiry', 'expiration', 'expiring', 'expire', 'expired', 'valid', 'thru', 'through', 'until',
  // ... in the languages callers switch to (Portuguese "validade"/"val", Spanish "vencimiento", Italian "scadenza", German "gültig bis")
  'validade', 'val', 'vencimento', 'venc', 'vencimiento', 'caducidad', 'scadenza', 'ablaufdatum', 'gültig', 'expira',
)
/** Expiry words that say so of a card's date; "valid", "through", "until" and "thru" say when anything ends ("val" is a value's abbreviation too). */
export const STRONG_EXPIRY_WORDS: ReadonlySet<string> = new Set([...EXPIRY_WORDS].filter((w) => w !== 'valid' && w !== 'through' && w !== 'until' && w !== 'thru' && w !== 'val'))
/** Things other than a card that expire, named before the date ("lot", "passport", "warranty", "policy"). */
export const OTHER_EXPIRY_OWNERS = set(
  'lot', 'batch', 'ndc', 'medication', 'medicine', 'vaccine', 'prescription', 'rx', 'passport', 'licence', 'license', 'permit',
  'warranty', 'subscription', 'contract', 'lease', 'domain', 'certificate', 'cert', 'coupon', 'voucher', 'promo', 'offer', 'policy', 'insurance', 'registration', 'tag',
  'trial', 'membership', 'password', 'link', 'token', 'session', 'quote', 'reservation', 'booking', 'plan',
  // goods on a shelf ("the stock expires end of March 2026", "expiry date on the box is 03/2026")
  'stock', 'box', 'pack', 'packet', 'bottle', 'carton', 'tablets', 'inhaler', 'product', 'food',
  // work and travel documents ("EAD expires 09/30", "the green card expires ..." has a card word and stays ambiguous), awards and points
  'ead', 'i-94', 'i94', 'esta', 'award', 'awards', 'points', 'miles', 'certificates', 'night', 'dl', 'id',
)
export const DOB_WORDS = set(
  'born', 'birth', 'dob', 'birthday', 'birthdate', 'bday', 'b-day',
  // asked for several people at once ("What are the girls' names and birthdays?")
  'birthdays', 'birthdates', 'dobs',
  // "data urodzenia", "geb.", "Geburtsdatum", "date de naissance", "fecha de nacimiento", "data de nascimento", "geboortedatum"
  'urodzenia', 'urodzony', 'urodzona', 'urodziłam', 'urodziłem', 'urodził', 'urodziła', 'urodzin', 'geb', 'geboren', 'geburtsdatum', 'naissance', 'nacimiento', 'nacido', 'nacida',
  // Spanish "I was born", "she was born" ("nací el primero de mayo de ...")
  'nací', 'naci', 'nació', 'nacio',
  'nascimento', 'nascido', 'nascida', 'nascita', 'geboortedatum',
  // Italian and Portuguese "born" ("è nata il nove maggio ...", "ela nasceu em ...")
  'nato', 'nata', 'nasceu', 'nasci',
  // Hindi's "janam tithi", Tagalog's "kapanganakan", Spanish's "fecha de nac."
  'janam', 'kapanganakan', 'nac',
  // ... and as Indian languages' speakers write it in Latin letters ("janmatarikh", "janm tithi", Bengali "jonmo")
  'janmatarikh', 'janmtarikh', 'janm', 'janma', 'jonmo', 'janmotarikh',
  // Malay's "tarikh lahir", Swedish "födelsedatum", Danish and Norwegian "fødselsdato", Finnish "syntymäaika"
  'lahir', 'födelsedatum', 'fodelsedatum', 'fødselsdato', 'syntymäaika',
  // "born" in French ("née le 12/05/1988", "Né(e) le"), Vietnamese ("ngày sinh"), Turkish ("doğum tarihi"),
  // Swedish, Norwegian and Finnish
  'née', 'né', 'sinh', 'doğum', 'dogum', 'född', 'født', 'syntynyt',
  // ... and Greek ("ημερομηνία γέννησης", "Ημ. Γέννησης", "γεννήθηκα")
  'γέννησης', 'γεννησης', 'γεννήθηκα', 'γεννηθηκα', 'γεννήθηκε', 'γεννηθηκε',
  // ... and Russian and Ukrainian ("дата рождения", "родился", "д.р.", "дата народження", "народилася")
  'рождения', 'родился', 'родилась', 'народження', 'народився', 'народилася', 'народилась',
  // Romanian ("data nașterii", "născut la"), Czech and Slovak ("datum narození", "dátum narodenia"), Hungarian
  // ("születési dátum"), the Balkans' ("datum rođenja", "datum rojstva"), the Baltics' ("gimimo data", "dzimšanas datums",
  // "sünniaeg")
  'nașterii', 'naşterii', 'nasterii', 'născut', 'născută', 'narození', 'narozen', 'narozena', 'narodenia', 'narodený', 'narodená',
  'születési', 'született', 'rođenja', 'rodjenja', 'rojstva', 'rođen', 'rođena', 'gimimo', 'dzimšanas', 'sünniaeg', 'sünnikuupäev',
)
/**
 * Words after a birth word that make it part of another noun or phrase: "the store's birthday sale",
 * "a birthday card", "I was born ready", "born out of a typo".
 */
const BIRTHDAY_NOUNS = set(
  'sale', 'sales', 'party', 'parties', 'card', 'cards', 'gift', 'gifts', 'present', 'presents', 'cake', 'discount',
  'offer', 'offers', 'special', 'specials', 'deal', 'deals', 'promo', 'promotion', 'bonus', 'voucher', 'coupon', 'reward',
  'rewards', 'treat', 'dinner', 'lunch', 'celebration', 'month', 'week', 'weekend', 'club', 'surprise', 'wishes', 'message',
)
const NOT_BIRTH_AFTER: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['birthday', BIRTHDAY_NOUNS],
  ['bday', BIRTHDAY_NOUNS],
  ['b-day', BIRTHDAY_NOUNS],
  ['born', set('ready', 'out', 'leader', 'leaders', 'again', 'free', 'lucky', 'that')],
])

/**
 * A birth word among `words` that is not part of another phrase ("birthday sale", "born ready").
 * `nearestFirst`: the words before a value, nearest first (the word after `words[k]` is `words[k - 1]`);
 * else the words after it, in order.
 */
export function birthCue(words: readonly string[], nearestFirst = true): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k] ?? ''
    if (!DOB_WORDS.has(w)) continue
    const next = nearestFirst ? words[k - 1] : words[k + 1]
    if (next !== undefined && NOT_BIRTH_AFTER.get(w)?.has(next) === true) continue
    // "my dog Buddy was born on ...", "our cat's birthday is ...": an animal's birth, not a person's
    if (nearestFirst && words.slice(k + 1, k + 1 + ANIMAL_REACH).some(isAnimalWord)) continue
    return true
  }
  return false
}

/** How far before a birth word an animal noun makes it the animal's birth ("my cat molly was born"). */
const ANIMAL_REACH = 4
const isAnimalWord = (w: string): boolean => ANIMAL_WORDS.has(w.replace(/'s$/, ''))
/**
 * An animal noun among the few words (in text order) before `words[k]`, after the last owner among them
 * ("my dog's name, and my DOB is ...": the owner right before the birth word is a person).
 */
function animalBefore(words: readonly string[], k: number): boolean {
  let from = Math.max(0, k - ANIMAL_REACH)
  for (let j = k - 1; j >= from; j--) {
    if (BIRTH_OWNERS.has(words[j] as string)) {
      from = j + 1
      break
    }
  }
  return words.slice(from, k).some(isAnimalWord)
}
const BIRTH_OWNERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'their', 'our'])
/** Animals people name and talk about as they do people ("my dog Max", "our cocker spaniel"). */
export const ANIMAL_WORDS = set(
  'dog', 'dogs', 'cat', 'cats', 'puppy', 'pup', 'kitten', 'kitty', 'pet', 'horse', 'pony', 'parrot', 'bird', 'rabbit',
  'bunny', 'hamster', 'ferret', 'tortoise', 'turtle', 'goldfish', 'lizard', 'gecko', 'snake', 'budgie', 'mare', 'stallion',
  'foal', 'calf', 'labrador', 'retriever', 'spaniel', 'terrier', 'poodle', 'beagle', 'collie', 'bulldog', 'dachshund',
  'husky', 'greyhound', 'whippet', 'chihuahua', 'pug', 'cockapoo', 'labradoodle', 'tabby',
  'alsatian', 'rottweiler', 'schnauzer', 'cavapoo', 'cavachon', 'corgi', 'doberman', 'pomeranian', 'staffie', 'staffy', 'vizsla',
  'weimaraner', 'sheepdog', 'springer', 'cocker', 'bichon', 'shih', 'maltipoo', 'groodle', 'kelpie', 'heeler', 'ragdoll', 'siamese',
  'moggy', 'gelding', 'filly', 'guinea', 'cockatiel', 'canary', 'axolotl',
)
/** Labels of other dates ("Start date: 10/30/2024", "visit_date=", "renewal 18 June 2024"): nearer than a birth word, they name the date. */
export const OTHER_DATE_WORDS = set(
  'start', 'visit', 'service', 'dos', 'ends', 'ended', 'renewal', 'renews', 'effective', 'signup', 'hire', 'hired', 'issued', 'expiry', 'expires', 'expiration',
  'due', 'closed', 'delivery', 'appointment', 'admission', 'admitted', 'discharge', 'discharged', 'deadline', 'created',
  'registered', 'enrolled', 'terminated', 'termination', 'cancelled', 'canceled', 'since', 'until',
  'incident', 'accident', 'happened', 'occurred', 'dated', 'married', 'marriage', 'loss',
  // a trip's dates ("Pickup at LAX Oct 3", "check-in June 5")
  'pickup', 'dropoff', 'checkin', 'checkout', 'arrival', 'arriving', 'departure', 'departing', 'departs', 'stay', 'return',
  // a death, a payment promised, a hand-over, a hearing, a sale ("died 21 October 2023", "promise to pay $350 on
  // 25/10/2025", "keys to be released on 14 Mar 2024", "hearing on ...")
  'died', 'death', 'deceased', 'dod', 'pay', 'paid', 'payment', 'promise', 'promised', 'released', 'release', 'moved',
  'movein', 'hearing', 'trial', 'filed', 'signed', 'interview', 'closing', 'sold', 'shipped', 'posted', 'available',
  'starts', 'started', 'starting', 'begins', 'ended',
  // a journey's and a stay's dates ("Arrival: 12/11/2025   Departure: 14/11/2025", "checkout", "outbound"; not
  // "travel" or "flight", which name what a birth date is asked for: "date of birth for the travel insurance")
  'arrival', 'arrive', 'arrives', 'arriving', 'departure', 'depart', 'departs', 'departing', 'checkin', 'checkout',
  'outbound', 'sailing', 'embarkation',
  // the same labels in the languages of the birth words above
  'wizyta', 'termin', 'kündigung', 'kuendigung', 'fällig', 'gültig', 'rendez', 'échéance', 'prélèvement', 'cita',
  'vencimiento', 'consulta', 'entrega', 'validade', 'scadenza', 'vervaldatum',
)

/**
 * The label nearest before a date on its own line names another date ("Start date: 10/30/2024",
 * "visit_date=2024-03-18", "renewal 18 June 2024"), not a birth. Words of earlier lines do not count:
 * a CSV row is labelled by its header, whatever the header's order.
 */
export function otherDateLabelled(lineBefore: readonly string[]): boolean {
  for (let k = 0; k < lineBefore.length; k++) {
    const w = lineBefore[k] as string
    if (DOB_WORDS.has(w)) return false
    // ("date of birth for the deceased, it's ...": "the deceased" is a person, not a death's date)
    if (w === 'deceased' && (lineBefore[k + 1] === 'the' || lineBefore[k + 1] === 'our')) continue
    if (OTHER_DATE_WORDS.has(w)) return true
  }
  return false
}
export const DRIVERS_LICENSE_WORDS = set(
  'driver', 'drivers', 'driver’s', 'license', 'licence', 'dl', 'dln', 'driving',
  // a commercial driver's licence (US, Canada: trucks and buses)
  'cdl',
  // the licence in the languages callers switch to (Italian, German, Dutch, Swedish, French)
  'patente', 'führerschein', 'fuehrerschein', 'rijbewijs', 'körkort', 'korkort', 'permis',
  // ... Spanish, Portuguese and Brazil's CNH, and the compound "licence number" words
  'licencia', 'carnet', 'cnh', 'habilitação', 'habilitacao', 'führerscheinnummer', 'rijbewijsnummer',
  // ... and Russian and Ukrainian ("водительское удостоверение", "права", "посвідчення водія")
  'водительское', 'водительского', 'удостоверение', 'права', 'посвідчення', 'водія',
)
export const PASSPORT_WORDS = set(
  // ("Passports M19424982 and M81917206": a family's, listed)
  'passport', 'passports',
  // the same in the languages callers switch to (German, French, Spanish, Italian, Polish, Dutch, Portuguese, Swedish)
  'reisepass', 'passnummer', 'passeport', 'pasaporte', 'passaporto', 'paszport', 'paszportu', 'paspoort', 'paspoortnummer', 'passaporte', 'passet', 'pașaport', 'pașaportul', 'paşaport', 'paşaportul', 'pasaport', 'pasaportul',
  // a seafarer's identity and travel documents: India's continuous discharge certificate and INDoS number, a seaman's
  // book (Indonesia's "buku pelaut"), the Philippines' SIRB ("CDC MUM 301884", "seaman's book AB 562019")
  'cdc', 'indos', 'seaman', "seaman's", 'seamans', 'seafarer', "seafarer's", 'pelaut', 'sirb',
  // Germany's identity card, a travel document in the Schengen area as a passport is
  'personalausweis', 'personalausweisnummer', 'ausweisnummer',
  // ... Turkish and Greek ("pasaport numaram", "Αρ. Διαβατηρίου")
  'pasaportum', 'pasaportu', 'pasaportumun', 'διαβατήριο', 'διαβατηρίου', 'διαβατηριο', 'διαβατηριου',
  // ... Russian and Ukrainian ("паспорт", "загранпаспорт", "серия и номер паспорта")
  'паспорт', 'паспорта', 'паспорту', 'загранпаспорт', 'загранпаспорта', 'закордонний', 'закордонного',
)
/** "blood", and "blood group" in the languages callers switch to ("Blutgruppe", "grupa krwi", "groupe sanguin"). */
export const BLOOD_WORDS = set('blood', 'blutgruppe', 'krwi', 'sanguin', 'sanguine', 'sanguíneo', 'sanguineo', 'sanguigno', 'bloedgroep', 'blodgrupp', 'blodtype')

/** How far back a birth question still names the date answered after it (a few short turns of a call). */
const ASKED_REACH_CHARS = 260
const ASKED_REACH_WORDS = 30
const YEAR_IN_TEXT = /(?:^|[^0-9])(?:19|20)\d\d(?![0-9])/

/**
 * A date of birth asked for earlier in the passage and answered by this date: "Could you confirm your
 * date of birth? Um, it's a new one, hold on. Yeah, 6/9/1994." A birth word within the last few
 * sentences, with no other date (a year, a month word) and no other date's label between it and
 * `start`: the first full date after the question is its answer. Only for dates with a year.
 */
/** Who holds an identification number asked for ("member ID", "patient number", "policy number"). */
const ID_HOLDER_WORDS: ReadonlySet<string> = new Set([
  'member', 'membership', 'patient', 'policy', 'account', 'customer', 'subscriber', 'policyholder',
  // a scheme's member, a school's, an employer's, a landlord's ("your rewards number?", "your student ID?")
  'loyalty', 'rewards', 'reward', 'miles', 'flyer', 'flier', 'club', 'student', 'employee', 'client', 'tenant', 'resident',
  'player', 'affiliate',
])
/** What such a number is called right after its holder's word. */
const ID_NOUNS: ReadonlySet<string> = new Set(['id', 'number', 'no', 'num', 'i'])
/** A turn's speaker label at the start of a segment ("Speaker A:", "Customer:"). */
const TURN_LABEL_START = /^\s*(?:\[[^\]\n]{3,32}\]\s*)?[A-Za-z][\w .'-]{0,30}:/
/** The answer to a question may open with at most this many words before the number ("uh, I have it here, it's ..."). */
const ANSWER_LEAD_WORDS = 12

/** A role's label opening a turn inside a line ("... the licence number customer: uh ..."): the space before it. */
const INLINE_TURN_LABEL = /\s(?:agent|customer|caller|client|rep|operator|advisor|adviser|speaker \w{1,2}|patient|member)\s?:/gi

/** Where the last inline turn label of `tail` starts (the space before it), or -1. */
function lastInlineTurnLabel(tail: string): number {
  let at = -1
  INLINE_TURN_LABEL.lastIndex = 0
  for (let m = INLINE_TURN_LABEL.exec(tail); m !== null; m = INLINE_TURN_LABEL.exec(tail)) at = m.index
  return at
}

/** What kind of number a question asked for (`numberAskedBefore`). */
export type AskedNumber = 'account' | 'account-last-four' | 'card-last-four' | 'card-number' | 'phone' | 'phone-last-four' | 'health' | 'ssn-last-four' | 'passport' | 'licence' | 'licence-last-four' | 'cvv'

/** Health schemes whose number a question may ask for ("And your NHS number, if you have it?"). */
const ASKED_HEALTH_SCHEMES: ReadonlySet<string> = new Set([
  'nhs', 'medicare', 'medicaid', 'mrn', 'nhi', 'mbi', 'ohip', 'uhid', 'chi', 'ihi', 'ehic',
  // ... and the health insurance schemes and plans the detectors know by name ("your enrollee ID?", "your PhilHealth number?")
  'phn', 'ahcip', 'hcn', 'ramq', 'abha', 'nhis', 'nhia', 'nhf', 'philhealth', 'enrollee', 'kvnr', 'nhif', 'tricare', 'bpjs', 'bhyt',
  'ndis', 'dva', 'ndss',
  // Germany's ("Can I have your Versichertennummer, please?")
  'versichertennummer', 'krankenversichertennummer', 'krankenversicherungsnummer', 'krankenkassennummer',
])
/** Codes that are no card's security code ("the zip code on the back?", "the promo code", "the area code"). */
export const OTHER_CODES: ReadonlySet<string> = new Set([
  'post', 'postal', 'postcode', 'zip', 'area', 'promo', 'discount', 'voucher', 'sort', 'country', 'dial', 'access', 'booking',
  'confirmation', 'tracking', 'reference', 'activation', 'reward', 'rewards', 'gift',
])
/** A question that asks for the last answer again ("Could you repeat that?", "Sorry, say that again?"). */
const REPEAT_QUESTION = /\b(?:repeat|again|one more time)\b/

/** The question that ends at `end` of `tail` (its mark or its turn's end): its words, and where its sentence starts. */
/** A title abbreviated with a period, right before it ("Mrs", "Dr", "St"). */
const TITLE_BEFORE_PERIOD = /(?:^|[^A-Za-z])(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Sr|Jr|Sra|Srta)$/

function questionBefore(tail: string, end: number): { words: string[]; start: number } {
  // the mark before a line break, when it has one; a request ends with a period ("Please send the passport number.")
  let questionEnd = end
  if (tail.charAt(end) === '\n') {
    const before = tail.slice(0, end).replace(/\s+$/, '')
    if (/[?.]$/.test(before)) questionEnd = before.length - 1
  }
  // (a title's period is no sentence's end: "And your NHS number, Mrs. Patel?")
  let period = tail.lastIndexOf('.', questionEnd - 1)
  while (period > 0 && TITLE_BEFORE_PERIOD.test(tail.slice(Math.max(0, period - 5), period))) period = tail.lastIndexOf('.', period - 1)
  const sentenceStart = Math.max(period, tail.lastIndexOf('\n', questionEnd - 1), tail.lastIndexOf('?', questionEnd - 1))
  // (letters of any script: "les quatre derniers chiffres", "code de sécurité")
  const words = (tail.slice(sentenceStart + 1, questionEnd).replace(TURN_LABEL_START, '').toLowerCase().match(/[\p{L}0-9']+/gu) ?? []) as string[]
  return { words, start: sentenceStart + 1 }
}

/** The kind of number the question's words ask for, when they ask for one of the kinds read here. */
function askedKind(question: readonly string[]): AskedNumber | undefined {
  for (let k = 0; k < question.length; k++) {
    const w = question[k] as string
    // "Last four digits of your phone number?": a line's last four, to say which one it is
    if ((w === 'phone' || w === 'mobile' || w === 'cell') && question.slice(Math.max(0, k - 6), k).includes('last')) return 'phone-last-four'
    // "And a mobile number to receive the e-key?", "the best number to reach you on?": a phone, the only number asked for
    if (phoneAskedAt(question, k)) return 'phone'
    // (a word naming another number before the one asked for: "your claim number and member ID")
    if (OTHER_NUMBER_WORDS.has(w) || w === 'phone') return undefined
    // "the last 4 of your Social?", "last four digits of the SSN"
    if (w === 'social' || w === 'ssn') return question.slice(Math.max(0, k - 5), k).some((x) => x === 'last') ? 'ssn-last-four' : undefined
    // "your NHS number", "the patient's Medicaid ID", "your Medicare number"
    if (ASKED_HEALTH_SCHEMES.has(w)) return 'health'
    if (w === 'passport' && (question[k + 1] === 'number' || question[k + 1] === 'no')) return 'passport'
    // "the CVV?", "And the three-digit code on the back?", "the security code?", "votre code de sécurité ?", "le cryptogramme ?"
    if (w === 'cvv' || w === 'cvc' || w === 'cv2' || w === 'csc' || w === 'cryptogramme' || (w === 'code' && (question[k - 1] === 'security' || (question[k + 1] === 'de' && question[k + 2] === 'sécurité') || (question[k + 1] === 'on' && question[k + 3] === 'back' && !OTHER_CODES.has(question[k - 1] ?? ''))))) return 'cvv'
    // "the last four of your driver's license?", "last 4 of the CDL": the licence's last four, to say whose it is
    if ((w === 'license' || w === 'licence' || w === 'dl' || w === 'cdl') && question.slice(Math.max(0, k - 6), k).includes('last')) return 'licence-last-four'
    // "your driver's license number and the state", "and the license number"
    if ((w === 'license' || w === 'licence') && (question[k + 1] === 'number' || question[k + 1] === 'no')) return 'licence'
    const noun = question[k + 1]
    // "Last four of the card on file?", "the last 4 of the Visa?"
    // ... "les quatre derniers chiffres de votre carte ?", "die letzten vier Ziffern der Karte?"
    if (CARD_WORDS.has(w) && w !== 'credit' && question.slice(Math.max(0, k - 8), k).some((x) => LAST_WORDS.has(x))) return 'card-last-four'
    // "And the card ends in?", "Und die Karte endet auf?", "la carte finit par ?": what the card ends with
    if (CARD_WORDS.has(w) && w !== 'credit' && question.slice(k + 1, k + 3).some((x) => ENDING_VERBS.has(x))) return 'card-last-four'
    // "Can I take your card number?", "the CSCS card number?", "what's your card?": a card's number, whatever card it is
    if (w === 'card' && (noun === undefined || noun === 'number' || noun === 'no' || noun === 'serial')) return 'card-number'
    // "And the last four of the account?", "the last four of your student ID?"
    if (ID_HOLDER_WORDS.has(w) && question.slice(Math.max(0, k - 5), k).includes('last')) return 'account-last-four'
    // "member i d", "patient id", "policy number", "account no"
    if (ID_HOLDER_WORDS.has(w) && noun !== undefined && ID_NOUNS.has(noun) && (noun !== 'i' || question[k + 2] === 'd')) return 'account'
  }
  return undefined
}

/**
 * "Can I get the member ID off your card? Uh, I have it here, it's 113491596", "And your NHS number,
 * if you have it?\nSpeaker B: Yes, it's 444 269 0103": a number answering the question that asked for
 * one (the last question before it, its answer not yet given: no digits and few words between). A
 * question asking for the answer again ("Could you repeat it?") refers to the question before it.
 */
export function numberAskedBefore(text: string, start: number): AskedNumber | undefined {
  const tail = text.slice(Math.max(0, start - ASKED_REACH_CHARS), start)
  // the question ends with its mark, or with its turn (speech-to-text often writes none: "can i get the member i d\nSpeaker A: ...")
  // ... or with the next speaker's label, which raw speech-to-text writes inline ("agent: what's the licence number customer: uh ...")
  // (a label right after a question mark: the mark ends it)
  let asked = Math.max(tail.lastIndexOf('?'), tail.lastIndexOf('\n'))
  const label = lastInlineTurnLabel(tail)
  if (label > asked && !/[?.!]\s*$/.test(tail.slice(0, label))) asked = label
  // ... or a request ending with a full stop before that label ("Agent: I just need the last four of the card you used.
  // Caller: 6038.")
  else if (label > asked) {
    const before = tail.slice(0, label).trimEnd()
    const sentence = before.slice(Math.max(before.lastIndexOf('.', before.length - 2), before.lastIndexOf('?'), before.lastIndexOf('\n')) + 1)
    if (before.endsWith('.') && REQUEST.test(sentence)) asked = before.length - 1
  }
  if (asked < 0) return undefined
  // (a table's header line asks nothing: "payout_id,player_id,name,method" over its rows)
  if (tail.charCodeAt(asked) === 10 && TABLE_HEADER_LINE.test(tail.slice(tail.lastIndexOf('\n', asked - 1) + 1, asked))) return undefined
  // ... a speaker's label may open the answer ("Speaker A: Yeah, it's ...", "[17/11/2024, 15:26:22] Hugo Rousseau: ...")
  const answer = tail.slice(asked + 1).replace(TURN_LABEL_START, '')
  const answerWords = (answer.toLowerCase().match(/[a-z']+/g) ?? []) as string[]
  // ... and names the number as nothing else ("your claim number is ...")
  if (/\d/.test(answer) || answerWords.length > ANSWER_LEAD_WORDS || answerWords.some((w) => OTHER_NUMBER_WORDS.has(w))) return undefined
  // ("Which card are you trying? Just the last 4 please.": the last four asked for, what they are of asked just before)
  let lastFour = false
  for (let hop = 0; hop < 2; hop++) {
    const question = questionBefore(tail, asked)
    const kind = askedKind(question.words) ?? (lastFour ? lastFourOf(question.words) : undefined)
    if (kind !== undefined || hop === 1) return kind
    lastFour = question.words.includes('last') && (question.words.includes('4') || question.words.includes('four'))
    if (!REPEAT_QUESTION.test(question.words.join(' '))) {
      // "Can I get the account number? It's sixteen digits, starts with an 8.", "... license number now?\nAgent:
      // We can add it.": a short statement after the question, no number read out in it (a count may be), leaves it asked
      const said = tail.slice(question.start, asked + 1)
      // ("The refund will go back to the card you booked with. Can you confirm the last four digits?": the last four of
      // what the sentence before it, in the same turn, names)
      if (lastFour && /\?\s*$/.test(said)) return lastFourOfSentenceBefore(tail, question.start)
      if (/\?\s*$/.test(said) || question.words.length > ANSWER_LEAD_WORDS || /\d{3}/.test(said)) return kind
      const mark = tail.lastIndexOf('?', question.start - 1)
      if (mark < 0 || question.start - mark > 3) return undefined
      asked = mark
      continue
    }
    // "Could you repeat it?": the question asked before it (its mark), answered (by no number read out) in between
    asked = tail.lastIndexOf('?', question.start - 1)
    if (asked < 0 || /\d/.test(tail.slice(asked + 1, question.start))) return undefined
  }
  return undefined
}

/** Words that name a phone line by themselves ("your mobile?", "the landline ending 4402", "mobile 0412 ..."). */
export const PHONE_LINE_WORDS: ReadonlySet<string> = new Set(['phone', 'mobile', 'cell', 'cellphone', 'telephone', 'landline', 'whatsapp'])
/** Words before "number" that make it a phone's ("the best number", "a contact number", "a callback number"). */
const PHONE_NUMBER_KINDS: ReadonlySet<string> = new Set(['contact', 'callback', 'best', 'daytime', 'evening', 'mobile', 'phone', 'cell', 'telephone'])
/** Verbs after "number" that make it a phone's ("a number to reach you on", "the number we can call you on"). */
const CALLING_VERBS: ReadonlySet<string> = new Set(['reach', 'call', 'text', 'contact', 'ring'])

/**
 * Word k of a question asks for a phone number ("your mobile number?", "a contact number", "the number
 * we can reach you on"), and no other number is asked for beside it ("your phone and policy number?";
 * "the mobile number on the booking?" asks for one).
 */
function phoneAskedAt(question: readonly string[], k: number): boolean {
  const w = question[k] as string
  const asks =
    PHONE_LINE_WORDS.has(w) ||
    (w === 'number' && (PHONE_NUMBER_KINDS.has(question[k - 1] ?? '') || question.slice(k + 1, k + 5).some((x) => CALLING_VERBS.has(x))))
  if (!asks) return false
  for (let j = 0; j < question.length; j++) {
    const x = question[j] as string
    if ((OTHER_NUMBER_WORDS.has(x) || ID_HOLDER_WORDS.has(x) || NOT_PHONE_WORDS.has(x)) && ID_NOUNS.has(question[j + 1] ?? '')) return false
  }
  return true
}

/** A table's header: three or more fields apart by commas, semicolons, bars or tabs, no field holding a space. */
const TABLE_HEADER_LINE = /^[ \t]*[^\s,;|]+(?:[ \t]*[,;|\t][ \t]*[^\s,;|]+){2,}[ \t]*$/
/** What makes a sentence ending with a full stop a request for what follows ("I just need ...", "Please read me ...", "Just the last four digits."). */
const REQUEST = /\b(?:i (?:just |will |'ll )?need|i'll need|we (?:just )?need|can (?:i|you)|could (?:i|you)|please|give me|read me|tell me|confirm|last (?:4|four))\b/i
/** The verbs of a number's ending, in English and in the languages callers switch to ("ends", "endet", "finit", "termina", "acabada"). */
/** "last" in English and the languages callers switch to ("les quatre derniers chiffres", "die letzten vier", "los últimos cuatro"). */
const LAST_WORDS: ReadonlySet<string> = new Set(['last', 'derniers', 'dernières', 'letzten', 'últimos', 'ultimos', 'últimas', 'ultimas'])
export const ENDING_VERBS: ReadonlySet<string> = new Set(['ending', 'ends', 'ended', 'endet', 'endend', 'finit', 'finissant', 'termina', 'terminada', 'terminado', 'acabada', 'acabado', 'eindigt', 'kończy', 'konczy'])

/** What a question before "Just the last four" asked about: a card, a phone or an account ("Which card was it?"). */
/** What the sentence ending right before `start` (with a full stop, in the same line) names the last four of. */
function lastFourOfSentenceBefore(tail: string, start: number): AskedNumber | undefined {
  let p = start - 1
  while (p >= 0 && (tail.charAt(p) === ' ' || tail.charAt(p) === '\t')) p--
  if (tail.charAt(p) !== '.') return undefined
  const before = questionBefore(tail, p)
  return /\d{3}/.test(tail.slice(before.start, p)) ? undefined : lastFourOf(before.words)
}

function lastFourOf(question: readonly string[]): AskedNumber | undefined {
  for (const w of question) {
    if (CARD_WORDS.has(w) && w !== 'credit') return 'card-last-four'
    if (w === 'phone' || w === 'mobile' || w === 'cell') return 'phone-last-four'
    if (ID_HOLDER_WORDS.has(w)) return 'account-last-four'
  }
  return undefined
}

/** A member's, patient's, policy's or account's number was asked for by the last question (`numberAskedBefore`). */
export function accountAskedBefore(text: string, start: number): boolean {
  return numberAskedBefore(text, start) === 'account'
}

/**
 * Text right after a date (with a year) that names it a birth date, on the date's own line: "... for
 * the date of birth", "... as the d o b", "..., that's my date of birth" (a form's next field, "Date:
 * ...\nBirth date: none", is not about it).
 */
const BIRTH_NAMED_AFTER = /^[ \t,]*(?:(?:for|as|is|was|that's|thats|that is|that was|it's|its|which is)[ \t]+)?(?:(?:the|my|his|her|their|your)[ \t]+)?(?:date[ \t]+of[ \t]+birth|birth[ \t]*date|d\.?[ \t]?o\.?[ \t]?b\b|birthday)/i

/** The text from `end` on names what ends there a birth date (`BIRTH_NAMED_AFTER`). */
export function birthNamedAfter(text: string, end: number): boolean {
  return BIRTH_NAMED_AFTER.test(text.slice(end, end + 40))
}

/** An example a prompt gives, to the end of its sentence ("for example, you can say January 1st, 1980"). */
const EXAMPLE_PHRASE = /\b(?:for example|for instance|e\.g\.|such as|you (?:can|could|might) say)\b[^.?!\n]*/gi
/**
 * A wrong value on file set against the right one ("You have the 3rd of February but it's 2nd of March 1978"): the date
 * said there is the mistaken birth date, no other date between the question and its answer (only when the right date
 * follows at once, or the text read ends there: "... shows March 3rd but it's the trip date" sets nothing against it).
 */
const WRONG_ON_FILE = /\b(?:you|it|they|the system|your (?:records?|system|file))\s+(?:have|has|had|show|shows|showed|say|says|said|got)\s+(?:(?:it|me|him|her)\s+(?:as|down as)\s+)?(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[a-z]+|[a-z]+\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?)\s*,?\s+but\b(?=\s+(?:it's|it is|it should be|should be)\s*(?:the\s+)?(?:$|\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d))/gi
/** An example phrase right before `start`, in its sentence: what comes there is an example, not the caller's. */
const EXAMPLE_BEFORE = /\b(?:for example|for instance|e\.g\.|such as|you (?:can|could|might) say)\b[^.?!\n]{0,30}$/i

/** The value at `start` is an example a prompt or a form gives ("For example, you can say January 1st, 1980"). */
export function exampleBefore(text: string, start: number): boolean {
  return EXAMPLE_BEFORE.test(text.slice(Math.max(0, start - 80), start))
}

export function birthAskedBefore(text: string, start: number, depth = 0): boolean {
  // only what follows the last year written before the date: a birth word before that was answered by it
  // (an example the question gives is no answer: "For example, you can say January 1st, 1980.")
  const from = Math.max(0, start - ASKED_REACH_CHARS)
  let tail = text.slice(from, start).replace(EXAMPLE_PHRASE, (e) => ' '.repeat(e.length)).replace(WRONG_ON_FILE, (e) => ' '.repeat(e.length))
  let yearStart = -1
  for (let m = YEAR_IN_TEXT.exec(tail), cut = 0; m !== null; m = YEAR_IN_TEXT.exec(tail)) {
    yearStart = from + cut + m.index + m[0].length - 4
    cut += m.index + m[0].length
    tail = tail.slice(m.index + m[0].length)
  }
  const afterYear = tail.toLowerCase().match(/[a-zà-ɏ']+/g)
  if (afterYear === null) return false
  for (let k = afterYear.length - 1, seen = 0; k >= 0 && seen < ASKED_REACH_WORDS; k--, seen++) {
    const w = (afterYear[k] as string).replace(/'s$/, '')
    if (OTHER_DATE_WORDS.has(w) || MONTH_WORDS.has(w)) return false
    if (DOB_WORDS.has(w)) return birthCue(afterYear.slice(Math.max(0, k - 1), k + 2).reverse()) && !animalBefore(afterYear, k)
  }
  // "dates of birth for all three? Me, July 12th, 1979. My daughter Amara, February 2nd, 2011.": a relative's
  // date said right after a birth date that answered the question is the relative's birth date
  return yearStart >= 0 && depth < 4 && relativeAfterBirthDate(text, yearStart, afterYear, depth)
}

/** Relatives whose birth dates a caller lists after their own ("my daughter Amara, ...", "and for my husband it's ..."). */
const LISTED_RELATIVES = set(
  'daughter', 'son', 'husband', 'wife', 'partner', 'spouse', 'mother', 'father', 'mom', 'mum', 'dad', 'kid', 'child', 'brother',
  'sister', 'baby', 'grandson', 'granddaughter', 'fiance', 'fiancé', 'fiancee', 'fiancée', 'boyfriend', 'girlfriend', 'youngest', 'oldest', 'eldest',
)
/** A date's head before its year ("July 12th, ", "12 July ", "the 3rd of May ", "07/12/"). */
const DATE_HEAD_BEFORE_YEAR = /(?:[A-Za-z]+\.? \d{1,2}(?:st|nd|rd|th)?,? |\d{1,2}(?:st|nd|rd|th)?(?: of)? [A-Za-z]+\.?,? |\d{1,2}[/.-]\d{1,2}[/.-])$/

/**
 * The words between the birth date whose year starts at `yearStart` and this date (`between`) name a relative
 * of the speaker, and nothing else dated: this date is the relative's birth date when that one was a birth date.
 */
function relativeAfterBirthDate(text: string, yearStart: number, between: readonly string[], depth: number): boolean {
  if (between.length > 12) return false
  const at = between.findIndex((w, k) => LISTED_RELATIVES.has(w.replace(/'s$/, '')) && k > 0 && (between[k - 1] === 'my' || between[k - 1] === 'our'))
  if (at < 0) return false
  const head = DATE_HEAD_BEFORE_YEAR.exec(text.slice(Math.max(0, yearStart - 24), yearStart))
  if (head === null) return false
  const prevStart = yearStart - head[0].length
  // (the earlier date had its own birth word right before it: "born July 12th, 1979, and my son ...")
  return BIRTH_RIGHT_BEFORE.test(text.slice(Math.max(0, prevStart - 40), prevStart)) || birthAskedBefore(text, prevStart, depth + 1)
}
const BIRTH_RIGHT_BEFORE = /\b(?:born|birth|dob|d\.o\.b\.?|birthday)\b[^.?!\n\d]{0,24}$/i

/**
 * "my ID is MBR0044718293", "the ID on my card is ...", "my personal ID on the card is ...", "the cardholder
 * ID; it's 4EF92K1130": "ID" owned by a person (or on their card), no other number's name nearer.
 */
export function ownIdBefore(before: readonly string[]): boolean {
  const at = before.indexOf('id')
  if (at < 0 || at > 5 || before.slice(0, at).some((w) => OTHER_NUMBER_WORDS.has(w))) return false
  const owner = before[at + 1] ?? ''
  // ("Member name Kwame Yilmaz, ID number H96470127": a card's ID after the holder's name read off it)
  const holderNamed = before.slice(at + 1, at + 6).includes('name') && before.slice(at + 2, at + 7).some((w) => CARD_HOLDERS.has(w))
  return OWN_ID_OWNERS.has(owner) || (owner === 'the' && before[at - 1] === 'on') || holderNamed
}
/** Whose name a card prints before its ID ("Member name ...", "Subscriber name ..."). */
const CARD_HOLDERS: ReadonlySet<string> = new Set(['member', 'subscriber', 'patient', 'cardholder', 'insured', 'enrollee'])
const OWN_ID_OWNERS: ReadonlySet<string> = new Set(['my', 'your', 'his', 'her', 'their', 'personal', 'cardholder', 'holder'])

/** A caller looking for a number between its name and the number ("hang on, let me find it", "one sec", "bear with me"). */
export const LOOKING_WORDS: ReadonlySet<string> = new Set([
  'hang', 'hold', 'on', 'let', 'me', 'find', 'check', 'see', 'get', 'grab', 'it', 'one', 'sec', 'second', 'moment', 'just', 'bear',
  'with', 'wait', 'uh', 'um', 'erm', 'er', 'okay', 'ok', 'right', 'here', 'got', 'so', 'yeah',
  // ... where it is being read from ("my account number, hold on, it's on the bill... 2209 4471 8830")
  'the', 'bill', 'letter', 'statement', 'screen', 'app', 'paper',
  // ... or turned over to read ("the CVV is, hold on, let me flip it over, 4 1 9")
  'flip', 'turn', 'over', 'look',
])

/**
 * After a code or a number, the words naming it an account's or a member's ("..., that's the, uh, the member ID on the front",
 * "QTU608569603. That's the, uh, the number under member ID", "97-54481, uh, and that's, that's the account number").
 */
export const CODE_NAMED_AFTER = /^[ ,.;:—–-]*(?:(?:uh|um|er|and|so)[ ,]+)*(?:(?:that's|that is|thats|this is|which is|it's|its)[ ,]+){1,2}(?:(?:the|my|uh|um|er)[ ,]+){0,3}(?:(?:number|one|code) (?:under|below|above|beside|next to|by|after|labell?ed|marked|printed under) (?:the )?["“]?)?(?:account|member|membership|policy|subscriber|customer|loan|patient)(?: (?:id|number|no\.?|#))?(?![\p{L}\p{N}])/iu
