import { describe, expect, it } from 'vitest'
import { scan } from '../index.js'

/** The person names the engine finds, as written. */
const names = (text: string): string[] => scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe('travel desks and utility lines: places, firms and names (blind sets CL, CM)', () => {
  it('hotels, palaces, quays and airports named after people are places', () => {
    expect(names('Hi, this is Emi from the front desk at Hotel Gracery Shinjuku.')).toEqual(['Emi'])
    expect(names("Okay, I'm going to read out your booking. Hotel Bristol Warsaw, one double room.")).toEqual([])
    expect(names("We're staying at the Taj Mahal Palace in Colaba.")).toEqual([])
    expect(names("We've had a fibre cut on Lambton Quay affecting 400 customers.")).toEqual([])
    expect(names('The Pierre Elliott Trudeau airport shuttle leaves every 20 minutes.')).toEqual([])
    // ... while a hotel's manager is still a person
    expect(names('Hotel manager Sarah Jones will call you back.')).toEqual(['Sarah Jones'])
  })

  it('where a journey leaves from, also after a flight and a place of two words', () => {
    expect(names('Your Bali package is ready, departing Sydney on the 3rd of November.')).toEqual([])
    expect(names('The flight AM 401 from Mexico City to Tijuana is on time.')).toEqual([])
    // ... a message passed between people keeps both
    expect(names('I sent it from Mary Jones to Peter')).toEqual(['Mary Jones', 'Peter'])
  })

  it("a maker's name with its product's model number after it is a product", () => {
    expect(names('Boiler is a Worcester Bosch 30i, installed 2019.')).toEqual([])
    expect(names('Your return for "Philips Sonicare 3100" has been received.')).toEqual([])
    expect(names('Please call Maria Lopez 3 times.')).toEqual(['Maria Lopez'])
  })

  it('the firm a caller is put through to, when the agent then says who answers', () => {
    expect(names("Good afternoon, you're through to Spark, my name's Aroha.")).toEqual(['Aroha'])
    expect(names("You're through to Octopus Energy, Sam speaking.")).toEqual(['Sam'])
    expect(names("Thanks for holding, you're through to Hiwot.")).toEqual(['Hiwot'])
    expect(names("I'll put you through to Sarah now.")).toEqual(['Sarah'])
  })

  it('a family named by its surname after "the"', () => {
    expect(names('Can you hold 2 seats on QF 43 for the Nguyen family?')).toEqual(['Nguyen'])
    expect(names('Thanks to the Okafor household.')).toEqual(['Okafor'])
    expect(names('The Royal family visited, and the whole family came.')).toEqual([])
  })

  it('a given name said again, a spelled name and the surname after it, in lower-case speech', () => {
    expect(names('and the name is lerato lerato dlamini okay')).toEqual(['lerato lerato dlamini'])
    expect(names("it's tomasz t o m a s z wiśniewski i'll spell it")).toEqual(['tomasz', 't o m a s z', 'wiśniewski'])
    expect(names("it's tomasz t o m a s z and i'm calling about the bill")).toEqual(['tomasz', 't o m a s z'])
  })

  it("an answer's first word is no name, and a form's field names in other languages are no speakers", () => {
    expect(names('Can you spell the surname? Sure, K-O-W-A-L-C-Z-Y-K. First name Małgorzata.')).toEqual(['K-O-W-A-L-C-Z-Y-K', 'Małgorzata'])
    expect(names("What's your surname? Sure, it's Banda.")).toEqual(['Banda'])
    expect(names('Subscriber: Giulia Rossi\nNumero: +39 347 555 1234')).toEqual(['Giulia Rossi'])
    expect(names('Nome: Ana Souza\nTelefone: 11 98765-4321')).toEqual(['Ana Souza'])
  })

  it('a surname said after its spelling keeps its apostrophe', () => {
    const text = "Can you spell the surname for me? Sure, it's O apostrophe S-U-L-L-I-V-A-N, O'Sullivan, first name Aoife."
    expect(names(text)).toEqual(expect.arrayContaining(["O'Sullivan", 'Aoife']))
    expect(names(text)).not.toContain('O apostrophe S-U-L-L-I-V-A-N, O')
  })

  it("a forwarded mail's subject prefix and shops, hypermarkets and merchandise named after people are no one (blind set CQ)", () => {
    expect(names('Subject: Fwd: duplicate charge')).toEqual([])
    expect(names('Store hours for Lulu Hypermarket Al Barsha: Mon–Sat 7am–10pm')).toEqual([])
    expect(names('Agent: The payment went to Lewis Hamilton Motorsport Merch on the 2nd, for £84.')).toEqual([])
  })
})

describe('towns on a timetable, routes between towns, spelled codes (blind sets EV, EW)', () => {
  it('a town that is a given name after a departure, a timed service, a route or a visa is a place', () => {
    expect(names("It's the 6:10 to Denver.")).toEqual([])
    expect(names('Departure to Austin at 15:20 from E11.')).toEqual([])
    expect(names('Same day, Dallas to Houston, Hobby airport.')).toEqual([])
    expect(names('Do we need a visa for Jordan?')).toEqual([])
    expect(names('Employees in Victoria and Regina get a T4.')).toEqual([])
    // ... while people with those names stay people
    expect(names('Houston called about the loan.')).toEqual(['Houston'])
    expect(names('Charlotte and Sydney came over for dinner.')).toEqual(['Charlotte', 'Sydney'])
    expect(names('Maria to John: please call.')).toEqual(['Maria', 'John'])
  })

  it('a code read in the spelling alphabet is no list of names, two such names are', () => {
    expect(names('The confirmation code is Victor, Charlie, 7, Juliet, Romeo, 4.')).toEqual([])
    expect(names('Oscar and Victor came by.')).toEqual(['Oscar', 'Victor'])
  })

  it('a clinic abroad is no person, nor is a renter\'s label part of the renter\'s name', () => {
    expect(names('Attaching the summary from Clínica San Rafael.')).toEqual([])
    expect(names('Renter Samuel Abramowitz. Returned vehicle 2 hours late.')).toEqual(['Samuel Abramowitz'])
  })
})

describe('issuing countries, hotels after their city, replies after a spelling, preparers (blind sets EV, EW)', () => {
  it('a country after "issued by" issued the document; a city before a hotel brand names the hotel', () => {
    expect(names('Passport: H0322916, issued by India. Contact: +1 403 266 9142')).toEqual([])
    expect(names('Okay, Vancouver Marriott Pinnacle? Yes, I see that one.')).toEqual([])
    // ... while a person who issued something stays one
    expect(names('Passport issued by Georgia Smith')).toEqual(['Georgia Smith'])
  })

  it('a reply after a spelled surname is no second surname, and a preparer labels a line', () => {
    expect(names("My last name is Kowalczyk. That's K-O-W-A-L-C-Z-Y-K. Yeah, people always get it wrong.")).toEqual(['Kowalczyk', 'K-O-W-A-L-C-Z-Y-K'])
    expect(names('Tax prep chat transcript\nPreparer: Hi, how can I help?\nClient: I need my W-2.')).toEqual([])
  })
})

