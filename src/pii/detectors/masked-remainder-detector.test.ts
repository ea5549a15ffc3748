import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'

const engine = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('the digits a masked value leaves visible (blind set EG)', () => {
  it("a masked social's last four, a masked card's last four or five", () => {
    expect(found('Identity docs on file; SSN on file ***-**-6720 (masked).')).toEqual([['us_social_security_number', '6720']])
    expect(found('SSN: XXX-XX-4471')).toEqual([['us_social_security_number', '4471']])
    expect(found('card: **** **** **** 4417')).toEqual([['credit_card_number', '4417']])
    expect(found('Amex xxxx-xxxxxx-54009 on file')).toEqual([['credit_card_number', '54009']])
  })

  it('needs the whole mask, and nothing glued after the digits', () => {
    expect(found('part XXX-XX-1234-B')).toEqual([])
    expect(found('the ***-**-**** field is empty')).toEqual([])
    expect(found('rated *** 4417 times')).toEqual([])
  })
})
