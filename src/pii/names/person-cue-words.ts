/**
 * Words around a person's name that announce or accompany it: cues ("my name is", "this is"), titles,
 * relations, greetings, verbs only people do, and the shapes of signatures, turn labels and action items.
 *
 * @module
 */

const TITLES_LIST = [
  'mr', 'mrs', 'ms', 'miss', 'missus', 'mister', 'miz', 'dr', 'prof', 'sir', 'madam', 'maam', "ma'am", 'mx', 'reverend', 'rev', 'mme', 'mlle',
  // the titles of the languages callers switch to ("Sra. Lopez", "monsieur de montigny", "Frau Schmidt")
  'madame', 'monsieur', 'herr', 'frau', 'senor', 'senora', 'señor', 'señora', 'sr', 'sra', 'srta', 'kuya', 'tita', 'tito', 'oga',
  // Dutch, Portuguese, Malay and Indonesian ("meneer Visser", "senhora Carvalho", "Encik Hafiz", "Puan Aminah", "Bapak Joko")
  // (not Malay's "Tuan", a Vietnamese given name as often: "I see Tuan Raman" names Tuan too)
  'meneer', 'mevrouw', 'senhor', 'senhora', 'encik', 'puan', 'cik', 'bapak', 'ibu', 'pak',
  // ... Indonesian's "Bu", "Mbak" and "Kak" before a woman's or an elder sibling's name ("Bu Maria", "Mbak Dewi", "Kak
  // Putri"), and Thai's "Khun" before anyone's ("Khun Toey")
  'bu', 'mbak', 'kak', 'khun',
  // Italian, Spanish, Portuguese and Polish ("Gentile Signora Rossi", "Doña Carmen", "Dona Beatriz", "Pani Nowak")
  'signora', 'signor', 'signore', 'sig', 'sigra', 'doña', 'dona', 'pani',
  // West African honorifics and professional titles ("Alhaji Musa Bello", "Engr. Ifeoma Yusuf", "Barr. Tunde Balogun")
  'alhaji', 'alhaja', 'hajia', 'alh', 'engr', 'barr', 'mallam', 'otunba',
  // Arabic and Gulf honorifics ("Sheikh Hamdan", "Sheikha Latifa", "Hajji Omar")
  'sheikh', 'sheikha', 'shaikh', 'hajji', 'haji',
  // police and military ranks abbreviated ("Sgt. Brown", "Insp. Okoro", "PCSO Davies")
  'sgt', 'capt', 'cpl', 'insp', 'supt', 'pcso',
]

/** "called" as callers say it in the languages they switch to ("me llamo", "je m'appelle", "ich heisse", "me chamo"). */
const CALLED_FOREIGN = ['llamo', "m'appelle", 'appelle', 'heisse', 'heiße', 'chamo']
export const CUE_1 = new Set([
  ...CALLED_FOREIGN,
  "it's", 'its', "i'm", 'im', 'named', 'called', 'dear', 'gentile', 'estimado', 'estimada', 'prezado', 'prezada', 'geehrte', 'geehrter', 'okay', 'ok', 'hi', 'hiya', 'hello', 'hey', 'thanks', 'ta', 'sincerely',
  'regards', 'mihi', 'meas', 'ora', 'under', 'agent', "name's", 'meet', 'ask', 'cheers', 'bye', 'goodbye', 'welcome', 'sorry', 'congratulations',
  'name', 'by', 'user', 'patient', 'client', 'caller', 'contact', 'attn', 'signed', 'cc', 'says', 'said', 'asks',
  'asked', 'told', 'replied', 'wrote', 'wishes', 'tell', 'remind', 'congrats', 'thx', 'ping',
  // "i emailed priya", "then i reminded siobhan": someone reached or reminded
  'emailed', 'texted', 'messaged', 'phoned', 'rang', 'reminded', 'pinged', 'thanked',
  // "my name is oluwaseun ... surname adebayo": a name's part named right before it
  'surname', 'lastname', 'forename', 'firstname',
])
/**
 * Field labels of forms, tickets and minutes ("Author: ...", "Assignee: ..."): a cue only for what looks
 * like a name (a dictionary name, or two words the second of which is no English word), since a team or
 * a state fills such fields too ("Sender: Billing Department", "Assignee: Unassigned").
 */
export const LABEL_CUES = new Set([
  'author', 'attendee', 'attendees', 'participant', 'participants', 'assignee', 'reporter', 'recipient', 'sender',
  'reviewer', 'approver', 'organizer', 'organiser', 'presenter', 'tenant', 'passenger', 'witness', 'beneficiary',
  'applicant', 'candidate', 'cardholder', 'policyholder', 'requester', 'requestor', 'submitter', 'interviewer',
  'interviewee', 'moderator', 'manager', 'supervisor', 'chair', 'chairperson', 'secretary', 'treasurer', 'host',
  'mentor', 'tutor', 'buddy', 'coordinator', 'owner', 'contact', 'signatory', 'landlord', 'landlady', 'caretaker', 'deputy',
  // an insurer's, a benefit's and a survey's people ("Insured: Marike de Villiers", "Dependent: Grace", "respondent: ailsa robertson")
  'insured', 'claimant', 'dependent', 'dependant', 'member', 'respondent', 'student', 'driver', 'policyowner',
  // a health plan's and a pharmacy's people ("Enrollee: Alma Jefferson", "Subscriber: ...", "Caregiver: ...")
  'enrollee', 'subscriber', 'caregiver', 'registrant',
  // a workplace's and a trip's people ("Employee: Aram Hakobyan", "Investigator: Lusine Sargsyan", "Traveller: Liban Warsame")
  'employee', 'investigator', 'traveller', 'traveler', 'guest', 'visitor', 'engineer', 'technician', 'nurse',
  'physician', 'clinician', 'therapist', 'advisor', 'adviser', 'consultant', 'handler', 'inspector', 'auditor', 'assessor',
  'adjuster', 'representative', 'trainer', 'trainee', 'intern', 'volunteer', 'resident', 'occupant', 'spouse', 'guardian',
  // a statement's and a court's people ("Complainant: Lwazi Mabaso", "Accused: ...")
  'complainant', 'suspect', 'victim', 'defendant', 'plaintiff', 'accused', 'deceased', 'informant', 'offender', 'appellant',
  'petitioner', 'deponent',
  // payments', estates' and charities' people ("Payee: Liam O'Sullivan", "Executor: ...", "Donor: Ananya Iyer")
  'renter', 'lessee', 'hirer', 'payee', 'payer', 'donor', 'adopter', 'debtor', 'executor', 'executrix', 'borrower', 'guarantor', 'referee', 'holder',
  'parent', 'child', 'patient', 'client', 'customer',
  // notes' abbreviations for a passenger, an insured person and a customer ("Pax Wilhelmina Mwangi", "Insd Chase Chatterjee")
  'pax', 'insd', 'cust', 'cx',
])
export const CUE_2 = new Set([
  'name is', 'this is', 'it is', 'i am', 'spoke with', 'speaking with', 'speak with', 'talk to', 'talking to',
  'talked to', 'spoke to', 'speak to', 'speaking to', 'ask for', 'asked for', 'thank you', 'transfer to', 'with agent', 'from agent', 'call me', 'calls me',
  'was helped', 'is mister', 'for mr', 'named him', 'named her', 'call him', 'call her', 'call you', 'called him', 'called her',
  'name was', 'name of', 'down as', 'name as', 'message for', 'is this', 'to reach', "it's me", 'its me', 'calls him', 'calls her',
  'calls me', 'loop in', 'looping in', 'copy in', 'heard from', 'hear from', 'through to',
  // whom a call or an automated message is for ("calling back for doris", "a fraud alert for fatima"), or about
  // ("hi im phoning for nomsa", "calling about kayden", "yeah hi its about kayden")
  'calling for', 'alert for', 'reminder for', 'phoning for', 'ringing for', 'calling about', 'phoning about', 'ringing about', 'its about',
  // whom a collector asks for, whom a candidate met ("i'm looking for baraka kamau", "interviewed with isla campbell")
  'looking for', 'interviewed with', 'met with',
  // whom an agent finds on the account ("there we go, i see amara park", "i have it under tuan schwartz")
  'i see', 'it under', 'account under', 'order under', 'booking under', 'listed under',
  // whose birth date is asked for ("date of birth for valentina", "Date of birth for Yaw?")
  'birth for', 'dob for', 'birthday for',
  // "speaking with" in the languages callers switch to ("voce esta falando com renata", "vous parlez avec helene")
  'falando com', 'parlez avec', 'hablando con', 'habla con',
  // whose the account is ("i'm the account holder thandi govender"); South Asian banks' "account title" ("account
  // title nazia perveen")
  'account holder', 'policy holder', 'card holder', 'account title',
  // "my name is" in Malay and Indonesian ("nama saya zulkarnain bin hashim"), an account "in the name of" ("atas nama Budi
  // Santoso"), and Tagalog's "I am" before a person's article ("ako si ramil pineda")
  'nama saya', 'atas nama', 'ako si',
])
/**
 * Three-word cues, nearest word first: "this message is for hope", "transfer you to babajide", "connect
 * you with ...".
 */
export const CUE_3_LAST = new Set(['for', 'to', 'with', 'name', 'account', 'is'])
export const CUE_3 = new Set([
  'for is message', 'for back calling', 'to you transfer', 'to you transferring', 'to you connect', 'to you connecting', 'with you connect', 'with you connecting', 'to through you',
  // "can you transfer me to frank in claims", "they transferred me to bill", "connect me with hope"
  'to me transfer', 'to me transferred', 'to me connect', 'with me connect', 'to me connected', 'with me connected',
  // "the account's in my name chebet muthoni"
  'name my in', 'name her in', 'name his in',
  // "title of account nazia perveen", "the account title is ghulam sarwar"
  'account of title', 'is title account',
])
/** "the patient is ...", "the account holder was ...": a role, then "is", then who fills it. */
export const ROLE_NOUNS = new Set([
  ...LABEL_CUES, 'patient', 'caller', 'customer', 'client', 'holder', 'member', 'insured', 'owner', 'subscriber',
  'employee', 'driver', 'claimant', 'guarantor', 'cosigner', 'co-signer', 'executor', 'guardian', 'dependent',
  'dependant', 'spouse', 'contact', 'representative', 'rep', 'adjuster', 'technician', 'doctor', 'physician',
  'landlord', 'buyer', 'seller', 'payee', 'sponsor', 'borrower', 'lender', 'student', 'resident', 'occupant',
  'tenant', 'manager', 'supervisor', 'nurse', 'pharmacist', 'engineer', 'coordinator', 'rider', 'courier',
  // who sold, fitted or delivered something ("The salesman, Liam, told me ...")
  'salesman', 'saleswoman', 'salesperson', 'dealer', 'fitter', 'installer', 'mechanic', 'agent', 'advisor', 'adviser', 'receptionist',
])
/** Words for a name's parts that stand alone ("my surname is", "forename: ..."). */
export const SURNAME_WORDS = new Set([
  'surname', 'forename', 'lastname', 'firstname', "surname's",
  // the same form labels in the languages customers write in ("Prénom: Julien", "Sobrenome: Ribeiro")
  'prénom', 'prenom', 'vorname', 'nachname', 'familienname', 'sobrenome', 'apellido', 'apellidos', 'voornaam', 'achternaam',
  'cognome', 'nazwisko', 'imię', 'imie', 'titular', 'nom', 'nome', 'nombre', 'naam',
  // ... in Malay and Indonesian ("Nama: Yohanes Simanjuntak", "Nama ahli: ...")
  'nama',
])
/** "is" in the languages of `SURNAME_WORDS` ("mi nombre es", "mein Nachname ist", "mon nom c'est", "o nome é"), and Pidgin's "my name na". */
export const FOREIGN_COPULAS = new Set(['es', 'ist', 'est', "c'est", 'e', 'é', 'era', 'war', 'ay', 'na'])
/** What a question about a name ends with, right before the turn label of its answer ("first name Debtor: ..."). */
export const NAME_WORDS = new Set(['name', 'names', ...SURNAME_WORDS])
/** "my wife susan", "our son jayden": a relation before a first name is a cue (not before a word like "will"). */
export const RELATIONS = new Set([
  'wife', 'husband', 'son', 'daughter', 'mom', 'mum', 'mother', 'dad', 'father', 'brother', 'sister', 'boyfriend',
  'girlfriend', 'partner', 'fiance', 'fiancee', 'aunt', 'uncle', 'cousin', 'niece', 'nephew', 'grandma', 'grandmother',
  'grandpa', 'grandfather', 'grandson', 'granddaughter', 'stepson', 'stepdaughter', 'neighbor', 'neighbour', 'roommate',
  'coworker', 'colleague', 'boss', 'manager', 'friend', 'buddy', 'pal', 'bestie', 'kid', 'child', 'spouse', 'flatmate', 'housemate', 'lodger', 'landlord',
  'landlady', 'tenant', 'carer', 'caregiver', 'stepmother', 'stepfather', 'mother-in-law', 'father-in-law',
  // "my youngest callum", "our eldest, Priya"
  'youngest', 'eldest', 'oldest',
  // "my ex khalid", "my guarantor mathieu moreau", "my attorney ..."
  'ex', 'guarantor', 'cosigner', 'co-signer', 'lawyer', 'attorney', 'solicitor', 'accountant', 'caseworker', 'recruiter',
  'supervisor', 'therapist', 'teacher',
  // a grandparent and an aunt as families call them ("my nan nasreen hughes", "my gran, Edith")
  'nan', 'gran', 'granny', 'grandad', 'granddad', 'grandmom', 'grandpop', 'auntie', 'aunty', 'stepmom', 'stepdad',
])
/** Words between an owner and a relation ("my late spouse", "my former landlord"). */
export const RELATION_ADJECTIVES = new Set(['late', 'former', 'new', 'old', 'current', 'previous', 'ex'])
export const OWNERS = new Set(['my', 'our', 'his', 'her', 'their', 'your'])
/** A capital initial after a name, then a colon or a full stop ("Greta C: ...", "Dana D. wrote"). */
export const SURNAME_INITIAL_AFTER = /^ [A-Z](?=[:.](?:\s|$))/
/** Two dotted capitals that spell a place, an era or a time of day ("U. S. Steel", "A. M."), not a person's initials. */
export const DOTTED_ABBREVIATIONS = new Set(['US', 'UK', 'EU', 'UN', 'DC', 'NY', 'LA', 'SF', 'NJ', 'NZ', 'AM', 'PM', 'BC', 'AD', 'PO', 'ID', 'TV', 'PC', 'OK'])
/** The NATO spelling alphabet's words, as callers say them. */
export const NATO_WORDS = new Set([
  'alpha', 'alfa', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'juliett', 'kilo', 'lima', 'mike',
  'november', 'oscar', 'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform', 'victor', 'whiskey', 'whisky', 'xray', 'x-ray', 'yankee', 'zulu',
])
/** How many tokens either side of a spelling-alphabet word its run is looked for in (words, spaces, digits). */
export const NATO_REACH = 24
/** Greetings a call opens with, before the firm's name. */
export const CALL_GREETINGS = new Set(['hello', 'hi', 'hey', 'welcome'])
/** Words before "here" that make it a place ("over here", "in here"), not a name's announcement. */
export const HERE_BEFORE = new Set(['over', 'right', 'in', 'at', 'from', 'out', 'up', 'down', 'is', 'are', 'was', 'be', 'been', 'the', 'a', 'an', 'not'])
/** The question an agent asks right after saying who answers ("gloria here how can i help"). */
export const AGENT_QUESTIONS = new Set(['how', 'what', 'may', 'can', 'who'])
/** After a name: ", that's my daughter", " who's my husband", ", my son" (not " my husband": "school in charlotte my husband rodel ..."). */
export const RELATION_AFTER = new RegExp(String.raw`(?:,? {1,2}(?:that's|thats|that is|who's|whos|who is|she's|shes|he's|hes) |, {1,2})(?:my|our) (?:${[...RELATIONS].join('|')})(?![\w'’])`, 'iy')
/** What a name is read "on" ("the name on the account ..."). */
export const NAME_HOLDERS = new Set(['account', 'card', 'file', 'booking', 'reservation', 'policy', 'order', 'lease', 'ticket', 'licence', 'license', 'passport', 'record', 'reference'])
/** Verbs only people do, right after a name in lower-case speech ("jennifer said", "raj will handle", "priya told me"). */
export const PERSON_VERBS = new Set(['said', 'says', 'told', 'tells', 'will', 'wants', 'asked', 'emailed', 'texted', 'mentioned', 'thinks', 'thought', 'promised', 'explained', 'agreed', 'replied'])
/** Verbs that follow a relative named as their subject ("my son jack called"). */
export const RELATIVE_SUBJECT_VERBS = new Set([
  'is', 'was', 'has', 'had', 'set', 'sets', 'called', 'calls', 'opened', 'signed', 'pays', 'paid', 'handles', 'handled', 'manages',
  'managed', 'usually', 'normally', 'who', 'will', 'can', 'said', 'says', 'told', 'wants', 'needs', 'lives', 'moved', 'passed',
  'came', 'fixed', 'helped', 'sorted', 'arrived', 'explained', 'promised', 'left',
])
/** What comes before a name in a cleft sentence ("it was mark who ...", "that's rose who ..."). */
export const IT_WAS = new Set(['was', 'is', "it's", "that's", 'its', 'thats'])
/** Every turn label of a transcript, wherever its turns run together ("Caller:", "Speaker 2:", "B:"). */
export const TURN_LABELS = /(?<![^\s])([A-Z][A-Za-z'-]*)(?: [0-9]{1,2}| [A-Z])?:(?!\S)/g
/** A turn's label: a capitalised word and a colon where a line, a sentence or a timestamp ends. */
export const TURN_LABEL = /(?:^|[\n.!?\]]\s*)\p{Lu}[\p{L}'-]+:\s/gu
/** What may follow "<name> here" or "<name> speaking" in the same clause. */
export const SELF_INTRO_NEXT = new Set(['from', 'calling', 'with', 'at', 'again', 'returning', 'i', 'im', "i'm", 'just'])
/** Greetings and answers before "<name> here" ("hi, dawn here"). */
export const GREETINGS = new Set(['hi', 'hello', 'hey', 'yes', 'yeah', 'yep', 'ok', 'okay', 'morning', 'afternoon', 'evening', 'hiya'])
/**
 * Cues that name whom a message is addressed to, on the same line ("Hello Maya,", "Dear Mr Okafor"):
 * the first word of the next line is the message's own ("Hello,\n\nMay I ask ...", "Dear
 * Sir/Madam,\n\nAttached is ..."). Sign-offs ("Thanks,\nTom") do take the next line.
 */
export const SAME_LINE_CUES = new Set(['hi', 'hello', 'hey', 'hiya', 'dear', 'morning', 'afternoon', 'evening', 'ok', 'okay', 'yes', 'yeah', ...TITLES_LIST])
/** Cues after which, in lower-case speech, a word English does not know is taken for a name ("this is agnieszka"). */
export const STRONG_CUE_1 = new Set([
  "it's", 'its', "i'm", 'im', 'named', 'called', 'hi', 'hiya', 'hello', 'hey', 'dear', 'meet', 'okay', 'ok', 'thanks', 'thx', 'congrats', ...CALLED_FOREIGN,
  // whose name an account or a booking is under ("it's under nyambura wanyama")
  'under',
  // the Māori greeting of New Zealand English ("kia ora ngaio")
  'ora',
  // who a relative just named is ("my daughter ... she's josee st pierre")
  "she's", "he's",
])
/** Verbs after a lone capitalised word that make it a person ("Tomomi is from", "Sofie lives on", "Enrico shouted at"). */
export const PERSON_VERBS_AFTER = new Set([
  'comes from', 'came from', 'lives in', 'lives on', 'lives at', 'lived in', 'lived on', 'works at',
  'worked at', 'shouted at', 'yelled at', 'smiled at', 'was born', 'is married', 'said that',
  'told me', 'told us', 'told him', 'told her', 'asked me', 'asked us', 'called me', 'called us', 'emailed me',
  'call me', 'call us', 'email me', 'text me', 'get back', 'reach out',
  // someone's whereabouts at work ("Morag is OOO till Wed")
  'is ooo', 'is out', 'is off', 'is away', 'is covering', 'is sick', 'is joining', 'is presenting', 'is hosting',
])
/** Single verbs after a lone unknown capitalised word that make it a person ("Yetunde couldn't", "As Paco said"). */
export const PERSON_VERB_WORDS = new Set([
  'said', 'says', 'asked', 'told', 'agreed', 'approved', 'booked', 'paged', 'mentioned', 'suggested', 'thinks', 'knows',
  'replied', 'emailed', 'texted', 'promised', 'confirmed', "couldn't", "can't", "won't", "didn't", "doesn't", "isn't",
  "wasn't", "hasn't", "hadn't", "wouldn't", "shouldn't",
  // what people do and firms do not ("Zoltán argued", "Priit thought it was perfect")
  'argued', 'argues', 'thought', 'felt', 'feels', 'smiled', 'laughed', 'joked', 'insisted', 'admitted', 'apologised',
  'apologized', 'recalled', 'wondered', 'whispered', 'sighed', 'nodded', 'shrugged', 'scored',
])
/** What people say or think of a subject right before ("Will said", "grace told me"): a word that is also a name is the person. */
export const SPEECH_VERBS = new Set([...PERSON_VERB_WORDS].filter((w) => !w.includes("'")))
/** Adverbs between a subject and what it says ("Precious just told me", "mark also said"). */
export const SPEECH_ADVERBS = new Set(['just', 'also', 'already', 'never', 'then', 'literally', 'actually', 'apparently'])
/**
 * Lower-case chat: words right after a given name that make it the person doing something ("bram
 * still on leave", "hao has the charger", "jürgen fell asleep again").
 */
export const CHAT_SUBJECT_VERBS = new Set([
  ...PERSON_VERB_WORDS, 'has', 'had', 'still', 'fell', 'owes', 'owed', 'sent', 'left', 'got', 'wants', 'needs', 'went', 'came',
  'called', 'messaged', 'thinks', 'just', 'never', 'ever', 'always', 'also', 'will', 'can', 'could', 'should', 'would',
])
/** Lower-case chat: words right before a given name that put a person there ("ask dmitri", "with heike", "me n margaux"). */
export const CHAT_PERSON_BEFORE = new Set(['ask', 'tell', 'told', 'with', 'text', 'ping', 'message', 'did', 'does', 'thank', 'remind', 'cc'])
/**
 * A message's last line holding one or two words, after a line break (and an optional dash), or a
 * dash and a capitalised word ending the message's only line; group 1 is what comes before the
 * name, 2 the first word, 3 the second.
 */
export const SIGNATURE_LINE = /((?:\n[ \t]*(?:--?|—|–|~)?[ \t]*)|(?:[ \t](?:--?|—|–)[ \t]*(?=\p{Lu})))(\p{L}[\p{L}'’-]+)(?:[ \t]+(\p{L}[\p{L}'’-]+))?[ \t]*\n*$/du
/** "me n margaux", "u n joost": the pronouns before chat's "n" (and). */
export const CHAT_N_PRONOUNS = new Set(['me', 'u', 'you', 'him', 'her', 'us'])
/** What belongs to a person, after a possessive ("Kahurangi's laptop", "Khalid's team"). */
export const OWNED_BY_PEOPLE = new Set([
  'laptop', 'phone', 'desk', 'team', 'car', 'wife', 'husband', 'son', 'daughter', 'mum', 'mom', 'dad', 'father', 'mother',
  'brother', 'sister', 'kid', 'kids', 'baby', 'partner', 'email', 'inbox', 'number', 'address', 'birthday', 'manager', 'boss',
  'login', 'password', 'calendar', 'account', 'vpn', 'idea', 'leaving', 'farewell',
])
/** How a question or a request put to someone named just before begins ("Kuba, can I ...", "Ines, would you ..."). */
export const ADDRESS_OPENERS = new Set(['can', 'could', 'would', 'will', 'do', 'did', 'are', 'have', 'may', 'should'])
export const ADDRESSEES = new Set(['i', 'you', 'we'])
/** Where an action item's owner stands: a list item's start or after "Action(s):". */
export const ACTION_ITEM_BEFORE = /(?:(?:^|\n)[ \t]*(?:[-*\u2022]|\d+[.)])[ \t]+|\b(?:actions?|ap|owner|todo|to-do)[ \t]*:[ \t]*)$/i
/** "to" and an action's verb after its owner ("... to send the deck"), maybe after a co-owner ("+ BH", "and Priya"). */
export const ACTION_AFTER = /^(?: (?:\+|&|and) [A-Z][\w.-]*)? to (?:send|follow|book|call|check|update|share|review|draft|email|e-mail|schedule|confirm|fix|chase|circulate|prepare|write|set up|look into|raise|reach out|organise|organize|contact|investigate|ping|sync|own|run|add|remove|create|finalise|finalize|sort)\b/

/** A dash that opens a signature: after a sentence's end or a line break. */
export const DASH_BEFORE = /(?:[.!?)]\s+|\n\s*|^\s*)(?:-{1,2}|\u2013|\u2014) ?$/

/** Who someone "has" on a call. */
export const HAVE = new Set(['have', "i've", 'got'])
export const ON_THE_LINE = /^ on the (?:line|call|phone)\b/i

/** An e-mail address in angle brackets after a display name. */
export const DISPLAY_ADDRESS_AFTER = /^ ?<[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>/

/** Generational suffixes and degrees after a name ("ii", "jr", "md", "dds"). */
export const NAME_SUFFIXES = new Set([
  'jr', 'sr', 'ii', 'iii', 'iv', 'md', 'dds', 'dmd', 'phd', 'rn', 'np', 'esq', 'cpa', 'mba', 'do', 'pa',
  // degrees and memberships after a vet's, a doctor's, a lawyer's or an accountant's name ("Dr Imran Qureshi BVSc MRCVS")
  'bvsc', 'bvms', 'mrcvs', 'dvm', 'vmd', 'mbbs', 'mbchb', 'frcs', 'mrcp', 'frcp', 'mrcgp', 'bds', 'llb', 'llm', 'kc', 'qc', 'cfa', 'acca', 'fca', 'rgn',
])

/** Particles that start a surname and no place name ("van Leeuwen", "bin Rashid"; not "de", "del", "la"). */
export const SURNAME_PARTICLES = new Set(['van', 'von', 'der', 'den', 'ten', 'ter', 'bin', 'bint', 'binti', 'ibn'])
export const TITLES = new Set(TITLES_LIST)
/** Words that stand before a name without being part of it: titles (spelled out or abbreviated), one-word cues and roles' labels. */
export const titleOrCue = (w: string): boolean => TITLES.has(w) || ABBREVIATED_TITLES.has(w) || WORD_TITLES.has(w) || CUE_1.has(w) || ROLE_NOUNS.has(w)
/** Titles written abbreviated, with a period before the name ("Mr. Smith", "Dr. Okafor", "Sra. Lopez"). */
export const ABBREVIATED_TITLES = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'rev', 'mx', 'sra', 'srta', 'sr', 'st', 'fr', 'hon', 'capt', 'sgt', 'lt', 'col', 'gen', 'cpl', 'insp', 'supt', 'messrs', 'mme', 'mlle', 'dott', 'ing', 'lic', 'engr', 'barr', 'alh'])
/** Japanese honorifics joined to a name by a hyphen ("Tanaka-san"): they say a name stands before them, and are no part of it. */
export const HONORIFIC_SUFFIXES = new Set(['san', 'sama', 'kun', 'chan', 'sensei', 'senpai', 'dono'])
/** Titles that are also ordinary words ("the doctor said"): a title only before a word that is no English word. */
export const WORD_TITLES = new Set(['doctor', 'professor', 'nurse', 'officer', 'detective', 'sergeant', 'captain', 'pastor', 'father', 'sister', 'judge', 'coach', 'deacon', 'deaconess', 'vicar', 'rabbi', 'imam', 'bishop', 'evangelist', 'apostle', 'prophet', 'major', 'colonel', 'lieutenant', 'corporal', 'commander', 'brigadier', 'admiral', 'constable', 'inspector', 'superintendent', 'pc', 'attorney', 'auntie', 'aunty', 'aunt', 'uncle', 'abuela', 'abuelo', 'nonna', 'nonno', 'chief', 'lady', 'lord', 'dame', 'mufti', 'swami'])
/** Word titles of professions: a capitalised English word after one is a surname ("Doctor Park"), unlike "Captain America". */
export const PROFESSIONAL_TITLES = new Set(['doctor', 'professor', 'nurse', 'officer', 'detective', 'sergeant', 'judge'])
/** What only a person has, after a possessive ("Grace's mobile"). */
export const CONTACT_NOUNS = new Set(['mobile', 'phone', 'cell', 'landline', 'whatsapp', 'email', 'e-mail', 'birthday', 'dob', 'surname', 'passport', 'licence', 'license'])
/** Table columns that hold people's names ("surname", "first_name" is told by its "name"). */
export const NAME_COLUMN_WORDS = new Set(['surname', 'surnames', 'forename', 'forenames', 'firstname', 'lastname', 'fullname', 'givenname', 'familyname', 'middlename'])
/** A clinician's or a lawyer's credential after a name ("David Anderson, MD", "A. Patel MBBS"). */
export const CREDENTIAL_AFTER = /^,?[ \t]+(?:MD|M\.D\.|DO|RN|NP|PA-C|PhD|Ph\.D\.|DDS|DMD|MBBS|MBChB|FRCS|FRCP|MRCP|DPT|PharmD|LCSW|APRN|CNM|Esq\.?)(?![\p{L}\p{N}])/u
/** What asks whether someone is present, after "is <name>" ("there?", "on the call yet?", "available?"). */
export const PRESENCE_QUESTION = /^ (?:there|here|around|back|in|available|free|joining(?: us)?|on (?:the )?(?:call|line|leave)|in the (?:meeting|office|room))(?: (?:yet|today|now|still))?\?/

/** Words said of a name after "is" ("the surname is fine", "it's spelled ..."), never the name itself (lower case). */
export const NAME_PREDICATES: ReadonlySet<string> = new Set([
  'fine', 'correct', 'incorrect', 'right', 'wrong', 'okay', 'ok', 'good', 'great', 'perfect', 'different', 'same', 'spelled', 'spelt',
  'hyphenated', 'changed', 'unusual', 'common', 'complicated', 'tricky', 'difficult', 'easy', 'missing', 'blank', 'misspelled',
  'misspelt', 'listed', 'shown', 'written', 'printed', 'updated', 'needed', 'required', 'optional',
])

/** Who has reached a firm's line, before "through to" ("you're through to Spark"). */
export const REACHED: ReadonlySet<string> = new Set(["you're", 'youre', 'are', "you've", 'been'])
/** After a firm's name, the agent saying who answers (",  my name's Aroha", ", this is Sam", " - Priya speaking"). */
export const AGENT_INTRODUCTION = /,? {1,2}(?:[-–] )?(?:my name(?:'s| is)|my names|this is|i'm|i am|\p{L}+ speaking\b)/iuy
/** Words an answer opens with before what was asked for ("Sure, it's Banda", "Yes, Okafor"). */
export const ANSWER_WORDS: ReadonlySet<string> = new Set(['sure', 'yes', 'yeah', 'yep', 'yup', 'ok', 'okay', 'certainly', 'absolutely', 'right', 'alright', 'sorry', 'well', 'so'])
/** Nouns of a family after its surname ("the Nguyen family", "the Okafor household"). */
export const FAMILY_NOUNS: ReadonlySet<string> = new Set(['family', 'families', 'household', 'twins', 'clan', "family's"])
/** A booking's party named by its surname ("the Rossi party, 4 covers", "the Adeyemi booking"). */
export const PARTY_NOUNS: ReadonlySet<string> = new Set(['party', 'booking', 'reservation', 'wedding'])
/** A word that is English too names a family when it is a surname at least this frequent (rank): "the Smith family". */
export const FAMILY_SURNAME_RANK = 1000
/** Verbs of reaching someone by phone before the person and "on"/"at" a number ("call vinh on 0903 ...", "text Ama at 024 ..."). */
export const CALL_VERBS: ReadonlySet<string> = new Set(['call', 'ring', 'text', 'phone', 'message', 'whatsapp', 'reach', 'contact'])
/** Verbs that add someone to what holds names, or take them off it ("put O'Sullivan on the file"). */
export const ADDING_VERBS: ReadonlySet<string> = new Set(['put', 'add', 'added', 'adding', 'list', 'include', 'remove', 'removed', 'removing', 'take', 'transfer'])
/** The prepositions between the person and what holds their name. */
export const ADDED_TO: ReadonlySet<string> = new Set(['on', 'onto', 'to', 'off', 'from'])
/** Besides `NAME_HOLDERS`: plans and accounts people are put on ("add Kevin to the plan"). */
export const HELD_ON: ReadonlySet<string> = new Set(['plan', 'mortgage', 'loan', 'insurance', 'payroll', 'membership', 'tenancy', 'deed', 'title', 'registration', 'authorised', 'authorized', 'joint'])
/** Family words that label a contact ("Mom Jiyeon", "dad Henri", "Wife: Ana"). */
export const KIN_LABELS: ReadonlySet<string> = new Set(['mom', 'mum', 'mother', 'dad', 'father', 'wife', 'husband', 'son', 'daughter', 'brother', 'sister', 'grandma', 'grandpa', 'aunt', 'uncle', 'partner'])
