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
