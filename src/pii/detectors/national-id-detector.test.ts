import { describe, expect, it } from 'vitest'
import { normalizeSpoken } from '../internal/spoken-normalizer.js'
import { aadhaarValid, cpfValid, curpValid, dniValid, nricValid, peselValid, ppsValid, saIdValid, steuerIdValid, tcKimlikValid, verhoeffValid } from '../internal/national-id-checksums.js'
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

  it('reads spelled letters as the scheme\'s name ("my n i n is ...")', () => {
    expect(found('my n i n is seven one oh two nine three eight double four five six and date of birth')).toEqual(['seven one oh two nine three eight double four five six'])
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

describe('through the engine', () => {
  it('reports a national identity number as the nearest policy, us_social_security_number', () => {
    const engine = createPiiEngine({ nameDetector: null })
    const text = 'right so my pesel is 44051401359 and i was born in may'
    expect(engine.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])).toEqual([['us_social_security_number', '44051401359']])
  })
})
