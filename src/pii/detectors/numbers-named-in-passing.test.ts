import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../index.js'

const engine = createPiiEngine({ nameDetector: null })
/** What the engine finds (names off), as [type, text]. */
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('accounts named with the firm that holds them, and loans (blind sets DS-DT)', () => {
  it('"with you guys" between the account word and the number', () => {
    expect(found('My customer number with you guys is, um, 00482 915.')).toEqual([['account_number', '00482 915']])
    expect(found('My customer number with you is 00482915.')).toEqual([['account_number', '00482915']])
  })

  it("a loan's or a mortgage's reference is its account's number", () => {
    expect(found('The loan reference is, uh, LN 5520 118734.')).toEqual([['account_number', 'LN 5520 118734']])
    expect(found('and the mortgage reference is 0098 7712 4410.')).toEqual([['account_number', '0098 7712 4410']])
    // (a booking's reference stays a booking's)
    expect(found('The booking reference is 0098 7712 4410.')).toEqual([])
  })

  it('what was lent is a sum, though no currency is said', () => {
    expect(found('The loan of 250000 was approved')).toEqual([])
    expect(found('we agreed a mortgage for 180000 over 25 years')).toEqual([])
  })
})

describe('identity numbers named loosely (blind set DT)', () => {
  it('"ID" after a nationality, past a hesitation', () => {
    expect(found('Yeah, the Turkish ID, uh, 28475019362.')).toEqual([['us_social_security_number', '28475019362']])
  })

  it("Korea's resident registration number, whose newer numbers carry no check digit", () => {
    expect(found('The visa centre asked for my resident registration number, 870315-1234567.')).toEqual([['us_social_security_number', '870315-1234567']])
    // (a vehicle's registration is no one's identity)
    expect(found('the vehicle registration number is 4455667788')).toEqual([])
  })
})

describe("a card's expiry and code said loosely (blind sets DS, DT)", () => {
  it('a length of time after "valid" is no expiry, even after "visa"', () => {
    expect(found('the visa is valid for ninety days in any one eighty day period')).toEqual([])
  })

  it('the expiry past the card it is on, and "valid until" right after the number', () => {
    expect(found('The expiry date on the card is, uh, December 2027.')).toEqual([['credit_card_expiration', 'December 2027']])
    expect(found('Card number 4111 1111 1111 1111, valid until March 2028.')).toEqual([
      ['credit_card_number', '4111 1111 1111 1111'],
      ['credit_card_expiration', 'March 2028'],
    ])
    expect(found('The pass is valid until March 2028.')).toEqual([])
  })

  it('"the security number is" names the code (not a social security number)', () => {
    expect(found('expiry is oh four twenty seven and the security number is seven two five four')).toEqual([
      ['credit_card_expiration', 'oh four twenty seven'],
      ['credit_card_cvv', 'seven two five four'],
    ])
    expect(found('my social security number is 725')).toEqual([])
  })
})

describe('a card misheard by a digit (blind set DU)', () => {
  it("sixteen digits in a card's groups, a charge asked for before or its expiry said after", () => {
    expect(found('Can you charge the annual subscription to 4929 5123 8840 1176, expiry 09/27?')).toEqual([
      ['credit_card_number', '4929 5123 8840 1176'],
      ['credit_card_expiration', '09/27'],
    ])
    expect(found("So that'd be 4916 3389 1207 5543, expiring 04/26.")).toEqual([
      ['credit_card_number', '4916 3389 1207 5543'],
      ['credit_card_expiration', '04/26'],
    ])
    // (the Luhn check still rules without those: a parcel's number in four groups)
    expect(found('the order 4916 3389 1207 5543 ships on Monday')).toEqual([])
  })
})

describe("a label before a colon names its list's first field (blind set DW)", () => {
  it('a phone after a name in a list headed by another number\'s word', () => {
    expect(found('Details for the lost property claim: Hoang Minh Tuan, 07700 900 812, tuan.hoang@gmail.com.')).toEqual([
      ['phone_number', '07700 900 812'],
      ['email_address', 'tuan.hoang@gmail.com'],
    ])
    expect(found('claim: 07700 900 812, thanks')).toEqual([])
  })
})

describe("a card's code named after its number (blind set DX)", () => {
  it('"the code\'s" after a card\'s number, not a post code', () => {
    expect(found("The card's a Mastercard, 5555 5555 5555 4444, and the code's 5 5 1.")).toEqual([
      ['credit_card_number', '5555 5555 5555 4444'],
      ['credit_card_cvv', '5 5 1'],
    ])
    expect(found('card 5555 5555 5555 4444 and the post code is 123')).toEqual([['credit_card_number', '5555 5555 5555 4444']])
  })
})

describe('a plus said, and "security" alone (blind sets DZ, EA)', () => {
  it('"plus" said before a country code belongs to the number', () => {
    expect(found("I'm on the Irish number, so plus 353 87 665 1209.")).toEqual([['phone_number', 'plus 353 87 665 1209']])
  })

  it('"security" alone after a card\'s expiry names its code', () => {
    expect(found('So card number 4111 1111 1111 1111, expiry 04/27, security 448.')).toEqual([
      ['credit_card_number', '4111 1111 1111 1111'],
      ['credit_card_expiration', '04/27'],
      ['credit_card_cvv', '448'],
    ])
    expect(found('the security 448 team')).toEqual([])
  })
})

describe('accounts held with a named firm, looked for, and goods that expire (blind sets DY, EB)', () => {
  it('"with AXA", "with your online pharmacy" between the account word and the number', () => {
    expect(found('So my policy number with AXA is, er, 77 204 193.')).toEqual([['account_number', '77 204 193']])
    expect(found('My customer number with your online pharmacy is CUS-00419273, if that helps.')).toEqual([['account_number', 'CUS-00419273']])
  })

  it('"let me find it" after the account\'s number word', () => {
    expect(found("Uh, my customer number, let me find it, it's 774 021 99.")).toEqual([['account_number', '774 021 99']])
    expect(found("the order number, let me find it, it's 77402199.")).toEqual([])
  })

  it("stock on a shelf expires, not a card", () => {
    expect(found("So the stock expires, um, end of March 2026, so it's fine to use.")).toEqual([])
    expect(found('Expiry date on the box is 03/2026, so the stock is fine to dispense.')).toEqual([])
    expect(found('card expiry 03/2026')).toEqual([['credit_card_expiration', '03/2026']])
  })
})

describe('where the account number is found, said before "it\'s" (blind set EA)', () => {
  it('"on the statement, it\'s ..." between the account\'s word and its number', () => {
    expect(found("Um, the agreement number's on the statement, it's, uh, PCP 7719 3382.")).toEqual([['account_number', 'PCP 7719 3382']])
    expect(found("the account number is on the statement, it's 77193382.")).toEqual([['account_number', '77193382']])
    // (the order's number stays the order's)
    expect(found("the order number on the statement, it's 77193382.")).toEqual([])
  })
})

describe("Canada's transit number named whole (blind set EE)", () => {
  it('"the transit number is 00012"', () => {
    expect(found('The transit number is 00012, institution 004, account 1234567.')).toEqual([
      ['banking_information', '00012'],
      ['banking_information', '004'],
      ['banking_information', '1234567'],
    ])
  })
})

describe('numbers read out with pauses, and numbers no phone has (blind sets ED, EE)', () => {
  it("an Amex's 4-6-5 groups with commas between", () => {
    expect(found('The, um, the Amex number is 3714, 496353, 98431.')).toEqual([['credit_card_number', '3714, 496353, 98431']])
    expect(found('Items 1234, 567890, 12345 shipped')).toEqual([])
  })

  it('a US number read digit by digit, its three parts set apart by commas', () => {
    expect(found('Right, so the new number is 5 0 3, 555, 0 1 6 2.')).toEqual([['phone_number', '5 0 3, 555, 0 1 6 2']])
  })

  it('"00" and too few digits after it make no phone; a health plan\'s group number names no phone', () => {
    expect(found('The remittance advice shows check number 004418273 paid on 09/14/2024.')).toEqual([])
    expect(found('The group number is 00471529 and the plan is PPO Gold 1500.')).toEqual([])
    expect(found('call me on 0044 7700 900123')).toEqual([['phone_number', '0044 7700 900123']])
  })
})

describe("a person's own ID of letters and digits (blind set ED)", () => {
  it('"my ID is", "the ID on my card is", "the cardholder ID; it\'s"', () => {
    expect(found('I need a replacement card; my ID is MBR0044718293.')).toEqual([['account_number', 'MBR0044718293']])
    expect(found('My employer is Acme, but the ID on my card is LKM883104472.')).toEqual([['account_number', 'LKM883104472']])
    expect(found("The pharmacy is asking for the cardholder ID; it's 4EF92K1130.")).toEqual([['account_number', '4EF92K1130']])
    // (an order's, a ticket's: another kind of number)
    expect(found('my order ID is ABC1234567')).toEqual([])
    expect(found('the ID is INC4210623')).toEqual([])
  })
})

describe("a person's own ID spelled before its digits (blind set ED)", () => {
  it('"his ID is, um, M B R 004 471 8293"', () => {
    expect(found('So my husband, uh, his ID is, um, M B R 004 471 8293.')).toEqual([['account_number', 'M B R 004 471 8293']])
    expect(found('My social is, uh, 123-45-6789, and my ID is Z G P 604 118 832.')).toEqual([
      ['us_social_security_number', '123-45-6789'],
      ['account_number', 'Z G P 604 118 832'],
    ])
  })
})

describe("a person's birth past a pet's name, an account read from a bill, a SIM's number (blind set EF)", () => {
  it('"my dog\'s name, and my DOB is": the owner right before the birth word is a person', () => {
    expect(found("Yes, the PIN hint is my dog's name, and my DOB is 05/05/1990.")).toEqual([['date_of_birth', '05/05/1990']])
    expect(found("my dog's date of birth is 05/05/2019")).toEqual([])
  })

  it('"hold on, it\'s on the bill..." between the account\'s word and its number', () => {
    expect(found("My account number, hold on, it's on the bill... 2209 4471 8830.")).toEqual([['account_number', '2209 4471 8830']])
  })

  it("a SIM card's ICCID is no payment card", () => {
    expect(found('The SIM card ICCID is 8901 2601 2345 6789 012, printed on the back of the card.')).toEqual([])
    expect(found('I topped up my sim with card 4111 1111 1111 1111')).toEqual([['credit_card_number', '4111 1111 1111 1111']])
  })
})

describe('a CVV named before the caller looked for it (blind set EC)', () => {
  it('"the CVV is, hold on, let me flip it over, 4 1 9"', () => {
    expect(found('So the CVV is, hold on, let me flip it over, 4 1 9.')).toEqual([['credit_card_cvv', '4 1 9']])
    expect(found('the CVV was wrong so I paid 419 dollars')).toEqual([])
  })
})

describe('the firm that holds an account, however many its words (blind set EC)', () => {
  it('"My member number at Harbor Valley Federal Credit Union is 7730158"', () => {
    expect(found('My member number at Harbor Valley Federal Credit Union is 7730158.')).toEqual([['account_number', '7730158']])
    expect(found('My member number at the branch on Main Street phone is 7730158.')).toEqual([])
  })
})

describe('loyalty schemes by their names, and "the one ending in" of accounts just named (blind set EJ)', () => {
  it('a hotel chain\'s or a scheme\'s number', () => {
    expect(found('My Hyatt number is 329925317T, and, um, my Hilton number is 300 451 502.')).toEqual([
      ['account_number', '329925317T'],
      ['account_number', '300 451 502'],
    ])
    expect(found('Car rental linked to Aeroplan 416960376. Bonvoy # 759089296')).toEqual([
      ['account_number', '416960376'],
      ['account_number', '759089296'],
    ])
    expect(found('We stayed at the Hilton, room 1423, confirmation 88120934')).toEqual([])
  })

  it('"I\'ve merged your two accounts. The one ending in 7559 is closed"', () => {
    expect(found("So I've merged your two accounts. The one ending in 7559 is closed.")).toEqual([['account_number', '7559']])
    expect(found('We shipped two orders. The one ending in 7559 is closed.')).toEqual([])
  })
})

describe('labels, sentences and vehicle titles around numbers (blind sets EG, EH)', () => {
  it('a routing number\'s label is no part of it', () => {
    expect(found('Bank: US Bank, RTN 055029829, acct ending 2319.')).toEqual([
      ['banking_information', '055029829'],
      ['account_number', '2319'],
    ])
  })

  it('a date, a full stop and the next sentence\'s number are no account', () => {
    expect(found('Reminder: your policy renews on 09/01/2025. 6-month premium: $1,284.60')).toEqual([])
  })

  it("a vehicle's title number is no phone", () => {
    expect(found('the title number is six eight five nine three two three seven six seven seven')).toEqual([])
    expect(found('call me at 415 555 0199 about the title')).toEqual([['phone_number', '415 555 0199']])
  })
})

describe('HR and benefits notes (blind set EI)', () => {
  it('"EID" is an employee\'s number; a health plan\'s group is the employer\'s', () => {
    expect(found('Caller (EID 6960490) verified')).toEqual([['account_number', '6960490']])
    expect(found('Member ID W787701736, group 4800356-01 (through work).')).toEqual([['account_number', 'W787701736']])
  })

  it("a work permit's expiry is no card's, a marriage's date no birth date", () => {
    expect(found('Reverification reminder due 10/01 - EAD expires 09/30. Manager notified.')).toEqual([])
    expect(found('Child, DOB 09/28/2014, received. Marriage certificate dated 08/20/2016.')).toEqual([['date_of_birth', '09/28/2014']])
  })

  it('a passport whole before a comma, and the next document after it', () => {
    expect(found('Passport PK809385, I-94 valid through 11/2026.')).toEqual([['passport_number', 'PK809385']])
  })

  it('an account\'s last four corrected: "ends in 3248. Sorry, 3284.", "Mine ends in 4803"', () => {
    expect(found('The account ends in 3248. Sorry, 3284. 3284, not 3248.')).toContainEqual(['account_number', '3284'])
    expect(found("the account ending 4083 on my pay stub isn't mine. Mine ends in 4803.")).toEqual([
      ['account_number', '4083'],
      ['account_number', '4803'],
    ])
  })
})

describe('loyalty statements and trips (blind set EJ)', () => {
  it('a points balance is no account, a member number written with commas still is', () => {
    expect(found('Your Rapid Rewards summary\nPoints balance: 115,374')).toEqual([])
    expect(found('rewards account: 12,500 points')).toEqual([])
    expect(found('My rewards number is 102,964,366')).toEqual([['account_number', '102,964,366']])
  })

  it("a pickup's date after a birth date is no birth date", () => {
    expect(found('DOB 7/1/00. Pickup at LAX Oct 3.')).toEqual([['date_of_birth', '7/1/00']])
  })
})

describe('a routing number read off the bottom of a check (blind set EG)', () => {
  it('nine digits whose ABA checksum holds', () => {
    expect(found('The numbers on the bottom of my check are 231162720 and then the check number.')).toEqual([['banking_information', '231162720']])
    expect(found('at the bottom of the check I paid 123456789 dollars')).toEqual([])
  })
})

describe('rates, licences that expire and letters (blind set EK)', () => {
  it('a rate is no expiry; a licence\'s expiry no card\'s', () => {
    expect(found('Amex exp 02/26. Processor fee was 1.85% — is that deductible?')).toEqual([['credit_card_expiration', '02/26']])
    expect(found('Client Farhiya Park: NY DL 371 557 386, issued 12/2019, expires 05/2031.')).toEqual([['drivers_license', '371 557 386']])
    expect(found('NY DL 371 557 386')).toEqual([['drivers_license', '371 557 386']])
  })
})

describe('hospital front desks and billing (blind set EM)', () => {
  it("a member's two-digit suffix is part of the ID", () => {
    expect(found('Primary: Cigna, member ID U24312016 01 (subscriber is spouse).')).toEqual([['account_number', 'U24312016 01']])
    expect(found('member ID U24312016 01/2025 renewal')).toContainEqual(['account_number', 'U24312016'])
  })

  it("a provider's NPI and a practice's EIN are nobody's", () => {
    expect(found('Ordering provider NPI 2567713625, practice Tax ID 55-7905770. Dx I48.91')).toEqual([])
    expect(found('my tax ID is 123-45-6789')).toEqual([['us_social_security_number', '123-45-6789']])
  })
})
