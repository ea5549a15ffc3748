import { describe, expect, it } from 'vitest'
import { scan } from '../index.js'

/** The person names the engine finds, as written. */
const names = (text: string): string[] => scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe('relatives, titles and owners of addresses (blind sets DS, DW)', () => {
  it('a relation and "is" before a word no list knows', () => {
    expect(names('Okay, so, um, my wife is Rukhsana and, uh, she handles the bank stuff.')).toEqual(['Rukhsana'])
    expect(names('My wife is Zhivka.')).toEqual(['Zhivka'])
    expect(names('my wife is rukhsana and she deals with it')).toEqual(['rukhsana'])
    // (what a relative is, said of them, stays a word)
    expect(names('my husband is diabetic and my son is asthmatic.')).toEqual([])
  })

  it('a relation and "is" before a given name, a pause after it in raw speech', () => {
    expect(names('so her mum is claire  and her number is oh four one two')).toEqual(['claire'])
    expect(names('hi my daughter is ruby  year five  she left her glasses')).toEqual(['ruby'])
    expect(names('my son is fine  thanks for asking')).toEqual([])
    expect(names('my wife is ill  so i am calling for her')).toEqual([])
  })

  it('a title in lower-case speech is no part of the name', () => {
    expect(names('this is pc tom hughes calling back about your report')).toEqual(['tom hughes'])
  })

  it('"I\'m" before the owner of an address is no part of the name', () => {
    expect(names("I'm Kwame Mensah, kwame.mensah@btinternet.com, and I want to add a statement.")).toEqual(['Kwame Mensah'])
  })
})

describe('cars, roads and buildings are no people (blind set DW)', () => {
  it('a list of makes and their models', () => {
    expect(names("We're seeing thefts this winter, mostly Toyota Prius and Honda Jazz models.")).toEqual([])
    expect(names('Invite Emma Ford and Tom Honda.')).toEqual(['Emma Ford', 'Tom Honda'])
  })

  it('a walk after a house number, a house named after a county, a lane joined to a street', () => {
    expect(names("It's flat 7, um, 114 Lambeth Walk, the buzzer doesn't work.")).toEqual([])
    expect(names('I live in flat 412 of Dorset House on the Aylesbury estate.')).toEqual([])
    expect(names('Mark Lane and Hope Street will be closed from 7pm for the event.')).toEqual([])
  })
})

describe('Korean given names hyphenated, initials, events and towns (blind sets DU, DV, DX)', () => {
  it("a Korean given name's syllables hyphenated, with or without a cue", () => {
    expect(names("My wife Seo-yeon has a condition, so she'll need snacks.")).toEqual(['Seo-yeon'])
    expect(names('Can you call Seo-yeon back?')).toEqual(['Seo-yeon'])
    expect(names('Ji-woo Kim called about the invoice.')).toEqual(['Ji-woo Kim'])
    expect(names('It was so-so. So-so, really.')).toEqual([])
  })

  it("a body's initials after a cue, a season's event, and towns in a list", () => {
    expect(names("So it's UCAS code B940, uh, institution code L23.")).toEqual([])
    expect(names("It's the, uh, Summer Ball on the 14th, tickets are 65 quid.")).toEqual([])
    expect(names('The UCAS deadline for Oxford, Cambridge and most medicine courses is 15 October.')).toEqual([])
    // (after a given name they are surnames still)
    expect(names('I loved Lucille Ball and Tim York.')).toEqual(['Lucille Ball', 'Tim York'])
  })
})

describe('names told by their letters, and routes (blind sets DT, DW)', () => {
  it('a three-letter name spelled right after it, and the surname after the spelling', () => {
    expect(names("Yeah, that's Ewa, E-W-A, Kamińska.")).toEqual(['Ewa', 'E-W-A', 'Kamińska'])
    expect(names('The car, C-A-R, is red.')).toEqual([])
  })

  it('a surname told apart by a letter, with "is" between', () => {
    expect(names('Okay, and Doherty is with an H after the O.')).toEqual(['Doherty'])
    expect(names('The grade is with an A.')).toEqual([])
  })

  it("a route's end, the other a city or an airport", () => {
    expect(names('We have 3 adults flying Manchester to Orlando on 26 July.')).toEqual([])
    expect(names('So Victoria to Gatwick is 30 minutes on the Express.')).toEqual([])
    expect(names('I gave it to Maria from London.')).toEqual(['Maria'])
  })
})

describe('software, call signs and relatives taken up again (blind sets DU, DW, DX)', () => {
  it("a word before a version's dotted number is software's", () => {
    expect(names('Python 3.12 and Ruby 3.3 are both supported on the runner image.')).toEqual([])
  })

  it("a call sign of the spelling alphabet's words before its number", () => {
    expect(names('Okay, so, incident 1194, and the attending unit is, uh, Echo Charlie 21.')).toEqual([])
    expect(names('Victor Romeo called about the invoice.')).toEqual(['Victor Romeo'])
  })

  it('a relative named, then taken up by a pronoun (not a verb that a clause follows)', () => {
    expect(names('my dad frank he has alzheimers and i need to cancel his subscriptions')).toEqual(['frank'])
    expect(names('my daughter hope she can come on friday')).toEqual([])
  })
})

describe('people rung on a number, sellers and crews; estates and towns (blind sets DZ, EA)', () => {
  it('someone to call on a number, a seller set off by commas, someone of a crew', () => {
    expect(names('The driver will call Kemal on 07700 900123 when they are out.')).toEqual(['Kemal'])
    expect(names('Please call Reception on 0207 946 0000.')).toEqual([])
    expect(names('The salesman, Liam, told me the car had only one previous owner.')).toEqual(['Liam'])
    expect(names("Mark from the removals crew said the wardrobe won't fit.")).toEqual(['Mark'])
  })

  it('an industrial estate, and towns whose first word is a given name', () => {
    expect(names("It's, er, unit 7, Summer Lane industrial estate, the one with the big sign.")).toEqual([])
    expect(names("I'm the executor of the John Smith estate.")).toEqual(['John Smith'])
    expect(names('The showroom in Milton Keynes has the estate in stock.')).toEqual([])
    expect(names('looking for a one-bed near Tottenham Hale.')).toEqual([])
  })
})

describe('short names after a relation; apps and card schemes (blind sets DY, EB)', () => {
  it('three letters capitalised after a relation', () => {
    expect(names('My son Huy used my card to buy skins.')).toEqual(['Huy'])
    expect(names('Can you text my daughter Ife on her mobile?')).toEqual(['Ife'])
    expect(names('my son TV is broken')).toEqual([])
  })

  it('apps, games and card schemes are no people, even after a cue', () => {
    expect(names("It's, uh, Visa debit, ending 1111.")).toEqual([])
    expect(names('Error 0x80070005 appears when I try to download Minecraft from the store.')).toEqual([])
    expect(names("I'm calling about the Spotify family plan.")).toEqual([])
  })
})

describe("codes spelled, firms' legal forms, streets after a compass point (blind sets EC, EE)", () => {
  it("a word before \"number\" spelled as its code's letters is no name", () => {
    expect(names('the rma number is r m a two oh two four oh eight eight one seven')).toEqual([])
    expect(names("that's k o w a l s k i, kowalski")).toEqual(['k o w a l s k i', 'kowalski'])
  })

  it("a firm's words before its legal form, and a street after a house number and a compass point", () => {
    expect(names('The merchant, Summer Breeze Pools LLC, charged us $3,480 for a deposit.')).toEqual([])
    expect(names('The branch is relocating to 2450 North Clark in November.')).toEqual([])
  })
})

describe("health plans listed, a clinical note's labels, a Korean name after \"i am\" (blind set ED)", () => {
  it('a list with a brand no one is named is a list of firms', () => {
    expect(names('Humana and Cigna all offer plans in ZIP code 30309.')).toEqual([])
  })

  it("a clinical note's labels are no speakers", () => {
    expect(names('Patient: Ana Ruiz; Dx: generalized anxiety disorder; Rx: sertraline 50 mg.')).toEqual(['Ana Ruiz'])
  })

  it('a Korean name after "i am"', () => {
    expect(names('i am seo yeon park and i need to check my insulin coverage')).toEqual(['seo yeon park'])
  })
})

describe('a spelling ends where its letters do (blind set EF)', () => {
  it('"I" set off by a comma after a hyphenated spelling is the word', () => {
    expect(names('Yeah, Wojciech, W-O-J-C-I-E-C-H, I know, nobody can spell it.')).toEqual(['Wojciech', 'W-O-J-C-I-E-C-H'])
  })
})
