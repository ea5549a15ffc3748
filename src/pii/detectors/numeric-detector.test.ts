import { describe, expect, it } from 'vitest'
import { normalizeSpoken } from '../internal/spoken-normalizer.js'
import { resolveCandidates } from '../resolver.js'
import { numericDetector } from './numeric-detector.js'

/** [type, original substring] of the resolved findings at confidence >= 0.5. */
function found(text: string): [string, string][] {
  const c = numericDetector.detect({ text, view: normalizeSpoken(text) }).filter((x) => x.confidence >= 0.5)
  return resolveCandidates(c).map((f) => [f.type, text.slice(f.start, f.end)])
}

describe('numeric detector: cards', () => {
  it('finds Luhn-valid cards written with spaces, dashes or none', () => {
    expect(found('Charge 4111 1111 1111 1111 please')).toEqual([['credit_card_number', '4111 1111 1111 1111']])
    expect(found('card 5500-0000-0000-0004.')).toEqual([['credit_card_number', '5500-0000-0000-0004']])
    expect(found('amex 3782 822463 10005')).toEqual([['credit_card_number', '3782 822463 10005']])
  })

  it('finds spoken cards and maps the span to the words', () => {
    const text = 'the card is four one one one, one one one one, one one one one, one one one one thanks'
    expect(found(text)).toEqual([
      ['credit_card_number', 'four one one one, one one one one, one one one one, one one one one'],
    ])
  })

  it('ignores the grouping of spoken numbers ("forty five thirty two ...")', () => {
    const text = 'my card number is forty one eleven, eleven eleven, eleven eleven, eleven eleven'
    expect(found(text)).toEqual([['credit_card_number', 'forty one eleven, eleven eleven, eleven eleven, eleven eleven']])
    expect(found('my social is five three six, twenty two, forty nine eighty one')).toEqual([
      ['us_social_security_number', 'five three six, twenty two, forty nine eighty one'],
    ])
    expect(found('we have 41 11 11 11 11 11 11 11 in stock')).toEqual([])
  })

  it('accepts 12-digit (Maestro) cards only with card words', () => {
    expect(found('the limit for card 501864667909?')).toEqual([['credit_card_number', '501864667909']])
    expect(found('order 501864667909 shipped')).toEqual([])
  })

  it('rejects Luhn failures without context and timestamps', () => {
    expect(found('ref 4111 1111 1111 1112')).toEqual([])
    expect(found('epoch 1700000000000 ms')).toEqual([])
  })
})

describe('numeric detector: phones', () => {
  it('finds US numbers in the common written shapes', () => {
    for (const p of ['(415) 555-0192', '415-555-0192', '415.555.0192', '415 555 0192']) {
      expect(found(`call me at ${p} today`)).toEqual([['phone_number', p]])
    }
    expect(found('My number is +1 415 555 0192.')).toEqual([['phone_number', '+1 415 555 0192']])
    expect(found('Call +44 20 7946 0958 now')).toEqual([['phone_number', '+44 20 7946 0958']])
  })

  it('finds spoken numbers with oh and double', () => {
    const text = 'my number is four one five, five five five, oh one double nine and that is it'
    expect(found(text)).toEqual([['phone_number', 'four one five, five five five, oh one double nine']])
  })

  it('needs context for a bare ten-digit run and yields to account context', () => {
    expect(found('order 4155550192 shipped')).toEqual([])
    expect(found('my account number is 4155550192')).toEqual([['account_number', '4155550192']])
  })

  it('does not take dates, money or years for phones', () => {
    expect(found('on 2024-05-12 we paid $1,249.99 for 3 items in 2019')).toEqual([])
  })
})

describe('numeric detector: what a phone is for, and Portuguese "número"', () => {
  it('a phone asked for with its purpose ("for the OTP") is a phone; an order number right before the digits is not', () => {
    expect(found("Agent: Can you confirm your phone number for the OTP? Caller: Yes, it's zero eight zero three, five one two, seven seven six four.")).toEqual([
      ['phone_number', 'zero eight zero three, five one two, seven seven six four'],
    ])
    expect(found('the phone number for the order is 415 555 0192')).toEqual([['phone_number', '415 555 0192']])
    expect(found("what's the phone number for order 12345678")).toEqual([])
  })
  it('"meu número é" names a phone', () => {
    expect(found('Oi, meu número novo é (11) 98734-2210, obrigado')).toEqual([['phone_number', '(11) 98734-2210']])
  })
})

describe('numeric detector: phones of other countries and labelled numbers', () => {
  it("Brazil's and India's mobiles as written there, and \"call me\" in the callers' other languages", () => {
    expect(found('Qualquer duvida me liga no (21) 94619-7819')).toEqual([['phone_number', '(21) 94619-7819']])
    expect(found('ou o celular 19 99653 4576 sabe')).toEqual([['phone_number', '19 99653 4576']])
    expect(found('unka mobile 98709 38848 hai')).toEqual([['phone_number', '98709 38848']])
    expect(found('mera number note kar lijiye nine eight three oh six one three nine one five haan')).toEqual([['phone_number', 'nine eight three oh six one three nine one five']])
    // a postcode's five digits before a phone are still no phone's first group
    expect(found('61487 416 60 039 call me')).toEqual([])
  })

  it('reads a non-NANP number after a phone word as a whole', () => {
    expect(found('Phone: 083 564 9312')).toEqual([['phone_number', '083 564 9312']])
    // a country code without "+" right after a phone word
    expect(found('can u call Otieno back on 254725427157 before 1:15 pm?')).toEqual([['phone_number', '254725427157']])
    expect(found('order 254725427157 shipped')).toEqual([])
    // a national mobile number in groups needs no phone word; an order or invoice word still says otherwise
    expect(found('current landlord Frank Delaney (07911 123456).')).toEqual([['phone_number', '07911 123456']])
    expect(found('invoice 0412 345 678 is paid')).toEqual([])
    expect(found('Tel: 21 284 698 2548, after six')).toEqual([['phone_number', '21 284 698 2548']])
    expect(found('texts go to 056 590 36 33 now')).toEqual([['phone_number', '056 590 36 33']])
    expect(found('mobile 7310452286')).toEqual([['phone_number', '7310452286']])
    // written solid with its trunk 0, a valid mobile number still is one; a word naming another number before it is not
    expect(found('new sim, 07939340086 from now on')).toEqual([['phone_number', '07939340086']])
    expect(found('back online now\n0179 25258806')).toEqual([['phone_number', '0179 25258806']])
    expect(found('the barcode reads 0712345678 on the box')).toEqual([])
    expect(found('PO 0612345678 approved')).toEqual([])
    expect(found('order 07939340086 shipped')).toEqual([])
    expect(found('claim 0712345678 was approved')).toEqual([])
    // not a mobile number anywhere tried
    expect(found('batch 0123456789 passed')).toEqual([])
    // ... and read out, in groups or not: how it was grouped means nothing aloud
    expect(found("So that's zero seven four one four, two four eight, seven three five, and your email")).toEqual([['phone_number', 'zero seven four one four, two four eight, seven three five']])
    expect(found('The checking account number is zero seven three two three six zero four six nine nine.')).toEqual([['banking_information', 'zero seven three two three six zero four six nine nine']])
  })

  it('takes a label right after the number ("... office", "...-Fax")', () => {
    expect(found('44-28-66-97 office')).toEqual([['phone_number', '44-28-66-97']])
    expect(found('reach me at 713.104.5228 or 3660170549-Fax')).toEqual([
      ['phone_number', '713.104.5228'],
      ['phone_number', '3660170549'],
    ])
    // A postcode before the number is not part of it.
    expect(found('PO Box 72154 803 22 19 office')).toEqual([['phone_number', '803 22 19']])
  })

  it('takes a national number written solid a few words after a phone word, when a region knows it', () => {
    expect(found('Can you call me back on 07529875921?')).toEqual([['phone_number', '07529875921']])
    expect(found('order number 07529875921 shipped')).toEqual([])
  })

  it('takes a national number asked about as "the best number" right after it', () => {
    expect(found('Lovely, and is zero two zero seven nine four six triple zero nine still the best number?')).toEqual([['phone_number', 'zero two zero seven nine four six triple zero nine']])
    expect(found('020 7946 0009 is my number')).toEqual([['phone_number', '020 7946 0009']])
    // a number another word owns, and a number no region knows
    expect(found('the order 0207946000 is the right number')).toEqual([])
    expect(found('ref 01234567 is the number')).toEqual([])
  })

  it('keeps counts, postcodes and numbers owned by other words out', () => {
    expect(found('call 415-555-0192 3 times')).toEqual([['phone_number', '415-555-0192']])
    // (a card's number, no phone: twelve digits starting 0 are no payment card's, and are its holder's number)
    expect(found('my card number is 0120 7316 4471')).toEqual([['account_number', '0120 7316 4471']])
    expect(found('the order number is 020 7946 0958')).toEqual([])
    expect(found('we sold 2 450 000 units at the office')).toEqual([])
    expect(found('Phone support closed 12 times in 2019')).toEqual([])
  })
})

describe('numeric detector: SSN', () => {
  it('finds dashed SSNs and spoken ones with context', () => {
    expect(found('SSN 536-22-4981')).toEqual([['us_social_security_number', '536-22-4981']])
    expect(found('my social is five three six, two two, four nine eight one')).toEqual([
      ['us_social_security_number', 'five three six, two two, four nine eight one'],
    ])
  })

  it('rejects invalid SSNs and bare nine digits without context', () => {
    expect(found('ref 666-22-4981')).toEqual([])
    expect(found('id 536224981 here')).toEqual([])
  })
  it('redacts a number called a social security number even when the SSA would not issue it', () => {
    expect(found('SSN 666-22-4981')).toEqual([['us_social_security_number', '666-22-4981']])
    expect(found('my social is 123-45-6789')).toEqual([['us_social_security_number', '123-45-6789']])
  })
  it("a social security number asked for sentences before, and Canada's SIN in its threes", () => {
    expect(found("Agent: I'll need your full social security number to pull up your file. Caller: Sure. Hold on. It's five three six, two two, one two three four.")).toEqual([['us_social_security_number', 'five three six, two two, one two three four']])
    // another kind of number named in between takes it
    expect(found("What's your social security number? Hang on, my phone is ringing, it's four one five, five five five, oh one nine two")).toEqual([['phone_number', 'four one five, five five five, oh one nine two']])
    expect(found('SIN is 046-454-286 for the lender.')).toEqual([['us_social_security_number', '046-454-286']])
  })

  it('a year in the sentence after a last four given is a year (blind set EW)', () => {
    expect(found('last 4 SSN 9795. Requesting reprint of 2023 W-2, original mailed to old address.')).toEqual([['us_social_security_number', '9795']])
    // (a correction still names the last four again)
    expect(found('last 4 of SSN 9795. Sorry, it is 2023 actually.')).toEqual([
      ['us_social_security_number', '9795'],
      ['us_social_security_number', '2023'],
    ])
  })

  it('"social security number" is not a phone cue, said or written', () => {
    expect(found('social security number is five three six two two one two three four')).toEqual([['us_social_security_number', 'five three six two two one two three four']])
  })
  it('a spoken national number two words after a phone cue ("call me on oh seven seven double oh ...")', () => {
    expect(found('call me on oh seven seven double oh nine double one two three four')).toEqual([['phone_number', 'oh seven seven double oh nine double one two three four']])
    expect(found('the order ships in oh two oh seven days')).toEqual([])
  })
  it('"area code" is a phone cue, "plus" a country code, "slash" a date separator', () => {
    expect(found('area code four one five, five five five, oh one nine two')).toEqual([['phone_number', 'four one five, five five five, oh one nine two']])
    expect(found('plus four four seven seven double oh nine double one two three four')).toEqual([['phone_number', 'plus four four seven seven double oh nine double one two three four']])
    expect(found('date of birth oh three slash one four slash eighty five')).toEqual([['date_of_birth', 'oh three slash one four slash eighty five']])
    // named a birth date right after it, on its line
    expect(found('3/4/1984 is my date of birth')).toEqual([['date_of_birth', '3/4/1984']])
    expect(found("03/04/1984, that's her dob")).toEqual([['date_of_birth', '03/04/1984']])
    expect(found('3/4/1984 is my anniversary')).toEqual([])
    expect(found('Date: 10/03/2023\nBirth date: none')).toEqual([])
    expect(found('the code is one two three four')).toEqual([])
  })
  it('numbers read out digit by digit', () => {
    expect(found('account number is 0 0 4 5 7 8 9 2 3 1')).toEqual([['account_number', '0 0 4 5 7 8 9 2 3 1']])
    expect(found('you can reach me at 9 1 7 5 5 5 0 1 9 8')).toEqual([['phone_number', '9 1 7 5 5 5 0 1 9 8']])
    expect(found('card is 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1')).toEqual([['credit_card_number', '4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1']])
    expect(found('steps 1 2 3 4 5 6 are done, scores 1 2 3 4 5 6 7 8 9 10')).toEqual([])
  })

  it('numbers read out digit by digit with commas after a cue word; a list of small numbers is none', () => {
    expect(found('The account number is 6, 6, 2, 0, 4, 1, 9, 8.')).toEqual([['account_number', '6, 6, 2, 0, 4, 1, 9, 8']])
    expect(found('My phone number is 4, 1, 5, 5, 5, 5, 0, 1, 9, 8.')).toEqual([['phone_number', '4, 1, 5, 5, 5, 5, 0, 1, 9, 8']])
    expect(found('My loyalty number is H, H, 4, 0, 7, 7, 1, 2, 9, 3.')).toEqual([['account_number', 'H, H, 4, 0, 7, 7, 1, 2, 9, 3']])
    expect(found('The ratings were 5, 4, 5, 5, 3, 4, 5, 2, 4, 5 this week.')).toEqual([])
    expect(found('Chapters 1, 2, 3, 4, 5, 6, 7 and 8 are due.')).toEqual([])
  })
})

describe('numeric detector: IP, account, routing, CVV, expiry, date of birth', () => {
  it('IPv4 dotted, and spaced only with context', () => {
    expect(found('from 191.160.191.56 ok')).toEqual([['ip_address', '191.160.191.56']])
    expect(found('the ip address 176 156 24 196')).toEqual([['ip_address', '176 156 24 196']])
    expect(found('version 1.2.3.4.5')).toEqual([])
    expect(found('scores 176 156 24 196')).toEqual([])
    // "i p v four": IP spelled out outweighs the version word "v"
    expect(found('the i p v four side on one seventy two dot thirty one dot twenty five dot ninety is fine')).toEqual([['ip_address', 'one seventy two dot thirty one dot twenty five dot ninety']])
    expect(found('version four build one seventy two dot thirty one dot twenty five dot ninety')).toEqual([])
  })

  it('account and routing numbers only with context', () => {
    expect(found('The checking account number is 0098721561.')).toEqual([['banking_information', '0098721561']])
    expect(found('routing number 021000021')).toEqual([['banking_information', '021000021']])
    expect(found('we shipped 0098721561 units')).toEqual([])
  })

  it('a number whose reading was restarted part-way is one value, the correction included', () => {
    expect(found('The card is five three one one, four seven one oh, four nine, sorry, four nine seven four, six five oh two, and it was used')).toEqual([
      ['credit_card_number', 'five three one one, four seven one oh, four nine, sorry, four nine seven four, six five oh two'],
    ])
    expect(found('My social is six two three, two nine, one oh, sorry, one oh nine two.')).toEqual([['us_social_security_number', 'six two three, two nine, one oh, sorry, one oh nine two']])
    expect(found('my number is oh two oh seven nine four six uh no sorry nine four six oh oh eight two ')).toEqual([['phone_number', 'oh two oh seven nine four six uh no sorry nine four six oh oh eight two']])
    // without a cue word, or when the joined digits validate as nothing, there is no value
    expect(found('order 4471, sorry, 4472 shipped')).toEqual([])
    expect(found('The card is five three one one, four seven one oh, four nine, sorry, four nine seven four, six five oh three')).toEqual([])
  })

  it('device and catalogue numbers are not cards or phones; "acc no." and "flash me on" are cues', () => {
    expect(found('Erm, the IMEI is three five, six six five double one one, double one four four oh four, four, I got it')).toEqual([])
    expect(found('Device: SM-G991B / IMEI: 350520442322908 / warranty until 2026')).toEqual([])
    expect(found('uh the item number is seven zero five one five eight four eight five eight one and i need six ')).toEqual([])
    expect(found('See section 2.4.8.5 of the spec.')).toEqual([])
    expect(found('Bond refund, acc no. 495274746')).toEqual([['account_number', '495274746']])
    expect(found('and then flash me on oh seven oh six nine four three oh one four one.')).toEqual([['phone_number', 'oh seven oh six nine four three oh one four one']])
    // a card word still makes a card
    expect(found('card 4111 1111 1111 1111 and the imei')).toEqual([['credit_card_number', '4111 1111 1111 1111']])
  })

  it('a written date after an account or policy word is no account number', () => {
    expect(found('Policy HX-7739201 renews on 01/09/2025.')).toEqual([['account_number', 'HX-7739201']])
    expect(found('Account 4471 renews on 2025-09-01, next bill 12/09/25.')).toEqual([])
    // not a date: a sort code, or a month that cannot be
    expect(found('sort code 40-11-62, account 73920184')).toEqual([['banking_information', '40-11-62'], ['banking_information', '73920184']])
    expect(found('account number 12.34.5678')).toEqual([['account_number', '12.34.5678']])
  })

  it("an account number's letters belong to it: a code before a hyphen, spelled letters, or letters glued to the digits", () => {
    expect(found('Can I take your account number? Lovely, TB-5055-3118. Thanks.')).toEqual([['account_number', 'TB-5055-3118']])
    expect(found('your account number, T B six five seven three five one five six')).toEqual([['account_number', 'T B six five seven three five one five six']])
    expect(found('customer account a c c oh two five nine nine six three seven belongs to')).toEqual([['account_number', 'a c c oh two five nine nine six three seven']])
    // a lone letter other than "a"/"i", letters before a comma, and the cue not pushed away by the letters
    expect(found('okay member number m two nine one seven zero four five date of')).toEqual([['account_number', 'm two nine one seven zero four five']])
    expect(found('Yeah, policy H L P, zero eight one four, two zero five four, and')).toEqual([['account_number', 'H L P, zero eight one four, two zero five four']])
    expect(found("your policy number please it's h o m three double oh seven three four oh seven ")).toEqual([['account_number', 'h o m three double oh seven three four oh seven']])
    expect(found('Your customer number is NE30778732. Write that down.')).toEqual([['account_number', 'NE30778732']])
    // ... and with where it is found between the name and the value (blind set CV)
    expect(found('The member ID on my Blue Cross card is XJH884201736, and I need to add my daughter.')).toEqual([['account_number', 'XJH884201736']])
    expect(found('the account on my phone shows order ORD12345678')).toEqual([])
    // a pause between the spelled letters and the digits, as raw speech-to-text writes one
    expect(found('my member number is m b  four four eight one two  thanks')).toEqual([['account_number', 'm b  four four eight one two']])
    // five digits are enough after a code of capitals, or right after an employee's number named (staff-numbers.test.ts),
    // not alone or after another kind's name
    expect(found('Staff no. KE-30981 asked for a reset.')).toEqual([['account_number', 'KE-30981']])
    expect(found('Staff no. 30981 asked for a reset.')).toEqual([['account_number', '30981']])
    expect(found('Staff asked about 30981 resets.')).toEqual([])
    expect(found('order number OR-55102 shipped')).toEqual([])
    // the code does not push the account word out of reach
    expect(found('my member reference with you is MB-4471902, thanks')).toEqual([['account_number', 'MB-4471902']])
    // named after it, past a hedge ("I think that's my ..."), as a member's or a patient's
    expect(found("Four four one nine, two two oh eight, I think that's my member number.")).toEqual([['account_number', 'Four four one nine, two two oh eight']])
    expect(found("Four four one nine, two two oh eight, I think that's my patient number.")).toEqual([['healthcare_number', 'Four four one nine, two two oh eight']])
    // a fine's number is no phone's, a matric number a student's
    expect(found('The infringement number is two one one oh, four four seven one, nine.')).toEqual([])
    expect(found('failed logins for matric no. A22EC0198 today')).toEqual([['account_number', 'A22EC0198']])
    // customers and policies in Dutch and Polish
    expect(found('mijn klantnummer is 30018827, graag')).toEqual([['account_number', '30018827']])
    expect(found('nr polisy PZ-2210-88143, kolizja')).toEqual([['account_number', 'PZ-2210-88143']])
    // an airline's mileage scheme and an employee's badge name their member's and staff number
    expect(found('my SkyMiles number is 2219384756')).toEqual([['account_number', '2219384756']])
    expect(found('checked against badge EMP-004417 at the desk')).toEqual([['account_number', 'EMP-004417']])
    expect(found('I drove 120000 miles in it')).toEqual([])
    // a lone "a" or "I" before the digits is a word; letters glued to digits need an account word
    expect(found('the account is a 12345678')).toEqual([['account_number', '12345678']])
    expect(found('I flew an A320 and took a COVID19 test, flight BA1234567')).toEqual([])
    // ... or a question that asked for one, answered next
    expect(found("Can I get the member ID off your card? Uh, I have it here, it's L13085787.")).toEqual([['account_number', 'L13085787']])
    expect(found("Can I get your claim number? It's CL20931844.")).toEqual([])
    // the last four of a social security number, named so; the last four of a card are the card's
    expect(found('Sure, the last four of my social are 4021.')).toEqual([['us_social_security_number', '4021']])
    expect(found('IDV passed: DOB 11/24/1977, last 4 of SSN 4432 matched.')).toContainEqual(['us_social_security_number', '4432'])
    expect(found('the last four of the card are 4421 and my social is fine')).toEqual([['credit_card_number', '4421']])
    // an address word further back wins over an app named before the number
    expect(found('The IP address showing in the app is 198.51.100.229 - is that normal?')).toEqual([['ip_address', '198.51.100.229']])
    expect(found("I'm on app 4.2.1.7")).toEqual([])
    // ... nor a phone after a version word; nor is a card the first sixteen digits of a longer number
    expect(found('does the espresso machine work with firmware 10.11.8.46?')).toEqual([])
    expect(found('Please update my direct debit to IBAN PL56 2357 4600 2326 0541 8845 5133.')).not.toContainEqual(['credit_card_number', '2357 4600 2326 0541'])
    // a loan's number and a customer's abbreviated are account numbers
    expect(found('needs a hardship review on loan 929505893040.')).toEqual([['account_number', '929505893040']])
    expect(found('a loan of 25000 dollars')).toEqual([])
    // a charity's supporter or donor number is a membership number
    expect(found('Supporter no. 2313-3051, please update my gift aid')).toEqual([['account_number', '2313-3051']])
  })

  it('an SSN or a card read out in labelled pieces, only when the whole validates', () => {
    expect(found('the first three of my social are 645, the middle two are 01, and the last four are 1032. The house is 2378 square feet')).toEqual([
      ['us_social_security_number', '645'],
      ['us_social_security_number', '01'],
      ['us_social_security_number', '1032'],
    ])
    expect(found("it's a visa  first eight are four nine seven two two zero eight four  uh  and the last eight are two zero eight zero zero one four one ")).toEqual([
      ['credit_card_number', 'four nine seven two two zero eight four'],
      ['credit_card_number', 'two zero eight zero zero one four one'],
    ])
    // the last four alone are redacted as what they are (this asserted none before session 17: they are
    // what callers prove who they are with), and the zip code after them is no piece of the number
    expect(found('the last four of my social are 1234 and my zip is 94105')).toEqual([['us_social_security_number', '1234']])
    // the digits a social ends with, and "last 4" written with the count as a digit
    expect(found('bring your Social Security card (SSN ending 0742) to the appointment')).toEqual([['us_social_security_number', '0742']])
    expect(found('verified and SSN last 4 8239. Promise to pay')).toEqual([['us_social_security_number', '8239']])
    expect(found('the card ending 4412, and your social')).toEqual([['credit_card_number', '4412']])
    expect(found('los ultimos cuatro del social son 8497 and the card')).toEqual([['us_social_security_number', '8497']])
  })

  it("a firm's client number is an account's; dotted versions and a client's IP are not", () => {
    expect(found('the client number is 88123317')).toEqual([['account_number', '88123317']])
    expect(found('Vertragsnummer 388 499 510 9. VG Tobias')).toEqual([['account_number', '388 499 510 9']])
    expect(found('{"client": "v7.16.8.105"}')).toEqual([])
    expect(found('select * from users where client_ip = 106317320')).toEqual([])
    // a card whose pieces fail Luhn
    expect(found('the card starts 4569 6216, then 4068 8486.')).toEqual([])
  })

  it('a card read a few digits at a time across turns, each piece maybe read back, only when the whole passes Luhn', () => {
    // a Luhn-valid 16-digit number made here: 4000 1234 5678 9010 with its check digit worked out
    const body = '400012345678901'
    let sum = 0
    for (let i = 0; i < body.length; i++) {
      let d = Number(body[body.length - 1 - i])
      if (i % 2 === 0) d = d * 2 > 9 ? d * 2 - 9 : d * 2
      sum += d
    }
    const card = body + String((10 - (sum % 10)) % 10)
    const [p1, p2, p3, p4] = [card.slice(0, 4), card.slice(4, 8), card.slice(8, 12), card.slice(12)]
    const spaced = (p: string) => p.split('').join(' ')
    const text = `Operator: Can I take the card number? Caller: ${p1}. Operator: ${spaced(p1)}... Caller: ${p2}. Operator: ${spaced(p2)}, yep. Caller: ${p3}. Caller: ${p4}. Expiry date 04/30.`
    expect(found(text).filter(([type]) => type === 'credit_card_number')).toEqual([p1, spaced(p1), p2, spaced(p2), p3, p4].map((p) => ['credit_card_number', p]))
    // the same pieces with the last digit changed fail Luhn; and no card word, no card
    const wrong = `${p4.slice(0, 3)}${(Number(p4[3]) + 1) % 10}`
    expect(found(text.replace(`Caller: ${p4}.`, `Caller: ${wrong}.`)).filter(([type]) => type === 'credit_card_number')).toEqual([])
    expect(found(text.replace('card number', 'reference')).filter(([type]) => type === 'credit_card_number')).toEqual([])
  })

  it('dates of birth said as "five eight seventy-four" or "oh three four nineteen seventy-three" right after a birth word', () => {
    expect(found('and I was born on five eight seventy-four. The')).toEqual([['date_of_birth', 'five eight seventy-four']])
    expect(found('verify your date of birth? oh three four nineteen seventy-three.')).toEqual([['date_of_birth', 'oh three four nineteen seventy-three']])
    expect(found('the meeting is at twelve eighty-three')).toEqual([])
  })

  it('the abandoned first attempt at a number read out is the same kind of value', () => {
    // (read as one restarted number: the attempt, the correction and the number said again)
    expect(found("Uh, my number's three four eight, sorry, three four seven three four nine three three one zero. That's my cell.")).toEqual([
      ['phone_number', 'three four eight, sorry, three four seven three four nine three three one zero'],
    ])
    // another number before "sorry" is not the value's
    expect(found('room 212, sorry, call 4155550192')).toEqual([['phone_number', '4155550192']])
    // ... but after the phone's word, what was taken back is the same reading (an area code given up: the whole number said again)
    expect(found('my number is 512, sorry, 4155550192')).toEqual([['phone_number', '512, sorry, 4155550192']])
  })

  it('the North American exit code 011 before a country code', () => {
    expect(found('to reach my sister in Leeds, dial oh one one four four seven one eight four four two nine five two one.')).toEqual([
      ['phone_number', 'oh one one four four seven one eight four four two nine five two one'],
    ])
  })

  it('a time of day, or "through"/"until" without a card, is no expiry date', () => {
    expect(found('the drive through closes at eight thirty pm')).toEqual([])
    expect(found('i silenced it until six forty and left a note')).toEqual([])
    expect(found('card valid through oh eight twenty seven')).toEqual([['credit_card_expiration', 'oh eight twenty seven']])
    expect(found("the card's good through oh eight twenty seven")).toEqual([['credit_card_expiration', 'oh eight twenty seven']])
  })

  it('digits after spelled letters end a code read out; a ticket number is no international phone', () => {
    expect(found('Tracking number is one Z oh J Y T R H two five seven seven four seven seven four four one, and it ships')).toEqual([])
    expect(found('The e-ticket number is oh oh one five seven seven three seven eight one two five two, seat two six E')).toEqual([])
    expect(found('call me on oh oh four four seven nine one one one two three four five six')).toEqual([['phone_number', 'oh oh four four seven nine one one one two three four five six']])
  })

  it('CVV and expiry with context', () => {
    expect(found('the cvv is 123')).toEqual([['credit_card_cvv', '123']])
    expect(found('it expires 09/27')).toEqual([['credit_card_expiration', '09/27']])
    expect(found('about 123 people')).toEqual([])
  })

  it("an expiry named as a medicine lot's, a passport's or a policy's is no card's", () => {
    expect(found('Amoxicillin lot K7731, exp 11/2026')).toEqual([])
    expect(found('my passport expiry is 03/2031')).toEqual([])
    expect(found('the policy expires 01/28')).toEqual([])
    expect(found('the card on the policy expires 01/28')).toEqual([['credit_card_expiration', '01/28']])
  })

  it('numeric dates of birth, written and spoken, only with birth context', () => {
    // the month, then "nineteen" and a two-digit year read as one year: either way a birth date
    expect(found('and his birthday is seven nineteen eighty')).toEqual([['date_of_birth', 'seven nineteen eighty']])
    expect(found('the meeting is at two nineteen ninety people')).toEqual([])
    expect(found('born on 03/05/1987')).toEqual([['date_of_birth', '03/05/1987']])
    expect(found('my date of birth is nine twenty seven nineteen forty eight')).toEqual([
      ['date_of_birth', 'nine twenty seven nineteen forty eight'],
    ])
    expect(found('the invoice dated 03/05/1987')).toEqual([])
    expect(found('date of birth is oh three oh five nineteen eighty seven')).toEqual([
      ['date_of_birth', 'oh three oh five nineteen eighty seven'],
    ])
  })
})

describe('numeric detector: counting and version numbers are not PII', () => {
  it('skips someone counting out loud, unless a cue says the numbers are a value', () => {
    expect(found('One, two, three, four, five, six, seven, eight, nine, ten. Okay, the mic works.')).toEqual([])
    expect(found('testing testing one two three four five six')).toEqual([])
    expect(found('ssn is one two three four five six seven eight nine')).toEqual([['us_social_security_number', 'one two three four five six seven eight nine']])
    // a phone number that only starts like counting is still a phone number
    expect(found('my number is one two three four five six seven eight nine oh')).toEqual([['phone_number', 'one two three four five six seven eight nine oh']])
  })

  it('reads four dotted numbers after a version word as a version, unless an address is talked about', () => {
    expect(found('Firmware 10.2.0.1 is out; upgrade from 10.1.4.7 if you can.')).toEqual([])
    expect(found('Firmware version ten point zero point one point four fixed it.')).toEqual([])
    expect(found('after the firmware update my router ip is 10.2.0.1')).toEqual([['ip_address', '10.2.0.1']])
    // the nearer word decides: a version named after the address word, and not an account's number either
    expect(found('CUSTOMER: The router says firmware 4.11.8.129.')).toEqual([])
    // a document's section, by its sign or abbreviation or its word (blind set CV); "a sec" is a moment
    expect(found('Per the handbook (sec. 4.3.2.1), remote staff must use the VPN.')).toEqual([])
    expect(found('See § 4.3.2.1 and Article 12.4.1.2 of the policy.')).toEqual([])
    expect(found('hang on a sec, my ip is 10.0.4.12')).toEqual([['ip_address', '10.0.4.12']])
    expect(found('Server edge-7 was patched to 7.7.9.176 overnight.')).toEqual([])
  })
})

describe('numeric detector: spoken dates of birth with the day first, a two-digit year or "d o b"', () => {
  it('reads day-first and two-digit-year shapes after a birth word', () => {
    expect(found('my date of birth is fourteen oh three nineteen eighty seven')).toEqual([['date_of_birth', 'fourteen oh three nineteen eighty seven']])
    expect(found('my birthday is oh four oh seven eighty six')).toEqual([['date_of_birth', 'oh four oh seven eighty six']])
    expect(found('my date of birth is three fourteen eighty seven')).toEqual([['date_of_birth', 'three fourteen eighty seven']])
    expect(found('and the d o b is oh three fourteen eighty seven')).toEqual([['date_of_birth', 'oh three fourteen eighty seven']])
    expect(found('the order is three fourteen eighty seven')).toEqual([])
  })
})

describe('numeric detector: labels after a number and spoken extensions', () => {
  it('"..., that\'s my mobile" labels a national number; a spoken extension belongs to the phone', () => {
    expect(found('oh four one two seven three six oh nine five  that is my mobile')).toEqual([['phone_number', 'oh four one two seven three six oh nine five']])
    expect(found('Oh four one two, seven three six, oh nine five, that\'s my mobile.')).toEqual([['phone_number', 'Oh four one two, seven three six, oh nine five']])
    expect(found('the order was 0412736095, that is the home delivery one')).toEqual([])
    // "text the code to <number>": where the message goes, whatever is sent
    expect(found('Can you text the code to 408-797-6090 instead?')).toEqual([['phone_number', '408-797-6090']])
    expect(found('send the code to 1234 5678')).toEqual([])
    // an address with a CIDR prefix length; an international number that keeps its trunk 0 or Mexico's mobile 1
    expect(found('add 10.45.79.233/32 to the VPN allowlist')).toEqual([['ip_address', '10.45.79.233']])
    expect(found('call +52 1 81 5287 5048 tomorrow')).toEqual([['phone_number', '+52 1 81 5287 5048']])
    // an address read out with spaces after a sign-in or VPN word
    expect(found("we're seeing sign ins from 86 177 123 154  is that you")).toEqual([['ip_address', '86 177 123 154']])
    expect(found('call me at six four six, five five five, oh one one one, extension two oh seven.')).toEqual([['phone_number', 'six four six, five five five, oh one one one, extension two oh seven']])
  })
})

describe('numeric detector: phone variants', () => {
  it('includes extensions in the span', () => {
    expect(found('Fax: 259.735.7502x459')).toEqual([['phone_number', '259.735.7502x459']])
    expect(found('call me back at (646) 555-0199 ext. 12 thanks')).toEqual([['phone_number', '(646) 555-0199 ext. 12']])
  })

  it('reads the 00 international prefix and national formats after a phone word', () => {
    expect(found('mobile 001-518-640-0854')).toEqual([['phone_number', '001-518-640-0854']])
    expect(found('Mobile: 723 813 266')).toEqual([['phone_number', '723 813 266']])
    expect(found('They are not answering at 0680 298 70 63')).toEqual([['phone_number', '0680 298 70 63']])
    expect(found('we sold 723 813 266 units')).toEqual([])
  })

  it('reads spoken hundreds inside numbers', () => {
    expect(found('reach me at one eight hundred five five five, zero one nine nine')).toEqual([
      ['phone_number', 'one eight hundred five five five, zero one nine nine'],
    ])
  })

  it('finds a CVV described a few words before', () => {
    expect(found('the three digit code on the back is four two one')).toEqual([['credit_card_cvv', 'four two one']])
  })

  it('phone words of the languages callers switch to count as phone cues', () => {
    expect(found('Mein Name ist Jürgen und meine Nummer ist 0151 23456789.')).toEqual([['phone_number', '0151 23456789']])
    expect(found("Je m'appelle Amélie, mon numéro est 06 12 34 56 78.")).toEqual([['phone_number', '06 12 34 56 78']])
  })

  it('a six-digit date of birth (month, day, two-digit year) only when it is a date', () => {
    expect(found('dob is one two one five eight eight')).toEqual([['date_of_birth', 'one two one five eight eight']])
    expect(found('birth weight was 123456 grams')).toEqual([])
  })

  it('reads "then" between spoken digits as a pause, and nowhere else', () => {
    expect(found('reach me at area code four one five then eight six seven five three oh nine')).toEqual([
      ['phone_number', 'four one five then eight six seven five three oh nine'],
    ])
    expect(found('we paid forty then fifty')).toEqual([])
  })

  it('a bare "number" before the digits points back to the account named earlier, unless a phone word is between', () => {
    // (the last four digits that name the account are the account's too)
    expect(found('my checking account ends in four four three two and the full number is nine eight seven six five four four three two')).toEqual([
      ['account_number', 'four four three two'],
      ['account_number', 'nine eight seven six five four four three two'],
    ])
    expect(found('about my account, call me, my number is 07700 900123')).toEqual([['phone_number', '07700 900123']])
    expect(found('about my account, my number is 415-555-0192')).toEqual([['phone_number', '415-555-0192']])
  })
})

describe('numeric detector: dates, sums, part and tracking numbers are not PII', () => {
  it('a day-month-year date is no phone number, with or without a phone word near it', () => {
    expect(found('Use code FLASH40 for 34% off until 01/11/2025.')).toEqual([])
    expect(found('tel. 601 234 567; wizyta kontrolna 29.04.2024, gabinet 6')).toEqual([['phone_number', '601 234 567']])
    expect(found('call me on 12-34-5678')).toEqual([['phone_number', '12-34-5678']])
  })
  it('a sum of money after an account word is no account number', () => {
    expect(found('A deposit of $2,459.99 is due by Saturday.')).toEqual([])
    // (the window past the sum's thousands separator is still the sum: "£1,|903.85 (5 weeks)" - blind set CV)
    expect(found('Rent: £1,650 pcm. Deposit: £1,903.85 (5 weeks). Holding deposit: £380.')).toEqual([])
    expect(found('Deposit: £1,903.85. Account 12345678')).toEqual([['banking_information', '12345678']])
    expect(found('a deposit of eighteen hundred twenty three dollars is due')).toEqual([])
    expect(found('Bank fee 2.062,95 € deducted from the deposit')).toEqual([])
    expect(found('deposit it into account 4820193345 please')).toEqual([['banking_information', '4820193345']])
  })
  it('an SSN-shaped part number glued to letters is no SSN, unless it is called one', () => {
    expect(found('Replacement kit 504-47-5320-B fits models RX-355.')).toEqual([])
    expect(found('Supersedes part RX-115-91-7872.')).toEqual([])
    expect(found('my SSN is 504-47-5320')).toEqual([['us_social_security_number', '504-47-5320']])
  })
  it('sixteen digits inside a longer number in the same groups, or named a parcel, are no card', () => {
    expect(found('Your parcel 9400 2953 7845 2575 6716 31 left the hub.')).toEqual([])
    expect(found('Paid with Visa ending 8513. Track it with 9400 1111 4111 1111 1111 31.')).toEqual([['credit_card_number', '8513']])
    expect(found('my card is 4111 1111 1111 1111 12 28')).toContainEqual(['credit_card_number', '4111 1111 1111 1111'])
    expect(found('card number for the order 4111 1111 1111 1111')).toEqual([['credit_card_number', '4111 1111 1111 1111']])
  })
  it('a date labelled as another date on its own line is no date of birth', () => {
    expect(found('Date of birth: 03/04/1990\nStart date: 10/30/2024')).toEqual([['date_of_birth', '03/04/1990']])
    expect(found('member_id=X dob=1987-03-18 plan=GOLD visit_date=2024-03-18')).toEqual([['date_of_birth', '1987-03-18']])
    expect(found('DOB 03/12/1979, last 4 of SSN matched. Case closed 04/29/2026.')).toEqual([['date_of_birth', '03/12/1979']])
    // a CSV row is labelled by its header, not by the words of its own line
    expect(found('ssn,dob,plan\n123,1990-02-03,HMO')).toContainEqual(['date_of_birth', '1990-02-03'])
  })
  it('birth labels in other languages', () => {
    expect(found('Pacjent: data urodzenia 12.03.1987')).toEqual([['date_of_birth', '12.03.1987']])
    // (the customer's number is an account's, as "customer no. 436958" is: AssemblyAI's account_number)
    expect(found('Kunde Nr. 436958, geb. 12.08.1991')).toEqual([['account_number', '436958'], ['date_of_birth', '12.08.1991']])
    expect(found('fecha de nacimiento 05/11/1984')).toEqual([['date_of_birth', '05/11/1984']])
    // Romanian, Czech, Hungarian and the Balkans'
    expect(found('data nașterii 21.10.1988, cont salariu')).toEqual([['date_of_birth', '21.10.1988']])
    expect(found('Datum narození: 14.03.1979')).toEqual([['date_of_birth', '14.03.1979']])
    expect(found('születési dátum: 1985.06.12')).toEqual([['date_of_birth', '1985.06.12']])
    expect(found('datum rođenja 03.11.1990.')).toEqual([['date_of_birth', '03.11.1990']])
  })
})

describe('numeric detector: addresses and cards inside records', () => {
  it('a dotted quad inside a run joined by other separators is an IP address (a label, a CSV row)', () => {
    expect(found('Recent logins for user id 12036: 200.93.153.233 (2026-09-10)')).toContainEqual(['ip_address', '200.93.153.233'])
    expect(found('timestamp,ip,action\n2025-09-27 13:04:10.418,10.109.232.176,login')).toContainEqual(['ip_address', '10.109.232.176'])
    expect(found('firmware 1.2.3.4.5 installed')).toEqual([])
  })
  it('"order" names a number as no card only right before it', () => {
    expect(found('Order W901665460 payment failed for 3559-3287-7614-9506, please ask')).toEqual([['credit_card_number', '3559-3287-7614-9506']])
    expect(found('order 4111 1111 1111 1111 shipped')).toEqual([])
  })
  it("a chat message's timestamp is no birth date, even in a chat about one", () => {
    expect(found('[23/03/2024, 13:21:14] Alistair: Can you confirm passport no. and DOB?\n[23/03/2024, 13:22:49] Ingrid: born 14/07/1972')).toEqual([['date_of_birth', '14/07/1972']])
  })

  it('a policy number with a hyphenated suffix, and a card read out with "like" between its digits', () => {
    expect(found('Policy number is PA774129-03.')).toEqual([['account_number', 'PA774129-03']])
    expect(found("um it's four seven six one seven three nine oh like oh one eight eight two five four one")).toEqual([['credit_card_number', 'four seven six one seven three nine oh like oh one eight eight two five four one']])
  })

  it("a complaint's number is the firm's record, and a sum after a security-code question is a sum", () => {
    expect(found('Sir, I have registered your complaint. Your complaint number is 2025283910.')).toEqual([])
    expect(found('the complaint number is two zero two five six zero five six zero five')).toEqual([])
    expect(found('Speaker A: And the security code?\nSpeaker B: [CREDIT_CARD_CVV].\nSpeaker A: Thank you. The payment of $482 has been applied.')).toEqual([])
  })

  it('a number answering a question that asked for a health number, the last four of a social or an account number is that kind', () => {
    expect(found("Speaker A: And your NHS number, if you have it?\nSpeaker B: Yes, it's 444 269 0103.\nSpeaker A: Lovely.")).toEqual([['healthcare_number', '444 269 0103']])
    expect(found("Speaker A: Can I get the patient's Medicaid ID?\nSpeaker B: It's 8070974649.")).toEqual([['healthcare_number', '8070974649']])
    expect(found('Landlord: Can you send the last four of your social for the credit check?\nApplicant: sure it\'s 4471\nLandlord: thanks.')).toEqual([['us_social_security_number', '4471']])
    // asked again: "Could you repeat it?" refers to the question before it
    const again = "Speaker A: Can you verify the last 4 of your Social?\nSpeaker B: [US_SOCIAL_SECURITY_NUMBER].\nSpeaker A: I'm sorry, that doesn't match. Could you repeat it?\nSpeaker B: Oh, sorry, 5739."
    expect(found(again)).toEqual([['us_social_security_number', '5739']])
    // ... but not once a number was read out between them
    expect(found(again.replace('[US_SOCIAL_SECURITY_NUMBER]', '1234'))).toEqual([['us_social_security_number', '1234']])
    // where the question says the number is found names nothing ("from the statement"); a claim number asked for is no account's
    expect(found("Speaker A: Can I have the patient account number from the statement?\nSpeaker B: It's 60812664.")).toEqual([['account_number', '60812664']])
    expect(found("Speaker A: Can I have your claim number from the statement?\nSpeaker B: It's 60812664.")).toEqual([])
  })

  it("a number answering a question that asked for a member's, patient's, policy's or account's number is an account number", () => {
    expect(found('Speaker B: Do you have your patient ID handy?\nSpeaker A: Yeah, it\'s 93032248.')).toEqual([['account_number', '93032248']])
    expect(found('Can I get the member ID off your card? Uh, I have it here, it is 113491596.')).toEqual([['account_number', '113491596']])
    // a turn with no question mark asks too (speech-to-text often writes none)
    expect(found("Speaker B: can i get the member i d off your card\nSpeaker A: i have it here it's one one three four nine one five nine six thanks")).toEqual([
      ['account_number', 'one one three four nine one five nine six'],
    ])
    // not another kind of number, not a speaker's label read as an account word, not once answered
    expect(found('What is the order number? It is 113491596.')).toEqual([])
    expect(found("Customer: no everyone's okay thankfully\nAgent: your claim number is h c two zero two three one five one seven two seven")).toEqual([])
    // the question was answered already (digits came between): a later number answers nothing
    expect(found('Whats the member ID? It is on the card, 4002. And the reference is 113491596.')).toEqual([])
  })
  it('"b." (born) right before a written date makes it a date of birth, unless it letters a list item', () => {
    expect(found('Applicant: Lihua Zhang | b. 2004-02-14 | Nationality: Irish')).toEqual([['date_of_birth', '2004-02-14']])
    expect(found('he was b. 1975-04-13 according to the form')).toEqual([['date_of_birth', '1975-04-13']])
    expect(found('a. 2023-01-05 signed\nb. 2024-01-01 renewed')).toEqual([])
    expect(found('see section b. 2024-01-01 for the terms')).toEqual([])
  })
  it('an appointment or a notice date in another language is no date of birth', () => {
    expect(found('Geburtsdatum: 13.12.1995; Termin am 25.04.2024 um 09:55 Uhr')).toEqual([['date_of_birth', '13.12.1995']])
  })
  it("a stay's arrival and departure dates on a register's card are no dates of birth (blind set CY)", () => {
    expect(found('Date of birth: 09/02/1976\nHome address: Via Toledo 214\nArrival: 12/11/2025   Departure: 14/11/2025   Room: 1214')).toEqual([['date_of_birth', '09/02/1976']])
    // ... though a birth date asked for a journey's insurance is one
    expect(found("I need your date of birth for the travel insurance. It's 09/06/1992.")).toEqual([['date_of_birth', '09/06/1992']])
  })
})

describe('numeric detector: a label after the number', () => {
  it('"... for the social", "... for the phone" label the number before them, over a word for another number', () => {
    expect(found("that's five four two seven four seventy four seventy four for the social uh and six oh two  nine seven five four two nine five for the phone")).toEqual([
      ['us_social_security_number', 'five four two seven four seventy four seventy four'],
      ['phone_number', 'six oh two  nine seven five four two nine five'],
    ])
    expect(found('the order was 0412736095 for the home delivery')).toEqual([])
  })
})

describe('numeric detector: hesitations inside spoken groups, and numbers of fines, receipts and rentals', () => {
  it('a hesitation between spoken groups keeps them one number', () => {
    expect(found('my social security number is six four eight fifteen uh thirty six thirty three and my date of birth')).toEqual([
      ['us_social_security_number', 'six four eight fifteen uh thirty six thirty three'],
    ])
  })
  it('citation, receipt and rental agreement numbers are no phones', () => {
    expect(found('The VIN is SALJW5K74MA001350 and the citation number is 78125663.')).toEqual([])
    expect(found('The rental agreement number is 994868377.')).toEqual([])
    expect(found('The receipt number is 32791339.')).toEqual([])
  })
})

describe('numeric detector: IBANs read with the spelling alphabet', () => {
  it('code words and "b as in bravo" in a run of letters are those letters; a lone code word is a word', async () => {
    const { normalizeSpoken: n } = await import('../internal/spoken-normalizer.js')
    // ("i b a n" itself, a cue spelled out, is read as the word)
    expect(n('the i b a n is charlie hotel five nine').text).toBe('the iban is c h 59')
    expect(n('my i b a n is b as in bravo e as in echo two four').text).toBe('my iban is b e 24')
    expect(n('could i get the s s n on the account').text).toBe('could i get the ssn on the account')
    expect(n('i stayed at the hotel two nights with charlie').text).toBe('i stayed at the hotel 2 nights with charlie')
    // an "o" after two letters spelled out is the letter ("r a b o"), not a zero
    expect(n('n l eight three r a b o nine four').text).toBe('n l 83 r a b o 94')
  })
})

describe('numeric detector: other numbers named nearer than an account word, time ranges, spoken months', () => {
  it('a reference, a claim or a prescription number is no account and no phone', () => {
    expect(found('The wire went out with reference 4003345904 at 3:50.')).toEqual([])
    expect(found('Your reference is 77 31 05 for the savings account.')).toEqual([])
    expect(found('The prescription number is 4014126.')).toEqual([])
    // a loyalty scheme's number is a membership number: AssemblyAI's account_number ("customer account
    // or membership identification number"), never a phone's
    expect(found("What's the loyalty number? It's 6544012853. Do you have your rewards number? 7577275040.")).toEqual([
      ['account_number', '6544012853'],
      ['account_number', '7577275040'],
    ])
    expect(found('my frequent flyer number is zero zero one one one eight two three one')).toEqual([['account_number', 'zero zero one one one eight two three one']])
    expect(found('I have 4500 reward points')).toEqual([])
    // the account's own reference is the account's
    expect(found('my customer reference number is 40033459')).toEqual([['account_number', '40033459']])
    expect(found('my account number is 40033459')).toEqual([['account_number', '40033459']])
  })

  it('a time between two others is no card expiry', () => {
    expect(found('card expiration oh one twenty seven, will you be home between four fifty and five p m')).toEqual([['credit_card_expiration', 'oh one twenty seven']])
  })

  it('"a/c", a CLABE, a BSB and "account" in other languages name an account', () => {
    expect(found('upi payment failed, a/c 721384338423919, pls check')).toEqual([['account_number', '721384338423919']])
    expect(found('My a/c no. 2925757505104490 was debited twice')).toEqual([['account_number', '2925757505104490']])
    expect(found('hola, mi clabe es 012320584554787089 para el reembolso')).toEqual([['banking_information', '012320584554787089']])
    expect(found('Refund can go to BSB 032534, account 52804583.')).toEqual([
      ['banking_information', '032534'],
      ['banking_information', '52804583'],
    ])
    expect(found('minha conta 5821837 obg')).toEqual([['account_number', '5821837']])
    // a code joined to the digits is part of the number
    expect(found('My customer account number is ACC-7555-035')).toEqual([['account_number', 'ACC-7555-035']])
    expect(found('Kontonummer 1234567890')).toEqual([['account_number', '1234567890']])
    // an air conditioner's "a/c"; 18 digits right after an account's word are an account's, CLABE-shaped or not
    // (session 55: India's policy numbers, Peru's CCI), but not after an order's
    expect(found('the a/c unit is broken, order 12345678')).toEqual([])
    expect(found('account 012320584554787089')).toEqual([['account_number', '012320584554787089']])
    expect(found('order 012320584554787089')).toEqual([])
  })

  it('orders, parcels and invoices named in other languages, cases and models are none of the PII numbers', () => {
    expect(found('vielen Dank für Ihre Bestellung 897-8270876')).toEqual([])
    expect(found('N° de commande : 940-9409396')).toEqual([])
    expect(found('la réception de votre colis n° 7263120634')).toEqual([])
    expect(found('case no 554-34-7557, the ticket number is 554-34-7557')).toEqual([])
    expect(found("It's the model number TM-205-7409")).toEqual([])
    // a social security number named as one still is
    expect(found('my social security number, the case said, is 554-34-7557')).toEqual([['us_social_security_number', '554-34-7557']])
    expect(found('the receipt? So, it is 386-57-0839')).toEqual([['us_social_security_number', '386-57-0839']])
  })

  it('a number the account owns but that is named otherwise is what its name says', () => {
    expect(found("And the zip code on the account? It's 14612.")).toEqual([])
    expect(found("And what's the phone number on the account? Yes, it's 867-547-2253.")).toEqual([['phone_number', '867-547-2253']])
    // the number on the account, and the routing on it, stay the account's
    expect(found("What's the number on the account? It's 40033459.")).toEqual([['account_number', '40033459']])
    expect(found('The statement number is 4825709288, the police report number is 74310592.')).toEqual([])
  })

  it('a version asked about a question before is no IP address, unless an address is talked about', () => {
    expect(found('Which version are you on? It says 2.0.1.20.')).toEqual([])
    expect(found('Which version are you on? My IP address is 10.0.1.20.')).toEqual([['ip_address', '10.0.1.20']])
  })

  it('a written date answers a birth question asked a few sentences before', () => {
    expect(found("What's the date of birth on the account? Um, it's a new one, hold on. Yeah, 6/9/1994.")).toEqual([['date_of_birth', '6/9/1994']])
    expect(found("What's the date of birth on the account? Sorry, the renewal was due 6/9/2024.")).toEqual([])
    // a number that is no full date stays what it was
    expect(found("What's the date of birth on the account? Um, it's a new one, hold on. Yeah, 6941994.")).toEqual([])
  })

  it('a birth date said with the month as a word and a two-digit year takes the month', () => {
    expect(found("my date of birth is august twenty nine ninety six you're all set")).toEqual([['date_of_birth', 'august twenty nine ninety six']])
    expect(found('the date of birth for the driver is november seven seventy six')).toEqual([['date_of_birth', 'november seven seventy six']])
    expect(found('born on march thirty two ninety one')).toEqual([])
  })
})

describe('numeric detector: account endings and digits grouped as a transcript happened to group them', () => {
  it('an account named by its last digits', () => {
    expect(found('Is that the account ending in 6994?')).toEqual([['account_number', '6994']])
    expect(found('the refund should go to the account ending one eight oh six')).toEqual([['account_number', 'one eight oh six']])
    expect(found('my account number ends in 4821')).toEqual([['account_number', '4821']])
    // no account word, or a sum
    expect(found('the meeting ending in 2024')).toEqual([])
    expect(found('my account ends in 2000 dollars')).toEqual([])
  })

  it('a card or a social read out after its word, whatever the grouping', () => {
    expect(found("I'd like to pay with my Visa, the number is 47166 7638 247 2383.")).toEqual([['credit_card_number', '47166 7638 247 2383']])
    expect(found('my social is 823 4823 52, thanks')).toEqual([['us_social_security_number', '823 4823 52']])
    // the same digits without the word: no card, no social
    expect(found('the number is 47166 7638 247 2383.')).not.toContainEqual(['credit_card_number', '47166 7638 247 2383'])
    expect(found('the code is 823 4823 52, thanks')).toEqual([])
  })
})

describe('numeric detector: IPv4 octets said in pieces', () => {
  it('joins the pieces between the dots after an address word', () => {
    expect(found('i am going to whitelist one ninety two dot sixteen eight dot five dot ten five on our side')).toEqual([['ip_address', 'one ninety two dot sixteen eight dot five dot ten five']])
    expect(found('your router ip address is showing as two zero three dot twenty four two dot seventeen seven dot thirty two')).toEqual([['ip_address', 'two zero three dot twenty four two dot seventeen seven dot thirty two']])
    // no address word, or an octet over 255
    expect(found('version two dot sixteen eight dot five dot ten five')).toEqual([])
    expect(found('the ip address is three ninety two dot sixteen eight dot five dot ten five')).toEqual([])
  })

  it('reads octets said with a pause between them, which the normaliser joins (blind set CK)', () => {
    expect(found('The IP on that login was one eight five, two two zero, one oh one, three seven, which is a Tor exit node')).toEqual([['ip_address', 'one eight five, two two zero, one oh one, three seven']])
    expect(found("We've had a login from an IP address, eight one, one five two, two oh three, four four. Is that you?")).toEqual([['ip_address', 'eight one, one five two, two oh three, four four']])
    // three pieces, or an octet over 255, are no address
    expect(found('the IP was one eight five, two two zero, one oh one')).toEqual([])
    expect(found('the IP was three eight five, two two zero, one oh one, three seven')).toEqual([])
  })
})

describe('numeric detector: where a number is found is not what names it', () => {
  it('reads past "on the card", "on file" to the noun that names the number', () => {
    expect(found('The member ID on the card is nine four two seven three seven nine six.')).toEqual([['account_number', 'nine four two seven three seven nine six']])
    expect(found('the policy number on file is 48213977')).toEqual([['account_number', '48213977']])
    // the card is what the number is, here: "on your account" only says where
    expect(found('the card number on your account is 4111 1111 1111 1111')).toEqual([['credit_card_number', '4111 1111 1111 1111']])
    // without a verb between, the noun after "on" names the number
    expect(found('I need to open a claim on policy 48213977 today')).toEqual([['account_number', '48213977']])
  })

  it('takes a number named an account\'s right after it ("..., that\'s the checking account")', () => {
    expect(found("So er, it's double oh two nine five four five oh, that's the checking account, not the savings")).toEqual([['account_number', 'double oh two nine five four five oh']])
    expect(found('two seven nine three nine nine four six thats my frequent flyer number it should be on file')).toEqual([['account_number', 'two seven nine three nine nine four six']])
    expect(found('12345678 is the order number')).toEqual([])
    expect(found('41567890, that is the reference for the account')).toEqual([])
  })

  it('finds healthcare numbers: a medical record\'s, a patient\'s or a health scheme\'s', () => {
    expect(found('MRN 2463617 | allergy note update')).toEqual([['healthcare_number', '2463617']])
    expect(found("Her medical record number is one six one nine seven seven seven, she's in room three fifteen.")).toEqual([['healthcare_number', 'one six one nine seven seven seven']])
    expect(found('Pt ID 9133 8179 - lab results emailed')).toEqual([['healthcare_number', '9133 8179']])
    // a health scheme's number in a phone's shape is no phone
    expect(found('my NHS number is 943 476 5919')).toEqual([['healthcare_number', '943 476 5919']])
    expect(found('the patient in room 315 needs 250 mg')).toEqual([])
  })

  it('finds hospital numbers and health numbers with letters, a hesitation or where they are read between', () => {
    expect(found('Hospital number K387454. I\'m ringing to move my appointment')).toEqual([['healthcare_number', 'K387454']])
    expect(found('hospital number r x oh two one seven oh seven  i\'m ringing')).toEqual([['healthcare_number', 'r x oh two one seven oh seven']])
    expect(found('My patient number is uh H six three oh nine six five.')).toEqual([['healthcare_number', 'H six three oh nine six five']])
    expect(found('The hospital number on the letter is erm 859153.')).toEqual([['healthcare_number', '859153']])
    expect(found('I was in hospital ward 4 for 12 days')).toEqual([])
  })

  it('health plans: subscriber and insurance numbers, Medicaid and Medicare codes, a hospital named between', () => {
    expect(found('Subscriber ID W318714430. She was diagnosed last year.')).toEqual([['account_number', 'W318714430']])
    expect(found('subscriber id w seven three nine three six seven nine one one and the last four')).toEqual([['account_number', 'w seven three nine three six seven nine one one']])
    expect(found('My insurance number is V oh nine nine five one three two four six, and the refund')).toEqual([['account_number', 'V oh nine nine five one three two four six']])
    expect(found('Medicaid ID SY21207A. The pharmacy says no.')).toEqual([['healthcare_number', 'SY21207A']])
    expect(found('Medicare number 4VW8K28QN44, please.')).toEqual([['healthcare_number', '4VW8K28QN44']])
    expect(found('My Medicare number is 4P18-CN8-TK14.')).toEqual([['healthcare_number', '4P18-CN8-TK14']])
    expect(found("His hospital number at St George's is R6211355.")).toEqual([['healthcare_number', 'R6211355']])
    // codes of that shape named as something else, or an insurance claim's number
    expect(found('order number 4VW8K28QN44')).toEqual([])
    expect(found('the Johnson account (PO PO-053516) disputes 16 items')).toEqual([])
    expect(found('my insurance claim number is 12345678')).toEqual([])
  })

  it('a social security word nearer than an account word names the number', () => {
    expect(found('Enrollment correction: subscriber Layla Murphy, SSN 569546743, member ID 744259751.')).toEqual([
      ['us_social_security_number', '569546743'],
      ['account_number', '744259751'],
    ])
    expect(found("I'm calling about my account. My social is 696 97 3315.")).toEqual([['us_social_security_number', '696 97 3315']])
  })

  it('an account number after the caller looks for it, and a code of letters and two digit groups', () => {
    expect(found("My account is, hang on, let me find it, 77132973. I'm calling because")).toEqual([['account_number', '77132973']])
    expect(found('My customer number is CU5279 6073. Thank you.')).toEqual([['account_number', 'CU5279 6073']])
    expect(found('Room A101 2020 is booked')).toEqual([])
  })

  it("an IVR's read-back of the last four of a social, further back than the usual context", () => {
    expect(found('Please enter the last four digits of your Social Security number. ... You entered 7 1 3 3. Thank you.')).toEqual([['us_social_security_number', '7 1 3 3']])
    expect(found('last four digits of your social security number you entered seven two five five thank you')).toEqual([['us_social_security_number', 'seven two five five']])
    expect(found('last four of your social, then your phone number 5514')).toEqual([])
  })

  it("a prompt's example date is no birth date", () => {
    expect(found('Please enter your date of birth, for example 01/31/1980. You entered 03/12/1975.')).toEqual([['date_of_birth', '03/12/1975']])
  })

  it('a date and the hour of a time are no phone number, nor an account number', () => {
    expect(found('Could you look at it before 07/07/2025 12:30pm?')).toEqual([])
    expect(found('Ticket ZD-959679 - customer reply (2024-08-20 13:09): yes')).toEqual([])
    expect(found('Preferred pickup: 06/12/2025 12:40pm')).toEqual([])
  })

  it('reads a code\'s check letter after its digits', () => {
    expect(found("My policy number's HX6842945C, claim reference LMJ 266427.")).toEqual([['account_number', 'HX6842945C']])
    expect(found("have you got your policy number handy yes it's h x two six one five six four two c lovely")).toEqual([['account_number', 'h x two six one five six four two c']])
    // ... not a word's first letter, nor "a"
    expect(found('my account is 61194133 a day old')).toEqual([['account_number', '61194133']])
    // never a word's first letter, whatever its alphabet ("Kündigung")
    expect(found('Vertrag V-8917449, Kündigung zum Monatsende')).toEqual([['account_number', 'V-8917449']])
  })

  it('a restart that takes back the last digits, goes back to a digit said before, or says "wait"', () => {
    expect(found("the card number is five one eight seven four five three four four six one six two two four six  sorry no  two two four five  sorry  the light's bad")).toEqual([
      ['credit_card_number', 'five one eight seven four five three four four six one six two two four six  sorry no  two two four five'],
    ])
    expect(found('Social Security number, six six nine nine eight, wait, nine seven two two nine five. Sorry, I always mix those up.')).toEqual([
      ['us_social_security_number', 'six six nine nine eight, wait, nine seven two two nine five'],
    ])
    expect(found('Best number is oh seven five one five, three seven five, no, three seven six, seven two four. Got it?')).toEqual([['phone_number', 'oh seven five one five, three seven five, no, three seven six, seven two four']])
    // an account code, its letters included; a sort code's digits are banking information
    expect(found("the account's p o l five oh one three  no sorry five oh one four seven six nine two  sorry")).toEqual([['account_number', 'p o l five oh one three  no sorry five oh one four seven six nine two']])
    expect(found('uh sort code ninety three oh six one oh no sorry two oh')).toEqual([['banking_information', 'ninety three oh six one oh no sorry two oh']])
    // a whole card, its prefix and checksum right, needs no word; an order number is no value
    expect(found('Okay so it\'s five five nine five, seven seven two five, one eight five seven, sorry, one eight five six, oh six seven one. Got that?').map((f) => f[0])).toEqual(['credit_card_number'])
    expect(found('the order number is one four oh eight two six five five two sorry five five one got that')).toEqual([])
  })

  it("a turn's speaker label is no cue word: \"Customer:\" names no customer number", () => {
    expect(found("Rep: I'll need the social, the full nine digits.\nCustomer: Sure, 081 21 5585.")).toEqual([['us_social_security_number', '081 21 5585']])
    expect(found('Support: Do you have the claim number?\nCustomer: Yeah hang on, REF91380549.')).toEqual([])
    expect(found('Customer: The tracking number is 9400 8689 4090\nAdvisor: Yep.\nCustomer: 3108 7161 61.')).toEqual([])
    // ... while a field's label still is one
    expect(found('Customer number: 87654321')).toEqual([['account_number', '87654321']])
  })

  it('a phone word inside the phrase after another number\'s name does not make it a phone', () => {
    expect(found("and your reference for today's call is six nine five one two five three oh.")).toEqual([])
    expect(found('please call me on 0161 496 0306')).toEqual([['phone_number', '0161 496 0306']])
  })

  it('reads "s s n" spelled out as the cue it is', () => {
    expect(found('could i get the s s n on the account three one five six three oh nine four oh our system flagged')).toEqual([['us_social_security_number', 'three one five six three oh nine four oh']])
  })

  it("reads other schemes' acronyms spelled out as cues (Canada's SIN, an MRN, a BSB), and never as a value", () => {
    expect(found('so my s i n is two eight four two four five eight zero oh and i need a copy of my t four')).toEqual([['us_social_security_number', 'two eight four two four five eight zero oh']])
    expect(found('the patient\'s m r n is double zero nine one seven seven double three')).toEqual([['healthcare_number', 'double zero nine one seven seven double three']])
    // the letters of the acronym are the question, not the answer
    expect(found("and what's the b s b and account number you'd like the funds to go to")).toEqual([])
  })

  it('hears "the socials" (the social\'s, as speech-to-text writes it) as a social security cue', () => {
    expect(found('yeah the socials five eight double two three three oh two oh')).toEqual([['us_social_security_number', 'five eight double two three three oh two oh']])
  })
})

describe('numeric detector: codes, supply points and lines', () => {
  it('takes a code joined by a slash or written in lower case into the account number', () => {
    expect(found('Direct debit; policy MTR/5864963')).toEqual([['account_number', 'MTR/5864963']])
    expect(found('the policy number is khi-548036470')).toEqual([['account_number', 'khi-548036470']])
    expect(found('the policy number is m t r slash four oh nine four six three nine it happened')).toEqual([['account_number', 'm t r slash four oh nine four six three nine']])
  })

  it('looks past a code spelled out for the account word that names it', () => {
    expect(found('the member id we have on file is m b r five two seven five one two oh seven')).toEqual([['account_number', 'm b r five two seven five one two oh seven']])
  })

  it('ends a number before the day of a date written after it', () => {
    expect(found('Member: KHI/189832/57, 28 May 1968')).toEqual([['account_number', 'KHI/189832/57']])
  })

  it('reads meters, supply points and devices as no phone and no account', () => {
    expect(found('the meter number underneath is 4357 4757 198')).toEqual([])
    expect(found('the nmi is six one nine two four six triple three seven')).toEqual([])
    expect(found('Account no: 83747281\nMPAN: 1485521757050')).toEqual([['account_number', '83747281']])
    expect(found('so account 88213344 and imei three five oh eight four two three four oh five nine one six four oh')).toEqual([['account_number', '88213344']])
  })

  it("reads a benefits agency's customer reference number with its check letter", () => {
    expect(found('update my bank details for Centrelink. CRN: 169665506H. Thanks')).toEqual([['account_number', '169665506H']])
    expect(found("her crn is zero seven zero one one six four four four s and her birthday's in august")).toEqual([['account_number', 'zero seven zero one one six four four four s']])
    expect(found('account 12345678 a few days ago')).toEqual([['account_number', '12345678']])
  })

  it('gives a number to the phone line named nearer than the account', () => {
    expect(found('call the customer helpline on 1800 123 4567')).not.toContainEqual(['account_number', '1800 123 4567'])
    expect(found('Account 9238 742 101 | mobile 0412 345 678')).toEqual([['account_number', '9238 742 101'], ['phone_number', '0412 345 678']])
  })

  it("reads an employer's, a school's and a pension scheme's number for a person as an account", () => {
    expect(found('Staff number: 5120447, cost centre 12')).toEqual([['account_number', '5120447']])
    expect(found('my pupil number is six six oh two nine one four')).toEqual([['account_number', 'six six oh two nine one four']])
    expect(found('Pension member no. PSN-7730218')).toEqual([['account_number', 'PSN-7730218']])
    // ... not the number of a payroll's run or batch, nor counts of staff and students
    expect(found('Batch 20241107 of the payroll run closes Friday')).toEqual([])
    expect(found('payroll run 20241107 closes Friday')).toEqual([])
    expect(found('we have 1200 students and 350 staff')).toEqual([])
  })

  it('takes a code of two letter groups, and a short number after its spelled letters, into the account number', () => {
    expect(found('Policy: UK-MOTOR-4471902. Renewal due.')).toEqual([['account_number', 'UK-MOTOR-4471902']])
    expect(found('my member number is m e x four four seven one')).toEqual([['account_number', 'm e x four four seven one']])
    // (not without an account word, nor with two letters and four digits)
    expect(found('order number p o l seven seven three two one')).toEqual([])
    expect(found('member number x y 4471')).toEqual([])
  })

  it('ends a number at a comma after a whole number or before a decimal one', () => {
    expect(found('Account no. 77310958, 12 boxes arrived')).toEqual([['account_number', '77310958']])
    expect(found('account 4471, 902.5 hours logged')).toEqual([])
    // (read out digit by digit, with pauses marked by commas, it stays one number)
    expect(found('my account number is 4 4 7, 1 9 0 2 2')).toEqual([['account_number', '4 4 7, 1 9 0 2 2']])
  })

  it('reads digits read out with spaces and commas mixed after a cue', () => {
    expect(found('Social is 5 3 6, 2 2, 4 9 8 1.')).toEqual([['us_social_security_number', '5 3 6, 2 2, 4 9 8 1']])
    expect(found('we counted 1 2 3, 4 5, 6 7 8 9 boxes')).toEqual([])
  })
})

describe('numeric detector: what callers read out like cards (blind set BI)', () => {
  it('digits a licence or passport word names, or a question asked for, are no card whatever Luhn says', () => {
    // (the fourteen digits pass the Luhn check)
    const licence = "you know my driver's licence number is i three double nine three four nine three six nine seven four four nine seven it's the new card"
    expect(found(licence).filter(([t]) => t === 'credit_card_number')).toEqual([])
    const asked = "agent: who's the main driver and what's the licence number customer: uh deepika kulkarni k two five seven eight oh four seven five six six nine one double eight"
    expect(found(asked).filter(([t]) => t === 'credit_card_number')).toEqual([])
    // a card word nearer than the licence's keeps it a card
    expect(found('the licence fee went on my card 4111 1111 1111 1111')).toEqual([['credit_card_number', '4111 1111 1111 1111']])
  })

  it('reads "period" between the numbers of an IP address, not elsewhere', () => {
    expect(found('uh my ip address is two period seventy eight period two one five period two one four')).toEqual([['ip_address', 'two period seventy eight period two one five period two one four']])
    expect(found('signed in from three seven period one thirty seven period two two seven period one hundred and thirty seven')).toEqual([
      ['ip_address', 'three seven period one thirty seven period two two seven period one hundred and thirty seven'],
    ])
    expect(found('that was a period of three months, then five period')).toEqual([])
  })
})

describe('numeric detector: a birth date written year first, without separators (blind set FU)', () => {
  it('after a birth word, as logs and HL7 write it', () => {
    expect(found('IVR event: menu=RX_REFILL, entered DOB 19471203, entered Rx 2210087.')).toEqual([['date_of_birth', '19471203']])
    expect(found('DOB 03051987')).toEqual([['date_of_birth', '03051987']])
  })

  it('not an impossible date, nor without the birth word', () => {
    expect(found('DOB 19471343')).toEqual([])
    expect(found('ticket 19471203')).toEqual([])
  })
})
