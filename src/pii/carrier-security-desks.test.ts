import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const engine = createPiiEngine()
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe("a carrier's porting and account-security desk (blind set FP)", () => {
  it('handles in audit logs: whom a log-in or a password reset is for', () => {
    expect(found('Login audit: user kbrar_604 failed PIN 5 times')).toEqual([['username', 'kbrar_604']])
    expect(found('Admin log: password reset for lmartel91 initiated at 04:51 UTC.')).toEqual([['username', 'lmartel91']])
    expect(found('Account locked after 10 failed logins for oconnor.liam; customer must call to unlock.')).toEqual([['username', 'oconnor.liam']])
    expect(found("Customer's online ID is dlavoie_qc and the reset link went out")).toEqual([['username', 'dlavoie_qc']])
    // (a record's field is no one's handle)
    expect(found('password reset for user_id 44 and logins for first_name fields')).toEqual([])
  })

  it('a handle of words and digits after its label outranks the names in it', () => {
    const text = 'someone signed in with the username ming li eighty-eight from Vancouver'
    expect(engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([['username', 'ming li eighty-eight']])
    expect(found('the username field 2 is empty')).toEqual([])
  })

  it("a phone's last four: a callback to it, my number, your number", () => {
    expect(found('confirmed via callback to the number on file ending 8843; hold lifted.')).toEqual([['phone_number', '8843']])
    expect(found("My number ends in 4471 — that's the one they swapped to a new SIM")).toEqual([['phone_number', '4471']])
    expect(found('we sent the refund to the card number ending 4471')).toEqual([['credit_card_number', '4471']])
  })

  it('a pet named with "the cat" or a weight and a breed after it', () => {
    const redacted = (text: string): string => engine.redact(text).text
    for (const text of ['Sadie the cat knocked the phone into the bathtub.', 'Apoquel 16 mg for Max, a 70 lb golden retriever. Vet clinic on file.']) expect(redacted(text)).toBe(text)
    expect(redacted('Call Sadie the nurse about it')).toBe('Call [PERSON_NAME] the nurse about it')
    expect(redacted('Max, a 70 year old man, called')).toBe('[PERSON_NAME], a 70 year old man, called')
  })
})
