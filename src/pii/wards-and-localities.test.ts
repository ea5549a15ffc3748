import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const engine = createPiiEngine()
const redacted = (text: string): string => engine.redact(text).text

describe("wards, quads and India's localities are places (blind sets FC, FG, FK)", () => {
  it('after a given name', () => {
    expect(redacted('Re: Will the Faith Ward lift be fixed by Friday?')).toBe('Re: Will the Faith Ward lift be fixed by Friday?')
    expect(redacted("Student: I'm in Sterling Quad, room 1143.")).toBe("Student: I'm in Sterling Quad, room 1143.")
    expect(redacted('Caller: Flat 576, Lakshmi Enclave, Anna Nagar, Chennai 600028.')).toBe('Caller: Flat 576, Lakshmi Enclave, Anna Nagar, Chennai 600028.')
    expect(redacted('Committal at Forest Lawn, Section H.')).toBe('Committal at Forest Lawn, Section H.')
  })

  it('a person of those surnames stays a name', () => {
    expect(redacted('Please call Jenny Ward back.')).toBe('Please call [PERSON_NAME] back.')
    expect(redacted('i spoke to faith ward yesterday')).toBe('i spoke to [PERSON_NAME] yesterday')
  })
})

describe("Irish and Scottish given names the lists missed (blind set FN)", () => {
  it('are names; the words they also are stay words', () => {
    expect(redacted('Ticket 4471 (customer Paddy Geraghty): smart meter offline')).toBe('Ticket 4471 (customer [PERSON_NAME]): smart meter offline')
    expect(redacted('i spoke to fergal yesterday about the bill')).toBe('i spoke to [PERSON_NAME] yesterday about the bill')
    expect(redacted('the rice paddy was flooded')).toBe('the rice paddy was flooded')
  })
})
