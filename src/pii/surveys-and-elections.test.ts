import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('survey interviews, research panels and voter registration (blind set IE)', () => {
  it("a respondent's turn answers the interviewer's question", () => {
    const text = 'Interviewer: Full name, please.\nRespondent: Sandile Ntuli.\nInterviewer: ID number?\nRespondent: 8106140875086.\nInterviewer: Thank you.'
    expect(found(text)).toContainEqual(['us_social_security_number', '8106140875086'])
  })

  it("a research panel's member id, named as a panel's id or a panelist's", () => {
    expect(found("What's his panelist ID?\nCaller: P-3319720.")).toEqual([['account_number', 'P-3319720']])
    expect(found('Payout request\nPanel ID: ZA-PNL-553018\nStatus: pending')).toEqual([['account_number', 'ZA-PNL-553018']])
    expect(found('panel_no,county,hh_size\nKE-HH-30712,Nyeri,5')).toEqual([['account_number', 'KE-HH-30712']])
    // ... not a board's, a roof's or a page's panel
    expect(found('the solar panel 2204817 is broken')).toEqual([])
    expect(found('see panel 3 on page 20')).toEqual([])
  })

  it("India's voter ID card (EPIC) after its name", () => {
    expect(found('Form 8, correction of entries. EPIC TGN2204817. Existing name misspelt.')).toEqual([['us_social_security_number', 'TGN2204817']])
    expect(found('His EPIC is MHN5520918.')).toEqual([['us_social_security_number', 'MHN5520918']])
    // ... not the same shape unnamed
    expect(found('Order TGN2204817 shipped.')).toEqual([])
  })
})
