import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const engine = createPiiEngine()
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])
const redacted = (text: string): string => engine.redact(text).text

describe("a fintech app's users (blind set EZ)", () => {
  it("an app's user ID is the customer's account; a help article's number and a KYC error code are no one's", () => {
    expect(found('my email is chiara.bergstrom@web.de and my user id is 80821149, i havent gotten the reset link')).toEqual([
      ['email_address', 'chiara.bergstrom@web.de'],
      ['account_number', '80821149'],
    ])
    expect(found('um my user id is two six oh six five six one two three seven it should be on the email')).toEqual([['account_number', 'two six oh six five six one two three seven']])
    expect(found('user 12345678 logged in')).toEqual([])
    expect(found('check our help article "Why is my account locked?" (article 360041).')).toEqual([])
    expect(found('Verification failed: error code KYC-8823. Accepted documents: passport, driving licence, national ID card.')).toEqual([])
  })

  it('a routing number corrected a sentence after it was named, and the wrong one with two digits swapped', () => {
    expect(found('Hi, sorry - the routing number I gave earlier was wrong. Correct one is 268393054 not 268390354. Account stays the same.')).toEqual([
      ['banking_information', '268393054'],
      ['banking_information', '268390354'],
    ])
    // (another kind named right before the swapped digits)
    expect(found('My account number is 44120937. Order 44210937 shipped.')).toEqual([['account_number', '44120937']])
  })

  it('banks listed together are banks', () => {
    expect(redacted('Sort codes beginning 04 usually belong to app banks such as Monzo or Starling.')).toBe('Sort codes beginning 04 usually belong to app banks such as Monzo or Starling.')
  })
})

describe("an alarm company's calls (blind set FA)", () => {
  it('an account number asked for, answered after fillers, or named after it past "uh, and that\'s, that\'s"', () => {
    expect(found("can i get the account number please uh yeah it's m one eight nine oh three four two three and the verbal passcode")).toEqual([
      ['account_number', 'm one eight nine oh three four two three'],
    ])
    expect(found("I have it here on the bill, 97-54481, uh, and that's, that's the account number, right? Not the invoice?")).toEqual([['account_number', '97-54481']])
  })

  it('a licence number asked for by where it goes ("on the alarm permit"), answered after a pause', () => {
    expect(found("The city requires a driver's license number on the alarm permit. Okay, hold on, let me grab my wallet. Um, it's 12580108. Got it.")).toEqual([
      ['drivers_license', '12580108'],
    ])
    expect(found("The city requires a driver's license number on the alarm permit. Okay, hold on, let me grab my wallet. it's J7547810. Got it.")).toEqual([
      ['drivers_license', 'J7547810'],
    ])
    expect(found("my driver's license number is on file. The permit number is 12580108.")).toEqual([])
  })

  it("whose birth date is asked for, and the caller's own after the wife's", () => {
    expect(redacted("date of birth for valentina june four nineteen fifty four hmm i have a different date here oh sorry that's my wife's mine is february twenty three nineteen seventy four")).toBe(
      "date of birth for [PERSON_NAME] [DATE_OF_BIRTH] hmm i have a different date here oh sorry that's my wife's mine is [DATE_OF_BIRTH]",
    )
    expect(redacted('Agent: Date of birth for Yaw?\nCaller: 8/4/1972.')).toBe('Agent: Date of birth for [PERSON_NAME]?\nCaller: [DATE_OF_BIRTH].')
    expect(found('Her DOB is 03/04/1950 and mine is 7/8/1952.')).toEqual([
      ['date_of_birth', '03/04/1950'],
      ['date_of_birth', '7/8/1952'],
    ])
  })
})
