import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('gyms and leisure centres (blind set FF)', () => {
  it("a card, its expiry and its code in one line, apart by spaces", () => {
    expect(found('pls charge the PT pack to this card 5503 3269 2820 7653 07/2026 176')).toEqual([
      ['credit_card_number', '5503 3269 2820 7653'],
      ['credit_card_expiration', '07/2026'],
      ['credit_card_cvv', '176'],
    ])
    // (no card's check digit, no card's details)
    expect(found('tracking 4012 8888 8888 1882 12/25 100')).toEqual([])
  })

  it("the last four of a card or an account answer the question that asked for them", () => {
    expect(found('Agent: Last four of the card on file? Caller: 7036. Agent: And the expiry? Caller: 09/30.')).toEqual([
      ['credit_card_number', '7036'],
      ['credit_card_expiration', '09/30'],
    ])
    expect(found('Agent: Can you confirm the last four of your Social? Customer: 7419. Agent: And the last four of the account? Customer: 9239.')).toEqual([
      ['us_social_security_number', '7419'],
      ['account_number', '9239'],
    ])
    expect(found('Agent: Can you verify the last four of your student ID? Caller: 4439.')).toEqual([['account_number', '4439']])
  })

  it("a member's key fob", () => {
    expect(found('17:15 – Jack Khan forgot fob, temp pass issued. Fob K1168554 marked lost.')).toEqual([['account_number', 'K1168554']])
  })
})

describe('phone repairs and device warranties (blind set FI)', () => {
  it('a mask written solid before the last four, named a card or an account', () => {
    expect(found('Payment captured: Visa ****7843 exp 06/25 amount $301.95')).toEqual([
      ['credit_card_number', '7843'],
      ['credit_card_expiration', '06/25'],
    ])
    expect(found('The bank requires the full SSN before releasing the POD account xxxx4211.')).toEqual([['account_number', '4211']])
    // (nothing says whose)
    expect(found('Order ****1234 shipped')).toEqual([])
  })

  it('a found number\'s last four said again "at the end"; an employee\'s "emp" number', () => {
    expect(found('so thats seven one three six six seven nine one six five correct um yeah nine one six five at the end')).toEqual([
      ['phone_number', 'seven one three six six seven nine one six five'],
      ['phone_number', 'nine one six five'],
    ])
    expect(found('the party is at 7pm, 1200 at the end of the road')).toEqual([])
    expect(found('Signed off by T. Gallagher (emp 635581) — charging port fixed.')).toEqual([['account_number', '635581']])
  })
})

const engine = createPiiEngine()
const redacted = (text: string): string => engine.redact(text).text

describe('words read as names in these sets (FG, FH, FI)', () => {
  it('a grandmother called "nan", "Dear Sirs", a passcode, the help desk guy', () => {
    expect(redacted('my nan nasreen hughes so well everyone called her nana her nhs number is seven nine seven five five seven nine four zero eight')).toBe(
      'my nan [PERSON_NAME] so well everyone called her [PERSON_NAME] her nhs number is [HEALTHCARE_NUMBER]',
    )
    expect(redacted('Dear Sirs,\nPlease find attached the grant of probate.')).toBe('Dear Sirs,\nPlease find attached the grant of probate.')
    expect(redacted('Caller: Passcode is 653204. Agent: Got it.')).toBe('Caller: Passcode is 653204. Agent: Got it.')
    expect(redacted('like the it help desk guy said the login came from my laptop')).toBe('like the it help desk guy said the login came from my laptop')
    // (a Guy who speaks is still one)
    expect(redacted('and guy said he would call')).toBe('and [PERSON_NAME] said he would call')
  })

  it("an airline record's frequent-flyer line, a student's number asked for", () => {
    expect(found('Travelling with Amélie Moreau (FF 93889528). Pls advise.')).toEqual([['account_number', '93889528']])
  })
})
