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

describe('firms, brands and titles around names (blind set CV)', () => {
  it('reads a firm named after its founders, not a person', () => {
    expect(names("Re: Harrison & Co. — we've shortlisted Harrison & Co., Lewis Silkin and Mishcon de Reya.")).not.toContain('Harrison')
    expect(names('We instructed Harrison & Webb LLP last week.')).toEqual([])
    expect(names('Dawson and Sons fixed the roof.')).toEqual([])
    // (a given name with "& Co." is a person and her friends)
    expect(names('Emma & Co. came over for dinner.')).toEqual(['Emma'])
  })
  it('keeps brands of run-together words, suffixes and titles out of names', () => {
    expect(names("I came across your profile on LinkedIn, Oluwaseun. I'm recruiting for a fintech.")).toEqual(['Oluwaseun'])
    expect(names('Ask McKenzie, DeShawn and Priya about it.')).toEqual(['McKenzie', 'DeShawn', 'Priya'])
    expect(names('Rachel Kim, Esq. will call you back.')).toEqual(['Rachel Kim'])
    expect(names('Hi, this message is for Attorney Rasmussen about my case.')).toEqual(['Rasmussen'])
  })
})
