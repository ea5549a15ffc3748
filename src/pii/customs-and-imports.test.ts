import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const engine = createPiiEngine()
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])
const redacted = (text: string): string => engine.redact(text).text

describe('customs brokers and private imports (blind set FM)', () => {
  it("a private importer's EORI number, named", () => {
    expect(found('I registered for an EORI as a private individual: GB142157256000. Please use it on the entry.')).toEqual([['us_social_security_number', 'GB142157256000']])
    expect(found('Agent: Do you have an EORI? Caller: I do, I registered as an individual — GB353299433000. Rep: Perfect.')).toEqual([['us_social_security_number', 'GB353299433000']])
    // (not named, a tracking-like code stays)
    expect(found('Shipment GB142157256000 left the depot.')).toEqual([])
  })

  it('a tax ID given after "so that\'s"', () => {
    expect(found("i'm in germany and the zoll letter wants my tax id so that's three four three double eight nine eight one nine two seven the eleven digit one")).toEqual([
      ['us_social_security_number', 'three four three double eight nine eight one nine two seven'],
    ])
    expect(found("the order id so that's 34388981927 ok")).toEqual([])
  })

  it("a capital's initial before a surname is the name's", () => {
    expect(redacted('Card declined for the duty. Customer G. Pemberton asked to call back.')).toBe('Card declined for the duty. Customer [PERSON_NAME] asked to call back.')
    expect(redacted('Rep: The declaration is under C. Llewellyn, yes?')).toBe('Rep: The declaration is under [PERSON_NAME], yes?')
    expect(redacted('I saw Plan B. Smith later')).toBe('I saw Plan B. Smith later')
  })
})
