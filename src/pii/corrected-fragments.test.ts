import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const engine = createPiiEngine()
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('the broken-off start of a value said again', () => {
  it('is masked as that value, written or spoken', () => {
    // (a restart the numeric detector reads whole is one value, the correction inside it)
    expect(found('Your full Social Security number, please. 720, no, sorry, 729-30-5061.')).toEqual([['us_social_security_number', '720, no, sorry, 729-30-5061']])
    expect(found("What's the card number? 5394... No wait, 5393 2628 9100 2461.")).toEqual([
      ['credit_card_number', '5394'],
      ['credit_card_number', '5393 2628 9100 2461'],
    ])
  })

  it('is not taken from a value found whole, nor from words between', () => {
    expect(found('my number is 415 555 0192, no wait, 415 555 0193').map(([, v]) => v)).toEqual(['415 555 0192', '415 555 0193'])
    expect(found("I'm 72, no, sorry, I mean my phone is 415-555-0192")).toEqual([['phone_number', '415-555-0192']])
  })
})
