import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe("Indian customers' numbers (blind set IN)", () => {
  it("India's mobiles as Indians write them, in groups of five or of four, three and three", () => {
    expect(found('Jio no. 7013 482 956, debit card blocked')).toEqual([['phone_number', '7013 482 956']])
    expect(found('SR No: 1-9023748165 | RMN: 73589 04112 | Addr: Plot 23')).toContainEqual(['phone_number', '73589 04112'])
    // ... not inside a licence's or a health card's groups, nor an order's number
    expect(found('Seller: Rajiv Malhotra, Ontario DL M0413-62087-80514')).toEqual([['drivers_license', 'M0413-62087-80514']])
    expect(found('  • OHIP 7354-362-894-KL')).toEqual([['healthcare_number', '7354-362-894-KL']])
    expect(found('order 9840 217 365 shipped')).toEqual([])
  })

  it("a provident fund's UAN and a pension's PPO number are the member's", () => {
    expect(found('my previous company UAN is 101285573940 and the new one')).toEqual([['account_number', '101285573940']])
    expect(found('Jeevan Pramaan for PPO No. TNMAS00045312 not updated.')).toEqual([['account_number', 'TNMAS00045312']])
  })

  it('birth words of Indian languages written in Latin letters', () => {
    expect(found('maza Aadhaar madhe janmatarikh chukichi aahe — 01/01/1975 dakhavte')).toEqual([['date_of_birth', '01/01/1975']])
    expect(found('boyosh 5 hoye geche (jonmo 21/03/2019).')).toEqual([['date_of_birth', '21/03/2019']])
  })
})
