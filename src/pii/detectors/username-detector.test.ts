import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe("a person's user name after its label (blind set FJ)", () => {
  it('written, in forms and in logs', () => {
    expect(found('Caller: My username is deepagupt30 and the reset email should go to maricruz113@yahoo.com.')).toEqual([
      ['username', 'deepagupt30'],
      ['email_address', 'maricruz113@yahoo.com'],
    ])
    expect(found('username: trevor_broo47.')).toEqual([['username', 'trevor_broo47']])
    expect(found('Username deepagupt30')).toEqual([['username', 'deepagupt30']])
    expect(found('LOGIN_FAIL user=ramil.sori48 attempts=5')).toEqual([['username', 'ramil.sori48']])
    expect(found('my gamertag is Shadow_Fox_22')).toEqual([['username', 'Shadow_Fox_22']])
  })

  it('said, with its digits read apart', () => {
    expect(found('my user id is siobhantrem nine one but the password reset link never came')).toEqual([['username', 'siobhantrem nine one']])
  })

  it('not a word in its place, an address, a role or a bare "user"', () => {
    expect(found('my login is broken and the user id is wrong')).toEqual([])
    expect(found('Login: admin')).toEqual([])
    expect(found('the user is locked out since 9')).toEqual([])
    expect(found('the app handles v2.1 files')).toEqual([])
    expect(found('my username is jane.doe@gmail.com')).toEqual([['email_address', 'jane.doe@gmail.com']])
  })
})

describe('a user name is its own type', () => {
  it("is AssemblyAI's `username`, not an account's number", () => {
    const text = 'username: trevor_broo47, account number 55120934'
    expect(numbers.scan(text, { types: ['username'] }).map((f) => text.slice(f.start, f.end))).toEqual(['trevor_broo47'])
    expect(numbers.scan(text, { types: ['account_number'] }).map((f) => text.slice(f.start, f.end))).toEqual(['55120934'])
  })
})
