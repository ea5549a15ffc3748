import { describe, expect, it } from 'vitest'
import { scan } from '../index.js'

/** The person names the engine finds, as written. */
const names = (text: string): string[] => scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe('titles (blind set BJ)', () => {
  it('"Sr." is Señor before a name, Senior before a job', () => {
    expect(names('Resumen de llamada: the caller, Sr. Zavala, asked for the refund.')).toEqual(['Zavala'])
    expect(names('We hired a Sr. Product Manager and a Sr. Engineer.')).toEqual([])
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

describe("a bank account's name (session 37)", () => {
  it('is its holder\'s when a given name and a surname are read out, a login\'s otherwise', () => {
    expect(names('the account name is john smith and the sort code is two oh one five')).toEqual(['john smith'])
    expect(names('the account name is james brown')).toEqual(['james brown'])
    expect(names('account name is admin')).toEqual([])
    expect(names('the account name is mark down')).toEqual([])
  })
})

describe('an initial and a surname read out in lower-case speech (session 38)', () => {
  it('is a name after a person\'s "name is", a title after it, or an account\'s name', () => {
    expect(names('my name is j okafor and my date of birth is')).toEqual(['j okafor'])
    expect(names('the name on the account is mr k patel')).toEqual(['k patel'])
    expect(names('yes the account name is j okafor')).toEqual(['j okafor'])
    // ("a" and "i" are words, and a thing's name is no one's)
    expect(names('my name is a smith')).toEqual([])
    expect(names('the wifi name is b block')).toEqual([])
    expect(names('the file name is v two final')).toEqual([])
  })
})

describe('greetings, relations and sponsors in telecom and utility calls (blind set DH)', () => {
  it('a name after "hiya", but no term of endearment after a greeting', () => {
    expect(names("Hiya Bronwen, it's Fergus Doyle, I've got a problem.")).toEqual(['Bronwen', 'Fergus Doyle'])
    expect(names('hi love how are you')).toEqual([])
    expect(names("Hello love, what's the account number?")).toEqual([])
  })
  it('two unknown words before "is my sponsor", and a relation\'s given name after "is"', () => {
    expect(names("Babajide Oyelaran is my sponsor; he'll pay the deposit.")).toEqual(['Babajide Oyelaran'])
    expect(names('Zephyr Avenue is my street')).toEqual([])
    expect(names('so im mark and my wife is grace and the account is under grace achterberg')).toEqual(['mark', 'grace', 'grace achterberg'])
    expect(names('my husband is rich and famous')).toEqual([])
    expect(names('my daughter is ill')).toEqual([])
  })
})

describe('Vietnamese names and named houses (blind sets DG, DH)', () => {
  it('a family name, "Van" or "Thi", and the given names are one name, in any case', () => {
    expect(names('the account holder is nguyen van an date of birth fifteenth june')).toEqual(['nguyen van an'])
    expect(names("im calling for my grandma vo thi hoa she's got")).toEqual(['vo thi hoa'])
    expect(names('Tran Thi Mai Anh called about the bill')).toEqual(['Tran Thi Mai Anh'])
    // (English words that happen to match the first two are no name)
    expect(names('do van go here')).toEqual([])
  })
  it("a house's name is no one's", () => {
    expect(names("Um, Hope Cottage, that's the name of the house, on Rose Lane.")).toEqual([])
    expect(names('Ivy Grange is the address')).toEqual([])
    expect(names('Lily Farmer called')).toEqual(['Lily Farmer'])
  })
})

describe("titles, case references and a colleague's cover (blind sets DJ, DK)", () => {
  it('an address\'s owner does not take the title before the name', () => {
    expect(names('Please send the letter to r.okonkwo@okonkwo-family.ng, for the attention of Mrs Ronke Okonkwo.')).toEqual(['Ronke Okonkwo'])
  })
  it("a tribunal's reference is no name; \"Kemi's covering\" is someone at work", () => {
    expect(names("My case number, hmm, at the tribunal it's PA/04418/2023.")).toEqual([])
    expect(names("Okay, team, so Dariusz is off today, Kemi's covering the returns queue.")).toEqual(['Dariusz', 'Kemi'])
  })
})

describe("clinics' notes and forms (blind set DL)", () => {
  it("a person's possessive before a lower-case firm word, and a role's label before a name", () => {
    expect(names("Sort code 20-45-77, account 41926603 – direct debit for Eleni Papadopoulou's dental plan.")).toEqual(['Eleni Papadopoulou'])
    expect(names('I go to Smith\'s Dental on the high street')).toEqual([])
    expect(names('Paid by card. Cardholder Alejandro Ruiz.')).toEqual(['Alejandro Ruiz'])
  })
  it('a condition in capitals in a list, and a practice of three capitalised words, are no names', () => {
    expect(names('Shift handover: room 3 – Mehmet Öztürk, COPD exacerbation, on prednisolone 30mg.')).toEqual(['Mehmet Öztürk'])
    expect(names('Sunny Bank Surgery and Maple Tree Practice merge on 1 October.')).toEqual([])
  })
})

describe("banks, royal institutions, payment methods and teams (blind set DM)", () => {
  it('are no people; a colleague in a team is', () => {
    expect(names("Uh, Barclays said they'd contact Santander directly.")).toEqual([])
    expect(names('I spoke to Maria Santander yesterday')).toEqual(['Maria Santander'])
    expect(names("he's in the Royal Free, and it came by Royal Mail Special Delivery")).toEqual([])
    expect(names('someone took €2.300 by Lastschrift.')).toEqual([])
    expect(names('it was paid by Okonkwo last week')).toEqual(['Okonkwo'])
    expect(names("Your case is with Fionnuala in our fraud team; she'll call you.")).toEqual(['Fionnuala'])
    expect(names("can someone take Nguyễn Thị Lan's case?")).toEqual(['Nguyễn Thị Lan'])
  })
})

describe('roadside and courier calls (blind set DP)', () => {
  it('a registration in the spelling alphabet with numbers between, streets and moors, a rider\'s label', () => {
    expect(names("Reg is, um, Romeo Foxtrot one nine, uh, Bravo Sierra Tango, it's a white Transit.")).toEqual([])
    expect(names('Victor, Romeo and Juliet came')).toEqual(['Victor', 'Romeo', 'Juliet'])
    expect(names('Please use the May Street entrance, not Summer Row?')).toEqual([])
    expect(names("by the Jamaica Inn, Bodmin Moor, and the fog's bad")).toEqual([])
    expect(names("Rider Fiona O'Sullivan left her phone")).toEqual(["Fiona O'Sullivan"])
  })
})

describe('HR emails, records and tickets (blind set DN)', () => {
  it('a record\'s "Surname, Given" with a given name that is a word too, and an initial signing after a sentence', () => {
    expect(names('Worker: Eze, Blessing')).toEqual(['Eze, Blessing'])
    expect(names('Summary: Bank, Grace')).toEqual([])
    expect(names('Contact me on 0151 496 0284 for further information.\nJ. Whitfield, Manager')).toEqual(['J. Whitfield'])
  })
  it("a firm's capitalised word after a name-like word, unless a phrase names a person", () => {
    expect(names('Ticket 70933 closed: Sage Payroll v29.1 patch applied to server PAYROLL-02.')).toEqual([])
    expect(names("Hi, it's Fiona calling from Castlebridge Care, one of our carers")).toEqual(['Fiona'])
    expect(names('I spoke to Ann Care')).toEqual(['Ann Care'])
  })
})

describe('Korean names with their given syllables written apart (blind sets DL, DN)', () => {
  it('are one name after a cue, in either order, and nothing without one', () => {
    expect(names('um the candidates name is hyun woo lee and his number is')).toEqual(['hyun woo lee'])
    expect(names('its ji woo park um born in may')).toEqual(['ji woo park'])
    expect(names('my name is park ji woo')).toEqual(['park ji woo'])
    expect(names('the choir sung in park')).toEqual([])
  })
})

describe('someone put on, added to or taken off what holds a name', () => {
  it('is named by it, surname alone too', () => {
    expect(names("Just put O'Sullivan on the file.")).toEqual(["O'Sullivan"])
    expect(names('Please add Okonkwo to the policy.')).toEqual(['Okonkwo'])
    expect(names('Can you take Sullivan off the account?')).toEqual(['Sullivan'])
  })

  it('is no firm or card put on it', () => {
    expect(names('Put Visa on the account.')).toEqual([])
    expect(names('Can you add Netflix to my plan?')).toEqual([])
    expect(names('take Amazon off the card')).toEqual([])
  })
})

describe('a surname opened by its particles after "name is"', () => {
  it('is taken whole, the Irish "Ó" too', () => {
    expect(names('The surname is van der Berg.')).toEqual(['van der Berg'])
    expect(names('my last name is de la Cruz, first name Ana')).toEqual(['de la Cruz', 'Ana'])
    expect(names('The surname is Ó Súilleabháin.')).toEqual(['Ó Súilleabháin'])
  })

  it('needs a capitalised word after the particles', () => {
    expect(names('The name is de rigueur here')).toEqual([])
  })
})

describe('a hyphenated Korean given name and any surname after it (blind sets EG, EH, EJ)', () => {
  it('takes the surname whatever its origin', () => {
    expect(names('Passenger Soo-ah Thibodeaux, DOB 6/24/1976.')).toEqual(['Soo-ah Thibodeaux'])
    expect(names('Her full name is Soo-jin Khalil.')).toEqual(['Soo-jin Khalil'])
    expect(names('My wife Seo-yeon Park has')).toEqual(['Seo-yeon Park'])
  })

  it('but no English word or day after it', () => {
    expect(names('My wife Seo-yeon Called yesterday')).toEqual(['Seo-yeon'])
    expect(names('Ask Min-jun Tuesday')).toEqual(['Min-jun'])
  })
})
