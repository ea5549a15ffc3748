import { describe, expect, it } from 'vitest'
import { normalizeSpoken } from './internal/spoken-normalizer.js'
import { createPiiEngine } from './pii-engine.js'

const norm = (text: string): string => normalizeSpoken(text).text
const numbers = createPiiEngine({ nameDetector: null })
const found = (text: string): [string, string][] => numbers.scan(text).map((f) => [f.type, text.slice(f.start, f.end)])

describe('salons, maternity units, removals and law firms (blind sets IP-IU)', () => {
  it("a member's five digits after the scheme's one letter, named right before", () => {
    expect(found('Can I get your member number? Client: M-44129. Receptionist: Thank you.')).toEqual([['account_number', 'M-44129']])
    expect(found('Emp No. 5J-20884   Name ESGUERRA')).toEqual([['account_number', '5J-20884']])
    // ... not the letter of a code glued to digits before: the code is the number
    expect(found("Caller: Okay, it's Aetna, member ID W2847 71902.")).toEqual([['account_number', 'W2847 71902']])
  })

  it('a line break after one spoken digit ends the number: the next line is another', () => {
    expect(norm('a social security number for the w nine\nthree three three  nine eight  oh three one nine\nand')).toBe('a social security number for the w 9\n333980319\nand')
    // ... a longer number goes on across it (a read-back a turn break cut)
    expect(norm('sorry was that h v two oh three nine\none eight seven seven yeah')).toBe('sorry was that h v 20391877 yeah')
  })

  it('a value said in place of the first, after nothing but the talk of taking it back', () => {
    expect(found('my passport number  its five one nine  three seven one  oh two six  no wait  hold on  five six two one oh eight eight four four  thats the new one')).toEqual([
      ['passport_number', 'five one nine  three seven one  oh two six'],
      ['passport_number', 'five six two one oh eight eight four four'],
    ])
    expect(found("customs want your passport number  okay  531770246  wait no that's my old one  hang on  it's 533609128  okay")).toEqual([
      ['passport_number', '531770246'],
      ['passport_number', '533609128'],
    ])
    // ... not digits another word names
    expect(found('my account number is 44128890 no wait hold on my phone is 55519283').map(([type]) => type)).toEqual(['account_number', 'phone_number'])
  })
})

describe('a note\'s "Hosp no", and a phone that should end in four digits (blind sets IQ, IP)', () => {
  it('"Hosp no" names a hospital number', () => {
    expect(found('Triage log 02:40 - Hosp no RX4410982. Partner driving her in')).toEqual([['healthcare_number', 'RX4410982']])
  })

  it('"should end in" a phone\'s last four', () => {
    expect(found('my phone number should end in 4418')).toEqual([['phone_number', '4418']])
    expect(found('the order number should end in 4418')).toEqual([])
  })
})

describe("North America's toll-free numbers said aloud after an organisation's line (blind set IU)", () => {
  it('"the interpreter line is", "fax it to": an organisation\'s line; "my line", "reach me on": a person\'s', () => {
    expect(found('the interpreter line is one eight hundred five five five oh one two six  just give them the claim number')).toEqual([])
    expect(found('fax it to eight eight eight five five five oh one two four or the clinic can upload it')).toEqual([])
    expect(found('my line is one eight hundred five five five oh one two six')).toEqual([['phone_number', 'one eight hundred five five five oh one two six']])
    expect(found('you can reach me on eight eight eight five five five oh one two four')).toEqual([['phone_number', 'eight eight eight five five five oh one two four']])
  })
})

describe('a birth date without its year answering a raw-speech line that ends in "date of birth" (blind set IQ)', () => {
  it('the next line\'s day and month; not after another date\'s question', () => {
    expect(found('okay and your date of birth\nthe tenth of november\nand the appointment')).toEqual([['date_of_birth', 'the tenth of november']])
    expect(found('and the date of your appointment\nthe tenth of november\nok')).toEqual([])
  })
})
