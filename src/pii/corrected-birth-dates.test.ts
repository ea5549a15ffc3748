import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const engine = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('a birth date corrected in part', () => {
  it('is the year, the day or the month said again right after the date', () => {
    expect(found('My date of birth is March 3rd, 1977, sorry, 1978.')).toEqual([
      ['date_of_birth', 'March 3rd, 1977'],
      ['date_of_birth', '1978'],
    ])
    expect(found('born 04/12/1983, no wait, the 14th')).toEqual([
      ['date_of_birth', '04/12/1983'],
      ['date_of_birth', '14th'],
    ])
    expect(found('date of birth june ninth nineteen eighty oops nineteen eighty one')).toEqual([
      ['date_of_birth', 'june ninth nineteen eighty'],
      ['date_of_birth', 'nineteen eighty one'],
    ])
    expect(found("DOB 11/02/1965, sorry, I mean it's December 2nd")).toEqual([
      ['date_of_birth', '11/02/1965'],
      ['date_of_birth', 'December 2nd'],
    ])
  })

  it("is the next speaker's correction, and the corrected date said again after it", () => {
    expect(found("Speaker A: So your date of birth is the 30th of June, 1990? Speaker B: No, it's the 13th. 13th of June, 1990. Speaker A: Sorry.")).toEqual([
      ['date_of_birth', 'the 30th of June, 1990'],
      ['date_of_birth', '13th'],
      ['date_of_birth', '13th of June, 1990'],
    ])
    expect(found('so your date of birth was the third of march nineteen seventy  no the thirteenth  thirteenth of march  okay thirteenth of march nineteen seventy got it').map(([, v]) => v)).toEqual([
      'the third of march nineteen seventy', 'thirteenth', 'thirteenth of march', 'thirteenth of march nineteen seventy',
    ])
    // (another date after the correction, sharing none of its words, is not said again)
    expect(found("Speaker A: And your date of birth is the 30th of June, 1990? Speaker B: No, it's the 13th. 4th of July suits me for the signing though.")).toEqual([
      ['date_of_birth', 'the 30th of June, 1990'],
      ['date_of_birth', '13th'],
    ])
  })

  it('needs the correction right after a birth date, and a date part after it', () => {
    expect(found('My date of birth is March 3rd, 1977, sorry, may I ask why?')).toEqual([['date_of_birth', 'March 3rd, 1977']])
    expect(found('DOB 4/12/1983, sorry, the second one is my old card')).toEqual([['date_of_birth', '4/12/1983']])
    expect(found('My date of birth is March 3rd, 1977, sorry, the appointment is at 2pm')).toEqual([['date_of_birth', 'March 3rd, 1977']])
    // an ordinary date corrected is no birth date
    expect(found('The appointment is on March 3rd, 2025, sorry, 2026.')).toEqual([])
  })
})

describe('a birth date part said and taken back before the birth date', () => {
  it('is the part said before "no", "sorry" or "wait"', () => {
    expect(found('my date of birth is the eleventh  no  the 12th of june 1990')).toEqual([
      ['date_of_birth', 'eleventh'],
      ['date_of_birth', 'the 12th of june 1990'],
    ])
    expect(found('born nineteen eighty five  uh no sorry  12 march 1986')).toEqual([
      ['date_of_birth', 'nineteen eighty five'],
      ['date_of_birth', '12 march 1986'],
    ])
  })

  it('needs the taking back to end where the birth date begins', () => {
    expect(found('The appointment is the eleventh, no, my date of birth is 4 May 1980')).toEqual([['date_of_birth', '4 May 1980']])
    expect(found('we open at 2025 no sorry, DOB 4 May 1980')).toEqual([['date_of_birth', '4 May 1980']])
  })
})

describe('a birth date shown wrong, then what it should be', () => {
  it('is the whole date after "but it should be"', () => {
    expect(found('The DOB on my profile is wrong - it shows 3/11/1952 but it should be March 1, 1952.')).toEqual([
      ['date_of_birth', '3/11/1952'],
      ['date_of_birth', 'March 1, 1952'],
    ])
  })
})
