import { describe, expect, it } from 'vitest'
import { scanTranscriptText } from './index.js'

const residue = (text: string): [string, string][] =>
  scanTranscriptText(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('scanTranscriptText', () => {
  it('treats fully redacted placeholders as clean', () => {
    expect(residue('Hi, it is [PERSON_NAME], call [PHONE_NUMBER] or mail [EMAIL_ADDRESS].')).toEqual([])
    expect(residue('my number is ############ and my email is ##################')).toEqual([])
  })

  it('reports residue next to hash placeholders', () => {
    expect(residue('email me at ####@gmail.com today')).toEqual([['email_address', '@gmail.com']])
    expect(residue('call (###) ###-0192 today')).toEqual([['phone_number', '0192']])
  })

  it('reports a surname left after [PERSON_NAME] and a first name before it', () => {
    expect(residue('Thanks [PERSON_NAME] Okafor, bye')).toEqual([['person_name', 'Okafor']])
    expect(residue('Thanks Maria [PERSON_NAME], bye')).toEqual([['person_name', 'Maria']])
    expect(residue('Thanks [PERSON_NAME] and goodbye')).toEqual([])
  })

  it('still finds PII that was never redacted', () => {
    expect(residue('[PERSON_NAME] said 415-555-0192')).toEqual([['phone_number', '415-555-0192']])
  })
})
