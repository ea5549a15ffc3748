import { describe, expect, it } from 'vitest'
import { scan } from '../index.js'

/** The person names the engine finds, as written. */
const names = (text: string): string[] => scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe('relatives named in lower-case speech (blind set BP)', () => {
  it('a relation after its owner is the relation, though "Son" is a family name too', () => {
    expect(names('for my son ravi  his date of birth is january twenty eighth two thousand nine')).toEqual(['ravi'])
    expect(names('call my son ravi please')).toEqual(['ravi'])
  })

  it("a pause, a stop, or a new clause after a relative's given name ends it", () => {
    expect(names('my son jack  his date of birth is the fourth')).toEqual(['jack'])
    expect(names('my dad mark, he handles the bills')).toEqual(['mark'])
    expect(names('my brother bill kaminski and my aunt may but she never calls')).toEqual(['bill kaminski', 'may'])
    // ... not a verb that takes a clause, nor a word the name is no part of
    expect(names('my daughter hope she can come on friday')).toEqual([])
    expect(names('my wife rose early today')).toEqual([])
    expect(names('my son will call you back')).toEqual([])
  })
})

describe('a given name that is also a word, doing what people do (blind set BP)', () => {
  it('right before what only people say or think', () => {
    expect(names("Yeah, Will said he'd mark it as urgent and call me back.")).toEqual(['Will'])
    expect(names("yeah  will said he'd mark it as urgent")).toEqual(['will'])
    expect(names('Grace told me to call back.')).toEqual(['Grace'])
    // ... not after an article or an owner, nor a month
    expect(names('The bill said I owe forty dollars.')).toEqual([])
    expect(names('the summer thought of it')).toEqual([])
  })

  it('whom a caller is transferred to', () => {
    expect(names('Can you transfer me to Frank in claims?')).toEqual(['Frank'])
    expect(names("can you transfer me to frank in claims he was handling my file  and to be frank i don't want to explain")).toEqual(['frank'])
    expect(names('can you transfer me to the right team')).toEqual([])
    expect(names('Transfer me to Sales.')).toEqual([])
  })
})

describe('devices, programs and firms named like people (blind set BR)', () => {
  it('a voice assistant or a program alone is no person, whatever cue stands before it', () => {
    expect(names('I asked Alexa to reorder it.')).toEqual([])
    expect(names('I said, Hey Siri, call the bank.')).toEqual([])
    expect(names('INC-4411: Alexa skill returning 500s.')).toEqual([])
    expect(names('She says Excel crashes every time she opens the file.')).toEqual([])
    // ... announced as a name, or with a surname, they are a person
    expect(names('Hi, this is Alexa from billing.')).toEqual(['Alexa'])
    expect(names('Alexa Chung called.')).toEqual(['Alexa Chung'])
  })

  it('a firm of two names joined by "and"', () => {
    expect(names('I bought it from Marks and Spencer and the receipt says order 40017723.')).toEqual([])
    expect(names("the ben and jerry's was on the offer")).toEqual([])
    expect(names('Can I get two Dr Pepper and a Diet Coke?')).toEqual([])
    expect(names('Tom and Jerry called.')).toEqual(['Tom', 'Jerry'])
  })

  it('a word that opens what is said is no part of a spelled name', () => {
    expect(names("So D'Souza is spelled D-S-O-U-Z-A, with an apostrophe.")).toEqual(["D'Souza", 'D-S-O-U-Z-A'])
  })
})

describe("names in a chat's mentions, a form's fields and lists (blind set BR)", () => {
  it('a capitalised mention English does not know', () => {
    expect(names('@Sita can you pick up the ticket?')).toEqual(['Sita'])
    expect(names('@Ciarán @Thanawat can one of you cover the call at 3?')).toEqual(['Ciarán', 'Thanawat'])
    expect(names('@Here please review. @Platform team, heads up. @DevOps ping')).toEqual([])
  })

  it("a workplace's or a trip's field holds a name, unless a place follows", () => {
    expect(names("Employee: Aram Hakobyan\nManager: Sonia D'Souza")).toEqual(['Aram Hakobyan', "Sonia D'Souza"])
    expect(names('Investigator: Lusine Sargsyan. Meeting scheduled for Tuesday.')).toEqual(['Lusine Sargsyan'])
    expect(names('Traveller: Liban Warsame\nNationality: Canadian')).toEqual(['Liban Warsame'])
    expect(names('agent: What city are you calling from?\nemployee: Charlotte, North Carolina.')).toEqual([])
  })

  it('names joined by "or"', () => {
    expect(names("It'll be either Isla or Kian picking it up.")).toEqual(['Isla', 'Kian'])
    expect(names('Do you want Visa or Mastercard? Tuesday or Wednesday?')).toEqual([])
  })
})

describe('words of records and bills that are no names (blind set BQ)', () => {
  it('"Max" and "Min" before what they bound', () => {
    expect(names('Trace opened. Max liability $500.00 unless declared value. Min order 3 units.')).toEqual([])
    expect(names('I spoke to Max about it.')).toEqual(['Max'])
  })

  it('an abbreviated title before a comma is a word of an address', () => {
    expect(names('Ship to: 8426 Sycamore Dr, Columbus, OH 43219')).toEqual([])
    expect(names('Dr. Columbus will see you now.')).toEqual(['Columbus'])
  })

  it("a call's outcome in capitals after a dash, and firms by their last word", () => {
    expect(names('01/06/2025 11:45 AM IB call – RPC\nSpoke w/ Ingrid Zhang')).toEqual(['Ingrid Zhang'])
    expect(names('Crestline Alert: A purchase of USD 456.87 was declined.')).toEqual([])
    expect(names('Agent: Oakridge Apartments, how can I help?')).toEqual([])
    expect(names('Hello, this is a message from Oakdale Rx. Your prescription is ready.')).toEqual([])
  })
})

describe('titles, salutations and form labels of the languages callers switch to (blind set BO)', () => {
  it('a title or a salutation stands before the name, no part of it', () => {
    expect(names('Gentile Signora Rossi,\nla sua pratica 551162 è stata aperta.')).toEqual(['Rossi'])
    expect(names('Falo com a Dona Beatriz? Ah, perfeito.')).toEqual(['Beatriz'])
  })
  it("a form's label is no name", () => {
    expect(names('Comentario: I need the factura with my RFC please')).toEqual([])
  })
})

describe('someone of a department, and a subject before an adverb and what people say (blind set BR)', () => {
  it('a given name, or a capitalised word English does not know, before "in" or "from" a department', () => {
    expect(names("Thanks for holding. I've checked with Olena in underwriting and we're fine.")).toEqual(['Olena'])
    expect(names('I spoke to Grace from billing.')).toEqual(['Grace'])
    // ... not a place, nor a team
    expect(names('Our office in Paris in sales is closed. The team in Sales agreed.')).toEqual([])
  })
  it('an adverb between a given name that is a word and what people say', () => {
    expect(names('lol Precious just told me the demo got pushed to Wednesday')).toEqual(['Precious'])
  })
})

describe("a team's signature (blind set BQ)", () => {
  it('a line that ends in a team noun signs for the team, not a person', () => {
    expect(names('Thank you,\nCoastal Parcel Customer Care\n1-860-700-1000')).toEqual([])
    expect(names('Sincerely,\nMaple Moss Title & Escrow Closing Team')).toEqual([])
    // ... a person signing with a title after a comma, or on a line of their own, stays a person
    expect(names('Regards,\nPriya Nair, Customer Support')).toEqual(['Priya Nair'])
    expect(names('Thanks,\nJohn Smith\nCustomer Care Team')).toEqual(['John Smith'])
  })
})

describe("support threads' signatures and notes (blind set BS)", () => {
  it("a team's abbreviation and a form's remark label in Dutch are no names", () => {
    expect(names('- Payments Ops asked us to hold refunds over £35.00')).toEqual([])
    expect(names('Opmerking: medewerker wil loonheffingskorting niet meer toepassen')).toEqual([])
  })
})

describe("a copied chat message's header with a bullet (blind set BS)", () => {
  it('"Name • 14:21" alone on its line', () => {
    expect(names('Chat started via Web Widget\n\nMaria • 14:21\nHi there! Thanks for contacting Orbital Telecom.')).toEqual(['Maria'])
    expect(names('Zorvan Quil · 2:22 PM\nhello?')).toEqual(['Zorvan Quil'])
    expect(names('Standup • 9:30\nAgenda below')).toEqual([])
  })
})

describe("the agent's own name where a call opens, and the firm before it (blind set BT)", () => {
  it('"<name> here", "<name> speaking" after the firm and its department', () => {
    expect(names('agent: hello hsbc customer care gloria here\ncustomer: hiya')).toEqual(['gloria'])
    expect(names('agent: avis reservations grace speaking\ncaller: hi i need a car')).toEqual(['grace'])
    expect(names("Hello, Delta customer care, Amelie here. Hey, I'm trying to check in.")).toEqual(['Amelie'])
    // ... not "over here", nor a department
    expect(names("i'm over here, billing here how can i help")).toEqual([])
    expect(names('hello sarah, customer service is closed')).toEqual(['sarah'])
  })
})

describe('a code read in the spelling alphabet (blind set BT)', () => {
  it('three or more of its words in a run are letters said, not names', () => {
    expect(names('customer: uh whiskey delta lima golf charlie golf six five two victor uniform\nagent: ok')).toEqual([])
    expect(names('my confirmation is q l t y y c charlie sierra tango')).toEqual([])
    // ... one or two of them are names
    expect(names('Charlie Victor called.')).toEqual(['Charlie Victor'])
    expect(names('I spoke with Romeo and Juliet yesterday')).toEqual(['Romeo', 'Juliet'])
  })
})

describe("what a speaker says after spelling a name, and a code's letters (session 53)", () => {
  it('a contraction after a spelling is no surname', () => {
    expect(names("my name is gordon mcbride  m c b r i d e  i'm ringing about my mother")).toEqual(['gordon mcbride', 'm c b r i d e'])
    expect(names("my name is siobhan  s i o b h a n  it's pronounced shiv awn")).not.toContain("it's")
    expect(names("it's tomasz t o m a s z wiśniewski")).toEqual(['tomasz', 't o m a s z', 'wiśniewski'])
  })

  it("a few letters right before a number, or before the word number, are the code's letters", () => {
    expect(names('agent the reference for your dispute is d s p  eight eight four one oh  please keep it  caller d s p eight eight four one oh okay')).toEqual([])
    expect(names('my g w f number is g w f  zero eight one  one seven seven  three four two')).toEqual([])
    expect(names('surname is n g  and the first name is wei')).toContain('n g')
  })
})

describe("a form's field labels and other languages' speaker roles are no speakers' names (session 53)", () => {
  it("a word that opens one line only of a form is the field's label", () => {
    const form = 'Pasajero: Rosa Elena Chávez de la Cruz\nDocumento: DNI 43746038\nNecesidad: silla de ruedas\nVuelo: LA 2033 LIM-CUZ\nSeguro: no'
    expect(names(form)).toEqual(['Rosa Elena Chávez de la Cruz'])
  })

  it("callers, carers and staff in a dialogue's labels, in English or another language", () => {
    expect(names('Agent: Sind Sie in Sicherheit?\nAnrufer: Ja, hinter der Leitplanke.\nAgent: Gut.\nAnrufer: Danke.')).toEqual([])
    expect(names('Carer: She had her lunch at noon.\nNurse: Good, any pain?\nCarer: None today.')).toEqual([])
    expect(names('Verkäufer: Der Wagen ist fertig.\nKäufer: Super, ich komme morgen.\nVerkäufer: Bis dann.')).toEqual([])
  })

  it("drivers, dispatchers and offices labelling turns in Polish, Romanian and Spanish, a turn's name still read", () => {
    expect(names('Kierowca: Awaria agregatu w chłodni. Spedytor: Dobra, rób zdjęcia termografu. Kierowca: Już dzwoniłem.')).toEqual([])
    expect(names('Dispecer: Notează numărul. Șofer: Am notat. Dispecer: Și lasă cheile la recepție.')).toEqual([])
    expect(names('Despachador: ¿Ya cruzaste? Operador: Sí, ya voy a Monterrey. Despachador: Perfecto.')).toEqual([])
    expect(names('Kierowca: Dzień dobry. Biuro: A imię i nazwisko? Kierowca: Łukasz Grabowski.')).toEqual(['Łukasz Grabowski'])
  })

  it('still a name no list knows labelling a line of dialogue', () => {
    expect(names('Ubul: What a wife.')).toEqual(['Ubul'])
    // (three speakers once each, but what their lines hold is said, not filled in)
    expect(names('Ubul: What a wife.\nNicole: Remember me, Mary?\nJohn: You saved my life!')).toContain('Ubul')
    expect(names('Ngaire: can you cover my shift?\nTama: yep no worries\nNgaire: legend')).toContain('Ngaire')
  })
})

describe('pet forms and the names of more countries (session 53: blind sets HD, HE, HF)', () => {
  it('given names no census list holds, after a cue or beside a surname', () => {
    expect(names('Thank you for calling Acme, Suha speaking, how can I help?')).toEqual(['Suha'])
    expect(names('Counsellor: Orlaith Brennan, room 2')).toEqual(['Orlaith Brennan'])
    expect(names('Please ask for Steph Walsh at reception.')).toEqual(['Steph Walsh'])
  })

  it('not a weekday\'s or a unit\'s abbreviation', () => {
    expect(names('Tarifs au 1er avril 2024:\n- Forfait 2h 100 Mo')).toEqual([])
  })
})
