import { describe, expect, it } from 'vitest'
import { normalizeSpoken } from '../internal/spoken-normalizer.js'
import { svnrAtValid, aadhaarValid, belgianNationalNumberValid, codiceFiscaleValid, cpfValid, cprShaped, myNumberValid, nifPtValid, curpValid, dniValid, nirValid, nricValid, peselValid, personnummerValid, ppsValid, saIdValid, steuerIdValid, tcKimlikValid, tfnValid, verhoeffValid } from '../internal/national-id-checksums.js'
import { createPiiEngine } from '../pii-engine.js'
import { nationalIdDetector } from './national-id-detector.js'

function found(text: string): string[] {
  return nationalIdDetector.detect({ text, view: normalizeSpoken(text) }).map((c) => text.slice(c.start, c.end))
}

const SPOKEN = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']
const spoken = (digits: string): string => [...digits].map((d) => SPOKEN[Number(d)]).join(' ')
/** A twelve-digit Aadhaar-shaped number with its Verhoeff check digit, from an eleven-digit stem. */
function aadhaarFrom(stem: string): string {
  for (let d = 0; d <= 9; d++) if (verhoeffValid(`${stem}${d}`)) return `${stem}${d}`
  throw new Error('no check digit')
}

describe('national identity number checks, against the schemes\' published examples', () => {
  it('accepts the examples and rejects them with the last character changed', () => {
    expect([verhoeffValid('2363'), verhoeffValid('2364')]).toEqual([true, false])
    expect([cpfValid('52998224725'), cpfValid('52998224726'), cpfValid('11111111111')]).toEqual([true, false, false])
    expect([peselValid('44051401359'), peselValid('44051401358')]).toEqual([true, false])
    expect([tcKimlikValid('10000000146'), tcKimlikValid('10000000147'), tcKimlikValid('00000000146')]).toEqual([true, false, false])
    expect([nricValid('S1234567D'), nricValid('S1234567A'), nricValid('X1234567D')]).toEqual([true, false, false])
    expect([saIdValid('8001015009087'), saIdValid('8001015009088'), saIdValid('8013015009087')]).toEqual([true, false, false])
    expect([curpValid('HEGG560427MVZRRL04'), curpValid('HEGG560427MVZRRL05')]).toEqual([true, false])
    expect([ppsValid('1234567T'), ppsValid('1234567TW'), ppsValid('1234567A')]).toEqual([true, true, false])
    expect([steuerIdValid('86095742719'), steuerIdValid('86095742718')]).toEqual([true, false])
    expect([svnrAtValid('2907080802'), svnrAtValid('2908080802'), svnrAtValid('0907080802')]).toEqual([true, false, false])
    expect([dniValid('12345678Z'), dniValid('12345678A'), dniValid('X1234567L'), dniValid('X1234567T'), dniValid('X12345678Z')]).toEqual([true, false, true, false, false])
    const aadhaar = aadhaarFrom('48213907652')
    expect(aadhaarValid(aadhaar)).toBe(true)
    expect(aadhaarValid(`1${aadhaar.slice(1)}`)).toBe(false)
  })
})

describe('national identity numbers named by their scheme', () => {
  it('finds a spoken Aadhaar number after the word, checked', () => {
    const aadhaar = aadhaarFrom('48213907652')
    const text = `madam aadhaar number bataiye haan ${spoken(aadhaar)} acha and the name`
    expect(found(text)).toEqual([spoken(aadhaar)])
    expect(nationalIdDetector.detect({ text, view: normalizeSpoken(text) })[0]?.validated).toBe(true)
  })

  it('finds Korea\'s and Belgium\'s resident registration numbers and France\'s NIR said as a social security number, checked (blind set CV)', () => {
    expect(found('My resident registration number is 920305-2147831. Do you need the card too?')).toEqual(['920305-2147831'])
    expect(found('Rijksregisternummer: 85.07.14-263.84')).toEqual(['85.07.14-263.84'])
    expect(found('Rijksregisternummer: 85.07.14-263.85')).toEqual([])
    // (born in 2000 or later: the check counts a 2 before the number)
    expect(found('INSZ 01.02.03-123.45')).toEqual(['01.02.03-123.45'])
    expect(found('and my social security number is 2 91 03 75 112 045 50.')).toEqual(['2 91 03 75 112 045 50'])
    // (a common word naming a scheme whose check fails still leaves someone's identity number)
    expect(found('my resident ID number is 8001015009087')).toEqual(['8001015009087'])
    expect(found('resident parking permit 9203052147832 expires soon')).toEqual([])
  })

  it('reads spelled letters as the scheme\'s name ("my n i n is ...")', () => {
    expect(found('my n i n is seven one oh two nine three eight double four five six and date of birth')).toEqual(['seven one oh two nine three eight double four five six'])
  })

  it("Israel's teudat zehut, Canada's SIN said in French and the Dutch BSN's full name, checked; a table's NINO column (blind set DA)", () => {
    expect(found('My teudat zehut is 031844277. Thanks')).toEqual(['031844277'])
    expect(found("Mon NAS est 647 564 046 et je n'ai pas reçu mon crédit")).toEqual(['647 564 046'])
    // (NAS is a storage box too: only a number whose Luhn check holds)
    expect(found('NAS 123 456 789 is full')).toEqual([])
    expect(found('Mag ik uw burgerservicenummer? Ja, dat is 920834024.')).toEqual(['920834024'])
    const table = '| Claimant | NINO | DOB | Ref |\n|---|---|---|---|\n| Hodan Warsame | GJ355251B | 12/02/1990 | AB123456C |\n| Li Na Zhou | HZ221219C | 05/05/2001 | CD654321A |'
    expect(found(table)).toEqual(['GJ355251B', 'HZ221219C'])
  })

  it('a checked number given a sentence or two after its scheme was named, no other number or kind of number between (blind set DB)', () => {
    expect(found("For the loan we need your tax file number, it's only used for the interest withholding. Yep, it's 507 561 366. The licence number is 041 877 392.")).toEqual(['507 561 366'])
    expect(found("They asked for my SIN on the rental application. I already wrote it down, it's 119 920 452.")).toEqual(['119 920 452'])
    expect(found('My TFN is on there but just in case: 544278779.')).toEqual(['544278779'])
    // (a case's number is a case's)
    expect(found('My TFN, and the case number is 544278779.')).toEqual([])
  })

  it('finds CPF, PESEL, T.C. Kimlik and PAN numbers by their names, and only with their lengths', () => {
    expect(found("Agent: I need your CPF. Customer: It's 52998224725.")).toEqual(['52998224725'])
    expect(found('right so my pesel is 44051401359 and i was born')).toEqual(['44051401359'])
    expect(found('Ad Soyad: Zeynep / T.C. Kimlik No: 10000000146 / E-posta')).toEqual(['10000000146'])
    expect(found("For the TDS deduction I'll need your PAN. It's ABCPD1234E.")).toEqual(['ABCPD1234E'])
    // a PESEL has eleven digits: a phone number after the word is not one
    expect(found('my pesel is on the form, call 600 700 800')).toEqual([])
    expect(found('the product code ABCPD1234E is out of stock')).toEqual([])
  })

  it('finds a Spanish DNI or NIE after its name, or as someone\'s ID number when its letter checks', () => {
    expect(found('Ana Rodríguez, DNI 12345678Z, wants the contract in her name.')).toEqual(['12345678Z'])
    expect(found('mi NIE es X1234567-L')).toEqual(['X1234567-L'])
    // named: a wrong letter is still masked (a misread); unnamed, only a checked one counts as an ID number
    expect(found('DNI: 12345678A')).toEqual(['12345678A'])
    expect(found('my ID number is 12345678Z')).toEqual(['12345678Z'])
    expect(found('my ID number is 12345678A')).toEqual([])
    expect(found('the part number 12345678Z is out of stock')).toEqual([])
    // an answer to a question that named the scheme, with "one" (read as a number) in between, when its letter checks
    expect(found("I'll need the NIE if you have one. Yes, Y2749105K. And the phone?")).toEqual(['Y2749105K'])
    expect(found("I'll need the NIE if you have one. Yes, Y2749105X. And the phone?")).toEqual([])
  })

  it('finds an Irish PPS number after its name, with or without its second letter', () => {
    expect(found('your PPS number (I have 1234567T on file)')).toEqual(['1234567T'])
    expect(found('PPSN: 1234567TW')).toEqual(['1234567TW'])
  })
})

describe('identity numbers named as someone\'s ID', () => {
  it('finds "my id number is ..." and the ID on the lease, not the cell number after it', () => {
    expect(found('my id number is 8001015009087 and my cell is 082 555 1973 you can whatsapp me')).toEqual(['8001015009087'])
    expect(found('the ID number we have on the lease renewal is 8001015009087 - please confirm')).toEqual(['8001015009087'])
    expect(found('Please read me the twelve digits on your citizen ID card. Customer: 079198004417.')).toEqual(['079198004417'])
    expect(found('My details: Lukas Hoffmann, tax ID 86 095 742 719.')).toEqual(['86 095 742 719'])
  })

  it('leaves the IDs of orders, students, players and payments, and dates, alone', () => {
    expect(found('your order id number is 20231187')).toEqual([])
    expect(found('my student id number is 20231187')).toEqual([])
    expect(found('player ID 77310245 was banned')).toEqual([])
    expect(found('UPI ref no. 4119 2207 5582 for the refund')).toEqual([])
    expect(found('my id card expires 12 05 2027')).toEqual([])
  })
})

describe('shapes only one scheme has', () => {
  it('finds a checked NRIC, CURP, dotted CPF and a spaced National Insurance number without a word', () => {
    expect(found('my card kena blocked again lah. S1234567D, hp 9123 4567.')).toEqual(['S1234567D'])
    expect(found('CURP HEGG560427MVZRRL04 en el formulario')).toEqual(['HEGG560427MVZRRL04'])
    expect(found("It's 529.982.247-25, thanks")).toEqual(['529.982.247-25'])
    expect(found('We hold his as JT 48 20 19 C; please send yours')).toEqual(['JT 48 20 19 C'])
  })

  it('leaves the same shapes alone when the check fails', () => {
    expect(found('ref S1234567A, hp 9123 4567')).toEqual([])
    expect(found("It's 529.982.247-26, thanks")).toEqual([])
  })
})

describe('tax file numbers, NIR, codice fiscale and the other schemes added for callers from more countries', () => {
  it('checks them against the published examples', () => {
    expect([tfnValid('123456782'), tfnValid('123456783'), tfnValid('12345677'), tfnValid('12345678')]).toEqual([true, false, true, false])
    expect([nirValid('255081416802538'), nirValid('255081416802539'), nirValid('355081416802538')]).toEqual([true, false, false])
    expect([codiceFiscaleValid('RSSMRA80A01H501U'), codiceFiscaleValid('RSSMRA80A01H501V'), codiceFiscaleValid('RSSMRA80Z01H501U')]).toEqual([true, false, false])
    expect([personnummerValid('8112189876'), personnummerValid('8112189875'), personnummerValid('198112189876')]).toEqual([true, false, true])
    expect([cprShaped('0101901234'), cprShaped('1234567890')]).toEqual([true, false])
    expect([nifPtValid('123456789'), nifPtValid('123456788'), nifPtValid('023456789')]).toEqual([true, false, false])
  })

  it('finds them after their names, spoken or written', () => {
    expect(found('ok the tfn is one two three  four five six  seven eight two')).toEqual(['one two three  four five six  seven eight two'])
    expect(found('for the Inland Revenue, IRD 49-091-850, thanks')).toEqual(['49-091-850'])
    expect(found('mon numéro de sécu, the NIR, is 2 55 08 14 168 025 38')).toEqual(['2 55 08 14 168 025 38'])
    expect(found('his BSN is 111222333 on the payslip')).toEqual(['111222333'])
    expect(found('Nº cliente 20018847, NIF 123456789, contacto')).toEqual(['123456789'])
    // (named, a failing check is a slip of the tongue: still found, not validated)
    expect(nationalIdDetector.detect({ text: 'NIF 123456788', view: normalizeSpoken('NIF 123456788') }).map((c) => c.validated)).toEqual([false])
    expect(found('My SSS number is 33-1234567-8.')).toEqual(['33-1234567-8'])
    expect(found('the CPR number 010190-1234 is on the health card')).toEqual(['010190-1234'])
  })

  it('Japan\'s My Number ("individual number") only with its check digit; "sécu", "personnumret"; a count after a pause', () => {
    // (the check digit computed here from an eleven-digit stem, as the scheme defines it)
    const stem = '27493036255'
    const valid = [...'0123456789'].map((d) => `${stem}${d}`).filter(myNumberValid)
    expect(valid).toHaveLength(1)
    const good = valid[0] as string
    const bad = `${stem}${(Number(good.at(-1)) + 1) % 10}`
    expect(found(`the individual number on my card is ${spoken(good)} for the year end adjustment`)).toEqual([spoken(good)])
    expect(found(`the individual number on my card is ${spoken(bad)} for the year end adjustment`)).toEqual([])
    expect(found('Bonjour, numéro de sécu 2 55 08 14 168 025 38.')).toEqual(['2 55 08 14 168 025 38'])
    expect(found('personnumret är 811218-9876 för receptet')).toEqual(['811218-9876'])
    // "... uh eleven digits": the count said after the number is no part of it
    expect(found('the steuer id is four six zero nine nine one three nine five eight nine uh eleven digits')).toEqual(['four six zero nine nine one three nine five eight nine'])
  })

  it('finds a codice fiscale alone when its check letter holds, and only then', () => {
    expect(found('intestato a RSSMRA80A01H501U, grazie')).toEqual(['RSSMRA80A01H501U'])
    expect(found('the part RSSMRA80A01H501V is back-ordered')).toEqual([])
  })

  it('reads numbers of letters and digits spelled out in pieces after their names', () => {
    expect(found('and my ni number is j t  four eight  two oh  one nine  c yeah')).toEqual(['j t  four eight  two oh  one nine  c'])
    expect(found('PPS is one two three four five six seven, T W.')).toEqual(['one two three four five six seven, T W'])
    expect(found('the nie is x one two three four five six seven l')).toEqual(['x one two three four five six seven l'])
    expect(found('codice fiscale R S S M R A, eight oh, A oh one, H five oh one, U')).toEqual(['R S S M R A, eight oh, A oh one, H five oh one, U'])
    expect(found('her CURP is H E G G, five six oh four two seven, M V Z R R L, oh four')).toEqual(['H E G G, five six oh four two seven, M V Z R R L, oh four'])
  })

  it('reads a Singapore NRIC or a Malaysian IC said in pieces, and a Ghana Card number written or spelled', () => {
    expect(found('your NRIC please? Caller: S one two three four five six seven D. Thanks')).toEqual(['S one two three four five six seven D'])
    expect(found('my ic is eight one oh three one two, one four, five five two one ok')).toEqual(['eight one oh three one two, one four, five five two one'])
    expect(found('Ghana Card: GHA-123456789-0, phone on file')).toEqual(['GHA-123456789-0'])
    expect(found('Nama: Siti, No. KP 900101-14-5566, Tel')).toEqual(['900101-14-5566'])
    expect(found('my National Insurance number is J T, four eight, two oh, one nine, C.')).toEqual(['J T, four eight, two oh, one nine, C'])
    expect(found('the ghana card number is g h a  one two three four five six seven eight nine  zero')).toEqual(['g h a  one two three four five six seven eight nine  zero'])
    // an IC number without a birth date inside is not a MyKad's
    expect(found('my ic is one two nine nine nine nine one four five five two one')).toEqual([])
  })

  it('finds a National Insurance number, a KRA PIN and a PAN card number written whole after their names', () => {
    expect(found('National Insurance: AB123456C. Employer: Acme')).toEqual(['AB123456C'])
    expect(found('our KRA PIN is P051234567Q for the invoice')).toEqual(['P051234567Q'])
    expect(found('PAN card no ABCPD1234E please')).toEqual(['ABCPD1234E'])
    // the same shapes without their names are codes of something else
    expect(found('the part AB123456C is back-ordered')).toEqual([])
    expect(found('voucher P051234567Q applied')).toEqual([])
  })

  it('reads a country\'s adjective and "my ID is" as someone\'s identity number, and not a record\'s ID or a later number', () => {
    expect(found('My Ghanaian ID number is 48213907.')).toEqual(['48213907'])
    expect(found('and my ID is 8001015009087 if you need it')).toEqual(['8001015009087'])
    expect(found('the ID is 20231104 for the build')).toEqual([])
    expect(found('my ID is expired, can I use 12345678 instead')).toEqual([])
    expect(found('CPR course number 1234567890 is on the certificate')).toEqual([])
  })
})

describe('through the engine', () => {
  it('reports a national identity number as the nearest policy, us_social_security_number', () => {
    const engine = createPiiEngine({ nameDetector: null })
    const text = 'right so my pesel is 44051401359 and i was born in may'
    expect(engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([['us_social_security_number', '44051401359']])
  })
})

describe('lettered numbers right after their scheme\'s name (blind set CJ)', () => {
  it("reads the pieces right after the name, whose last letter is no spelled letter", () => {
    expect(found('nric s five five five one five seven nine d')).toEqual(['s five five five one five seven nine d'])
    expect(found('my nric is s five five five one five seven nine d')).toEqual(['s five five five one five seven nine d'])
  })
})

/** The first number `stem` + one digit + `tail` that `valid` accepts (check digits made at run time). */
function withCheck(stem: string, valid: (d: string) => boolean, tail = ''): string {
  for (let d = 0; d <= 9; d++) if (valid(`${stem}${d}${tail}`)) return `${stem}${d}${tail}`
  for (let d = 0; d <= 99; d++) if (valid(`${stem}${String(d).padStart(2, '0')}`)) return `${stem}${String(d).padStart(2, '0')}`
  throw new Error(`no check digit for ${stem}`)
}

describe('identity numbers said in groups, named by a card, or labelled after a name (blind sets FR, FV)', () => {
  it('groups read apart with pauses or commas', () => {
    const pnr = withCheck('19840719332', personnummerValid)
    const said = `${spoken(pnr.slice(0, 4))}  ${spoken(pnr.slice(4, 6))}  ${spoken(pnr.slice(6, 8))}  ${spoken(pnr.slice(8))}`
    expect(found(`my personnummer is ${said}  for the bankid`)).toEqual([said])
    const be = withCheck('850730033', belgianNationalNumberValid)
    const groups = [be.slice(0, 2), be.slice(2, 4), be.slice(4, 6), be.slice(6, 9), be.slice(9)].join(', ')
    expect(found(`The national number, it's on the back of the eID: ${groups}.`)).toEqual([groups])
  })

  it('"ID" after a name and its comma, or a checked number named as someone\'s ID after it', () => {
    expect(found('my late father, Samuel Kariuki Njoroge, ID 10482736.')).toEqual(['10482736'])
    expect(found('Order ID 10482736, Ref 55')).toEqual([])
    const sa = withCheck('820729365708', saIdValid)
    expect(found(`It's ${spoken(sa)}, my ID. And my name is Thandiwe.`)).toEqual([spoken(sa)])
  })

  it("France's numéro fiscal", () => {
    expect(found('My numéro fiscal is 3012345678912 and my name is Nathalie Girard.')).toEqual(['3012345678912'])
    expect(found('the fiscal year 2023 closed with 1,234,567 in revenue')).toEqual([])
  })
})

describe("Uganda's NIN, letters and digits (blind set FV)", () => {
  it('after its name, written whole or read out', () => {
    expect(found('Uganda NIN: CF9203410AB7KQ. I registered my Airtel line')).toEqual(['CF9203410AB7KQ'])
    expect(found('My NIN is C M eight five zero four one one zero two H K Q P.')).toEqual(['C M eight five zero four one one zero two H K Q P'])
  })

  it('not without its name, nor letters alone', () => {
    expect(found('Ref CM85041102HKQP was closed')).toEqual([])
    expect(found('my NIN is CMABCDEFGHIJKL')).toEqual([])
  })
})

describe('a check digit that holds outranks a shape that does (blind set FR)', () => {
  it("a personnummer's Luhn digit beats a US phone's shape", () => {
    const pnr = withCheck('571223905', personnummerValid)
    const text = `caller gave personnummer ${pnr.slice(0, 6)}-${pnr.slice(6)} yesterday`
    expect(createPiiEngine({ nameDetector: null }).scan(text).map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([['us_social_security_number', `${pnr.slice(0, 6)}-${pnr.slice(6)}`]])
  })
})

describe("Latin America's identity and tax numbers by their checks (blind set HR)", () => {
  const engine = createPiiEngine({ nameDetector: null })
  const ids = (text: string): string[] => engine.scan(text).filter((f) => f.type === 'us_social_security_number').map((f) => text.slice(f.start, f.end))

  it("Chile's RUT whose check is K: dotted anywhere, undotted where named", () => {
    expect(ids('Caller: My RUT is 12.139.488-K.')).toEqual(['12.139.488-K'])
    expect(ids('rut,nombre\n20.118.455-K,Ana')).toEqual(['20.118.455-K'])
    expect(ids('RUT 25884310-K, nombre')).toEqual(['25884310-K'])
    // (its check fails and nothing names it, or another number's name stands before it)
    expect(ids('Folio 12.139.487-K.')).toEqual([])
    expect(ids('order 12.139.488-K')).toEqual([])
  })

  it("Peru's RUC and Colombia's NIT, named and their checks holding, also said aloud", () => {
    expect(ids('Consulta RUC: 10738797154 | Nombre')).toEqual(['10738797154'])
    expect(ids('the ruc is ten  four four one two oh nine eight seven  three')).toHaveLength(1)
    expect(ids('Taxpayer Ana, NIT 1152448019-6, says')).toEqual(['1152448019-6'])
    expect(ids("Speaker A: What's your NIT?\nSpeaker B: 79.845.123-1.")).toEqual(['79.845.123-1'])
    // ("nit" is an English word too: its check must hold)
    expect(ids('Bike nit 12345678 ok')).toEqual([])
  })

  it('a cédula by its initials "CC" only dotted in thousands; the INE\'s voter key', () => {
    expect(ids('Titular: Ana Ruiz  CC 1.017.223.908 | They')).toEqual(['1.017.223.908'])
    expect(ids('cc: 12345678 units')).toEqual([])
    expect(ids('INE nuevo titular (clave de elector): HRVZAL01020409M600 | Plan')).toEqual(['HRVZAL01020409M600'])
  })
})

describe("Southeast Asia's identity, tax and health numbers (blind set HQ)", () => {
  const engine = createPiiEngine({ nameDetector: null })
  const typed = (text: string): [string, string][] => engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

  it("Thailand's ID in its printed grouping, its check holding, wherever it is given", () => {
    expect(typed('Caller: Thanyarat Kaewmanee. 1-5240-26331-99-1.')).toEqual([['us_social_security_number', '1-5240-26331-99-1']])
    expect(typed('Caller: Thanyarat Kaewmanee. 1-5240-26331-99-2.')).toEqual([])
  })

  it("Indonesia's NPWP and Vietnam's MST by their names; a MyKad's last four after \"ic\"", () => {
    expect(typed('yes so my npwp is oh nine  two five four  two nine four  three  four oh seven  oh oh oh').map(([t]) => t)).toEqual(['us_social_security_number'])
    expect(typed('My tax code (MST) is 8012457339, thanks')).toEqual([['us_social_security_number', '8012457339']])
    expect(typed('and your ic number ends with three oh oh eight')).toEqual([['us_social_security_number', 'three oh oh eight']])
  })

  it("Indonesia's BPJS card number is a health number", () => {
    expect(typed('Peserta: Ann | No. Kartu BPJS: 0001427783091 | Keluhan')).toEqual([['healthcare_number', '0001427783091']])
  })
})
