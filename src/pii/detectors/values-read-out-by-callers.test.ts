import { describe, expect, it } from 'vitest'
import { createPiiEngine } from '../index.js'

const engine = createPiiEngine({ nameDetector: null })
/** What the engine finds (names off), as [type, text]. */
const found = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe("a card's details read out in a row (blind sets DG, DH)", () => {
  it('an expiry and a code right after the number, with no word naming them', () => {
    expect(found('So the card I want to use is 4012 8888 8888 1881, uh, 03 slash 27, and 216.')).toEqual([
      ['credit_card_number', '4012 8888 8888 1881'],
      ['credit_card_expiration', '03 slash 27'],
      ['credit_card_cvv', '216'],
    ])
    // (a date after a number of something else is no expiry)
    expect(found('the order 4012888888881881 ships 12/05 to 300 people')).toEqual([])
  })

  it('a count before the code does not join the expiry to it', () => {
    expect(found('card 4111 1111 1111 1111, expiry 04/28, four-digit code 7316.')).toEqual([
      ['credit_card_number', '4111 1111 1111 1111'],
      ['credit_card_expiration', '04/28'],
      ['credit_card_cvv', '7316'],
    ])
  })

  it('the code named as on the back, as a security number, as the digits, or read digit by digit', () => {
    expect(found('expiry march twenty twenty nine and eight eight two on the back')).toEqual([
      ['credit_card_expiration', 'march twenty twenty nine'],
      ['credit_card_cvv', 'eight eight two'],
    ])
    expect(found('Card number 6011 1111 1111 1117, expires 12/26, security number 309.')).toEqual([
      ['credit_card_number', '6011 1111 1111 1117'],
      ['credit_card_expiration', '12/26'],
      ['credit_card_cvv', '309'],
    ])
    expect(found('the amex number is three seven five nine eight seven six five four three two one oh oh four and the four digits are seven two six one')).toEqual([
      ['credit_card_number', 'three seven five nine eight seven six five four three two one oh oh four'],
      ['credit_card_cvv', 'seven two six one'],
    ])
    expect(found('The three digits on the back are, uh, 6 3 7.')).toEqual([['credit_card_cvv', '6 3 7']])
    // (not a social security number's part, nor digits on the back of a form)
    expect(found('social security number 123')).toEqual([])
    expect(found('the form has 2 boxes and 431 on the back')).toEqual([])
  })

  it('an expiry said as when the card runs out', () => {
    expect(found('card is 4111 1111 1111 1111 and it runs out november twenty eight')).toEqual([
      ['credit_card_number', '4111 1111 1111 1111'],
      ['credit_card_expiration', 'november twenty eight'],
    ])
    expect(found('the card runs out in March 2027')).toEqual([['credit_card_expiration', 'March 2027']])
    expect(found('our lease runs out in March 2027')).toEqual([])
  })
})

describe('a passport number read out in groups (blind sets DG, DH)', () => {
  it('after the passport is named, past fillers, or with the passport named after it', () => {
    expect(found("Passport number, yeah, it's 548 217 369.")).toEqual([['passport_number', '548 217 369']])
    expect(found('So my passport is, um, an Irish one, PA 438 1975.')).toEqual([['passport_number', 'PA 438 1975']])
    expect(found('The passport number is 547 812 093, uh, British passport.')).toEqual([['passport_number', '547 812 093']])
    // (a phone said after the passport, or the passport office's line, is a phone)
    expect(found('I lost my passport, call me on 0871 234 567')).toEqual([['phone_number', '0871 234 567']])
    expect(found('the passport office number is 0300 222 000')).toEqual([['phone_number', '0300 222 000']])
    expect(found('my passport expires 12 05 2031')).toEqual([])
  })
})

describe('identifiers of admissions and accounts, and a number said again whole (blind set DH)', () => {
  it("an admissions service's personal ID and an applicant's number are a person's account", () => {
    expect(found('The UCAS ID is 164 902 3378.')).toEqual([['account_number', '164 902 3378']])
    expect(found('the ucas id is one five five three oh eight two six four one')).toEqual([['account_number', 'one five five three oh eight two six four one']])
    expect(found('my applicant number is 7781234')).toEqual([['account_number', '7781234']])
  })
  it('an account code of one letter, a hyphen and mixed letters and digits', () => {
    expect(found("Account A-4F92C1D7, and I'm disputing the bill.")).toEqual([['account_number', 'A-4F92C1D7']])
    expect(found('order X-4F92C1D7 shipped')).toEqual([])
  })
  it('a whole phone number said again after "no sorry" is two numbers, not one with the words between', () => {
    expect(found('So the number I wanna bring over is 07700 900 615, no sorry, 07700 900 651.')).toEqual([
      ['phone_number', '07700 900 615'],
      ['phone_number', '07700 900 651'],
    ])
  })
})

describe('a blood group said of someone before the next clause (blind sets DG, DH)', () => {
  it('ends at a pronoun or "if" as at a conjunction', () => {
    expect(found('my husband is a b negative they asked for it at the hospital')).toEqual([['blood_type', 'a b negative']])
    expect(found("I'm A positive if, like, the uni needs that.")).toEqual([['blood_type', 'A positive']])
    expect(found('she is a positive person if you ask me')).toEqual([])
  })
})

describe('licences, permits and national numbers read out by callers (blind sets DJ, DK)', () => {
  it("a UK driving licence read out in pieces after a licence word, checked as the whole one is", () => {
    expect(found('Okay, and the licence is PHAMD 805 159 DA 9 LN.')).toEqual([['drivers_license', 'PHAMD 805 159 DA 9 LN']])
    expect(found("My licence number, hang on, it's MURPH 710228 S 99 KT.")).toEqual([['drivers_license', 'MURPH 710228 S 99 KT']])
    // (the same shape with no licence named, or a month no date has, is no licence)
    expect(found('The order is ABCDE 805 159 DA 9 LN')).toEqual([])
    expect(found('the licence is PHAMD 813 159 DA 9 LN')).toEqual([])
  })
  it('a passport said again after "no wait", and "one" after a country\'s adjective is no digit', () => {
    expect(found("Uh, passport number, yeah, it's 123 456 789, no wait, 123 465 789.")).toEqual([
      ['passport_number', '123 456 789'],
      ['passport_number', '123 465 789'],
    ])
    expect(found('My NIN, the Nigerian one, is 41277880053.')).toEqual([['us_social_security_number', '41277880053']])
  })
  it("a check digit set apart by a space where the number ends, an Amex's code on its front, a client's five digits", () => {
    expect(found('My SSS is 33 8201477 5, I think.')).toEqual([['us_social_security_number', '33 8201477 5']])
    expect(found('my NIN is 41277880053 2 weeks ago it changed')).toEqual([['us_social_security_number', '41277880053']])
    expect(found("Yeah, the Amex, 3714 496353 98431, and the code on the front's 4821.")).toEqual([
      ['credit_card_number', '3714 496353 98431'],
      ['credit_card_cvv', '4821'],
    ])
    expect(found('the code on the front door is 4821')).toEqual([])
    expect(found('I think my client number is 40917, but it might be on the old letter.')).toEqual([['account_number', '40917']])
    expect(found('the room number is 40917')).toEqual([])
    // ... a customer's five digits after the number's name, whoever's they are, and under a client's column (blind sets GT, GX)
    expect(found('Customer number 50233 rang about the invoice.')).toEqual([['account_number', '50233']])
    expect(found('client_id,name,last_visit\n50233,Ann,2024-02-11\n50234,Bo,2024-05-29')).toEqual([['account_number', '50233'], ['account_number', '50234']])
    // ... and a co-operative's patron's or grower's (blind set HX)
    expect(found('Our patron number is 118840. We never got the check.')).toEqual([['account_number', '118840']])
    expect(found('dest: GrainCorp Junee | grower no: GC0418877 | moisture 10.8')).toEqual([['account_number', 'GC0418877']])
    // (a bank's code of five digits is no account: Canada's transit, a routing number's wrong length)
    expect(found('routing number 50233')).toEqual([])
  })
  it("India's mobile in two groups of five, a few words after the phone's name", () => {
    expect(found('The Aadhaar is 5638 2710 9443, and the mobile linked to it is 98201 44736.')).toEqual([
      ['us_social_security_number', '5638 2710 9443'],
      ['phone_number', '98201 44736'],
    ])
    expect(found('the order linked to it is 98201 44736')).toEqual([])
  })
  it('a blood group a record says, before a semicolon', () => {
    expect(found('Blood group on the emergency form says O negative; the guest asked us to keep it on file.')).toEqual([['blood_type', 'O negative']])
  })
})

describe("an insurer's member ID of letters and digit groups (blind set DL)", () => {
  it('is one health number, not its last group', () => {
    expect(found('SSN provided for her insurer, Cigna ID U4419 08273.').filter(([t]) => t === 'healthcare_number')).toEqual([['healthcare_number', 'U4419 08273']])
  })
})

describe("a bank's fraud line (blind set DM)", () => {
  it("a card's codes by where they are printed, a year that is no code, and a two-digit expiry before the code", () => {
    expect(found("It's an Amex, 3714 374022 05491, expiry 11/26 and the 4 digits on the front are 4821.").map(([t]) => t)).toEqual(['credit_card_number', 'credit_card_expiration', 'credit_card_cvv'])
    expect(found('Okay, so the long number is 5355 7243 9018 4534. Do you need the three on the back as well? It\'s 5 0 8.')).toEqual([
      ['credit_card_number', '5355 7243 9018 4534'],
      ['credit_card_cvv', '5 0 8'],
    ])
    expect(found('The CVV is, uh, nine-oh-four, and the expiry July 2027.')).toEqual([
      ['credit_card_cvv', 'nine-oh-four'],
      ['credit_card_expiration', 'July 2027'],
    ])
    expect(found('the expiry date is november twenty six and the code is four eight two')).toEqual([
      ['credit_card_expiration', 'november twenty six'],
      ['credit_card_cvv', 'four eight two'],
    ])
    expect(found('The offer expires November 29 and the code is SAVE10')).toEqual([])
    expect(found('the house has 3 rooms on the back 123')).toEqual([])
  })
  it("Canada's transit and institution after \"is\", Ireland's PPS in parts, a passport digit by digit", () => {
    expect(found('My transit is 00482, institution 004, account 5127739.')).toEqual([
      ['banking_information', '00482'],
      ['banking_information', '004'],
      ['banking_information', '5127739'],
    ])
    expect(found('the transit is 45 minutes')).toEqual([])
    expect(found("My PPS number, um, it's 552 5481 BA.")).toEqual([['us_social_security_number', '552 5481 BA']])
    expect(found('Yeah, they had my passport number too, 5 3 8 2 0 1 4 7 6, because I sent them a photo.')).toEqual([['passport_number', '5 3 8 2 0 1 4 7 6']])
  })
  it("a case's reference after an account that ended its sentence is no account", () => {
    expect(found('sort code 04-00-75, account 19283746. Linked to FRD-20501 and FRD-20507.')).toEqual([
      ['banking_information', '04-00-75'],
      ['banking_information', '19283746'],
    ])
    expect(found('Acct. No. AB-4F92C1')).toEqual([['account_number', 'AB-4F92C1']])
  })
})

describe('numbers read out with hesitations between their groups (blind set DP)', () => {
  it('are one number, the hesitations inside its span', () => {
    expect(found('So it\'s Nkechi, and my phone is 0803, uh, 412, 7765.')).toEqual([['phone_number', '0803, uh, 412, 7765']])
    expect(found('Uh, the phone is, um, 415, 555, uh, 0198, that\'s a US number')).toEqual([['phone_number', '415, 555, uh, 0198']])
    expect(found('Her Social Security number is, um, 219, 09, uh, 4471, it\'s on the rental form.')).toEqual([['us_social_security_number', '219, 09, uh, 4471']])
    expect(found('and the membership number is, hang on, 7741, uh, 0932, 18.')).toEqual([['account_number', '7741, uh, 0932, 18']])
  })
  it('but not a whole card and its expiry after it, nor small counts', () => {
    expect(found('So the card I want to use is 4012 8888 8888 1881, uh, 03/27, and 216.').map(([t]) => t)).toEqual(['credit_card_number', 'credit_card_expiration', 'credit_card_cvv'])
    expect(found('I have 3 dogs, uh, 2 cats')).toEqual([])
  })
})

describe('roadside and courier calls (blind set DP)', () => {
  it('an expiry with a hesitation inside or after the code, a licence digit by digit, a policy code that answers its question', () => {
    expect(found('Expiry date is, uh, March, um, 2027, and the, the CVC is 6, 0, 2.')).toEqual([
      ['credit_card_expiration', 'March, um, 2027'],
      ['credit_card_cvv', '6, 0, 2'],
    ])
    expect(found('cvv is seven oh two and the expiry is november twenty six')).toEqual([
      ['credit_card_cvv', 'seven oh two'],
      ['credit_card_expiration', 'november twenty six'],
    ])
    expect(found("My licence, the driving licence, is, um, 1 4 2 8 8 3 0 6, it's an Irish one.")).toEqual([['drivers_license', '1 4 2 8 8 3 0 6']])
    expect(found('Can you confirm the policy number? I have it as 7720-CAR-118934 please.')).toEqual([['account_number', '7720-CAR-118934']])
    expect(found('Can you confirm the order number? I have it as 7720-CAR-118934')).toEqual([])
  })
})

describe('HR tickets and pensions (blind set DN)', () => {
  it('a score, a policy document\'s code and a member number said again are no accounts run together', () => {
    expect(found('server PAYROLL-02; regression tests passed 118/118.')).toEqual([])
    expect(found('Sent link to policy HR-POL-017 v4.')).toEqual([])
    expect(found('Your new policy number is HOM/3381/20957; please quote it.')).toEqual([['account_number', 'HOM/3381/20957']])
    expect(found("I'm calling about my pension, my member number is 448 1902, no sorry, 448 1903.")).toEqual([
      ['account_number', '448 1902'],
      ['account_number', '448 1903'],
    ])
  })
})

describe('a general contact centre (blind set DQ)', () => {
  it('a UK landline read digit by digit, and a hesitation before a blood group', () => {
    expect(found('its oh one six one four nine six oh eight three two')).toEqual([['phone_number', 'oh one six one four nine six oh eight three two']])
    expect(found('the order number is oh one six one four nine six oh eight three two')).toEqual([])
    expect(found("I'm, uh, B negative, if you need that for the form.")).toEqual([['blood_type', 'B negative']])
  })
  it("\"Passport's\" before its number, and the security code \"the three on the back\"", () => {
    expect(found("Passport's 801 447 392, and it expires next year")).toEqual([['passport_number', '801 447 392']])
    expect(found("My passport's G 4 8 2 1 9 0 7 3, it's a Chinese passport.")).toEqual([['passport_number', 'G 4 8 2 1 9 0 7 3']])
    expect(found('The security code, the three on the back, is, uh, 6 0 2.')).toEqual([['credit_card_cvv', '6 0 2']])
  })
})

describe('code-switching callers (blind set DR)', () => {
  it("a passport's letters apart from its digits", () => {
    expect(found('My passport, uh, the Polish one, um, is EK 4412873.')).toEqual([['passport_number', 'EK 4412873']])
    expect(found('the passport office is on level 2 near gate EK 4412873')).toEqual([])
  })
})

describe('a number trailing off and taken up again (session 41)', () => {
  it('"4642 4847... uh, 9631 7644": an ellipsis, with or without a hesitation, between its groups', () => {
    expect(found('My card is 4642 4847... uh, 9631 7644.')).toEqual([['credit_card_number', '4642 4847... uh, 9631 7644']])
    expect(found('card is 4642 4847... 9631 7644')).toEqual([['credit_card_number', '4642 4847... 9631 7644']])
    expect(found("it's 415 555... um, 0192")).toEqual([['phone_number', '415 555... um, 0192']])
  })

  it('joins no count or small number that follows a pause', () => {
    expect(found('we had 3 of them... 12 in the box')).toEqual([])
    expect(found('the card is 4642 4847 9631 7644... 12 more to go')).toEqual([['credit_card_number', '4642 4847 9631 7644']])
  })
})

describe("the last four named after the digits (session 41)", () => {
  it("a social's or a card's", () => {
    expect(found("6720, that's the last four of my Social")).toEqual([['us_social_security_number', '6720']])
    expect(found('7211 - last 4 of SSN')).toEqual([['us_social_security_number', '7211']])
    expect(found("6720, that's the last four of my card")).toEqual([['credit_card_number', '6720']])
    expect(found('4417, the last four of the Visa, right')).toEqual([['credit_card_number', '4417']])
  })

  it('not when the last four are given right after the words', () => {
    expect(found('I paid 4417, the last four of my social is 1234')).toEqual([['us_social_security_number', '1234']])
    expect(found('room 4417 the last four of my visa is 9999')).toEqual([['credit_card_number', '9999']])
    expect(found("6720, that's the last four of my order")).toEqual([])
  })
})

describe('values broken by a pause phrase, and named a sentence before (blind set EO)', () => {
  it('"let me see", "hang on" and dashes around a hesitation join the pieces', () => {
    expect(found('Okay, and the account number? 95592... let me see, 41537.')).toEqual([['account_number', '95592... let me see, 41537']])
    expect(found('the account is 1781 — uh — 417.')).toEqual([['account_number', '1781 — uh — 417']])
    expect(found("Caller: It's 1-306-971 — um — 5235.")).toEqual([['phone_number', '1-306-971 — um — 5235']])
    expect(found('It\'s an Amex. 3754 990557, hang on, 18366.')).toEqual([['credit_card_number', '3754 990557, hang on, 18366']])
    expect(found('we had 3 — hang on — 12 of them')).toEqual([])
  })

  it("a phone said to be one right after it outweighs another number's word before it", () => {
    expect(found("What would you like on the claim? Okay, so 702-798-8230, that's my cell.")).toEqual([['phone_number', '702-798-8230']])
  })

  it("a licence's or a passport's spelled letters, when the document was named a sentence before", () => {
    expect(found("i'll need your driver's license number  sure it's f six four two eight three eight three")).toEqual([['drivers_license', 'f six four two eight three eight three']])
    expect(found('she showed me her license the number was v five oh nine nine four one four okay')).toEqual([['drivers_license', 'v five oh nine nine four one four']])
    expect(found("only a passport the name is on it the passport number works for now okay uh it's x a six three seven let me see three four one eight")).toEqual([
      ['passport_number', 'x a six three seven let me see three four one eight'],
    ])
  })

  it("a long number's part said again on its own is the same value; a short one's is not", () => {
    expect(found('The IBAN is DE17 1058 2859 6978 2988 45. Sorry, can you repeat the last part? 7829 8845.')).toEqual([
      ['banking_information', 'DE17 1058 2859 6978 2988 45'],
      ['banking_information', '7829 8845'],
    ])
    expect(found('The IBAN is GB62 NWBK 1435, um, 7616 5416 86.')).toEqual([['banking_information', 'GB62 NWBK 1435, um, 7616 5416 86']])
    expect(found('my account number is 40512288, and the order was 512288')).toEqual([['account_number', '40512288']])
  })
})

describe('numbers answering a question asked a statement before (blind set EP)', () => {
  it('a code on the back, an account of sixteen digits, a licence: asked, then a short statement, then the answer', () => {
    expect(found("Agent: And the three-digit code on the back?\nCustomer: Hold on, the light's bad in here. 957.")).toEqual([['credit_card_cvv', '957']])
    expect(found("Agent: Can I get the account number? It's sixteen digits, starts with an 8.\nCustomer: Okay, it's 8720 1577 9223 8998.")).toEqual([
      ['account_number', '8720 1577 9223 8998'],
    ])
    expect(found("Customer: do you need their license number now?\nAgent: We can add it.\nCustomer: Okay, they said it's 179984522, New York.")).toEqual([
      ['drivers_license', '179984522'],
    ])
  })

  it('not a zip code on the back, a card asked for as an account, or an answer after another number', () => {
    expect(found('Agent: what is the zip code on the back?\nCustomer: 441')).toEqual([])
    expect(found("Agent: Can I get the account number? It's on your bill.\nCustomer: Sure, my card is 4111 1111 1111 1111")).toEqual([['credit_card_number', '4111 1111 1111 1111']])
    expect(found('Agent: Can I get the account number? Your order 55512 shipped.\nCustomer: 8720 1577 9223 8998')).toEqual([])
  })

  it("a social's last four asked for sentences before, no number said since", () => {
    expect(found("You asked me to confirm the last four digits of my social security number. I'm not thrilled about sending it by email, but fine: 2828.")).toEqual([
      ['us_social_security_number', '2828'],
    ])
    expect(found('the last four of my social, I sent that already. Order 55512 arrives at 1530')).toEqual([])
  })

  it("a PIN and a request's number are no account's or phone's", () => {
    expect(found('the account number with them is double one two oh three eight nine four eight three and uh the pin is two one seven eight five nine')).toEqual([
      ['account_number', 'double one two oh three eight nine four eight three'],
    ])
    expect(found('Agent: The port request number is 59986745. It is pending.')).toEqual([])
  })

  it("an IP address's block is no phone; a phone written in five dotted pairs still is", () => {
    expect(found('Static block assigned: 74.218.216.64/29 (5 usable)')).toEqual([['ip_address', '74.218.216.64']])
    expect(found('Can someone call me on 01.84.17.61.18? I have some questions.')).toEqual([['phone_number', '01.84.17.61.18']])
  })
})

describe('numbers named by what they are read for (blind set EQ)', () => {
  it('"last four" alone, where a birth date or a verification is named, is a social\'s', () => {
    expect(found('So I have last four 1934 and date of birth 07/21/53. Is that right?')).toEqual([
      ['us_social_security_number', '1934'],
      ['date_of_birth', '07/21/53'],
    ])
    expect(found('the last 4 are 5521, can you verify your date of birth')).toEqual([['us_social_security_number', '5521']])
    // (no verification named, or another number's kind named: not a social's)
    expect(found('Order total: last four 1934')).toEqual([])
    expect(found('last four of the card 1934 and date of birth')).toEqual([['credit_card_number', '1934']])
  })

  it('"last four" before a number spoken in words is a count, not its first digit', () => {
    expect(found('the account number is 8816389642, the last four nine six four two')).toEqual([
      ['account_number', '8816389642'],
      ['account_number', 'nine six four two'],
    ])
  })

  it("the account a statement is for; not a statement's date", () => {
    expect(found("Hi, the March statement for 2127134 shows a $25 fee I don't understand.")).toEqual([['account_number', '2127134']])
    expect(found('Can I get the statement for 06/2024 and the bill for 2024-06-01?')).toEqual([])
  })

  it('the routing number at the bottom of one of the checks', () => {
    expect(found('I found the numbers at the bottom of one of my checks. The first set (the one that starts with a little bracket symbol) is 076787768.')).toEqual([
      ['banking_information', '076787768'],
    ])
  })
})

describe("a rented home's resident code (blind set EU)", () => {
  it('a resident or tenant code named before it, written or spoken', () => {
    expect(found("Hi, it's Beatriz from 2B. Resident ID t0029628. Um, the heat's been off for two days.")).toEqual([['account_number', 't0029628']])
    expect(found('From: Rosalind Rosenbaum\nResident ID: t0462190\nUnit: 1412')).toEqual([['account_number', 't0462190']])
    expect(found('resident id t oh eight three three three two one um its me')).toEqual([['account_number', 't oh eight three three three two one']])
    // (residents counted, a year and a unit are no codes)
    expect(found('resident since 2019, 3 residents in 1412')).toEqual([])
  })
})

describe('numbers named for what they are, and details read in a row (blind sets EQ, ET)', () => {
  it("a code, an error or an authorisation is no social's or phone's, however it is shaped", () => {
    expect(found('Your payment confirmation code is 418-22-7391. Keep it for your records.')).toEqual([])
    expect(found('Hi, the app shows "Error 480-68-4430" when I try to add an external account.')).toEqual([])
    expect(found('the authorization number is p a two oh two four dash four four one seven seven three  its good for sixty days')).toEqual([])
    expect(found('my social is 418-22-7391')).toEqual([['us_social_security_number', '418-22-7391']])
  })

  it("a firm's rule is no insurance policy", () => {
    expect(found('Check #30624 for $4,943.55 was returned NSF; $35 fee applied per policy. Reference PMT54933563.')).toEqual([])
    expect(found('Check #15224 for $4,412.97 was returned NSF; $35 fee applied per policy. Reference 56787-6073.')).toEqual([])
    expect(found('policy PMT54933563')).toEqual([['account_number', 'PMT54933563']])
  })

  it('a code of letters and digits named after it', () => {
    expect(found("UGV842388505, that's the, uh, the member ID on the front.")).toEqual([['account_number', 'UGV842388505']])
    expect(found('CR2190395 — that is the account # on the letter.')).toEqual([['account_number', 'CR2190395']])
    expect(found("ORD12345678, that's the order number")).toEqual([])
  })

  it("a card's expiry right after its number, in the same run or by the month's name", () => {
    expect(found('Please use my HSA debit card: 4833 0746 2686 2700, 02-27, security code 317.')).toEqual([
      ['credit_card_number', '4833 0746 2686 2700'],
      ['credit_card_expiration', '02-27'],
      ['credit_card_cvv', '317'],
    ])
    expect(found('card 5455-0297-8926-9378, Jun 2027, security code 399.')).toEqual([
      ['credit_card_number', '5455-0297-8926-9378'],
      ['credit_card_expiration', 'Jun 2027'],
      ['credit_card_cvv', '399'],
    ])
    // (not after a number whose check digit says it is no card)
    expect(found('order 4012 8888 8888 1882, 12-30, 2024')).toEqual([])
  })

  it('a number written with its country code is a phone, though a claim was named before', () => {
    expect(found('their claim 44844-7017158-03, adjuster at 1-916-893-6538. Hold')).toEqual([['phone_number', '1-916-893-6538']])
    expect(found('claim number 1-916-893-6538')).toEqual([])
  })

  it('"you know" inside a number read out is a pause', () => {
    expect(found('call me back at seven five four you know five one four seven nine four eight after five')).toEqual([
      ['phone_number', 'seven five four you know five one four seven nine four eight'],
    ])
  })
})

describe('health numbers read out (blind sets EQ, ET, EU)', () => {
  it('an MBI said in groups, its zeros as "oh"', () => {
    expect(found('my medicare number is four r g five  q n one  j a two five its the new one')).toEqual([['healthcare_number', 'four r g five  q n one  j a two five']])
    expect(found('do you need my medicare number its four u two oh j d three w n oh oh no maam')).toEqual([['healthcare_number', 'four u two oh j d three w n oh oh']])
  })

  it("an Ontario card's version letters, written or spoken, and no scheme's name in the span", () => {
    expect(found('Out-of-country visitor from Ontario, OHIP 2199 086 829 RG. OHIP does not pay.')).toEqual([['healthcare_number', '2199 086 829 RG']])
    expect(found('my ohip number is three six eight nine  five nine eight  five five three  e p  uh from ontario')).toEqual([
      ['healthcare_number', 'three six eight nine  five nine eight  five five three  e p'],
    ])
    expect(found('my ohip number is 2199086829 so thanks')).toEqual([['healthcare_number', '2199086829']])
  })

  it("British Columbia's care card", () => {
    expect(found('my bc care card is nine nine six five  nine three seven  seven oh three personal health number i mean')).toEqual([
      ['healthcare_number', 'nine nine six five  nine three seven  seven oh three'],
    ])
  })
})

describe("dates that are a visit's, a service's or a death's (blind set ET)", () => {
  it('no birth date, though a birth date was named before', () => {
    expect(found('Verified caller via name, DOB and SSN. Caller requesting itemized bill for 11/13/2025 visit.')).toEqual([])
    expect(found('My mother (DOB 10/14/1935) passed away on 11/18/2025. I am the executor.')).toEqual([['date_of_birth', '10/14/1935']])
    expect(found('DOB: 07/15/1983\nDate of service: 8/8/23\nReason: denied')).toEqual([['date_of_birth', '07/15/1983']])
    expect(found('Customer service, my date of birth is 8/8/83')).toEqual([['date_of_birth', '8/8/83']])
  })
})

describe('student numbers, and a date after a last four (blind set ES)', () => {
  it("a school's student ID or SID named before it", () => {
    expect(found('Agent: Your student ID is... Caller: A00, um, 6-1-9, 2-2-4. Agent: A00619224. Thank you.')).toEqual([['account_number', 'A00619224']])
    expect(found('Caller verified with SID U31840277 and DOB 04/17/2005.')).toEqual([
      ['account_number', 'U31840277'],
      ['date_of_birth', '04/17/2005'],
    ])
    expect(found('we have 2400 students and 150000 student loans')).toEqual([])
  })

  it("a date said after a social's last four is no last four", () => {
    expect(found('Verified last 4 of SSN (3307) and DOB. Explained grace period ends 11/30.')).toEqual([['us_social_security_number', '3307']])
  })
})


describe('a phone number given as the answer to a question that asked for one (kept sets GA, GD, HM, HO)', () => {
  it('the whole answer, in a phone\'s groups or solid, after the question named a phone however far before', () => {
    expect(found('Agent: And for security, the mobile number on the booking?\nCaller: 055 418 2271.\nAgent: Perfect.')).toEqual([['phone_number', '055 418 2271']])
    expect(found('Agent: Great, and a phone number we can reach you on if we get cut off? Caller: 622 418 937. Agent: Thanks.')).toEqual([['phone_number', '622 418 937']])
    expect(found('Agent: And a mobile number to receive the e-key? | Caller: 8831 2097.')).toEqual([['phone_number', '8831 2097']])
    expect(found("agent what's the best number to reach you  caller six oh one  two seven three  four four eight")).toEqual([['phone_number', 'six oh one  two seven three  four four eight']])
  })

  it('not when another number is asked for beside it, nor a number of another shape', () => {
    expect(found('Agent: Your phone number and policy number? Caller: 6224 18937.').filter(([t]) => t === 'phone_number')).toEqual([])
    expect(found('Agent: And the best number to reach you?\nCaller: It is 2025-03-14.')).toEqual([])
    expect(found('Agent: What is your mobile number?\nCaller: Sorry, my order number is 55812 3409.').filter(([t]) => t === 'phone_number')).toEqual([])
  })
})
