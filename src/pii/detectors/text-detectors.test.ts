import { describe, expect, it } from 'vitest'
import { normalizeSpoken } from '../internal/spoken-normalizer.js'
import { bloodTypeDetector } from './blood-type-detector.js'
import type { Detector } from './detector.js'
import { dobTextDetector } from './dob-text-detector.js'
import { emailDetector } from './email-detector.js'
import { ibanDetector } from './iban-detector.js'
import { idDocumentDetector } from './id-document-detector.js'
import { ipv6Detector } from './ipv6-detector.js'
import { urlDetector } from './url-detector.js'

function found(d: Detector, text: string): [string, string][] {
  return d.detect({ text, view: normalizeSpoken(text) }).map((c) => [c.type, text.slice(c.start, c.end)])
}

describe('IBAN detector: a failed candidate does not hide the next', () => {
  it('finds an IBAN after a code whose groups ran on through the words', () => {
    expect(found(ibanDetector, 'The premium for policy RH58762256 should come from DE59 4241 0332 6319 8429 18 from next month.')).toEqual([['banking_information', 'DE59 4241 0332 6319 8429 18']])
  })
})

describe('date of birth: a prompt\'s example is nobody\'s', () => {
  it('skips the example and takes the answer after it', () => {
    const text = 'Please say your date of birth. For example, you can say January 1st, 1980. ... I heard the 7th of October, 2000. Is that right?'
    expect(found(dobTextDetector, text)).toEqual([['date_of_birth', 'the 7th of October, 2000']])
  })
})

describe('email detector', () => {
  it('joins the words after "email is" into one spoken local part', () => {
    expect(found(emailDetector, 'my email is john smith at gmail dot com')).toEqual([['email_address', 'john smith at gmail dot com']])
    expect(found(emailDetector, 'the email went to smith at gmail dot com')).toEqual([['email_address', 'smith at gmail dot com']])
    // ... and after "email to" (not the "to" itself)
    expect(found(emailDetector, "i've updated your email to keisha murphy at gmail dot com and your mobile")).toEqual([['email_address', 'keisha murphy at gmail dot com']])
  })

  it('hears "i cloud" as the icloud domain, and "at i think" as no domain', () => {
    expect(found(emailDetector, 'Um, it should be L dot O B I at i cloud dot com.')).toEqual([['email_address', 'L dot O B I at i cloud dot com']])
    expect(found(emailDetector, "i'll be at i think the office dot com")).toEqual([])
  })

  it('puts a spoken local part together from several pieces: initials, names, numbers, joiners', () => {
    expect(found(emailDetector, 'and your email is e clarke four seventeen at yahoo dot co dot u k.')).toEqual([['email_address', 'e clarke four seventeen at yahoo dot co dot u k']])
    expect(found(emailDetector, "It's emily hyphen reddy one seventy four at yahoo dot com, that's my work one")).toEqual([['email_address', 'emily hyphen reddy one seventy four at yahoo dot com']])
    expect(found(emailDetector, 'and my email is j a m e s w oh four at gmail dot com')).toEqual([['email_address', 'j a m e s w oh four at gmail dot com']])
    expect(found(emailDetector, "her email's kuznetsov j at gmail dot com.")).toEqual([['email_address', 'kuznetsov j at gmail dot com']])
    // "a" and "i" alone are words, not initials
    expect(found(emailDetector, 'i think a b four at gmail dot com')).toEqual([['email_address', 'b four at gmail dot com']])
    expect(found(emailDetector, 'send it to amani forty five six at gmail dot com')).toEqual([['email_address', 'amani forty five six at gmail dot com']])
  })

  it('reads a domain said in parts joined by "dash" ("at t dash online dot d e")', () => {
    expect(found(emailDetector, 'thats vikram underscore nair at t dash online dot d e  with an underscore')).toEqual([['email_address', 'vikram underscore nair at t dash online dot d e']])
    expect(found(emailDetector, 'meet me at half dash past dot')).toEqual([])
  })

  it('reads "period" as the dot of an address read out, and only there', () => {
    expect(found(emailDetector, 'So that email was fatima period hamdan period nine six at virgin media dot com, and')).toEqual([['email_address', 'fatima period hamdan period nine six at virgin media dot com']])
    expect(found(emailDetector, 'for a period of two weeks at home dot')).toEqual([])
    expect(found(emailDetector, 'that was the busiest period. at gmail dot com they said')).toEqual([])
    expect(found(emailDetector, 'is the best email still tom dot king at outlook dot com')).toEqual([['email_address', 'tom dot king at outlook dot com']])
  })

  it('takes the name before an initial and a number read out into the user name', () => {
    expect(found(emailDetector, 'and megan r ninety nine at yahoo dot com for the portal')).toEqual([['email_address', 'megan r ninety nine at yahoo dot com']])
    expect(found(emailDetector, "i'll send it to faith c nineteen at att dot net")).toEqual([['email_address', 'faith c nineteen at att dot net']])
    // words that lead into an address are not part of it
    expect(found(emailDetector, 'send it to c nineteen at att dot net')).toEqual([['email_address', 'c nineteen at att dot net']])
    // "email" right before a spoken address is a cue like "email is"
    expect(found(emailDetector, 'phone on file, email jose torres at outlook dot com')).toEqual([['email_address', 'jose torres at outlook dot com']])
    expect(found(emailDetector, 'email it to maria lopez at gmail dot com')).toEqual([['email_address', 'maria lopez at gmail dot com']])
    expect(found(emailDetector, 'can you email the receipt to bill young at yahoo dot com')).toEqual([['email_address', 'bill young at yahoo dot com']])
    expect(found(emailDetector, 'please email it to me at the weekend, not the office')).toEqual([])
    expect(found(emailDetector, "i'll be at home dot com by six, we met at work dot com")).toEqual([])
  })

  it('takes a local part spelled out letter by letter whole, not just its last letter', () => {
    expect(found(emailDetector, "it's d a v i d at gmail dot com")).toEqual([['email_address', 'd a v i d at gmail dot com']])
    expect(found(emailDetector, 'that is j o h n dot s m i t h at yahoo dot com')).toEqual([['email_address', 'j o h n dot s m i t h at yahoo dot com']])
  })

  it('finds written addresses and trims sentence punctuation', () => {
    expect(found(emailDetector, 'Mail fpatel@hotmail.com.')).toEqual([['email_address', 'fpatel@hotmail.com']])
    // an apostrophe inside the local part belongs to it; a quote around the address does not
    expect(found(emailDetector, "cc: o'connor.sean@mail.ie")).toEqual([['email_address', "o'connor.sean@mail.ie"]])
    expect(found(emailDetector, "it's 'sean@mail.ie' ok")).toEqual([['email_address', 'sean@mail.ie']])
    expect(found(emailDetector, '<dawn.rossi+x@mail.example.co.uk>')).toEqual([['email_address', 'dawn.rossi+x@mail.example.co.uk']])
  })

  it('does not take the s of "it\'s" for a spelled initial of a spoken address', () => {
    expect(found(emailDetector, "yeah it's lenaholt four two at gmail dot com")).toEqual([
      ['email_address', 'lenaholt four two at gmail dot com'],
    ])
    expect(found(emailDetector, 'it is k lenaholt at gmail dot com')).toEqual([['email_address', 'k lenaholt at gmail dot com']])
  })

  it('finds spoken addresses, including digits spoken after the name', () => {
    expect(found(emailDetector, 'it is tom dot king at outlook dot com ok')).toEqual([
      ['email_address', 'tom dot king at outlook dot com'],
    ])
    expect(found(emailDetector, 'still robertprice three two at hotmail dot com?')).toEqual([
      ['email_address', 'robertprice three two at hotmail dot com'],
    ])
  })

  it('keeps a spelled initial in front of a spoken address', () => {
    expect(found(emailDetector, 'my email is j smith at gmail dot co dot uk')).toEqual([
      ['email_address', 'j smith at gmail dot co dot uk'],
    ])
    expect(found(emailDetector, 'write to a smith@example.com')).toEqual([['email_address', 'smith@example.com']])
    // ... at a country's domain that is no English word (blind set HZ: Jordan's)
    expect(found(emailDetector, 'my email is l dot haddad at orange dot j o')).toEqual([['email_address', 'l dot haddad at orange dot j o']])
  })

  it('ignores at-signs that are not addresses', () => {
    expect(found(emailDetector, 'meet @ noon, ping @team or a@b')).toEqual([])
    expect(found(emailDetector, 'I am at home dot later')).toEqual([])
    // a generic domain that is an English word is no mail host when read out
    expect(found(emailDetector, 'we met at home dot school')).toEqual([])
    // an amount before "at" a shop's domain is no mailbox
    expect(found(emailDetector, 'the cardholder disputes $40.78 at Dell.com on 2024-08-04')).toEqual([])
    expect(found(emailDetector, 'charged £1,299.00 at amazon.co.uk')).toEqual([])
  })

  it('takes country domains that are no English word in a spoken address, and a hyphen in its user name', () => {
    expect(found(emailDetector, 'send the form to stone hyphen a at fastmail dot fm')).toEqual([['email_address', 'stone hyphen a at fastmail dot fm']])
    expect(found(emailDetector, 'it is ade at chowdeck dot ng')).toEqual([['email_address', 'ade at chowdeck dot ng']])
  })
})

describe('IBAN detector', () => {
  it('finds an IBAN read with the spelling alphabet', () => {
    const spoken = 'my i b a n is golf bravo eight two whiskey echo sierra tango one two three four five six nine eight seven six five four three two thanks'
    expect(found(ibanDetector, spoken)).toEqual([['banking_information', 'golf bravo eight two whiskey echo sierra tango one two three four five six nine eight seven six five four three two']])
    const asIn = 'the iban is g as in golf b as in bravo eight two w e s t one two three four five six nine eight seven six five four three two'
    expect(found(ibanDetector, asIn)).toEqual([['banking_information', asIn.slice(12)]])
  })

  it('finds grouped, compact and lower-case IBANs and validates mod-97', () => {
    expect(found(ibanDetector, 'IBAN GB82 WEST 1234 5698 7654 32.')).toEqual([['banking_information', 'GB82 WEST 1234 5698 7654 32']])
    expect(found(ibanDetector, 'to de89370400440532013000 please')).toEqual([['banking_information', 'de89370400440532013000']])
    expect(found(ibanDetector, 'IBAN GB83 WEST 1234 5698 7654 32')).toEqual([])
  })

  it('finds an IBAN read out in pieces, one span per piece, only when the whole passes mod-97', () => {
    expect(found(ibanDetector, 'so it starts GB82 WEST, and then the rest is 1234 5698 7654 32. thanks')).toEqual([
      ['banking_information', 'GB82 WEST'],
      ['banking_information', '1234 5698 7654 32'],
    ])
    // country letters spelled, the bank code spelled, a hesitation, then the digits read out in one breath:
    // one value said with a pause, one span over the pause (as a card's or a phone's)
    expect(found(ibanDetector, 'g b eight two w e s t, um, one two three four five six nine eight seven six five four three two')).toEqual([
      ['banking_information', 'g b eight two w e s t, um, one two three four five six nine eight seven six five four three two'],
    ])
    // the same pieces with a wrong check digit, and too many words between the pieces: no IBAN
    expect(found(ibanDetector, 'so it starts GB83 WEST, and then the rest is 1234 5698 7654 32. thanks')).toEqual([])
    expect(found(ibanDetector, 'GB82 WEST and then after that the rest of it is 1234 5698 7654 32')).toEqual([])
    // a comma (a pause) between the country's letters and the check digits
    expect(found(ibanDetector, "so that's G B, eight two, W E S T one two three four five six nine eight seven six five four three two.")).toEqual([
      ['banking_information', 'G B, eight two, W E S T one two three four five six nine eight seven six five four three two'],
    ])
    expect(found(ibanDetector, 'so that is G B, eight two, W E S T one two three four five six nine eight seven six five four three three.')).toEqual([])
  })

  it('reads a spelled capital O inside a bank code as the letter, not as "oh" (zero)', () => {
    const iban = ['NL', String(98 - Number(BigInt(`${[...'RABO7371733741'].map((c) => parseInt(c, 36)).join('')}232100`) % 97n)).padStart(2, '0'), 'RABO7371733741'].join('')
    const spoken = `The new IBAN is N L ${iban.slice(2, 4)} R A B O 7371733741, effective`
    expect(found(ibanDetector, spoken)).toEqual([['banking_information', `N L ${iban.slice(2, 4)} R A B O 7371733741`]])
  })

  it('reads licence numbers in groups or with more letters than digits, right after a licence word', () => {
    expect(found(idDocumentDetector, 'New Jersey driver license: H9270 79380 22531. Expires Apr 25.')).toEqual([['drivers_license', 'H9270 79380 22531']])
    // a hexadecimal literal near a GPU's "driver" is a program's error code
    expect(found(idDocumentDetector, 'GPU driver 552.22, Win 11. Error code 0xC0000005.')).toEqual([])
    expect(found(idDocumentDetector, "driver's license 125 709 351 (New York)")).toEqual([['drivers_license', '125 709 351']])
    expect(found(idDocumentDetector, "driver's license A 533 294 592 693 (Michigan)")).toEqual([['drivers_license', 'A 533 294 592 693']])
    expect(found(idDocumentDetector, "a Washington driver's license (WDLA2M631LLE)")).toEqual([['drivers_license', 'WDLA2M631LLE']])
    // a date, a software licence key, a plate
    expect(found(idDocumentDetector, 'license renewed on 12 05 2024; license key ABCD1234EF; license plate ABC1234')).toEqual([])
  })

  it('accepts an IBAN whose only fault is a national check digit (mod-97 and the BBAN shape hold)', () => {
    // France's RIB key and Spain's control digits do not hold here; the IBAN's own checksum does
    const c = ibanDetector.detect({ text: 'x', view: normalizeSpoken('Refund to FR22 6860 6531 9807 2286 8863 016 (France)') })
    expect(c.map((x) => [x.confidence, x.validated])).toEqual([[0.9, false]])
    expect(found(ibanDetector, 'new IBAN ES17 1554 6709 3758 6897 6352, beneficiary')).toEqual([['banking_information', 'ES17 1554 6709 3758 6897 6352']])
    // a wrong IBAN checksum is still no IBAN
    expect(found(ibanDetector, 'new IBAN ES18 1554 6709 3758 6897 6352, beneficiary')).toEqual([])
  })

  it('trims trailing groups that are not part of the IBAN', () => {
    expect(found(ibanDetector, 'GB82 WEST 1234 5698 7654 32 1234')).toEqual([['banking_information', 'GB82 WEST 1234 5698 7654 32']])
  })
})

describe('date-of-birth detector (month names)', () => {
  it('finds written and spoken dates with birth context', () => {
    expect(found(dobTextDetector, 'My date of birth is 20 January 2000.')).toEqual([['date_of_birth', '20 January 2000']])
    expect(found(dobTextDetector, 'Born September 10th, 1996.')).toEqual([['date_of_birth', 'September 10th, 1996']])
    // an ordinal day as a word without "the ... of", and a month with a two-digit year right after "born"
    expect(found(dobTextDetector, 'date of birth ninth march nineteen ninety seven')).toEqual([['date_of_birth', 'ninth march nineteen ninety seven']])
    expect(found(dobTextDetector, 'we opened the store ninth march nineteen ninety seven')).toEqual([])
    expect(found(dobTextDetector, 'and born march eighty seven')).toEqual([['date_of_birth', 'march eighty seven']])
    expect(found(dobTextDetector, "i was born in june '92 in leeds")).toEqual([['date_of_birth', "june '92"]])
    expect(found(dobTextDetector, 'I was born in sixty-nine on October twelfth, so')).toEqual([['date_of_birth', 'sixty-nine on October twelfth']])
    expect(found(dobTextDetector, 'we moved in ninety two on january third')).toEqual([])
    // the cue after the date, on its line
    expect(found(dobTextDetector, "The twenty fourth of June, nineteen forty seven, that's my date of birth.")).toEqual([['date_of_birth', 'The twenty fourth of June, nineteen forty seven']])
    expect(found(dobTextDetector, "March 3rd, 1984, that's my anniversary.")).toEqual([])
    // the month as an ordinal ("the fourth of the sixth"), with a year and a birth word only
    expect(found(dobTextDetector, 'born on the fourth of the sixth, nineteen seventy two')).toEqual([['date_of_birth', 'the fourth of the sixth, nineteen seventy two']])
    expect(found(dobTextDetector, 'her date of birth is 3rd of the 12th 2011')).toEqual([['date_of_birth', '3rd of the 12th 2011']])
    expect(found(dobTextDetector, 'the invoice is due the fourth of the sixth, twenty twenty six')).toEqual([])
    expect(found(dobTextDetector, 'date of birth the third of the ninth seventy one')).toEqual([['date_of_birth', 'the third of the ninth seventy one']])
    expect(found(dobTextDetector, 'Date: March 3rd, 2023\nBirth date: none')).toEqual([])
    expect(found(dobTextDetector, 'I was born april the second nineteen eighty five')).toEqual([['date_of_birth', 'april the second nineteen eighty five']])
    expect(found(dobTextDetector, 'date of birth the fifteenth of february nineteen ninety six')).toEqual([
      ['date_of_birth', 'the fifteenth of february nineteen ninety six'],
    ])
  })

  it('a full date answers a birth question asked a few sentences before, unless another date or label came between', () => {
    expect(found(dobTextDetector, 'Could you confirm your date of birth? Um, hold on, let me find my card. Yeah, March 31st, 1975.')).toEqual([['date_of_birth', 'March 31st, 1975']])
    // the question was answered by an earlier date; a later one is another date
    expect(found(dobTextDetector, 'Date of birth? March 31st, 1975. Thanks. And I moved here on June 2nd, 2001.')).toEqual([['date_of_birth', 'March 31st, 1975']])
    expect(found(dobTextDetector, 'What is your date of birth? Sorry, first, the delivery is booked for June 2nd, 2001.')).toEqual([])
    // no year: too weak to carry that far
    expect(found(dobTextDetector, 'Could you confirm your date of birth? Um, hold on, let me find my card. Yeah, March 31st.')).toEqual([])
  })

  it('reads month names in the languages of the birth words, day first', () => {
    expect(found(dobTextDetector, 'Kunde: Tariq Khoury, geboren am 19. Juli 1988.')).toEqual([['date_of_birth', '19. Juli 1988']])
    expect(found(dobTextDetector, 'Fecha de nacimiento:  3 de junio de 1978')).toEqual([['date_of_birth', '3 de junio de 1978']])
    expect(found(dobTextDetector, 'date de naissance : 12 mars 1985')).toEqual([['date_of_birth', '12 mars 1985']])
    expect(found(dobTextDetector, 'data di nascita 5 maggio 1990, grazie')).toEqual([['date_of_birth', '5 maggio 1990']])
    expect(found(dobTextDetector, 'Termin am 19. Juli 2025, bitte bestätigen')).toEqual([])
  })

  it('a date an incident happened on is no date of birth', () => {
    expect(found(dobTextDetector, 'Holder Chloe Holloway, date of birth 5 February 1982. The incident happened on July 12, 2023.')).toEqual([['date_of_birth', '5 February 1982']])
  })

  it('a date labelled as another date on its own line is no date of birth', () => {
    expect(found(dobTextDetector, 'Policy holder on file, born 4 March 1988, premium £792.03/month, renewal 18 June 2024.')).toEqual([['date_of_birth', '4 March 1988']])
    // a death, a hand-over, a payment promised: dates of their own after a birth date
    expect(found(dobTextDetector, 'Estate matter: decedent Ana Lopez, born 3 May 1950, died 21 October 2023.')).toEqual([['date_of_birth', '3 May 1950']])
    expect(found(dobTextDetector, 'applicant DOB 12/27/1990; ref PAY-44944. Keys to be released on 14 Mar 2024.')).toEqual([])
    expect(found(dobTextDetector, 'my mother who passed in march, date of birth was 8 June 1974')).toEqual([['date_of_birth', '8 June 1974']])
    // birth words of the languages callers switch to
    expect(found(dobTextDetector, 'janam tithi 6 july 1996 hai aur policy number')).toEqual([['date_of_birth', '6 july 1996']])
  })

  it('takes the birth cue after the date, spelled out before it, and day-month-year joined by hyphens', () => {
    expect(found(dobTextDetector, 'seventeen August nineteen seventy-two for the date of birth, and salary into')).toEqual([
      ['date_of_birth', 'seventeen August nineteen seventy-two'],
    ])
    expect(found(dobTextDetector, 'Ayesha Lindqvist, D O B twenty-four January nineteen seventy-two.')).toEqual([['date_of_birth', 'twenty-four January nineteen seventy-two']])
    expect(found(dobTextDetector, 'and date of birth 27-Feb-1992.')).toEqual([['date_of_birth', '27-Feb-1992']])
    expect(found(dobTextDetector, 'and d o b is eighth of january two thousand nine')).toEqual([['date_of_birth', 'eighth of january two thousand nine']])
    // a date with birth words after it that are no date-of-birth cue
    expect(found(dobTextDetector, 'the appointment is 17 August 2024 for the birth certificate')).toEqual([])
  })

  it('takes a two-digit year after the day, and a year said first', () => {
    expect(found(dobTextDetector, 'my birthday is on the twenty first of june eighty nine')).toEqual([['date_of_birth', 'the twenty first of june eighty nine']])
    expect(found(dobTextDetector, "I was born June 21st, '89.")).toEqual([['date_of_birth', "June 21st, '89"]])
    expect(found(dobTextDetector, 'born nineteen seventy february fourth')).toEqual([['date_of_birth', 'nineteen seventy february fourth']])
    expect(found(dobTextDetector, 'born on June 21 at 10 am')).toEqual([['date_of_birth', 'June 21']])
  })

  it('takes a year said before the day and month ("born in 1971 on the twelfth of June")', () => {
    expect(found(dobTextDetector, 'I was born in 1971 on June 12.')).toEqual([['date_of_birth', '1971 on June 12']])
    expect(found(dobTextDetector, 'i was born in nineteen seventy one on the twelfth of june')).toEqual([['date_of_birth', 'nineteen seventy one on the twelfth of june']])
  })

  it('ignores dates without birth context', () => {
    expect(found(dobTextDetector, 'The meeting is on March 5th, 2024.')).toEqual([])
    expect(found(dobTextDetector, 'We had twelve hundred calls in March alone.')).toEqual([])
  })
})

describe('other detectors', () => {
  it('URLs with scheme or www', () => {
    expect(found(urlDetector, 'see https://example.com/a?b=1, or www.example.org.')).toEqual([
      ['url', 'https://example.com/a?b=1'],
      ['url', 'www.example.org'],
    ])
  })

  it('IPv6 validated by node:net, times are not addresses', () => {
    expect(found(ipv6Detector, 'from 2001:db8::8a2e:370:7334 now')).toEqual([['ip_address', '2001:db8::8a2e:370:7334']])
    expect(found(ipv6Detector, 'at 10:30:00 sharp')).toEqual([])
    // read out: hex groups between "colon"s, letters spelled, "colon, colon" for ::
    expect(found(ipv6Detector, "The prefix it's showing is two thousand one, colon, D B eight, colon, four A two F, colon, colon, one.")).toEqual([['ip_address', 'two thousand one, colon, D B eight, colon, four A two F, colon, colon, one']])
    expect(found(ipv6Detector, 'the ipv six address is two a oh two colon c seven f colon nine one two two colon colon b ')).toEqual([['ip_address', 'two a oh two colon c seven f colon nine one two two colon colon b']])
    expect(found(ipv6Detector, 'the ip address showing is fe eighty colon colon one ')).toEqual([['ip_address', 'fe eighty colon colon one']])
    // a ratio, a time: no "::" and fewer than eight groups
    expect(found(ipv6Detector, 'the ratio is a colon b colon c, the time ten colon thirty colon forty five')).toEqual([])
  })

  it('reads a licence number spelled out in letters and digit groups, and the UK format', () => {
    const dl = (t: string): [string, string][] => found(idDocumentDetector, t)
    expect(dl('My licence number is M O R G A seven five three one one six, S M nine, I J.')).toEqual([['drivers_license', 'M O R G A seven five three one one six, S M nine, I J']])
    expect(dl('licence number is k h a n n seven oh two one five oh f a nine x y ')).toEqual([['drivers_license', 'k h a n n seven oh two one five oh f a nine x y']])
    expect(dl('My licence number is D as in David, four eight two, seven six one three.')).toEqual([['drivers_license', 'D as in David, four eight two, seven six one three']])
    expect(dl('my licence is D E L A C seven one oh two two four J D nine, uh, K L.')).toEqual([['drivers_license', 'D E L A C seven one oh two two four J D nine, uh, K L']])
    expect(dl('DL no. KA05 20190004417 verified')).toEqual([['drivers_license', 'KA05 20190004417']])
    expect(dl('van driver licence MORGA753116SM9IJ, 0 points')).toEqual([['drivers_license', 'MORGA753116SM9IJ']])
    // the article is not a letter of the number; a licence word naming something else is no cue
    expect(dl('my license is a 1234567 thanks')).toEqual([['drivers_license', '1234567']])
    expect(dl('license key ABCD-12345-XYZ; the licence fee is 12345 dollars a year')).toEqual([])
    expect(dl('license plate A B 12345')).toEqual([])
    // doubled letters, a licence word right after the number, the "s" of "it's"
    expect(dl('The licence number is D L A M I eight five seven one double four double M nine G W, and')).toEqual([['drivers_license', 'D L A M I eight five seven one double four double M nine G W']])
    expect(dl("it's uh two nine nine three seven one nine four nine that's the licence and")).toEqual([['drivers_license', 'two nine nine three seven one nine four nine']])
    expect(dl("It's, uh, Y three six five, five one three, one five, eight nine seven, three, that's the licence")).toEqual([['drivers_license', 'Y three six five, five one three, one five, eight nine seven, three']])
    expect(dl('order 12345678 is the license key')).toEqual([])
    // the document named before "the number is"; Italy's "patente"
    expect(dl("renewing my licence the number is l s d seven seven three oh one b c one four and")).toEqual([['drivers_license', 'l s d seven seven three oh one b c one four']])
    expect(dl("patente number u d seven two zero one five five three m it's italian")).toEqual([['drivers_license', 'u d seven two zero one five five three m']])
    expect(dl('the order the number is a b 1 2 3 4 5 6')).toEqual([])
  })

  it("driver's licence and passport numbers need context", () => {
    expect(found(idDocumentDetector, "driver's license D1234567 ok")).toEqual([['drivers_license', 'D1234567']])
    expect(found(idDocumentDetector, 'passport number C03005988')).toEqual([['passport_number', 'C03005988']])
    expect(found(idDocumentDetector, 'model X200 serial A1234567')).toEqual([])
    expect(found(idDocumentDetector, 'public duplicate A1234567')).toEqual([])
    // the dates on a passport form are dates
    expect(found(idDocumentDetector, 'Passport renewal\nIssue date: 2017-03-22\nExpiry date: 2027-03-22')).toEqual([])
  })

  it("a driver's licence in its state's groups (a last check digit), or given in answer to a request for it", () => {
    expect(found(idDocumentDetector, "My driver's license number is F255-921-50-094-0, that's F as in Frank.")).toEqual([['drivers_license', 'F255-921-50-094-0']])
    const asked = "Speaker A: To add you to the policy, I'll need your driver's license number and the state.\nSpeaker B: It's Illinois, and the number is E080-9491-5763."
    expect(found(idDocumentDetector, asked)).toEqual([['drivers_license', 'E080-9491-5763']])
    expect(found(idDocumentDetector, asked.replace("driver's license number", 'license plate number'))).toEqual([])
  })

  it('a passport number spelled after its name starts with the letter A; a licence asked for is read out', () => {
    expect(found(idDocumentDetector, 'passenger name is aisha bello passport number a oh seven three five two nine one four')).toEqual([['passport_number', 'a oh seven three five two nine one four']])
    expect(found(idDocumentDetector, "agent: and the license number\ncustomer: uh it's w d l x k seven two nine four b n four")).toEqual([['drivers_license', 'w d l x k seven two nine four b n four']])
  })

  it("a passport number of letters and a digit right after the passport's name, and one answered in a timestamped chat", () => {
    expect(found(idDocumentDetector, 'Passport number: HZ2NVJP6P\nIssuing country: Germany')).toEqual([['passport_number', 'HZ2NVJP6P']])
    expect(found(idDocumentDetector, 'Ingrid Becker: Passport CZKFVFCX4, born 14 July 1972')).toEqual([['passport_number', 'CZKFVFCX4']])
    expect(found(idDocumentDetector, 'Passport photo upload PHOTOJPG1 failed')).toEqual([])
    const chat = '[17/11/2024, 15:23:16] Kirsty Hughes: for the visa letter I need the passport number exactly as printed\n[17/11/2024, 15:26:22] Hugo Rousseau: 12WY72678. Thanks'
    expect(found(idDocumentDetector, chat)).toEqual([['passport_number', '12WY72678']])
  })

  it('a passport number given in answer to a request for it', () => {
    const chat = 'Agent: Sure, please send the passport number, expiry date and your date of birth.\nCustomer: PA9928174, expires 03/2031, DOB 28/02/1990'
    expect(found(idDocumentDetector, chat)).toEqual([['passport_number', 'PA9928174']])
    // a request for another number first is that number's
    expect(found(idDocumentDetector, "Agent: What's the booking number and the passport office you applied at in the end?\nCustomer: PA9928174")).toEqual([])
  })

  it('a passport read out with its letters spelled, and in the languages callers switch to', () => {
    const pp = (t: string): [string, string][] => found(idDocumentDetector, t)
    expect(pp('passport number m eight zero three three six one five and mobile')).toEqual([['passport_number', 'm eight zero three three six one five']])
    expect(pp('My passport is F Z six two eight one zero four, and date of birth')).toEqual([['passport_number', 'F Z six two eight one zero four']])
    expect(pp('The passport is N X K 4 8 R 2 7 1, for Femke.')).toEqual([['passport_number', 'N X K 4 8 R 2 7 1']])
    // eight to ten characters with as few as three digits, right after the passport's name (blind sets CV, CW)
    expect(pp('for the tournament visa my passport number is c four j eight r zero t x two german passport')).toEqual([['passport_number', 'c four j eight r zero t x two']])
    expect(pp('my passport is in the drawer at home i think a b 1 2 3 c')).toEqual([])
    // Germany's nine characters hold as few as three digits; "Reisepass", "passeport", "pasaporte" name it
    expect(pp('Reisepass C4J7R2LX9, ausgestellt in Hamburg.')).toEqual([['passport_number', 'C4J7R2LX9']])
    expect(pp('mon passeport 18AV23456 expire')).toEqual([['passport_number', '18AV23456']])
    // ... but only after a passport word: a short code with few digits stays a code
    expect(pp('order C4J7R2LX9 shipped; licence fee X12Y34Z56')).toEqual([])
    expect(pp('passport photo 35x45mm please')).toEqual([])
  })

  it('a UK licence number needs no licence word: its shape and coded birth date are checked', () => {
    expect(found(idDocumentDetector, "it's PRYCE655222BS9JU, the long one")).toEqual([['drivers_license', 'PRYCE655222BS9JU']])
    // a short surname is padded with 9s; no month 34, no day 00, no surname part short of five characters
    expect(found(idDocumentDetector, 'LI999 751029 AB9CD')).toEqual([['drivers_license', 'LI999 751029 AB9CD']])
    expect(found(idDocumentDetector, 'order ABCDE134456AB1CD and ABCDE101006AB1CD, ABCD101106AB1CD')).toEqual([])
  })

  it('blood types next to "blood"', () => {
    expect(found(bloodTypeDetector, 'my blood type is O negative')).toEqual([['blood_type', 'O negative']])
    expect(found(bloodTypeDetector, 'blood group AB+ noted')).toEqual([['blood_type', 'AB+']])
    expect(found(bloodTypeDetector, 'a positive attitude')).toEqual([])
  })
})

describe('email detector: spoken local parts', () => {
  it('takes a spelled letter and the word before a number alone into the user name', () => {
    expect(found(emailDetector, 'My email is x as in xray navarro at aol dot com.')).toEqual([['email_address', 'x as in xray navarro at aol dot com']])
    expect(found(emailDetector, 'I have l as in lima ramirez at hotmail dot co dot uk on file')).toEqual([['email_address', 'l as in lima ramirez at hotmail dot co dot uk']])
    expect(found(emailDetector, 'i have amani forty five six at gmail dot com on file')).toEqual([['email_address', 'amani forty five six at gmail dot com']])
    // a word that leads into the address stays out
    expect(found(emailDetector, 'send it to four five six at gmail dot com')).toEqual([['email_address', 'four five six at gmail dot com']])
  })

  it('reads "at" and "dot" said in the languages callers switch to, and their "is" before the address', () => {
    expect(found(emailDetector, 'si mi correo es karina punto vasquez 1988 arroba gmail punto com todo junto')).toEqual([['email_address', 'karina punto vasquez 1988 arroba gmail punto com']])
    expect(found(emailDetector, 'meine email ist birgit punkt lehmann 1998 at gmx punkt de alles klein')).toEqual([['email_address', 'birgit punkt lehmann 1998 at gmx punkt de']])
    // "en punto" (o'clock) is no joiner without an address around it
    expect(found(emailDetector, 'a las tres en punto arroba nada')).toEqual([])
  })
})

describe('date-of-birth detector: birth words in other phrases', () => {
  it('a birthday sale or a birthday card is no birth date; "born ready" is no birth', () => {
    expect(found(dobTextDetector, "The store's birthday sale runs through November 25, 1999.")).toEqual([])
    expect(found(dobTextDetector, 'I was born ready, the meeting is on March 3, 2024.')).toEqual([])
    expect(found(dobTextDetector, 'my birthday is November 25, 1980')).toEqual([['date_of_birth', 'November 25, 1980']])
  })

  it("an animal's birth is no person's", () => {
    expect(found(dobTextDetector, 'My dog Buddy was born on the eleventh of August 2015, is a booster due?')).toEqual([])
    expect(found(dobTextDetector, 'my cat molly was born on the ninth of september 2014')).toEqual([])
    expect(found(dobTextDetector, 'My son was born on 12 March 2015 and our dog in 2019')).toEqual([['date_of_birth', '12 March 2015']])
  })
})

describe('spoken identity documents and dates (blind set BI)', () => {
  it('a passport read out after the question that asked for it keeps its spelled letters', () => {
    const text = "agent: and the passport number as it appears on the photo page? customer: uh huh sure it's p as in peter a double zero eight six seven five four."
    expect(found(idDocumentDetector, text)).toEqual([['passport_number', 'p as in peter a double zero eight six seven five four']])
  })

  it('a question ends at the next speaker label written inline by raw speech-to-text', () => {
    const text = "agent: can i get the licence number and the issuing state customer: so m nine nine eight eight oh nine five oh five eight five six new york it's valid"
    expect(found(idDocumentDetector, text)).toEqual([['drivers_license', 'm nine nine eight eight oh nine five oh five eight five six']])
    const passport = 'agent: and the passport number as it appears on the photo page customer: you know okay seven nine one um one eight two nine eight oh'
    expect(found(idDocumentDetector, passport)).toEqual([['passport_number', 'seven nine one um one eight two nine eight oh']])
  })

  it('an ordinal day and a month before a two-digit year, when a birth date is asked for', () => {
    expect(found(dobTextDetector, 'agent: And your date of birth please? customer: Yeah, ninth July ninety.')).toEqual([['date_of_birth', 'ninth July ninety']])
    expect(found(dobTextDetector, "date of birth fourth January seventy nine, they're picking it up")).toEqual([['date_of_birth', 'fourth January seventy nine']])
    expect(found(dobTextDetector, 'we open on the ninth July 15 stores will join')).toEqual([])
  })
})

describe('spoken IBANs spelled with "for" (blind set BI)', () => {
  it('reads the letters said "for" a word inside an IBAN read out', () => {
    const text = 'refund it to this iban i e for edward one nine p for peter t s b nine six two seven two oh nine double eight seven three eight one two'
    expect(found(ibanDetector, text)).toEqual([['banking_information', 'i e for edward one nine p for peter t s b nine six two seven two oh nine double eight seven three eight one two']])
  })
})

describe('written IDs and addresses in logs and JSON (blind set BJ)', () => {
  it("a JSON member's own key names its value; a part of a dotted version is none", () => {
    const segment = '{"speaker":"caller","text":"my passport number is G11887315","start_ms":389675}'
    expect(found(idDocumentDetector, segment)).toEqual([['passport_number', 'G11887315']])
    const ocr = '{"doc":"driving_licence","country":"JP","number":"759910816928","confidence":0.362,"job":"3ed3b03e07"}'
    expect(found(idDocumentDetector, ocr)).toEqual([['drivers_license', '759910816928']])
    expect(found(idDocumentDetector, 'advised reinstalling driver 11.0.24130.865 and the licence server')).toEqual([])
  })

  it('an address URL-encoded in a query string', () => {
    expect(found(emailDetector, 'GET /unsubscribe?email=ashworth.c%40outlook.co.uk&src=sms HTTP/1.1')).toEqual([['email_address', 'ashworth.c%40outlook.co.uk']])
    expect(found(emailDetector, 'x=%40home, 50%40 off')).toEqual([])
  })
})

describe('a spoken address with its dictation after the cue (blind set FU)', () => {
  const emails = (text: string): string[] => found(emailDetector, text).map(([, v]) => v)

  it('takes the spelling, the remarks and the pieces said from the cue on', () => {
    expect(emails("My email's rhys, R H Y S, dot pritchard at yahoo dot co dot uk. Send the invite there.")).toEqual(['rhys, R H Y S, dot pritchard at yahoo dot co dot uk'])
    expect(emails('my email is anamaria  all one word  ninety one at yahoo dot es')).toEqual(['anamaria  all one word  ninety one at yahoo dot es'])
    expect(emails('hi it is femke  can you email me at f dot de jong at ziggo dot nl  about the deposit')).toEqual(['f dot de jong at ziggo dot nl'])
  })

  it('not a hesitation after the cue, nor words of another clause', () => {
    expect(emails('the email is uh priya dot raman at northwind labs dot io  northwind is all one word')).toEqual(['priya dot raman at northwind labs dot io'])
    expect(emails('email me at home or john at gmail dot com')).toEqual(['john at gmail dot com'])
    expect(emails('My email is on file. Send it to jo at gmail dot com')).toEqual(['jo at gmail dot com'])
  })
})
