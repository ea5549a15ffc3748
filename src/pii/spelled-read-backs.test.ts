import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const engine = createPiiEngine()
const redact = (text: string): string => engine.redact(text).text

describe('spelled read-backs', () => {
  it('an identifier with letters and digits spelled back is the same identifier', () => {
    const text = 'Your account number is QX7730514. Let me spell that back: Q X 7 7 3 0 5 1 4, is that right?'
    expect(redact(text)).toBe('Your account number is [ACCOUNT_NUMBER]. Let me spell that back: [ACCOUNT_NUMBER], is that right?')
  })

  it('the spelling may come in groups, with commas or dashes between them', () => {
    const text = 'Account number HT-55102-9. So that is H T, 5 5 1 0 2, 9.'
    expect(redact(text)).toBe('Account number [ACCOUNT_NUMBER]. So that is [ACCOUNT_NUMBER].')
  })

  it('a name spelled letter by letter after it is said is the same name, every letter', () => {
    expect(redact('The name on the card is Ama Boateng, that is b o a t e n g.')).toBe('The name on the card is [PERSON_NAME], that is [PERSON_NAME].')
  })

  it('a handle spelled after it is said is the same handle, with or without digits', () => {
    expect(redact('the username is kbaxter, k b a x t e r')).toBe('the username is [USERNAME], [USERNAME]')
    expect(redact("Username: jsmith91 -- that's j s m i t h 9 1")).toBe("Username: [USERNAME] -- that's [USERNAME]")
    // (shorter handles are spelled by chance)
    expect(redact('login: kbax, and the code is k b a x')).toBe('login: [USERNAME], and the code is k b a x')
  })

  it('a spelling that matches nothing found, or a different value, stays', () => {
    expect(redact('Press A B C to continue, then 1 2 3.')).toBe('Press A B C to continue, then 1 2 3.')
    const other = 'Account number QX7730514. The router model is Q X 7 7 3 0 5 1 5.'
    expect(redact(other)).toBe('Account number [ACCOUNT_NUMBER]. The router model is Q X 7 7 3 0 5 1 5.')
  })

  it('letters alone never spell an identifier, and words never join into a spelling', () => {
    const text = 'Account number QX7730514, filed under box QX 77 30 514 and the name Bo.'
    expect(redact(text)).toContain('[ACCOUNT_NUMBER], filed under box [ACCOUNT_NUMBER]')
    expect(redact('Account number QX7730514. Quite so.')).toBe('Account number [ACCOUNT_NUMBER]. Quite so.')
  })
})
