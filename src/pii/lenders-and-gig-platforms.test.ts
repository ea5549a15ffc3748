import { describe, expect, it } from 'vitest'
import { createPiiEngine } from './pii-engine.js'

const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('mortgage servicers, credit unions and collectors (blind set FX)', () => {
  it("an American Express card's last five, named or named before", () => {
    expect(found('Confirmed Amex ending 31229 on file for autopay.')).toEqual([['credit_card_number', '31229']])
    expect(found('Agent: The expiration date on the Amex? Caller: 04/27. Agent: And the card ends in 31229, correct?')).toContainEqual(['credit_card_number', '31229'])
    expect(found('the amex, the one ending in 31229')).toEqual([['credit_card_number', '31229']])
    // (five digits are no other card's last four, nor a phone's)
    expect(found('Visa ending 31229')).toEqual([])
    expect(found('Paid with the amex. The phone ending 31229 is hers.')).toEqual([])
  })

  it("a credit union member's five-digit number, named right before", () => {
    expect(found('Member number 88301, Social 7712.')).toContainEqual(['account_number', '88301'])
    expect(found('Sarah Jones, member 51277.')).toEqual([['account_number', '51277']])
    expect(found('Member 88301 - Jane Doe - requested to close savings.')).toEqual([['account_number', '88301']])
    // (a count of members is none)
    expect(found('a member of 20000 households')).toEqual([])
  })

  it("an account's last digits in the past tense", () => {
    expect(found('the original creditor was Comenity Bank, and the account ended in 7714.')).toEqual([['account_number', '7714']])
  })

  it("a locative of the statement before is no owner of this one's number", () => {
    expect(found('attached is the claim form filled in. My member number is 70291834.')).toEqual([['account_number', '70291834']])
    // (within one statement it still is: the zip code on the account is no account number)
    expect(found('the zip code on the account? It is 14612')).toEqual([])
  })
})

describe('remittances, attestation and airlines of the Gulf and South Asia (blind set GA)', () => {
  it("Kuwait's civil ID, Qatar's QID and Sri Lanka's NIC, named", () => {
    expect(found('Passenger: Mariam Joseph\nCivil ID: 290061804465\nFlight: KU 351')).toEqual([['us_social_security_number', '290061804465']])
    expect(found('Hamad Medical Corp renewal, QID 29552403318. Card expires 30/06.')).toContainEqual(['us_social_security_number', '29552403318'])
    expect(found('qid two nine two  five two four  oh one eight eight three  date of birth')).toEqual([['us_social_security_number', 'two nine two  five two four  oh one eight eight three']])
    expect(found('NIC: 952870114V')).toEqual([['us_social_security_number', '952870114V']])
    expect(found('NIC: 197631204588')).toEqual([['us_social_security_number', '197631204588']])
    expect(found('Citizenship no.: 311-04-74-01129 (Kaski)')).toEqual([['us_social_security_number', '311-04-74-01129']])
    // (a civil case's number is no civil ID: its check digit fails, and the case names it first)
    expect(found('civil case number 290061804466')).toEqual([])
  })

  it('a count of the digits in brackets between the scheme and its number', () => {
    expect(found('NID (17 digit): 19892695408817342')).toEqual([['us_social_security_number', '19892695408817342']])
  })

  it("an identity number's last so many digits, as many as said", () => {
    expect(found('for verification last five of emirates id five five four seven seven and dob')).toEqual([['us_social_security_number', 'five five four seven seven']])
    expect(found('My date of birth is on file, and the last seven digits of my Emirates ID are 4170082.')).toContainEqual(['us_social_security_number', '4170082'])
    expect(found('qid last four seven four four one and my mobile')).toEqual([['us_social_security_number', 'seven four four one']])
    expect(found('Agent: Can you confirm the last four of your iqama? Caller: 0383.')).toEqual([['us_social_security_number', '0383']])
    // (the count must be the digits')
    expect(found('the last five digits of my CNIC are 4170082')).toEqual([])
  })
})

describe('marketplace sellers and gig workers (blind set FZ)', () => {
  it("a user's handle as a JSON record's value, whole", () => {
    expect(found('{"event":"login","user":"mkowalski1960","result":"success"}')).toEqual([['username', 'mkowalski1960']])
    expect(found('{"event":"login_failed","user":"m.usman.bwp","reason":"otp_mismatch"}')).toEqual([['username', 'm.usman.bwp']])
    expect(found('{"username": "jdoe_77"}')).toEqual([['username', 'jdoe_77']])
    // (a role account, a display name with a space, and an id's number are none)
    expect(found('{"user": "admin"}')).toEqual([])
    expect(found('{"user":"Customer Service"}')).toEqual([])
  })

  it("a platform's number for the people who sell, shop and deliver on it", () => {
    expect(found('Dasher ID: DX-40918273')).toEqual([['account_number', 'DX-40918273']])
    expect(found('Instacart shopper ID 8841907. I really need this income.')).toEqual([['account_number', '8841907']])
    expect(found('I sell on Amazon, my seller ID is A2T9QX8MBV1L4K.')).toEqual([['account_number', 'A2T9QX8MBV1L4K']])
    expect(found('the courier left it at 4 pm')).toEqual([])
  })

  it("a UPI ID and a bank branch's IFSC, written or said", () => {
    expect(found('{"zone": "Lajpat Nagar", "payout_upi": "imranq87@okaxis"}')).toEqual([['banking_information', 'imranq87@okaxis']])
    expect(found('I need the payout to my UPI, nehajoshi.art@oksbi.')).toEqual([['banking_information', 'nehajoshi.art@oksbi']])
    expect(found('my upi id is arvind k nine eight four five at ybl i think')).toEqual([['banking_information', 'arvind k nine eight four five at ybl']])
    expect(found('IFSC: HDFC0001247')).toEqual([['banking_information', 'HDFC0001247']])
    expect(found('Branch SBIN0000611, Bangalore')).toEqual([['banking_information', 'SBIN0000611']])
    expect(found('so the ifsc code is i c i c  zero zero zero  six two one oh and')).toEqual([['banking_information', 'i c i c  zero zero zero  six two one oh']])
    // (an address at a bank's mail domain is an e-mail address; an unknown bank's code alone is a part number)
    expect(found('write to me at raj@sbi.co.in')).toEqual([['email_address', 'raj@sbi.co.in']])
    expect(found('ABCD0123456 is a part number')).toEqual([])
  })
})

describe('dental, optical and hearing practices (blind set FW)', () => {
  it("a handle that is the whole answer to the question asking for it", () => {
    expect(found('Agent: Thanks. And your username?\nCaller: bfletcher.')).toEqual([['username', 'bfletcher']])
    // (an English word is no handle; nor is a word that starts a longer answer)
    expect(found('Agent: And your username?\nCaller: Yes.')).toEqual([])
    expect(found('Agent: What is your login?\nCaller: sorry.')).toEqual([])
  })

  it("an Ontario health card's version code, written or spelled", () => {
    expect(found('Caller: 6134-594-438 and the version code is KT. Agent: Thank you')).toContainEqual(['healthcare_number', 'KT'])
    expect(found('my ohip number is 4521 338 907  version code a b')).toEqual([
      ['healthcare_number', '4521 338 907'],
      ['healthcare_number', 'a b'],
    ])
    expect(found('software version code 2.1 is out')).toEqual([])
    expect(found('The version code is in the header.')).toEqual([])
  })
})

describe('more of blind set FZ', () => {
  it("a CLABE named a clause before, its check digit holding; Mexico's NSS named", () => {
    expect(found('Anyway, my CLABE changed, the new one is 021603092600267514.')).toEqual([['banking_information', '021603092600267514']])
    expect(found('Anyway, my CLABE changed, the new one is 021603092600267515.')).toEqual([])
    expect(found('The app asks for my NSS for the new IMSS registration. Mine is 56026302762. Is that all?')).toEqual([['us_social_security_number', '56026302762']])
  })

  it("an Amex's last five after the words between it and \"ends in\", not another thing's", () => {
    expect(found("Agent: All right, and just to confirm, the Amex you're adding ends in 95484?")).toEqual([['credit_card_number', '95484']])
    expect(found('the amex is fine. my zip ends in 95484')).toEqual([])
  })
})

describe('more of blind sets FW and FY', () => {
  it("a card's last four and expiry in a payment processor's payload", () => {
    expect(found('{"event":"card_updated","card_brand":"visa","last4":"8458","exp_month":"08","exp_year":"2028"}')).toEqual([
      ['credit_card_number', '8458'],
      ['credit_card_expiration', '08'],
      ['credit_card_expiration', '2028'],
    ])
    expect(found('{"card":{"brand":"visa","last4":"3306","exp_month":12,"exp_year":2027}}')).toEqual([
      ['credit_card_number', '3306'],
      ['credit_card_expiration', '12'],
      ['credit_card_expiration', '2027'],
    ])
    // (no card named: a build's fields)
    expect(found('build last4=1234 expected')).toEqual([])
    expect(found('{"build":"2024","exp_month":"13"}')).toEqual([])
  })

  it("a phone's last four answering the question; the caller ID's number", () => {
    expect(found('Speaker A: I need to confirm your identity. Last four digits of your phone number?\nSpeaker B: 1904.')).toEqual([['phone_number', '1904']])
    expect(found('Agent: What is your phone number?\nCaller: 1904.')).toEqual([])
    expect(found('Caller ID showed 07583 209 614. Flagged on file.')).toEqual([['phone_number', '07583 209 614']])
  })
})

describe('a pan-European app bank (blind set GD)', () => {
  it('cue acronyms spelled letter by letter: a card code, a Dutch BSN, a Danish CPR', () => {
    expect(found('and the c v c is two two seven  sorry')).toEqual([['credit_card_cvv', 'two two seven']])
    expect(found('my b s n is one eight four  oh two seven  three five four  and my birthday')).toEqual([['us_social_security_number', 'one eight four  oh two seven  three five four']])
    expect(found('my c p r is oh three oh four nine two  one eight two seven  and yeah')).toEqual([['us_social_security_number', 'oh three oh four nine two  one eight two seven']])
  })
})

describe('more of blind set GD', () => {
  it('"the one ending": one standing for the card named before', () => {
    expect(found("Caller: It's about my daughter's card. Caller: She says it's blocked, the one ending 5267. Agent: Right.")).toEqual([['credit_card_number', '5267']])
    expect(found("Caller: I have two cards. Caller: Oh, that's the physical one. The virtual one ends 8345.")).toEqual([['credit_card_number', '8345']])
    // (the accounts or the phone named last keep their own)
    expect(found('I merged your two accounts. The one ending in 7559 is closed')).toEqual([['account_number', '7559']])
    expect(found('my new phone, the one ending 4471')).toEqual([['phone_number', '4471']])
  })

  it("a form's label for a card's last four", () => {
    expect(found('Cardholder name: Sebastian Nowak\nCard (last 4): 2916\nMerchant: X')).toEqual([['credit_card_number', '2916']])
    expect(found('Card last 4: 2916')).toEqual([['credit_card_number', '2916']])
  })

  it("a platform's id with its kind's letters joined by an underscore, whole", () => {
    expect(found('{"event":"customer.updated","customer_id":"cus_50928164","x":1}')).toEqual([['account_number', 'cus_50928164']])
    expect(found('Shopper profile shopper_4471902. No action')).toEqual([['account_number', 'shopper_4471902']])
  })
})

describe('home and property insurance claims (blind set GB)', () => {
  it("a policy's codes of capitals joined by hyphens, all of them", () => {
    expect(found('Policy HO3-TX-00481927 for the roof')).toEqual([['account_number', 'HO3-TX-00481927']])
    expect(found('on policy FL-HO3-22918460 we sent')).toEqual([['account_number', 'FL-HO3-22918460']])
    expect(found('my policy number is 40-HO-118273')).toEqual([['account_number', '40-HO-118273']])
    // (as before: one code, and two of letters)
    expect(found('Policy TB-5055-3118')).toEqual([['account_number', 'TB-5055-3118']])
    expect(found('policy CA-HOME-559012')).toEqual([['account_number', 'CA-HOME-559012']])
  })

  it('a JSON key in lower camel case names its value as its words do; "Pol" for policy', () => {
    expect(found('{"claimId":"AUC-558102","policyNumber":"HPA0019284736"}')).toEqual([['account_number', 'HPA0019284736']])
    expect(found('{"customerId":"88213456"}')).toEqual([['account_number', '88213456']])
    expect(found('{"orderId":"88213456"}')).toEqual([])
    expect(found('PH: J. Bloggs | Pol QC-7012398')).toEqual([['account_number', 'QC-7012398']])
  })
})

describe('charities, churches and membership bodies (blind set GC)', () => {
  it("a role the word list lacks labelling a turn is no person; a date of death is no DoD ID", () => {
    expect(found('{"name":"Jo Bloggs","dob":"1950-01-02","dod":"2024-02-11"}')).toEqual([
      ['person_name', 'Jo Bloggs'],
      ['date_of_birth', '1950-01-02'],
    ])
    expect(found('DoD ID 1234567890')).toEqual([['healthcare_number', '1234567890']])
  })
})

describe('names in records, by their keys (blind sets GE, FX, GA)', () => {
  it("a record's name fields: a surname, a family and a given name, a full name", () => {
    expect(found('{"claimant":{"sin":"046 454 286","surname":"Nakamura","given":"Kenji","dob":"1980-01-02"}}')).toContainEqual(['person_name', 'Nakamura'])
    expect(found('{"crn":"123","name":{"family":"Waititi","given":"Huia"}}')).toEqual([
      ['person_name', 'Waititi'],
      ['person_name', 'Huia'],
    ])
    expect(found('{"borrower":{"first":"Priya","last":"Raghunathan","email":"p.r@example.com"}}')).toContainEqual(['person_name', 'Raghunathan'])
    expect(found('{"full_name": "Md. Shahidul Islam", "kyc_status": "pending"}')).toEqual([['person_name', 'Md. Shahidul Islam']])
  })

  it("a plain name only beside a person's fields; no days, products or placeholders", () => {
    expect(found('{"vehicle": "Hero Splendor", "name": "Imran Qureshi", "mobile": "9876543210"}')).toContainEqual(['person_name', 'Imran Qureshi'])
    expect(found('{"product":{"name":"Acme Widget","price":3}}')).toEqual([])
    expect(found('{"shift":{"first":"Monday","last":"Friday"}}')).toEqual([])
    expect(found('{"customer_name":"[PERSON_NAME]","cardholder":"N/A"}')).toEqual([])
  })
})

describe("universities' IT desks, libraries and exam offices (blind set GH)", () => {
  it("universities' names for a log-in, and \"username's\"", () => {
    expect(found('zID: z5498210')).toEqual([['username', 'z5498210']])
    expect(found('my NetID is abk2107, please reset it')).toEqual([['username', 'abk2107']])
    expect(found("hey can you check why my eduroam stopped? my username's jph2210 and i'm in Butler Library.")).toContainEqual(['username', 'jph2210'])
  })

  it("whom an MFA reset or sign-in logs are for; a student's letter and digits", () => {
    expect(found('Can someone reset the MFA for z5321087? Student rang the desk.')).toEqual([['username', 'z5321087']])
    expect(found('Checked sign-in logs for ewright5 — 42 failures')).toEqual([['username', 'ewright5']])
    expect(found('the logs for tuesday')).toEqual([])
    expect(found('failed logins for v2024001')).toEqual([])
  })

  it("a library borrower's barcode", () => {
    expect(found('Library fines waiver request — borrower barcode 21447002318896, total $18.50')).toEqual([['account_number', '21447002318896']])
    expect(found('the library opens at 9')).toEqual([])
  })
})

describe('hotels of Southeast Asia and Australia (blind set GG)', () => {
  it("Indonesia's NIK and Thailand's ID number, named; an NRIC's last three and its letter", () => {
    expect(found('Guest: Budi Santoso | KTP/NIK: 3174055203890004 | rm 808')).toContainEqual(['us_social_security_number', '3174055203890004'])
    expect(found('my nik is five one seven one oh two  two four oh seven nine oh  oh oh one one  okay')).toEqual([['us_social_security_number', 'five one seven one oh two  two four oh seven nine oh  oh oh one one']])
    expect(found('{"idType":"THAI_ID","idNumber":"1103700512349","room":"1704"}')).toEqual([['us_social_security_number', '1103700512349']])
    // ("Thai" names the scheme only with its check digit holding)
    expect(found('the thai restaurant order 1103700512340')).toEqual([])
    expect(found('guest showed NRIC ending 592E). Lock read')).toEqual([['us_social_security_number', '592E']])
    expect(found('can you give me the last four of your nric  four five two h  okay')).toEqual([['us_social_security_number', 'four five two h']])
    expect(found('the fin ends at five')).toEqual([])
  })
})

describe('patient-support programmes and trial lines (blind set GI)', () => {
  it('a request ending with a full stop before the next inline turn asks as a question does', () => {
    expect(found('Agent: I just need the last four of the card you used. Caller: 6038. Agent: Okay')).toEqual([['credit_card_number', '6038']])
    expect(found('Agent: I see a charge on the card. Caller: 6038 was it.')).toEqual([])
  })
})
