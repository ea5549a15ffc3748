import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'
import { normalizeSpoken } from '../internal/spoken-normalizer.js'
import { x12SegmentsDetector } from './x12-segments-detector.js'

const engine = createPiiEngine()
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])
const segments = (text: string): [string, string][] => x12SegmentsDetector.detect({ text, view: normalizeSpoken(text) }).map((c) => [c.type, text.slice(c.start, c.end)])

// An 837 claim's opening, as it is pasted into a ticket: envelope, submitter, billing provider, subscriber, payer.
const CLAIM = [
  'ISA*00*          *00*          *ZZ*SENDER01       *ZZ*RECEIVER01     *240315*1200*^*00501*000000101*0*P*:~',
  'GS*HC*SENDER01*RECEIVER01*20240315*1200*101*X*005010X222A1~ST*837*0001*005010X222A1~',
  'NM1*41*2*ACME BILLING SERVICES*****46*SUB7731~PER*IC*MARIA LOPEZ*TE*6175550142~',
  'NM1*85*2*NORTHSIDE CLINIC*****XX*1234567893~REF*EI*043219876~',
  'NM1*IL*1*DOE*JOHN*Q***MI*W123456789~N3*12 ELM ST~N4*BOSTON*MA*02118~DMG*D8*19800101*M~REF*SY*078051120~',
  'NM1*PR*2*BLUE PAYER*****PI*87726~CLM*A37YH556*500***11:B:1*Y*A*Y*I~',
].join('\n')

describe('X12 EDI segments', () => {
  it("an 837's people: the subscriber's names, member ID, birth date and SSN, the submitter's contact", () => {
    expect(segments(CLAIM)).toEqual([
      ['person_name', 'MARIA LOPEZ'],
      ['phone_number', '6175550142'],
      ['person_name', 'DOE'],
      ['person_name', 'JOHN'],
      ['person_name', 'Q'],
      ['healthcare_number', 'W123456789'],
      ['date_of_birth', '19800101'],
      ['us_social_security_number', '078051120'],
    ])
  })

  it("firms and payers (type 2), a provider's NPI, an employer's tax number and the envelope's dates are no one's", () => {
    const values = found(CLAIM).map(([, v]) => v)
    for (const v of ['ACME BILLING SERVICES', 'NORTHSIDE CLINIC', '1234567893', '043219876', 'BLUE PAYER', '87726', '240315', '20240315', 'A37YH556']) expect(values).not.toContain(v)
    expect(values).toEqual(expect.arrayContaining(['DOE', 'JOHN', 'W123456789', '19800101', '078051120']))
  })

  it('segments inside a JSON string or a log line, ended by the quote', () => {
    expect(segments('{"segment": "NM1*QC*1*SMITH*JANE****MI*XYZ88812345", "dmg": "DMG*D8*19751231*F"}')).toEqual([
      ['person_name', 'SMITH'],
      ['person_name', 'JANE'],
      ['healthcare_number', 'XYZ88812345'],
      ['date_of_birth', '19751231'],
    ])
    expect(segments('2024-03-15 12:00:01 WARN 271 rejected: NM1*IL*1*NGUYEN*AN****34*219099999 AAA*N**72*C')).toEqual([
      ['person_name', 'NGUYEN'],
      ['person_name', 'AN'],
      ['us_social_security_number', '219099999'],
    ])
  })

  it("an office as contact is no person, nor its line; a date that does not exist is no birth date; prose is no segment", () => {
    expect(segments('PER*IC*BILLING DEPT*TE*8005551234~')).toEqual([])
    expect(segments('DMG*D8*20241399*F~DMG*RD8*19800101-19801231~')).toEqual([])
    expect(segments('REF*G1*PA20240001~REF*6P*GRP4410~')).toEqual([])
    expect(segments('see the REF* column and NM1* notes in the spec')).toEqual([])
  })
})
