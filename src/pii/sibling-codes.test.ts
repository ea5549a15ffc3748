import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './index.js'

const engine = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('codes of the same shape as an identifier found (blind set EW)', () => {
  it("a family member's code beside the named one is of the same kind", () => {
    expect(found("My member ID is JJG17097475601, my wife's card shows JJG17097475602.")).toEqual([
      ['account_number', 'JJG17097475601'],
      ['account_number', 'JJG17097475602'],
    ])
    expect(found("The member ID on the card is WES97138923201, and my son's card says WES97138923203.")).toEqual([
      ['account_number', 'WES97138923201'],
      ['account_number', 'WES97138923203'],
    ])
  })

  it('other letters, or as many digits under other letters, are no sibling', () => {
    expect(found('Order AB1234567 shipped; my member ID is XK12345678.')).toEqual([['account_number', 'XK12345678']])
    expect(found('My member ID is XK12345678; the part is XK1234567.')).toEqual([['account_number', 'XK12345678']])
  })
})
