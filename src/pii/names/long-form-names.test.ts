import { describe, expect, it } from 'vitest'
import { scan } from '../index.js'

/** The person names the engine finds, as written. */
const names = (text: string): string[] => scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe('names in long-form speech and dictation (blind sets BV and BU)', () => {
  it('a name written with diacritics is the name its lists hold without them, not a foreign word that folds into one', () => {
    expect(names("Host: María, you've been donating blood since college, right?\nMaría: Since I was seventeen.")).toEqual(['María', 'María'])
    expect(names('Hi José García, thanks for calling.')).toEqual(['José García'])
    expect(names('Chère Mme Laurent, merci.')).toEqual(['Laurent'])
  })

  it('frequent given names of South Asia, Africa and East Asia are given names', () => {
    expect(names("Imran, you're on the air.")).toEqual(['Imran'])
    expect(names('Interviewer: So, Divya, walk me through your résumé.')).toEqual(['Divya'])
  })

  it("a title with a colon after it labels a turn: the turn's first word is no name", () => {
    expect(names('Professor: Right, so the Doppler effect explains it.')).toEqual([])
    expect(names('Professor Alvarez will teach the course.')).toEqual(['Alvarez'])
  })

  it('trophies, awards, comets, scales, warnings and operations named after people are no people', () => {
    expect(names('Speaker A: Stanley Cup final, game seven.')).toEqual([])
    expect(names('Tony Awards coverage is on the bonus feed.')).toEqual([])
    expect(names("Professor: Halley's comet comes back in 2061.")).toEqual([])
    expect(names('Saturations 94% on room air, Glasgow Coma Scale 15.')).toEqual([])
    expect(names('Arrest report addendum: Miranda warning administered at 0645 hrs.')).toEqual([])
    expect(names('Consent signed for Ivor Lewis oesophagectomy.')).toEqual([])
    expect(names('- Mobile: App Store review pending')).toEqual([])
    // ... but a person doing something still is
    expect(names('Miranda will call you back.')).toEqual(['Miranda'])
  })

  it("a town before a state's or a province's name or code is a place", () => {
    expect(names('We have Imran from Elizabeth, New Jersey on the line.')).toEqual(['Imran'])
    expect(names('[12:41 PM] Attendee 52: Victoria BC checking in')).toEqual([])
  })

  it("a statement's people are named by their field, and a clinician by the credential after the name", () => {
    expect(names('Complainant: Lwazi Mabaso')).toEqual(['Lwazi Mabaso'])
    expect(names('Ordering provider: David Anderson, MD (NPI on file)')).toEqual(['David Anderson'])
    // ... while an organisation's field holds none
    expect(names('Provider: Kaiser Permanente')).toEqual([])
  })

  it("a given name that is a word, found in a full name, names the person where a sentence or a field opens with it", () => {
    expect(names('Candidate Miles Sato described leading the expansion. Miles is a regular donor.')).toEqual(['Miles Sato', 'Miles'])
    expect(names('Attendees: Niamh O\'Brien, Drew Stone\nDecision: move the retreat.\nOwner: Drew\nBudget cap: $3.4 million')).toEqual(["Niamh O'Brien", 'Drew Stone', 'Drew'])
    // ... not the word doing what no person does
    expect(names('Spoke with Bill Hart today. Bill us annually.')).toEqual(['Bill Hart'])
    expect(names('Met Grant Lee today. Grant will be reviewed next year.')).toEqual(['Grant Lee'])
  })

  it("a letter's unnamed addressee, a chat channel, a health scheme's part, and a building before a room in it are no people (BX, BW)", () => {
    expect(names('Dear Occupier,\n\nOur records show the property is empty.')).toEqual([])
    expect(names('[12:31] HMRC Webchat: You are now chatting with Nicola.')).toEqual(['Nicola'])
    expect(names('Medicare Part B is still being deducted.')).toEqual([])
    expect(names("She's in Ramanujan Block, room 214, and the Registrar is next door.")).toEqual([])
    expect(names('Term-time address: Tagore Hall, room 1.19')).toEqual([])
    // ... while a person with a given name before a room stays a person
    expect(names('Samantha Hall, room 12')).toEqual(['Samantha Hall'])
  })

  it('fashion and beauty houses named after their founders are firms, unless a person introduces themself so (BY)', () => {
    expect(names('Carolina Herrera x Paul Smith collab drops on Friday')).toEqual([])
    expect(names('anyone know if the Laura Ashley outlet at Fort Worth takes returns')).toEqual([])
    expect(names('Hi, this is Laura Ashley calling about my order')).toEqual(['Laura Ashley'])
  })

  it('a patient in a bed, and a buddy or a parent is no name of theirs', () => {
    expect(names("just so you know joy in bed three  she's b positive")).toEqual(['joy'])
    expect(names("Just so you know, Riaan in bed 6, he's A positive.")).toEqual(['Riaan'])
    expect(names('and then my buddy ravi texts me at two in the morning')).toEqual(['ravi'])
    expect(names("Alistair is 7 and Owain is 4. Dad, Gareth Hughes, wasn't home.")).not.toContain('Dad')
  })
})
