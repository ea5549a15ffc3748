/**
 * Role mailboxes: addresses that name a function of an organisation, not a person ("support@",
 * "billing@", "no-reply@", "customerservice@", "visa.support@", "tax at wealden dot gov dot uk").
 * They are no one's personal data, so the e-mail detector leaves them (RFC 2142 names the oldest of
 * them; the rest are what organisations put on letters, sites and signatures).
 *
 * A local part is a role mailbox when every piece of it (split at `.`, `_`, `-`, `+` and digits) is a
 * role word or a short qualifier ("uk", "hq", "2"), with at least one role word; a piece may also be
 * an everyday word joined to a role word ("wasteenquiries", "studentfinance") or a role word joined to
 * a unit's word ("helpdesk", "salesteam"). A piece that is a given name or a surname makes the address
 * a person's ("mary.support@", "billing.jsmith@" is not all role words either).
 *
 * @module
 */
import { loadNameLexicon } from '../names/name-lexicon.js'

/** Functions, departments and automated senders, in English and the languages of the sets' callers. */
const ROLE_WORDS: ReadonlySet<string> = new Set([
  // RFC 2142 and the technical ones
  'info', 'marketing', 'sales', 'support', 'abuse', 'noc', 'security', 'postmaster', 'hostmaster', 'usenet', 'news', 'webmaster',
  'www', 'uucp', 'ftp', 'admin', 'administrator', 'root', 'sysadmin', 'it', 'helpdesk', 'servicedesk', 'mailer', 'daemon',
  'noreply', 'donotreply', 'notifications', 'notification', 'alerts', 'alert', 'updates', 'newsletter', 'newsletters', 'mail',
  'bounce', 'bounces', 'auto', 'automated', 'system', 'robot', 'bot', 'reply', 'replies', 'no', 'do', 'not',
  // the front door
  'contact', 'contactus', 'hello', 'hi', 'enquiries', 'enquiry', 'inquiries', 'inquiry', 'general', 'office', 'frontdesk',
  'reception', 'team', 'help', 'care', 'service', 'services', 'customerservice', 'customercare', 'customers', 'clients',
  'feedback', 'complaints', 'complaint', 'questions', 'ask', 'mailbox', 'desk', 'main', 'hq', 'central',
  // money
  'billing', 'bills', 'accounts', 'account', 'accounting', 'finance', 'invoices', 'invoice', 'invoicing', 'payments',
  'payment', 'pay', 'payroll', 'ap', 'ar', 'receivables', 'payables', 'collections', 'credit', 'refunds', 'refund',
  'receipts', 'receipt', 'tax', 'taxes', 'rates', 'fees', 'donations', 'donate', 'giving', 'giftaid', 'fundraising',
  'treasury', 'payouts', 'hardship', 'disputes', 'chargebacks', 'fraud', 'claims', 'claim', 'underwriting', 'quotes',
  'renewals', 'subrogation', 'legacies', 'legacy', 'grants',
  // people and the organisation
  'hr', 'people', 'careers', 'career', 'jobs', 'recruitment', 'recruiting', 'talent', 'hiring', 'vacancies', 'staff',
  'volunteers', 'volunteer', 'volunteering', 'training', 'learning', 'members', 'membership', 'supporters', 'alumni',
  'press', 'media', 'pr', 'communications', 'comms', 'legal', 'privacy', 'dpo', 'gdpr', 'dataprotection', 'compliance',
  'governance', 'safeguarding', 'safety', 'welfare', 'wellbeing', 'partnerships', 'partners', 'affiliates', 'sponsorship',
  'events', 'bookings', 'booking', 'reservations', 'reservation', 'tickets', 'ticketing', 'box', 'schedule', 'scheduling',
  'appointments', 'rota', 'operations', 'ops', 'dispatch', 'logistics', 'shipping', 'delivery', 'deliveries', 'orders',
  'order', 'returns', 'purchasing', 'procurement', 'vendors', 'suppliers', 'planning', 'facilities', 'estates', 'maintenance',
  'repairs', 'records', 'docs', 'documents', 'registrations', 'registration', 'registry', 'registrar', 'admissions',
  'enrolment', 'enrollment', 'intake', 'referrals', 'appeals', 'visas', 'visa', 'immigration', 'studentfinance',
  'listings', 'lettings', 'rentals', 'leasing', 'parts', 'lab', 'results', 'pharmacy', 'refills', 'prescriptions', 'clinic',
  'nurses', 'medinfo', 'medical', 'patients', 'research', 'trials', 'studies', 'library', 'exams', 'reports', 'report',
  'escalations', 'urgent', 'emergency', 'oncall', 'lostproperty', 'weddings', 'stay', 'guest', 'guests', 'concierge',
  // other languages' ("kontakt@", "atencion@", "ventas@", "kundenservice@", "rekrutering@")
  'kontakt', 'kundenservice', 'kundendienst', 'buchhaltung', 'rechnung', 'vertrieb', 'personal', 'datenschutz',
  'contacto', 'atencion', 'ayuda', 'ventas', 'facturacion', 'administracion', 'soporte', 'reservas', 'contato',
  'atendimento', 'suporte', 'financeiro', 'vendas', 'accueil', 'commercial', 'facturation', 'comptabilite', 'recrutement',
  'assistenza', 'amministrazione', 'vendite', 'klantenservice', 'administratie', 'salarisadministratie', 'rekrutering',
  'rekruttering', 'kundeservice', 'kundservice', 'ekonomi', 'faktura', 'lonekontoret', 'obsluga', 'biuro',
  // carriers' and shippers' desks, and orders, shipping, complaints and HR in more of Europe's languages
  // ("carrier.relations@", "reklamacje@", "awizacje@", "logistica@", "pedidos@", "versand@", "objednavky@")
  'relations', 'carrier', 'carriers', 'drivers', 'fleet', 'freight', 'customs', 'brokerage', 'claimsdesk',
  'reklamacje', 'awizacje', 'kadry', 'ksiegowosc', 'zamowienia', 'sklep', 'faktury', 'logistyka', 'spedycja',
  'logistica', 'contabilitate', 'resurse', 'umane', 'vanzari', 'comenzi', 'compras', 'cobranza', 'pagos', 'envios',
  'pedidos', 'clientes', 'rrhh', 'commandes', 'livraison', 'sav', 'paie', 'bestellung', 'bestellungen', 'versand',
  'lager', 'einkauf', 'ordini', 'spedizioni', 'fatturazione', 'clienti', 'bestellingen', 'facturen', 'verzending',
  'objednavky', 'fakturace', 'podpora', 'ugyfelszolgalat', 'szamlazas',
  // an insurer's or a hospital's pre-authorisation and cashless-claims desks
  'preauth', 'preauthorisation', 'preauthorization', 'authorisations', 'authorizations', 'cashless', 'tpa', 'appointments',
])

/** Words for an organisation's unit that follow a role word in one piece ("helpdesk", "salesteam", "itsupport"). */
const UNIT_WORDS: ReadonlySet<string> = new Set(['desk', 'team', 'office', 'line', 'centre', 'center', 'dept', 'department', 'hub', 'unit', 'group', 'admin', 'services', 'service', 'support', 'care', 'enquiries', 'mail', 'box', 'inbox'])

/** Role words that end a joined piece after an everyday word ("wasteenquiries", "newclaims", "vendorcompliance"). */
const ROLE_ENDINGS: readonly string[] = [...ROLE_WORDS].filter((w) => w.length >= 4).sort((a, b) => b.length - a.length)

/** Qualifiers beside a role word: a number, or a country's, region's or office's code ("support.uk", "hr-emea", "billing2"). */
const QUALIFIER = /^\d{1,4}$/
const REGION_CODES: ReadonlySet<string> = new Set([
  'uk', 'gb', 'us', 'usa', 'ca', 'au', 'nz', 'ie', 'de', 'fr', 'es', 'it', 'nl', 'be', 'ch', 'at', 'se', 'no', 'dk', 'fi', 'pl',
  'pt', 'br', 'mx', 'ar', 'in', 'jp', 'cn', 'kr', 'sg', 'hk', 'tw', 'my', 'ph', 'id', 'th', 'vn', 'za', 'ng', 'ke', 'gh', 'eg',
  'ae', 'sa', 'qa', 'tr', 'il', 'eu', 'emea', 'apac', 'latam', 'amer', 'na', 'intl', 'global', 'hq', 'canada', 'europe',
  'asia', 'africa', 'india', 'japan', 'ireland', 'scotland', 'wales', 'london', 'dublin', 'sydney', 'toronto', 'dubai',
  // a region's desk by its compass point ("sales.north@", "support-emea-west@")
  'north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest',
])

/** Surnames ranked below this are rare: a word that is one of them still reads as a word ("camps", "dragon"). */
const RARE_SURNAME_RANK = 5000

function roleWord(piece: string): boolean {
  if (ROLE_WORDS.has(piece)) return true
  const lex = loadNameLexicon()
  // any other everyday word of five letters or more that is no given name and no frequent surname names a function
  // too ("bankruptcy@", "correspondence@", "housing.repairs@"): people's own addresses are their names, initials and
  // handles ("brown@", "hunter@", "rose@" stay a person's)
  if (piece.length >= 5 && lex.knownWords.has(piece) && !lex.firstNames.has(piece) && (lex.surnames.get(piece) ?? Infinity) > RARE_SURNAME_RANK) return true
  // a role word and its unit's word ("helpdesk", "salesteam", "itsupport", "payrollteam")
  for (const unit of UNIT_WORDS) {
    if (piece.length > unit.length && piece.endsWith(unit) && ROLE_WORDS.has(piece.slice(0, -unit.length))) return true
  }
  // an everyday word and a role word ("wasteenquiries", "studentfinance", "newclaims"): a common word, or a known
  // word that is no name
  for (const ending of ROLE_ENDINGS) {
    if (piece.length - ending.length < 3 || !piece.endsWith(ending)) continue
    const head = piece.slice(0, -ending.length)
    if (lex.commonWords.has(head) || (lex.knownWords.has(head) && !lex.firstNames.has(head) && !lex.surnames.has(head))) return true
  }
  return false
}

/**
 * Free mail providers: an account there is someone's own, whatever its name says
 * ("ubr.security.team2024@gmail.com" is a person posing as a desk).
 */
const FREE_MAIL = /(?:^|\.)(?:gmail|googlemail|yahoo|ymail|rocketmail|hotmail|outlook|live|msn|icloud|me|mac|aol|proton|protonmail|pm|gmx|web|mail|email|inbox|yandex|zoho|qq|163|126|sina|naver|daum|hanmail|rediffmail|libero|orange|wanadoo|free|laposte|seznam|wp|o2|interia|onet|t-online|btinternet|sky|virginmedia|bigpond|optusnet|xtra|shaw|rogers|sympatico|comcast|verizon|att|sbcglobal|cox|earthlink|tutanota|tuta|fastmail|hey|mailfence|rambler|abv|ukr|bol|uol|terra|ig)\.[a-z]{2,3}(?:\.[a-z]{2})?$/i

/** Whether an address names a function of an organisation, not a person (never at a free mail provider). */
export function isRoleMailbox(local: string, domain: string): boolean {
  if (FREE_MAIL.test(domain)) return false
  const pieces = local.toLowerCase().split(/[._+-]+|(?<=\p{L})(?=\d)|(?<=\d)(?=\p{L})/u).filter((p) => p !== '')
  if (pieces.length === 0 || pieces.length > 4) return false
  let roles = 0
  for (const piece of pieces) {
    if (roleWord(piece)) {
      roles++
      continue
    }
    if (QUALIFIER.test(piece) || REGION_CODES.has(piece)) continue
    return false
  }
  return roles > 0
}
