import { describe, expect, it } from 'vitest'
import { scan } from '../index.js'

/** The person names the engine finds, as written. */
const names = (text: string): string[] => scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

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
  it('Korean given names romanised with a hyphen, and their family name though English has the word (blind set CU)', () => {
    expect(names('Jung Hae-in and Choi Soo-ah from Seoul are joining us.')).toEqual(['Jung Hae-in', 'Choi Soo-ah'])
    expect(names("I'm Park Ji-woo, I lead partnerships.")).toEqual(['Park Ji-woo'])
    expect(names('We stayed at the Park Hyatt with Ji-woo.')).toEqual(['Ji-woo'])
    expect(names('Our Smith-led team shipped it.')).toEqual([])
  })

  it('Jr., Sr., II, III and IV after a full name', () => {
    expect(names("The hardware store is now run by Nigel Fairbanks III, the founder's grandson.")).toEqual(['Nigel Fairbanks III'])
    expect(names('Plaintiff Ulises Zúñiga II filed the complaint.')).toEqual(['Ulises Zúñiga II'])
  })
})
