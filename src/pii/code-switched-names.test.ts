import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const engine = createPiiEngine()
const redacted = (text: string): string => engine.redact(text).text
/** The person names the engine finds, as written. */
const names = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))
/** The other values the engine finds, with their types. */
const numbers = (text: string): [string, string][] => engine.scan(text).filter((f) => f.type !== 'person_name').map((f) => [f.type, text.slice(f.start, f.end)])

describe('Tagalog, Hindi and Spanish words that are names elsewhere (blind sets FO, FQ)', () => {
  it('are words in a text that switches to the language', () => {
    for (const text of [
      'Sir, yung cut-off po ba is every fifteenth and thirtieth?',
      'po yung thirteenth month pay kasama na ba sa december fifteen payout',
      'Ay, salamat po, naayos na yung login ko, pwede na ako mag-download ng payslip.',
      'haan ji mera pan number hai kya',
      'Mira, el seguro dice que necesita prior authorization, so, ¿cuánto tiempo tarda eso?',
      "Dale, perfecto, then I'll pick it up mañana after work, ¿está bien?",
      'Mi fecha de nacimiento ya la tienen, es para el refill.',
    ]) expect(redacted(text)).toBe(text)
  })

  it('stay names where the text does not switch, or the words are capitalised', () => {
    expect(redacted('Please ask Yung Na about it, she called Ji Hai yesterday.')).toBe('Please ask [PERSON_NAME] about it, she called [PERSON_NAME] yesterday.')
    expect(redacted('Send it to PO Box 12, attention Yung Na.')).toBe('Send it to PO Box 12, attention [PERSON_NAME].')
    expect(redacted('Mira Patel called about her refill.')).toBe('[PERSON_NAME] called about her refill.')
    expect(redacted('Mi Jung called about the refill.')).toBe('[PERSON_NAME] called about the refill.')
    // (a given name among the Spanish stop-words stays a name: "dan" is a verb there)
    expect(redacted('hablé con Dan ayer, que bueno, para la receta')).toBe('hablé con [PERSON_NAME] ayer, que bueno, para la receta')
  })

  it('and a name in a switched text stays one', () => {
    expect(redacted('si maam kristine po ito, kristine mae villanueva, yung tin ko po ay naka-hold')).toBe('si maam [PERSON_NAME] po ito, [PERSON_NAME], yung tin ko po ay naka-hold')
  })
})

describe('a birth date said in Spanish (blind set FQ)', () => {
  const dates = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'date_of_birth').map((f) => text.slice(f.start, f.end))

  it('with its numbers as words, after a birth word', () => {
    expect(dates('Mi fecha de nacimiento es el doce de abril de mil novecientos cincuenta y siete, so, April twelfth, fifty-seven.')).toEqual([
      'doce de abril de mil novecientos cincuenta y siete',
      'April twelfth, fifty-seven',
    ])
    expect(dates('y su fecha de nacimiento, her birthday, es nueve de septiembre del cuarenta y ocho.')).toEqual(['nueve de septiembre del cuarenta y ocho'])
    expect(dates('nací el primero de mayo de dos mil uno')).toEqual(['primero de mayo de dos mil uno'])
    // ... its day or year in figures (blind set IA)
    expect(dates('nacimiento: el doce de abril de 1957')).toEqual(['doce de abril de 1957'])
  })

  it('and in Portuguese and Italian (blind set IB)', () => {
    expect(dates('her date of birth is vinte e cinco de dezembro de noventa e um')).toEqual(['vinte e cinco de dezembro de noventa e um'])
    expect(dates('data de nascimento catorze de maio de mil novecentos e oitenta e um')).toEqual(['catorze de maio de mil novecentos e oitenta e um'])
    expect(dates('è nata il nove maggio settantotto')).toEqual(['nove maggio settantotto'])
    expect(dates('nato il ventidue marzo del millenovecentottantuno')).toEqual(['ventidue marzo del millenovecentottantuno'])
    expect(dates('data de nascimento 14 de maio de mil novecentos e oitenta e um')).toEqual(['14 de maio de mil novecentos e oitenta e um'])
    expect(dates('la visita è il nove maggio duemilaventicinque')).toEqual([])
  })

  it('not an appointment', () => {
    expect(dates('la cita es el doce de abril de dos mil veinticinco')).toEqual([])
  })
})

describe('Indonesian, Malay and Vietnamese said to a bank or a wallet (blind set HQ)', () => {
  it("their greetings and function words are no names, though some are elsewhere (\"Dan\", \"Ada\", \"Baik\", \"Anh\")", () => {
    const indonesian = 'Agent: Halo BCA, selamat pagi, dengan Dewi.\nCaller: Pagi, Mbak Dewi. Saya mau lapor, ada transfer dari rekening saya.\nAgent: Baik, Ibu. Boleh saya tahu nama lengkap Ibu?\nCaller: Maria Tambunan.\nAgent: Dan nomor HP yang terdaftar?\nAgent: Terima kasih, Bu Maria.'
    expect(names(indonesian)).toEqual(['Dewi', 'Dewi', 'Maria Tambunan', 'Maria'])
    const vietnamese = 'Agent: Vietcombank xin chào, em là Tuấn.\nCaller: Chào em.\nAgent: Dạ, anh cho em xin số CCCD và số điện thoại đăng ký ạ.\nAgent: Dạ, cảm ơn anh Khánh.'
    expect(names(vietnamese)).toEqual(['Tuấn', 'Khánh'])
  })

  it('in English, the same words stay names, and a bank shaped as one word is no one', () => {
    expect(names('Dan and Ada will call back.')).toEqual(['Dan', 'Ada'])
    expect(names('Agent: Techcombank, good morning.')).toEqual([])
    expect(names('Agent: Eubank, good morning.')).toEqual(['Eubank'])
  })
})

describe('form labels in Malay and Indonesian, and a customer named by a form (blind set HQ)', () => {
  it('"Nama:" names what follows, its label\'s other words do not; "Customer:" in a form names, in a chat opens a turn', () => {
    expect(names('Permohonan paspor | Nama: Yohanes Simanjuntak | NIK: 3171234567890001')).toEqual(['Yohanes Simanjuntak'])
    expect(names('Dispute form | Nama nasabah: Fitri Handayani | No. rekening: 137-00-1452867-3')).toEqual(['Fitri Handayani'])
    expect(names('PromptPay registration failed | Customer: Kittipong Wongsawat | Tried to link')).toEqual(['Kittipong Wongsawat'])
    expect(names('[10:42] Customer: Salam, pls add new beneficiary\n[10:43] Agent: Sure, one moment.')).toEqual([])
  })
})

describe("Malaysia's and Singapore's \"child of\" in a name (blind set HQ)", () => {
  it('"a/p", "a/l", "s/o" and the father\'s name after them are the name\'s; spoken "a p" too', () => {
    expect(names('Nama: Kavitha a/p Muniandy | No. KP: 850101-14-5566')).toEqual(['Kavitha a/p Muniandy'])
    expect(names('Hi, my name is Priya a/p Krishnan.')).toEqual(['Priya a/p Krishnan'])
    expect(names('Name of Consumer: Muhammad Asif s/o Ghulam Rasool')).toEqual(['Muhammad Asif s/o Ghulam Rasool'])
    expect(names('I told Maria a lot about it')).toEqual(['Maria'])
  })
})

describe('French and German said to a bank, an insurer or an office (blind sets HV, HY)', () => {
  it("French words are words in a text that switches to French, in lower case too; names the lists hold stay names", () => {
    for (const text of [
      'oui bonjour je voudrais savoir le taux il est à quatre pour cent c est pour le bail',
      "alors c'est ma carte vitale  elle est perdue  j'ai perdu le numéro",
      'Client: Oui, bonjour, je vous appelle pour le remboursement.',
    ]) expect(redacted(text)).toBe(text)
    expect(names("bonjour je m'appelle pierre dubois et je voudrais changer mon adresse")).toContain('pierre dubois')
    // (no French text, no French words: "Carte" is a surname somewhere)
    expect(names('Please call Anna Carte back about the refund.')).toEqual(['Anna Carte'])
  })

  it("German nouns English carries are words by their endings, unless a name list holds them", () => {
    for (const text of [
      'Patient: Anna Weber | Überweisung Kardiologie, Termin next week.',
      'I need the Meldebescheinigung and my Versichertennummer for the Krankenkasse.',
      'The Vermieterin kept the Kaution, says the Mietvertrag.',
      'The Nebenkosten and the Rundfunkbeitrag are due, the Kardiologie says.',
      'Ja, genau, der Termin ist im Juli, und die Rechnung kommt dann im Januar.',
    ]) expect(redacted(text)).toBe(text.replace('Anna Weber', '[PERSON_NAME]'))
    expect(names('Please ask Klaus Albrecht about the Zahlung.')).toEqual(['Klaus Albrecht'])
    // (a Cantonese surname ends as "-ung" does, after a vowel: a name, and its mailbox a person's)
    expect(engine.scan('Reach me at tkleung1961@netvigator.com').map((f) => f.type)).toEqual(['email_address'])
  })
})

describe('Spanish, Italian and Portuguese said to a bank, a carrier or an office (blind sets IA, IB)', () => {
  it("their words are words in a text that switches to them, capitalised too (\"Pero\", \"Quiero\", \"Ufficio\", \"Agência\")", () => {
    expect(names('Caller: Hola, buenas. Es sobre la factura. Me llegó por 78.400 pesos. Caller: Pero no tanto, ¿no?')).toEqual([])
    expect(names('Caller: Quiero pagar con la tarjeta. Agent: American Express? Caller: Yes.')).toEqual([])
    expect(names('Pronto, buongiorno. Il numero cliente non lo trovo. Ufficio Territoriale di Pescara mi ha detto di chiamare.')).toEqual([])
    expect(names('Bom dia, tudo bem? Então, sou o Paulo Mendes e a Agência do centro não atende o telefone.')).toEqual(['Paulo Mendes'])
  })

  it('an IBAN whose country letters are spelled, a pause before its digits', () => {
    expect(numbers('okay my iban is e s  ochenta  dos cero nueve cinco  cero seis uno uno  cero siete cero nueve  uno cero dos dos  tres tres cuatro cuatro')).toEqual([
      ['banking_information', 'e s  ochenta  dos cero nueve cinco  cero seis uno uno  cero siete cero nueve  uno cero dos dos  tres tres cuatro cuatro'],
    ])
  })

  it('a second surname after two capitalised words of the name, as Spanish and Portuguese names carry', () => {
    expect(names('Cardholder Esteban Quiroga Lama reports card stolen')).toEqual(['Esteban Quiroga Lama'])
    expect(names('Ana Beatriz Ferreira da Silva called')).toEqual(['Ana Beatriz Ferreira da Silva'])
    // ... not a firm's word, nor a day after the name
    expect(names('Sarah Jones Consulting called')).toEqual([])
    expect(names('I met John Smith Tuesday')).toEqual(['John Smith'])
  })

  it('"de" right after the languages\' "name" is "of", no particle of the name after it', () => {
    expect(names('la cuenta está a nombre de Nicolás Ferreyra')).toEqual(['Nicolás Ferreyra'])
    expect(names('o contrato está em nome de João Silva')).toEqual(['João Silva'])
    expect(names('mi nombre es Luis de la Cruz')).toEqual(['Luis de la Cruz'])
  })

  it('not where a domain or an English filler looks like one of their words', () => {
    expect(names('Sent from j.rossi@libero.com; Pero Kovač called about the invoice.')).toEqual(['Pero Kovač'])
    expect(names('I paid with the card um do you need it. Te Rangi called.')).toEqual(['Te Rangi'])
  })
})

describe('numbers asked for and named in French (blind set HY)', () => {
  it("a card's last four and its security code, answering a question in French", () => {
    expect(numbers('Agent: Les quatre derniers chiffres de votre carte ?\nClient: 8163.\nAgent: Et votre code de sécurité, au dos de la carte ?\nClient: 306.')).toEqual([
      ['credit_card_number', '8163'],
      ['credit_card_cvv', '306'],
    ])
    expect(numbers('Agent: Et le cryptogramme ?\nClient: 412.')).toEqual([['credit_card_cvv', '412']])
  })

  it("a login's identifier, a claimant's and a member's number", () => {
    expect(numbers('Freebox en panne. Identifiant : fbx48213377')).toEqual([['account_number', 'fbx48213377']])
    expect(numbers("mon numéro d'allocataire c'est 7897124")).toEqual([['account_number', '7897124']])
  })
})

describe('numbers named in German (blind set HV)', () => {
  it("a health insurer's number after German's copula and its other names, and asked for by its name", () => {
    expect(numbers('Hallo, meine Versichertennummer ist T185525769.')).toEqual([['healthcare_number', 'T185525769']])
    expect(numbers('her Krankenversicherungsnummer E688216481')).toEqual([['healthcare_number', 'E688216481']])
    expect(numbers("Agent: Can I have your Versichertennummer, please?\nCaller: Yes, it's P333306120.")).toEqual([['healthcare_number', 'P333306120']])
  })

  it("a tax number in the tax office's slashes, where its name says so", () => {
    expect(numbers('Ich hab meine Steuernummer hier: 181/815/08155.')).toEqual([['us_social_security_number', '181/815/08155']])
    expect(numbers('Finanzamt Wien: Steuernummer 03 412/7718.')).toEqual([['us_social_security_number', '03 412/7718']])
    expect(numbers('paid on 13/457/60218')).toEqual([])
  })

  it("Austria's social insurance number and Germany's tax ID by their German names, their checks holding", () => {
    expect(numbers('My Sozialversicherungsnummer is 2907 080802.')).toEqual([['us_social_security_number', '2907 080802']])
    expect(numbers('{"svnr":"7274250391"}')).toEqual([['us_social_security_number', '7274250391']])
    expect(numbers('Sozialversicherungsnummer 2908 080802')).toEqual([])
    expect(numbers('Ihre Identifikationsnummer lautet: 51 896 031 727')).toEqual([['us_social_security_number', '51 896 031 727']])
    // ... and German customers' and members' numbers as letters shorten their names
    expect(numbers('Kundennr. alt KD-3380214, bitte prüfen')).toEqual([['account_number', 'KD-3380214']])
    expect(numbers('My Beitragsnummer is 483 920 117 but I moved')).toEqual([['account_number', '483 920 117']])
  })
})
