import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const engine = createPiiEngine()
const names = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'person_name').map((f) => text.slice(f.start, f.end))

describe('car dealers and vehicle finance (blind set GZ)', () => {
  it('a name\'s part labelling a record\'s field, its colon right before', () => {
    expect(names('first: Aaliyah | last: Whitaker-Jones | dob: 1999-12-03')).toEqual(['Aaliyah', 'Whitaker-Jones'])
    expect(names('first: Aaliyah | last: Jones | dob: 1999-12-03')).toEqual(['Aaliyah', 'Jones'])
    // (a day or a month under such a label is none)
    expect(names('Last: Monday, first: March')).toEqual([])
  })

  it('a nickname in quotes or brackets between a given name and the surname', () => {
    expect(names('Robert "Bobby" Cantrell  ssn 389-24-5610')).toEqual(['Robert "Bobby" Cantrell'])
    expect(names('Jennifer (Jen) Castellano, co-signer')).toEqual(['Jennifer (Jen) Castellano'])
    // (an English word after the nickname is no surname)
    expect(names('Ask Robert "Bobby" The Builder')).not.toContain('Robert "Bobby" The')
  })
})

describe('airlines and travel agents (blind set GY)', () => {
  const numbers = createPiiEngine({ nameDetector: null })
  const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

  it('a wrong birth date on file set against the right one is no other date between the question and its answer', () => {
    expect(found("Caller: I think you have the wrong date of birth on my booking. You have the 3rd of February but it's 2nd of March 1978.")).toEqual([
      ['date_of_birth', '2nd of March 1978'],
    ])
    // (a date not set against the birth date still stands between: a flight's)
    expect(found("What's your date of birth? The system shows March 3rd but it's the trip date, we fly on 5th of April 2025.")).not.toContainEqual(['date_of_birth', '5th of April 2025'])
  })
})
