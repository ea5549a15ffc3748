import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const engine = createPiiEngine()
const names = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe('interview records and transcripts of hearings (blind set FS)', () => {
  it("a police rank's abbreviation in capitals before a name", () => {
    expect(names("DC Sharma: Who is in your contacts?")).toEqual(['Sharma'])
    expect(names('DS Patel and DI Morgan attended.')).toEqual(['Patel', 'Morgan'])
    expect(names('Interview resumed 14:02. DC Stone reminded the suspect he was still under caution.')).toEqual(['Stone'])
  })

  it("the same letters before a place's, a firm's or a product's words", () => {
    expect(names('Washington DC Metro and DC Comics, the PS Plus and PC World')).toEqual([])
    expect(names('the DC Water bill came; ds lite and dc power')).toEqual([])
  })

  it('a surname of two or three capitals after a title in capitals, as speaker labels write them', () => {
    expect(names("MS LAW: The victim's card was used eleven times.")).toEqual(['LAW'])
    expect(names('MR NG: Objection.')).toEqual(['NG'])
    expect(names('MS. LAW: No further questions.')).toEqual(['LAW'])
    // (capitals after a title in mixed case, or an acronym after capitals that are none, stay acronyms)
    expect(names('Ask MS IT support about the SSN field.')).toEqual([])
  })
})

describe("a patient's turn in a clinician's dialogue (blind set FT)", () => {
  const phones = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'phone_number').map((f) => text.slice(f.start, f.end))

  it('"Patient:" labels the turn, so the number in it is a phone by its own shape', () => {
    expect(phones("Nurse Kaur: Is that still the best callback? Patient: No, it's 07700 900 731 now.")).toEqual(['07700 900 731'])
    expect(phones('Nurse: And the best number? Patient: Oh four three eight, one one two, nine oh six.')).toEqual(['Oh four three eight, one one two, nine oh six'])
  })

  it("a form's \"Patient:\" field still names a patient's number", () => {
    expect(phones('Patient: 4471829')).toEqual([])
  })
})

describe('medicines by their generic names\' stems (blind set IC)', () => {
  it('a medicine said capitalised at a turn\'s start is no name', () => {
    expect(names('Doctor: Are you on anything to thin the blood?\nPatient: Clopidogrel, but I stopped it seven days ago.')).toEqual([])
    expect(names('Patient: Atorvastatin and Lisinopril, and Omeprazole in the morning.')).toEqual([])
    // ... a name of the same ending that a name list holds stays one
    expect(names('Patient: Tosin Adeyemi, date of birth 4 May 1980.')).toEqual(['Tosin Adeyemi'])
  })
})

describe('eponymous signs, nodes and syndromes in clinical notes (blind set IC)', () => {
  it('the thing named after someone is no person, in a pair too', () => {
    expect(names("nodal osteoarthritis (Heberden's and Bouchard's nodes on examination)")).toEqual([])
    expect(names("Bell's palsy, House-Brackmann grade III. Ramsay Hunt syndrome unlikely.")).toEqual([])
    expect(names('positive Tinel sign at the elbow; Wells score 4')).toEqual([])
    // ... a person's results stay theirs
    expect(names("Anna and Maria's test results")).toEqual(['Anna', 'Maria'])
  })
})

describe("a professional's title in lower-case speech (blind set IC)", () => {
  it('a surname that is no everyday word after it is the professional\'s name', () => {
    expect(names('okay and your gp  doctor fielding at ashgrove medical  okay')).toEqual(['fielding'])
    // ... not an everyday word, nor a rank after a rank
    expect(names('the doctor visit is at nine and the doctor recommended rest')).toEqual([])
    expect(names('detective constable sarah holmes greater manchester police')).toEqual(['sarah holmes'])
  })
})
