import { describe, expect, it } from 'vitest'
import { scan } from '../index.js'

/** The person names the engine finds, as written. */
const names = (text: string): string[] => scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe('names in the places conversations keep for their authors (blind set BJ)', () => {
  it("a chat line's author after its timestamp, whatever the name", () => {
    expect(names('[12:46] Malte: Kunde Sönke Albers hat IBAN durchgegeben.')).toEqual(['Malte', 'Sönke Albers'])
    expect(names('[17/11/2024, 15:26] Njeri Mwangi: the ES customer typed it into the widget')).toEqual(['Njeri Mwangi'])
    // roles, systems and a given name that is an everyday word alone are no authors' names
    expect(names('[09:14] Bot: the export is ready\n[09:15] Kunde: danke\n[09:16] Will: thanks')).toEqual([])
  })

  it("a copied chat message's header line, and an author with where and when in brackets", () => {
    expect(names('Katja Reinholz  11:14 AM\nKönnen wir die Transkription neu laufen lassen?')).toEqual(['Katja Reinholz'])
    expect(names('Nur Aisyah binte Rahman (Teams, 1:45 PM): caller mentioned she is moving')).toEqual(['Nur Aisyah binte Rahman'])
    // an agenda's lines are no headers: one English word (also a surname), or one unknown word, before a time
    expect(names('Standup 9:30\nLunch 12:30\nRetro 16:00')).toEqual([])
  })

  it("a WebVTT cue's voice, unless it names a role", () => {
    expect(names('WEBVTT\n\n00:38:00.576 --> 00:38:04.219\n<v Lovely Manalastas>I can send the documents, thanks.')).toEqual(['Lovely Manalastas'])
    expect(names('00:46:18.196 --> 00:46:21.707\n<v Speaker B>The branch closes at 5:30.\n<v Interviewer>Thanks.')).toEqual([])
  })
})

describe('titles and ticket keys (blind set BJ)', () => {
  it('"Sr." is Señor before a name, Senior before a job', () => {
    expect(names('Resumen de llamada: the caller, Sr. Zavala, asked for the refund.')).toEqual(['Zavala'])
    expect(names('We hired a Sr. Product Manager and a Sr. Engineer.')).toEqual([])
  })

  it("a ticket's key is no account number unless an account word names it right before", () => {
    const accounts = (text: string): string[] => scan(text).filter((f) => f.type === 'account_number').map((f) => text.slice(f.start, f.end))
    expect(accounts('A duplicate debit on account 1260516. The agent raised dispute INC4210623 and will call back.')).toEqual(['1260516'])
    expect(accounts('@channel the customer in TKT-3889-SM disputed the transfer')).toEqual([])
    expect(accounts('member number SR4455667')).toEqual(['SR4455667'])
  })
})

describe('the edges of names in mixed-case text (blind set BJ)', () => {
  it('a family name written before the given names, and the given-name syllables of a Chinese name', () => {
    expect(names('Summary: Tan Wei Ling asked to be moved to the priority slot.')).toEqual(['Tan Wei Ling'])
    expect(names('Interpreter notes (Swahili→English): Otieno Odhiambo says the card was declined.')).toEqual(['Otieno Odhiambo'])
    expect(names('{"holder":"Goh Shu Fen","expires":"2026-08-15"}')).toEqual(['Goh Shu Fen'])
    expect(names('Chua Li Ting called about the bill.')).toEqual(['Chua Li Ting'])
  })

  it('not an everyday word, a title, a cue or a contraction before the name', () => {
    expect(names('Yesterday Priya Sharma called.')).toEqual(['Priya Sharma'])
    expect(names("I'm Claire Ford and this is Mme Laurent.")).toEqual(['Claire Ford', 'Laurent'])
  })
})

describe('words next to names that are not part of them (blind set BK)', () => {
  it("a negation's contraction after a name, and a word said of the name after \"is\"", () => {
    expect(names("hi  my daughter rhiannon won't be in today")).toEqual(['rhiannon'])
    expect(names('Just the surname is fine. It is spelled the Irish way.')).toEqual([])
    expect(names('his name is grace')).toEqual(['grace'])
  })
})

describe('who a caller asks for, and a colleague named after a pause (blind set BK)', () => {
  it('"is that kavitha", "is layla there": a name no list holds, or a given name, asked for', () => {
    expect(names("is that kavitha  um um it's the surgery calling")).toEqual(['kavitha'])
    expect(names('is layla there  please')).toEqual(['layla'])
    expect(names('is that correct')).toEqual([])
    expect(names('is nobody there')).toEqual([])
    expect(names('is that the pharmacy')).toEqual([])
  })

  it('a given name no English word after "a colleague", "our lodger"', () => {
    expect(names("i'm calling on behalf of a colleague  thandiwe  who's too nervous to ring herself")).toEqual(['thandiwe'])
    expect(names('our lodger  samir  moved out in april')).toEqual(['samir'])
    expect(names('a friend tomorrow will call')).toEqual([])
  })
})

describe("a message's sign-off and a generational suffix (blind set BM)", () => {
  it('the writer after a closing or a dash at the end of a line', () => {
    expect(names('Hi Ondřej, could you pay your share? Thanks! Radek')).toEqual(['Ondřej', 'Radek'])
    expect(names("New number! It's now +98 912 493 1043 — Farhad")).toEqual(['Farhad'])
    expect(names('Thanks! We\'ve updated it.\nKind regards,\nCustomer Care\nThanks, Support Team')).toEqual([])
  })

  it('Jr., Sr., II, III and IV after a full name', () => {
    expect(names("The hardware store is now run by Nigel Fairbanks III, the founder's grandson.")).toEqual(['Nigel Fairbanks III'])
    expect(names('Plaintiff Ulises Zúñiga II filed the complaint.')).toEqual(['Ulises Zúñiga II'])
  })
})

describe('people doing what people do, firms named like them (blind set BM)', () => {
  it('an unknown capitalised word or pair before a verb only people do', () => {
    expect(names('At book club, Zoltán argued the ending was rushed, while Priit thought it was perfect.')).toEqual(['Zoltán', 'Priit'])
    expect(names('Wulan Saputra scored twice as the under-14s beat their rivals.')).toEqual(['Wulan Saputra'])
  })

  it('a word no list knows before a firm word is a firm', () => {
    expect(names('Case study: how Redkite Media cut delivery times by 12% in Canada.')).toEqual([])
    expect(names('Case study: how Vantaa Metalworks cut delivery times by 24% in Portugal.')).toEqual([])
  })
})

describe('a name said again where a place stands (blind set BK)', () => {
  it('is the place, after a place preposition, a journey\'s "to", or before a site noun', () => {
    expect(names('we spent a week in florence and my mum  florence adjei  lost her bag')).toEqual(['florence adjei'])
    expect(names("it's paris delacroix  and we're going to paris in november")).toEqual(['paris delacroix'])
    expect(names('sydney fairweather from our sydney office is the contact')).toEqual(['sydney fairweather'])
    // (a person spoken to is still the person)
    expect(names('I spoke to Antti Virtanen and then to Antti again')).toEqual(['Antti Virtanen', 'Antti'])
  })
})

describe('healthcare calls: sites and phrasal verbs (blind set BN)', () => {
  it('a numbered site and "hang on" are no names; a two-letter word before a name only when a surname', () => {
    expect(names('could you put me through to ward twelve  my mother sophie lemalu was brought in last night')).toEqual(['sophie lemalu'])
    expect(names("okay  hang on  it's three two seven")).toEqual([])
    expect(names('Ward Cunningham called about the bill.')).toEqual(['Ward Cunningham'])
    expect(names('Summary: Ng Wei Ling called.')).toEqual(['Ng Wei Ling'])
  })
})
